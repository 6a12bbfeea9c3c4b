import type { Connection, DidChangeConfigurationParams } from 'vscode-languageserver';
import type { Logger } from '../logger.js';
import type { CorpusSource } from '../workspace/corpusSource.js';
import { uriToPath } from '../workspace/paths.js';
import { settingsFrom, type DossierSettings } from '../workspace/settings.js';
import type { ClientDescription } from './clientDescription.js';

/**
 * Follows what the client says about the workspace after `initialize`: the "dossier" settings
 * (pulled with workspace/configuration when the client answers it, else as pushed with
 * didChangeConfiguration) and workspace folders added or removed. New settings go to
 * `useSettings`, which may replace the corpus source (dossier.index.database set or cleared).
 */
export class WorkspaceSync {
  constructor(
    private readonly connection: Pick<Connection, 'workspace'>,
    private readonly log: Logger,
    /** The corpus source in force. */
    private readonly source: () => CorpusSource,
    private readonly client: ClientDescription,
    /** Applies new settings; true when that replaced the corpus source. */
    private readonly useSettings: (settings: DossierSettings) => boolean,
  ) {}

  /**
   * Reads the settings from the client (when it can be asked); a refusal keeps the settings in
   * force. True when the new settings replaced the corpus source.
   */
  async pullSettings(): Promise<boolean> {
    if (!this.client.canPullConfiguration) return false;
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration('dossier');
      return this.useSettings(settingsFrom(raw, this.source().currentSettings()));
    } catch (error) {
      this.log.warn(`cannot read settings: ${error}`);
      return false;
    }
  }

  /** workspace/didChangeConfiguration: pull again, or take what was pushed ({ dossier: {...} }). True when the corpus source was replaced. */
  async settingsChanged(change: DidChangeConfigurationParams): Promise<boolean> {
    if (this.client.canPullConfiguration) return this.pullSettings();
    const pushed = (change.settings as Record<string, unknown> | undefined)?.dossier;
    return this.useSettings(settingsFrom(pushed, this.source().currentSettings()));
  }

  /** Follows folders added to or removed from the workspace (registered only when the client sends them). */
  followFolders(): void {
    if (!this.client.sendsFolderChanges) return;
    this.connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const current = new Set(this.source().workspaceFolders());
      for (const removed of event.removed) current.delete(uriToPath(removed.uri) ?? '');
      for (const added of event.added) {
        const path = uriToPath(added.uri);
        if (path) current.add(path);
      }
      this.source().updateFolders([...current]);
    });
  }
}
