// Dossier for VS Code: starts the language server and adds the status bar
// item, the Entities view, the entity card and the commands around it.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { CardView } from './cardView';
import { createLanguageClient } from './client';
import { CONFIGURATION_SECTION } from './clientOptions';
import { registerCommands } from './commands';
import { EntitiesView } from './entitiesView';
import { WORD_WRAP_DEFAULT } from './landing';
import { SourceLanding } from './sourceLanding';
import { DossierServer, describeError } from './server';
import { readSettings } from './settings';
import { DossierStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Dossier', { log: true });
  context.subscriptions.push(output);

  const storagePath = await prepareStorage(context, output);
  const cacheDir = vscode.Uri.joinPath(context.globalStorageUri, 'index').fsPath;

  const cards = new CardView(vscode.Uri.joinPath(vscode.Uri.file(storagePath), 'cards'));
  const settings = readSettings(vscode.workspace.getConfiguration(CONFIGURATION_SECTION));
  const languageClient = createLanguageClient(context, { settings, storagePath, cacheDir }, output, (uri) => cards.isCard(uri));
  client = languageClient;

  const server = new DossierServer(languageClient);
  const statusBar = new DossierStatusBar();
  const entitiesView = new EntitiesView(server);
  const landing = new SourceLanding(server, () => {
    const configuration = vscode.workspace.getConfiguration(CONFIGURATION_SECTION);
    return { corpusPaths: readSettings(configuration).corpus.paths, wordWrap: configuration.get<boolean>('corpus.wordWrap', WORD_WRAP_DEFAULT) };
  });
  context.subscriptions.push(
    server,
    statusBar,
    entitiesView,
    landing,
    server.onDidChangeStatus((status) => statusBar.setStatus(status)),
    languageClient.onDidChangeState(({ newState }) =>
      statusBar.setConnection(newState === State.Running ? 'running' : newState === State.Starting ? 'starting' : 'stopped'),
    ),
    ...registerCommands({ server, entitiesView, cards }),
  );

  // Not awaited: activation finishes at once, and the server indexes in the
  // background while reporting its progress through dossier/status.
  languageClient.start().catch((error: unknown) => {
    output.error(`The Dossier language server did not start: ${describeError(error)}`);
    statusBar.setConnection('stopped');
  });
}

/**
 * Cards go to the workspace's storage; VS Code does not create the folder itself. The index
 * cache goes to the global storage, found again when the workspace's storage changes.
 */
async function prepareStorage(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<string> {
  const storagePath = context.storageUri?.fsPath ?? context.globalStorageUri.fsPath;
  try {
    await vscode.workspace.fs.createDirectory(vscode.Uri.file(storagePath));
  } catch (error) {
    output.error(`Could not create the storage folder ${storagePath}: ${describeError(error)}`);
  }
  return storagePath;
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  // Stops the server process cleanly (shutdown + exit) before VS Code unloads us.
  if (running?.needsStop()) await running.stop();
}
