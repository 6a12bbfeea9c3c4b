import type { Connection, DidChangeConfigurationParams } from 'vscode-languageserver';
import type { Logger } from '../logger.js';
import type { CorpusWorkspace } from '../workspace/corpusWorkspace.js';
import { uriToPath } from '../workspace/paths.js';
import { settingsFrom } from '../workspace/settings.js';
import type { ClientDescription } from './clientDescription.js';

/**
 * Follows what the client says about the workspace after `initialize`: the "dossier" settings
 * (pulled with workspace/configuration when the client answers it, else as pushed with
 * didChangeConfiguration) and workspace folders added or removed.
 */
export class WorkspaceSync {
  constructor(
    private readonly connection: Pick<Connection, 'workspace'>,
    private readonly log: Logger,
    private readonly workspace: CorpusWorkspace,
    private readonly client: ClientDescription,
  ) {}

  /** Reads the settings from the client (when it can be asked); a refusal keeps the settings in force. */
  async pullSettings(): Promise<void> {
    if (!this.client.canPullConfiguration) return;
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration('dossier');
      this.workspace.updateSettings(settingsFrom(raw, this.workspace.currentSettings()));
    } catch (error) {
      this.log.warn(`cannot read settings: ${error}`);
    }
  }

  /** workspace/didChangeConfiguration: pull again, or take what was pushed ({ dossier: {...} }). */
  async settingsChanged(change: DidChangeConfigurationParams): Promise<void> {
    if (this.client.canPullConfiguration) await this.pullSettings();
    else {
      const pushed = (change.settings as Record<string, unknown> | undefined)?.dossier;
      this.workspace.updateSettings(settingsFrom(pushed, this.workspace.currentSettings()));
    }
  }

  /** Follows folders added to or removed from the workspace (registered only when the client sends them). */
  followFolders(): void {
    if (!this.client.sendsFolderChanges) return;
    this.connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const current = new Set(this.workspace.workspaceFolders());
      for (const removed of event.removed) current.delete(uriToPath(removed.uri) ?? '');
      for (const added of event.added) {
        const path = uriToPath(added.uri);
        if (path) current.add(path);
      }
      this.workspace.updateFolders([...current]);
    });
  }
}
