import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/corpusText.js';

/** The built CLI (npm run build), run from the repository root on the seeds (issue 13, defect 13). */
const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

function dossier(args: string[], cwd = REPO_ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 300_000 });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

describe('the dossier CLI: exit codes, closed pipes, labelled counts', () => {
  beforeAll(() => {
    expect(existsSync(CLI), `${CLI} is missing: run "npm run build" first`).toBe(true);
  });

  it('ends quietly with 0 when the reader of its output goes away (`dossier entities seeds | head`)', async () => {
    const child = spawn(process.execPath, [CLI, 'entities', 'seeds', '--json'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // The reader closes at once, before a byte is written: every write meets a closed pipe.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  });

  it('exits as the help says: 0 done, 1 no such entity, 2 wrong arguments or dossier.yaml', () => {
    const help = dossier(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Exit status: 0 done; 1 show found no such entity; 2 wrong arguments or an invalid dossier.yaml');

    expect(dossier(['show', 'Kim Yo Jong', 'seeds']).status).toBe(0);
    const missing = dossier(['show', 'Nobody Here', 'seeds']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('dossier: no entity named "Nobody Here" in seeds\n');
    expect(dossier(['show', 'Kim Yo Jong']).status).toBe(2);
    const unknown = dossier(['frobnicate', 'seeds']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^dossier: unknown command "frobnicate"\n/);
    // A command looked up by name must not find an object's own properties.
    expect(dossier(['constructor', 'seeds']).stderr).toMatch(/^dossier: unknown command "constructor"\n/);

    const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-config-'));
    try {
      writeFileSync(join(dir, 'dossier.yaml'), 'entities: 12\n');
      const invalid = dossier(['entities', join(REPO_ROOT, 'seeds'), '--config', join(dir, 'dossier.yaml')], dir);
      expect(invalid.status).toBe(2);
      expect(invalid.stderr).toMatch(/dossier\.yaml:1: entities: expected a list of entities/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says in its help how lines are counted: from 1 in tables and cards, from 0 in --json', () => {
    const help = dossier(['--help']).stdout;
    expect(help).toContain('tables and cards count lines and columns from 1');
    expect(help).toContain('--json gives LSP ranges, which count lines from 0');
  });

  it('labels its counts: names found in a note beside the entities they are cards for', () => {
    const run = dossier(['cards', '--corpus', 'seeds', 'examples/notes/korea-russia-axis.md']);
    expect(run.status).toBe(0);
    const header = /=== examples\/notes\/korea-russia-axis\.md: (\d+) names found, (\d+) entities \(one card each\) ===/.exec(run.stdout);
    expect(header, run.stdout.slice(0, 400)).not.toBeNull();
    const cards = run.stdout.split('\n').filter((line) => /^examples\/notes\/korea-russia-axis\.md:\d+:\d+ {2}"/.test(line));
    expect(cards).toHaveLength(Number(header![2]));
    expect(Number(header![1])).toBeGreaterThan(cards.length);
  });
});
