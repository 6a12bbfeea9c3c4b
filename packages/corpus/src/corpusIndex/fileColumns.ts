/*
 * The types of the columns a snapshot stores files and articles in (snapshotColumns.ts), which the
 * merge also keeps them in (stagedFiles.ts): a module of their own, so that the index's FileSet can
 * name them without importing the snapshot's code.
 */

/** Lists of numbers as one column: list i is values[offsets[i], offsets[i + 1]). */
export interface Runs<T extends Int32Array | Uint32Array | Uint8Array> {
  offsets: Int32Array;
  values: T;
}

/**
 * Strings as one UTF-8 buffer and their offsets, decoded one by one when read: a snapshot holds
 * hundreds of thousands of titles, sources and descriptions, and deserialising each as a string
 * of its own (then collecting them) was a large part of a warm start.
 */
export interface StringColumn {
  bytes: Uint8Array;
  /** String i is bytes[offsets[i], offsets[i + 1]), or null where offsets[i + 1] < 0 (the next start is then -offsets[i + 1] - 1). */
  offsets: Int32Array;
}

export interface FileColumns {
  paths: StringColumn;
  displayPaths: StringColumn;
  /** Per file: text length, first article's global index, size, article count. */
  numbers: Float64Array;
  mtimes: Float64Array;
  lineStarts: Runs<Uint32Array>;
  breakLengths: Uint8Array;
  sentences: Runs<Int32Array>;
  /** Each file's byte marks (files/byteMarks.ts); an empty run: none, the file is read whole. */
  byteMarks: Runs<Uint32Array>;
  /** The few files' warnings, by file number. */
  warnings: { files: Int32Array; messages: string[] };
}

export interface ArticleColumns {
  /** Per article, ARTICLE_FIELDS numbers: ordinal, span, title span (-1 when none), truncated. */
  numbers: Int32Array;
  /** Per article, ARTICLE_TEXTS strings or null. */
  texts: StringColumn;
  paragraphs: Runs<Int32Array>;
}
