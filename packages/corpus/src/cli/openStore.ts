import { userInfo } from 'node:os';
import type { CorpusStore } from '../store/corpusStore.js';
import { LocalStore } from '../store/localStore.js';
import { UsageError } from './io.js';

/** Where a command keeps or reads its index: --db <PostgreSQL URL> or --store <folder>. */
export interface StoreChoice {
  db?: string | undefined;
  store?: string | undefined;
}

/**
 * The PostgreSQL store is a package of its own (it holds the SQL and the `pg` client), which
 * depends on this one; it is loaded by name only when --db is given, as database tools load
 * their drivers, so that the library needs neither.
 */
const PG_STORE_MODULE = '@dossier/store-pg';

interface PgStoreModule {
  openPgStore(connection: string, options: { applicationName: string; write: boolean }): Promise<CorpusStore>;
}

export function hasStore(choice: StoreChoice): boolean {
  return choice.db !== undefined || choice.store !== undefined;
}

/**
 * Opens the store a command names. Only commands that write the index (`write`) may create the
 * database's tables; the others need a store that exists.
 */
export async function openStore(choice: StoreChoice, command: string, write = false): Promise<CorpusStore> {
  if (choice.db !== undefined && choice.store !== undefined) throw new UsageError('give --db or --store, not both');
  if (choice.store !== undefined) return LocalStore.open(choice.store);
  if (choice.db === undefined) throw new UsageError(`${command} needs --db <PostgreSQL URL or variable name> or --store <folder>`);
  const module = await loadPgStore();
  return module.openPgStore(choice.db, { applicationName: `dossier ${command}`, write });
}

async function loadPgStore(): Promise<PgStoreModule> {
  const specifier: string = PG_STORE_MODULE;
  try {
    return (await import(specifier)) as PgStoreModule;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND') throw new UsageError(`--db needs the PostgreSQL store: npm install ${PG_STORE_MODULE}`);
    throw error;
  }
}

/** Who is recorded as the author of judgements: --author, else the user name ($USER, then the login). */
export function authorName(given: string | undefined): string {
  const named = given?.trim() || process.env.USER?.trim() || process.env.USERNAME?.trim();
  if (named) return named;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
