import { createRequire } from 'node:module';
import type * as LanguageServer from 'vscode-languageserver/node';

/**
 * vscode-languageserver, loaded with `require`. It is a CommonJS package: Node's `import` of one
 * parses the source of every module it re-exports (cjs-module-lexer) to learn their names, which
 * took 150-230 ms of the server's start for this package's tree (bench: `import` 220-320 ms
 * against `require` 60-110 ms); `require` does not. In the extension's bundle, esbuild bundles
 * the `require()` call (the bundle is CommonJS, where `require` is a function). Types still come
 * from `import type`; the values the server uses are re-exported here under their own names.
 */
export const languageServer: typeof LanguageServer =
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle's require (see above)
  typeof require === 'function' ? require('vscode-languageserver/node') : createRequire(import.meta.url)('vscode-languageserver/node');

export const { CodeActionKind, CompletionItemKind, DiagnosticSeverity, DidChangeWatchedFilesNotification, DocumentHighlightKind, ErrorCodes, FileChangeType, MarkupKind, ResponseError, SymbolKind, TextDocumentSyncKind, TextDocuments } =
  languageServer;
export type CodeActionKind = LanguageServer.CodeActionKind;
export type CompletionItemKind = LanguageServer.CompletionItemKind;
export type DiagnosticSeverity = LanguageServer.DiagnosticSeverity;
export type DocumentHighlightKind = LanguageServer.DocumentHighlightKind;
export type FileChangeType = LanguageServer.FileChangeType;
export type MarkupKind = LanguageServer.MarkupKind;
export type SymbolKind = LanguageServer.SymbolKind;
export type TextDocumentSyncKind = LanguageServer.TextDocumentSyncKind;
