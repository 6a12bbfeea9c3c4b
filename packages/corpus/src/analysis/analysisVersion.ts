// ANALYSIS_VERSION in a module of its own, importing nothing: the snapshot and the stored analyses
// are keyed by it, and reading an index must not load the extraction code (fileAnalysis.ts) for it.

/**
 * The version of what analysis finds. Raise it with every change to segmentation or extraction:
 * the language server's per-file cache and the index snapshot are keyed by it, so that an editor
 * never shows a stale analysis after an upgrade (stale entries are rebuilt with a warning).
 */
export const ANALYSIS_VERSION = 410;
