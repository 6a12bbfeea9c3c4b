import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver';
import { afterEach, describe, expect, it } from 'vitest';
import { runColdIndex } from '../../src/indexing/coldIndex.js';
import type { PreviewBound } from '../../src/indexing/coldPreview.js';
import type { AnalyzeOptions, FileAnalyzer } from '../../src/indexing/fileAnalyzer.js';
import { IndexCache } from '../../src/indexing/indexCache.js';
import { InlineAnalyzer } from '../../src/indexing/inlineAnalyzer.js';
import { InlineMerge } from '../../src/indexing/inlineMerge.js';
import type { ColdIndexer } from '../../src/indexing/processIndexer.js';
import { WorkerAnalyzer } from '../../src/indexing/workerAnalyzer.js';
import { WorkerMerge, type IndexMerge } from '../../src/indexing/indexMerger.js';
import { BUILT_MERGE_WORKER, BUILT_WORKER, inProcessServer } from './inProcessServer.js';
import type { LspClient } from './lspClient.js';

const ARTICLE = (name: string) => `${name} said on Monday that she had met officials in Seoul, according to a statement about the talks.\n`;
/** 80 files (the server indexes 64 or more in its cold-index path): the first 20 name Kim Yo Jong, the rest Ursula von der Leyen. */
const FILES = 80;
const FIRST = 20;
/** A preview once FIRST files are analysed, whatever the time (the default waits 15 s). */
const BOUND: PreviewBound = { afterMs: 0, minFiles: FIRST, maxShare: 0.5 };
const NOTE = 'Kim Yo Jong met Ursula von der Leyen.\n';
/** The card's first line as Markdown (the colon escaped, as in every card's notes: no autolink). */
const PREVIEW_LINE = '_Preview from 20 of 80 files&#58; indexing continues\\._';
const INDEXING = /^Dossier is indexing the corpus: (\d+)\/80 files \(\d+%\)\. Cards appear when it is done\.$/;

let dirs: string[] = [];
const clients: LspClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.kill();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function corpusWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-preview-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'corpus'));
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, 'corpus', `f${String(i).padStart(3, '0')}.txt`), ARTICLE(i < FIRST ? 'Kim Yo Jong' : 'Ursula von der Leyen'));
  return dir;
}

/** Analyses the files in path order on this thread: the first `first`, then, once `gate` opens, the rest. */
class GatedAnalyzer implements FileAnalyzer {
  private readonly inner = new InlineAnalyzer();
  constructor(
    private readonly first: number,
    private readonly gate: Promise<void>,
  ) {}
  async analyze(paths: readonly string[], options: AnalyzeOptions) {
    const sorted = [...paths].sort();
    await this.inner.analyze(sorted.slice(0, this.first), options);
    await this.gate;
    if (options.isCancelled()) return new Map();
    return this.inner.analyze(sorted.slice(this.first), { ...options, onProgress: (done) => options.onProgress(this.first + done) });
  }
}

/** The indexing process's work (coldIndexProcess.ts) on this thread, its analysis held at the gate after FIRST files; `previewMerge` as given. */
function gatedColdIndexer(gate: Promise<void>, previewMerge: (merge: InlineMerge) => IndexMerge = (merge) => merge): ColdIndexer {
  return (job, cacheFolder, events, log) => {
    const cache = IndexCache.inFolder(cacheFolder, log);
    const analyzer = new GatedAnalyzer(FIRST, gate);
    return runColdIndex(job, { analyzer, merge: new InlineMerge(job.corrections), cache, previewMerge: () => previewMerge(new InlineMerge(job.corrections)) }, events);
  };
}

function opened(): { gate: Promise<void>; open: () => void } {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return { gate, open };
}

async function start(dir: string, coldIndexer: ColdIndexer): Promise<{ client: LspClient; hover: (name: string) => Promise<string | null> }> {
  if (!existsSync(BUILT_WORKER)) throw new Error(`${BUILT_WORKER} is missing: build the package first (npm run build)`);
  // The analyzer and merger are the server's fallback if the cold indexer failed.
  const client = inProcessServer({ analyzer: () => new WorkerAnalyzer(undefined, BUILT_WORKER), merger: (c) => new WorkerMerge(c, BUILT_MERGE_WORKER), coldIndexer, preview: BOUND });
  clients.push(client);
  await client.initialize(dir);
  const uri = pathToFileURL(join(dir, 'note.md')).href;
  await client.open(uri, NOTE);
  const hover = async (name: string) => {
    const position = { line: 0, character: NOTE.indexOf(name) + 1 };
    const answer = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    return answer ? (answer.contents as { value: string }).value : null;
  };
  return { client, hover };
}

const previewServed = (client: LspClient) => client.waitFor('the preview', () => client.logs().some((m) => m.startsWith('a preview from 20 of 80 files answers hovers')));

describe('a preview index during a cold index of many files', () => {
  it('answers a name of the first files with its card marked as a preview, a name of later files with the progress, then the full cards unmarked', async () => {
    const dir = corpusWorkspace();
    const { gate, open } = opened();
    const { client, hover } = await start(dir, gatedColdIndexer(gate));
    await previewServed(client);

    const preview = await hover('Kim Yo Jong');
    expect(preview!.split('\n')[0]).toBe(PREVIEW_LINE);
    expect(preview).toContain('**Kim Yo Jong** · _person_');
    expect(preview).toMatch(/20 mentions · 20 articles/);
    // Ursula von der Leyen is in none of the first 20 files: how far indexing is, as before any index.
    const later = await hover('Ursula von der Leyen');
    expect(later).toMatch(INDEXING);
    expect(Number(INDEXING.exec(later!)![1])).toBeLessThanOrEqual(FIRST);
    // The progress item goes on: no "ready" while the preview answers.
    expect(client.notifications.filter((n) => n.method === 'dossier/status').map((n) => (n.params as { state: string }).state)).not.toContain('ready');

    open();
    await client.waitForStatus('ready');
    const full = await hover('Kim Yo Jong');
    expect(full).not.toContain('Preview from');
    expect(full!.split('\n')[0]).toContain('**Kim Yo Jong** · _person_');
    expect(await hover('Ursula von der Leyen')).toContain('**Ursula von der Leyen** · _person_');
    // The preview's file is gone from the cache (it was removed once opened), the full snapshot is there.
    const cached = readdirSync(join(dir, '.dossier', 'cache'), { recursive: true }).map(String);
    expect(cached.filter((path) => path.endsWith('.v8') && !path.includes('/files/'))).toEqual([expect.stringMatching(/^corpus-[^/]+\/snapshot\.v8$/)]);
  });

  it('drops the preview when indexing starts again (a new run), and answers with the new run\'s progress', async () => {
    const dir = corpusWorkspace();
    const { gate, open } = opened();
    const { client, hover } = await start(dir, gatedColdIndexer(gate));
    await previewServed(client);
    expect((await hover('Kim Yo Jong'))!.split('\n')[0]).toBe(PREVIEW_LINE);

    const reindexed = client.request('dossier/reindex', {});
    expect(await hover('Kim Yo Jong')).toMatch(INDEXING);
    open();
    await reindexed;
    expect(await hover('Kim Yo Jong')).toContain('**Kim Yo Jong** · _person_');
    expect(await hover('Kim Yo Jong')).not.toContain('Preview from');
  });

  it('logs a preview that fails and skips it: the full index is made as without one', async () => {
    const dir = corpusWorkspace();
    const { gate, open } = opened();
    const failing = (merge: InlineMerge): IndexMerge => ({ add: (...args) => merge.add(...args), finish: () => Promise.reject(new Error('no room for the preview')), cancel: () => merge.cancel() });
    const { client, hover } = await start(dir, gatedColdIndexer(gate, failing));
    await client.waitFor('the warning', () => client.logs().some((m) => m.includes('the preview index failed and is skipped: Error: no room for the preview')));
    expect(await hover('Kim Yo Jong')).toMatch(INDEXING);
    open();
    await client.waitForStatus('ready');
    expect(await hover('Kim Yo Jong')).toContain('**Kim Yo Jong** · _person_');
    expect(await hover('Ursula von der Leyen')).toContain('**Ursula von der Leyen** · _person_');
  });
});
