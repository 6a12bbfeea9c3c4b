import { readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  analysisRulesKey,
  CONFIG_FILES,
  ConfigError,
  discoverArticleFiles,
  FileTextCache,
  loadDossierConfig,
  noCorrections,
  parseDossierConfig,
  type CorpusIndex,
  type Corrections,
  type IndexedFile,
  type Span,
  type FileAnalysis,
  type WaitForTurn,
} from '@dossier/corpus/query';
import { corpusLibrary } from '../corpusLibrary.js';
import { runColdIndex, type ColdIndexEvents, type ColdIndexJob } from '../indexing/coldIndex.js';
import type { AnalyzeOptions, FileAnalyzer } from '../indexing/fileAnalyzer.js';
import { type FileStamp, type IndexCache, type StampColumns } from '../indexing/indexCache.js';
import { outOfMemory, type IndexMerger } from '../indexing/indexMerger.js';
import { InlineAnalyzer } from '../indexing/inlineAnalyzer.js';
import type { ColdIndexer } from '../indexing/processIndexer.js';
import { PREVIEW_BOUND, type PreviewBound, type PreviewReady } from '../indexing/coldPreview.js';
import type { IndexingPhase, StatusParams } from '../protocol.js';
import type { CorpusSource, FileChange } from './corpusSource.js';
import { ServedIndex, type WaitCancellation } from './servedIndex.js';
import { changedSinceStamps } from './corpusCheck.js';
import { ServedPreview, type IndexPreview } from './previewIndex.js';
import type { Logger } from '../logger.js';
import { isInside, resolveCorpusPath } from './paths.js';
import type { DossierSettings } from './settings.js';

export type { FileChange } from './corpusSource.js';

/** The workspace's dossier.yaml: where corrections go, and what it says now. */
export interface CorrectionsFile {
  file: string;
  text: string;
  exists: boolean;
}

export interface CorpusWorkspaceOptions {
  folders: readonly string[];
  settings: DossierSettings;
  log: Logger;
  onStatus: (status: StatusParams) => void;
  /** Analyses files (default: on this thread; the server passes a worker pool). */
  analyzer?: FileAnalyzer;
  /** The persistent cache; without it every start is a cold start. */
  cache?: IndexCache;
  /** From how many files the parallel analyzer is used (default 64). */
  workerThreshold?: number;
  /**
   * Merges a cold index of as many files on a thread of its own, fed as the files are analysed,
   * when there is a cache to write its snapshot to (the server passes WorkerMerge; default: the
   * merge runs on this thread once every file is analysed).
   */
  merger?: IndexMerger;
  /**
   * Runs that cold index (with a merger) in a process of its own instead, whose memory goes back to
   * the system when it ends (the server passes processIndexer()); if it fails, the merger is used.
   */
  coldIndexer?: ColdIndexer;
  /** When that cold index serves a preview of the files analysed so far (default PREVIEW_BOUND; null: never). */
  preview?: PreviewBound | null;
  /**
   * Awaited between files by the check of the corpus behind a warm start (the server's
   * RequestLull: that check goes on between bursts of requests; default: at once).
   */
  waitForTurn?: WaitForTurn;
}

/** Below this many files, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 64;

/**
 * Owns the corpus index of a workspace: finds the corpus folders, indexes them in the background,
 * keeps per-file analyses so that a changed file is the only one analysed again, and hands out
 * the current immutable index. Knows nothing of the LSP connection.
 */
export class CorpusWorkspace implements CorpusSource {
  private analyses = new Map<string, FileAnalysis>();
  private readonly served = new ServedIndex();
  /** A cold index's preview, for hovers until the full index is served. */
  private readonly preview = new ServedPreview();
  /** The index last found broken (indexFoundBroken): indexed again once, not at every failed request. */
  private brokenIndex: CorpusIndex | null = null;
  /** The last status sent, for a hover asked before the first index exists. */
  private lastStatus: StatusParams | null = null;
  private corrections: Corrections = noCorrections();
  private generation = 0;
  private indexing: Promise<void> = Promise.resolve();
  // Snippets read files no further than indexing did (the maxFileBytes setting).
  readonly texts = new FileTextCache(undefined, () => this.settings.corpus.maxFileBytes);
  private folders: string[];
  private settings: DossierSettings;
  private readonly parallelAnalyzer: FileAnalyzer | null;
  private readonly inlineAnalyzer = new InlineAnalyzer();
  private stamps: FileStamp[] = [];
  /** The corpus roots of these folders and corpus paths (currentRoots). */
  private roots: { folders: string[]; paths: readonly string[]; roots: string[] } | null = null;
  /** dossier.yaml as the editor has it after a correction, until the file on disk changes. */
  private configOverride: { file: string; text: string } | null = null;

  constructor(private readonly options: CorpusWorkspaceOptions) {
    this.folders = [...options.folders];
    this.settings = options.settings;
    this.parallelAnalyzer = options.analyzer ?? null;
  }

  /** The analyzer for a number of files: workers for many, this thread for few; the cache around either. */
  private analyzerFor(files: number): FileAnalyzer {
    const threshold = this.options.workerThreshold ?? WORKER_THRESHOLD;
    const inner = this.parallelAnalyzer && files >= threshold ? this.parallelAnalyzer : this.inlineAnalyzer;
    return this.options.cache ? this.options.cache.analyzer(inner) : inner;
  }

  get index(): CorpusIndex | null {
    return this.served.current;
  }

  /**
   * How far the first indexing is while there is no index to answer from ("3,232 of 10,000 files"):
   * null once an index exists, or when none is being made.
   */
  indexingProgress(): Pick<StatusParams, 'done' | 'total' | 'phase'> | null {
    const status = this.lastStatus;
    if (this.served.current || status?.state !== 'indexing') return null;
    return { done: status.done, total: status.total, ...(status.phase ? { phase: status.phase } : {}) };
  }

  indexPreview(): IndexPreview | null {
    return this.served.current ? null : this.preview.current;
  }

  /** Resolves with the first index, or at once when one exists. */
  ready(): Promise<CorpusIndex> {
    return this.served.ready();
  }

  readyUnless(cancellation: WaitCancellation): Promise<CorpusIndex | null> {
    return this.served.readyUnless(cancellation);
  }

  textOf(path: string): string | null {
    return this.texts.get(path);
  }

  scanTextOf(path: string): string | null {
    return this.texts.peek(path);
  }

  spanOf(file: IndexedFile, span: Span, sentence: Span): string | null {
    return this.texts.span(file, span, sentence);
  }

  /** The absolute corpus folders of every workspace folder. */
  corpusRoots(): string[] {
    const roots: string[] = [];
    for (const folder of this.folders) {
      for (const configured of this.settings.corpus.paths) {
        const root = resolveCorpusPath(folder, configured);
        if (root) roots.push(root);
        else this.options.log.warn(`corpus path "${configured}" leaves the workspace folder ${folder}; ignored`);
      }
    }
    return [...new Set(roots)];
  }

  isCorpusFile(path: string): boolean {
    return this.currentRoots().some((root) => isInside(root, path));
  }

  /**
   * corpusRoots() as long as the folders and the corpus paths are the same arrays: a card asks
   * whether each of its links may be made, and resolving every configured path again for each
   * one was most of that question's cost (and warned again of a path leaving its folder).
   */
  private currentRoots(): string[] {
    const paths = this.settings.corpus.paths;
    if (this.roots?.folders !== this.folders || this.roots.paths !== paths) this.roots = { folders: this.folders, paths, roots: this.corpusRoots() };
    return this.roots.roots;
  }

  /** Whether a path may be linked to: inside a corpus folder or a workspace folder. */
  isLinkable(path: string): boolean {
    return this.isCorpusFile(path) || this.folders.some((f) => isInside(f, path));
  }

  workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** The settings in force: those of initialize, then of every change since. */
  currentSettings(): DossierSettings {
    return this.settings;
  }

  updateSettings(settings: DossierSettings): void {
    const corpusChanged = JSON.stringify(settings.corpus) !== JSON.stringify(this.settings.corpus);
    this.settings = settings;
    if (corpusChanged) void this.reindexAll();
  }

  updateFolders(folders: readonly string[]): void {
    this.folders = [...folders];
    void this.reindexAll();
  }

  /** Indexes everything again; a run already going is abandoned. */
  reindexAll(useSnapshot = true): Promise<void> {
    const generation = ++this.generation;
    this.preview.drop();
    this.indexing = this.indexing.then(() => this.runFull(generation, useSnapshot)).catch((error) => this.fail(error));
    return this.indexing;
  }

  /**
   * Once per index served: the corpus indexed again without the snapshot (whose broken part a
   * warm start could not see: its checks run as the part is read), the broken index served until
   * then. A card whose mention rows were overwritten failed at every hover until the user re-indexed.
   */
  indexFoundBroken(error: Error): void {
    const broken = this.served.current;
    if (!broken || this.brokenIndex === broken) return;
    this.brokenIndex = broken;
    this.options.log.warn(`the saved index is broken (${error.message}): indexing the corpus again`);
    void this.reindexAll(false);
  }

  /** Re-analyses only the files that changed, then merges again. */
  applyChanges(changes: readonly FileChange[]): Promise<void> {
    const generation = this.generation;
    this.indexing = this.indexing.then(() => this.runIncremental(changes, generation)).catch((error) => this.fail(error));
    return this.indexing;
  }

  /** Called when dossier.yaml changes: corrections apply to the merge, furniture rules to analysis. */
  configChanged(): Promise<void> {
    this.configOverride = null;
    return this.reindexAll();
  }

  /** The dossier.yaml corrections are written to: the first one found, else a new one in the first folder. */
  async correctionsFile(): Promise<CorrectionsFile> {
    if (this.configOverride) return { ...this.configOverride, exists: true };
    for (const folder of this.folders) {
      for (const name of CONFIG_FILES) {
        const file = join(folder, name);
        const text = await readFile(file, 'utf8').catch(() => null);
        if (text !== null) return { file, text, exists: true };
      }
    }
    return { file: join(this.folders[0] ?? process.cwd(), CONFIG_FILES[0]!), text: '', exists: false };
  }

  /**
   * Corrections from dossier.yaml as the editor has it (a code action's edit, maybe not saved
   * yet), applied at once: only the merge is redone, from the analyses in memory, unless the
   * furniture rules or the capture times changed, which needs the files analysed again. Throws ConfigError.
   */
  useConfigText(file: string, text: string): Promise<void> {
    const { corrections } = parseDossierConfig(text, file);
    this.configOverride = { file, text };
    if (analysisRulesKey(corrections) !== analysisRulesKey(this.corrections) || this.analyses.size === 0) return this.reindexAll();
    const generation = this.generation;
    this.indexing = this.indexing
      .then(async () => {
        if (generation !== this.generation) return;
        this.corrections = corrections;
        await this.rebuild(generation, false);
        this.options.log.info(`corrections from ${file} applied: ${this.summary()}`);
      })
      .catch((error) => this.fail(error));
    return this.indexing;
  }

  dispose(): void {
    this.generation++;
    this.preview.drop();
    this.parallelAnalyzer?.dispose?.();
    this.options.cache?.close();
  }

  private async runFull(generation: number, useSnapshot = true): Promise<void> {
    const log = this.options.log;
    const started = Date.now();
    this.corrections = await this.loadCorrections();
    const roots = this.corpusRoots();
    const configKey = this.configKey(roots);
    const cache = this.options.cache;
    await cache?.useCorpus(roots);

    if (useSnapshot && cache && !this.served.current && (await this.warmStart(generation, configKey, roots, started)) === 'current') return;

    // Finding the files takes a while too (0.7 s for 3,628 files in the real-editor test): a hover
    // asked meanwhile says so at once instead of waiting for the whole index behind "Loading...".
    if (!this.served.current) this.status({ state: 'indexing', phase: 'analysing', done: 0, total: 0 });
    const files = await this.discoverCorpusFiles(roots);
    if (generation !== this.generation) return;
    this.status({ state: 'indexing', phase: 'analysing', done: 0, total: files.length });
    if (this.mergesOnItsThread(files.length)) {
      const where = await this.indexCold(files, generation);
      if (where) {
        if (generation === this.generation) log.info(`indexed ${files.length} files in ${Date.now() - started} ms (${where}): ${this.summary()}`);
        return;
      }
    }
    if (generation !== this.generation) return;
    const results = await this.analyzerFor(files.length).analyze(files, this.analyzeOptions(generation, files.length));
    if (generation !== this.generation) return;
    this.analyses = new Map();
    for (const [path, analysis] of results) if (analysis) this.analyses.set(path, analysis);
    // Counted now: with a cache, the rebuild lets the analyses go ("indexed 0 of 2 files").
    const indexed = this.analyses.size;
    await this.rebuild(generation, true, files.length);
    log.info(`indexed ${indexed} of ${files.length} files in ${Date.now() - started} ms: ${this.summary()}`);
  }

  /**
   * Warm start: answer from the saved index at once, then check the corpus behind it. 'current'
   * when the saved index is still the corpus's (or a newer generation took over), else the corpus
   * is to be indexed.
   */
  private async warmStart(generation: number, configKey: string, roots: string[], started: number): Promise<'current' | 'stale'> {
    const log = this.options.log;
    const snapshot = await this.options.cache!.loadSnapshot(configKey);
    if (!snapshot || generation !== this.generation) return 'stale';
    this.publish(snapshot.index);
    log.info(`warm start from the index cache in ${Date.now() - started} ms: ${this.summary()}`);
    const checked = Date.now();
    const changed = await this.changedSince(snapshot.stamps, roots);
    const took = `${Date.now() - checked} ms after the warm start`;
    if (generation !== this.generation) return 'current';
    if (!changed) log.info(`the corpus is as the cache has it (checked in the background, ${took})`);
    if (!changed) return 'current';
    log.info(`the corpus changed since the cache was written (seen ${took}); updating the index`);
    return 'stale';
  }

  private discoverCorpusFiles(roots: string[]): Promise<string[]> {
    const log = this.options.log;
    return discoverArticleFiles(roots, {
      exclude: this.settings.corpus.exclude,
      // The default folders (seeds, corpus, articles) need not all exist.
      onWarning: (path, message) => (message.endsWith('ENOENT') ? log.info(`${path}: not found`) : log.warn(`${path}: ${message}`)),
    });
  }

  private mergesOnItsThread(files: number): boolean {
    return !!this.options.merger && !!this.options.cache?.writable && files >= (this.options.workerThreshold ?? WORKER_THRESHOLD);
  }

  /**
   * A cold index of many files (runColdIndex): in a process of its own when there is a coldIndexer,
   * else (or if that failed) with the merge on a thread of its own; the index served is read back
   * from the snapshot it wrote, so that a cold start ends with the memory of a warm one. Says where
   * it was merged; null when the merge thread failed (logged): the caller merges on this thread
   * instead, unless it ran out of memory (then this throws: the server's thread has less).
   */
  private async indexCold(files: string[], generation: number): Promise<string | null> {
    const configKey = this.configKey(this.corpusRoots());
    const preview = this.options.preview === undefined ? PREVIEW_BOUND : this.options.preview;
    const job: ColdIndexJob = { files, displayPaths: files.map((path) => this.displayPath(path)), corrections: this.corrections, maxFileBytes: this.settings.corpus.maxFileBytes, configKey, ...(preview ? { preview } : {}) };
    let where: string;
    try {
      where = await this.runColdIndex(job, this.coldIndexEvents(generation, files.length));
    } catch (error) {
      if (outOfMemory(error)) throw new Error(`the merge of ${files.length} files ran out of memory (${(error as Error).message})`);
      this.options.log.warn(`the merge thread failed, merging on the server's thread: ${(error as Error).stack ?? error}`);
      return null;
    }
    if (generation !== this.generation) return where;
    this.analyses = new Map();
    if (!(await this.reopenFromSnapshot(configKey, generation))) return generation !== this.generation ? where : null;
    this.announce();
    return where;
  }

  /** Runs a cold index in the indexing process, or if there is none or it failed (not for lack of memory), in this one. */
  private async runColdIndex(job: ColdIndexJob, events: ColdIndexEvents): Promise<string> {
    const cache = this.options.cache!;
    if (this.options.coldIndexer) {
      try {
        await this.options.coldIndexer(job, cache.dir, events, this.options.log);
        return 'in a process of its own';
      } catch (error) {
        if (outOfMemory(error)) throw error;
        this.options.log.warn(`the indexing process failed, indexing in the server's process: ${(error as Error).stack ?? error}`);
      }
    }
    const merger = this.options.merger!;
    const merge = merger(job.corrections);
    try {
      await runColdIndex(job, { analyzer: this.analyzerFor(job.files.length), merge, cache, previewMerge: () => merger(job.corrections) }, events);
      return 'merged on its own thread';
    } finally {
      merge.cancel();
    }
  }

  /** A cold index's progress as this workspace's status, its warnings in the log; cancelled by a newer run. */
  private coldIndexEvents(generation: number, total: number): ColdIndexEvents {
    const analysing = this.analyzeOptions(generation, total);
    return {
      onProgress: analysing.onProgress,
      onWarning: analysing.onWarning,
      isCancelled: analysing.isCancelled,
      onPhase: (phase) => this.status({ state: 'indexing', phase, done: total, total }),
      onPreview: (ready) => this.showPreview(ready, generation),
    };
  }

  /** A cold index's preview, served to hovers while its run goes on and no index is served yet. */
  private showPreview(ready: PreviewReady, generation: number): void {
    const wanted = () => generation === this.generation && !this.served.current;
    void this.preview
      .offer(ready, () => this.options.cache!.takePreview(), wanted)
      .then((served) => served && this.options.log.info(`a preview from ${ready.done} of ${ready.total} files answers hovers until the index is ready`))
      .catch((error) => this.options.log.warn(`the preview index is skipped: ${(error as Error).stack ?? error}`));
  }

  /**
   * Whether any corpus file was added, removed or modified since the stamps were taken
   * (changedSinceStamps). The files are listed, then stat'ed, between bursts of requests: the
   * requests that waited for the index have been answered by then.
   */
  private async changedSince(columns: StampColumns, roots: string[]): Promise<boolean> {
    const waitForTurn = this.options.waitForTurn;
    const files = await discoverArticleFiles(roots, { exclude: this.settings.corpus.exclude, ...(waitForTurn ? { waitForTurn } : {}) });
    return changedSinceStamps(files, columns, waitForTurn);
  }

  /** Writes the index's snapshot; false when there is no cache or it cannot be written. */
  private async saveSnapshot(configKey: string): Promise<boolean> {
    const cache = this.options.cache;
    if (!cache || !this.served.current) return false;
    this.stamps = [...this.analyses.values()].map((a) => ({ path: a.path, size: a.size, mtimeMs: a.mtimeMs }));
    try {
      await cache.saveSnapshot(this.served.current, configKey, this.stamps, this.settings.corpus.maxFileBytes);
      return true;
    } catch (error) {
      this.options.log.warn(`cannot write the index snapshot: ${error}`);
      return false;
    }
  }

  /**
   * After a merge with a cache: the index read back from the snapshot just written replaces the
   * one in memory, the analyses are let go (a later change reads the unchanged files' back from
   * the cache, as after a warm start) and the worker threads end, so that a cold start keeps
   * nothing a warm start does not have (for the memory too, a cold index of many files runs in a
   * process of its own: indexCold).
   */
  private async reopenFromSnapshot(configKey: string, generation: number): Promise<boolean> {
    const saved = await this.options.cache?.loadSnapshot(configKey);
    if (!saved || generation !== this.generation) return false;
    this.analyses = new Map();
    this.parallelAnalyzer?.dispose?.();
    this.publish(saved.index, false);
    return true;
  }

  /** What the snapshot depends on besides the files: folders, exclusions and corrections. */
  private configKey(roots: string[]): string {
    return JSON.stringify({ roots, exclude: this.settings.corpus.exclude, max: this.settings.corpus.maxFileBytes, corrections: this.corrections });
  }

  private async runIncremental(changes: readonly FileChange[], generation: number): Promise<void> {
    if (generation !== this.generation || !this.served.current) return;
    if (this.analyses.size === 0 && this.served.current.fileCount > 0) {
      // Started from a snapshot: the per-file analyses come back from the cache before the merge.
      await this.runFull(generation, false);
      return;
    }
    const toAnalyse: string[] = [];
    let removed = false;
    for (const change of changes) {
      this.texts.invalidate(change.path);
      // A watcher may report a deletion as a change (fs.watch only says "rename"): what is gone is deleted.
      const gone = change.kind !== 'deleted' && (await stat(change.path).then(() => false, () => true));
      if (change.kind === 'deleted' || gone) {
        // A deleted folder arrives as one event: drop every file under it.
        for (const path of [...this.analyses.keys()]) {
          if (path === change.path || path.startsWith(change.path + sep)) {
            this.analyses.delete(path);
            removed = true;
          }
        }
      } else if (this.isCorpusFile(change.path)) toAnalyse.push(change.path);
    }
    if (toAnalyse.length === 0 && !removed) return;
    const found = toAnalyse.length ? await discoverArticleFiles(toAnalyse, { exclude: this.settings.corpus.exclude }) : [];
    const results = await this.analyzerFor(found.length).analyze(found, this.analyzeOptions(generation, found.length, false));
    if (generation !== this.generation) return;
    for (const [path, analysis] of results) {
      if (analysis) this.analyses.set(path, analysis);
      else this.analyses.delete(path);
    }
    await this.rebuild(generation, false);
    this.options.log.info(`re-indexed ${found.length} changed file(s): ${this.summary()}`);
  }

  private analyzeOptions(generation: number, total: number, report = true): AnalyzeOptions {
    let lastReport = 0;
    return {
      corrections: this.corrections,
      maxFileBytes: this.settings.corpus.maxFileBytes,
      isCancelled: () => generation !== this.generation,
      onWarning: (path, message) => this.options.log.warn(`${path}: ${message}`),
      onProgress: (done) => {
        const now = Date.now();
        if (report && (now - lastReport > 200 || done === total)) {
          lastReport = now;
          this.status({ state: 'indexing', phase: 'analysing', done, total });
        }
      },
    };
  }

  /**
   * Merges the analyses into a new index, answers from it, and saves its snapshot. With `report`
   * (a full indexing run of `total` files) the progress goes on through the merge and the save:
   * the status is "ready" once the snapshot is written, while requests are answered from the
   * moment the index exists.
   */
  private async rebuild(generation: number, report: boolean, total = this.analyses.size): Promise<void> {
    const phase = (name: IndexingPhase) => report && this.status({ state: 'indexing', phase: name, done: total, total });
    phase('merging');
    // The merge holds this thread (15 s for 10,000 files): let the progress report and the
    // requests already waiting (a hover, answered with how far indexing is) out first.
    await new Promise((resolve) => setImmediate(resolve));
    const { buildCorpusIndex } = await corpusLibrary();
    if (generation !== this.generation) return;
    const inputs = [...this.analyses.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([path, analysis]) => ({ analysis, displayPath: this.displayPath(path) }));
    this.publish(buildCorpusIndex(inputs, this.corrections), false);
    phase('saving');
    const configKey = this.configKey(this.corpusRoots());
    if (await this.saveSnapshot(configKey)) await this.reopenFromSnapshot(configKey, generation);
    this.announce();
  }

  /** The index answers from now on; `announce` says so unless the caller does once the snapshot is saved. */
  private publish(index: CorpusIndex, announce = true): void {
    this.served.serve(index);
    this.preview.drop();
    // Every text read before, not each of the index's paths: a snapshot's paths are decoded when
    // first read, and a warm start at 100,000 articles decoded all 36,035 here, kept for good.
    this.texts.clear();
    if (announce) this.announce();
  }

  private async loadCorrections(): Promise<Corrections> {
    if (this.configOverride) {
      try {
        return parseDossierConfig(this.configOverride.text, this.configOverride.file).corrections;
      } catch (error) {
        this.options.log.error(`dossier.yaml as edited is invalid, corrections ignored:\n${(error as Error).message}`);
        return noCorrections();
      }
    }
    for (const folder of this.folders) {
      try {
        const config = await loadDossierConfig(folder);
        if (config.file) {
          this.options.log.info(`corrections from ${config.file}`);
          return config.corrections;
        }
      } catch (error) {
        if (error instanceof ConfigError) this.options.log.error(`dossier.yaml is invalid, corrections ignored:\n${error.message}`);
        else this.options.log.error(`cannot read dossier.yaml: ${error}`);
      }
    }
    return noCorrections();
  }

  private displayPath(path: string): string {
    const folder = this.folders.find((f) => isInside(f, path));
    return (folder ? relative(folder, path) : path).split(sep).join('/');
  }

  /** Tells the client the index is ready (or that the corpus is empty). */
  private announce(): void {
    const index = this.served.current;
    if (!index) return;
    this.status({ state: index.fileCount ? 'ready' : 'empty', done: index.fileCount, total: index.fileCount });
  }

  private summary(): string {
    const index = this.served.current;
    return index ? `${index.entities.length} entities, ${index.articleCount} articles, ${index.mentionCount} mentions` : 'no index';
  }

  private status(partial: Pick<StatusParams, 'state' | 'done' | 'total' | 'phase'>): void {
    const index = this.served.current;
    this.lastStatus = {
      ...partial,
      entities: index?.entities.length ?? 0,
      articles: index?.articleCount ?? 0,
      files: index?.fileCount ?? 0,
    };
    this.options.onStatus(this.lastStatus);
  }

  private fail(error: unknown): void {
    this.preview.drop();
    this.options.log.error(`indexing failed: ${(error as Error).stack ?? error}`);
    this.lastStatus = { state: 'error', done: 0, total: 0, entities: 0, articles: 0, files: 0, message: String((error as Error).message ?? error) };
    this.options.onStatus(this.lastStatus);
  }
}
