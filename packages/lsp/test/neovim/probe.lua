-- Drives the built Dossier language server from a real Neovim (0.7+), headless:
--
--   DOSSIER_SERVER=packages/lsp/dist/server.js DOSSIER_ROOT=/path/to/workspace \
--   DOSSIER_NOTE=/path/to/workspace/note.md DOSSIER_NEEDLE='Kim Yo Jong' \
--   nvim --headless -u NONE -i NONE -n -c 'luafile packages/lsp/test/neovim/probe.lua'
--
-- Environment:
--   DOSSIER_SERVER    the server script (run as `node SERVER --stdio`); required
--   DOSSIER_ROOT      the workspace root (holds seeds/, corpus/, articles/); required
--   DOSSIER_NOTE      the Markdown note to open; required
--   DOSSIER_NEEDLE    the name to hover, found in the note (default "Kim Yo Jong")
--   DOSSIER_REQUESTS  comma-separated: hover, definition (default "hover,definition")
--   DOSSIER_NODE      the node binary (default "node")
--   DOSSIER_WAIT_MS   how long to retry the hover until the index is ready (default 20000)
--   DOSSIER_USE_ATTACHED  "1": start no client; open the note and use the "dossier" client that the
--                     user's init.lua (the README's snippet) attached to it. DOSSIER_SERVER is then unused.
--
-- Output (stdout): human-readable lines, then one machine-readable line
--   DOSSIER_RESULT {"hover": "...", "definition": {"uri": ..., "range": ...}}
-- Exit status 0 on success; 1 on any failure (message on stdout, prefixed "FAIL:").
--
-- Only APIs present in Neovim 0.7 are used: vim.lsp.start_client,
-- vim.lsp.buf_attach_client, vim.lsp.buf_request_sync, vim.wait (no vim.lsp.start).

local out = io.stdout

local function say(line)
  out:write(line, '\n')
  out:flush()
end

local client_id = nil

local function stop_client()
  if not client_id then return end
  local client = vim.lsp.get_client_by_id(client_id)
  if client and not client.is_stopped() then
    client.stop() -- shutdown + exit
    if not vim.wait(3000, function() return client.is_stopped() end, 20) then
      client.stop(true) -- force: kills the server
    end
  end
end

local function finish(ok)
  pcall(stop_client)
  if ok then
    vim.cmd('qall!')
  else
    vim.cmd('cquit 1')
  end
end

local function env(name, default)
  local value = os.getenv(name)
  if value == nil or value == '' then
    if default == nil then error('missing environment variable ' .. name, 0) end
    return default
  end
  return value
end

--- Text of a hover result's contents: MarkupContent, MarkedString or MarkedString[].
local function hover_text(contents)
  if contents == nil or contents == vim.NIL then return '' end
  if type(contents) == 'string' then return contents end
  if contents.value ~= nil then return contents.value end -- MarkupContent or { language, value }
  local parts = {}
  for _, item in ipairs(contents) do
    parts[#parts + 1] = type(item) == 'string' and item or (item.value or '')
  end
  return table.concat(parts, '\n')
end

--- The first target of a definition result: Location, Location[] or LocationLink[].
local function first_target(result)
  if result == nil or result == vim.NIL then return nil end
  local first = result
  if vim.tbl_islist(result) then first = result[1] end
  if first == nil then return nil end
  if first.targetUri then
    return { uri = first.targetUri, range = first.targetSelectionRange or first.targetRange, link = true }
  end
  if first.uri then return { uri = first.uri, range = first.range, link = false } end
  return nil
end

--- The single response of our one client, or an error.
local function one_response(responses, method)
  if not responses then return nil, method .. ': no response' end
  local response = responses[client_id]
  if not response then return nil, method .. ': no response from the dossier client' end
  if response.err then
    return nil, method .. ': server error ' .. vim.inspect(response.err)
  end
  return response.result
end

local function main()
  local server = env('DOSSIER_SERVER', '')
  local root = env('DOSSIER_ROOT')
  local note = env('DOSSIER_NOTE')
  local needle = env('DOSSIER_NEEDLE', 'Kim Yo Jong')
  local node = env('DOSSIER_NODE', 'node')
  local wait_ms = tonumber(env('DOSSIER_WAIT_MS', '20000'))
  local wanted = {}
  for name in env('DOSSIER_REQUESTS', 'hover,definition'):gmatch('[^,%s]+') do wanted[name] = true end

  if vim.fn.filereadable(note) ~= 1 then error('note not found: ' .. note, 0) end

  local exit_info = nil
  local buf
  if env('DOSSIER_USE_ATTACHED', '0') == '1' then
    -- The user's configuration starts and attaches the client when the note's filetype is set.
    vim.cmd('edit ' .. vim.fn.fnameescape(note))
    buf = vim.api.nvim_get_current_buf()
    local attached = vim.wait(10000, function()
      for _, client in pairs(vim.lsp.buf_get_clients(buf)) do
        if client.name == 'dossier' and client.initialized then
          client_id = client.id
          return true
        end
      end
      return false
    end, 10)
    if not attached then error('no initialized "dossier" client attached to the note within 10 s (filetype ' .. vim.bo[buf].filetype .. ')', 0) end
  else
    if vim.fn.filereadable(server) ~= 1 then error('server not found: ' .. server, 0) end
    client_id = vim.lsp.start_client({
      name = 'dossier',
      cmd = { node, server, '--stdio' },
      cmd_cwd = root,
      root_dir = root,
      on_exit = function(code, signal) exit_info = { code = code, signal = signal } end,
    })
    if not client_id then error('vim.lsp.start_client failed', 0) end

    vim.cmd('edit ' .. vim.fn.fnameescape(note))
    buf = vim.api.nvim_get_current_buf()
    -- -u NONE: no filetype detection; the languageId sent in didOpen is the filetype.
    vim.bo[buf].filetype = 'markdown'
    if not vim.lsp.buf_attach_client(buf, client_id) then error('vim.lsp.buf_attach_client failed', 0) end

    local initialized = vim.wait(10000, function()
      local client = vim.lsp.get_client_by_id(client_id)
      return exit_info ~= nil or (client ~= nil and client.initialized == true)
    end, 10)
    if exit_info then error('server exited during initialize: ' .. vim.inspect(exit_info), 0) end
    if not initialized then error('client not initialized within 10 s', 0) end
  end
  say('initialized: ' .. vim.lsp.get_client_by_id(client_id).name)

  -- Where the needle is: first line that contains it; LSP positions are UTF-16.
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local line_nr, byte_col
  for i, line in ipairs(lines) do
    local s = line:find(needle, 1, true)
    if s then line_nr, byte_col = i - 1, s - 1; break end
  end
  if not line_nr then error('"' .. needle .. '" not found in ' .. note, 0) end
  local _, utf16_col = vim.str_utfindex(lines[line_nr + 1], byte_col + 1) -- inside the name, one char in
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = line_nr, character = utf16_col },
  }
  say(string.format('position: line %d character %d ("%s")', line_nr, utf16_col, needle))

  local result = {}

  -- Indexing runs in the background: retry until the hover has contents other than how far
  -- indexing is ("Dossier is indexing the corpus: 0/2 files (0%)…", the answer before the index).
  local text = ''
  local indexing = false
  local deadline = vim.loop.now() + wait_ms
  local attempts = 0
  repeat
    attempts = attempts + 1
    local hover, err = one_response(vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 5000), 'hover')
    if err and exit_info then error(err .. '; server exited ' .. vim.inspect(exit_info), 0) end
    text = hover and hover ~= vim.NIL and hover_text(hover.contents) or ''
    indexing = text:find('Dossier is indexing the corpus', 1, true) == 1
    if text ~= '' and not indexing then break end
    vim.wait(200)
  until vim.loop.now() > deadline
  if text == '' or indexing then error(string.format('hover stayed empty or "indexing" for %d ms (%d attempts): %s', wait_ms, attempts, text), 0) end
  say(string.format('hover (attempt %d):', attempts))
  say(text)
  if wanted.hover then result.hover = text end

  if wanted.definition then
    local definition, err = one_response(vim.lsp.buf_request_sync(buf, 'textDocument/definition', params, 5000), 'definition')
    if err then error(err, 0) end
    local target = first_target(definition)
    if not target then error('definition: no target in ' .. vim.inspect(definition), 0) end
    local r = target.range
    say(string.format('definition: %s %d:%d-%d:%d%s', target.uri, r.start.line, r.start.character,
      r['end'].line, r['end'].character, target.link and ' (LocationLink)' or ''))
    result.definition = target
  end

  say('DOSSIER_RESULT ' .. vim.json.encode(result))
end

local ok, err = xpcall(main, function(e)
  return type(e) == 'string' and e or vim.inspect(e)
end)
if not ok then say('FAIL: ' .. tostring(err)) end
finish(ok)
