import { isStoreError, StoreError } from '@dossier/corpus';
import pg from 'pg';

/**
 * A setting that holds a connection: a PostgreSQL URL, or the name of an environment variable that
 * holds one, so that no password need sit in a settings file or on a command line.
 */
export function resolveConnectionString(value: string, env: NodeJS.ProcessEnv = process.env): string {
  const given = value.trim();
  if (/^postgres(ql)?:\/\//i.test(given)) return given;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(given)) {
    const fromEnv = env[given]?.trim();
    if (!fromEnv) throw new StoreError('config', `the environment variable ${given} (named as the database) is not set`);
    if (!/^postgres(ql)?:\/\//i.test(fromEnv)) throw new StoreError('config', `the environment variable ${given} does not hold a postgresql:// URL`);
    return fromEnv;
  }
  throw new StoreError('config', 'the database must be a postgresql:// URL or the name of an environment variable holding one');
}

/** The connection as messages may show it: user, host, port and database, never the password. */
export function describeConnection(connection: string): string {
  try {
    const url = new URL(connection);
    const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
    return `postgresql://${user}${url.host}${url.pathname}`;
  } catch {
    return 'postgresql://(unparsable URL)';
  }
}

/** Connection, authentication and permission failures of `pg` in words, naming the database (no password). */
export function explainPgError(error: unknown, location: string): Error {
  if (isStoreError(error)) return error;
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  const code = e.code ?? '';
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN', '57P01', '57P03'].includes(code) || /timeout|terminated|Connection terminated/i.test(message)) {
    return new StoreError('unreachable', `cannot reach the database ${location}: ${message}`, error);
  }
  if (code === '28P01' || code === '28000') return new StoreError('auth', `the database ${location} refused the login: ${message}`, error);
  if (code === '3D000') return new StoreError('missing', `no such database: ${location}`, error);
  if (code === '42501') return new StoreError('permission', `${location}: ${message} (the role lacks the grant: see "Team corpus" in the README for the roles and their grants)`, error);
  return error instanceof Error ? error : new Error(message);
}

export interface PoolOptions {
  applicationName: string;
  /** Connections at most (default 4: a claim, a merge, and room for queries). */
  max?: number;
  connectTimeoutMs?: number;
}

/** A pool whose idle-client errors (a server restart) are reported, never thrown at the process. */
export function createPool(connection: string, options: PoolOptions, onError: (error: Error) => void = () => undefined): pg.Pool {
  const pool = new pg.Pool({
    connectionString: connection,
    application_name: options.applicationName.slice(0, 63),
    max: options.max ?? 4,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on('error', onError);
  return pool;
}
