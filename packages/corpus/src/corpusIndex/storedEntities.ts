import { ENTITY_TYPES, type EntityType } from '../entities/types.js';
import type { Counted, EntityRecord } from './corpusIndex.js';
import type { MentionTable } from './mentionTable.js';
import { decodeCounted, run, SnapshotError, StoredStrings, type CountedRuns, type Runs, type StringColumn } from './snapshotColumns.js';
import type { SnapshotSource } from './snapshotSource.js';

/** What a snapshot keeps of the entities: names and counts at hand, mentions on disk. */
export interface EntityColumns {
  ids: StringColumn;
  names: StringColumn;
  types: Uint8Array;
  declared: Uint8Array;
  /** Dates, or null. */
  firstSeen: StringColumn;
  lastSeen: StringColumn;
  /** Entity i's mentions are rows mentionStarts[i] to mentionStarts[i + 1] of the mention columns. */
  mentionStarts: Int32Array;
  articles: Runs<Int32Array>;
  aliases: CountedRuns;
  descriptions: CountedRuns;
  sources: CountedRuns;
}

/**
 * The mention columns a snapshot stores, in this order within each entity's block (see
 * MentionLoader): the two co-mentions read first, so that they are the block's first bytes.
 */
export const MENTION_COLUMNS = ['file', 'sentence', 'start', 'end', 'article', 'surface', 'region'] as const;
export type MentionColumn = (typeof MENTION_COLUMNS)[number];

/** Each column's bytes per row (little-endian numbers): MentionTable's typed arrays. */
export const MENTION_COLUMN_BYTES: Readonly<Record<MentionColumn, number>> = { file: 4, sentence: 4, start: 4, end: 4, article: 4, surface: 4, region: 1 };
/** Where each column begins in a block, per row of the block: column c of an n-row block starts at n * COLUMN_AT[c]. */
const COLUMN_AT = MENTION_COLUMNS.reduce((at, name, c) => [...at, at[c]! + MENTION_COLUMN_BYTES[name]], [0]);
/** A mention row's bytes, all columns. */
export const MENTION_ROW_BYTES = COLUMN_AT[MENTION_COLUMNS.length]!;

/** The columns co-mentions read of the entities they rank (CorpusIndex.sentenceSharing): the first two of a block. */
const SENTENCE_COLUMNS = 2;

/** How much of an entity's rows has been read. */
const enum Loaded {
  Nothing = 0,
  /** The file and sentence columns only. */
  Sentences = 1,
  All = 2,
}

/**
 * An entity's mention rows, read from the snapshot when first asked for: a warm start reads no
 * mention at all, and a card reads only its entity's. The table's columns are allocated whole but
 * zeroed, which costs no memory until rows are written into them; the rows read are placed one
 * after another in the order they are read (an entity's rows stay in corpus order), not where
 * the snapshot has them, so the pages written fill up (see `place`). The snapshot keeps each
 * entity's rows as one block (its files, then its sentences, starts, ends, articles, surfaces and
 * regions), so a card's entity costs one read of a few hundred bytes: with a range of each of seven
 * column sections, a first card made seven reads at seven places of the file for it, about 40% of
 * the card's time in-process at 100k. The 40 entities a card's co-mentions rank need only the
 * first two columns of theirs (`sentenceRows`): the block's first bytes.
 */
export class MentionLoader {
  private readonly loaded: Uint8Array;
  /** Where entity e's rows are in the table (its first row), or -1 before they are read. */
  private readonly placedAt: Int32Array;
  /** Row r of the table is rowIds[r] (= r): an entity's rows are a view of it. */
  private readonly rowIds: Int32Array;
  /** The table's rows placed so far. */
  private placed = 0;

  constructor(
    private readonly source: SnapshotSource,
    /** Where the blocks are: entity e's at offset + mentionStarts[e] * MENTION_ROW_BYTES. */
    private readonly section: { offset: number; length: number },
    private readonly starts: Int32Array,
    private readonly table: MentionTable,
    private readonly surfaceCount: number,
  ) {
    if (section.length !== table.length * MENTION_ROW_BYTES) throw new SnapshotError(`snapshot mention section holds ${section.length} bytes, not ${table.length} rows`);
    this.loaded = new Uint8Array(starts.length - 1);
    this.placedAt = new Int32Array(starts.length - 1).fill(-1);
    this.rowIds = new Int32Array(table.length);
  }

  /** The rows of entity `e`, read from the snapshot the first time. */
  rows(e: number): Int32Array {
    const at = this.place(e);
    const count = this.starts[e + 1]! - this.starts[e]!;
    if (this.loaded[e] !== Loaded.All) {
      this.read(e, at, this.loaded[e] === Loaded.Sentences ? SENTENCE_COLUMNS : 0, MENTION_COLUMNS.length);
      this.checkSurfaces(at, at + count);
      this.table.entity.fill(e, at, at + count);
      this.loaded[e] = Loaded.All;
    }
    return this.rowIds.subarray(at, at + count);
  }

  /** The rows of entity `e` with only their file and sentence columns sure to be read. */
  sentenceRows(e: number): Int32Array {
    const at = this.place(e);
    const count = this.starts[e + 1]! - this.starts[e]!;
    if (this.loaded[e] === Loaded.Nothing) {
      this.read(e, at, 0, SENTENCE_COLUMNS);
      this.loaded[e] = Loaded.Sentences;
    }
    return this.rowIds.subarray(at, at + count);
  }

  /**
   * Where entity e's rows are in the table: the next free rows when they are first asked for. A
   * first card's entity of 20 rows, written where the snapshot has its rows, was the first write
   * to a page of each of the eight columns and of `rowIds` (4 KB of memory the system had still to
   * map, 25–40 µs each on the 2-core machine, most of the card's reading of its mentions); placed
   * after the rows read before, it fills pages already mapped.
   */
  private place(e: number): number {
    let at = this.placedAt[e]!;
    if (at < 0) {
      this.placedAt[e] = at = this.placed;
      const count = this.starts[e + 1]! - this.starts[e]!;
      for (let row = at; row < at + count; row++) this.rowIds[row] = row;
      this.placed += count;
    }
    return at;
  }

  /** Columns `first` to `last` (exclusive) of entity e's block, in one read, into the table's rows from `at` on. */
  private read(e: number, at: number, first: number, last: number): void {
    const count = this.starts[e + 1]! - this.starts[e]!;
    const block = this.section.offset + this.starts[e]! * MENTION_ROW_BYTES;
    const bytes = this.source.read(block + count * COLUMN_AT[first]!, count * (COLUMN_AT[last]! - COLUMN_AT[first]!));
    let offset = 0;
    for (let c = first; c < last; c++) {
      const name = MENTION_COLUMNS[c]!;
      const length = count * MENTION_COLUMN_BYTES[name];
      if (name === 'end') this.readEnds(bytes.subarray(offset, offset + length), at);
      else {
        const column = this.table[name];
        new Uint8Array(column.buffer, column.byteOffset + at * column.BYTES_PER_ELEMENT, length).set(bytes.subarray(offset, offset + length));
      }
      offset += length;
    }
  }

  /** The ends of the rows from `at` on, as the table keeps them (after their starts, which a block holds before them). */
  private readEnds(bytes: Uint8Array, at: number): void {
    const count = bytes.byteLength / 4;
    if (this.ends.length < count) this.ends = new Int32Array(Math.max(count, this.ends.length * 2));
    // Copied aligned at once (a block's columns start anywhere), as the other columns are, then each made an extent.
    new Uint8Array(this.ends.buffer, 0, bytes.byteLength).set(bytes);
    const { start, extent } = this.table;
    for (let i = 0; i < count; i++) {
      const length = this.ends[i]! - start[at + i]!;
      if (length >= 0 && length < 0xffff) extent[at + i] = length;
      else this.table.setEnd(at + i, this.ends[i]!);
    }
  }

  /** The ends of the block being read. */
  private ends = new Int32Array(1 << 10);

  private checkSurfaces(from: number, to: number): void {
    const { surface } = this.table;
    for (let row = from; row < to; row++) {
      if (surface[row]! < 0 || surface[row]! >= this.surfaceCount) throw new SnapshotError(`snapshot mention ${row} has an unknown surface form`);
    }
  }
}

/** A snapshot's entity columns, with their strings decoded when first read. */
export class StoredEntityColumns {
  readonly ids: StoredStrings;
  readonly names: StoredStrings;
  readonly firstSeen: StoredStrings<string | null>;
  readonly lastSeen: StoredStrings<string | null>;

  constructor(readonly data: EntityColumns) {
    this.ids = new StoredStrings(data.ids);
    this.names = new StoredStrings(data.names);
    this.firstSeen = new StoredStrings(data.firstSeen);
    this.lastSeen = new StoredStrings(data.lastSeen);
    const count = data.types.length;
    if ([this.ids, this.names, this.firstSeen, this.lastSeen].some((column) => column.length !== count)) throw new SnapshotError('snapshot entity columns do not add up');
  }

  get count(): number {
    return this.data.types.length;
  }
}

/** An entity as a snapshot gives it back: its strings and lists are decoded when first read. */
export class StoredEntity implements EntityRecord {
  readonly type: EntityType;
  readonly declared: boolean;
  readonly mentionCount: number;
  private decoded: { aliases?: Counted[]; descriptions?: Counted[]; sources?: Counted[] } = {};

  constructor(
    private readonly columns: StoredEntityColumns,
    readonly index: number,
    private readonly loader: MentionLoader,
  ) {
    const data = columns.data;
    const type: EntityType | undefined = ENTITY_TYPES[data.types[index]!];
    if (!type) throw new SnapshotError(`snapshot entity ${columns.ids.at(index)} has an unknown type`);
    this.type = type;
    this.declared = data.declared[index] === 1;
    this.mentionCount = data.mentionStarts[index + 1]! - data.mentionStarts[index]!;
  }

  get id(): string {
    return this.columns.ids.at(this.index)!;
  }

  get name(): string {
    return this.columns.names.at(this.index)!;
  }

  get firstSeen(): string | null {
    return this.columns.firstSeen.at(this.index) ?? null;
  }

  get lastSeen(): string | null {
    return this.columns.lastSeen.at(this.index) ?? null;
  }

  get mentions(): Int32Array {
    return this.loader.rows(this.index);
  }

  get sentenceMentions(): Int32Array {
    return this.loader.sentenceRows(this.index);
  }

  get articles(): Int32Array {
    return run(this.columns.data.articles, this.index);
  }

  get articleCount(): number {
    const offsets = this.columns.data.articles.offsets;
    return offsets[this.index + 1]! - offsets[this.index]!;
  }

  get aliases(): Counted[] {
    return (this.decoded.aliases ??= decodeCounted(this.columns.data.aliases, this.index));
  }

  get descriptions(): Counted[] {
    return (this.decoded.descriptions ??= decodeCounted(this.columns.data.descriptions, this.index));
  }

  get sources(): Counted[] {
    return (this.decoded.sources ??= decodeCounted(this.columns.data.sources, this.index));
  }

  /** As a record of plain fields (its getters are not own properties). */
  toJSON(): Omit<EntityRecord, 'sentenceMentions'> {
    const { index, id, name, type, aliases, descriptions, mentions, mentionCount, articles, sources, firstSeen, lastSeen, declared } = this;
    return { index, id, name, type, aliases, descriptions, mentions, mentionCount, articles, sources, firstSeen, lastSeen, declared };
  }
}
