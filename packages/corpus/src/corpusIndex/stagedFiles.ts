import type { FileAnalysis } from '../analysis/fileAnalysis.js';
import { freeBuffers } from './freeBuffers.js';
import { SpilledChunks, type SpilledChunk } from './spilledChunks.js';
import { ARTICLE_FIELDS, ARTICLE_TEXTS, encodeStrings, FILE_FIELDS, type ArticleColumns, type FileColumns } from './snapshotColumns.js';

/** Bytes per chunk once the corpus is large; a small corpus starts with small ones. */
const MAX_CHUNK_BYTES = 1 << 20;
const MIN_CHUNK_BYTES = 1 << 16;

/** A file's counts at the head of its record: line starts, sentence bounds, articles, paragraph bounds, text bytes. */
const HEAD = 5;
/** Per article in a record: its ARTICLE_FIELDS numbers, its paragraph bounds' count, its texts' UTF-8 lengths (-1: null). */
const ARTICLE_ROW = ARTICLE_FIELDS + 1 + ARTICLE_TEXTS.length;

/** What the merge keeps of a file besides its record: its strings and the numbers that are not lists. */
interface StagedFile {
  order: number;
  chunk: number;
  /** Where its record starts in its chunk, in bytes (a multiple of 4). */
  at: number;
  path: string;
  displayPath: string;
  textLength: number;
  size: number;
  mtimeMs: number;
  warnings: string[];
}

/**
 * The files the merge was given, until it decides: each file's line starts, sentences and articles
 * (numbers, paragraphs, header texts as UTF-8) written as one record into chunks of 1 MB as the
 * file comes, in any order; then made, in corpus order, into the columns a snapshot stores
 * (FileColumns, ArticleColumns), read through StoredFiles. An article kept as objects (its record,
 * three or more spans, seven strings, a list of paragraphs) cost about 500 bytes, 51 MB at 100,000
 * articles, and a file its LineIndex and three typed array views.
 */
export class StagedFiles {
  private files: StagedFile[] = [];
  /** In memory, or (each full one, when given a folder) in the spill file until `columns` reads it back. */
  private chunks: (ArrayBuffer | SpilledChunk)[] = [];
  private used = 0;
  private bytes = 0;
  private spill: SpilledChunks | null = null;
  /** The files' head counts summed (see HEAD), as they came: the columns' sizes, known without reading every record back. */
  private totals = [0, 0, 0, 0, 0];

  /** With a folder, full chunks wait in a file there (SpilledChunks), not in memory. */
  constructor(private readonly spillFolder?: string) {}

  add(analysis: FileAnalysis, displayPath: string, order: number): void {
    const texts = analysis.articles.flatMap((a) => ARTICLE_TEXTS.map((field) => a[field]));
    const textLengths = texts.map((t) => (t === null ? -1 : Buffer.byteLength(t)));
    const textBytes = textLengths.reduce((sum, n) => sum + Math.max(0, n), 0);
    const paragraphInts = analysis.articles.reduce((sum, a) => sum + 2 * a.paragraphs.length, 0);
    const lines = analysis.lineStarts.length;
    const head = [lines, analysis.sentences.length, analysis.articles.length, paragraphInts, textBytes];
    head.forEach((n, c) => (this.totals[c]! += n));
    const ints = HEAD + lines + analysis.sentences.length + analysis.articles.length * ARTICLE_ROW + paragraphInts;
    const { chunk, at } = this.room(ints * 4 + lines + textBytes);
    const buffer = this.chunks[chunk] as ArrayBuffer;
    const i32 = new Int32Array(buffer, at, ints);
    i32.set(head);
    new Uint32Array(buffer, at + HEAD * 4, lines).set(analysis.lineStarts);
    let k = HEAD + lines;
    i32.set(analysis.sentences, k);
    k += analysis.sentences.length;
    analysis.articles.forEach((a, n) => {
      i32.set([a.ordinal, a.span.start, a.span.end, a.titleSpan?.start ?? -1, a.titleSpan?.end ?? -1, a.truncated ? 1 : 0, 2 * a.paragraphs.length], k);
      i32.set(textLengths.slice(n * ARTICLE_TEXTS.length, (n + 1) * ARTICLE_TEXTS.length), k + ARTICLE_FIELDS + 1);
      k += ARTICLE_ROW;
    });
    for (const a of analysis.articles) {
      for (const p of a.paragraphs) {
        i32[k++] = p.start;
        i32[k++] = p.end;
      }
    }
    const bytes = Buffer.from(buffer, at + ints * 4, lines + textBytes);
    bytes.set(analysis.breakLengths);
    let b = lines;
    for (const t of texts) if (t !== null) b += bytes.write(t, b);
    const { path, textLength, size, mtimeMs, warnings } = analysis;
    this.files.push({ order, chunk, at, path, displayPath, textLength, size, mtimeMs, warnings });
  }

  /**
   * The files' and their articles' columns, in corpus order. The staging is emptied: the chunks
   * are let go once copied.
   */
  columns(): { files: FileColumns; articles: ArticleColumns } {
    const files = this.files.sort((a, b) => a.order - b.order);
    const chunks = new ChunkReader(this.chunks, this.spill);
    const totals = this.totals;
    this.files = [];
    this.chunks = [];
    this.spill = null;
    this.used = this.bytes = 0;
    this.totals = [0, 0, 0, 0, 0];
    try {
      const out = new ColumnsOut(files, totals);
      files.forEach((f, i) => out.copy(i, chunks.at(f.chunk), f.at / 4));
      return out.done();
    } finally {
      chunks.close();
    }
  }

  /** Room for `bytes` in the last chunk, or a new one. */
  private room(bytes: number): { chunk: number; at: number } {
    const at = (this.used + 3) & ~3;
    const last = this.chunks.length - 1;
    this.bytes += bytes;
    if (last >= 0 && at + bytes <= (this.chunks[last] as ArrayBuffer).byteLength) {
      this.used = at + bytes;
      return { chunk: last, at };
    }
    const size = Math.max(bytes, Math.min(MAX_CHUNK_BYTES, Math.max(MIN_CHUNK_BYTES, this.bytes)));
    if (last >= 0) this.spillChunk(last);
    // A multiple of 4: each chunk is read as 32-bit numbers.
    this.chunks.push(new ArrayBuffer((size + 3) & ~3));
    this.used = bytes;
    return { chunk: last + 1, at: 0 };
  }

  /** A full chunk to the spill file, its memory freed; kept in memory when there is no folder or the file cannot be written. */
  private spillChunk(index: number): void {
    if (this.spillFolder === undefined) return;
    const buffer = this.chunks[index] as ArrayBuffer;
    try {
      this.spill ??= new SpilledChunks(this.spillFolder);
      this.chunks[index] = this.spill.put(new Uint8Array(buffer));
      freeBuffers([new Uint8Array(buffer)]);
    } catch {
      // A full or read-only disk: the merge goes on in memory.
    }
  }
}

/**
 * The staged chunks as `columns` reads them, files in corpus order: a spilled one read back when
 * first asked for, the last two read kept. Two workers analyse the files, so those about a chunk's
 * end alternate between two chunks: with one kept, each was read again at every turn.
 */
class ChunkReader {
  /** Chunks read, the latest last (at most KEPT_CHUNKS). */
  private readonly kept: { index: number; i32: Int32Array; u8: Uint8Array }[] = [];

  constructor(
    private readonly chunks: readonly (ArrayBuffer | SpilledChunk)[],
    private readonly spill: SpilledChunks | null,
  ) {}

  at(index: number): { i32: Int32Array; u8: Uint8Array } {
    const kept = this.kept.find((k) => k.index === index);
    if (kept) return kept;
    if (this.kept.length === KEPT_CHUNKS) this.release(this.kept.shift()!);
    const chunk = this.chunks[index]!;
    const buffer = chunk instanceof ArrayBuffer ? chunk : this.spill!.get(chunk);
    const views = { index, i32: new Int32Array(buffer), u8: new Uint8Array(buffer) };
    this.kept.push(views);
    return views;
  }

  /** Every chunk's memory freed, the spill file closed. */
  close(): void {
    for (const k of this.kept.splice(0)) this.release(k);
    freeBuffers(this.chunks.filter((c): c is ArrayBuffer => c instanceof ArrayBuffer).map((c) => new Uint8Array(c)));
    this.spill?.close();
  }

  /** A chunk read let go of, if it was read back from the file (the others are freed together at the end). */
  private release(kept: { index: number; u8: Uint8Array }): void {
    if (!(this.chunks[kept.index] instanceof ArrayBuffer)) freeBuffers([kept.u8]);
  }
}

/** Chunks a ChunkReader keeps read: the two that the files about a chunk's end alternate between. */
const KEPT_CHUNKS = 2;

/** The columns being filled, file after file in corpus order, from the files' records. */
class ColumnsOut {
  private readonly files: FileColumns;
  private readonly articles: ArticleColumns;
  /** Where the next file's values go in each column. */
  private line = 0;
  private sentence = 0;
  private article = 0;
  private paragraph = 0;
  private textByte = 0;

  constructor(
    private readonly staged: readonly StagedFile[],
    [lines, sentenceInts, articles, paragraphInts, textBytes]: number[],
  ) {
    const n = staged.length;
    this.files = {
      paths: encodeStrings(staged.map((f) => f.path)),
      displayPaths: encodeStrings(staged.map((f) => f.displayPath)),
      numbers: new Float64Array(n * FILE_FIELDS),
      mtimes: Float64Array.from(staged, (f) => f.mtimeMs),
      lineStarts: { offsets: new Int32Array(n + 1), values: new Uint32Array(lines!) },
      breakLengths: new Uint8Array(lines!),
      sentences: { offsets: new Int32Array(n + 1), values: new Int32Array(sentenceInts!) },
      byteMarks: { offsets: new Int32Array(n + 1), values: new Uint32Array(0) },
      warnings: { files: Int32Array.from(staged.flatMap((f, i) => f.warnings.map(() => i))), messages: staged.flatMap((f) => f.warnings) },
    };
    this.articles = {
      numbers: new Int32Array(articles! * ARTICLE_FIELDS),
      texts: { bytes: new Uint8Array(textBytes!), offsets: new Int32Array(articles! * ARTICLE_TEXTS.length + 1) },
      paragraphs: { offsets: new Int32Array(articles! + 1), values: new Int32Array(paragraphInts!) },
    };
  }

  /** File i's record, which starts at 32-bit number `k` of its chunk. */
  copy(i: number, chunk: { i32: Int32Array; u8: Uint8Array }, k: number): void {
    const { i32, u8 } = chunk;
    const [lines, sentenceInts, articles, paragraphInts, textBytes] = i32.subarray(k, k + HEAD);
    const f = this.files;
    f.numbers.set([this.staged[i]!.textLength, this.article, this.staged[i]!.size, articles!], i * FILE_FIELDS);
    let at = k + HEAD;
    f.lineStarts.values.set(new Uint32Array(i32.buffer, at * 4, lines), this.line);
    at += lines!;
    f.sentences.values.set(i32.subarray(at, at + sentenceInts!), this.sentence);
    at += sentenceInts!;
    const rows = at;
    at += articles! * ARTICLE_ROW;
    this.articles.paragraphs.values.set(i32.subarray(at, at + paragraphInts!), this.paragraph);
    at += paragraphInts!;
    f.breakLengths.set(u8.subarray(at * 4, at * 4 + lines!), this.line);
    this.articles.texts.bytes.set(u8.subarray(at * 4 + lines!, at * 4 + lines! + textBytes!), this.textByte);
    for (let a = 0; a < articles!; a++) this.copyArticle(i32.subarray(rows + a * ARTICLE_ROW, rows + (a + 1) * ARTICLE_ROW));
    this.line += lines!;
    this.sentence += sentenceInts!;
    f.lineStarts.offsets[i + 1] = this.line;
    f.sentences.offsets[i + 1] = this.sentence;
  }

  /** An article's numbers, its paragraphs' run and its texts' offsets (see StringColumn: a null's end is -start - 1). */
  private copyArticle(row: Int32Array): void {
    const a = this.article++;
    this.articles.numbers.set(row.subarray(0, ARTICLE_FIELDS), a * ARTICLE_FIELDS);
    this.paragraph += row[ARTICLE_FIELDS]!;
    this.articles.paragraphs.offsets[a + 1] = this.paragraph;
    const offsets = this.articles.texts.offsets;
    for (let t = 0; t < ARTICLE_TEXTS.length; t++) {
      const length = row[ARTICLE_FIELDS + 1 + t]!;
      if (length >= 0) this.textByte += length;
      offsets[a * ARTICLE_TEXTS.length + t + 1] = length < 0 ? -this.textByte - 1 : this.textByte;
    }
  }

  done(): { files: FileColumns; articles: ArticleColumns } {
    return { files: this.files, articles: this.articles };
  }
}
