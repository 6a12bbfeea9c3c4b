// The built server driven by a second real LSP client: headless Neovim (0.7+, Debian's package).
// probe.lua does the LSP side (start_client, attach, hover with retries, definition) and prints
// one DOSSIER_RESULT JSON line; this file sets up a throw-away workspace and checks the answers.
//
// Neovim is installed on demand by scripts/neovim/ensure-neovim.sh (apt-get, as root or via sudo).
// When that is impossible the tests are skipped with the reason; when nvim is there, wrong answers fail.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
const PROBE = fileURLToPath(new URL('./probe.lua', import.meta.url));
const ENSURE = join(REPO, 'scripts/neovim/ensure-neovim.sh');
const NOTE = join(REPO, 'examples/notes/korea-russia-axis.md');
const README = join(REPO, 'README.md');
const SEED = '000_a964fcedf6c508e9.txt';

const ENSURE_TIMEOUT_MS = 240_000; // apt-get update + install can take a minute or more
const NVIM_TIMEOUT_MS = 60_000;

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface ProbeResult {
  hover?: string;
  definition?: { uri: string; range: Range; link: boolean };
}
interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

/** Runs a command in its own process group; on timeout kills the whole group (nvim and the server it spawned). */
function run(cmd: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs: number }): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stdout, stderr: `${stderr}${error.message}`, timedOut, ms: Date.now() - started });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

function resultOf(r: Run): ProbeResult {
  const line = r.stdout.split('\n').find((l) => l.startsWith('DOSSIER_RESULT '));
  return line ? (JSON.parse(line.slice('DOSSIER_RESULT '.length)) as ProbeResult) : {};
}

/** The Lua block under "Neovim 0.7 and later" in the main README. */
function readmeSnippet(): string {
  const readme = readFileSync(README, 'utf8');
  const block = /Neovim 0\.7 and later[^\n]*\n+```lua\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no "Neovim 0.7 and later" Lua snippet');
  return block[1]!;
}

function luaString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function describeRun(r: Run): string {
  const status = r.timedOut ? `timed out after ${r.ms} ms (killed)` : `exit ${r.code ?? r.signal}`;
  return `${status}\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}`;
}

describe('Neovim as an LSP client of the built server', () => {
  let nvim: string | null = null;
  let skipReason = '';
  let tmp = '';
  let workspace = '';
  let probe: Run | null = null;
  let result: ProbeResult = {};
  /** The same probe, with the main README's Neovim 0.7 snippet as init.lua starting the client. */
  let readmeProbe: Run | null = null;
  let readmeResult: ProbeResult = {};

  beforeAll(async () => {
    if (!existsSync(SERVER)) {
      throw new Error(`${SERVER} is missing: build first (npm run build in packages/corpus, then packages/lsp; or npm run build at the root)`);
    }

    const ensure = await run('bash', [ENSURE], { timeoutMs: ENSURE_TIMEOUT_MS });
    const path = ensure.stdout.trim().split('\n').pop() ?? '';
    if (ensure.code !== 0 || !path) {
      skipReason = `Neovim is not available and could not be installed (${ensure.timedOut ? 'ensure-neovim.sh timed out' : `ensure-neovim.sh exit ${ensure.code}`}): ${ensure.stderr.trim().split('\n').slice(-3).join(' | ')}`;
      console.warn(`[neovim.test] SKIPPING: ${skipReason}`);
      return;
    }
    nvim = path;

    // A throw-away workspace (seeds/ + one note) and XDG folders: Neovim writes nothing under $HOME.
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'dossier-nvim-')));
    workspace = join(tmp, 'workspace');
    cpSync(join(REPO, 'seeds'), join(workspace, 'seeds'), { recursive: true });
    cpSync(NOTE, join(workspace, 'korea-russia-axis.md'));
    const xdg = Object.fromEntries(
      ['CONFIG', 'DATA', 'STATE', 'CACHE'].map((kind) => {
        const dir = join(tmp, 'xdg', kind.toLowerCase());
        mkdirSync(dir, { recursive: true });
        return [`XDG_${kind}_HOME`, dir];
      }),
    );

    const probeEnv = {
      ...process.env,
      ...xdg,
      HOME: tmp,
      DOSSIER_NODE: process.execPath,
      DOSSIER_SERVER: SERVER,
      DOSSIER_ROOT: workspace,
      DOSSIER_NOTE: join(workspace, 'korea-russia-axis.md'),
      DOSSIER_NEEDLE: 'Kim Yo Jong',
      DOSSIER_REQUESTS: 'hover,definition',
    };
    probe = await run(nvim, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${PROBE}`], { cwd: workspace, timeoutMs: NVIM_TIMEOUT_MS, env: probeEnv });
    result = resultOf(probe);
    console.info(`[neovim.test] ${ensure.stderr.trim().split('\n').pop()}; probe took ${probe.ms} ms`);

    // The README's snippet, as a user pastes it into init.lua, with the real server path.
    const initLua = join(tmp, 'init.lua');
    writeFileSync(initLua, readmeSnippet().replaceAll("'node'", luaString(process.execPath)).replaceAll("'/path/to/dossier/packages/lsp/dist/server.js'", luaString(SERVER)));
    readmeProbe = await run(nvim, ['--headless', '-u', initLua, '-i', 'NONE', '-n', '-c', `luafile ${PROBE}`], {
      cwd: workspace,
      timeoutMs: NVIM_TIMEOUT_MS,
      env: { ...probeEnv, DOSSIER_USE_ATTACHED: '1', DOSSIER_REQUESTS: 'hover' },
    });
    readmeResult = resultOf(readmeProbe);
  }, ENSURE_TIMEOUT_MS + 2 * NVIM_TIMEOUT_MS + 10_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** Skips (with the reason) when Neovim is unavailable; fails when nvim ran but did not succeed. */
  function requireProbe(ctx: TestContext): void {
    if (!nvim) ctx.skip(skipReason);
    expect(probe, 'nvim did not run').not.toBeNull();
    expect(probe!.code, `nvim probe failed: ${describeRun(probe!)}`).toBe(0);
  }

  it('hovers "Kim Yo Jong" with the entity card and a corpus sentence, in plain text a terminal shows as it is', (ctx) => {
    requireProbe(ctx);
    const hover = result.hover ?? '';
    expect(hover.split('\n')[0], describeRun(probe!)).toBe('Kim Yo Jong · person');
    expect(hover).toContain('senior official');
    // Issue 13, defect 12: no Markdown escapes, no entity codes, no file: URIs; short paths.
    expect(hover).not.toMatch(/\\[_.\-:()[\]]|&#\d+;|file:\/\//);
    expect(hover).toContain(`seeds/${SEED}:20`);
  });

  it('works with the main README\'s Neovim 0.7 snippet as init.lua (Debian\'s 0.7.2 has no vim.fs)', (ctx) => {
    requireProbe(ctx);
    expect(readmeProbe!.code, `nvim with the README's init.lua failed: ${describeRun(readmeProbe!)}`).toBe(0);
    expect((readmeResult.hover ?? '').split('\n')[0]).toBe('Kim Yo Jong · person');
  });

  it('goes to the exact words in the copied seed file', (ctx) => {
    requireProbe(ctx);
    const definition = result.definition;
    expect(definition, describeRun(probe!)).toBeDefined();
    const seed = join(workspace, 'seeds', SEED);
    expect(fileURLToPath(definition!.uri)).toBe(seed);
    const r = definition!.range;
    expect(r.start.line).toBe(19);
    expect(r.end.line).toBe(19);
    // LSP characters are UTF-16 code units, as are JavaScript string indices.
    const lines = readFileSync(seed, 'utf8').split(/\r\n|\r|\n/);
    expect(lines[19]!.slice(r.start.character, r.end.character)).toBe('Kim Yo Jong');
  });
});
