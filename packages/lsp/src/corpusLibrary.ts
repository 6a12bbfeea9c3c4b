import type * as Library from '@dossier/corpus';

/** The whole corpus library: segmentation, extraction and the merge, with their word lists and gazetteers. */
export type CorpusLibrary = typeof Library;

let library: Promise<CorpusLibrary> | undefined;

/**
 * The corpus library's analysis and merge code, loaded when the server's thread first analyses a
 * file, merges, or looks for a capitalised phrase (a hover while indexing, a correction's
 * lightbulb). Everything else on this thread imports `@dossier/corpus/query`, which loads none of
 * it: a warm start opens the snapshot and answers without parsing the extraction's data.
 */
export function corpusLibrary(): Promise<CorpusLibrary> {
  library ??= import('@dossier/corpus');
  return library;
}
