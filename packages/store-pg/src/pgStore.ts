import pg from 'pg';
import {
  pathHash,
  type ClaimRequest,
  type CorpusScan,
  type CorpusStore,
  type StoredOutcome,
  type FurnitureRuleSpec,
  type Judgement,
  type MergedIndex,
  type MergeOptions,
  type MergeOutcome,
  type NewJudgement,
  type PendingFile,
  type PlanSummary,
  type Shard,
  type WorkClaim,
} from '@dossier/corpus';
import { createPool, describeConnection, explainPgError, resolveConnectionString } from './connection.js';
import { loadMergedIndex, mergeIfStale } from './merge.js';
import { storeOutcomes } from './storeOutcomes.js';
import { checkSchema, ensureSchema, LOCKS } from './schema.js';

export interface PgStoreOptions {
  /** Shown in pg_stat_activity (which indexer is which). */
  applicationName: string;
  /** Readers never create tables; writers create them on first use (default true). */
  write?: boolean;
  onError?: (error: Error) => void;
}

/** Opens the shared store: a connection string or the name of a variable holding one. */
export async function openPgStore(connection: string, options: PgStoreOptions): Promise<PgStore> {
  const url = resolveConnectionString(connection);
  const store = new PgStore(url, options);
  try {
    await store.connect(options.write ?? true);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}

/**
 * The error a connection reported between queries (the server ended it): later queries on it
 * only say "not queryable", so this is the one worth showing.
 */
const connectionErrors = new WeakMap<pg.ClientBase, Error>();

/** Rows of parameters sent per statement when a list is long (a plan of 100,000 files). */
const ROWS_PER_STATEMENT = 5_000;

/**
 * The PostgreSQL implementation of the library's CorpusStore. Every statement is parameterised;
 * every failure to connect, log in or write comes out as a StoreError that names the database
 * (never its password) and what to do.
 */
export class PgStore implements CorpusStore {
  readonly location: string;
  readonly pool: pg.Pool;

  constructor(connection: string, options: PgStoreOptions) {
    this.location = describeConnection(connection);
    this.pool = createPool(connection, { applicationName: options.applicationName }, (error) => options.onError?.(explainPgError(error, this.location)));
  }

  async connect(write: boolean): Promise<void> {
    await this.withClient((client) => (write ? ensureSchema(client) : checkSchema(client, this.location)));
  }

  /**
   * A pooled connection, with a listener for the errors a connection emits between queries (the
   * server ends it while a claim analyses files): without one, Node would end the process. The
   * next query on it fails, and that failure is what the caller sees.
   */
  async checkout(): Promise<pg.PoolClient> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw explainPgError(error, this.location);
    }
    const remember = (error: Error) => connectionErrors.set(client, error);
    client.on('error', remember);
    const release = client.release.bind(client);
    client.release = (err?: Error | boolean) => {
      client.off('error', remember);
      return release(err);
    };
    return client;
  }

  /** Runs `work` on one pooled connection; errors come back explained. */
  async withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.checkout();
    let failed: unknown = null;
    try {
      return await work(client);
    } catch (error) {
      failed = error;
      throw explainPgError(connectionErrors.get(client) ?? error, this.location);
    } finally {
      // A connection that failed is not given back to the pool for reuse.
      client.release(failed instanceof Error ? failed : undefined);
    }
  }

  /** Runs `work` in a transaction on one connection: committed if it returns, rolled back if it throws. */
  transaction<T>(work: (client: pg.PoolClient) => Promise<T>, isolation = 'READ COMMITTED'): Promise<T> {
    return this.withClient(async (client) => {
      await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
      try {
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  plan(scan: CorpusScan): Promise<PlanSummary> {
    return this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.plan]);
      await client.query('CREATE TEMP TABLE disk (path text PRIMARY KEY, size bigint NOT NULL, mtime_ms double precision NOT NULL, shard_key bigint NOT NULL) ON COMMIT DROP');
      for (let i = 0; i < scan.files.length; i += ROWS_PER_STATEMENT) {
        const part = scan.files.slice(i, i + ROWS_PER_STATEMENT);
        await client.query('INSERT INTO disk SELECT * FROM unnest($1::text[], $2::bigint[], $3::float8[], $4::bigint[])', [
          part.map((f) => f.path),
          part.map((f) => f.size),
          part.map((f) => f.mtimeMs),
          part.map((f) => pathHash(f.path)),
        ]);
      }
      const roots = [...scan.roots];
      const inScope = (column: string) => `EXISTS (SELECT 1 FROM unnest($1::text[]) AS r (root) WHERE r.root = '' OR ${column} = r.root OR starts_with(${column}, r.root || '/'))`;
      const removed = await client.query(`DELETE FROM dossier.files f WHERE ${inScope('f.path')} AND NOT EXISTS (SELECT 1 FROM disk d WHERE d.path = f.path)`, [roots]);
      await client.query(`DELETE FROM dossier.work w WHERE ${inScope('w.path')} AND NOT EXISTS (SELECT 1 FROM disk d WHERE d.path = w.path)`, [roots]);
      await client.query(
        `INSERT INTO dossier.work (path, shard_key)
         SELECT d.path, d.shard_key FROM disk d LEFT JOIN dossier.files f ON f.path = d.path
         WHERE f.path IS NULL OR f.size <> d.size OR f.mtime_ms <> d.mtime_ms OR f.variant <> $1
         ON CONFLICT (path) DO NOTHING`,
        [scan.variant],
      );
      if (removed.rowCount) await client.query('UPDATE dossier.state SET analyses_version = analyses_version + 1');
      const counts = await client.query(
        `SELECT (SELECT count(*) FROM dossier.work)::int AS pending,
                (SELECT count(*) FROM disk d JOIN dossier.files f ON f.path = d.path
                  WHERE f.size = d.size AND f.mtime_ms = d.mtime_ms AND f.variant = $1)::int AS unchanged`,
        [scan.variant],
      );
      return { pending: counts.rows[0].pending, removed: removed.rowCount ?? 0, unchanged: counts.rows[0].unchanged };
    });
  }

  async claim(request: ClaimRequest): Promise<WorkClaim | null> {
    const client = await this.checkout();
    try {
      await client.query('BEGIN');
      const rows = await client.query(
        `SELECT w.path, CASE WHEN f.status = 'indexed' AND f.variant = $2 THEN f.hash END AS stored_hash
         FROM dossier.work w LEFT JOIN dossier.files f ON f.path = w.path
         WHERE $3::int IS NULL OR w.shard_key % $3 = $4
         ORDER BY w.path LIMIT $1
         FOR UPDATE OF w SKIP LOCKED`,
        [request.limit, request.variant, request.shard?.count ?? null, request.shard?.index ?? 0],
      );
      if (rows.rowCount === 0) {
        await client.query('ROLLBACK');
        client.release();
        return null;
      }
      const files: PendingFile[] = rows.rows.map((r) => ({ path: r.path as string, storedHash: (r.stored_hash as string | null) ?? null }));
      return new PgClaim(client, files, request.variant, this.location);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release(error instanceof Error ? error : undefined);
      throw explainPgError(connectionErrors.get(client) ?? error, this.location);
    }
  }

  async pendingCount(shard?: Shard): Promise<number> {
    const result = await this.withClient((c) => c.query('SELECT count(*)::int AS n FROM dossier.work WHERE $1::int IS NULL OR shard_key % $1 = $2', [shard?.count ?? null, shard?.index ?? 0]));
    return result.rows[0].n as number;
  }

  async judgements(): Promise<Judgement[]> {
    const result = await this.withClient((c) => c.query('SELECT id, question, name, other, verdict, details, author, at FROM dossier.judgements ORDER BY id'));
    return result.rows.map((r) => ({
      id: Number(r.id),
      question: r.question,
      name: r.name,
      other: r.other,
      verdict: r.verdict,
      details: r.details,
      author: r.author,
      at: (r.at as Date).toISOString(),
    }));
  }

  async addJudgements(judgements: readonly NewJudgement[]): Promise<void> {
    if (judgements.length === 0) return;
    await this.withClient((c) =>
      c.query(
        `INSERT INTO dossier.judgements (question, name, other, verdict, details, author)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[])`,
        [
          judgements.map((j) => j.question),
          judgements.map((j) => j.name),
          judgements.map((j) => j.other),
          judgements.map((j) => j.verdict),
          judgements.map((j) => (j.details ? JSON.stringify(j.details) : null)),
          judgements.map((j) => j.author),
        ],
      ),
    );
  }

  async furniture(): Promise<FurnitureRuleSpec[]> {
    const result = await this.withClient((c) => c.query('SELECT spec FROM dossier.furniture ORDER BY position'));
    return result.rows.map((r) => r.spec as FurnitureRuleSpec);
  }

  async setFurniture(rules: readonly FurnitureRuleSpec[], author: string): Promise<void> {
    await this.transaction(async (c) => {
      await c.query('DELETE FROM dossier.furniture');
      if (rules.length) {
        await c.query('INSERT INTO dossier.furniture (position, spec, author) SELECT ordinality::int, spec, $2 FROM unnest($1::jsonb[]) WITH ORDINALITY AS r (spec, ordinality)', [
          rules.map((r) => JSON.stringify(r)),
          author,
        ]);
      }
    });
  }

  /** Bytes on disk: the whole database, and each of the store's tables with its indexes and TOAST. */
  async sizes(): Promise<{ database: number; tables: Record<string, number> }> {
    return this.withClient(async (c) => {
      const database = await c.query('SELECT pg_database_size(current_database())::float8 AS bytes');
      const tables = await c.query(
        `SELECT c.relname AS name, pg_total_relation_size(c.oid)::float8 AS bytes
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'dossier' AND c.relkind = 'r' ORDER BY 2 DESC`,
      );
      return { database: database.rows[0].bytes as number, tables: Object.fromEntries(tables.rows.map((r) => [r.name as string, r.bytes as number])) };
    });
  }

  mergeIfStale(options: MergeOptions): Promise<MergeOutcome> {
    return mergeIfStale(this, options);
  }

  loadMerged(baseDir: string): Promise<MergedIndex | null> {
    return loadMergedIndex(this, baseDir);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** A claim: an open transaction holding the claimed work rows until it commits or rolls back. */
class PgClaim implements WorkClaim {
  private ended = false;

  constructor(
    private readonly client: pg.PoolClient,
    readonly files: readonly PendingFile[],
    private readonly variant: string,
    private readonly location: string,
  ) {}

  async complete(outcomes: readonly StoredOutcome[], indexer: string): Promise<void> {
    try {
      await storeOutcomes(this.client, outcomes, this.variant, indexer);
      await this.client.query('DELETE FROM dossier.work WHERE path = ANY($1::text[])', [this.files.map((f) => f.path)]);
      if (outcomes.some((o) => o.kind !== 'unchanged')) await this.client.query('UPDATE dossier.state SET analyses_version = analyses_version + 1');
      await this.client.query('COMMIT');
      this.end();
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      this.end(error);
      throw explainPgError(connectionErrors.get(this.client) ?? error, this.location);
    }
  }

  async release(): Promise<void> {
    if (this.ended) return;
    const rolledBack = await this.client.query('ROLLBACK').then(
      () => undefined,
      (error: unknown) => error,
    );
    this.end(rolledBack);
  }

  private end(error?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.client.release(error instanceof Error ? error : undefined);
  }
}
