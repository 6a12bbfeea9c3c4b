import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDossierConfig } from '../../src/config/dossierConfig.js';
import { makeWorkspace } from './storeContract.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

function dossier(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 300_000, env: { ...process.env, USER: 'carol' } });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

describe('dossier index, judge, corrections and entities with a local store', () => {
  let workspace: string;
  beforeAll(() => {
    expect(existsSync(CLI), `${CLI} is missing: run "npm run build" first`).toBe(true);
    workspace = makeWorkspace();
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('indexes into the store and reads back what a local run prints', () => {
    const indexed = dossier(['index', 'corpus', '--store', 'team-store'], workspace);
    expect(indexed.status, indexed.stderr).toBe(0);
    expect(indexed.stdout).toMatch(/: 7 file\(s\) to read, 0 unchanged, 0 removed\n/);
    expect(indexed.stdout).toMatch(/: 7 analysed, 0 unchanged \(same content\), 0 skipped, 0 gone\n/);
    expect(indexed.stdout).toMatch(/^merged: index version 1 \(7 files, \d+ entities, \d+ mentions\)$/m);
    const local = dossier(['entities', 'corpus', '--json'], workspace);
    const stored = dossier(['entities', '--store', 'team-store', '--json'], workspace);
    expect(stored.status, stored.stderr).toBe(0);
    expect(stored.stderr).toContain('team-store: index version 1');
    expect(JSON.parse(stored.stdout)).toEqual(JSON.parse(local.stdout));
    expect(JSON.parse(stored.stdout).length).toBeGreaterThan(10);

    const again = dossier(['index', 'corpus', '--store', 'team-store'], workspace);
    expect(again.stdout).toMatch(/: 0 file\(s\) to read, 7 unchanged, 0 removed\n/);
    expect(again.stdout).toMatch(/^merge: the index is up to date \(version 1: /m);
  });

  it('records judgements with their author, merges them, and exports dossier.yaml that imports back', () => {
    const names = (JSON.parse(dossier(['entities', '--store', 'team-store', '--json'], workspace).stdout) as { name: string; type: string }[]).map((e) => e.name);
    const [a, b] = [names[0]!, names[1]!];
    const judged = dossier(['judge', 'positive', a, b, '--store', 'team-store'], workspace);
    expect(judged.status, judged.stderr).toBe(0);
    expect(judged.stdout).toBe(`recorded: "${a}" and "${b}" are one entity: positive (carol); the next merge applies it (dossier merge)\n`);
    expect(dossier(['judge', 'negative', names.at(-1)!, '--store', 'team-store', '--author', 'dave'], workspace).status).toBe(0);
    expect(dossier(['merge', '--store', 'team-store'], workspace).stdout).toMatch(/^merged: index version 2 /);
    const merged = JSON.parse(dossier(['entities', '--store', 'team-store', '--json'], workspace).stdout) as { name: string; aliases: string[] }[];
    expect(merged.length).toBe(names.length - 2);
    expect(merged.find((e) => e.name === a)?.aliases).toEqual(expect.arrayContaining([b]));

    const history = dossier(['corrections', 'history', '--store', 'team-store'], workspace).stdout.split('\n');
    expect(history[0]).toMatch(/^ID\s+WHEN\s+WHO\s+VERDICT\s+QUESTION$/);
    expect(history[1]).toMatch(new RegExp(`^1\\s+\\d{4}-\\d\\d-\\d\\dT\\S+\\s+carol\\s+positive\\s+same: `));
    expect(history[2]).toMatch(/^2\s+\S+\s+dave\s+negative\s+entity: /);

    const exported = dossier(['corrections', 'export', '--store', 'team-store'], workspace);
    expect(exported.status, exported.stderr).toBe(0);
    const config = parseDossierConfig(exported.stdout, 'exported.yaml');
    expect(config.corrections.merge).toEqual([[a, b]]);
    expect(config.corrections.exclude).toEqual([names.at(-1)]);

    // The same corrections in a local dossier.yaml give the same entities as the store.
    writeFileSync(join(workspace, 'dossier.yaml'), exported.stdout);
    const local = JSON.parse(dossier(['entities', 'corpus', '--json'], workspace).stdout);
    expect(JSON.parse(dossier(['entities', '--store', 'team-store', '--json'], workspace).stdout)).toEqual(local);

    // Importing it into a new store, with --replace, records the same corrections.
    rmSync(join(workspace, 'dossier.yaml'));
    writeFileSync(join(workspace, 'team.yaml'), exported.stdout);
    const imported = dossier(['corrections', 'import', 'team.yaml', '--store', 'other-store', '--replace', '--author', 'erin'], workspace);
    expect(imported.stdout).toBe('team.yaml: recorded 2 judgement(s) by erin, withdrew 0; the next merge applies them (dossier merge)\n');
    const reexported = dossier(['corrections', 'export', '--store', 'other-store'], workspace).stdout;
    expect(parseDossierConfig(reexported, 'x').corrections).toEqual(config.corrections);
    expect(readFileSync(join(workspace, 'team.yaml'), 'utf8')).toContain('# Exported from team-store');
  });

  it('says what is wrong with its arguments', () => {
    expect(dossier(['index', 'corpus'], workspace)).toMatchObject({ status: 2, stderr: expect.stringContaining('index needs --db <PostgreSQL URL or variable name> or --store <folder>') });
    expect(dossier(['index', 'corpus', '--store', 's', '--shard', '3/2'], workspace).stderr).toContain('--shard: expected K/N with 1 <= K <= N, got "3/2"');
    expect(dossier(['judge', 'maybe', 'A', '--store', 's'], workspace).stderr).toContain('judge needs a verdict: positive, negative, unsure');
    expect(dossier(['entities', '--store', 'empty-store'], workspace)).toMatchObject({ status: 4, stderr: expect.stringMatching(/^dossier: .*empty-store holds no merged index yet: run "dossier index <folders>" or "dossier merge" on it\n$/) });
  });
});
