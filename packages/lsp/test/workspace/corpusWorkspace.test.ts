import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpusIndex, noCorrections, type Corrections, type FileAnalysis } from '@dossier/corpus';
import { afterEach, describe, expect, it } from 'vitest';
import type { StatusParams } from '../../src/protocol.js';
import { IndexCache } from '../../src/indexing/indexCache.js';
import { silentLogger } from '../../src/logger.js';
import type { AnalyzeOptions, FileAnalyzer } from '../../src/indexing/fileAnalyzer.js';
import { WorkerMerge } from '../../src/indexing/indexMerger.js';
import { InlineAnalyzer } from '../../src/indexing/inlineAnalyzer.js';
import { CorpusWorkspace } from '../../src/workspace/corpusWorkspace.js';
import { DEFAULT_SETTINGS } from '../../src/workspace/settings.js';
import { processIndexer } from '../../src/indexing/processIndexer.js';
import { BUILT_COLD_INDEX_PROCESS, BUILT_MERGE_WORKER, BUILT_WORKER } from '../integration/inProcessServer.js';
import { WorkerAnalyzer } from '../../src/indexing/workerAnalyzer.js';

const ARTICLE = (name: string) => `${name} met officials in Seoul on Monday, the ministry said in a statement about the talks.\n`;

/** An analyzer that records which files it was asked to analyse. */
class RecordingAnalyzer implements FileAnalyzer {
  readonly calls: string[][] = [];
  disposed = 0;
  private readonly inner = new InlineAnalyzer();
  analyze(paths: readonly string[], options: AnalyzeOptions) {
    this.calls.push([...paths]);
    return this.inner.analyze(paths, options);
  }
  dispose() {
    this.disposed++;
  }
}

/** An analyzer that hands each analysis on as it comes (onResult), last file first: as a worker pool may. */
class ReversingAnalyzer implements FileAnalyzer {
  private readonly inner = new InlineAnalyzer();
  async analyze(paths: readonly string[], options: AnalyzeOptions) {
    const results = await this.inner.analyze(paths, { ...options, onResult: undefined });
    for (const [path, analysis] of [...results].reverse()) options.onResult!(path, analysis);
    return options.onResult ? new Map() : results;
  }
}

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function workspaceWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-ws-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function start(root: string, extra: Partial<ConstructorParameters<typeof CorpusWorkspace>[0]> = {}) {
  const statuses: StatusParams[] = [];
  const workspace = new CorpusWorkspace({ folders: [root], settings: DEFAULT_SETTINGS, log: silentLogger, onStatus: (s) => statuses.push(s), ...extra });
  return { workspace, statuses };
}

/** Three files, two people, a headline: what the cold-index tests index in turn on this thread, a merge thread and a process. */
function putinAndKimWorkspace(): string {
  return workspaceWith({
    'corpus/a.txt': ARTICLE('Vladimir Putin') + ARTICLE('Putin'),
    'corpus/b.txt': ARTICLE('Kim Jong Un') + ARTICLE('Vladimir Putin'),
    'corpus/c/d.txt': `# Putin and Kim meet\n\n${ARTICLE('Kim')}`,
  });
}

/** Each entity with its id, name, type and mentions (path below the root, line, character): two indexes compare equal when they answer alike. */
function describeIndex(index: Awaited<ReturnType<CorpusWorkspace['ready']>>, root: string) {
  return index.entities.map((e) => [e.id, e.name, e.type, index.mentionsOf(e).map((m) => `${m.path.slice(root.length)}:${m.range.start.line}:${m.range.start.character}`)]);
}

describe('CorpusWorkspace', () => {
  it('indexes the corpus folders of the workspace and reports progress, then readiness', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin'), 'corpus/deep/b.txt': ARTICLE('Kim Jong Un'), 'notes/n.md': '# Vladimir Putin notes\n' });
    const { workspace, statuses } = start(root);
    await workspace.reindexAll();
    const index = await workspace.ready();
    expect(index.files.map((f) => f.displayPath).sort()).toEqual(['corpus/a.txt', 'corpus/deep/b.txt']);
    // While the files are found, then counting them.
    expect(statuses[0]).toMatchObject({ state: 'indexing', done: 0, total: 0 });
    expect(statuses[1]).toMatchObject({ state: 'indexing', done: 0, total: 2 });
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', files: 2, articles: 2 });
  });

  it('reports one indexing run through the merge and the snapshot write, and says how far it is until an index exists', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin'), 'corpus/b.txt': ARTICLE('Kim Jong Un') });
    const progressSeen: ReturnType<CorpusWorkspace['indexingProgress']>[] = [];
    const statuses: StatusParams[] = [];
    const infos: string[] = [];
    const workspace: CorpusWorkspace = new CorpusWorkspace({
      folders: [root],
      settings: DEFAULT_SETTINGS,
      log: { ...silentLogger, info: (m) => infos.push(m) },
      cache: new IndexCache(join(root, '.cache'), silentLogger),
      onStatus: (s) => {
        statuses.push(s);
        progressSeen.push(workspace.indexingProgress());
      },
    });
    expect(workspace.indexingProgress()).toBeNull();
    await workspace.reindexAll();
    expect(statuses.map((s) => `${s.state} ${s.phase ?? '-'} ${s.done}/${s.total}`)).toEqual([
      'indexing analysing 0/0',
      'indexing analysing 0/2',
      'indexing analysing 1/2',
      'indexing analysing 2/2',
      'indexing merging 2/2',
      'indexing saving 2/2',
      'ready - 2/2',
    ]);
    // Until the merge gives an index, a hover can say how far indexing is; then it answers from the index.
    // From before the files are found: a hover then says "looking for article files", not "Loading...".
    expect(progressSeen).toEqual([
      { done: 0, total: 0, phase: 'analysing' },
      { done: 0, total: 2, phase: 'analysing' },
      { done: 1, total: 2, phase: 'analysing' },
      { done: 2, total: 2, phase: 'analysing' }, { done: 2, total: 2, phase: 'merging' }, null, null]);
    const cache = new IndexCache(join(root, '.cache'), silentLogger);
    await cache.useCorpus(workspace.corpusRoots());
    expect(existsSync(join(cache.dir, 'snapshot.v8'))).toBe(true);
    // The files analysed, though the analyses are let go once the snapshot is written.
    expect(infos.filter((m) => m.startsWith('indexed '))).toEqual([expect.stringMatching(/^indexed 2 of 2 files in \d+ ms: /)]);
  });

  it('re-analyses only the file that changed', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin'), 'corpus/b.txt': ARTICLE('Kim Jong Un') });
    const analyzer = new RecordingAnalyzer();
    const { workspace } = start(root, { analyzer, workerThreshold: 0 });
    await workspace.reindexAll();
    writeFileSync(join(root, 'corpus/b.txt'), ARTICLE('Kim Yo Jong'));
    await workspace.applyChanges([{ path: join(root, 'corpus/b.txt'), kind: 'changed' }]);
    expect(analyzer.calls).toEqual([
      [join(root, 'corpus/a.txt'), join(root, 'corpus/b.txt')],
      [join(root, 'corpus/b.txt')],
    ]);
    const names = workspace.index!.entities.map((e) => e.name);
    expect(names).toContain('Kim Yo Jong');
    expect(names).not.toContain('Kim Jong Un');
  });

  it('quotes a file as it is once indexed again, though its text was read before and no change was reported', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin'), 'corpus/b.txt': ARTICLE('Kim Jong Un') });
    const { workspace } = start(root);
    await workspace.reindexAll();
    expect(workspace.textOf(join(root, 'corpus/b.txt'))).toBe(ARTICLE('Kim Jong Un'));
    writeFileSync(join(root, 'corpus/b.txt'), ARTICLE('Kim Yo Jong'));
    await workspace.reindexAll();
    expect(workspace.textOf(join(root, 'corpus/b.txt'))).toBe(ARTICLE('Kim Yo Jong'));
  });

  it('drops the files of a deleted folder', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin'), 'corpus/old/b.txt': ARTICLE('Kim Jong Un') });
    const { workspace } = start(root);
    await workspace.reindexAll();
    rmSync(join(root, 'corpus/old'), { recursive: true });
    await workspace.applyChanges([{ path: join(root, 'corpus/old'), kind: 'deleted' }]);
    expect(workspace.index!.files.map((f) => f.displayPath)).toEqual(['corpus/a.txt']);
  });

  it('refuses corpus paths that climb out of the workspace folder', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin') });
    const { workspace } = start(root, { settings: { ...DEFAULT_SETTINGS, corpus: { ...DEFAULT_SETTINGS.corpus, paths: ['../..', 'corpus'] } } });
    expect(workspace.corpusRoots()).toEqual([join(root, 'corpus')]);
    expect(workspace.isLinkable('/etc/passwd')).toBe(false);
  });

  it('starts warm from the cache, and sees files changed while it was not running', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin') });
    const cacheDir = join(root, '.cache');
    const first = start(root, { cache: new IndexCache(cacheDir, silentLogger) });
    await first.workspace.reindexAll();
    const recorder = new RecordingAnalyzer();
    const second = start(root, { cache: new IndexCache(cacheDir, silentLogger), analyzer: recorder, workerThreshold: 0 });
    const warm = second.workspace.reindexAll();
    expect((await second.workspace.ready()).entities.map((e) => e.name)).toContain('Vladimir Putin');
    await warm;
    // Nothing changed: the snapshot was enough, no file was analysed.
    expect(recorder.calls).toEqual([]);
    writeFileSync(join(root, 'corpus/b.txt'), ARTICLE('Kim Jong Un'));
    const third = start(root, { cache: new IndexCache(cacheDir, silentLogger) });
    await third.workspace.reindexAll();
    expect(third.workspace.index!.entities.map((e) => e.name)).toContain('Kim Jong Un');
  });

  it('sees on a warm start a file rewritten while it was not running, and finds the names it holds now', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin'), 'corpus/b.txt': ARTICLE('Kim Jong Un') });
    const cacheDir = join(root, '.cache');
    await start(root, { cache: new IndexCache(cacheDir, silentLogger) }).workspace.reindexAll();
    writeFileSync(join(root, 'corpus/a.txt'), ARTICLE('Moon Jae-in'));
    const lines: string[] = [];
    const log = { ...silentLogger, info: (line: string) => lines.push(line) };
    const warm = start(root, { cache: new IndexCache(cacheDir, silentLogger), log });
    await warm.workspace.reindexAll();
    const names = warm.workspace.index!.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Moon Jae-in', 'Kim Jong Un']));
    expect(names).not.toContain('Vladimir Putin');
    expect(lines.some((line) => /^the corpus changed since the cache was written \(seen \d+ ms after the warm start\)/.test(line))).toBe(true);
  });

  it('ends a cold start with the index read back from its snapshot and no analyses kept: a change reads the other files from the cache', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin'), 'corpus/b.txt': ARTICLE('Kim Jong Un') });
    const analyzer = new RecordingAnalyzer();
    const { workspace } = start(root, { cache: new IndexCache(join(root, '.cache'), silentLogger), analyzer, workerThreshold: 0 });
    await workspace.reindexAll();
    // The worker pool ends with the run (it starts again when files need analysing).
    expect(analyzer.disposed).toBe(1);
    const putin = workspace.index!.entities.find((e) => e.name === 'Vladimir Putin')!;
    expect(workspace.index!.mentionsOf(putin).map((m) => [m.path, m.range.start.character, m.range.end.character])).toEqual([[join(root, 'corpus/a.txt'), 0, 14]]);
    writeFileSync(join(root, 'corpus/b.txt'), ARTICLE('Kim Yo Jong'));
    await workspace.applyChanges([{ path: join(root, 'corpus/b.txt'), kind: 'changed' }]);
    expect(analyzer.calls).toEqual([[join(root, 'corpus/a.txt'), join(root, 'corpus/b.txt')], [join(root, 'corpus/b.txt')]]);
    const names = workspace.index!.entities.map((e) => e.name);
    expect(names).toContain('Kim Yo Jong');
    expect(names).not.toContain('Kim Jong Un');
  });

  it('merges a cold index on its own thread, fed in any order: the index of a merge on this thread, progress through merging and saving', async () => {
    const root = putinAndKimWorkspace();
    const describe = (index: Awaited<ReturnType<CorpusWorkspace['ready']>>) => describeIndex(index, root);
    const inline = start(root);
    await inline.workspace.reindexAll();
    const merger = (corrections: Corrections) => new WorkerMerge(corrections, BUILT_MERGE_WORKER);
    const said: string[] = [];
    const log = { info: (m: string) => said.push(m), warn: (m: string) => said.push(`warning: ${m}`), error: (m: string) => said.push(`error: ${m}`) };
    const threaded = start(root, { cache: new IndexCache(join(root, '.cache'), silentLogger), analyzer: new ReversingAnalyzer(), workerThreshold: 0, merger, log });
    await threaded.workspace.reindexAll();
    expect(said.filter((m) => /merge|warning|error/.test(m))).toEqual([expect.stringMatching(/^indexed 3 files in \d+ ms \(merged on its own thread\): \d+ entities/)]);
    expect(describe(threaded.workspace.index!)).toEqual(describe(inline.workspace.index!));
    expect(describe(threaded.workspace.index!).map((e) => e[1])).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong Un']));
    expect(threaded.statuses.map((s) => s.phase ?? s.state).filter((p, i, all) => p !== all[i - 1])).toEqual(['analysing', 'merging', 'saving', 'ready']);
    // What the merge thread wrote is a snapshot a warm start answers from, with no file analysed.
    const recorder = new RecordingAnalyzer();
    const warm = start(root, { cache: new IndexCache(join(root, '.cache'), silentLogger), analyzer: recorder, workerThreshold: 0 });
    await warm.workspace.reindexAll();
    expect(recorder.calls).toEqual([]);
    expect(describe(warm.workspace.index!)).toEqual(describe(inline.workspace.index!));
  });

  it('merges on its own thread when the merge thread fails, and says why', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin'), 'corpus/b.txt': ARTICLE('Kim Jong Un') });
    const warnings: string[] = [];
    const log = { ...silentLogger, warn: (m: string) => warnings.push(m) };
    const failing = () => ({ add: () => undefined, cancel: () => undefined, finish: () => Promise.reject(new Error('out of memory')) });
    const { workspace, statuses } = start(root, { cache: new IndexCache(join(root, '.cache'), silentLogger), workerThreshold: 0, merger: failing, log });
    await workspace.reindexAll();
    expect(warnings).toEqual([expect.stringMatching(/^the merge thread failed, merging on the server's thread: Error: out of memory/)]);
    expect(workspace.index!.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong Un']));
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', files: 2 });
  });

  it('runs a cold index in a process of its own: the index of a merge on this thread, one progress item through merging and saving, a snapshot a warm start answers from', async () => {
    const root = putinAndKimWorkspace();
    const describe = (index: Awaited<ReturnType<CorpusWorkspace['ready']>>) => describeIndex(index, root);
    const inline = start(root);
    await inline.workspace.reindexAll();
    const said: string[] = [];
    const log = { info: (m: string) => said.push(m), warn: (m: string) => said.push(`warning: ${m}`), error: (m: string) => said.push(`error: ${m}`) };
    // The analyzer and merger of this process are there for a fallback only: the recorder shows they are not used.
    const recorder = new RecordingAnalyzer();
    const cache = () => new IndexCache(join(root, '.cache'), silentLogger);
    const merger = (corrections: Corrections) => new WorkerMerge(corrections, BUILT_MERGE_WORKER);
    const cold = start(root, { cache: cache(), analyzer: recorder, workerThreshold: 0, merger, coldIndexer: processIndexer(BUILT_COLD_INDEX_PROCESS), log });
    await cold.workspace.reindexAll();
    expect(said.filter((m) => /index|warning|error/.test(m))).toEqual([expect.stringMatching(/^indexed 3 files in \d+ ms \(in a process of its own\): \d+ entities/)]);
    expect(recorder.calls).toEqual([]);
    expect(describe(cold.workspace.index!)).toEqual(describe(inline.workspace.index!));
    expect(cold.workspace.index!.files.map((f) => f.displayPath).sort()).toEqual(['corpus/a.txt', 'corpus/b.txt', 'corpus/c/d.txt']);
    expect(cold.statuses.map((s) => s.phase ?? s.state).filter((p, i, all) => p !== all[i - 1])).toEqual(['analysing', 'merging', 'saving', 'ready']);
    expect(cold.statuses.filter((s) => s.phase === 'analysing').at(-1)).toMatchObject({ done: 3, total: 3 });
    // No analysis is kept in this process: a change is merged again in another indexing process.
    writeFileSync(join(root, 'corpus/b.txt'), ARTICLE('Kim Yo Jong'));
    await cold.workspace.applyChanges([{ path: join(root, 'corpus/b.txt'), kind: 'changed' }]);
    expect(recorder.calls).toEqual([]);
    expect(said.filter((m) => m.startsWith('indexed '))).toEqual([expect.stringMatching(/\(in a process of its own\)/), expect.stringMatching(/\(in a process of its own\)/)]);
    expect(cold.workspace.index!.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Yo Jong']));
    expect(cold.workspace.index!.entities.map((e) => e.name)).not.toContain('Kim Jong Un');
    // What the process wrote (then rewritten after the change) is a snapshot a warm start answers from, with no file analysed.
    const warmRecorder = new RecordingAnalyzer();
    const warm = start(root, { cache: cache(), analyzer: warmRecorder, workerThreshold: 0 });
    await warm.workspace.reindexAll();
    expect(warmRecorder.calls).toEqual([]);
    expect(describe(warm.workspace.index!)).toEqual(describe(cold.workspace.index!));
  });

  it("indexes in the server's process when the indexing process fails, and says why", async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin'), 'corpus/b.txt': ARTICLE('Kim Jong Un') });
    // A script that dies at once, as a process that cannot start would.
    const broken = join(root, 'broken.cjs');
    writeFileSync(broken, "process.stderr.write('cannot start'); process.exit(3);\n");
    const warnings: string[] = [];
    const log = { ...silentLogger, warn: (m: string) => warnings.push(m) };
    const merger = (corrections: Corrections) => new WorkerMerge(corrections, BUILT_MERGE_WORKER);
    const { workspace, statuses } = start(root, { cache: new IndexCache(join(root, '.cache'), silentLogger), workerThreshold: 0, merger, coldIndexer: processIndexer(broken), log });
    await workspace.reindexAll();
    expect(warnings).toEqual([expect.stringMatching(/^the indexing process failed, indexing in the server's process: Error: the indexing process stopped \(exit code 3\): cannot start/)]);
    expect(workspace.index!.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong Un']));
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', files: 2 });
  });

  it('reports an error, and indexes no further, when a thread of the indexing process ran out of memory', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin') });
    const oom = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    const recorder = new RecordingAnalyzer();
    const { workspace, statuses } = start(root, { cache: new IndexCache(join(root, '.cache'), silentLogger), analyzer: recorder, workerThreshold: 0, merger: (c) => new WorkerMerge(c, BUILT_MERGE_WORKER), coldIndexer: () => Promise.reject(oom) });
    await workspace.reindexAll();
    expect(recorder.calls).toEqual([]);
    expect(workspace.index).toBeNull();
    expect(statuses.at(-1)).toMatchObject({ state: 'error', message: 'the merge of 1 files ran out of memory (Worker terminated due to reaching memory limit: JS heap out of memory)' });
  });

  it('reports an error, and does not merge on its own thread, when the merge thread ran out of memory', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin') });
    const warnings: string[] = [];
    const log = { ...silentLogger, warn: (m: string) => warnings.push(m) };
    const oom = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    const failing = () => ({ add: () => undefined, cancel: () => undefined, finish: () => Promise.reject(oom) });
    const { workspace, statuses } = start(root, { cache: new IndexCache(join(root, '.cache'), silentLogger), workerThreshold: 0, merger: failing, log });
    await workspace.reindexAll();
    expect(warnings).toEqual([]);
    expect(workspace.index).toBeNull();
    expect(statuses.at(-1)).toMatchObject({ state: 'error', message: 'the merge of 1 files ran out of memory (Worker terminated due to reaching memory limit: JS heap out of memory)' });
  });

  it('stops writing its cache once closed (the server shutting down while indexing still finishes)', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin') });
    const cacheDir = join(root, '.cache');
    const cache = new IndexCache(cacheDir, silentLogger);
    const options: AnalyzeOptions = { corrections: noCorrections(), maxFileBytes: 1 << 20, onProgress: () => undefined, onWarning: () => undefined, isCancelled: () => false };
    cache.close();
    await cache.useCorpus([join(root, 'corpus')]);
    const analysed = await cache.analyzer(new InlineAnalyzer()).analyze([join(root, 'corpus/a.txt')], options);
    expect(analysed.get(join(root, 'corpus/a.txt'))?.articles).toHaveLength(1);
    await cache.saveSnapshot(buildCorpusIndex([], noCorrections()), 'key', []);
    expect(existsSync(cacheDir)).toBe(false);
  });
});

describe('the cache entries of a run', () => {
  const options = (): AnalyzeOptions => ({ corrections: noCorrections(), maxFileBytes: 1 << 20, onProgress: () => undefined, onWarning: () => undefined, isCancelled: () => false });

  it('writes an entry again when its folder was removed after the run made it, so that the next run reads it from the cache', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin'), 'corpus/b.txt': ARTICLE('Angela Merkel') });
    const [a, b] = [join(root, 'corpus/a.txt'), join(root, 'corpus/b.txt')];
    const warnings: string[] = [];
    const cache = new IndexCache(join(root, '.cache'), { ...silentLogger, warn: (message) => warnings.push(message) });
    await cache.useCorpus([join(root, 'corpus')]);
    await cache.analyzer(new InlineAnalyzer()).analyze([a], options());
    // The entries' folders go (the corpus's cache cleared) while the same run goes on.
    rmSync(join(cache.dir, 'files'), { recursive: true });
    await cache.analyzer(new InlineAnalyzer()).analyze([a, b], options());
    expect(warnings).toEqual([]);
    const recorder = new RecordingAnalyzer();
    const again = new IndexCache(join(root, '.cache'), silentLogger);
    await again.useCorpus([join(root, 'corpus')]);
    const analysed = await again.analyzer(recorder).analyze([a, b], options());
    expect(recorder.calls).toEqual([[]]);
    expect([...analysed.values()].map((analysis) => analysis?.articles.length)).toEqual([1, 1]);
  });

  it('analyses every file of a cache that holds no entries yet, and reads them all back from it next time', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin'), 'corpus/b.txt': ARTICLE('Angela Merkel') });
    const paths = [join(root, 'corpus/a.txt'), join(root, 'corpus/b.txt')];
    const cold = new RecordingAnalyzer();
    const warm = new RecordingAnalyzer();
    for (const recorder of [cold, warm]) {
      const cache = new IndexCache(join(root, '.cache'), silentLogger);
      await cache.useCorpus([join(root, 'corpus')]);
      await cache.analyzer(recorder).analyze(paths, options());
    }
    expect(cold.calls).toEqual([paths]);
    expect(warm.calls).toEqual([[]]);
  });

  it('reads back, next time, the entries the worker pool handed over as bytes, as the analyses they were', async () => {
    const root = workspaceWith({ 'corpus/a.txt': ARTICLE('Vladimir Putin'), 'corpus/b.txt': ARTICLE('Angela Merkel') });
    const paths = [join(root, 'corpus/a.txt'), join(root, 'corpus/b.txt')];
    const cold = new IndexCache(join(root, '.cache'), silentLogger);
    await cold.useCorpus([join(root, 'corpus')]);
    const pool = new WorkerAnalyzer(2, BUILT_WORKER);
    const analysed = new Map<string, FileAnalysis | null>();
    await cold.analyzer(pool).analyze(paths, { ...options(), onResult: (path, analysis) => analysed.set(path, analysis) }).finally(() => pool.dispose());
    const warm = new RecordingAnalyzer();
    const again = new IndexCache(join(root, '.cache'), silentLogger);
    await again.useCorpus([join(root, 'corpus')]);
    const read = await again.analyzer(warm).analyze(paths, options());
    expect(warm.calls).toEqual([[]]);
    expect(read.get(paths[0]!)!.forms.map((form) => form.surface)).toContain('Vladimir Putin');
    expect(read).toEqual(analysed);
  });
});

describe('capture times from dossier.yaml (issue 13, defect 1)', () => {
  const PAGE = 'Japan Today\n33 minutes ago\n- Japan Today\nTalks Resume In Seoul\nThe ministry said on Thursday that the talks would resume next week in the capital, officials told reporters.\n';

  it('places relative times against capturedAt, and analyses again (not from the cache) when it changes', async () => {
    const root = workspaceWith({ 'corpus/page.txt': PAGE, 'dossier.yaml': 'capturedAt:\n  corpus: 2025-08-14T12:00:00Z\n' });
    const cache = new IndexCache(join(root, '.cache'), silentLogger);
    const { workspace } = start(root, { cache });
    await workspace.reindexAll();
    expect((await workspace.ready()).articles[0]!.record.published).toBe('2025-08-14T11:27:00.000Z');
    writeFileSync(join(root, 'dossier.yaml'), 'capturedAt:\n  corpus: 2025-09-01T08:00:00Z\n');
    await workspace.configChanged();
    expect(workspace.index!.articles[0]!.record.published).toBe('2025-09-01T07:27:00.000Z');
    writeFileSync(join(root, 'dossier.yaml'), 'corpus:\n  paths: [corpus]\n');
    await workspace.configChanged();
    // Nothing says when the page was saved: undated, whatever the file's modification time.
    expect(workspace.index!.articles[0]!.record.published).toBeNull();
  });
});
