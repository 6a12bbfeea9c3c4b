import { ENTITY_TYPES, type EntityType } from '../entities/types.js';
import type { Counted, EntityRecord } from './corpusIndex.js';
import type { MentionTable } from './mentionTable.js';
import { decodeCounted, run, SnapshotError, type CountedRuns, type Runs } from './snapshotColumns.js';
import type { SnapshotSource } from './snapshotSource.js';

/** What a snapshot keeps of the entities: names and counts at hand, mentions on disk. */
export interface EntityColumns {
  ids: string[];
  names: string[];
  types: Uint8Array;
  declared: Uint8Array;
  firstSeen: (string | null)[];
  lastSeen: (string | null)[];
  /** Entity i's mentions are rows mentionStarts[i] to mentionStarts[i + 1] of the mention columns. */
  mentionStarts: Int32Array;
  articles: Runs<Int32Array>;
  aliases: CountedRuns;
  descriptions: CountedRuns;
  sources: CountedRuns;
}

/** The mention columns a snapshot stores, in this order, entity by entity. */
export const MENTION_COLUMNS = ['file', 'start', 'end', 'article', 'sentence', 'surface', 'region'] as const;
export type MentionColumn = (typeof MENTION_COLUMNS)[number];

/** The columns co-mentions read of the entities they rank (CorpusIndex.sentenceSharing). */
const SENTENCE_COLUMNS: readonly MentionColumn[] = ['file', 'sentence'];
const OTHER_COLUMNS = MENTION_COLUMNS.filter((name) => !SENTENCE_COLUMNS.includes(name));

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
 * zeroed, which costs no memory until rows are written into them. Rows are stored entity by entity,
 * so an entity's rows are one range of each column: one read per column. The 40 entities a card's
 * co-mentions rank need only two columns of theirs (`sentenceRows`): 80 reads, not 280.
 */
export class MentionLoader {
  private readonly loaded: Uint8Array;
  private readonly rowIds: Int32Array;

  constructor(
    private readonly source: SnapshotSource,
    private readonly columns: Record<MentionColumn, { offset: number; length: number }>,
    private readonly starts: Int32Array,
    private readonly table: MentionTable,
    private readonly surfaceCount: number,
  ) {
    this.loaded = new Uint8Array(starts.length - 1);
    this.rowIds = new Int32Array(table.length);
  }

  /** The rows of entity `e`, read from the snapshot the first time. */
  rows(e: number): Int32Array {
    const from = this.starts[e]!;
    const to = this.starts[e + 1]!;
    if (this.loaded[e] !== Loaded.All) {
      this.read(this.loaded[e] === Loaded.Sentences ? OTHER_COLUMNS : MENTION_COLUMNS, from, to);
      this.checkSurfaces(from, to);
      this.table.entity.fill(e, from, to);
      this.numberRows(e, from, to);
      this.loaded[e] = Loaded.All;
    }
    return this.rowIds.subarray(from, to);
  }

  /** The rows of entity `e` with only their file and sentence columns sure to be read. */
  sentenceRows(e: number): Int32Array {
    const from = this.starts[e]!;
    const to = this.starts[e + 1]!;
    if (this.loaded[e] === Loaded.Nothing) {
      this.read(SENTENCE_COLUMNS, from, to);
      this.numberRows(e, from, to);
      this.loaded[e] = Loaded.Sentences;
    }
    return this.rowIds.subarray(from, to);
  }

  private numberRows(e: number, from: number, to: number): void {
    if (this.loaded[e] === Loaded.Nothing) for (let row = from; row < to; row++) this.rowIds[row] = row;
  }

  private read(names: readonly MentionColumn[], from: number, to: number): void {
    for (const name of names) {
      const column = this.table[name];
      const width = column.BYTES_PER_ELEMENT;
      const into = new Uint8Array(column.buffer, column.byteOffset + from * width, (to - from) * width);
      this.source.read(this.columns[name].offset + from * width, (to - from) * width, into);
    }
  }

  private checkSurfaces(from: number, to: number): void {
    const { surface } = this.table;
    for (let row = from; row < to; row++) {
      if (surface[row]! < 0 || surface[row]! >= this.surfaceCount) throw new SnapshotError(`snapshot mention ${row} has an unknown surface form`);
    }
  }
}

/** An entity as a snapshot gives it back: its lists are decoded when first read. */
export class StoredEntity implements EntityRecord {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly declared: boolean;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly mentionCount: number;
  private decoded: { aliases?: Counted[]; descriptions?: Counted[]; sources?: Counted[] } = {};

  constructor(
    private readonly data: EntityColumns,
    readonly index: number,
    private readonly loader: MentionLoader,
  ) {
    const type: EntityType | undefined = ENTITY_TYPES[data.types[index]!];
    if (!type) throw new SnapshotError(`snapshot entity ${data.ids[index]} has an unknown type`);
    this.id = data.ids[index]!;
    this.name = data.names[index]!;
    this.type = type;
    this.declared = data.declared[index] === 1;
    this.firstSeen = data.firstSeen[index] ?? null;
    this.lastSeen = data.lastSeen[index] ?? null;
    this.mentionCount = data.mentionStarts[index + 1]! - data.mentionStarts[index]!;
  }

  get mentions(): Int32Array {
    return this.loader.rows(this.index);
  }

  get sentenceMentions(): Int32Array {
    return this.loader.sentenceRows(this.index);
  }

  get articles(): Int32Array {
    return run(this.data.articles, this.index);
  }

  get aliases(): Counted[] {
    return (this.decoded.aliases ??= decodeCounted(this.data.aliases, this.index));
  }

  get descriptions(): Counted[] {
    return (this.decoded.descriptions ??= decodeCounted(this.data.descriptions, this.index));
  }

  get sources(): Counted[] {
    return (this.decoded.sources ??= decodeCounted(this.data.sources, this.index));
  }

}
