import type { CancellationToken, Connection, Position, ReferenceParams, SemanticTokensDeltaParams, SemanticTokensRangeParams, ServerCapabilities, TextDocumentPositionParams } from 'vscode-languageserver';
import { CodeActionKind, TextDocumentSyncKind } from '../vscodeLanguageServer.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SEMANTIC_TOKENS_LEGEND } from '../features/semanticTokens.js';
import type { LanguageService } from '../languageService.js';
import {
  ApplyCorrectionsCommand,
  CitationRequest,
  EntitiesRequest,
  EntityAtRequest,
  EntityDetailsRequest,
  MentionAtRequest,
  ReindexRequest,
  type EntitiesParams,
  type EntityAtParams,
  type EntityDetailsParams,
} from '../protocol.js';
import type { OpenDocuments } from './diagnosticsPublisher.js';
import type { RequestGuard } from './requestGuard.js';

/** What the server answers, as announced in `initialize`: the same features registerRequests wires. */
export const SERVER_CAPABILITIES: ServerCapabilities = {
  textDocumentSync: TextDocumentSyncKind.Incremental,
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  completionProvider: { resolveProvider: false },
  workspaceSymbolProvider: true,
  semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true }, range: true },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  codeLensProvider: { resolveProvider: false },
  executeCommandProvider: { commands: [ApplyCorrectionsCommand] },
  documentLinkProvider: { resolveProvider: false },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

/** What requests may ask of the server beyond the language service. */
export interface ServerCommands {
  /** dossier/reindex: everything again. */
  reindex(): Promise<void>;
  /** workspace/executeCommand ApplyCorrectionsCommand: a correction's new dossier.yaml, applied at once. */
  applyCorrections(args: unknown): Promise<void>;
}

/**
 * Wires every request to its provider, each through the guard. Requests about a document the
 * client never opened (or closed) get nothing (null, no tokens, no links), never an error;
 * positions are clamped into the document first, so providers only ever see positions that exist.
 */
export function registerRequests(connection: Connection, documents: OpenDocuments, service: LanguageService, guard: RequestGuard, commands: ServerCommands): void {
  const shapes = requestShapes(documents, guard);
  registerLanguageFeatures(connection, shapes, service, guard, documents, commands);
  registerDossierRequests(connection, shapes, service, guard, commands);
}

/** The shapes of a request: about an open document, at a position in one, at a position Dossier's own requests name. */
function requestShapes(documents: OpenDocuments, guard: RequestGuard) {
  /** A request about one open document; `none` for any other. */
  const aboutDocument = <P extends { textDocument: { uri: string } }, R, N>(name: string, none: N, answer: (doc: TextDocument, params: P, token: CancellationToken) => R | Promise<R>) =>
    guard.wrap(name, (params: P, token: CancellationToken) => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? answer(doc, params, token) : none;
    });
  /** A request at a position in an open document. */
  const atPosition = <P extends TextDocumentPositionParams, R>(name: string, answer: (doc: TextDocument, position: Position, params: P, token: CancellationToken) => R | Promise<R>) =>
    aboutDocument(name, null, (doc, params: P, token) => answer(doc, clamped(doc, params.position), params, token));
  /** Dossier's own requests at a position name the document by `uri` (protocol.ts). */
  const atNotePosition = <R>(name: string, answer: (doc: TextDocument, position: Position) => R) =>
    guard.wrap(name, (params: EntityAtParams) => {
      const doc = documents.get(params.uri);
      return doc ? answer(doc, clamped(doc, params.position)) : null;
    });

  return { aboutDocument, atPosition, atNotePosition };
}

type RequestShapes = ReturnType<typeof requestShapes>;

/** The protocol's own requests: hover, definition, references, highlights, completion, tokens, links, symbols, actions, lenses, commands. */
function registerLanguageFeatures(connection: Connection, { aboutDocument, atPosition }: RequestShapes, service: LanguageService, guard: RequestGuard, documents: OpenDocuments, commands: ServerCommands): void {
  connection.onHover(atPosition('hover', (doc, at, _p, token) => service.hover.provideHover(doc, at, token)));
  connection.onDefinition(atPosition('definition', (doc, at, _p, token) => service.definition.provideDefinition(doc, at, token)));
  connection.onReferences(atPosition('references', (doc, at, p: ReferenceParams, token) => service.references.provideReferences(doc, at, p.context, token)));
  connection.onDocumentHighlight(atPosition('documentHighlight', (doc, at, _p, token) => service.documentHighlight.provideDocumentHighlights(doc, at, token)));
  connection.onCompletion(atPosition('completion', (doc, at, _p, token) => service.completion.provideCompletion(doc, at, token)));
  connection.languages.semanticTokens.on(aboutDocument('semanticTokens', { data: [] }, (doc, _p, token) => service.semanticTokens.provideSemanticTokens(doc, token)));
  connection.languages.semanticTokens.onDelta(aboutDocument('semanticTokens/delta', { data: [] }, (doc, p: SemanticTokensDeltaParams, token) => service.semanticTokens.provideSemanticTokensDelta(doc, p.previousResultId, token)));
  connection.languages.semanticTokens.onRange(aboutDocument('semanticTokens/range', { data: [] }, (doc, p: SemanticTokensRangeParams, token) => service.semanticTokens.provideSemanticTokensRange(doc, p.range, token)));
  connection.onDocumentLinks(aboutDocument('documentLinks', [], (doc, _p, token) => service.documentLinks.provideDocumentLinks(doc, token)));
  connection.onWorkspaceSymbol(guard.wrap('workspaceSymbol', (p, token) => service.workspaceSymbols.provideWorkspaceSymbols(p.query, token)));
  connection.onCodeAction(guard.wrap('codeAction', (p) => service.codeActions.provideCodeActions(p, documents.get(p.textDocument.uri))));
  connection.onCodeLens(aboutDocument('codeLens', [], (doc, _p, token) => service.codeLens.provideCodeLenses(doc, token)));
  connection.onExecuteCommand(guard.wrap('executeCommand', async (p) => {
    if (p.command !== ApplyCorrectionsCommand) throw new Error(`unknown command ${p.command}`);
    await commands.applyCorrections(p.arguments?.[0]);
    return null;
  }));

}

/** Dossier's own requests (protocol.ts): the Entities view, an entity's details, the entity or the mention at a position, a citation, a re-index. */
function registerDossierRequests(connection: Connection, { atNotePosition }: RequestShapes, service: LanguageService, guard: RequestGuard, commands: ServerCommands): void {
  connection.onRequest(EntitiesRequest, guard.wrap('entities', (p: EntitiesParams) => service.entities.entities(p ?? {})));
  connection.onRequest(EntityDetailsRequest, guard.wrap('entityDetails', (p: EntityDetailsParams) => service.entities.details(p.id)));
  connection.onRequest(EntityAtRequest, atNotePosition('entityAt', (doc, at) => service.entities.entityAt(doc, at)));
  connection.onRequest(CitationRequest, atNotePosition('citation', (doc, at) => service.entities.citation(doc, at)));
  // A position in a corpus article (where F12 or a card's link landed), which need not be open.
  connection.onRequest(MentionAtRequest, guard.wrap('mentionAt', (p: EntityAtParams) => service.entities.mentionAt(p.uri, p.position)));
  connection.onRequest(ReindexRequest, guard.wrap('reindex', async () => {
    await commands.reindex();
    return null;
  }));
}

/**
 * A position clamped into the document: past the end of a line is the end of that line, past the
 * last line the end of the document, negative the start. (Completion used to echo a position past
 * the end of a line back in its text edits.)
 */
function clamped(doc: TextDocument, position: Position): Position {
  if (typeof position?.line !== 'number' || typeof position.character !== 'number') throw new TypeError(`not a position: ${JSON.stringify(position)}`);
  return doc.positionAt(doc.offsetAt(position));
}
