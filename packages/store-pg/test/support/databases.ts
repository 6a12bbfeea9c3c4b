import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The cluster's superuser URL with another database (or user and password) in it. */
export function urlFor(database: string, credentials?: { user: string; password: string }): string {
  const url = new URL(inject('pgUrl'));
  url.pathname = `/${database}`;
  if (credentials) {
    url.username = encodeURIComponent(credentials.user);
    url.password = encodeURIComponent(credentials.password);
  }
  return url.toString();
}

/** Runs statements as the cluster's superuser, in the given database. */
export async function asSuperuser<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor(database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database for one test; its connection string. */
export async function freshDatabase(): Promise<{ name: string; url: string }> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await asSuperuser('postgres', (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`));
  return { name, url: urlFor(name) };
}
