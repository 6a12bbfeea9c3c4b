// The public API of @dossier/corpus. Nothing here knows about editors or LSP.
export type { Position, Range, Span } from './text/positions.js';
export { LineIndex } from './text/lineIndex.js';
export { nameKey } from './text/tokenize.js';
export { decodeFileBytes, type DecodedFile } from './text/decode.js';
export { formatOf, analysisText, ARTICLE_EXTENSIONS, type FileFormat } from './text/markup.js';

export { discoverArticleFiles, type DiscoverOptions } from './files/discover.js';
export { readCorpusFile, readCorpusFileSync, fromBytes, DEFAULT_MAX_FILE_BYTES, type CorpusFileText, type ReadOutcome, type ReadOptions } from './files/readCorpusFile.js';
export { FileTextCache } from './files/textCache.js';

export { segmentText, type ArticleSegment, type Segmentation, type SegmentOptions } from './segment/segmenter.js';
export { parseArticles, articleId, type Article, type ParsedFile } from './segment/articles.js';
export { builtinRules, compileRules, withUserRules, RuleError, type FurnitureRule, type FurnitureRuleSpec } from './segment/rules.js';
export { loadArticles, type LoadOptions } from './corpusLoader.js';

export { ENTITY_TYPES, isEntityType, type EntityType } from './entities/types.js';
export { ANALYSIS_VERSION } from './analysis/analysisVersion.js';
export { analyzeFile, type FileAnalysis, type ArticleRecord, type MentionForm, type MentionColumns } from './analysis/fileAnalysis.js';
export { analyzeCorpusFile, analyzeCorpusFiles, throughCorpusFile, throughCorpusFiles, type AnalyzeCorpusFileOptions, type FileOutcome } from './analysis/corpusFilePipeline.js';
export { buildCorpusIndex, CorpusMerge, type IndexInput } from './corpusIndex/buildIndex.js';
export { CorpusIndex, type EntityRecord, type Mention, type MentionRegion, type IndexedFile, type LookupCandidate, type ArticleRef, type Counted } from './corpusIndex/corpusIndex.js';
export { NameMatcher, AliasKind, CaseRule, type NameMatch, type AliasTarget } from './corpusIndex/nameMatcher.js';
export { analysisRulesKey, noCorrections, type Corrections, type DeclaredEntity } from './corpusIndex/corrections.js';
export { applyConfigEdit, textChange, type ConfigEdit } from './config/editConfig.js';
export { readNoteAliases, noteAliasComment, noteAliasInsertOffset, type NoteAliases } from './notes/noteAliases.js';
export { indexCorpus, type IndexCorpusOptions } from './indexCorpus.js';

export { loadDossierConfig, parseDossierConfig, ConfigError, CONFIG_FILES, isConfigFile, type DossierConfig, type ConfigProblem } from './config/dossierConfig.js';
export { entityCard, type EntityCard, type Snippet, type CardOptions } from './cards/entityCard.js';
export { type NoteName, type Resolution } from './notes/noteNames.js';
export { findNoteNames, NoteAnalysis } from './notes/noteAnalysis.js';
export { type ResolvedNames } from './notes/resolvedNames.js';
export { applyEdit, composeEdits, editDelta, type NoteEdit } from './notes/noteEdit.js';
export { findNoteQuotes, findQuoteSources, wordKeys, MIN_QUOTE_WORDS, type NoteQuote, type QuoteSource } from './quotes/quoteFinder.js';
export { looseToken } from './corpusIndex/looseKey.js';
export { serializeIndex, deserializeIndex, openSnapshot, snapshotParts, SnapshotError, SNAPSHOT_SCHEMA } from './corpusIndex/snapshot.js';
export { ftmEntities, ftmId, ftmDate, rangeSummary, FTM_SCHEMA, type FtmEntity, type FtmExportOptions } from './export/ftmExport.js';
export { csvTables, toCsv } from './export/csvExport.js';
export { capitalisedPhraseAt, type NotePhrase } from './notes/notePhrases.js';
export { noteSpellings, namesInOrder, spellingAt, spellingMessage, type NamesInOrder, type SpellingNote } from './notes/spelling.js';
export { contextArticle } from './notes/noteContext.js';
export { association, type CoMention } from './corpusIndex/corpusIndex.js';
export { renderCardText, countsLine, sourcesPhrase, attribution, citeArticle, shortLocation, location, plural, emphasised, moreLines, coMentionsLine, type CardTextOptions } from './cards/cardText.js';
export { dateRange, displayDate, displayDateTime, describeDateRange, isApproximate, type DateRange } from './cards/dates.js';
export { foldDescriptions } from './cards/descriptions.js';
export { captureTimeOf, parseCaptureValue, type CaptureRule, type FileSegmentOptions } from './segment/captureTime.js';
export { findClosestPassages, type ClosestPassage } from './quotes/closestPassage.js';

export { StoreError, isStoreError, type StoreErrorKind } from './store/corpusStore.js';
export type { CorpusStore, CorpusScan, ClaimRequest, FileStamp, PlanSummary, Shard, PendingFile, StoredOutcome, WorkClaim, MergeOptions, MergeOutcome, MergedIndex } from './store/corpusStore.js';
export { VERDICTS, questionKey, judgementsInForce, correctionsFromJudgements, judgementsFromCorrections, withdrawalsOf, type Verdict, type Judgement, type NewJudgement, type DeclaredDetails } from './store/judgements.js';
export { formatDossierYaml } from './store/dossierYaml.js';
export { compareCorpusPaths, mergeStoredAnalyses, analysisVariant, relocateIndex, type StoredAnalysis, type VariantOptions } from './store/storedAnalyses.js';
export { shardOf, pathHash, parseShard } from './store/shard.js';
export { indexIntoStore, type IndexIntoStoreOptions, type IndexProgress, type IndexRunSummary } from './store/indexIntoStore.js';
export { LocalStore } from './store/localStore.js';
