import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A PostgreSQL server of its own, in a temporary folder, on a free loopback port. */
export interface ThrowawayCluster {
  /** The superuser's connection string (user "dossier", password in it). */
  url: string;
  host: string;
  port: number;
  /** What `postgres --version` says. */
  version: string;
  /** Creates an empty database; its superuser connection string. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

const SUPERUSER = 'dossier';

/**
 * Starts a throwaway cluster with Debian's `postgresql` package (initdb + pg_ctl, about 1-2 s):
 * password authentication over TCP as a real deployment has, a Unix socket in the folder itself
 * (never /var/run/postgresql, which may belong to a system cluster). PostgreSQL refuses to run as
 * root, so as root it runs as the `postgres` user the package creates, in a folder made readable
 * for it (mkdtemp makes mode 700 folders). `stop()` stops it at once and removes the folder.
 */
export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const bin = postgresBinaries();
  const asRoot = userInfo().uid === 0;
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-pg-'));
  chmodSync(tmp, 0o755);
  const dir = join(tmp, 'pg');
  mkdirSync(dir);
  const password = `pw-${process.pid}-${Date.now()}`;
  writeFileSync(join(dir, 'pwfile'), password + '\n', { mode: 0o600 });
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
    chownSync(join(dir, 'pwfile'), uid, gid);
  }
  const port = await freePort();
  const postgres = (program: string, args: string[]) => runAs(asRoot, join(bin, program), args);
  try {
    await postgres('initdb', ['-D', join(dir, 'data'), '-U', SUPERUSER, '--pwfile', join(dir, 'pwfile'), '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C']);
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    await postgres('pg_ctl', ['-D', join(dir, 'data'), '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`cannot start a throwaway PostgreSQL: ${(error as Error).message}`);
  }
  let stopped = false;
  const url = `postgresql://${SUPERUSER}:${password}@127.0.0.1:${port}/postgres`;
  return {
    url,
    host: '127.0.0.1',
    port,
    version: execFileSyncText(join(bin, 'postgres'), ['--version']),
    createDatabase: async (name) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return url.replace(/\/postgres$/, `/${encodeURIComponent(name)}`);
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await postgres('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', 'stop']).catch(() => undefined);
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** The newest installed server's bin folder (Debian puts each major version under /usr/lib/postgresql). */
function postgresBinaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql: apt-get install postgresql (.ci/run does)');
  versions.sort((a, b) => Number(a) - Number(b));
  return join(root, versions[versions.length - 1]!, 'bin');
}

function postgresUser(): { uid: number; gid: number } {
  // The package creates the user; `id` tells its numbers without parsing /etc/passwd.
  const uid = Number(execFileSyncText('id', ['-u', 'postgres']));
  const gid = Number(execFileSyncText('id', ['-g', 'postgres']));
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error('no "postgres" user: apt-get install postgresql creates it');
  return { uid, gid };
}

function execFileSyncText(program: string, args: string[]): string {
  return execFileSync(program, args, { encoding: 'utf8' }).trim();
}

/** Runs a PostgreSQL program, as the postgres user when this process is root. */
async function runAs(asRoot: boolean, program: string, args: string[]): Promise<void> {
  if (!asRoot) {
    await run(program, args);
    return;
  }
  // su takes one command line: every argument is single-quoted (they are paths and options we made).
  const line = [program, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  await run('su', ['postgres', '-s', '/bin/sh', '-c', line]);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
