import type { StringList } from './stringList.js';

/**
 * All mentions of the corpus as columns of typed arrays: a million mentions cost about 30 MB
 * instead of a few hundred as objects. A mention is a row number.
 */
export class MentionTable {
  length = 0;
  file: Int32Array<ArrayBuffer>;
  start: Int32Array<ArrayBuffer>;
  /**
   * Its UTF-16 units from start to end (endOf): a name is short, and a 32-bit end per row was
   * 8.4 MB more at 100,000 articles, held through the merge and the snapshot's write, the indexing
   * process's peak. A mention of LONG units or more keeps its end in `longEnds`.
   */
  extent: Uint16Array<ArrayBuffer>;
  private readonly longEnds = new Map<number, number>();
  /** Global article index. */
  article: Int32Array<ArrayBuffer>;
  /** Sentence index within the file, or -1 (titles). */
  sentence: Int32Array<ArrayBuffer>;
  region: Uint8Array<ArrayBuffer>;
  entity: Int32Array<ArrayBuffer>;
  /** Index into the string table of surfaces. */
  surface: Int32Array<ArrayBuffer>;

  /** @param capacity rows to make room for at once: a table that knows its size is never copied to grow. */
  constructor(capacity = 1024) {
    const size = Math.max(16, capacity);
    this.file = new Int32Array(size);
    this.start = new Int32Array(size);
    this.extent = new Uint16Array(size);
    this.article = new Int32Array(size);
    this.sentence = new Int32Array(size);
    this.region = new Uint8Array(size);
    this.entity = new Int32Array(size);
    this.surface = new Int32Array(size);
  }

  push(row: { file: number; start: number; end: number; article: number; sentence: number; region: number; entity: number; surface: number }): number {
    return this.add(row.file, row.start, row.end, row.article, row.sentence, row.region, row.entity, row.surface);
  }

  /** `push` without an object per row. */
  add(file: number, start: number, end: number, article: number, sentence: number, region: number, entity: number, surface: number): number {
    if (this.length === this.file.length) this.grow();
    const i = this.length++;
    this.file[i] = file;
    this.start[i] = start;
    this.setEnd(i, end);
    this.article[i] = article;
    this.sentence[i] = sentence;
    this.region[i] = region;
    this.entity[i] = entity;
    this.surface[i] = surface;
    return i;
  }

  /** Where row `row`'s mention ends (its start and its extent). */
  endOf(row: number): number {
    const extent = this.extent[row]!;
    return extent === LONG ? this.longEnds.get(row)! : this.start[row]! + extent;
  }

  /** Sets row `row`'s end; its start is set already. */
  setEnd(row: number, end: number): void {
    const extent = end - this.start[row]!;
    if (extent >= 0 && extent < LONG) this.extent[row] = extent;
    else {
      this.extent[row] = LONG;
      this.longEnds.set(row, end);
    }
  }

  private grow(): void {
    // By half, not double: at a million articles the table is most of the index.
    const size = Math.ceil(this.file.length * 1.5);
    const grow32 = (a: Int32Array<ArrayBuffer>) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.file = grow32(this.file);
    this.start = grow32(this.start);
    const extent = new Uint16Array(size);
    extent.set(this.extent);
    this.extent = extent;
    this.article = grow32(this.article);
    this.sentence = grow32(this.sentence);
    this.entity = grow32(this.entity);
    this.surface = grow32(this.surface);
    const region = new Uint8Array(size);
    region.set(this.region);
    this.region = region;
  }
}

/** An extent that says the mention's end is kept apart (MentionTable.longEnds). */
const LONG = 0xffff;

/** Interned strings: each distinct surface form is stored once. */
export class StringTable {
  private list: string[] = [];
  private ids: Map<string, number> | null = new Map();
  /** A snapshot's strings, read one by one until one is interned (then copied into `list`). */
  private stored: StringList | null = null;

  /** A table of strings already distinct (a snapshot's): its map is made only if one is interned, its strings read only when asked for. */
  static of(strings: StringList): StringTable {
    const table = new StringTable();
    table.stored = strings;
    table.ids = null;
    return table;
  }

  /** All the strings, by id. */
  get strings(): string[] {
    if (this.stored) {
      // One by one: a spread of a million surfaces (a snapshot of 1M articles) overflows the call stack.
      for (let i = 0; i < this.stored.length; i++) this.list.push(this.stored.at(i)!);
      this.stored = null;
    }
    return this.list;
  }

  get size(): number {
    return this.stored ? this.stored.length : this.list.length;
  }

  intern(value: string): number {
    const strings = this.strings;
    this.ids ??= new Map(strings.map((s, i) => [s, i]));
    let id = this.ids.get(value);
    if (id === undefined) {
      id = strings.length;
      strings.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  get(id: number): string {
    return this.stored ? this.stored.at(id)! : this.list[id]!;
  }
}
