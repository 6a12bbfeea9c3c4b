import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from './support/databases.js';
import { CLI, REPO } from './support/corpora.js';

function dossier(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', timeout: 300_000, env: { ...process.env, ...env } });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

describe('dossier index --db and the commands that read the shared index', () => {
  it('indexes the seeds into PostgreSQL and prints what a local run prints, the password never shown', async () => {
    const { url } = await freshDatabase();
    const password = decodeURIComponent(new URL(url).password);
    const env = { TEAM_DB: url };
    const indexed = dossier(['index', 'seeds', '--db', 'TEAM_DB', '--indexer', 'desk-1'], env);
    expect(indexed.status, indexed.stderr).toBe(0);
    const location = url.replace(/:[^:@/]+@/, '@');
    expect(indexed.stdout).toBe(
      `${location}: 2 file(s) to read, 0 unchanged, 0 removed\n` +
        `desk-1: 2 analysed, 0 unchanged (same content), 0 skipped, 0 gone\n` +
        indexed.stdout.split('\n')[2] + '\n',
    );
    expect(indexed.stdout.split('\n')[2]).toMatch(/^merged: index version 1 \(2 files, \d+ entities, \d+ mentions\)$/);

    const stored = dossier(['entities', '--db', 'TEAM_DB', '--json'], env);
    expect(stored.status, stored.stderr).toBe(0);
    expect(JSON.parse(stored.stdout)).toEqual(JSON.parse(dossier(['entities', 'seeds', '--json']).stdout));
    const first = (JSON.parse(stored.stdout) as { name: string }[])[0]!.name;
    expect(dossier(['show', first, '--db', 'TEAM_DB'], env).stdout).toBe(dossier(['show', first, 'seeds']).stdout);
    for (const out of [indexed, stored]) expect(out.stdout + out.stderr).not.toContain(password);
  });
});
