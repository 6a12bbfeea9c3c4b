import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { deserializeIndex, isStoreError, type CorpusIndex } from '@dossier/corpus';
import { describeConnection, resolveConnectionString } from '../connection.js';
import { openPgStore, type PgStore } from '../pgStore.js';
import { fetchIndexUpdate, type IndexUpdate } from './fetchUpdate.js';
import { listenForMerges, type MergeListener } from './mergeListener.js';
import { ReadCache } from './readCache.js';

/** connected: the index is the database's latest; unreachable: the last copy, retrying; misconfigured: no retry helps. */
export type ReaderState = 'connecting' | 'connected' | 'unreachable' | 'misconfigured';

export interface ReaderStatus {
  state: ReaderState;
  /** Where the index comes from, for messages (never a password). */
  location: string;
  /** What went wrong, when something did. */
  problem: string | null;
  /** Version of the index being served (0: none yet), and whether it came from the local copy. */
  version: number;
  fromCache: boolean;
}

export interface TeamIndexReaderOptions {
  /** A PostgreSQL URL or the name of an environment variable holding one. */
  connection: string;
  /** Where readers keep their copies: each database gets a folder of its own in it. */
  cacheDir: string;
  /** Display paths resolve against this folder (the workspace); files not there are opened from the copy. */
  baseDir: string;
  onIndex: (index: CorpusIndex, status: ReaderStatus) => void;
  onStatus: (status: ReaderStatus) => void;
  applicationName?: string;
  /** Waits before reconnecting: doubles from `first` up to `max` (default 1 s to 30 s). */
  retryMs?: { first: number; max: number };
  env?: NodeJS.ProcessEnv;
}

/**
 * A language server's view of the shared index: it answers from a local copy (the last snapshot
 * and the texts of its files), loaded at start, so that it works at once and while the database
 * is unreachable; it LISTENs for merges and fetches each new index as it is made; when the
 * connection is lost it says so and reconnects, waiting longer each time.
 */
export class TeamIndexReader {
  private readonly cache: ReadCache;
  private store: PgStore | null = null;
  private listener: MergeListener | null = null;
  private url: string | null = null;
  private status: ReaderStatus;
  private readonly textPaths = new Map<string, string>();
  private retryTimer: NodeJS.Timeout | null = null;
  private retryMs: number;
  private syncing: Promise<void> | null = null;
  private syncAgain = false;
  private closed = false;

  constructor(private readonly options: TeamIndexReaderOptions) {
    this.retryMs = options.retryMs?.first ?? 1_000;
    let location = 'postgresql://(not configured)';
    let problem: string | null = null;
    try {
      this.url = resolveConnectionString(options.connection, options.env ?? process.env);
      location = describeConnection(this.url);
    } catch (error) {
      problem = (error as Error).message;
    }
    // One copy per database (user, host, port, database: a new password keeps the copy).
    this.cache = new ReadCache(join(options.cacheDir, createHash('sha1').update(location).digest('hex').slice(0, 16)));
    this.status = { state: problem ? 'misconfigured' : 'connecting', location, problem, version: 0, fromCache: false };
  }

  get current(): ReaderStatus {
    return { ...this.status };
  }

  /** Serves the local copy if there is one, then connects in the background. */
  async start(): Promise<void> {
    const snapshot = this.url ? await this.cache.loadSnapshot() : null;
    if (snapshot) {
      try {
        const { index, meta } = deserializeIndex(snapshot);
        const m = meta as { version: number; hashes: string[] };
        this.publish(index, m.version, m.hashes, true);
      } catch {
        // A copy made by another version of Dossier, or damaged: the database gives a new one.
      }
    }
    this.options.onStatus(this.current);
    if (this.url) void this.connect();
  }

  /** The local copy of the text a file of the index was analysed from (for snippets). */
  textPath(indexPath: string): string | null {
    return this.textPaths.get(indexPath) ?? null;
  }

  /** Whether a path is one of the copies this reader keeps (a file opened from the index). */
  isCopy(path: string): boolean {
    return path.startsWith(resolve(this.cache.dir) + sep);
  }

  /** Now, not at the next notification or retry: fetches a newer index, or reconnects. */
  async refresh(): Promise<void> {
    if (this.closed || !this.url) return;
    if (this.store) return this.requestSync();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    return this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.disconnect();
  }

  private async connect(): Promise<void> {
    if (this.closed || !this.url) return;
    const name = this.options.applicationName ?? 'dossier reader';
    try {
      this.store = await openPgStore(this.url, { applicationName: name, write: false });
      this.listener = await listenForMerges(this.url, this.status.location, `${name} (listen)`, () => void this.requestSync(), (error) => void this.lose(error));
      if (this.closed) return void (await this.disconnect());
      this.retryMs = this.options.retryMs?.first ?? 1_000;
      this.setStatus({ state: 'connected', problem: null });
      await this.requestSync();
    } catch (error) {
      await this.lose(error);
    }
  }

  private async lose(error: unknown): Promise<void> {
    await this.disconnect();
    if (this.closed) return;
    const incompatible = isStoreError(error) && (error.kind === 'incompatible' || error.kind === 'config');
    this.setStatus({ state: incompatible ? 'misconfigured' : 'unreachable', problem: (error as Error).message ?? String(error) });
    if (incompatible) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, this.options.retryMs?.max ?? 30_000);
  }

  private async disconnect(): Promise<void> {
    const [store, listener] = [this.store, this.listener];
    this.store = null;
    this.listener = null;
    await listener?.close().catch(() => undefined);
    await store?.close().catch(() => undefined);
  }

  /** One fetch at a time; a merge announced during a fetch is fetched right after it. */
  private requestSync(): Promise<void> {
    if (this.syncing) {
      this.syncAgain = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      do {
        this.syncAgain = false;
        await this.sync();
      } while (this.syncAgain && this.store);
    })().finally(() => (this.syncing = null));
    return this.syncing;
  }

  private async sync(): Promise<void> {
    const store = this.store;
    if (!store) return;
    let update: IndexUpdate | null;
    try {
      update = await fetchIndexUpdate(store, this.status.version, (hash, path) => this.cache.hasText(hash, path));
    } catch (error) {
      return this.lose(error);
    }
    if (this.closed) return;
    try {
      await this.apply(update);
    } catch (error) {
      // A damaged index (or a full disk): said, and the copy being served stays.
      this.setStatus({ problem: `cannot use the shared index: ${(error as Error).message}` });
    }
  }

  private async apply(update: IndexUpdate | null): Promise<void> {
    if (!update) {
      if (this.status.version === 0) this.setStatus({ problem: `${this.status.location} holds no merged index yet: run "dossier index <folders> --db ..." with the indexer role` });
      // Else nothing is newer: the copy being served is the latest.
      else if (this.status.fromCache) this.setStatus({ fromCache: false });
      return;
    }
    await this.saveCopy(update);
    this.publish(update.index, update.version, update.hashes, false);
    await this.cache.prune(new Set(update.hashes)).catch(() => undefined);
  }

  private async saveCopy(update: IndexUpdate): Promise<void> {
    for (const [i, file] of update.index.files.entries()) {
      const body = update.texts.get(update.hashes[i]!);
      if (body && !this.cache.hasText(update.hashes[i]!, file.displayPath)) await this.cache.saveText(update.hashes[i]!, file.displayPath, body);
    }
    await this.cache.saveSnapshot(update.snapshot);
  }

  /**
   * Points each file at the workspace's own copy when it has one (go to source opens the real
   * file), else at the reader's copy; snippets always read the reader's copy, the text indexed.
   */
  private publish(index: CorpusIndex, version: number, hashes: readonly string[], fromCache: boolean): void {
    this.textPaths.clear();
    index.files.forEach((file, i) => {
      const copy = this.cache.textPath(hashes[i]!, file.displayPath);
      const local = resolve(this.options.baseDir, file.displayPath);
      file.path = existsSync(local) ? local : copy;
      this.textPaths.set(file.path, copy);
    });
    this.status = { ...this.status, version, fromCache, ...(this.status.state === 'connected' ? { problem: null } : {}) };
    this.options.onIndex(index, this.current);
  }

  private setStatus(change: Partial<Pick<ReaderStatus, 'state' | 'problem' | 'fromCache'>>): void {
    this.status = { ...this.status, ...change };
    this.options.onStatus(this.current);
  }
}
