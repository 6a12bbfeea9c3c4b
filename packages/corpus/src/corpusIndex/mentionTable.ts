/**
 * All mentions of the corpus as columns of typed arrays: a million mentions cost about 30 MB
 * instead of a few hundred as objects. A mention is a row number.
 */
export class MentionTable {
  length = 0;
  file = new Int32Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  /** Global article index. */
  article = new Int32Array(1024);
  /** Sentence index within the file, or -1 (titles). */
  sentence = new Int32Array(1024);
  region = new Uint8Array(1024);
  entity = new Int32Array(1024);
  /** Index into the string table of surfaces. */
  surface = new Int32Array(1024);

  push(row: { file: number; start: number; end: number; article: number; sentence: number; region: number; entity: number; surface: number }): number {
    if (this.length === this.file.length) this.grow();
    const i = this.length++;
    this.file[i] = row.file;
    this.start[i] = row.start;
    this.end[i] = row.end;
    this.article[i] = row.article;
    this.sentence[i] = row.sentence;
    this.region[i] = row.region;
    this.entity[i] = row.entity;
    this.surface[i] = row.surface;
    return i;
  }

  private grow(): void {
    const size = this.file.length * 2;
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.file = grow32(this.file);
    this.start = grow32(this.start);
    this.end = grow32(this.end);
    this.article = grow32(this.article);
    this.sentence = grow32(this.sentence);
    this.entity = grow32(this.entity);
    this.surface = grow32(this.surface);
    const region = new Uint8Array(size);
    region.set(this.region);
    this.region = region;
  }
}

/** Interned strings: each distinct surface form is stored once. */
export class StringTable {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  get(id: number): string {
    return this.strings[id]!;
  }
}
