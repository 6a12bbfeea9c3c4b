import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/logger.js';
import { ClientDescription } from '../../src/session/clientDescription.js';
import { WorkspaceSync } from '../../src/session/workspaceSync.js';
import type { CorpusSource } from '../../src/workspace/corpusSource.js';
import { DEFAULT_SETTINGS, type DossierSettings } from '../../src/workspace/settings.js';

const root = join('/', 'work', 'analysis');

/** A sync whose client pulls settings (configuration) or pushes them, and what reached the server. */
function sync(options: { pulls: boolean; pulled?: () => Promise<unknown>; replaces?: boolean }) {
  const client = new ClientDescription({ processId: null, rootUri: pathToFileURL(root).href, capabilities: { workspace: { configuration: options.pulls } } } as InitializeParams);
  const current: DossierSettings = { ...DEFAULT_SETTINGS, hover: { snippets: 7 } };
  const source = { currentSettings: () => current, workspaceFolders: () => [root] } as unknown as CorpusSource;
  const connection = { workspace: { getConfiguration: options.pulled ?? (async () => ({})) } } as unknown as Pick<Connection, 'workspace'>;
  const used: DossierSettings[] = [];
  const warnings: string[] = [];
  const log: Logger = { info: () => undefined, warn: (m) => warnings.push(m), error: () => undefined };
  const part = new WorkspaceSync(connection, log, () => source, client, (settings) => {
    used.push(settings);
    return options.replaces ?? false;
  });
  return { part, used, warnings };
}

describe('WorkspaceSync', () => {
  it('hands pushed settings, over the ones in force, to the server, and says whether the source was replaced', async () => {
    const { part, used } = sync({ pulls: false, replaces: true });
    expect(await part.settingsChanged({ settings: { dossier: { index: { database: ' TEAM_DB ' } } } })).toBe(true);
    expect(used).toEqual([{ ...DEFAULT_SETTINGS, hover: { snippets: 7 }, index: { database: 'TEAM_DB' } }]);
  });

  it('pulls the settings when the client answers workspace/configuration', async () => {
    const { part, used } = sync({ pulls: true, pulled: async () => ({ index: { database: 'postgresql://reader@db/desk' } }) });
    expect(await part.settingsChanged({ settings: { dossier: { index: { database: 'ignored: pushed' } } } })).toBe(false);
    expect(used.map((s) => [s.index.database, s.hover.snippets])).toEqual([['postgresql://reader@db/desk', 7]]);
  });

  it('keeps the settings in force when the client refuses to answer, with a warning', async () => {
    const { part, used, warnings } = sync({ pulls: true, pulled: async () => Promise.reject(new Error('no configuration here')) });
    expect(await part.pullSettings()).toBe(false);
    expect(used).toEqual([]);
    expect(warnings).toEqual(['cannot read settings: Error: no configuration here']);
  });
});
