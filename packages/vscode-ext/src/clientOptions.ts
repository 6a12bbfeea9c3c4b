// The LanguageClient's options, built without touching the `vscode` module so
// that a unit test can inspect them (test/clientOptions.test.ts).
import type { LogOutputChannel } from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_ARGS, withMallocSettings } from '../../lsp/src/mallocEnv';
import type { DossierSettings } from './settings';

/** What the server finds in `initialize`'s initializationOptions. */
export interface DossierInitializationOptions {
  /** The "dossier" settings at start-up; changes arrive via workspace/configuration. */
  settings: DossierSettings;
  /** The workspace's own storage folder (created by the extension): entity cards; an earlier version's index cache is removed from it. */
  storagePath: string;
  /**
   * Where the server keeps its index caches, one folder per corpus: the extension's global storage,
   * the same whatever the editor calls the workspace (code-server on another port used to index
   * the whole corpus again into a new per-workspace copy).
   */
  cacheDir: string;
}

/** The "dossier.*" settings section: synchronised to the server and read with workspace/configuration. */
export const CONFIGURATION_SECTION = 'dossier';

/** Markdown notes on disk and unsaved ones. Corpus articles are not documents of the server. */
export const DOCUMENT_SELECTOR = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
];

/**
 * @param isPrivateDocument Markdown files of the extension's own (the entity
 *   cards, see cardView.ts): they are not the user's notes, so the server
 *   never hears of them and reports no problems in them.
 */
export function buildClientOptions(
  init: DossierInitializationOptions,
  outputChannel: LogOutputChannel,
  isPrivateDocument: (uri: string) => boolean = () => false,
): LanguageClientOptions {
  return {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions: init,
    // Sends workspace/didChangeConfiguration when a dossier.* setting changes;
    // the server then pulls the new values, so no restart is ever needed.
    synchronize: { configurationSection: CONFIGURATION_SECTION },
    outputChannel,
    // Hover cards and completion docs are built from article text written by
    // strangers. They are rendered UNTRUSTED: no command: links, no raw HTML.
    markdown: { isTrusted: false, supportHtml: false },
    // SECURITY: the only middleware is the document filter below. Never add
    // middleware for hovers, completion or any other feature that returns
    // Markdown, let alone one that sets MarkdownString.isTrusted or
    // supportHtml: test/clientOptions.test.ts fails if one appears.
    middleware: {
      didOpen: (document, next) => (isPrivateDocument(document.uri.toString()) ? Promise.resolve() : next(document)),
    },
    // Problems show in the status bar item; the output channel opens on request only.
    revealOutputChannelOn: 4 /* RevealOutputChannelOn.Never */,
  };
}

/**
 * How the server's process is started: with the malloc settings the server's own indexing process
 * gets (lsp mallocEnv.ts, read by glibc when the process starts, so they must be in its environment
 * from the start; a setting of the editor's environment wins), with the server's V8 options
 * (SERVER_NODE_ARGS: its old generation's first limit), and for "Run Extension" from a debugger,
 * attached to port 6011.
 */
export function serverProcessOptions(debug: boolean): { env: NodeJS.ProcessEnv; execArgv: string[] } {
  const env = withMallocSettings();
  return { env, execArgv: debug ? [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6011'] : [...SERVER_NODE_ARGS] };
}
