import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, LSPErrorCodes, ResponseError, type ServerCapabilities } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { DiagnosticsProvider } from '../../src/features/diagnostics.js';
import { NoteAnalyses } from '../../src/features/noteAnalysis.js';
import { ARTICLE_KIM, ARTICLE_SUMMIT } from '../helpers/memoryCorpus.js';
import { BUILT_WORKER, inProcessServer } from './inProcessServer.js';
import { LspClient, SERVER } from './lspClient.js';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Hover {
  contents: { value: string };
  range: Range;
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
});

/** A workspace folder with a corpus folder of the given files (name → text). */
function workspace(corpora: Record<string, Record<string, string>> = { corpus: { 'kim.txt': ARTICLE_KIM, 'summit.txt': ARTICLE_SUMMIT } }): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-faults-'));
  temps.push(dir);
  for (const [folder, files] of Object.entries(corpora)) {
    mkdirSync(join(dir, folder), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, folder, name), text);
  }
  return dir;
}

/** A name of its own for each number, with no letter doubled (the index folds "ll" and "l" together). */
export function personName(i: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zi'];
  let name = '';
  for (let n = i + 8; n > 0; n = Math.floor(n / 8)) name += syllables[n % 8];
  return name[0]!.toUpperCase() + name.slice(1);
}

/** Many small articles, each naming a person of its own: indexing them takes a few seconds. */
function largeCorpus(count: number, tag: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    files[`a${String(i).padStart(5, '0')}.txt`] =
      `Harbour Report ${i}\nOfficials said ${tag} ${personName(i)} met Vladimir Putin in Vladivostok on Tuesday. ` +
      `The ministry said the talks with ${tag} ${personName(i)} would continue. Kim Jong Un was not there.\n`.repeat(4);
  }
  return files;
}

/** The text of a range in a text (LSP positions), computed independently. */
function textAt(text: string, range: Range): string {
  const doc = TextDocument.create('x', 'markdown', 0, text);
  return doc.getText(range);
}

function inDocument(text: string, range: Range): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  return [range.start, range.end].every((p) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length);
}

const noteUri = (dir: string, name = 'note.md') => pathToFileURL(join(dir, name)).href;
const clients: LspClient[] = [];
/**
 * The server in this process (its sources, over in-memory streams). An error that escapes the
 * server here is an unhandled error of the test run, which vitest reports as a failure: that is
 * what "the server did not crash" means in these tests.
 */
function start(): LspClient {
  if (!existsSync(BUILT_WORKER)) throw new Error(`${BUILT_WORKER} is missing: build the package first (npm run build)`);
  const client = inProcessServer();
  clients.push(client);
  return client;
}
/** The built server as a process: only what ends the process (exit) needs one. */
function startProcess(dir: string): LspClient {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: build the package first (npm run build)`);
  const client = LspClient.start(['--stdio'], dir);
  clients.push(client);
  return client;
}
afterEach(() => {
  for (const c of clients.splice(0)) c.kill();
});

async function errorOf(pending: Promise<unknown>): Promise<ResponseError<unknown> | null> {
  try {
    await pending;
    return null;
  } catch (error) {
    return error as ResponseError<unknown>;
  }
}

/** One server for the tests that only need documents: each uses a note of its own. */
let shared: { dir: string; client: LspClient; capabilities: ServerCapabilities } | null = null;
async function sharedServer(): Promise<{ dir: string; client: LspClient; capabilities: ServerCapabilities }> {
  if (!shared || shared.client.exitCode !== undefined) {
    const dir = workspace();
    const client = inProcessServer();
    const { capabilities } = (await client.initialize(dir)) as { capabilities: ServerCapabilities };
    await client.waitForStatus('ready');
    shared = { dir, client, capabilities };
  }
  return shared;
}
afterAll(async () => {
  if (shared) expect(await shared.client.shutdown()).toBeNull();
});
let notes = 0;
/** A note of its own on the shared server. */
const freshNote = (dir: string) => noteUri(dir, `note-${++notes}.md`);

describe('requests the server cannot answer from a document', () => {
  it('answers requests on unknown and closed documents with nothing, never an error', async () => {
    const { dir, client } = await sharedServer();
    const uri = freshNote(dir);
    await client.open(uri, 'Vladimir Putin met Kim Jong Un.\n');
    expect(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } })).not.toBeNull();
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    for (const target of [uri, noteUri(dir, 'never-opened.md'), 'untitled:Untitled-1', 'file:///does/not/exist.md']) {
      const textDocument = { uri: target };
      const position = { line: 0, character: 2 };
      expect(await client.request('textDocument/hover', { textDocument, position }), target).toBeNull();
      expect(await client.request('textDocument/definition', { textDocument, position })).toBeNull();
      expect(await client.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } })).toBeNull();
      expect(await client.request('textDocument/documentHighlight', { textDocument, position })).toBeNull();
      expect(await client.request('textDocument/completion', { textDocument, position })).toBeNull();
      expect(await client.request('textDocument/semanticTokens/full', { textDocument })).toEqual({ data: [] });
      expect(await client.request('textDocument/documentLink', { textDocument })).toEqual([]);
      expect(await client.request('textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } })).toEqual([]);
      expect(await client.request('dossier/entityAt', { uri: target, position })).toBeNull();
      expect(await client.request('dossier/citation', { uri: target, position })).toBeNull();
    }
  });

  it('clamps positions past the end of a line or of the file, and never answers for another line', async () => {
    const { dir, client } = await sharedServer();
    const uri = freshNote(dir);
    const text = 'Putin met\r\nKim Jong Un.\rLast line Putin';
    await client.open(uri, text);
    const positions = [
      { line: 0, character: 9999 },
      { line: 1, character: 12 },
      { line: 1, character: 400 },
      { line: 2, character: 99 },
      { line: 99, character: 0 },
      { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
      { line: -1, character: -1 },
      { line: 0, character: -5 },
    ];
    for (const position of positions) {
      const textDocument = { uri };
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument, position });
      if (hover) {
        expect(inDocument(text, hover.range), JSON.stringify(position)).toBe(true);
        if (position.line >= 0 && position.line <= 2) expect(hover.range.start.line, JSON.stringify(position)).toBe(position.line);
      }
      const highlights = await client.request<{ range: Range }[] | null>('textDocument/documentHighlight', { textDocument, position });
      for (const h of highlights ?? []) expect(inDocument(text, h.range)).toBe(true);
      const completion = await client.request<{ items: { textEdit?: { range: Range } }[] } | null>('textDocument/completion', { textDocument, position });
      for (const item of completion?.items ?? []) if (item.textEdit) expect(inDocument(text, item.textEdit.range), JSON.stringify(position)).toBe(true);
      await client.request('textDocument/definition', { textDocument, position });
      await client.request('textDocument/references', { textDocument, position, context: { includeDeclaration: false } });
    }
    // Past the end of line 0 is the end of "Putin met", not the start of line 1's "Kim".
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 9999 } })).toBeNull();
    const last = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 99 } });
    expect(textAt(text, last.range)).toBe('Putin');
  });
});

describe('edits', () => {
  it('applies overlapping changes of one didChange in order, as the protocol says', async () => {
    const { dir, client } = await sharedServer();
    const uri = freshNote(dir);
    const local = TextDocument.create(uri, 'markdown', 1, 'Met Kim Jong Un today.\n');
    await client.open(uri, local.getText(), 1);
    // Each change's range refers to the text after the previous one: they overlap on purpose.
    const changes = [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, text: 'Vladimir Putin met' },
      { range: { start: { line: 0, character: 9 }, end: { line: 0, character: 22 } }, text: 'Putin and Kim' },
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '😀 ' },
    ];
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: changes });
    const updated = TextDocument.update(local, changes, 2);
    const final = updated.getText();
    expect(final).toBe('😀 Vladimir Putin and Kim Jong Un today.\n');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: updated.positionAt(final.indexOf('Putin') + 1) });
    expect(hover.range).toEqual({ start: { line: 0, character: 3 }, end: { line: 0, character: 17 } });
    expect(textAt(final, hover.range)).toBe('Vladimir Putin');
    const kim = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: updated.positionAt(final.indexOf('Jong')) });
    expect(textAt(final, kim.range)).toBe('Kim Jong Un');
  });

  it('offers semantic tokens full, delta and range: after a keystroke the delta turns the last result into the new one', async () => {
    const { dir, client, capabilities } = await sharedServer();
    expect(capabilities.semanticTokensProvider).toMatchObject({ full: { delta: true }, range: true });
    const uri = freshNote(dir);
    let doc = TextDocument.create(uri, 'markdown', 1, 'Vladimir Putin met Kim Jong Un.\r\n😀 Then Putin left.\n');
    await client.open(uri, doc.getText(), 1);
    const full = await client.request<{ resultId: string; data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    // [deltaLine, deltaStart, length, type, modifiers] per name: Vladimir Putin, Kim Jong Un, Putin.
    expect(full.data.filter((_, i) => i % 5 < 3)).toEqual([0, 0, 14, 0, 19, 11, 1, 8, 5]);
    const change = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x ' };
    doc = TextDocument.update(doc, [change], 2);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [change] });
    type Delta = { resultId: string; edits: { start: number; deleteCount: number; data?: number[] }[] };
    const delta = await client.request<Delta>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: full.resultId });
    const patched = [...full.data];
    for (const edit of [...delta.edits].sort((a, b) => b.start - a.start)) patched.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
    // Only the first name moved on its line: the delta is that one number, not the whole note.
    expect(patched.filter((_, i) => i % 5 < 3)).toEqual([0, 2, 14, 0, 19, 11, 1, 8, 5]);
    expect(delta.edits.reduce((n, e) => n + e.deleteCount + (e.data?.length ?? 0), 0)).toBeLessThanOrEqual(2);
    const fresh = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    expect(patched).toEqual(fresh.data);
    // A range: the second line only, positions from the start of the document (the emoji is two UTF-16 units).
    const range = await client.request<{ data: number[] }>('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } } });
    expect(range.data.filter((_, i) => i % 5 < 3)).toEqual([1, 8, 5]);
  });

  it('never serves what it found in an older text when versions arrive out of order', async () => {
    const { dir, client } = await sharedServer();
    const uri = freshNote(dir);
    await client.open(uri, 'Putin met Kim Jong Un.\n', 1);
    // The server analyses version 1 of the note.
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } })).not.toBeNull();
    // A client sends version 2, then an out-of-order change that claims to be version 1 again.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Nothing here.\n' }] });
    const final = 'xx Putin met Kim Jong Un.\n';
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: final }] });
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 4 } });
    expect(textAt(final, hover.range)).toBe('Putin');
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    // [deltaLine, deltaStart, length, ...]: "Putin" at 3, "Kim Jong Un" at 13.
    expect([tokens.data[1], tokens.data[2]]).toEqual([3, 5]);
    // Only the out-of-order change is reported, not the open (which the library also calls a change).
    expect(client.logs().filter((line) => line.startsWith(uri) && line.includes('arrived after'))).toEqual([
      `${uri}: change to version 1 arrived after version 2; applied in the order received`,
    ]);
  });

  it('takes a burst of 1000 edits and then hovers the final text', async () => {
    const { dir, client } = await sharedServer();
    const uri = freshNote(dir);
    let doc = TextDocument.create(uri, 'markdown', 1, '');
    await client.open(uri, '', 1);
    const typed = 'Kim Jong Un met Vladimir Putin 🚀 in Vladivostok.\r\n'.repeat(20);
    const diagnosticsRuns = vi.spyOn(DiagnosticsProvider.prototype, 'provideDiagnostics');
    const noteAnalyses = vi.spyOn(NoteAnalyses.prototype, 'get');
    const sends: Promise<void>[] = [];
    for (let i = 0; i < 1000; i++) {
      const version = i + 2;
      // Mostly typing at the end; every tenth edit deletes a character, every 97th replaces a line break.
      const end = doc.positionAt(doc.getText().length);
      const change =
        i % 10 === 9 && doc.getText().length > 0
          ? { range: { start: doc.positionAt(doc.getText().length - 1), end }, text: '' }
          : { range: { start: end, end }, text: typed[i % typed.length]! };
      doc = TextDocument.update(doc, [change], version);
      sends.push(client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] }));
    }
    await Promise.all(sends);
    const final = doc.getText();
    const at = final.lastIndexOf('Putin');
    expect(at).toBeGreaterThan(0);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(at + 2) });
    expect(textAt(final, hover.range)).toMatch(/Putin$/);
    // Nothing is computed per edit: the note is analysed, and its diagnostics run, a few times for
    // the whole burst, not 1000 times (counted, not timed, so that a loaded machine cannot fail it).
    await client.waitFor('diagnostics of the final text', () => diagnosticsRuns.mock.calls.some(([d]) => d.version === doc.version));
    expect(diagnosticsRuns.mock.calls.filter(([d]) => d.uri === uri).length).toBeLessThan(20);
    expect(noteAnalyses.mock.calls.filter(([d]) => d.uri === uri).length).toBeLessThan(20);
    vi.restoreAllMocks();
  });
});

describe('errors inside the server', () => {
  it('answers a request whose handler throws with an error response, then answers the next one', async () => {
    const { dir, client } = await sharedServer();
    const uri = freshNote(dir);
    await client.open(uri, 'Vladimir Putin met Kim Jong Un.\n');
    // Malformed parameters, as a buggy client sends them: each handler throws inside.
    const broken: [string, unknown][] = [
      ['textDocument/hover', { textDocument: { uri }, position: null }],
      ['textDocument/definition', { textDocument: null, position: { line: 0, character: 0 } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: null, context: null }],
      ['dossier/entityDetails', null],
      ['dossier/entityAt', { uri, position: 'here' }],
      ['dossier/citation', { uri, position: null }],
    ];
    for (const [method, params] of broken) {
      const error = await errorOf(client.request(method, params));
      expect(error, method).toBeInstanceOf(ResponseError);
      expect([ErrorCodes.InternalError, ErrorCodes.InvalidParams], method).toContain(error!.code);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
      expect(hover.contents.value, `after ${method}`).toContain('**Vladimir Putin**');
    }
    // A notification that throws inside is logged, and the server goes on.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: null });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 9 }, contentChanges: [{ range: null, text: 'x' }] });
    expect(await client.request('workspace/symbol', { query: 'Putin' })).not.toBeNull();
    expect(client.logs().some((m) => /failed/.test(m))).toBe(true);
  });

  it('keeps working when the client refuses to create a progress token', async () => {
    const dir = workspace();
    const client = start();
    client.onServerRequest = (method) => {
      if (method === 'window/workDoneProgress/create') throw new ResponseError(ErrorCodes.InternalError, 'no progress here');
      return method === 'workspace/configuration' ? [null] : null;
    };
    await client.initialize(dir);
    await client.waitForStatus('ready');
    const uri = noteUri(dir);
    await client.open(uri, 'Vladimir Putin met Kim Jong Un.\n');
    await new Promise((r) => setTimeout(r, 200));
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } })).not.toBeNull();
    expect(client.logs()).toContain('no indexing progress: the client refused a progress token (no progress here)');
    expect(await client.shutdown()).toBeNull();
  });

  it('still indexes when the client refuses to register file watching', async () => {
    const dir = workspace();
    const client = start();
    client.onServerRequest = (method) => {
      if (method === 'client/registerCapability') throw new ResponseError(ErrorCodes.InternalError, 'registration refused');
      return method === 'workspace/configuration' ? [null] : null;
    };
    await client.initialize(dir, {}, { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } });
    await client.waitForStatus('ready');
    const uri = noteUri(dir);
    await client.open(uri, 'Vladimir Putin met Kim Jong Un.\n');
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } })).not.toBeNull();
    expect(await client.shutdown()).toBeNull();
  });
});

describe('indexing under way', () => {
  it('honours $/cancelRequest for a request waiting on a long indexing run', async () => {
    const dir = workspace({ corpus: largeCorpus(800, 'Zed') });
    const client = start();
    await client.initialize(dir);
    const uri = noteUri(dir);
    await client.open(uri, 'Vladimir Putin met Kim Jong Un.\n');
    await client.waitForStatus('indexing');
    const [symbols, references] = await Promise.all([
      errorOf(client.requestThenCancel('workspace/symbol', { query: 'Zed' }, 100)).then((e) => e ?? 'answered'),
      client
        .requestThenCancel('textDocument/references', { textDocument: { uri }, position: { line: 0, character: 2 }, context: { includeDeclaration: true } }, 100)
        .then((r) => r, (e: ResponseError<unknown>) => e),
    ]);
    // Cancelled: the RequestCancelled error, or an empty answer, well before the index is ready.
    const cancelledOrEmpty = (r: unknown) => (r instanceof ResponseError ? r.code === LSPErrorCodes.RequestCancelled : r === 'answered' || r === null || (Array.isArray(r) && r.length === 0));
    expect(cancelledOrEmpty(symbols), String(symbols)).toBe(true);
    expect(cancelledOrEmpty(references), JSON.stringify(references)).toBe(true);
    expect(client.notifications.some((n) => n.method === 'dossier/status' && (n.params as { state: string }).state === 'ready')).toBe(false);
    // And the server goes on to finish and answer.
    await client.waitForStatus('ready');
    const found = await client.request<{ name: string }[]>('workspace/symbol', { query: `Zed ${personName(799)}` });
    expect(found.map((s) => s.name)).toEqual([`Zed ${personName(799)}`]);
    expect(await client.shutdown()).toBeNull();
  });

  it('switches to the new corpus folders when the configuration changes mid-index', async () => {
    const dir = workspace({ old: largeCorpus(1200, 'Old'), fresh: { 'kim.txt': ARTICLE_KIM, 'summit.txt': ARTICLE_SUMMIT } });
    const client = start();
    client.settings = { corpus: { paths: ['old'] } };
    await client.initialize(dir);
    await client.waitForStatus('indexing');
    const seen = client.notifications.length;
    client.settings = { corpus: { paths: ['fresh'] } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitForStatus('ready', undefined, seen);
    const ready = client.notifications.slice(seen).filter((n) => n.method === 'dossier/status' && (n.params as { state: string }).state === 'ready');
    expect(ready.map((n) => (n.params as { files: number }).files)).toEqual([2]);
    expect((await client.request<{ name: string }[]>('workspace/symbol', { query: 'Old' })).length).toBe(0);
    expect((await client.request<{ name: string }[]>('workspace/symbol', { query: 'Kim Yo Jong' })).map((s) => s.name)).toContain('Kim Yo Jong');
    expect(await client.shutdown()).toBeNull();
  });

  it('follows a configuration pushed with didChangeConfiguration by a client that cannot be asked', async () => {
    const dir = workspace({ old: { 'summit.txt': ARTICLE_SUMMIT }, fresh: { 'kim.txt': ARTICLE_KIM } });
    const client = start();
    await client.initialize(dir, { settings: { corpus: { paths: ['old'] } } }, { workspace: {} });
    await client.waitForStatus('ready');
    const seen = client.notifications.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { dossier: { corpus: { paths: ['fresh'] } } } });
    await client.waitForStatus('ready', undefined, seen);
    expect((await client.request<{ name: string }[]>('workspace/symbol', { query: 'Kim Yo Jong' })).map((s) => s.name)).toContain('Kim Yo Jong');
    expect((await client.request<{ name: string }[]>('workspace/symbol', { query: 'Vostochny' })).length).toBe(0);
    expect(await client.shutdown()).toBeNull();
  });

  it('keeps answering when the corpus folder is deleted, and forgets what was in it', async () => {
    const dir = workspace();
    const client = start();
    await client.initialize(dir);
    await client.waitForStatus('ready');
    const uri = noteUri(dir);
    await client.open(uri, 'Vladimir Putin met Kim Jong Un.\n');
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } })).not.toBeNull();
    const seen = client.notifications.length;
    rmSync(join(dir, 'corpus'), { recursive: true, force: true });
    // The server watches the folder itself (this client has no file watching): the names go away.
    await client.waitForStatus('empty', undefined, seen);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    expect(hover === null || !hover.contents.value.includes('file://')).toBe(true);
    expect(await client.request('workspace/symbol', { query: 'Putin' })).toEqual([]);
    expect(await client.shutdown()).toBeNull();
  });
});

describe('shutdown and exit, as the specification says', () => {
  it('exits with 0 after shutdown, and refuses requests between shutdown and exit', async () => {
    const dir = workspace();
    const client = startProcess(dir);
    await client.initialize(dir);
    await client.waitForStatus('ready');
    expect(await client.request('shutdown', null)).toBeNull();
    const error = await errorOf(client.request('textDocument/hover', { textDocument: { uri: noteUri(dir) }, position: { line: 0, character: 0 } }));
    expect(error?.code).toBe(ErrorCodes.InvalidRequest);
    await client.connection.sendNotification('exit');
    expect(await client.exited).toBe(0);
  });

  it('exits with 1 on exit without shutdown', async () => {
    const dir = workspace();
    const client = startProcess(dir);
    await client.initialize(dir);
    await client.connection.sendNotification('exit');
    expect(await client.exited).toBe(1);
  });
});
