import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { analysisRulesKey, openSnapshot, readAnalysisFile, snapshotParts, SnapshotError, type ByteMarks, type CorpusIndex, type FileAnalysis } from '@dossier/corpus/query';
import type { Logger } from '../logger.js';
import type { SnapshotTarget } from './indexMerger.js';
import { entryBytes, entryOf, ENTRY_SCHEMA, type CacheEntry } from './cacheEntry.js';
import { corpusCacheFolder } from './cacheLocation.js';
import { deliver, type AnalyzeOptions, type FileAnalyzer } from './fileAnalyzer.js';

export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * The files' stamps as a snapshot's header keeps them: the paths as one string (a path holds no
 * NUL), sizes and times as columns. Read back as 36,035 objects of three fields, they were a fifth
 * of a warm start's reading of the snapshot at 100,000 articles.
 */
export interface StampColumns {
  paths: string;
  sizes: Float64Array;
  mtimes: Float64Array;
}

function stampColumns(stamps: readonly FileStamp[]): StampColumns {
  return { paths: stamps.map((s) => s.path).join('\0'), sizes: Float64Array.from(stamps, (s) => s.size), mtimes: Float64Array.from(stamps, (s) => s.mtimeMs) };
}

/** Whether a header's stamps are columns (not a snapshot of another version): checked before the index is served. */
function isStampColumns(value: unknown): value is StampColumns {
  const columns = value as Partial<StampColumns> | null;
  return typeof columns?.paths === 'string' && columns.sizes instanceof Float64Array && columns.mtimes instanceof Float64Array && columns.sizes.length === columns.mtimes.length;
}

/**
 * The paths of a header's stamp columns, in the columns' order, or null when they do not add up.
 * Split when the check of the corpus behind a warm start asks for them, once the index answers
 * (stamps made as 36,035 objects with the index at 100,000 articles were 25 ms before the first card).
 */
export function stampPaths(columns: StampColumns): string[] | null {
  const paths = columns.sizes.length === 0 ? [] : columns.paths.split('\0');
  return paths.length === columns.sizes.length ? paths : null;
}

/**
 * The persistent index cache: under a root, one folder per corpus (named by the real paths of its
 * folders, see cacheLocation.ts) with one entry per corpus file (keyed by path, checked by size,
 * mtime and content hash) and one snapshot of the whole merged index for warm starts. Anything
 * unreadable, foreign or stale is rebuilt with a warning, never trusted.
 */
export class IndexCache {
  private closed = false;
  private folder: string | null = null;
  /**
   * The entries' folders made so far: each is made once, not before every entry is written (a
   * recursive mkdir per entry was 36,035 calls at 100,000 articles from the indexing process's main
   * thread, which also receives and merges the analyses).
   */
  private readonly madeFolders = new Set<string>();

  constructor(
    readonly root: string,
    private readonly log: Logger,
  ) {}

  /** The cache of the corpus whose folder another process's cache chose (useCorpus): for the indexing process. */
  static inFolder(folder: string, log: Logger): IndexCache {
    const cache = new IndexCache(dirname(folder), log);
    cache.folder = folder;
    return cache;
  }

  /** Chooses the folder of the corpus in these folders (made, and other corpora's stale folders removed, as needed). */
  async useCorpus(corpusRoots: readonly string[]): Promise<void> {
    try {
      this.folder = await corpusCacheFolder(this.root, corpusRoots, this.log, !this.closed);
    } catch (error) {
      // A read-only or full disk: indexing goes on, and each write says why it failed.
      this.log.warn(`cannot prepare the index cache under ${this.root}: ${error}`);
      this.folder = await corpusCacheFolder(this.root, corpusRoots, this.log, false);
    }
  }

  /** The current corpus's cache folder. */
  get dir(): string {
    if (!this.folder) throw new Error('the index cache has no corpus yet (useCorpus)');
    return this.folder;
  }

  /** Wraps an analyzer: unchanged files come from the cache, the rest are analysed and stored. */
  analyzer(inner: FileAnalyzer): FileAnalyzer {
    return {
      analyze: (paths, options) => this.analyzeWithCache(paths, options, inner),
      dispose: () => inner.dispose?.(),
    };
  }

  /** The saved index (its mentions read from the snapshot file when first needed) and the files' stamps it was made from (stampPaths). */
  async loadSnapshot(configKey: string): Promise<{ index: CorpusIndex; stamps: StampColumns } | null> {
    try {
      await access(this.snapshotPath());
    } catch {
      return null; // no snapshot yet: a cold start
    }
    try {
      const { index, meta } = openSnapshot(this.snapshotPath());
      const m = meta as { configKey?: string; stamps?: unknown } | null;
      const stamps = m?.configKey === configKey && isStampColumns(m.stamps) ? m.stamps : null;
      if (!stamps) {
        this.log.info('index snapshot was made with other settings; rebuilding');
        return null;
      }
      return { index, stamps };
    } catch (error) {
      this.log.warn(`index snapshot ignored and rebuilt: ${error instanceof SnapshotError ? error.message : String(error)}`);
      return null;
    }
  }

  /** With `maxFileBytes` (as indexing read the files), the cards' sentences are read and kept ready in the snapshot. */
  async saveSnapshot(index: CorpusIndex, configKey: string, stamps: FileStamp[], maxFileBytes?: number): Promise<void> {
    const target = this.snapshotTarget(configKey, stamps, maxFileBytes);
    await this.write(target.path, snapshotParts(index, target.meta, maxFileBytes === undefined ? undefined : (path) => readAnalysisFile(path, maxFileBytes)));
  }

  /** Where the snapshot goes and what its header says, for a writer on another thread (mergeWorker.ts). */
  snapshotTarget(configKey: string, stamps: FileStamp[], maxFileBytes?: number): SnapshotTarget {
    return { path: this.snapshotPath(), meta: { configKey, stamps: stampColumns(stamps) }, ...(maxFileBytes === undefined ? {} : { maxFileBytes }) };
  }

  /**
   * Where a cold index's preview goes (coldPreview.ts): a file apart, which a warm start never
   * opens, without the cards' ready sentences (its cards read them from the files).
   */
  previewTarget(): SnapshotTarget {
    return { path: join(this.dir, 'preview.v8'), meta: { preview: true } };
  }

  /**
   * The preview index written to previewTarget(), its file removed once opened (the index reads it through
   * the descriptor it keeps), so that none is left behind; null, with a warning, when unreadable.
   */
  async takePreview(): Promise<CorpusIndex | null> {
    const { path } = this.previewTarget();
    try {
      return openSnapshot(path).index;
    } catch (error) {
      this.log.warn(`the preview index is skipped: ${error instanceof SnapshotError ? error.message : String(error)}`);
      return null;
    } finally {
      await rm(path, { force: true }).catch(() => undefined);
    }
  }

  /** Whether the cache still writes: not once the server is shutting down (close). */
  get writable(): boolean {
    return !this.closed;
  }

  /**
   * Unchanged files from the cache, the others analysed by `inner`; each new analysis is stored as
   * it comes and handed on (see AnalyzeOptions.onResult), none waits for the others.
   */
  private async analyzeWithCache(paths: readonly string[], options: AnalyzeOptions, inner: FileAnalyzer): Promise<Map<string, FileAnalysis | null>> {
    const rules = analysisRulesKey(options.corrections);
    const out = new Map<string, FileAnalysis | null>();
    const misses: string[] = [];
    let done = 0;
    // A cold start's cache holds no entries: its 36,035 lookups at 100,000 articles would each find
    // nothing, one after the other, before the first file went to the analyzer.
    const holdsEntries = await this.holdsEntries();
    for (const path of paths) {
      if (options.isCancelled()) return out;
      const cached = holdsEntries ? await this.lookup(path, rules) : null;
      if (cached) {
        deliver(out, options, path, cached);
        options.onProgress(++done);
      } else misses.push(path);
    }
    const stores: Promise<void>[] = [];
    // An analyzer that gives an entry's bytes with its analysis (the worker pool) saves this thread serialising it.
    const onResult = (path: string, analysis: FileAnalysis | null, entry?: Uint8Array, byteMarks?: ByteMarks | null) => {
      if (analysis) stores.push(this.store(analysis, rules, entry).catch((error) => this.log.warn(`cannot write the index cache for ${path}: ${error}`)));
      deliver(out, options, path, analysis, undefined, byteMarks);
    };
    await inner.analyze(misses, { ...options, onProgress: (n) => options.onProgress(done + n), onResult, entryRules: rules });
    await Promise.all(stores);
    return out;
  }

  /** Whether any entry was ever written in this corpus's folder. */
  private async holdsEntries(): Promise<boolean> {
    try {
      await access(this.entriesFolder());
      return true;
    } catch {
      return false;
    }
  }

  private async lookup(path: string, rules: string): Promise<FileAnalysis | null> {
    let entry: CacheEntry;
    try {
      entry = entryOf(await readFile(this.entryPath(path)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.log.warn(`index cache entry for ${path} is unreadable; analysing again`);
      return null;
    }
    if (!entry || entry.schema !== ENTRY_SCHEMA || entry.path !== path || entry.rules !== rules) return null;
    let current;
    try {
      current = await stat(path);
    } catch {
      return null;
    }
    if (current.size !== entry.size) return null;
    if (current.mtimeMs !== entry.mtimeMs) {
      // Touched but maybe not changed (a checkout, a copy): the content decides.
      const hash = createHash('sha1').update(await readFile(path)).digest('hex');
      if (hash !== entry.hash) return null;
      entry.mtimeMs = current.mtimeMs;
      entry.analysis = { ...entry.analysis, mtimeMs: current.mtimeMs };
      await this.write(this.entryPath(path), entryBytes(entry.analysis, rules)).catch(() => undefined);
    }
    return entry.analysis;
  }

  /** `entry`: the entry's bytes when the analyzer made them (see AnalyzeOptions.entryRules). */
  private async store(analysis: FileAnalysis, rules: string, entry?: Uint8Array): Promise<void> {
    await this.write(this.entryPath(analysis.path), entry ?? entryBytes(analysis, rules));
  }

  /**
   * Stops writing: the server is shutting down. An indexing run still finishing must not go on
   * filling the cache folder (the editor may be removing the workspace, as tests do).
   */
  close(): void {
    this.closed = true;
  }

  /** Write to a temporary file and rename: a crash never leaves half an entry behind. */
  private async write(path: string, data: Uint8Array | Buffer[]): Promise<void> {
    if (this.closed) return;
    const folder = dirname(path);
    const made = this.madeFolders.has(folder);
    if (!made) await this.makeFolder(folder);
    if (this.closed) return;
    const temp = `${path}.${process.pid}.tmp`;
    try {
      await writeFile(temp, data);
    } catch (error) {
      // The folder was removed since it was made (its corpus's cache cleared meanwhile): made again.
      if (!made || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await this.makeFolder(folder);
      await writeFile(temp, data);
    }
    await rename(temp, path);
  }

  private async makeFolder(folder: string): Promise<void> {
    await mkdir(folder, { recursive: true });
    this.madeFolders.add(folder);
  }

  private entryPath(path: string): string {
    const id = createHash('sha1').update(path).digest('hex');
    return join(this.entriesFolder(), id.slice(0, 2), `${id}.v8`);
  }

  private entriesFolder(): string {
    return join(this.dir, 'files');
  }

  private snapshotPath(): string {
    return join(this.dir, 'snapshot.v8');
  }
}

/** A .gitignore inside the cache root, so that a workspace's .dossier/cache never gets committed. */
export async function ignoreCacheFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, '.gitignore'), '*\n', { flag: 'wx' });
  } catch {
    // Already there, or not writable: the cache still works.
  }
}
