import { nextTurn, type WaitForTurn } from '@dossier/corpus/query';
import { MARKDOWN_CLIENT, type ClientAccess } from './clientAccess.js';
import type { CorpusAccess } from './corpusAccess.js';
import type { CorrectionsAccess } from './correctionsAccess.js';
import { CodeActionProvider } from './features/codeActions.js';
import { CodeLensProvider } from './features/codeLens.js';
import { CorrectionActionProvider } from './features/correctionActions.js';
import { CompletionProvider } from './features/completion.js';
import { DefinitionProvider } from './features/definition.js';
import { DiagnosticsProvider, QuoteLookup } from './features/diagnostics.js';
import { DocumentHighlightProvider } from './features/documentHighlight.js';
import { DocumentLinkProvider } from './features/documentLinks.js';
import { EntitiesProvider } from './features/entities.js';
import { HoverProvider } from './features/hover.js';
import { NoteAnalyses } from './features/noteAnalysis.js';
import { NoteGraph } from './features/noteGraph.js';
import { NoteTargets } from './features/noteTargets.js';
import { ReferencesProvider } from './features/references.js';
import { SemanticTokensProvider } from './features/semanticTokens.js';
import { WorkspaceSymbolProvider } from './features/workspaceSymbols.js';
import type { Logger } from './logger.js';
import type { NotesAccess } from './notesAccess.js';

/**
 * Every Dossier feature, wired to one corpus and one set of notes. It knows nothing of the LSP
 * connection: session/ adapts it to one, and the tests call it directly.
 */
export interface LanguageService {
  /** Each open note's analysis, following the editor's changes: what the providers share. */
  readonly analyses: NoteAnalyses;
  /** Which notes name which entities; the server reads it again once an index is ready. */
  readonly graph: NoteGraph;
  readonly hover: HoverProvider;
  readonly definition: DefinitionProvider;
  readonly references: ReferencesProvider;
  readonly documentHighlight: DocumentHighlightProvider;
  readonly completion: CompletionProvider;
  readonly workspaceSymbols: WorkspaceSymbolProvider;
  readonly semanticTokens: SemanticTokensProvider;
  readonly diagnostics: DiagnosticsProvider;
  readonly codeActions: CodeActionProvider;
  readonly codeLens: CodeLensProvider;
  readonly documentLinks: DocumentLinkProvider;
  readonly entities: EntitiesProvider;
  /** Lets go of what it keeps between requests (note analyses, the notes' graph, quotation lookups, token results, hover cards). */
  dispose(): void;
}

/**
 * `client` says how the client shows hovers (what session/clientDescription.ts read from
 * `initialize`); background work (quotation scans, spelling slices, the notes graph) waits for
 * `waitForTurn` between slices (the server's RequestLull).
 */
export function createLanguageService(
  corpus: CorpusAccess,
  notes: NotesAccess,
  corrections: CorrectionsAccess,
  log: Logger,
  client: ClientAccess = MARKDOWN_CLIENT,
  waitForTurn: WaitForTurn = nextTurn,
): LanguageService {
  const analyses = new NoteAnalyses(log);
  const quotes = new QuoteLookup(corpus, waitForTurn);
  const graph = new NoteGraph(notes, analyses, waitForTurn);
  const targets = new NoteTargets(analyses);
  const semanticTokens = new SemanticTokensProvider(corpus, analyses);
  const hover = new HoverProvider(corpus, targets, graph, client);
  return {
    analyses,
    graph,
    hover,
    definition: new DefinitionProvider(corpus, targets),
    references: new ReferencesProvider(corpus, analyses, notes),
    documentHighlight: new DocumentHighlightProvider(corpus, analyses),
    completion: new CompletionProvider(corpus),
    workspaceSymbols: new WorkspaceSymbolProvider(corpus),
    semanticTokens,
    diagnostics: new DiagnosticsProvider(corpus, analyses, quotes, waitForTurn),
    codeActions: new CodeActionProvider(new CorrectionActionProvider(corpus, analyses, targets, corrections, log)),
    codeLens: new CodeLensProvider(corpus, analyses, graph),
    documentLinks: new DocumentLinkProvider(corpus, analyses, quotes),
    entities: new EntitiesProvider(corpus, targets),
    dispose: () => {
      analyses.clear();
      quotes.clear();
      graph.clear();
      semanticTokens.clear();
      hover.clear();
    },
  };
}
