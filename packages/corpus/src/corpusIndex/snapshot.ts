import { deserialize, serialize } from 'node:v8';
import { ANALYSIS_VERSION } from '../analysis/fileAnalysis.js';
import { ENTITY_TYPES, type EntityType } from '../entities/types.js';
import { CorpusIndex, type DerivedTables, type EntityRecord } from './corpusIndex.js';
import { MentionTable, StringTable } from './mentionTable.js';
import { NameMatcher, type AliasTarget } from './nameMatcher.js';
import {
  decodeArticles,
  decodeCounted,
  decodeFiles,
  encodeArticles,
  encodeCounted,
  encodeFiles,
  encodeRuns,
  run,
  SnapshotError,
  type ArticleColumns,
  type CountedRuns,
  type FileColumns,
  type Runs,
} from './snapshotColumns.js';

export { SnapshotError } from './snapshotColumns.js';

/** Raised whenever what a snapshot holds changes; it also carries ANALYSIS_VERSION, since a snapshot holds extraction's results. */
export const SNAPSHOT_SCHEMA = `dossier-index-9.${ANALYSIS_VERSION}`;

/*
 * A warm start is dominated by reading the snapshot back, and V8 deserialises a typed array of a
 * million numbers far faster than a million small objects or a hundred thousand small typed
 * arrays. So the snapshot is columnar: numbers in a few large typed arrays, strings in flat
 * arrays, and each list (a file's lines, an entity's mentions, an article's paragraphs) a run of
 * one column between two offsets. Records are rebuilt from the columns on load.
 */

interface SnapshotData {
  schema: string;
  files: FileColumns;
  articles: ArticleColumns;
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
