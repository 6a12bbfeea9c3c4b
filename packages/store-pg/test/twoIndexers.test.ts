import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexCorpus } from '@dossier/corpus';
import { expectSameIndex } from '../../corpus/test/store/storeContract.js';
import { openPgStore } from '../src/pgStore.js';
import { asSuperuser, freshDatabase } from './support/databases.js';
import { CLI, generatedWorkspace } from './support/corpora.js';

function indexer(name: string, cwd: string, url: string): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [CLI, 'index', 'corpus', '--db', 'TEAM_DB', '--batch', '2', '--indexer', name], { cwd, env: { ...process.env, TEAM_DB: url } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** Polls until `condition` holds; fails after `limitMs` (a guard against a hang, not a speed check). */
async function until(what: string, condition: () => Promise<boolean>, limitMs = 180_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > limitMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('two indexers at once, one killed midway', () => {
  const ws = generatedWorkspace(900, 11);
  afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

  it('lose no file and store none twice; the survivor merges the same index as a local run', async () => {
    const { name, url } = await freshDatabase();
    const a = indexer('A', ws.dir, url);
    const b = indexer('B', ws.dir, url);
    const sql = <T>(text: string) => asSuperuser(name, async (c) => (await c.query(text)).rows as T[]);

    // Kill B while it holds a claim (its transaction open, rows locked) after it stored some files.
    await until('B to store files and hold a claim', async () => {
      const rows = await sql<{ stored: number; claiming: number }>(`
        SELECT (SELECT count(*) FROM dossier.files WHERE indexed_by = 'B')::int AS stored,
               (SELECT count(*) FROM pg_stat_activity WHERE application_name = 'dossier index (B)' AND state = 'idle in transaction')::int AS claiming`).catch(() => []);
      return (rows[0]?.stored ?? 0) > 0 && (rows[0]?.claiming ?? 0) > 0;
    });
    b.child.kill('SIGKILL');
    const killed = await b.done;
    expect(killed.signal).toBe('SIGKILL');
    const survivor = await a.done;
    expect(survivor.code, survivor.stderr).toBe(0);
    expect(survivor.stdout).toMatch(/^merged: index version \d+ \(\d+ files/m);

    const onDisk = readdirSync(join(ws.dir, 'corpus'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(ws.dir.length + 1))
      .sort();
    const stored = await sql<{ path: string; indexed_by: string }>(`SELECT path, indexed_by FROM dossier.files ORDER BY path COLLATE "C"`);
    expect(stored.map((r) => r.path)).toEqual(onDisk);
    const by = (who: string) => stored.filter((r) => r.indexed_by === who).length;
    expect(by('B')).toBeGreaterThan(0);
    expect(by('A') + by('B')).toBe(ws.files);
    expect(await sql(`SELECT path FROM dossier.work`)).toEqual([]);
    const local = await indexCorpus([join(ws.dir, 'corpus')], { baseDir: ws.dir });
    const articles = await sql<{ n: number; distinct: number }>(`SELECT count(*)::int AS n, count(DISTINCT id)::int AS distinct FROM dossier.articles`);
    expect(articles[0]).toEqual({ n: local.articles.length, distinct: local.articles.length });

    const reader = await openPgStore(url, { applicationName: 'dossier test reader', write: false });
    try {
      const merged = (await reader.loadMerged(ws.dir))!;
      expectSameIndex(merged.index, local);
    } finally {
      await reader.close();
    }
  });
});
