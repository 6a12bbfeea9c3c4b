import { deserialize } from 'node:v8';
import type pg from 'pg';
import {
  correctionsFromJudgements,
  deserializeIndex,
  mergeStoredAnalyses,
  relocateIndex,
  serializeIndex,
  SNAPSHOT_SCHEMA,
  type Corrections,
  type CorpusIndex,
  type FileAnalysis,
  type FurnitureRuleSpec,
  type MergedIndex,
  type MergeOptions,
  type MergeOutcome,
  type NewJudgement,
  type StoredAnalysis,
} from '@dossier/corpus';
import { INDEX_CHANNEL, LOCKS } from './schema.js';

/** What the merge needs of a PgStore: its pooled connections (a type of its own, so that the two files do not import each other). */
export interface StoreConnection {
  withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  transaction<T>(work: (client: pg.PoolClient) => Promise<T>, isolation?: string): Promise<T>;
}

/** Analyses read per round trip while a merge reads them all (keyset pages, not one huge result). */
const ANALYSES_PER_PAGE = 500;
/** The snapshot is stored in chunks of this many bytes. */
const CHUNK_BYTES = 8 * 1024 * 1024;
/** Rows of the entity tables sent per statement. */
const ROWS_PER_STATEMENT = 20_000;

interface LastMerge {
  version: number;
  analysesVersion: number;
  correctionsVersion: number;
  snapshotSchema: string;
  files: number;
  entities: number;
  mentions: number;
}

interface MergeInput {
  analysesVersion: number;
  correctionsVersion: number;
  stored: StoredAnalysis[];
  hashes: Map<string, string>;
  corrections: Corrections;
}

/**
 * The merge step: one merger at a time (a session advisory lock, released if the merger dies),
 * which reads every stored analysis and the corrections in one consistent snapshot, merges them
 * with the library's own merge, and replaces the index in one transaction that notifies readers.
 * A merger that waited for another finds the versions unchanged and returns at once.
 */
export function mergeIfStale(store: StoreConnection, options: MergeOptions): Promise<MergeOutcome> {
  return store.withClient(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [LOCKS.merge]);
    try {
      const last = await lastMerge(client);
      const input = await readInput(client, last, options.force ?? false);
      if (!input) return { merged: false, version: last!.version, files: last!.files, entities: last!.entities, mentions: last!.mentions };
      const index = mergeStoredAnalyses(input.stored, input.corrections, options.baseDir);
      const version = await writeMerge(client, index, input, options.by);
      return { merged: true, version, files: index.files.length, entities: index.entities.length, mentions: index.mentionCount };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCKS.merge]).catch(() => undefined);
    }
  });
}

async function lastMerge(client: pg.ClientBase): Promise<LastMerge | null> {
  const result = await client.query(
    `SELECT version, analyses_version, corrections_version, snapshot_schema, files, entities, mentions
     FROM dossier.merges ORDER BY version DESC LIMIT 1`,
  );
  const r = result.rows[0];
  if (!r) return null;
  return {
    version: Number(r.version),
    analysesVersion: Number(r.analyses_version),
    correctionsVersion: Number(r.corrections_version),
    snapshotSchema: r.snapshot_schema,
    files: r.files,
    entities: r.entities,
    mentions: r.mentions,
  };
}

/** Everything a merge reads, in one repeatable-read snapshot; null when the index is up to date. */
async function readInput(client: pg.ClientBase, last: LastMerge | null, force: boolean): Promise<MergeInput | null> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const state = (await client.query('SELECT analyses_version, corrections_version FROM dossier.state')).rows[0];
    const analysesVersion = Number(state.analyses_version);
    const correctionsVersion = Number(state.corrections_version);
    const upToDate = last && last.analysesVersion === analysesVersion && last.correctionsVersion === correctionsVersion && last.snapshotSchema === SNAPSHOT_SCHEMA;
    if (upToDate && !force) {
      await client.query('COMMIT');
      return null;
    }
    const judgements = (await client.query('SELECT question, name, other, verdict, details, author FROM dossier.judgements ORDER BY id')).rows as NewJudgement[];
    const furniture = (await client.query('SELECT spec FROM dossier.furniture ORDER BY position')).rows.map((r) => r.spec as FurnitureRuleSpec);
    const { stored, hashes } = await readAnalyses(client);
    await client.query('COMMIT');
    return { analysesVersion, correctionsVersion, stored, hashes, corrections: { ...correctionsFromJudgements(judgements), furniture } };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function readAnalyses(client: pg.ClientBase): Promise<{ stored: StoredAnalysis[]; hashes: Map<string, string> }> {
  const stored: StoredAnalysis[] = [];
  const hashes = new Map<string, string>();
  let after = '';
  for (;;) {
    const page = await client.query(
      `SELECT f.path, f.size::float8 AS size, f.mtime_ms, f.hash, a.analysis
       FROM dossier.files f JOIN dossier.analyses a ON a.hash = f.hash AND a.format = f.format AND a.variant = f.variant
       WHERE f.status = 'indexed' AND f.path > $1 ORDER BY f.path LIMIT $2`,
      [after, ANALYSES_PER_PAGE],
    );
    for (const r of page.rows) {
      stored.push({ path: r.path, size: r.size, mtimeMs: r.mtime_ms, analysis: deserialize(r.analysis as Buffer) as FileAnalysis });
      hashes.set(r.path, r.hash);
    }
    if (page.rows.length < ANALYSES_PER_PAGE) return { stored, hashes };
    after = page.rows[page.rows.length - 1].path;
  }
}

async function writeMerge(client: pg.ClientBase, index: CorpusIndex, input: MergeInput, by: string): Promise<number> {
  await client.query('BEGIN');
  try {
    const inserted = await client.query(
      `INSERT INTO dossier.merges (analyses_version, corrections_version, snapshot_schema, merged_by, files, entities, mentions)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING version`,
      [input.analysesVersion, input.correctionsVersion, SNAPSHOT_SCHEMA, by, index.files.length, index.entities.length, index.mentionCount],
    );
    const version = Number(inserted.rows[0].version);
    const hashes = index.files.map((f) => input.hashes.get(f.displayPath)!);
    const snapshot = serializeIndex(index, { version, hashes });
    for (let seq = 0; seq * CHUNK_BYTES < snapshot.length; seq++) {
      await client.query('INSERT INTO dossier.snapshot_chunks (version, seq, chunk) VALUES ($1, $2, $3)', [version, seq, snapshot.subarray(seq * CHUNK_BYTES, (seq + 1) * CHUNK_BYTES)]);
    }
    await writeEntityTables(client, index);
    await client.query('DELETE FROM dossier.merges WHERE version < $1', [version]);
    // What no file and no index refers to any more.
    await client.query('DELETE FROM dossier.texts t WHERE NOT EXISTS (SELECT 1 FROM dossier.files f WHERE f.hash = t.hash) AND NOT (t.hash = ANY($1::text[]))', [hashes]);
    await client.query('DELETE FROM dossier.analyses a WHERE NOT EXISTS (SELECT 1 FROM dossier.files f WHERE f.hash = a.hash AND f.format = a.format AND f.variant = a.variant)');
    await client.query('SELECT pg_notify($1, $2)', [INDEX_CHANNEL, String(version)]);
    await client.query('COMMIT');
    return version;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The merged entities, their aliases and every mention with its LSP range, for SQL users. */
async function writeEntityTables(client: pg.ClientBase, index: CorpusIndex): Promise<void> {
  await client.query('TRUNCATE dossier.entities, dossier.aliases, dossier.mentions');
  const entities = index.entities;
  for (let i = 0; i < entities.length; i += ROWS_PER_STATEMENT) {
    const part = entities.slice(i, i + ROWS_PER_STATEMENT);
    await client.query(
      `INSERT INTO dossier.entities (id, name, type, declared, mention_count, article_count, first_seen, last_seen, descriptions)
       SELECT id, name, type, declared, mc, ac, fs, ls, ARRAY(SELECT jsonb_array_elements_text(d))
       FROM unnest($1::text[], $2::text[], $3::text[], $4::bool[], $5::int[], $6::int[], $7::text[], $8::text[], $9::jsonb[]) AS e (id, name, type, declared, mc, ac, fs, ls, d)`,
      [
        part.map((e) => e.id),
        part.map((e) => e.name),
        part.map((e) => e.type),
        part.map((e) => e.declared),
        part.map((e) => e.mentions.length),
        part.map((e) => e.articles.length),
        part.map((e) => e.firstSeen),
        part.map((e) => e.lastSeen),
        part.map((e) => JSON.stringify(e.descriptions.map((d) => d.text))),
      ],
    );
  }
  const aliases = entities.flatMap((e) => e.aliases.map((a) => ({ id: e.id, text: a.text, count: a.count })));
  for (let i = 0; i < aliases.length; i += ROWS_PER_STATEMENT) {
    const part = aliases.slice(i, i + ROWS_PER_STATEMENT);
    await client.query('INSERT INTO dossier.aliases (entity_id, text, count) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])', [part.map((a) => a.id), part.map((a) => a.text), part.map((a) => a.count)]);
  }
  await writeMentions(client, index);
}

async function writeMentions(client: pg.ClientBase, index: CorpusIndex): Promise<void> {
  const columns = () => ({ entity: [] as string[], path: [] as string[], start: [] as number[], end: [] as number[], sl: [] as number[], sc: [] as number[], el: [] as number[], ec: [] as number[], article: [] as string[], region: [] as string[], surface: [] as string[] });
  let c = columns();
  const flush = async () => {
    if (c.entity.length === 0) return;
    await client.query(
      `INSERT INTO dossier.mentions (entity_id, path, start_offset, end_offset, start_line, start_character, end_line, end_character, article_id, region, surface)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[], $9::text[], $10::text[], $11::text[])`,
      [c.entity, c.path, c.start, c.end, c.sl, c.sc, c.el, c.ec, c.article, c.region, c.surface],
    );
    c = columns();
  };
  const t = index.table;
  for (let row = 0; row < t.length; row++) {
    const m = index.mention(row);
    c.entity.push(m.entityId);
    c.path.push(m.file);
    c.start.push(t.start[row]!);
    c.end.push(t.endOf(row));
    c.sl.push(m.range.start.line);
    c.sc.push(m.range.start.character);
    c.el.push(m.range.end.line);
    c.ec.push(m.range.end.character);
    c.article.push(m.articleId);
    c.region.push(m.region);
    c.surface.push(m.text);
    if (c.entity.length >= ROWS_PER_STATEMENT) await flush();
  }
  await flush();
}

/** The index of the latest merge, read in one consistent snapshot; null before the first merge. */
export async function loadMergedIndex(store: StoreConnection, baseDir: string): Promise<MergedIndex | null> {
  const fetched = await store.transaction((client) => readLatestSnapshot(client), 'REPEATABLE READ READ ONLY');
  if (!fetched) return null;
  const { index, meta } = deserializeIndex(fetched.snapshot);
  const m = meta as { version: number; hashes: string[] };
  return { version: m.version, index: relocateIndex(index, baseDir), hashes: m.hashes };
}

/** The latest merge's snapshot bytes and version, or null when there is none newer than `newerThan` of this version of Dossier. */
export async function readLatestSnapshot(client: pg.ClientBase, newerThan = 0): Promise<{ version: number; snapshot: Buffer } | null> {
  const last = await lastMerge(client);
  // Before the first merge, or until an indexer of this version of Dossier merges again.
  if (!last || last.snapshotSchema !== SNAPSHOT_SCHEMA || last.version <= newerThan) return null;
  const chunks = await client.query('SELECT chunk FROM dossier.snapshot_chunks WHERE version = $1 ORDER BY seq', [last.version]);
  return { version: last.version, snapshot: Buffer.concat(chunks.rows.map((r) => r.chunk as Buffer)) };
}
