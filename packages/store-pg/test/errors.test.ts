import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openPgStore } from '../src/pgStore.js';
import { StoreError } from '@dossier/corpus';
import { asSuperuser, urlFor, freshDatabase } from './support/databases.js';
import { CLI, generatedWorkspace, REPO } from './support/corpora.js';

function dossier(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', timeout: 300_000, env: { ...process.env, ...env } });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

describe('a database that cannot be used', () => {
  it('unreachable: a StoreError that names it without the password', async () => {
    const port = await closedPort();
    const error = await openPgStore(`postgresql://indexer:s3cret-pw@127.0.0.1:${port}/team`, { applicationName: 'test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('unreachable');
    expect((error as StoreError).message).toMatch(new RegExp(`^cannot reach the database postgresql://indexer@127\\.0\\.0\\.1:${port}/team: .*ECONNREFUSED`));
    expect((error as StoreError).message).not.toContain('s3cret-pw');
  });

  it('unreachable from the CLI: one clear line, exit status 4, no stack trace, no password', async () => {
    const port = await closedPort();
    for (const command of [['index', 'seeds'], ['entities'], ['merge'], ['corrections', 'export']]) {
      const run = dossier([...command, '--db', `postgresql://indexer:s3cret-pw@127.0.0.1:${port}/team`]);
      expect(run.status, command.join(' ')).toBe(4);
      expect(run.stderr).toMatch(new RegExp(`^dossier: cannot reach the database postgresql://indexer@127\\.0\\.0\\.1:${port}/team: connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\n$`));
      expect(run.stdout).toBe('');
    }
  });

  it('a wrong password, a missing variable, an unknown database: said as such', async () => {
    const { name } = await freshDatabase();
    const wrong = dossier(['entities', '--db', urlFor(name, { user: 'dossier', password: 'not-the-password' })]);
    expect(wrong.status).toBe(4);
    expect(wrong.stderr).toMatch(/^dossier: the database postgresql:\/\/dossier@127\.0\.0\.1:\d+\/test_\w+ refused the login: password authentication failed for user "dossier"\n$/);
    expect(dossier(['entities', '--db', 'NO_SUCH_VARIABLE'], {}).stderr).toBe('dossier: the environment variable NO_SUCH_VARIABLE (named as the database) is not set\n');
    expect(dossier(['entities', '--db', urlFor('no_such_database')]).stderr).toMatch(/^dossier: no such database: postgresql:\/\/dossier@127\.0\.0\.1:\d+\/no_such_database\n$/);
    expect(dossier(['entities', '--db', urlFor(name)]).stderr).toMatch(/holds no Dossier index yet: run "dossier index <folders> --db \.\.\." with the indexer role first\n$/);
  });

  it('a connection cut during indexing: the run stops with a clear message, and the next run finishes the work', async () => {
    const ws = generatedWorkspace(500, 5);
    try {
      const { name, url } = await freshDatabase();
      const child = spawn(process.execPath, [CLI, 'index', 'corpus', '--db', url, '--batch', '2', '--indexer', 'cut'], { cwd: ws.dir });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      for (;;) {
        const stored = await asSuperuser(name, (c) => c.query(`SELECT count(*)::int AS n FROM dossier.files`).then((r) => r.rows[0].n as number, () => 0));
        if (stored > 0) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      // Cut its connections until it stops: a cut that finds only an idle pooled connection is
      // survived (the pool opens another), one that finds a claim's transaction ends the run.
      let code: number | null | undefined;
      void exited.then((c) => (code = c));
      while (code === undefined) {
        await asSuperuser(name, (c) => c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dossier index (cut)'`));
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(code).toBe(4);
      // The server's own words, or the reset socket's, depending on where the cut finds the run.
      expect(stderr).toMatch(/^dossier: cannot reach the database postgresql:\/\/dossier@127\.0\.0\.1:\d+\/test_\w+: (terminating connection due to administrator command|read ECONNRESET|Connection terminated unexpectedly)\n$/);

      const rerun = spawnSync(process.execPath, [CLI, 'index', 'corpus', '--db', url], { cwd: ws.dir, encoding: 'utf8', timeout: 300_000 });
      expect(rerun.status, rerun.stderr).toBe(0);
      const entities = spawnSync(process.execPath, [CLI, 'entities', '--db', url, '--json'], { cwd: ws.dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      const local = spawnSync(process.execPath, [CLI, 'entities', 'corpus', '--json'], { cwd: ws.dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      expect(JSON.parse(entities.stdout)).toEqual(JSON.parse(local.stdout));
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });
});
