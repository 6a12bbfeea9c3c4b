// The public API of @dossier/corpus. Nothing here knows about editors or LSP.
// Reading and querying an index (`@dossier/corpus/query`, no extraction code):
export * from './query.js';

// Segmentation and analysis, the merge, export and stores:
export { decodeFileBytes, type DecodedFile } from './text/decode.js';
export { segmentText, type ArticleSegment, type Segmentation, type SegmentOptions } from './segment/segmenter.js';
export { parseArticles, articleId, type Article, type ParsedFile } from './segment/articles.js';
export { loadArticles, type LoadOptions } from './corpusLoader.js';
export { analyzeFile } from './analysis/fileAnalysis.js';
export { analyzeCorpusFile, analyzeCorpusFiles, analyzeCorpusFilesMarked, throughCorpusFile, throughCorpusFiles, type AnalyzeCorpusFileOptions, type FileOutcome, type MarkedOutcome } from './analysis/corpusFilePipeline.js';
export { buildCorpusIndex, CorpusMerge, type IndexInput, type CorpusMergeOptions } from './corpusIndex/buildIndex.js';
export { indexCorpus, type IndexCorpusOptions } from './indexCorpus.js';
export { ftmEntities, ftmId, ftmDate, rangeSummary, FTM_SCHEMA, type FtmEntity, type FtmExportOptions } from './export/ftmExport.js';
export { csvTables, toCsv } from './export/csvExport.js';
export { capitalisedPhraseAt, type NotePhrase } from './notes/notePhrases.js';
export { StoreError, isStoreError, type StoreErrorKind } from './store/corpusStore.js';
export type { CorpusStore, CorpusScan, ClaimRequest, FileStamp, PlanSummary, Shard, PendingFile, StoredOutcome, WorkClaim, MergeOptions, MergeOutcome, MergedIndex } from './store/corpusStore.js';
export { VERDICTS, questionKey, judgementsInForce, correctionsFromJudgements, judgementsFromCorrections, withdrawalsOf, type Verdict, type Judgement, type NewJudgement, type DeclaredDetails } from './store/judgements.js';
export { formatDossierYaml } from './store/dossierYaml.js';
export { compareCorpusPaths, mergeStoredAnalyses, analysisVariant, relocateIndex, type StoredAnalysis, type VariantOptions } from './store/storedAnalyses.js';
export { shardOf, pathHash, parseShard } from './store/shard.js';
export { indexIntoStore, type IndexIntoStoreOptions, type IndexProgress, type IndexRunSummary } from './store/indexIntoStore.js';
export { LocalStore } from './store/localStore.js';
