import type pg from 'pg';
import { StoreError } from '@dossier/corpus';

/** Bumped when the tables change shape; a database of another version is refused, not altered. */
export const STORE_SCHEMA_VERSION = '1';

/** Advisory lock keys (per database): one schema creator, one planner and one merger at a time. */
export const LOCKS = { schema: 0x0d055e01, plan: 0x0d055e02, merge: 0x0d055e03 } as const;

/** The channel a merge notifies, with the new index version as the payload. */
export const INDEX_CHANNEL = 'dossier_index';

/*
 * Everything lives in the schema "dossier". The indexer role owns it (it creates the tables on its
 * first run); readers get USAGE and SELECT (README, "Team corpus"). Text from articles only ever
 * reaches these tables as bound parameters.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS dossier.meta (key text PRIMARY KEY, value text NOT NULL);

-- Counters bumped by every change of the analyses and of the corrections: a merge records the
-- values it saw, and the index is stale while they differ.
CREATE TABLE IF NOT EXISTS dossier.state (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  analyses_version bigint NOT NULL DEFAULT 0,
  corrections_version bigint NOT NULL DEFAULT 0
);
INSERT INTO dossier.state DEFAULT VALUES ON CONFLICT DO NOTHING;

-- One row per corpus file (display path), indexed or skipped with the reason.
CREATE TABLE IF NOT EXISTS dossier.files (
  path text PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('indexed', 'skipped')),
  hash text,
  format text,
  variant text NOT NULL,
  size bigint NOT NULL,
  mtime_ms double precision NOT NULL,
  reason text,
  indexed_by text NOT NULL,
  indexed_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'indexed') = (hash IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS files_hash ON dossier.files (hash);

-- Per-file analyses keyed by content: a V8 structured clone of the library's FileAnalysis, the
-- same form the language server's cache and worker threads use, so that it reads back exactly.
CREATE TABLE IF NOT EXISTS dossier.analyses (
  hash text NOT NULL,
  format text NOT NULL,
  variant text NOT NULL,
  analysis bytea NOT NULL,
  PRIMARY KEY (hash, format, variant)
);
ALTER TABLE dossier.analyses ALTER COLUMN analysis SET COMPRESSION lz4;

-- The text of each file as an editor shows it (UTF-8), for readers' snippets.
CREATE TABLE IF NOT EXISTS dossier.texts (hash text PRIMARY KEY, body bytea NOT NULL);
ALTER TABLE dossier.texts ALTER COLUMN body SET COMPRESSION lz4;

CREATE TABLE IF NOT EXISTS dossier.articles (
  path text NOT NULL REFERENCES dossier.files (path) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  id text NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  start_line integer NOT NULL,
  start_character integer NOT NULL,
  end_line integer NOT NULL,
  end_character integer NOT NULL,
  title text,
  source text,
  published text,
  byline text,
  hash text NOT NULL,
  PRIMARY KEY (path, ordinal)
);

-- Files to read; a claim locks rows (FOR UPDATE SKIP LOCKED) until its transaction ends.
CREATE TABLE IF NOT EXISTS dossier.work (
  path text PRIMARY KEY,
  shard_key bigint NOT NULL,
  queued_at timestamptz NOT NULL DEFAULT now()
);

-- Corrections as judgements, in the spirit of nomenklatura's resolver table. Append-only.
CREATE TABLE IF NOT EXISTS dossier.judgements (
  id bigserial PRIMARY KEY,
  question text NOT NULL CHECK (question IN ('same', 'entity')),
  name text NOT NULL,
  other text,
  verdict text NOT NULL CHECK (verdict IN ('positive', 'negative', 'unsure')),
  details jsonb,
  author text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK ((question = 'same') = (other IS NOT NULL))
);

CREATE TABLE IF NOT EXISTS dossier.furniture (
  position integer PRIMARY KEY,
  spec jsonb NOT NULL,
  author text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);

-- A judgement may come from an analyst who can only insert judgements: the version bump runs
-- with the owner's rights, on a fixed search path.
CREATE OR REPLACE FUNCTION dossier.corrections_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
BEGIN
  UPDATE dossier.state SET corrections_version = corrections_version + 1;
  RETURN NULL;
END
$body$;
CREATE OR REPLACE TRIGGER judgements_changed AFTER INSERT OR UPDATE OR DELETE ON dossier.judgements
  FOR EACH STATEMENT EXECUTE FUNCTION dossier.corrections_changed();
CREATE OR REPLACE TRIGGER furniture_changed AFTER INSERT OR UPDATE OR DELETE ON dossier.furniture
  FOR EACH STATEMENT EXECUTE FUNCTION dossier.corrections_changed();

-- One row per merge; the latest one's snapshot is the index readers load.
CREATE TABLE IF NOT EXISTS dossier.merges (
  version bigserial PRIMARY KEY,
  analyses_version bigint NOT NULL,
  corrections_version bigint NOT NULL,
  snapshot_schema text NOT NULL,
  merged_by text NOT NULL,
  merged_at timestamptz NOT NULL DEFAULT now(),
  files integer NOT NULL,
  entities integer NOT NULL,
  mentions integer NOT NULL
);

-- The merged index (the library's snapshot format) in chunks, stored uncompressed: it is mostly
-- typed arrays, and readers fetch it whole.
CREATE TABLE IF NOT EXISTS dossier.snapshot_chunks (
  version bigint NOT NULL REFERENCES dossier.merges (version) ON DELETE CASCADE,
  seq integer NOT NULL,
  chunk bytea NOT NULL,
  PRIMARY KEY (version, seq)
);
ALTER TABLE dossier.snapshot_chunks ALTER COLUMN chunk SET STORAGE EXTERNAL;

-- The merged entities for SQL users, replaced by each merge.
CREATE TABLE IF NOT EXISTS dossier.entities (
  id text PRIMARY KEY,
  name text NOT NULL,
  type text NOT NULL,
  declared boolean NOT NULL,
  mention_count integer NOT NULL,
  article_count integer NOT NULL,
  first_seen text,
  last_seen text,
  descriptions text[] NOT NULL
);
CREATE TABLE IF NOT EXISTS dossier.aliases (
  entity_id text NOT NULL,
  text text NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (entity_id, text)
);
CREATE TABLE IF NOT EXISTS dossier.mentions (
  entity_id text NOT NULL,
  path text NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  start_line integer NOT NULL,
  start_character integer NOT NULL,
  end_line integer NOT NULL,
  end_character integer NOT NULL,
  article_id text NOT NULL,
  region text NOT NULL,
  surface text NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_entity ON dossier.mentions (entity_id);
`;

/**
 * Creates the tables when the database has none (the indexer's first run), under an advisory
 * lock so that two indexers starting together do not race; refuses a store of another version.
 */
export async function ensureSchema(client: pg.ClientBase): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.schema]);
    const version = await storedSchemaVersion(client);
    if (version === null) {
      // CREATE SCHEMA needs the CREATE right on the database, which an indexer given the schema lacks.
      const schema = await client.query(`SELECT to_regnamespace('dossier') IS NOT NULL AS present`);
      if (!schema.rows[0].present) await client.query('CREATE SCHEMA dossier');
      await client.query(DDL);
      await client.query(`INSERT INTO dossier.meta (key, value) VALUES ('schema', $1)`, [STORE_SCHEMA_VERSION]);
    } else checkVersion(version);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** For readers, who may not create anything: the store must exist and be of this version. */
export async function checkSchema(client: pg.ClientBase, location: string): Promise<void> {
  const version = await storedSchemaVersion(client);
  if (version === null) throw new StoreError('missing', `${location} holds no Dossier index yet: run "dossier index <folders> --db ..." with the indexer role first`);
  checkVersion(version);
}

async function storedSchemaVersion(client: pg.ClientBase): Promise<string | null> {
  const exists = await client.query(`SELECT to_regclass('dossier.meta') IS NOT NULL AS present`);
  if (!exists.rows[0].present) return null;
  const row = await client.query(`SELECT value FROM dossier.meta WHERE key = 'schema'`);
  return (row.rows[0]?.value as string | undefined) ?? null;
}

function checkVersion(version: string): void {
  if (version !== STORE_SCHEMA_VERSION) {
    throw new StoreError('incompatible', `the database holds a Dossier store of schema ${version}; this version of Dossier reads schema ${STORE_SCHEMA_VERSION}`);
  }
}
