// The server's life: wires requests to providers, keeps the corpus indexed and the diagnostics
// fresh. server.ts only creates the connection; features live in features/.
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { basename, join } from 'node:path';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { waitForIndex, type CorpusAccess } from '../corpusAccess.js';
import type { CorrectionsAccess } from '../correctionsAccess.js';
import { SEMANTIC_TOKENS_LEGEND } from '../features/semanticTokens.js';
import { IndexCache, ignoreCacheFolder } from '../indexing/indexCache.js';
import { WorkerAnalyzer } from '../indexing/workerAnalyzer.js';
import { createLanguageService } from '../languageService.js';
import type { Logger } from '../logger.js';
import {
  ApplyCorrectionsCommand,
  CitationRequest,
  EntitiesRequest,
  EntityAtRequest,
  EntityDetailsRequest,
  ReindexRequest,
  StatusNotification,
  type EntitiesParams,
  type EntityAtParams,
  type EntityDetailsParams,
  type StatusParams,
} from '../protocol.js';
import { applyCorrections } from '../workspace/applyCorrections.js';
import { CorpusWorkspace, type FileChange } from '../workspace/corpusWorkspace.js';
import { WorkspaceNotes } from '../workspace/diskNotes.js';
import { uriToPath } from '../workspace/paths.js';
import { DEFAULT_SETTINGS, settingsFrom, type DossierSettings } from '../workspace/settings.js';

/** Runs the Dossier language server on a connection (stdio, IPC, or in-memory streams in tests). */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);

  const log: Logger = {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };

  let settings: DossierSettings = DEFAULT_SETTINGS;
  let workspace: CorpusWorkspace | null = null;
  let canWatchFiles = false;
  let canPullConfiguration = false;
  let clientSendsFolderChanges = false;
  let clientCreatesFiles = false;
  let progress: Promise<WorkDoneProgressReporter | null> | null = null;
  let fileWatchers: FSWatcher[] = [];
  /** Set by the shutdown request: after it, requests are refused (InvalidRequest), as the specification says. */
  let shuttingDown = false;
  /** The last version of each open document, to notice changes that arrive out of order. */
  const versions = new Map<string, number>();

  const corpus: CorpusAccess = {
    current: () => workspace?.index ?? null,
    ready: (token) => (workspace ? waitForIndex(workspace.ready(), token) : Promise.resolve(null)),
    textOf: (path) => workspace?.texts.get(path) ?? null,
    isLinkable: (path) => workspace?.isLinkable(path) ?? false,
    settings: () => settings,
  };
  const notes = new WorkspaceNotes(
    () => workspace?.workspaceFolders() ?? [],
    () => workspace?.corpusRoots() ?? [],
    () => documents.all(),
  );
  const corrections: CorrectionsAccess = {
    file: async () => (workspace ? workspace.correctionsFile() : { file: join(process.cwd(), 'dossier.yaml'), text: '', exists: false }),
    canCreateFiles: () => clientCreatesFiles,
  };
  const service = createLanguageService(corpus, notes, corrections, log);

  /**
   * A handler that throws answers with a logged error; it never takes the server down. After the
   * shutdown request every request is refused with InvalidRequest.
   */
  function guard<P extends unknown[], R>(name: string, handler: (...args: P) => Promise<R> | R): (...args: P) => Promise<R> {
    return async (...args: P) => {
      if (shuttingDown) throw new ResponseError(ErrorCodes.InvalidRequest, `${name}: the server is shutting down`);
      try {
        return await handler(...args);
      } catch (error) {
        log.error(`${name} failed: ${(error as Error).stack ?? error}`);
        throw new ResponseError(ErrorCodes.InternalError, `${name} failed: ${(error as Error).message ?? error}`);
      }
    };
  }

  /** Requests on documents the client never opened (or closed) get nothing, not an error. */
  function document(uri: string): TextDocument | undefined {
    return documents.get(uri);
  }

  /**
   * A position clamped into the document: past the end of a line is the end of that line, past the
   * last line the end of the document, negative the start. Providers only ever see positions that
   * exist (completion used to echo a position past the end of a line back in its text edits).
   */
  function clamped(doc: TextDocument, position: Position): Position {
    if (typeof position?.line !== 'number' || typeof position.character !== 'number') throw new TypeError(`not a position: ${JSON.stringify(position)}`);
    return doc.positionAt(doc.offsetAt(position));
  }

  // Fire-and-forget messages to a client that may be gone (or refuse them) must not become unhandled rejections.
  const ignore = (): undefined => undefined;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null);
    if (folders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) folders.push(root);
    }
    if (folders.length === 0) folders.push(process.cwd());
    const options = (params.initializationOptions ?? {}) as Record<string, unknown>;
    settings = settingsFrom(options.settings ?? options);
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    clientSendsFolderChanges = params.capabilities.workspace?.workspaceFolders === true;
    const edits = params.capabilities.workspace?.workspaceEdit;
    clientCreatesFiles = edits?.documentChanges === true && (edits.resourceOperations ?? []).includes('create');
    // The index cache lives in the editor's storage folder when it gives one, else in the workspace.
    const storage = typeof options.storagePath === 'string' && options.storagePath ? join(options.storagePath, 'index') : join(folders[0]!, '.dossier', 'cache');
    if (!options.storagePath) void ignoreCacheFolder(storage);
    const cache = options.cache === false ? undefined : new IndexCache(storage, log);
    workspace = new CorpusWorkspace({ folders, settings, log, onStatus: reportStatus, analyzer: new WorkerAnalyzer(), ...(cache ? { cache } : {}) });
    log.info(`Dossier language server for ${folders.join(', ')}; corpus folders ${settings.corpus.paths.join(', ')}`);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        completionProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [ApplyCorrectionsCommand] },
        documentLinkProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'dossier-lsp', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    try {
      if (clientSendsFolderChanges) followWorkspaceFolders();
      if (canPullConfiguration) await pullSettings();
    } catch (error) {
      // Whatever the client refused, the corpus is still indexed: requests wait for the index.
      log.error(`initialization step failed: ${(error as Error).stack ?? error}`);
    }
    // Index in the background: requests that come first wait for it (or are cancelled).
    const indexed = workspace?.reindexAll() ?? Promise.resolve();
    void indexed.then(refreshAllDiagnostics);
    // Watching the folders ourselves walks the whole corpus tree on this thread (a second or more
    // for 35,000 files): it starts once the index answers and the requests that waited for it have
    // gone, so that it cannot delay the first hover. (Or once indexing gave up.)
    const answering = Promise.race([workspace?.ready(), indexed]).then(() => new Promise((resolve) => setImmediate(resolve)));
    await watchCorpus(answering).catch((error) => log.error(`cannot watch the corpus: ${(error as Error).stack ?? error}`));
  });

  async function pullSettings(): Promise<void> {
    try {
      const raw = await connection.workspace.getConfiguration('dossier');
      settings = settingsFrom(raw, settings);
      workspace?.updateSettings(settings);
    } catch (error) {
      log.warn(`cannot read settings: ${error}`);
    }
  }

  async function watchCorpus(indexed?: Promise<unknown>): Promise<void> {
    for (const w of fileWatchers) w.close();
    fileWatchers = [];
    if (canWatchFiles) {
      try {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{txt,md,markdown,html,htm}' }, { globPattern: '**/{dossier.yaml,dossier.yml,.dossier/entities.yaml}' }],
        });
        return;
      } catch (error) {
        // The client said it could watch files, then refused (this used to stop indexing from ever
        // starting): watch the corpus folders ourselves instead.
        log.warn(`the client refused to watch files (${(error as Error).message}); watching the corpus folders instead`);
      }
    }
    // Clients without file watching (some editors): watch the corpus folders ourselves.
    await indexed;
    for (const w of fileWatchers) w.close(); // a settings change may have set watchers up meanwhile
    fileWatchers = [];
    for (const root of workspace?.corpusRoots() ?? []) {
      if (!existsSync(root)) continue; // a default folder the workspace does not have
      try {
        const watcher = watch(root, { recursive: true }, (_event, name) => {
          // fs.watch says "rename" for a deletion: a path that is gone (or the whole corpus folder) is deleted.
          const path = name && existsSync(root) ? join(root, name) : root;
          void workspace?.applyChanges([{ path, kind: existsSync(path) ? 'changed' : 'deleted' }]).then(refreshAllDiagnostics);
        });
        watcher.on('error', (error) => log.warn(`watching ${root} stopped: ${error.message}`));
        fileWatchers.push(watcher);
      } catch (error) {
        log.warn(`cannot watch ${root}: ${(error as Error).message}`);
      }
    }
  }

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const corpusChanges: FileChange[] = [];
    let configChanged = false;
    for (const change of changes) {
      const path = uriToPath(change.uri);
      if (!path) continue;
      if (/^(dossier\.ya?ml|entities\.yaml)$/.test(basename(path))) configChanged = true;
      else if (workspace?.isCorpusFile(path)) {
        corpusChanges.push({ path, kind: change.type === FileChangeType.Deleted ? 'deleted' : change.type === FileChangeType.Created ? 'created' : 'changed' });
      }
    }
    if (configChanged) void workspace?.configChanged().then(refreshAllDiagnostics);
    else if (corpusChanges.length) void workspace?.applyChanges(corpusChanges).then(refreshAllDiagnostics);
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (canPullConfiguration) await pullSettings();
    else {
      settings = settingsFrom((change.settings as Record<string, unknown> | undefined)?.dossier, settings);
      workspace?.updateSettings(settings);
    }
    await watchCorpus();
    refreshAllDiagnostics();
  });

  /** Follows folders added to or removed from the workspace (registered only when the client sends them). */
  function followWorkspaceFolders(): void {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const current = new Set(workspace?.workspaceFolders() ?? []);
      for (const removed of event.removed) current.delete(uriToPath(removed.uri) ?? '');
      for (const added of event.added) {
        const path = uriToPath(added.uri);
        if (path) current.add(path);
      }
      workspace?.updateFolders([...current]);
    });
  }

  function reportStatus(status: StatusParams): void {
    void connection.sendNotification(StatusNotification, status).catch(ignore);
    // $/progress as work-done progress with a percentage; a client without it gets a silent reporter,
    // and one that refuses the progress token gets none (refusing used to crash the server).
    if (status.state === 'indexing') {
      progress ??= connection.window.createWorkDoneProgress().then(
        (reporter) => {
          reporter.begin('Dossier: indexing corpus', 0, `0/${status.total} files`, false);
          return reporter;
        },
        (error: Error) => {
          log.warn(`no indexing progress: the client refused a progress token (${error.message})`);
          return null;
        },
      );
      const percentage = status.total ? Math.round((100 * status.done) / status.total) : 0;
      void progress.then((reporter) => reporter?.report(percentage, `${status.done}/${status.total} files`));
    } else if (progress) {
      void progress.then((reporter) => reporter?.done());
      progress = null;
    }
  }

  // Diagnostics: computed after edits settle, and again whenever the index changes.
  const pending = new Map<string, NodeJS.Timeout>();
  function scheduleDiagnostics(doc: TextDocument, delay = 300): void {
    clearTimeout(pending.get(doc.uri));
    pending.set(
      doc.uri,
      setTimeout(() => {
        pending.delete(doc.uri);
        const version = doc.version;
        const stale = () => documents.get(doc.uri)?.version !== version;
        service.diagnostics
          .provideDiagnostics(doc, stale)
          .then((diagnostics) => {
            if (!stale()) void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics }).catch(ignore);
          })
          .catch((error) => log.error(`diagnostics failed for ${doc.uri}: ${(error as Error).stack ?? error}`));
      }, delay),
    );
  }

  function refreshAllDiagnostics(): void {
    for (const doc of documents.all()) scheduleDiagnostics(doc, 0);
    // The notes' graph of the new index is read in the background, before the next hover needs it.
    const index = workspace?.index;
    if (index) void service.graph.refresh(index).catch((error) => log.warn(`cannot read the notes: ${error}`));
    void connection.sendRequest('workspace/semanticTokens/refresh').catch(() => undefined);
    void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  // TextDocuments reports an opened document as changed too, right after the open: that second
  // event is the open itself, not a change (it would warn of a version seen before).
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    versions.set(e.document.uri, e.document.version);
    justOpened.add(e.document.uri);
    scheduleDiagnostics(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    const { uri, version } = e.document;
    if (justOpened.delete(uri)) return;
    const previous = versions.get(uri);
    if (previous !== undefined && version <= previous) {
      log.warn(`${uri}: change to version ${version} arrived after version ${previous}; applied in the order received`);
    }
    versions.set(uri, version);
    // Analyses are cached by version; a version number seen before (changes out of order) must not
    // bring back what was found in an older text.
    service.analyses.forget(uri);
    scheduleDiagnostics(e.document);
  });
  documents.onDidClose((e) => {
    clearTimeout(pending.get(e.document.uri));
    versions.delete(e.document.uri);
    service.analyses.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(ignore);
  });

  connection.onHover(guard('hover', (p, token) => {
    const doc = document(p.textDocument.uri);
    return doc ? service.hover.provideHover(doc, clamped(doc, p.position), token) : null;
  }));
  connection.onDefinition(guard('definition', (p, token) => {
    const doc = document(p.textDocument.uri);
    return doc ? service.definition.provideDefinition(doc, clamped(doc, p.position), token) : null;
  }));
  connection.onReferences(guard('references', (p, token) => {
    const doc = document(p.textDocument.uri);
    return doc ? service.references.provideReferences(doc, clamped(doc, p.position), p.context, token) : null;
  }));
  connection.onDocumentHighlight(guard('documentHighlight', (p, token) => {
    const doc = document(p.textDocument.uri);
    return doc ? service.documentHighlight.provideDocumentHighlights(doc, clamped(doc, p.position), token) : null;
  }));
  connection.onCompletion(guard('completion', (p, token) => {
    const doc = document(p.textDocument.uri);
    return doc ? service.completion.provideCompletion(doc, clamped(doc, p.position), token) : null;
  }));
  connection.onWorkspaceSymbol(guard('workspaceSymbol', (p, token) => service.workspaceSymbols.provideWorkspaceSymbols(p.query, token)));
  connection.languages.semanticTokens.on(guard('semanticTokens', (p, token) => {
    const doc = document(p.textDocument.uri);
    return doc ? service.semanticTokens.provideSemanticTokens(doc, token) : { data: [] };
  }));
  connection.onCodeAction(guard('codeAction', (p) => service.codeActions.provideCodeActions(p, document(p.textDocument.uri))));
  connection.onCodeLens(guard('codeLens', (p, token) => {
    const doc = document(p.textDocument.uri);
    return doc ? service.codeLens.provideCodeLenses(doc, token) : [];
  }));
  connection.onExecuteCommand(guard('executeCommand', async (p) => {
    if (p.command !== ApplyCorrectionsCommand || !workspace) throw new Error(`unknown command ${p.command}`);
    await applyCorrections(workspace, p.arguments?.[0]);
    refreshAllDiagnostics();
    return null;
  }));
  connection.onDocumentLinks(guard('documentLinks', (p, token) => {
    const doc = document(p.textDocument.uri);
    return doc ? service.documentLinks.provideDocumentLinks(doc, token) : [];
  }));

  connection.onRequest(EntitiesRequest, guard('entities', (p: EntitiesParams) => service.entities.entities(p ?? {})));
  connection.onRequest(EntityDetailsRequest, guard('entityDetails', (p: EntityDetailsParams) => service.entities.details(p.id)));
  connection.onRequest(EntityAtRequest, guard('entityAt', (p: EntityAtParams) => {
    const doc = document(p.uri);
    return doc ? service.entities.entityAt(doc, clamped(doc, p.position)) : null;
  }));
  connection.onRequest(CitationRequest, guard('citation', (p: EntityAtParams) => {
    const doc = document(p.uri);
    return doc ? service.entities.citation(doc, clamped(doc, p.position)) : null;
  }));
  connection.onRequest(ReindexRequest, guard('reindex', async () => {
    await workspace?.reindexAll();
    refreshAllDiagnostics();
    return null;
  }));

  connection.onShutdown(() => {
    shuttingDown = true;
    for (const w of fileWatchers) w.close();
    for (const timer of pending.values()) clearTimeout(timer);
    workspace?.dispose();
  });

  // The last line of defence: an error that escaped every handler is logged, and the server goes on.
  process.on('unhandledRejection', (reason) => log.error(`unhandled rejection (the server keeps running): ${(reason as Error)?.stack ?? reason}`));
  process.on('uncaughtException', (error) => log.error(`uncaught exception (the server keeps running): ${error.stack ?? error}`));

  documents.listen(connection);
  connection.listen();
}
