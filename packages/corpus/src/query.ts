// What reading an index and answering from it needs: the snapshot, the index and its queries,
// cards, notes, quotations, configuration, reading corpus files. Nothing here loads the extraction
// code or its word lists and gazetteers (test/query/queryEntry.test.ts holds that), so that the
// language server's thread, which opens a snapshot on a warm start, does not load them; it
// imports the rest of the library (`@dossier/corpus`) when it analyses or merges.
export type { Position, Range, Span } from './text/positions.js';
export { LineIndex } from './text/lineIndex.js';
export { nameKey } from './text/tokenize.js';
export { formatOf, analysisText, ARTICLE_EXTENSIONS, type FileFormat } from './text/markup.js';
export { discoverArticleFiles, type DiscoverOptions } from './files/discover.js';
export { readCorpusFile, readCorpusFileSync, fromBytes, DEFAULT_MAX_FILE_BYTES, type CorpusFileText, type ReadOutcome, type ReadOptions } from './files/readCorpusFile.js';
export { FileTextCache, readAnalysisText, readAnalysisFile, type AnalysedFile } from './files/textCache.js';
export type { FileBytes, SpanText } from './files/spanReader.js';
export type { ByteMarks } from './files/byteMarks.js';
export type { AnalysedMarks } from './cards/readySentences.js';
export { builtinRules, compileRules, withUserRules, RuleError, type FurnitureRule, type FurnitureRuleSpec } from './segment/rules.js';
export { ENTITY_TYPES, isEntityType, type EntityType } from './entities/types.js';
export { ANALYSIS_VERSION } from './analysis/analysisVersion.js';
export type { FileAnalysis, ArticleRecord, MentionForm, MentionColumns } from './analysis/fileAnalysis.js';
export { CorpusIndex, type EntityRecord, type Mention, type MentionRegion, type IndexedFile, type LookupCandidate, type ArticleRef, type Counted } from './corpusIndex/corpusIndex.js';
export { NameMatcher, AliasKind, CaseRule, type NameMatch, type AliasTarget } from './corpusIndex/nameMatcher.js';
export { analysisRulesKey, noCorrections, type Corrections, type DeclaredEntity } from './corpusIndex/corrections.js';
export { applyConfigEdit, textChange, type ConfigEdit } from './config/editConfig.js';
export { readNoteAliases, noteAliasComment, noteAliasInsertOffset, type NoteAliases } from './notes/noteAliases.js';
export { loadDossierConfig, parseDossierConfig, ConfigError, CONFIG_FILES, isConfigFile, type DossierConfig, type ConfigProblem } from './config/dossierConfig.js';
export { entityCard, type EntityCard, type Snippet, type CardOptions } from './cards/entityCard.js';
export { type NoteName, type Resolution } from './notes/noteNames.js';
export { findNoteNames, NoteAnalysis, resolveNoteInPieces } from './notes/noteAnalysis.js';
export { NAMES_PER_TURN, type ResolvedNames } from './notes/resolvedNames.js';
export { applyEdit, composeEdits, editDelta, type NoteEdit } from './notes/noteEdit.js';
export { touchedLines } from './notes/lineSpans.js';
export { type NoteText } from './notes/noteText.js';
export { PieceText } from './notes/pieceText.js';
export { findNoteQuotes, findQuoteSources, wordKeys, MIN_QUOTE_WORDS, type NoteQuote, type QuoteSource } from './quotes/quoteFinder.js';
export { looseToken } from './corpusIndex/looseKey.js';
export { serializeIndex, deserializeIndex, openSnapshot, snapshotChunks, snapshotParts, writeSnapshotSections, SnapshotError, SNAPSHOT_SCHEMA } from './corpusIndex/snapshot.js';
export { noteSpellings, namesInOrder, spellingAt, spellingMessage, type NamesInOrder, type SpellingNote } from './notes/spelling.js';
export { contextArticle } from './notes/noteContext.js';
export { association, type CoMention } from './corpusIndex/corpusIndex.js';
export { renderCardText, countsLine, sourcesPhrase, attribution, citeArticle, shortLocation, location, plural, emphasised, moreLines, coMentionsLine, type CardTextOptions } from './cards/cardText.js';
export { dateRange, displayDate, displayDateTime, describeDateRange, isApproximate, type DateRange } from './cards/dates.js';
export { foldDescriptions } from './cards/descriptions.js';
export { captureTimeOf, parseCaptureValue, type CaptureRule, type FileSegmentOptions } from './segment/captureTime.js';
export { findClosestPassages, type ClosestPassage } from './quotes/closestPassage.js';
export { nextTurn, type WaitForTurn } from './quotes/nextTurn.js';
