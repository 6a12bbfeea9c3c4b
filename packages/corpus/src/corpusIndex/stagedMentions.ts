import type { MentionColumns } from '../analysis/fileAnalysis.js';
import { freeBuffers } from './freeBuffers.js';
import { SpilledChunks, type SpilledChunk } from './spilledChunks.js';

/** Rows per chunk once the corpus is large: 17 MB of columns, so that no growth ever copies much. */
const MAX_CHUNK_ROWS = 1 << 20;
/**
 * Rows per chunk once the corpus is large, where full chunks wait in a spill file: 4.5 MB of
 * columns, as many as may be in memory at once besides the one being filled (the merge reads two
 * back at a time, see READ_BACK).
 */
const MAX_SPILLED_CHUNK_ROWS = 1 << 18;
const MIN_CHUNK_ROWS = 1 << 12;
/**
 * Chunks read back from the spill file kept in memory at once: the merge reads files in corpus
 * order, which is not quite the order they came in (two workers analyse them), so the files about
 * a chunk's end alternate between two chunks, each read once and not again and again.
 */
const READ_BACK = 2;

/**
 * A file's staged mentions: its MentionColumns with each mention's length instead of its end, and
 * the length and the article's ordinal in 16 bits where they fit (a name is never 65,536
 * characters long, nor a file's articles as many), in 32 bits in a chunk of their own where not:
 * 17 bytes a row instead of 21, 11 MB less at 100,000 articles (2.8 million rows).
 */
export interface StagedColumns {
  form: Int32Array;
  start: Int32Array;
  length: Uint16Array | Int32Array;
  sentence: Int32Array;
  article: Uint16Array | Int32Array;
  region: Uint8Array;
}

const NARROW = 0xffff;

interface Chunk {
  /** Null while the chunk waits in the spill file only. */
  columns: StagedColumns | null;
  /** Where its used rows wait in the spill file, once full (with a spill folder). */
  spilled: SpilledChunk | null;
  /** Lengths and articles in 32 bits. */
  wide: boolean;
  used: number;
  /** Files whose rows are here and not yet released. */
  live: number;
}

interface Slot {
  chunk: Chunk;
  from: number;
  to: number;
}

/**
 * The mentions of every file the merge was given, until it decides: columns in chunks that are
 * filled one after another and let go once every file in them is consumed. A typed array per file
 * and column cost more than the rows themselves at a hundred thousand files, and one growing array
 * would copy itself (half a gigabyte at a million articles) each time it grew.
 */
export class StagedMentions {
  private readonly chunks: Chunk[] = [];
  private readonly slots: (Slot | null)[] = [];
  private rows = 0;
  private spill: SpilledChunks | null = null;
  /** Spilled chunks read back and in memory, the oldest first (at most READ_BACK). */
  private readonly readBack: Chunk[] = [];

  /**
   * With a folder, each full chunk waits in a temporary file there (SpilledChunks) until the merge
   * reads it: at 100,000 articles 44 of the 48 MB staged, held while the analysis workers ran.
   */
  constructor(private readonly spillFolder?: string) {}

  /** Keeps a file's mentions, forms renumbered through `forms`; returns the file's slot. */
  append(mentions: MentionColumns, forms: ArrayLike<number>): number {
    const count = mentions.form.length;
    const chunk = this.chunkWithRoom(count, needsWideColumns(mentions));
    const at = chunk.used;
    const c = chunk.columns!;
    for (let row = 0; row < count; row++) {
      c.form[at + row] = forms[mentions.form[row]!]!;
      c.length[at + row] = mentions.end[row]! - mentions.start[row]!;
    }
    c.start.set(mentions.start, at);
    c.sentence.set(mentions.sentence, at);
    c.article.set(mentions.article, at);
    c.region.set(mentions.region, at);
    chunk.used += count;
    chunk.live++;
    this.rows += count;
    this.slots.push({ chunk, from: at, to: at + count });
    return this.slots.length - 1;
  }

  get length(): number {
    return this.rows;
  }

  /** Bytes of columns held in memory now: the chunk being filled and any not spilled or read back. */
  get bytesInMemory(): number {
    let bytes = 0;
    for (const { columns } of this.chunks) if (columns) bytes += bufferBytes(columns);
    return bytes;
  }

  /**
   * A file's mentions, as views into their chunk. A spilled chunk is read back when first asked
   * for: use the views before asking for another file's (they may read as empty after).
   */
  columns(slot: number): StagedColumns {
    const s = this.slots[slot];
    if (!s) throw new Error(`mentions of slot ${slot} were released`);
    const c = s.chunk.columns ?? this.readBackChunk(s.chunk);
    const view = <T extends Int32Array | Uint16Array | Uint8Array>(a: T) => a.subarray(s.from, s.to) as T;
    return { form: view(c.form), start: view(c.start), length: view(c.length), sentence: view(c.sentence), article: view(c.article), region: view(c.region) };
  }

  /** Lets a file's mentions go; a chunk's memory goes (at once, freeBuffers) once all of its files have. */
  release(slot: number): void {
    const s = this.slots[slot];
    if (!s) return;
    this.slots[slot] = null;
    if (--s.chunk.live > 0 || s.chunk === this.chunks[this.chunks.length - 1]) return;
    freeChunk(s.chunk);
    const read = this.readBack.indexOf(s.chunk);
    if (read >= 0) this.readBack.splice(read, 1);
  }

  /** Lets every file's mentions go, the last chunk's too: the staging is spent, its spill file closed. */
  releaseAll(): void {
    this.slots.fill(null);
    for (const chunk of this.chunks) freeChunk(chunk);
    this.readBack.length = 0;
    this.spill?.close();
    this.spill = null;
  }

  private chunkWithRoom(count: number, wide: boolean): Chunk {
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.columns!.form.length - last.used >= count && (last.wide || !wide)) return last;
    // Only the last chunk is ever filled: the one before is full.
    if (last) this.spillChunk(last);
    // Chunks grow with the corpus: a small corpus never holds megabytes of empty rows.
    const max = this.spillFolder === undefined ? MAX_CHUNK_ROWS : MAX_SPILLED_CHUNK_ROWS;
    const size = Math.max(count, Math.min(max, Math.max(MIN_CHUNK_ROWS, this.rows)));
    const chunk: Chunk = { columns: emptyColumns(size, wide), spilled: null, wide, used: 0, live: 0 };
    this.chunks.push(chunk);
    return chunk;
  }

  /** A full chunk's used rows to the spill file, its memory freed; kept in memory when there is no folder or the file cannot be written. */
  private spillChunk(chunk: Chunk): void {
    if (this.spillFolder === undefined || chunk.used === 0) return;
    const c = chunk.columns!;
    const bytes = SPILL_ORDER.map((name) => {
      const column = c[name];
      return new Uint8Array(column.buffer, 0, chunk.used * column.BYTES_PER_ELEMENT);
    });
    try {
      this.spill ??= new SpilledChunks(this.spillFolder);
      chunk.spilled = this.spill.putAll(bytes);
    } catch {
      // A full or read-only disk: the merge goes on in memory.
      return;
    }
    chunk.columns = null;
    freeColumns(c);
  }

  /** A spilled chunk's columns, read back (and the chunk read back longest ago let go of). */
  private readBackChunk(chunk: Chunk): StagedColumns {
    if (this.readBack.length >= READ_BACK) {
      const oldest = this.readBack.shift()!;
      freeColumns(oldest.columns!);
      oldest.columns = null;
    }
    chunk.columns = spilledColumns(this.spill!.get(chunk.spilled!), chunk.used, chunk.wide);
    this.readBack.push(chunk);
    return chunk.columns;
  }
}

function bufferBytes(columns: StagedColumns): number {
  let bytes = 0;
  for (const buffer of new Set(Object.values(columns).map((v: ArrayBufferView) => v.buffer))) bytes += buffer.byteLength;
  return bytes;
}

/** The columns in the order a spilled chunk holds them: widest first, so that each view is aligned. */
const SPILL_ORDER = ['form', 'start', 'sentence', 'length', 'article', 'region'] as const;

/** A spilled chunk's columns, views of the one buffer it was read back into. */
function spilledColumns(buffer: ArrayBuffer, rows: number, wide: boolean): StagedColumns {
  let at = 0;
  const next = <T>(make: new (buffer: ArrayBuffer, offset: number, length: number) => T, bytes: number): T => {
    const view = new make(buffer, at, rows);
    at += rows * bytes;
    return view;
  };
  const form = next(Int32Array, 4);
  const start = next(Int32Array, 4);
  const sentence = next(Int32Array, 4);
  const length = wide ? next(Int32Array, 4) : next(Uint16Array, 2);
  const article = wide ? next(Int32Array, 4) : next(Uint16Array, 2);
  return { form, start, length, sentence, article, region: next(Uint8Array, 1) };
}

/** Whether some mention of the file is longer than 16 bits count, or stands in an article past them. */
function needsWideColumns(mentions: MentionColumns): boolean {
  for (let row = 0; row < mentions.form.length; row++) {
    if (mentions.end[row]! - mentions.start[row]! > NARROW || mentions.article[row]! > NARROW) return true;
  }
  return false;
}

function freeChunk(chunk: Chunk): void {
  const c = chunk.columns;
  chunk.columns = emptyColumns(0, false);
  chunk.spilled = null;
  chunk.live = 0;
  if (c) freeColumns(c);
}

/** The buffers under a chunk's columns given back now (freeBuffers): one per column, or the one a spilled chunk was read back into. */
function freeColumns(c: StagedColumns): void {
  const views = [c.form, c.start, c.length, c.sentence, c.article, c.region];
  freeBuffers(views.filter((v) => v.buffer.byteLength > 0).map((v) => new Uint8Array(v.buffer)));
}

function emptyColumns(size: number, wide: boolean): StagedColumns {
  return {
    form: new Int32Array(size),
    start: new Int32Array(size),
    length: wide ? new Int32Array(size) : new Uint16Array(size),
    sentence: new Int32Array(size),
    article: wide ? new Int32Array(size) : new Uint16Array(size),
    region: new Uint8Array(size),
  };
}
