import { FileTextCache, type CorpusIndex, type IndexedFile, type Span } from '@dossier/corpus/query';
import type { ReaderStatus, TeamIndexReader } from '@dossier/store-pg';
import type { Logger } from '../logger.js';
import type { StatusParams } from '../protocol.js';
import type { CorpusSource } from './corpusSource.js';
import { ServedIndex, type WaitCancellation } from './servedIndex.js';
import { isInside } from './paths.js';
import type { DossierSettings } from './settings.js';

export interface TeamWorkspaceOptions {
  folders: readonly string[];
  settings: DossierSettings;
  log: Logger;
  onStatus: (status: StatusParams) => void;
  /** Where the copies of shared indexes are kept (the server's storage folder). */
  cacheDir: string;
  /** Waits before reconnecting (default 1 s, doubling up to 30 s). */
  retryMs?: { first: number; max: number };
}

/**
 * The team's shared index as the server's corpus (dossier.index.database is set): nothing is
 * indexed here. A TeamIndexReader keeps a local copy of the index and of its files' texts,
 * follows the database's merges, and goes on serving the copy while the database is
 * unreachable, which the status bar and the log say.
 */
export class TeamWorkspace implements CorpusSource {
  private readonly served = new ServedIndex();
  private folders: string[];
  private settings: DossierSettings;
  /** Made by the first reindexAll(): the database client is loaded only by servers that use one. */
  private reader: TeamIndexReader | null = null;
  private started = false;
  private disposed = false;
  private lastLogged = '';
  /** The index last reported broken (indexFoundBroken). */
  private brokenIndex: CorpusIndex | null = null;
  // Snippets read the copy of the text that was indexed, no further than indexing did.
  private readonly texts = new FileTextCache(undefined, () => this.settings.corpus.maxFileBytes);

  constructor(private readonly options: TeamWorkspaceOptions) {
    this.folders = [...options.folders];
    this.settings = options.settings;
  }

  /** The connection setting this workspace reads (a URL or a variable name). */
  get database(): string {
    return this.settings.index.database;
  }

  get index(): CorpusIndex | null {
    return this.served.current;
  }

  ready(): Promise<CorpusIndex> {
    return this.served.ready();
  }

  readyUnless(cancellation: WaitCancellation): Promise<CorpusIndex | null> {
    return this.served.readyUnless(cancellation);
  }

  /** A shared index is made by the team's indexers, never here: nothing to report while waiting for it. */
  indexPreview(): null {
    return null;
  }

  indexingProgress(): null {
    return null;
  }

  textOf(path: string): string | null {
    const copy = this.reader?.textPath(path);
    return copy ? this.texts.get(copy) : null;
  }

  scanTextOf(path: string): string | null {
    const copy = this.reader?.textPath(path);
    return copy ? this.texts.peek(copy) : null;
  }

  /** Sliced from the copy's whole text: a shared index's snapshot keeps no byte marks. */
  spanOf(file: IndexedFile, span: Span): string | null {
    const text = this.textOf(file.path);
    return text === null || span.end > text.length ? null : text.slice(span.start, span.end);
  }

  isLinkable(path: string): boolean {
    return (this.reader?.isCopy(path) ?? false) || this.folders.some((f) => isInside(f, path));
  }

  isCorpusFile(): boolean {
    return false;
  }

  corpusRoots(): string[] {
    return [];
  }

  workspaceFolders(): readonly string[] {
    return this.folders;
  }

  currentSettings(): DossierSettings {
    return this.settings;
  }

  updateSettings(settings: DossierSettings): void {
    this.settings = settings;
  }

  /** Paths of the index resolve against the first folder: another first folder means another view. */
  updateFolders(folders: readonly string[]): void {
    const moved = folders[0] !== this.folders[0];
    this.folders = [...folders];
    if (!moved || !this.reader) return;
    void this.reader.close();
    void this.startReader();
  }

  /** The first call starts the reader (its copy at once, then the database); later ones fetch now. */
  async reindexAll(): Promise<void> {
    if (this.started) return this.reader?.refresh();
    this.started = true;
    await this.startReader();
  }

  /** Fetching the shared index again would read the same bytes: it is reported, once per index, until a merge replaces it. */
  indexFoundBroken(error: Error): void {
    if (!this.served.current || this.brokenIndex === this.served.current) return;
    this.brokenIndex = this.served.current;
    this.options.log.error(`the shared index is broken (${error.message}): its cards fail until the next merge replaces it`);
  }

  async applyChanges(): Promise<void> {
    // The indexers follow the corpus; changes arrive as merges.
  }

  async configChanged(): Promise<void> {
    this.options.log.info('dossier.yaml is not read with a shared index: its corrections live in the database (dossier corrections import)');
  }

  dispose(): void {
    this.disposed = true;
    void this.reader?.close();
  }

  private async startReader(): Promise<void> {
    const { TeamIndexReader } = await import('@dossier/store-pg');
    if (this.disposed) return;
    // A reader replaced (the first folder changed) may still report: only the current one is heard.
    const reader: TeamIndexReader = new TeamIndexReader({
      connection: this.settings.index.database,
      cacheDir: this.options.cacheDir,
      baseDir: this.folders[0] ?? process.cwd(),
      applicationName: 'dossier-lsp',
      ...(this.options.retryMs ? { retryMs: this.options.retryMs } : {}),
      onIndex: (index, status) => {
        if (reader === this.reader) this.publish(index, status);
      },
      onStatus: (status) => {
        if (reader === this.reader) this.report(status);
      },
    });
    this.reader = reader;
    await reader.start();
  }

  private publish(index: CorpusIndex, status: ReaderStatus): void {
    // Texts are cached by the path of their copy, which names the content: nothing to forget.
    this.served.serve(index);
    this.report(status);
  }

  private report(status: ReaderStatus): void {
    this.logChange(status);
    this.options.onStatus(teamStatus(this.served.current, status));
  }

  /** Each change of state or problem once, not every retry. */
  private logChange(status: ReaderStatus): void {
    const key = `${status.state}\u0000${status.problem}\u0000${status.version}`;
    if (key === this.lastLogged) return;
    this.lastLogged = key;
    const copy = status.version ? `the copy of index version ${status.version}` : 'no copy yet';
    if (status.state === 'connected') this.options.log.info(`shared index ${status.location}: version ${status.version}`);
    else if (status.state === 'unreachable') this.options.log.warn(`${status.problem}; answering from ${copy}, and trying again`);
    else if (status.state === 'misconfigured') this.options.log.error(`dossier.index.database: ${status.problem}`);
  }
}

/** What the status bar says of a shared index: its size, or why there is none, and any trouble. */
export function teamStatus(index: CorpusIndex | null, reader: ReaderStatus): StatusParams {
  const size = { entities: index?.entities.length ?? 0, articles: index?.articleCount ?? 0, files: index?.fileCount ?? 0 };
  const from = `Shared index ${reader.location}, version ${reader.version}`;
  if (!index) {
    if (reader.state === 'connecting' || (reader.state === 'connected' && !reader.problem)) return { state: 'indexing', done: 0, total: 0, ...size, message: `Fetching the shared index from ${reader.location}` };
    return { state: 'error', done: 0, total: 0, ...size, message: reader.problem ?? `The shared index at ${reader.location} has no index yet` };
  }
  const ready: StatusParams = { state: index.fileCount ? 'ready' : 'empty', done: size.files, total: size.files, ...size, message: from };
  if (reader.state === 'unreachable' || reader.state === 'misconfigured') {
    ready.warning = `The shared index is unreachable (${reader.problem}). Answering from the copy of version ${reader.version}; trying again.`;
  } else if (reader.problem) ready.warning = `${reader.problem}. Answering from the copy of version ${reader.version}.`;
  return ready;
}
