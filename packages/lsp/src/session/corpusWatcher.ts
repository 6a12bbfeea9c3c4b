import { existsSync } from 'node:fs';
import { ARTICLE_EXTENSIONS, CONFIG_FILES, isConfigFile } from '@dossier/corpus/query';
import type { Connection, FileEvent } from 'vscode-languageserver';
import { DidChangeWatchedFilesNotification, FileChangeType } from '../vscodeLanguageServer.js';
import type { Logger } from '../logger.js';
import type { CorpusSource, FileChange } from '../workspace/corpusSource.js';
import { uriToPath } from '../workspace/paths.js';
import type { ClientDescription } from './clientDescription.js';
import { FolderTreeWatcher } from './folderTreeWatcher.js';

// What the client is asked to watch: every article file (**/*.{txt,text,md,...}) and the config files.
const WATCHED_GLOBS: readonly string[] = [
  `**/*.{${ARTICLE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`,
  `**/{${CONFIG_FILES.join(',')}}`,
];

/**
 * Keeps the index in step with the files: through the client when it offers file watching (the
 * usual path: VS Code reports changes with workspace/didChangeWatchedFiles), else with the server's
 * own recursive watcher on each corpus folder (Neovim without a file watcher, for one).
 */
export class CorpusWatcher {
  private fileWatchers: FolderTreeWatcher[] = [];
  /** The client watches every workspace folder's article files once registered: a settings change needs no second registration. */
  private clientWatches = false;

  constructor(
    private readonly connection: Pick<Connection, 'client'>,
    private readonly log: Logger,
    /** The corpus source in force (the server swaps it when dossier.index.database changes). */
    private readonly source: () => CorpusSource,
    private readonly client: ClientDescription,
    /** Called after the index changed because of a file. */
    private readonly onIndexChanged: () => void,
    /** Background work's pause (RequestLull.turn): the folders are listed between bursts of requests. */
    private readonly pause: () => Promise<void> = () => Promise.resolve(),
  ) {}

  /**
   * Asks the client to watch; if it cannot (or refuses), watches the corpus folders once `indexed`
   * settles, a folder at a time in the background (FolderTreeWatcher).
   */
  async watch(indexed?: Promise<unknown>): Promise<void> {
    if (this.clientWatches) return;
    this.closeOwnWatchers();
    if (this.client.canWatchFiles) {
      try {
        await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })),
        });
        this.clientWatches = true;
        return;
      } catch (error) {
        // The client said it could watch files, then refused (this used to stop indexing from ever
        // starting): watch the corpus folders ourselves instead.
        this.log.warn(`the client refused to watch files (${(error as Error).message}); watching the corpus folders instead`);
      }
    }
    await indexed;
    this.closeOwnWatchers(); // a settings change may have set watchers up meanwhile
    for (const root of this.source().corpusRoots()) {
      if (existsSync(root)) this.watchFolder(root); // else a default folder the workspace does not have
    }
  }

  /** What the client reports (workspace/didChangeWatchedFiles): a config file re-indexes everything, corpus files alone. */
  handle(events: readonly FileEvent[]): void {
    const corpusChanges: FileChange[] = [];
    let configChanged = false;
    for (const event of events) {
      const path = uriToPath(event.uri);
      if (!path) continue;
      if (isConfigFile(path)) configChanged = true;
      else if (this.source().isCorpusFile(path)) corpusChanges.push({ path, kind: changeKind(event.type) });
    }
    if (configChanged) void this.source().configChanged().then(this.onIndexChanged);
    else if (corpusChanges.length) void this.source().applyChanges(corpusChanges).then(this.onIndexChanged);
  }

  dispose(): void {
    this.closeOwnWatchers();
  }

  /** Folder by folder, without holding this thread (see FolderTreeWatcher). */
  private watchFolder(root: string): void {
    const watcher = new FolderTreeWatcher(
      root,
      (path) => void this.source().applyChanges([{ path, kind: existsSync(path) ? 'changed' : 'deleted' }]).then(this.onIndexChanged),
      (folder, error) => this.log.warn(`cannot watch ${folder}: ${error.message}`),
      this.pause,
    );
    this.fileWatchers.push(watcher);
    void watcher.start();
  }

  private closeOwnWatchers(): void {
    for (const w of this.fileWatchers) w.close();
    this.fileWatchers = [];
  }
}

function changeKind(type: FileEvent['type']): FileChange['kind'] {
  return type === FileChangeType.Deleted ? 'deleted' : type === FileChangeType.Created ? 'created' : 'changed';
}
