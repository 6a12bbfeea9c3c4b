import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asSuperuser, urlFor } from './support/databases.js';
import { CLI, REPO } from './support/corpora.js';

/** The SQL of a README block between <!-- name:start --> and <!-- name:end -->: what users run. */
function readmeSql(name: string): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const block = new RegExp(`<!-- ${name}:start -->\\n\`\`\`sql\\n([\\s\\S]*?)\`\`\`\\n<!-- ${name}:end -->`).exec(readme);
  if (!block) throw new Error(`README.md has no ${name} block`);
  return block[1]!;
}

function dossier(args: string[], url: string) {
  const result = spawnSync(process.execPath, [CLI, ...args, '--db', 'TEAM_DB'], { cwd: REPO, encoding: 'utf8', timeout: 300_000, env: { ...process.env, TEAM_DB: url, USER: 'analyst-alice' } });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

describe('the roles and grants of the README', () => {
  it('let the indexer write, the reader only read, and the analyst record judgements', async () => {
    // Role names are per cluster: this is the only test that creates them, in a database named as in the README.
    await asSuperuser('postgres', (c) => c.query('CREATE DATABASE team'));
    await asSuperuser('team', (c) => c.query(readmeSql('team-roles')));
    const indexer = urlFor('team', { user: 'dossier_indexer', password: 'indexer-password' });
    const reader = urlFor('team', { user: 'dossier_reader', password: 'reader-password' });
    const analyst = urlFor('team', { user: 'dossier_analyst', password: 'analyst-password' });

    const indexed = dossier(['index', 'seeds'], indexer);
    expect(indexed.status, indexed.stderr).toBe(0);
    await asSuperuser('team', (c) => c.query(readmeSql('team-analyst')));

    const read = dossier(['entities', '--json'], reader);
    expect(read.status, read.stderr).toBe(0);
    const entities = JSON.parse(read.stdout) as { name: string; aliases: string[] }[];
    expect(entities.length).toBeGreaterThan(10);

    const refused = dossier(['index', 'seeds'], reader);
    expect(refused.status).toBe(4);
    expect(refused.stderr).toMatch(/^dossier: postgresql:\/\/dossier_reader@127\.0\.0\.1:\d+\/team: permission denied for table \w+ \(the role lacks the grant: see "Team corpus" in the README for the roles and their grants\)\n$/);
    expect(dossier(['judge', 'positive', entities[0]!.name, entities[1]!.name], reader).stderr).toMatch(/permission denied for table judgements/);
    expect(dossier(['merge', '--force'], analyst).stderr).toMatch(/permission denied/);

    // A correction by one client (the analyst) is seen by another (the reader) after the indexer merges.
    const judged = dossier(['judge', 'positive', entities[0]!.name, entities[1]!.name], analyst);
    expect(judged.status, judged.stderr).toBe(0);
    expect(dossier(['merge'], indexer).stdout).toMatch(/^merged: index version 2 /);
    const after = JSON.parse(dossier(['entities', '--json'], reader).stdout) as { name: string; aliases: string[] }[];
    expect(after.length).toBe(entities.length - 1);
    expect(after.find((e) => e.name === entities[0]!.name)?.aliases).toEqual(expect.arrayContaining([entities[1]!.name]));
    expect(dossier(['corrections', 'history'], reader).stdout).toMatch(/^1\s+\S+\s+analyst-alice\s+positive\s+same: /m);
  });
});
