import { deserialize, serialize } from 'node:v8';
import { LineIndex } from '../text/lineIndex.js';
import { CorpusIndex, type EntityRecord, type IndexedFile } from './corpusIndex.js';
import { MentionTable, StringTable } from './mentionTable.js';
import { NameMatcher, type AliasTarget } from './nameMatcher.js';

/** Bumped whenever what a snapshot holds, or how extraction works, changes: older snapshots are rebuilt. */
export const SNAPSHOT_SCHEMA = 'dossier-index-3';

interface SnapshotData {
  schema: string;
  files: (Omit<IndexedFile, 'lines'> & { length: number; lineStarts: Uint32Array; breakLengths: Uint8Array })[];
  entities: EntityRecord[];
  columns: Record<'file' | 'start' | 'end' | 'article' | 'sentence' | 'entity' | 'surface', Int32Array> & { region: Uint8Array };
  surfaces: string[];
  aliases: { keys: string[]; targets: AliasTarget[] }[];
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
    files: index.files.map(({ lines, ...file }) => ({ ...file, length: lines.length, lineStarts: lines.lineStarts, breakLengths: lines.breakLengths })),
    entities: index.entities,
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
  const files: IndexedFile[] = data.files.map(({ length, lineStarts, breakLengths, ...file }) => ({ ...file, lines: new LineIndex(length, lineStarts, breakLengths) }));
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
  if (c.entity.some((e) => e < 0 || e >= data.entities.length)) throw new SnapshotError('snapshot mentions point at unknown entities');
  return { index: new CorpusIndex(files, data.entities, table, surfaces, matcher), meta: data.meta };
}
