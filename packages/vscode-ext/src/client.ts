// Starts the Dossier language server (dist/server.js, bundled with the
// extension) as a Node child process talking JSON-RPC over Node's IPC channel.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { buildClientOptions, serverProcessOptions, type DossierInitializationOptions } from './clientOptions';

/** The client id: VS Code reads its trace setting from "<id>.trace.server". */
const CLIENT_ID = 'dossier';

export function createLanguageClient(
  context: vscode.ExtensionContext,
  init: DossierInitializationOptions,
  outputChannel: vscode.LogOutputChannel,
  isPrivateDocument: (uri: string) => boolean,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: serverProcessOptions(false) },
    debug: { module, transport: TransportKind.ipc, options: serverProcessOptions(true) },
  };
  return new LanguageClient(CLIENT_ID, 'Dossier', serverOptions, buildClientOptions(init, outputChannel, isPrivateDocument));
}
