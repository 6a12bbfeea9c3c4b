import type * as Library from '@dossier/corpus';
import type * as Phrases from '@dossier/corpus/phrases';

/** The whole corpus library: segmentation, extraction and the merge, with their word lists and gazetteers. */
export type CorpusLibrary = typeof Library;

let library: Promise<CorpusLibrary> | undefined;

/**
 * The corpus library's analysis and merge code, loaded when the server's thread first analyses a
 * file or merges. Everything else on this thread imports `@dossier/corpus/query`, which loads none of
 * it: a warm start opens the snapshot and answers without parsing the extraction's data.
 */
export function corpusLibrary(): Promise<CorpusLibrary> {
  library ??= import('@dossier/corpus');
  return library;
}

let phrases: Promise<typeof Phrases> | undefined;

/**
 * The capitalised phrase around an offset (a hover while indexing, a correction's lightbulb), with
 * its one word list and not the rest of the library: a server that answered a hover during a cold
 * index kept the whole extraction loaded (about 9 MB of RSS) where a warm start never loads it.
 */
export function notePhrases(): Promise<typeof Phrases> {
  phrases ??= import('@dossier/corpus/phrases');
  return phrases;
}
