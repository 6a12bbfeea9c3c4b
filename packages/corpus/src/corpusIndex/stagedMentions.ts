import type { MentionColumns } from '../analysis/fileAnalysis.js';
import { freeBuffers } from './freeBuffers.js';

/** Rows per chunk once the corpus is large: 17 MB of columns, so that no growth ever copies much. */
const MAX_CHUNK_ROWS = 1 << 20;
const MIN_CHUNK_ROWS = 1 << 12;

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
  columns: StagedColumns;
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

  /** Keeps a file's mentions, forms renumbered through `forms`; returns the file's slot. */
  append(mentions: MentionColumns, forms: ArrayLike<number>): number {
    const count = mentions.form.length;
    const chunk = this.chunkWithRoom(count, needsWideColumns(mentions));
    const at = chunk.used;
    const c = chunk.columns;
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

  /** A file's mentions, as views into their chunk. */
  columns(slot: number): StagedColumns {
    const s = this.slots[slot];
    if (!s) throw new Error(`mentions of slot ${slot} were released`);
    const c = s.chunk.columns;
    const view = <T extends Int32Array | Uint16Array | Uint8Array>(a: T) => a.subarray(s.from, s.to) as T;
    return { form: view(c.form), start: view(c.start), length: view(c.length), sentence: view(c.sentence), article: view(c.article), region: view(c.region) };
  }

  /** Lets a file's mentions go; a chunk's memory goes (at once, freeBuffers) once all of its files have. */
  release(slot: number): void {
    const s = this.slots[slot];
    if (!s) return;
    this.slots[slot] = null;
    if (--s.chunk.live === 0 && s.chunk !== this.chunks[this.chunks.length - 1]) freeChunk(s.chunk);
  }

  /** Lets every file's mentions go, the last chunk's too: the staging is spent. */
  releaseAll(): void {
    this.slots.fill(null);
    for (const chunk of this.chunks) freeChunk(chunk);
  }

  private chunkWithRoom(count: number, wide: boolean): Chunk {
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.columns.form.length - last.used >= count && (last.wide || !wide)) return last;
    // Chunks grow with the corpus: a small corpus never holds megabytes of empty rows.
    const size = Math.max(count, Math.min(MAX_CHUNK_ROWS, Math.max(MIN_CHUNK_ROWS, this.rows)));
    const chunk: Chunk = { columns: emptyColumns(size, wide), wide, used: 0, live: 0 };
    this.chunks.push(chunk);
    return chunk;
  }
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
  chunk.live = 0;
  freeBuffers([c.form, c.start, c.length, c.sentence, c.article, c.region]);
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
