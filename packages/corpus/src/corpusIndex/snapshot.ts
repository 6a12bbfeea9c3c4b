import { deserialize, serialize } from 'node:v8';
import { ANALYSIS_VERSION, type ArticleRecord } from '../analysis/fileAnalysis.js';
import { ENTITY_TYPES, type EntityType } from '../entities/types.js';
import { LineIndex } from '../text/lineIndex.js';
import type { Span } from '../text/positions.js';
import { CorpusIndex, type Counted, type DerivedTables, type EntityRecord, type IndexedFile } from './corpusIndex.js';
import { MentionTable, StringTable } from './mentionTable.js';
import { NameMatcher, type AliasTarget } from './nameMatcher.js';

/** Raised whenever what a snapshot holds changes; it also carries ANALYSIS_VERSION, since a snapshot holds extraction's results. */
export const SNAPSHOT_SCHEMA = `dossier-index-9.${ANALYSIS_VERSION}`;

/*
 * A warm start is dominated by reading the snapshot back, and V8 deserialises a typed array of a
 * million numbers far faster than a million small objects or a hundred thousand small typed
 * arrays. So the snapshot is columnar: numbers in a few large typed arrays, strings in flat
 * arrays, and each list (a file's lines, an entity's mentions, an article's paragraphs) a run of
 * one column between two offsets. Records are rebuilt from the columns on load.
 */

/** Lists of numbers as one column: list i is values[offsets[i], offsets[i + 1]). */
interface Runs<T extends Int32Array | Uint32Array | Uint8Array> {
  offsets: Int32Array;
  values: T;
}

interface CountedRuns {
  offsets: Int32Array;
  texts: string[];
  counts: Int32Array;
}

interface SnapshotData {
  schema: string;
  files: {
    paths: string[];
    displayPaths: string[];
    /** Per file: text length, first article's global index, size, article count. */
    numbers: Float64Array;
    mtimes: Float64Array;
    lineStarts: Runs<Uint32Array>;
    breakLengths: Uint8Array;
    sentences: Runs<Int32Array>;
    warnings: string[][];
  };
  articles: {
    /** Per article, ARTICLE_FIELDS numbers: ordinal, span, title span (-1 when none), truncated. */
    numbers: Int32Array;
    /** Per article, ARTICLE_TEXTS strings or null. */
    texts: (string | null)[];
    paragraphs: Runs<Int32Array>;
  };
  entities: {
    ids: string[];
    names: string[];
    types: Uint8Array;
    declared: Uint8Array;
    firstSeen: (string | null)[];
    lastSeen: (string | null)[];
    mentions: Runs<Int32Array>;
    articles: Runs<Int32Array>;
    aliases: CountedRuns;
    descriptions: CountedRuns;
    sources: CountedRuns;
  };
  columns: Record<'file' | 'start' | 'end' | 'article' | 'sentence' | 'entity' | 'surface', Int32Array> & { region: Uint8Array };
  surfaces: string[];
  aliases: { keys: string[]; targets: AliasTarget[] }[];
  derived: DerivedTables;
  /** Whatever the caller needs to know whether the snapshot still describes the corpus. */
  meta: unknown;
}

const ARTICLE_FIELDS = 6;
const ARTICLE_TEXTS = ['title', 'source', 'published', 'publishedRaw', 'byline', 'dateline', 'kicker'] as const;
const FILE_FIELDS = 4;

/**
 * A whole index as one buffer (V8's structured serialization: typed arrays are copied as bytes),
 * so that a warm start reads a file instead of analysing the corpus.
 */
export function serializeIndex(index: CorpusIndex, meta: unknown): Buffer {
  const t = index.table;
  const n = t.length;
  const data: SnapshotData = {
    schema: SNAPSHOT_SCHEMA,
    files: encodeFiles(index.files),
    articles: encodeArticles(index.files.flatMap((f) => f.articles)),
    entities: encodeEntities(index.entities),
    columns: {
      file: t.file.subarray(0, n),
      start: t.start.subarray(0, n),
      end: t.end.subarray(0, n),
      article: t.article.subarray(0, n),
      sentence: t.sentence.subarray(0, n),
      entity: t.entity.subarray(0, n),
      surface: t.surface.subarray(0, n),
      region: t.region.subarray(0, n),
    },
    surfaces: index.surfaces.strings,
    aliases: index.matcher.entries(),
    derived: index.derivedTables(),
    meta,
  };
  return serialize(data);
}

export class SnapshotError extends Error {}

/** The index and the caller's metadata back from a buffer; throws SnapshotError for a foreign or damaged one. */
export function deserializeIndex(buffer: Buffer): { index: CorpusIndex; meta: unknown } {
  let data: SnapshotData;
  try {
    data = deserialize(buffer) as SnapshotData;
  } catch (error) {
    throw new SnapshotError(`unreadable snapshot: ${(error as Error).message}`);
  }
  if (!data || data.schema !== SNAPSHOT_SCHEMA) throw new SnapshotError(`snapshot schema ${String(data?.schema)} is not ${SNAPSHOT_SCHEMA}`);
  try {
    return decode(data);
  } catch (error) {
    throw error instanceof SnapshotError ? error : new SnapshotError(`damaged snapshot: ${(error as Error).message}`);
  }
}

function decode(data: SnapshotData): { index: CorpusIndex; meta: unknown } {
  const files = decodeFiles(data.files, decodeArticles(data.articles));
  const entities = decodeEntities(data.entities);
  const table = new MentionTable();
  const c = data.columns;
  table.length = c.file.length;
  // Deserialized arrays own plain ArrayBuffers; the casts only say so to TypeScript.
  table.file = c.file as Int32Array<ArrayBuffer>;
  table.start = c.start as Int32Array<ArrayBuffer>;
  table.end = c.end as Int32Array<ArrayBuffer>;
  table.article = c.article as Int32Array<ArrayBuffer>;
  table.sentence = c.sentence as Int32Array<ArrayBuffer>;
  table.entity = c.entity as Int32Array<ArrayBuffer>;
  table.surface = c.surface as Int32Array<ArrayBuffer>;
  table.region = c.region as Uint8Array<ArrayBuffer>;
  const surfaces = new StringTable();
  for (const s of data.surfaces) surfaces.intern(s);
  const matcher = new NameMatcher();
  for (const { keys, targets } of data.aliases) for (const target of targets) matcher.addKeys(keys, target);
  matcher.freeze();
  if (c.entity.some((e) => e < 0 || e >= entities.length)) throw new SnapshotError('snapshot mentions point at unknown entities');
  const index = new CorpusIndex(files, entities, table, surfaces, matcher);
  index.restoreDerivedTables(data.derived);
  return { index, meta: data.meta };
}

function encodeFiles(files: readonly IndexedFile[]): SnapshotData['files'] {
  const numbers = new Float64Array(files.length * FILE_FIELDS);
  files.forEach((f, i) => numbers.set([f.lines.length, f.articleBase, f.size, f.articles.length], i * FILE_FIELDS));
  const lineStarts = encodeRuns(
    files.map((f) => f.lines.lineStarts),
    (length) => new Uint32Array(length),
  );
  return {
    paths: files.map((f) => f.path),
    displayPaths: files.map((f) => f.displayPath),
    numbers,
    mtimes: Float64Array.from(files, (f) => f.mtimeMs),
    lineStarts,
    // One break length per line start: the same offsets serve both columns.
    breakLengths: concat(
      files.map((f) => f.lines.breakLengths),
      (length) => new Uint8Array(length),
    ),
    sentences: encodeRuns(
      files.map((f) => f.sentences),
      (length) => new Int32Array(length),
    ),
    warnings: files.map((f) => f.warnings),
  };
}

function decodeFiles(data: SnapshotData['files'], articles: ArticleRecord[]): IndexedFile[] {
  const files: IndexedFile[] = [];
  let nextArticle = 0;
  for (let i = 0; i < data.paths.length; i++) {
    const [length, articleBase, size, articleCount] = data.numbers.subarray(i * FILE_FIELDS, (i + 1) * FILE_FIELDS) as unknown as number[];
    const [from, to] = [data.lineStarts.offsets[i]!, data.lineStarts.offsets[i + 1]!];
    files.push({
      path: data.paths[i]!,
      displayPath: data.displayPaths[i]!,
      lines: new LineIndex(length!, data.lineStarts.values.subarray(from, to), data.breakLengths.subarray(from, to)),
      sentences: run(data.sentences, i),
      articles: articles.slice(nextArticle, (nextArticle += articleCount!)),
      articleBase: articleBase!,
      size: size!,
      mtimeMs: data.mtimes[i]!,
      warnings: data.warnings[i]!,
    });
  }
  if (nextArticle !== articles.length) throw new SnapshotError('snapshot articles do not add up to its files');
  return files;
}

function encodeArticles(articles: readonly ArticleRecord[]): SnapshotData['articles'] {
  const numbers = new Int32Array(articles.length * ARTICLE_FIELDS);
  const texts: (string | null)[] = [];
  articles.forEach((a, i) => {
    numbers.set([a.ordinal, a.span.start, a.span.end, a.titleSpan?.start ?? -1, a.titleSpan?.end ?? -1, a.truncated ? 1 : 0], i * ARTICLE_FIELDS);
    for (const field of ARTICLE_TEXTS) texts.push(a[field]);
  });
  const paragraphs = encodeRuns(
    articles.map((a) => a.paragraphs.flatMap((p) => [p.start, p.end])),
    (length) => new Int32Array(length),
  );
  return { numbers, texts, paragraphs };
}

function decodeArticles(data: SnapshotData['articles']): ArticleRecord[] {
  const count = data.numbers.length / ARTICLE_FIELDS;
  const articles: ArticleRecord[] = new Array(count);
  for (let i = 0; i < count; i++) articles[i] = new DecodedArticle(data, i);
  return articles;
}

/**
 * An article record read from the columns. Its paragraphs, a million small spans in a large
 * corpus that only quote search ever reads, are made when first asked for: allocating them all
 * was a third of a warm start, most of it in the garbage collector.
 */
class DecodedArticle implements ArticleRecord {
  readonly ordinal: number;
  readonly span: Span;
  readonly title: string | null;
  readonly titleSpan: Span | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly publishedRaw: string | null;
  readonly byline: string | null;
  readonly dateline: string | null;
  readonly kicker: string | null;
  readonly truncated: boolean;
  private decodedParagraphs: Span[] | null = null;

  constructor(
    private readonly data: SnapshotData['articles'],
    private readonly i: number,
  ) {
    const n = data.numbers;
    const at = i * ARTICLE_FIELDS;
    const text = (field: number) => data.texts[i * ARTICLE_TEXTS.length + field] ?? null;
    this.ordinal = n[at]!;
    this.span = { start: n[at + 1]!, end: n[at + 2]! };
    this.title = text(0);
    this.titleSpan = n[at + 3]! < 0 ? null : { start: n[at + 3]!, end: n[at + 4]! };
    this.source = text(1);
    this.published = text(2);
    this.publishedRaw = text(3);
    this.byline = text(4);
    this.dateline = text(5);
    this.kicker = text(6);
    this.truncated = n[at + 5] === 1;
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
    const { data: _data, i: _i, decodedParagraphs: _paragraphs, ...fields } = this;
    return { ...fields, paragraphs: this.paragraphs };
  }
}

function encodeEntities(entities: readonly EntityRecord[]): SnapshotData['entities'] {
  const int32 = (length: number) => new Int32Array(length);
  return {
    ids: entities.map((e) => e.id),
    names: entities.map((e) => e.name),
    types: Uint8Array.from(entities, (e) => ENTITY_TYPES.indexOf(e.type)),
    declared: Uint8Array.from(entities, (e) => (e.declared ? 1 : 0)),
    firstSeen: entities.map((e) => e.firstSeen),
    lastSeen: entities.map((e) => e.lastSeen),
    mentions: encodeRuns(
      entities.map((e) => e.mentions),
      int32,
    ),
    articles: encodeRuns(
      entities.map((e) => e.articles),
      int32,
    ),
    aliases: encodeCounted(entities.map((e) => e.aliases)),
    descriptions: encodeCounted(entities.map((e) => e.descriptions)),
    sources: encodeCounted(entities.map((e) => e.sources)),
  };
}

function decodeEntities(data: SnapshotData['entities']): EntityRecord[] {
  return data.ids.map((id, i) => {
    const type: EntityType | undefined = ENTITY_TYPES[data.types[i]!];
    if (!type) throw new SnapshotError(`snapshot entity ${id} has an unknown type`);
    return {
      index: i,
      id,
      name: data.names[i]!,
      type,
      aliases: decodeCounted(data.aliases, i),
      descriptions: decodeCounted(data.descriptions, i),
      mentions: run(data.mentions, i),
      articles: run(data.articles, i),
      sources: decodeCounted(data.sources, i),
      firstSeen: data.firstSeen[i] ?? null,
      lastSeen: data.lastSeen[i] ?? null,
      declared: data.declared[i] === 1,
    };
  });
}

function encodeRuns<T extends Int32Array | Uint32Array | Uint8Array>(lists: readonly ArrayLike<number>[], make: (length: number) => T): Runs<T> {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  return { offsets, values: concat(lists, make) };
}

function concat<T extends Int32Array | Uint32Array | Uint8Array>(lists: readonly ArrayLike<number>[], make: (length: number) => T): T {
  const values = make(lists.reduce((sum, list) => sum + list.length, 0));
  let at = 0;
  for (const list of lists) {
    values.set(list, at);
    at += list.length;
  }
  return values;
}

/** A view, not a copy: the runs of one column share its buffer. */
function run<T extends Int32Array | Uint32Array | Uint8Array>(runs: Runs<T>, i: number): T {
  return runs.values.subarray(runs.offsets[i]!, runs.offsets[i + 1]!) as T;
}

function encodeCounted(lists: readonly Counted[][]): CountedRuns {
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
  return { offsets, texts, counts: Int32Array.from(counts) };
}

function decodeCounted(runs: CountedRuns, i: number): Counted[] {
  const out: Counted[] = [];
  for (let k = runs.offsets[i]!; k < runs.offsets[i + 1]!; k++) out.push({ text: runs.texts[k]!, count: runs.counts[k]! });
  return out;
}
