import type { ArticleRecord } from '../analysis/fileAnalysis.js';
import type { ByteMarks } from '../files/byteMarks.js';
import { LineIndex, positionIn } from '../text/lineIndex.js';
import type { Position, Span } from '../text/positions.js';
import type { Counted, IndexedFile } from './corpusIndex.js';
import type { ArticleColumns, FileColumns, Runs, StringColumn } from './fileColumns.js';
import type { StringList } from './stringList.js';

export type { ArticleColumns, FileColumns, Runs, StringColumn } from './fileColumns.js';

/*
 * The snapshot's columns: numbers in a few large typed arrays, strings in flat arrays, and each
 * list (a file's lines, an entity's mentions, an article's paragraphs) a run of one column between
 * two offsets. V8 deserialises a typed array of a million numbers far faster than a million small
 * objects; records are rebuilt from the columns on load.
 */

export interface CountedRuns {
  offsets: Int32Array;
  texts: StringColumn;
  counts: Int32Array;
}

export const ARTICLE_FIELDS = 6;
export const ARTICLE_TEXTS = ['title', 'source', 'published', 'publishedRaw', 'byline', 'dateline', 'kicker'] as const;
export const FILE_FIELDS = 4;

export class SnapshotError extends Error {}

/** The columns with file i's byte marks `byteMarks[i]` where given (read as the snapshot is written), else their own. */
export function withByteMarks(files: FileColumns, byteMarks: readonly (ByteMarks | null | undefined)[]): FileColumns {
  const marks = Array.from({ length: fileCountOf(files) }, (_, i) => byteMarks[i] ?? run(files.byteMarks, i));
  return { ...files, byteMarks: encodeRuns(marks, (length) => new Uint32Array(length)) };
}

/** The few files' warnings, by file number. */
export function warningsByFile(data: FileColumns): Map<number, string[]> {
  const warnings = new Map<number, string[]>();
  data.warnings.files.forEach((file, k) => warnings.set(file, [...(warnings.get(file) ?? []), data.warnings.messages[k]!]));
  return warnings;
}

/** Per file: its article count (the articles are the files', one file after another). */
export function fileArticleCount(data: FileColumns, i: number): number {
  return data.numbers[i * FILE_FIELDS + 3]!;
}

/** Per file: its count in the columns. */
export function fileCountOf(data: FileColumns): number {
  return data.numbers.length / FILE_FIELDS;
}

/** File i of the columns, at its paths, with its articles (`articles`) and warnings. */
export function decodeFile(data: FileColumns, i: number, paths: { path: string; displayPath: string }, articles: ArticleRecord[], warnings: string[] = NO_WARNINGS): IndexedFile {
  // Read in place: destructuring a view made the view and an iterator per file.
  const at = i * FILE_FIELDS;
  const length = data.numbers[at]!;
  const articleBase = data.numbers[at + 1]!;
  const size = data.numbers[at + 2]!;
  const from = data.lineStarts.offsets[i]!;
  const to = data.lineStarts.offsets[i + 1]!;
  const byteMarks = run(data.byteMarks, i);
  return {
    path: paths.path,
    displayPath: paths.displayPath,
    lines: new LineIndex(length, data.lineStarts.values.subarray(from, to), data.breakLengths.subarray(from, to)),
    sentences: run(data.sentences, i),
    articles,
    articleBase,
    size,
    mtimeMs: data.mtimes[i]!,
    warnings,
    // Absent, not null, when none: a file read back is the file written.
    ...(byteMarks.length > 0 ? { byteMarks } : {}),
  };
}

/** File i's LineIndex.positionAt, read from the columns (no LineIndex or views made). */
export function positionInFile(data: FileColumns, i: number, offset: number): Position {
  return positionIn(data.numbers[i * FILE_FIELDS]!, data.lineStarts.values, data.breakLengths, data.lineStarts.offsets[i]!, data.lineStarts.offsets[i + 1]!, offset);
}

const NO_WARNINGS: string[] = Object.freeze([]) as unknown as string[];

export function articleCountOf(data: ArticleColumns): number {
  return data.numbers.length / ARTICLE_FIELDS;
}

export type ArticleText = (typeof ARTICLE_TEXTS)[number];

/** One header text of article i, without a record made. */
export function articleText(data: ArticleColumns, i: number, field: ArticleText): string | null {
  return stringAt(data.texts, i * ARTICLE_TEXTS.length + ARTICLE_TEXTS.indexOf(field));
}

/** Article i of the columns, its texts and paragraphs decoded when read. */
export function decodeArticle(data: ArticleColumns, i: number): ArticleRecord {
  return new DecodedArticle(data, i);
}

/**
 * An article record read from the columns. Its paragraphs, a million small spans in a large
 * corpus that only quote search ever reads, are made when first asked for: allocating them all
 * was a third of a warm start, most of it in the garbage collector.
 */
class DecodedArticle implements ArticleRecord {
  readonly ordinal: number;
  readonly span: Span;
  readonly titleSpan: Span | null;
  readonly truncated: boolean;
  private decodedParagraphs: Span[] | null = null;

  constructor(
    private readonly data: ArticleColumns,
    private readonly i: number,
  ) {
    const n = data.numbers;
    const at = i * ARTICLE_FIELDS;
    this.ordinal = n[at]!;
    this.span = { start: n[at + 1]!, end: n[at + 2]! };
    this.titleSpan = n[at + 3]! < 0 ? null : { start: n[at + 3]!, end: n[at + 4]! };
    this.truncated = n[at + 5] === 1;
  }

  private text(field: number): string | null {
    return stringAt(this.data.texts, this.i * ARTICLE_TEXTS.length + field);
  }

  get title(): string | null {
    return this.text(0);
  }

  get source(): string | null {
    return this.text(1);
  }

  get published(): string | null {
    return this.text(2);
  }

  get publishedRaw(): string | null {
    return this.text(3);
  }

  get byline(): string | null {
    return this.text(4);
  }

  get dateline(): string | null {
    return this.text(5);
  }

  get kicker(): string | null {
    return this.text(6);
  }

  get paragraphs(): Span[] {
    if (!this.decodedParagraphs) {
      const { offsets, values } = this.data.paragraphs;
      const spans: Span[] = [];
      for (let p = offsets[this.i]!; p < offsets[this.i + 1]!; p += 2) spans.push({ start: values[p]!, end: values[p + 1]! });
      this.decodedParagraphs = spans;
    }
    return this.decodedParagraphs;
  }

  toJSON(): ArticleRecord {
    const { ordinal, span, title, titleSpan, source, published, publishedRaw, byline, dateline, kicker, truncated, paragraphs } = this;
    return { ordinal, span, title, titleSpan, source, published, publishedRaw, byline, dateline, kicker, truncated, paragraphs };
  }
}

export function encodeStrings(values: StringList<string | null>): StringColumn {
  const offsets = new Int32Array(values.length + 1);
  let length = 0;
  for (let i = 0; i < values.length; i++) length += Buffer.byteLength(values.at(i) ?? '');
  const bytes = Buffer.alloc(length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values.at(i) ?? null;
    if (v !== null) at += bytes.write(v, at);
    offsets[i + 1] = v === null ? -at - 1 : at;
  }
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), offsets };
}

const utf8 = new TextDecoder();

export function stringAt(column: StringColumn, i: number): string | null {
  const end = column.offsets[i + 1]!;
  if (end < 0) return null;
  const previous = column.offsets[i]!;
  const start = previous < 0 ? -previous - 1 : previous;
  return utf8.decode(column.bytes.subarray(start, end));
}

/**
 * A string column read as a list: each string decoded when first read, and kept (the same string
 * each time). A warm start makes none of a snapshot's hundreds of thousands of paths, names, dates
 * and forms until something reads one: made all at once, they were most of its garbage collection.
 */
export class StoredStrings<T extends string | null = string> implements StringList<T> {
  readonly length: number;
  /** Made when the first string is read. */
  private decoded: (T | undefined)[] | null = null;

  constructor(readonly column: StringColumn) {
    this.length = column.offsets.length - 1;
  }

  at(i: number): T | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const decoded = (this.decoded ??= new Array<T | undefined>(this.length));
    let value = decoded[i];
    if (value === undefined) decoded[i] = value = stringAt(this.column, i) as T;
    return value;
  }
}

export function encodeRuns<T extends Int32Array | Uint32Array | Uint8Array>(lists: readonly ArrayLike<number>[], make: (length: number) => T): Runs<T> {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  return { offsets, values: concat(lists, make) };
}

export function concat<T extends Int32Array | Uint32Array | Uint8Array>(lists: readonly ArrayLike<number>[], make: (length: number) => T): T {
  const values = make(lists.reduce((sum, list) => sum + list.length, 0));
  let at = 0;
  for (const list of lists) {
    values.set(list, at);
    at += list.length;
  }
  return values;
}

/** A view, not a copy: the runs of one column share its buffer. */
export function run<T extends Int32Array | Uint32Array | Uint8Array>(runs: Runs<T>, i: number): T {
  return runs.values.subarray(runs.offsets[i]!, runs.offsets[i + 1]!) as T;
}

export function encodeCounted(lists: readonly Counted[][]): CountedRuns {
  const offsets = new Int32Array(lists.length + 1);
  const texts: string[] = [];
  const counts: number[] = [];
  lists.forEach((list, i) => {
    for (const { text, count } of list) {
      texts.push(text);
      counts.push(count);
    }
    offsets[i + 1] = texts.length;
  });
  return { offsets, texts: encodeStrings(texts), counts: Int32Array.from(counts) };
}

export function decodeCounted(runs: CountedRuns, i: number): Counted[] {
  const out: Counted[] = [];
  for (let k = runs.offsets[i]!; k < runs.offsets[i + 1]!; k++) out.push({ text: stringAt(runs.texts, k)!, count: runs.counts[k]! });
  return out;
}
