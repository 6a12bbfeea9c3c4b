import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, ErrorCodes, type Diagnostic, type InitializeParams, type PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DiagnosticsProvider } from '../../src/features/diagnostics.js';
import type { Logger } from '../../src/logger.js';
import { indexingProgress, type StatusParams } from '../../src/protocol.js';
import { ClientDescription } from '../../src/session/clientDescription.js';
import { connectionLogger, sendQuietly } from '../../src/session/connectionLogger.js';
import { DiagnosticsPublisher } from '../../src/session/diagnosticsPublisher.js';
import { DocumentVersions } from '../../src/session/documentVersions.js';
import { IndexingProgress } from '../../src/session/indexingProgress.js';
import { RequestGuard } from '../../src/session/requestGuard.js';
import { RequestLull } from '../../src/session/requestLull.js';
import { TypingRhythm } from '../../src/session/typingRhythm.js';
import { DEFAULT_SETTINGS } from '../../src/workspace/settings.js';

/** A logger that keeps what it was told, as "level: message". */
function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info: ${m}`), warn: (m) => lines.push(`warn: ${m}`), error: (m) => lines.push(`error: ${m}`) };
}

const root = join('/', 'work', 'analysis');
const params = (extra: Partial<InitializeParams>): InitializeParams => ({ processId: null, rootUri: null, capabilities: {}, ...extra });

describe('ClientDescription', () => {
  it('describes a client that says little (Neovim without a file watcher): its rootUri, no watching, a cache in the workspace', () => {
    const client = new ClientDescription(params({ rootUri: pathToFileURL(root).href }));
    expect(client.folders).toEqual([root]);
    expect([client.canWatchFiles, client.canPullConfiguration, client.sendsFolderChanges]).toEqual([false, false, false]);
    expect(client.initialSettings).toEqual(DEFAULT_SETTINGS);
    expect(client.cacheRoot).toBe(join(root, '.dossier', 'cache'));
    expect([client.cacheInWorkspace, client.cacheEnabled, client.legacyCacheFolder]).toEqual([true, true, null]);
  });

  it('describes VS Code: workspace folders, every capability, settings and a storage folder in the options', () => {
    const client = new ClientDescription(
      params({
        rootUri: pathToFileURL('/elsewhere').href,
        workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'analysis' }, { uri: 'untitled:x', name: 'not a folder' }],
        capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
        initializationOptions: { settings: { corpus: { paths: ['news'] } }, storagePath: join('/', 'storage') },
      }),
    );
    expect(client.folders).toEqual([root]);
    expect([client.canWatchFiles, client.canPullConfiguration, client.sendsFolderChanges]).toEqual([true, true, true]);
    expect(client.initialSettings.corpus.paths).toEqual(['news']);
    expect(client.cacheRoot).toBe(join('/', 'storage', 'index'));
    expect(client.cacheInWorkspace).toBe(false);
  });

  it('puts the cache where the client says (VS Code: its global storage), and names the per-workspace copy of an earlier version to remove', () => {
    const client = new ClientDescription(params({ initializationOptions: { storagePath: join('/', 'storage', 'ws1'), cacheDir: join('/', 'global', 'index') } }), root);
    expect(client.cacheRoot).toBe(join('/', 'global', 'index'));
    expect(client.legacyCacheFolder).toBe(join('/', 'storage', 'ws1', 'index'));
    expect(client.cacheInWorkspace).toBe(false);
  });

  it('falls back to the working folder, and honours cache: false', () => {
    const client = new ClientDescription(params({ initializationOptions: { cache: false } }), root);
    expect(client.folders).toEqual([root]);
    expect(client.cacheEnabled).toBe(false);
  });
  it('sends hovers as plain text to a client that asks for it or shows Markdown raw (Neovim)', () => {
    const hover = (contentFormat: ('plaintext' | 'markdown')[], name?: string) =>
      new ClientDescription(params({ capabilities: { textDocument: { hover: { contentFormat } } }, ...(name ? { clientInfo: { name } } : {}) }), root).hoverFormat;
    expect(hover(['plaintext'])).toBe('plaintext');
    expect(hover(['plaintext', 'markdown'])).toBe('plaintext');
    expect(hover(['markdown', 'plaintext'], 'Neovim')).toBe('plaintext');
    expect(hover(['markdown', 'plaintext'], 'Visual Studio Code')).toBe('markdown');
    expect(new ClientDescription(params({}), root).hoverFormat).toBe('markdown');
  });
});

describe('DocumentVersions', () => {
  it('takes the change event that follows an open for the open itself, and warns of a version that goes back', () => {
    const log = recordingLogger();
    const versions = new DocumentVersions(log);
    versions.opened('file:///n.md', 1);
    expect(versions.changed('file:///n.md', 1)).toBe(false);
    expect(versions.changed('file:///n.md', 2)).toBe(true);
    expect(versions.changed('file:///n.md', 1)).toBe(true);
    expect(log.lines).toEqual(['warn: file:///n.md: change to version 1 arrived after version 2; applied in the order received']);
    versions.closed('file:///n.md');
    versions.opened('file:///n.md', 1);
    versions.changed('file:///n.md', 1);
    expect(versions.changed('file:///n.md', 2)).toBe(true);
    expect(log.lines).toHaveLength(1);
  });
});

describe('DiagnosticsPublisher', () => {
  const uri = 'file:///notes/n.md';
  const diagnostic = (message: string): Diagnostic => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } }, severity: DiagnosticSeverity.Information, message });

  /**
   * A publisher over one open note whose provider gives `early` at once and the whole result when
   * the test calls `finish`, as a run waiting for a corpus search of its quotations does.
   */
  function publisherOverOneNote() {
    const open = new Map<string, TextDocument>([[uri, TextDocument.create(uri, 'markdown', 1, 'Zelensky said "every region".\n')]]);
    const sent: PublishDiagnosticsParams[] = [];
    const runs: { isCancelled: () => boolean; finish: (all: Diagnostic[]) => void }[] = [];
    const provider = {
      provideDiagnostics: (_doc: TextDocument, isCancelled: () => boolean, early?: (d: Diagnostic[]) => void) =>
        new Promise<Diagnostic[]>((finish) => {
          runs.push({ isCancelled, finish });
          early?.([diagnostic('spelling')]);
        }),
    };
    const connection = { sendDiagnostics: async (params: PublishDiagnosticsParams) => void sent.push(params) };
    const documents = { get: (u: string) => open.get(u), all: () => [...open.values()] };
    const publisher = new DiagnosticsPublisher(connection as never, documents, provider as unknown as DiagnosticsProvider, recordingLogger());
    return { open, sent, runs, publisher };
  }

  it('publishes what needs no corpus search first, then the whole result, both for the version they were computed for', async () => {
    const { open, sent, runs, publisher } = publisherOverOneNote();
    publisher.schedule(open.get(uri)!, 0);
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    expect(sent.map((p) => [p.version, p.diagnostics.map((d) => d.message)])).toEqual([[1, ['spelling']]]);
    runs[0]!.finish([diagnostic('spelling'), diagnostic('quote not found in the corpus')]);
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ uri, version: 1 });
    expect(sent[1]!.diagnostics.map((d) => d.message)).toEqual(['spelling', 'quote not found in the corpus']);
    publisher.dispose();
  });

  it('lets the next edit make a run stale: it is told so, and what it finds is never published', async () => {
    const { open, sent, runs, publisher } = publisherOverOneNote();
    publisher.schedule(open.get(uri)!, 0);
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    expect(runs[0]!.isCancelled()).toBe(false);
    open.set(uri, TextDocument.update(open.get(uri)!, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], 2));
    expect(runs[0]!.isCancelled()).toBe(true);
    runs[0]!.finish([diagnostic('stale')]);
    await new Promise((resolve) => setImmediate(resolve));
    // Only the early part of version 1, sent before the edit.
    expect(sent.map((p) => [p.version, p.diagnostics.map((d) => d.message)])).toEqual([[1, ['spelling']]]);
    publisher.dispose();
  });

  it('logs a run that throws and hands its error on (a broken saved index is indexed again), publishing nothing', async () => {
    const doc = TextDocument.create(uri, 'markdown', 1, 'Zelensky said.\n');
    const broken = new Error('snapshot aliases are not sorted by their keys');
    const provider = { provideDiagnostics: () => Promise.reject(broken) };
    const sent: PublishDiagnosticsParams[] = [];
    const heard: unknown[] = [];
    const log = recordingLogger();
    const publisher = new DiagnosticsPublisher({ sendDiagnostics: async (p: PublishDiagnosticsParams) => void sent.push(p) } as never, { get: () => doc, all: () => [doc] }, provider as unknown as DiagnosticsProvider, log, (error) => heard.push(error));
    publisher.schedule(doc, 0);
    await vi.waitFor(() => expect(heard).toEqual([broken]));
    expect(log.lines.filter((line) => line.includes(`diagnostics failed for ${uri}: Error: snapshot aliases are not sorted`))).toHaveLength(1);
    expect(sent).toEqual([]);
    publisher.dispose();
  });

  it('after a burst of keystrokes 30 ms apart, checks the note 90 ms after the last, not 150 (TypingRhythm)', () => {
    vi.useFakeTimers();
    try {
      const doc = TextDocument.create(uri, 'markdown', 1, 'Zelensky said.\n');
      const started: number[] = [];
      const provider = { provideDiagnostics: () => (started.push(Date.now()), new Promise<Diagnostic[]>(() => undefined)) };
      const documents = { get: () => doc, all: () => [doc] };
      const rhythm = new TypingRhythm(() => Date.now());
      const publisher = new DiagnosticsPublisher({ sendDiagnostics: async () => undefined } as never, documents, provider as unknown as DiagnosticsProvider, recordingLogger(), () => undefined, rhythm);
      for (let i = 0; i < 10; i++) {
        publisher.edited(doc);
        vi.advanceTimersByTime(30);
      }
      const last = Date.now() - 30;
      vi.advanceTimersByTime(200);
      expect(started.map((t) => t - last)).toEqual([90]);
      publisher.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('RequestLull', () => {
  // The clock is vitest's: times below are the fake timers', never the machine's.
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const started = (lull: RequestLull) => {
    const state = { done: false };
    void lull.turn().then(() => (state.done = true));
    return state;
  };

  it('lets background work go on at the next turn when no request came', async () => {
    const turn = started(new RequestLull(() => Date.now(), 50, 500));
    await vi.advanceTimersByTimeAsync(0);
    expect(turn.done).toBe(true);
  });

  it('holds it back until requests pause for 50 ms, looking every 50 ms: each hover of a run is answered before the next slice of a corpus scan', async () => {
    const lull = new RequestLull(() => Date.now(), 50, 500, 50);
    lull.requestArrived();
    const turn = started(lull);
    await vi.advanceTimersByTimeAsync(30);
    lull.requestArrived();
    // Quiet since 30 ms: the check at 50 ms finds 20 ms of it, the one at 100 ms finds 70.
    await vi.advanceTimersByTimeAsync(69);
    expect(turn.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(turn.done).toBe(true);
  });

  it('sets one timer for all waiting slices, one per 50 ms while a request comes every 30 ms (a keystroke and its hover), never one per request', async () => {
    const lull = new RequestLull(() => Date.now(), 50, 500, 50);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    lull.requestArrived();
    const slices = [started(lull), started(lull), started(lull)];
    for (let ms = 0; ms < 480; ms += 30) {
      await vi.advanceTimersByTimeAsync(30);
      lull.requestArrived();
      expect(vi.getTimerCount()).toBe(1);
    }
    expect(slices.map((s) => s.done)).toEqual([false, false, false]);
    // 480 ms of typing: checks at 50, 100, ... 450 ms, and the next set for 500 ms.
    expect(timers).toHaveBeenCalledTimes(10);
    await vi.advanceTimersByTimeAsync(20);
    expect(slices.map((s) => s.done)).toEqual([true, true, true]);
    expect(vi.getTimerCount()).toBe(0);
    timers.mockRestore();
  });

  it('lets a slice that waited 500 ms go while one that came later still waits for the quiet', async () => {
    const lull = new RequestLull(() => Date.now(), 50, 500, 50);
    lull.requestArrived();
    const first = started(lull);
    let second = { done: false };
    for (let ms = 0; ms < 600; ms += 10) {
      if (ms === 300) second = started(lull);
      await vi.advanceTimersByTimeAsync(10);
      lull.requestArrived();
    }
    expect([first.done, second.done]).toEqual([true, false]);
    // The requests stopped at 600 ms: the check at 650 ms finds 50 ms of quiet.
    await vi.advanceTimersByTimeAsync(50);
    expect(second.done).toBe(true);
  });

  it('counts the quiet from the end of a long answer (a note\'s first hover), as its guard reports it', async () => {
    const lull = new RequestLull(() => Date.now(), 50, 500);
    const guard = new RequestGuard(recordingLogger(), () => lull.requestArrived());
    // 200 ms of work on the server's thread, as the first hover of a newly opened note.
    const hover = guard.wrap('hover', () => {
      vi.setSystemTime(Date.now() + 200);
      return 'card';
    });
    expect(hover()).toBe('card');
    const turn = started(lull);
    await vi.advanceTimersByTimeAsync(40);
    expect(turn.done).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(turn.done).toBe(true);
  });

  it('never holds it back for more than 500 ms, however often requests come', async () => {
    const lull = new RequestLull(() => Date.now(), 50, 500);
    lull.requestArrived();
    const turn = started(lull);
    for (let ms = 0; ms < 490; ms += 10) {
      await vi.advanceTimersByTimeAsync(10);
      lull.requestArrived();
    }
    expect(turn.done).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(turn.done).toBe(true);
  });
});

describe('RequestGuard', () => {
  it('traces each answer when asked to (DOSSIER_TRACE_REQUESTS=1): nothing, an answer, items, a cancelled request', async () => {
    const log = recordingLogger();
    const guard = new RequestGuard(log, () => undefined, true);
    const cancelled = { isCancellationRequested: true };
    await guard.wrap('hover', () => null)();
    await guard.wrap('hover', async () => ({ contents: 'card' }))();
    await guard.wrap('references', () => [1, 2, 3])();
    await guard.wrap('hover', (_token: typeof cancelled) => null)(cancelled);
    expect(log.lines.map((line) => line.replace(/ in \d+\.\d ms$/, ''))).toEqual([
      'info: hover: nothing',
      'info: hover: an answer',
      'info: references: 3 items',
      'info: hover: nothing (cancelled)',
    ]);
  });

  it('traces nothing by default', async () => {
    const log = recordingLogger();
    await new RequestGuard(log).wrap('hover', () => null)();
    expect(log.lines).toEqual([]);
  });

  it('answers at once what the handler has at once (a keystroke\'s card), and a promise of what comes later', async () => {
    let heard = 0;
    const guard = new RequestGuard(recordingLogger(), () => void heard++);
    expect(guard.wrap('hover', () => ({ contents: 'Kim Jong Un' }))()).toEqual({ contents: 'Kim Jong Un' });
    expect(heard).toBe(2);
    const later = guard.wrap('hover', async () => ({ contents: 'Vladimir Putin' }))();
    expect(later).toBeInstanceOf(Promise);
    expect(heard).toBe(3);
    await expect(later).resolves.toEqual({ contents: 'Vladimir Putin' });
    expect(heard).toBe(4);
  });

  it('answers a handler that throws, at once or later, with a logged InternalError, and refuses requests after shutdown', async () => {
    const log = recordingLogger();
    let heard = 0;
    const guard = new RequestGuard(log, () => void heard++);
    const failing = guard.wrap('hover', (): string => {
      throw new TypeError('not a position: null');
    });
    expect(failing).toThrow(expect.objectContaining({ code: ErrorCodes.InternalError, message: 'hover failed: not a position: null' }));
    expect(heard).toBe(2);
    const rejecting = guard.wrap('definition', async (): Promise<string> => {
      throw new TypeError('no such note');
    });
    await expect(rejecting()).rejects.toMatchObject({ code: ErrorCodes.InternalError, message: 'definition failed: no such note' });
    expect(heard).toBe(4);
    expect(log.lines.map((line) => line.split('\n')[0])).toEqual(['error: hover failed: TypeError: not a position: null', 'error: definition failed: TypeError: no such note']);
    guard.shutDown();
    expect(guard.wrap('hover', () => 'card')).toThrow(expect.objectContaining({ code: ErrorCodes.InvalidRequest }));
  });
});

describe('IndexingProgress', () => {
  const status = (state: StatusParams['state'], done: number, total: number): StatusParams => ({ state, done, total, entities: 0, articles: 0, files: 0 });

  it('sends every status, and reports work-done progress from begin to done', async () => {
    const sent: unknown[] = [];
    const reported: string[] = [];
    const reporter = {
      begin: (title: string, _p: number, message: string) => reported.push(`begin ${title} ${message}`),
      report: (percentage: number, message: string) => reported.push(`report ${percentage} ${message}`),
      done: () => reported.push('done'),
    };
    const connection = { sendNotification: async (_type: unknown, params: unknown) => void sent.push(params), window: { createWorkDoneProgress: async () => reporter } };
    const progress = new IndexingProgress(connection as never, recordingLogger());
    progress.report(status('indexing', 0, 4));
    progress.report(status('indexing', 2, 4));
    progress.report(status('ready', 4, 4));
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toHaveLength(3);
    expect(reported).toEqual(['begin Dossier: indexing corpus 0/4 files', 'report 0 0/4 files', 'report 45 2/4 files', 'done']);
  });

  it('keeps one progress item through the merge and the snapshot write, in the same words for thousands', async () => {
    const reported: string[] = [];
    const reporter = {
      begin: (title: string, _p: number, message: string) => reported.push(`begin ${title}: ${message}`),
      report: (percentage: number, message: string) => reported.push(`${percentage}% ${message}`),
      done: () => reported.push('done'),
    };
    let created = 0;
    const connection = { sendNotification: async () => undefined, window: { createWorkDoneProgress: async () => (created++, reporter) } };
    const progress = new IndexingProgress(connection as never, recordingLogger());
    progress.report({ ...status('indexing', 0, 10_000), phase: 'analysing' });
    progress.report({ ...status('indexing', 3_232, 10_000), phase: 'analysing' });
    progress.report({ ...status('indexing', 10_000, 10_000), phase: 'merging' });
    progress.report({ ...status('indexing', 10_000, 10_000), phase: 'saving' });
    progress.report(status('ready', 10_000, 10_000));
    await new Promise((resolve) => setImmediate(resolve));
    expect(created).toBe(1);
    expect(reported).toEqual([
      'begin Dossier: indexing corpus: 0/10,000 files',
      '0% 0/10,000 files',
      '29% 3,232/10,000 files',
      '90% merging 10,000 files into entities',
      '97% saving the index',
      'done',
    ]);
  });

  it('writes the counts of a large corpus with a comma at every thousand, from a few files to a million', () => {
    const analysing = (done: number, total: number) => indexingProgress({ phase: 'analysing', done, total });
    expect(analysing(7, 64)).toEqual({ percentage: 9, message: '7/64 files' });
    expect(analysing(999, 1_000)).toEqual({ percentage: 89, message: '999/1,000 files' });
    expect(analysing(180_208, 360_394)).toEqual({ percentage: 45, message: '180,208/360,394 files' });
    expect(analysing(1_000_001, 1_000_001)).toEqual({ percentage: 90, message: '1,000,001/1,000,001 files' });
    expect(indexingProgress({ phase: 'merging', done: 1_234_567, total: 1_234_567 }).message).toBe('merging 1,234,567 files into entities');
  });

  it('goes on without progress when the client refuses a token, and says so once', async () => {
    const log = recordingLogger();
    const connection = { sendNotification: async () => undefined, window: { createWorkDoneProgress: () => Promise.reject(new Error('no tokens here')) } };
    const progress = new IndexingProgress(connection as never, log);
    progress.report(status('indexing', 0, 4));
    progress.report(status('indexing', 3, 4));
    await new Promise((resolve) => setImmediate(resolve));
    expect(log.lines).toEqual(['warn: no indexing progress: the client refused a progress token (no tokens here)']);
  });
});

describe('a connection that is gone (the editor closed while indexing went on)', () => {
  it('is written and sent to without an error, now or later', async () => {
    const closed = () => {
      throw new Error('Connection is disposed.');
    };
    const connection = { console: { info: closed, warn: closed, error: closed }, sendNotification: closed, window: { createWorkDoneProgress: closed } };
    const log = connectionLogger(connection as never);
    expect(() => log.error('indexing failed')).not.toThrow();
    const progress = new IndexingProgress(connection as never, log);
    const status: StatusParams = { state: 'indexing', done: 1, total: 2, entities: 0, articles: 0, files: 0 };
    expect(() => progress.report(status)).not.toThrow();
    expect(() => progress.report({ ...status, state: 'ready', done: 2 })).not.toThrow();
    expect(() => sendQuietly(closed)).not.toThrow();
    sendQuietly(() => Promise.reject(new Error('refused by the client')));
    // A rejection left unhandled would fail this test run (vitest reports unhandled errors).
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
