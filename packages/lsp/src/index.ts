// The language service as a library: for embedding Dossier's features without the stdio server.
export { createLanguageService, type LanguageService } from './languageService.js';
export type { CorpusAccess } from './corpusAccess.js';
export type { NotesAccess } from './notesAccess.js';
export { CorpusWorkspace } from './workspace/corpusWorkspace.js';
export type { FileAnalyzer, AnalyzeOptions } from './indexing/fileAnalyzer.js';
export { InlineAnalyzer } from './indexing/inlineAnalyzer.js';
export { DEFAULT_SETTINGS, settingsFrom, type DossierSettings } from './workspace/settings.js';
export { SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens.js';
export { renderCardMarkdown } from './markdown/cardMarkdown.js';
export { escapeMarkdown } from './markdown/escape.js';
export * from './protocol.js';
