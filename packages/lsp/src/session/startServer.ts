// The server's life on one connection: the named parts below, wired to the client's messages.
// server.ts only creates the connection; features live in features/, and know nothing of it.
import { join } from 'node:path';
import { SnapshotError } from '@dossier/corpus/query';
import type { Connection, DidChangeConfigurationParams, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { TextDocuments } from '../vscodeLanguageServer.js';
import type { CorpusAccess } from '../corpusAccess.js';
import type { CorrectionsAccess } from '../correctionsAccess.js';
import type { FileAnalyzer } from '../indexing/fileAnalyzer.js';
import { removeLegacyCache } from '../indexing/cacheLocation.js';
import { IndexCache, ignoreCacheFolder } from '../indexing/indexCache.js';
import { WorkerMerge, type IndexMerger } from '../indexing/indexMerger.js';
import type { PreviewBound } from '../indexing/coldPreview.js';
import { processIndexer, type ColdIndexer } from '../indexing/processIndexer.js';
import { WorkerAnalyzer } from '../indexing/workerAnalyzer.js';
import { createLanguageService, type LanguageService } from '../languageService.js';
import type { Logger } from '../logger.js';
import type { StatusParams } from '../protocol.js';
import { applyCorrections } from '../workspace/applyCorrections.js';
import type { CorpusSource } from '../workspace/corpusSource.js';
import { CorpusWorkspace } from '../workspace/corpusWorkspace.js';
import { documentsReportingEdits } from '../workspace/documentEdits.js';
import { TeamWorkspace } from '../workspace/teamWorkspace.js';
import { WorkspaceNotes } from '../workspace/workspaceNotes.js';
import { DEFAULT_SETTINGS, type DossierSettings } from '../workspace/settings.js';
import { ClientDescription } from './clientDescription.js';
import { connectionLogger, sendQuietly } from './connectionLogger.js';
import { CorpusWatcher } from './corpusWatcher.js';
import { DiagnosticsPublisher } from './diagnosticsPublisher.js';
import { DocumentVersions } from './documentVersions.js';
import { IndexingProgress } from './indexingProgress.js';
import { registerRequests, SERVER_CAPABILITIES } from './requests.js';
import { RequestGuard } from './requestGuard.js';
import { RequestLull } from './requestLull.js';
import { WorkspaceSync } from './workspaceSync.js';

export interface ServerOptions {
  /** Analyses large batches of files (default: a pool of worker threads, one per core). */
  analyzer?: () => FileAnalyzer;
  /** Merges a large cold index (default: on a worker thread, WorkerMerge). */
  merger?: IndexMerger;
  /** Runs a large cold index in a process of its own (default: processIndexer(), coldIndexProcess.ts). */
  coldIndexer?: ColdIndexer;
  /** When a large cold index serves a preview of the files analysed so far (default PREVIEW_BOUND; null: never). */
  preview?: PreviewBound | null;
}

/** Runs the Dossier language server on a connection (stdio, IPC, or in-memory streams in tests). */
export function startServer(connection: Connection, options: ServerOptions = {}): DossierServer {
  const server = new DossierServer(connection, options);
  server.listen();
  return server;
}

/** What exists once the client has said who it is (initialize): one record, not loose variables. */
interface WorkspaceState {
  client: ClientDescription;
  /**
   * The local index of the corpus folders (CorpusWorkspace), or the team's shared index
   * (TeamWorkspace) when dossier.index.database is set; replaced when that setting changes.
   */
  workspace: CorpusSource;
  watcher: CorpusWatcher;
  sync: WorkspaceSync;
}

/** The server's state: the parts that live as long as the connection, and the workspace's once initialized. */
export class DossierServer {
  readonly log: Logger;
  // Each change reaches the note analyses as offsets, so that a keystroke re-matches only what it touched.
  private readonly documents = new TextDocuments(
    documentsReportingEdits((uri, version, edits) => {
      this.service.analyses.edited(uri, version, edits);
      this.service.graph.edited(uri);
      this.service.diagnostics.edited(uri, edits);
    }),
  );
  private readonly guard: RequestGuard;
  /** Holds background work back while requests come (RequestLull). */
  private readonly lull = new RequestLull();
  private readonly service: LanguageService;
  private readonly diagnostics: DiagnosticsPublisher;
  private readonly versions: DocumentVersions;
  private readonly progress: IndexingProgress;
  private state: WorkspaceState | null = null;
  private disposed = false;

  constructor(
    private readonly connection: Connection,
    private readonly options: ServerOptions = {},
  ) {
    this.log = connectionLogger(connection);
    const lull = this.lull;
    const failed = (error: unknown) => this.failed(error);
    this.guard = new RequestGuard(this.log, () => lull.requestArrived(), process.env.DOSSIER_TRACE_REQUESTS === '1', failed);
    this.versions = new DocumentVersions(this.log);
    this.progress = new IndexingProgress(connection, this.log);
    const notes = new WorkspaceNotes(
      () => this.state?.workspace.workspaceFolders() ?? [],
      () => this.state?.workspace.corpusRoots() ?? [],
      () => this.documents.all(),
    );
    this.service = createLanguageService(
      this.corpusAccess(),
      notes,
      this.correctionsAccess(),
      this.log,
      { hoverFormat: () => this.state?.client.hoverFormat ?? 'markdown' },
      () => lull.turn(),
    );
    this.diagnostics = new DiagnosticsPublisher(connection, this.documents, this.service.diagnostics, this.log, failed);
  }

  /**
   * A request or background work (a note's diagnostics, the notes graph) threw, and said so in the
   * log. A part of the saved index read when first needed and found broken there (a SnapshotError:
   * the name trie a note's first scan walks) has the corpus indexed again, whichever found it first.
   */
  private failed(error: unknown): void {
    if (error instanceof SnapshotError) this.state?.workspace.indexFoundBroken(error);
  }

  listen(): void {
    const connection = this.connection;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.initialized());
    connection.onDidChangeWatchedFiles(({ changes }) => this.state?.watcher.handle(changes));
    connection.onDidChangeConfiguration((change) => this.configurationChanged(change));
    this.followDocuments();
    registerRequests(connection, this.documents, this.service, this.guard, {
      reindex: () => this.reindex(),
      applyCorrections: (args) => this.applyCorrections(args),
    });
    connection.onShutdown(() => this.dispose());
    this.documents.listen(connection);
    connection.listen();
  }

  /** Stops watching, timers and indexing (the shutdown request; tests that run the server in-process). */
  dispose(): void {
    this.disposed = true;
    this.guard.shutDown();
    this.state?.watcher.dispose();
    this.diagnostics.dispose();
    this.state?.workspace.dispose();
    this.service.dispose();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const client = new ClientDescription(params);
    const workspace = this.createWorkspace(client, client.folders, client.initialSettings);
    const current = () => this.state!.workspace;
    const lull = this.lull;
    const watcher = new CorpusWatcher(this.connection, this.log, current, client, () => this.indexChanged(), () => lull.turn());
    const sync = new WorkspaceSync(this.connection, this.log, current, client, (settings) => this.useSettings(settings));
    this.state = { client, workspace, watcher, sync };
    this.log.info(`Dossier language server for ${client.folders.join(', ')}; ${describeSource(client.initialSettings)}`);
    return { capabilities: SERVER_CAPABILITIES, serverInfo: { name: 'dossier-lsp', version: '0.1.0' } };
  }

  /** The team's shared index when dossier.index.database is set, else the corpus folders indexed here. */
  private createWorkspace(client: ClientDescription, folders: readonly string[], settings: DossierSettings): CorpusSource {
    if (client.cacheInWorkspace) void ignoreCacheFolder(client.cacheRoot);
    if (client.legacyCacheFolder) void removeLegacyCache(client.legacyCacheFolder, this.log);
    const onStatus = (status: StatusParams) => this.progress.report(status);
    // The copies of shared indexes live beside the local index caches (team/ in the same root).
    if (settings.index.database) return new TeamWorkspace({ folders, settings, log: this.log, onStatus, cacheDir: join(client.cacheRoot, 'team') });
    const cache = client.cacheEnabled ? new IndexCache(client.cacheRoot, this.log) : undefined;
    return new CorpusWorkspace({
      folders,
      settings,
      log: this.log,
      onStatus,
      analyzer: this.options.analyzer?.() ?? new WorkerAnalyzer(),
      merger: this.options.merger ?? ((corrections) => new WorkerMerge(corrections)),
      coldIndexer: this.options.coldIndexer ?? processIndexer(),
      ...(this.options.preview !== undefined ? { preview: this.options.preview } : {}),
      waitForTurn: () => this.lull.turn(),
      ...(cache ? { cache } : {}),
    });
  }

  private async initialized(): Promise<void> {
    if (!this.state) return;
    const { watcher, sync } = this.state;
    try {
      sync.followFolders();
      await sync.pullSettings();
    } catch (error) {
      // Whatever the client refused, the corpus is still indexed: requests wait for the index.
      this.log.error(`initialization step failed: ${(error as Error).stack ?? error}`);
    }
    const workspace = this.state.workspace; // the pulled settings may have chosen another source
    // Index in the background: requests that come first wait for it (or are cancelled).
    const indexed = workspace.reindexAll();
    void indexed.then(() => this.indexChanged());
    // Watching the folders ourselves lists the whole corpus tree (in the background, a folder at a
    // time): it starts once the index answers and the requests that waited for it have gone. (Or
    // once indexing gave up.)
    const answering = Promise.race([workspace.ready(), indexed]).then(() => new Promise((resolve) => setImmediate(resolve)));
    await watcher.watch(answering).catch((error) => this.log.error(`cannot watch the corpus: ${(error as Error).stack ?? error}`));
  }

  private async configurationChanged(change: DidChangeConfigurationParams): Promise<void> {
    if (!this.state) return;
    const replaced = await this.state.sync.settingsChanged(change);
    if (replaced) void this.reindex();
    await this.state.watcher.watch();
    this.indexChanged();
  }

  /**
   * New settings for the corpus source, or a new source when dossier.index.database was set,
   * changed or cleared (the shared index instead of local indexing, or back); true when replaced.
   */
  private useSettings(settings: DossierSettings): boolean {
    const state = this.state!;
    if (sourceFits(state.workspace, settings)) {
      state.workspace.updateSettings(settings);
      return false;
    }
    const folders = state.workspace.workspaceFolders();
    state.workspace.dispose();
    state.workspace = this.createWorkspace(state.client, folders, settings);
    this.log.info(settings.index.database ? 'dossier.index.database set: answering from the shared index' : 'dossier.index.database cleared: indexing the corpus folders here');
    return true;
  }

  private async reindex(): Promise<void> {
    await this.state?.workspace.reindexAll();
    this.indexChanged();
  }

  private async applyCorrections(args: unknown): Promise<void> {
    if (!this.state) throw new Error('no workspace yet');
    if (!(this.state.workspace instanceof CorpusWorkspace)) throw new Error('with a shared index (dossier.index.database) corrections are kept in its database: record them with "dossier judge" or "dossier corrections import"');
    await applyCorrections(this.state.workspace, args);
    this.indexChanged();
  }

  /**
   * The index changed: diagnostics again for every open note, the notes' graph read again in the
   * background (before the next hover needs it), semantic tokens and code lenses refreshed.
   */
  private indexChanged(): void {
    if (this.disposed) return; // an indexing run that ended after shutdown
    this.diagnostics.refreshAll();
    const index = this.state?.workspace.index;
    if (index) {
      void this.service.graph.refresh(index).catch((error) => {
        this.log.warn(`cannot read the notes: ${error}`);
        this.failed(error);
      });
    }
    sendQuietly(() => this.connection.sendRequest('workspace/semanticTokens/refresh'));
    sendQuietly(() => this.connection.sendRequest('workspace/codeLens/refresh'));
  }

  private followDocuments(): void {
    this.documents.onDidOpen(({ document }) => {
      this.versions.opened(document.uri, document.version);
      this.diagnostics.schedule(document, 0);
    });
    this.documents.onDidChangeContent(({ document }) => {
      if (!this.versions.changed(document.uri, document.version)) return;
      // The note analyses follow the change itself (documentsReportingEdits), in the order received.
      this.diagnostics.edited(document);
    });
    this.documents.onDidClose(({ document }) => {
      this.versions.closed(document.uri);
      this.service.analyses.forget(document.uri);
      this.service.semanticTokens.forget(document.uri);
      this.service.diagnostics.forget(document.uri);
      this.diagnostics.clear(document.uri);
    });
  }

  private correctionsAccess(): CorrectionsAccess {
    return {
      file: async () => (this.state?.workspace instanceof CorpusWorkspace ? this.state.workspace.correctionsFile() : { file: join(process.cwd(), 'dossier.yaml'), text: '', exists: false }),
      canCreateFiles: () => this.state?.client.canCreateFiles ?? false,
      editable: () => this.state?.workspace instanceof CorpusWorkspace,
    };
  }

  private corpusAccess(): CorpusAccess {
    return {
      current: () => this.state?.workspace.index ?? null,
      ready: (token) => (!this.state ? Promise.resolve(null) : token ? this.state.workspace.readyUnless(token) : this.state.workspace.ready()),
      indexing: () => this.state?.workspace.indexingProgress() ?? null,
      preview: () => this.state?.workspace.indexPreview() ?? null,
      textOf: (path) => this.state?.workspace.textOf(path) ?? null,
      scanTextOf: (path) => this.state?.workspace.scanTextOf(path) ?? null,
      spanOf: (file, span, sentence) => this.state?.workspace.spanOf(file, span, sentence) ?? null,
      isLinkable: (path) => this.state?.workspace.isLinkable(path) ?? false,
      settings: () => this.state?.workspace.currentSettings() ?? DEFAULT_SETTINGS,
    };
  }
}

/** Whether a source still fits the settings: a change of dossier.index.database needs another. */
function sourceFits(source: CorpusSource, settings: DossierSettings): boolean {
  return source instanceof TeamWorkspace ? source.database === settings.index.database : settings.index.database === '';
}

/** The log's first line: where the index comes from. */
function describeSource(settings: DossierSettings): string {
  return settings.index.database ? 'the shared index of dossier.index.database' : `corpus folders ${settings.corpus.paths.join(', ')}`;
}
