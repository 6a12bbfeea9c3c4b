import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUZZING } from '../properties/fuzz.js';
import { makeHostileCorpus, pathOf, type HostileCorpus } from './makeHostileCorpus.js';

/** The built CLI (npm run build), run as a user would: `dossier entities <folder> --json`. */
const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

interface EntityJson {
  name: string;
  mentions: { file: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[];
}

function dossier(args: string[], cwd: string, options: SpawnSyncOptions = {}, cli = CLI) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 300_000, ...options });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr), error: result.error };
}

const NOBODY = 65534;

/** The built CLI bundled into one file (esbuild) in a new world-readable folder, which `temps` will remove. */
function cliForAnyUser(temps: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-cli-copy-'));
  temps.push(folder);
  chmodSync(folder, 0o755);
  const file = join(folder, 'dossier.mjs');
  buildSync({
    entryPoints: [CLI],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // Bundled CommonJS dependencies (picomatch) call require.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  chmodSync(file, 0o644);
  return file;
}

/** Null when "nobody" can start Node and read both paths; else what stops it. */
function whyNobodyCannotRun(cli: string, folder: string): string | null {
  const probe = `const fs = require('node:fs'); fs.accessSync(${JSON.stringify(cli)}, fs.constants.R_OK); fs.readdirSync(${JSON.stringify(folder)});`;
  const result = spawnSync(process.execPath, ['-e', probe], { uid: NOBODY, gid: NOBODY, encoding: 'utf8', timeout: 120_000 });
  if (result.error) return `${process.execPath}: ${result.error.message}`;
  return result.status === 0 ? null : String(result.stderr).trim().split('\n').find((l) => /Error/.test(l)) ?? `exit ${result.status}`;
}

describe('the dossier CLI on a hostile corpus', () => {
  let dir: string;
  let corpus: HostileCorpus;
  let run: ReturnType<typeof dossier>;
  const temps: string[] = [];

  beforeAll(() => {
    expect(existsSync(CLI), `${CLI} is missing: run "npm run build" first`).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
    corpus = makeHostileCorpus(dir);
    run = dossier(['entities', 'corpus', '--json'], dir);
  });

  afterAll(() => {
    for (const folder of [dir, ...temps]) if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** The stderr lines about one file (the CLI prints absolute paths). */
  const linesAbout = (file: string) => run.stderr.split('\n').filter((l) => l.startsWith(`dossier: ${pathOf(corpus, file)}: `));

  it('exits 0 and prints pure JSON on stdout, warnings on stderr only', () => {
    expect(run.error).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    const entities = JSON.parse(run.stdout) as EntityJson[];
    expect(entities.length).toBeGreaterThan(10);
    expect(run.stdout).not.toContain('dossier:');
  });

  it('names every skipped file on stderr with its reason', () => {
    for (const { file, reason } of corpus.skipped) {
      const lines = linesAbout(file);
      expect(lines, file).toHaveLength(1);
      expect(lines[0], file).toMatch(/: skipped: /);
      expect(lines[0], file).toMatch(reason);
    }
  });

  it('names every repaired file on stderr with the repair', () => {
    // The CLI reads up to the default 64 MiB (it has no option to lower it), so the over-limit file is read whole.
    for (const { file, warning } of corpus.repaired.filter((r) => r.file !== 'big/over-limit.txt')) {
      expect(linesAbout(file).some((l) => warning.test(l)), `${file}: ${linesAbout(file).join(' | ')}`).toBe(true);
    }
    expect(linesAbout('big/over-limit.txt')).toEqual([]);
  });

  it('names the deep folder, the link loop, the broken links and the files that are not articles', () => {
    for (const { path, warning } of corpus.folderWarnings) {
      expect(linesAbout(path).some((l) => warning.test(l)), `${path}: ${run.stderr}`).toBe(true);
    }
    const summary = run.stderr.split('\n').filter((l) => l.startsWith('dossier: corpus: ') && /not articles/.test(l));
    expect(summary).toHaveLength(1);
    for (const file of corpus.notArticles) expect(summary[0]).toContain(file);
  });

  it('still finds the real names at their exact positions (paths relative to the working folder)', () => {
    const entities = JSON.parse(run.stdout) as EntityJson[];
    const mentions = entities.flatMap((e) => e.mentions);
    for (const e of corpus.expected) {
      const at = mentions.filter((m) => m.file === `corpus/${e.file}` && m.text === e.text).map((m) => m.range);
      expect(at, `${e.text} in ${e.file}`).toContainEqual(e.range);
    }
    const texts = new Set(mentions.map((m) => m.text));
    for (const name of corpus.absent) expect(texts.has(name), name).toBe(false);
    expect(texts.has(corpus.pastTheCap)).toBe(true);
  });

  it('never runs anything from the corpus, whatever the file names say', () => {
    expect(existsSync(corpus.executionMarker)).toBe(false);
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
  });

  it('lists the articles of the same corpus (dossier articles) and exits 0', () => {
    const articles = dossier(['articles', 'corpus/good', 'corpus/skipped', 'corpus/repaired', '--json'], dir);
    expect(articles.status, articles.stderr).toBe(0);
    const list = JSON.parse(articles.stdout) as { file: string; title: string | null }[];
    expect(list.map((a) => a.file)).toContain('corpus/good/emoji.txt');
    expect(list.some((a) => a.file.startsWith('corpus/skipped/'))).toBe(false);
    expect(articles.stderr).toMatch(/skipped\/binary\.txt: skipped: binary content/);
  });

  it('skips an unreadable file with EACCES (as an unprivileged user when the tests run as root)', (ctx) => {
    let result = run;
    if (!corpus.unreadableIsUnreadable) {
      // Root reads chmod 000 files: run the CLI as "nobody" instead, if this machine lets us.
      if (process.getuid?.() !== 0) ctx.skip('chmod 000 does not stop this user from reading, and it cannot switch users');
      chmodSync(dir, 0o755);
      // The checkout may sit where "nobody" cannot go (a clone inside `mktemp -d` is mode 700): the
      // CLI runs from a one-file copy in a world-readable folder beside the corpus instead.
      const cli = cliForAnyUser(temps);
      const cannot = whyNobodyCannotRun(cli, join(dir, 'corpus', 'good'));
      if (cannot) ctx.skip(`user "nobody" cannot run the CLI on this machine: ${cannot}`);
      result = dossier(['entities', 'corpus/unreadable', 'corpus/good', '--json'], dir, { uid: NOBODY, gid: NOBODY }, cli);
    }
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`dossier: ${pathOf(corpus, 'unreadable/locked.txt')}: skipped: cannot open: EACCES`);
  });

  // The CLI used to print file names raw: a corpus file named "x<ESC>[2J<LF>dossier: forged.txt: ..."
  // cleared the terminal and forged a warning line. Warnings now pass through printable() (cli/io.ts).
  it('prints file names with control characters escaped, so that they cannot forge log lines or drive the terminal', () => {
    const evil = mkdtempSync(join(tmpdir(), 'dossier-evil-'));
    try {
      mkdirSync(join(evil, 'corpus'));
      writeFileSync(join(evil, 'corpus', 'x\u001b[2J\ndossier: forged.txt: skipped: fake.txt'), '');
      const result = dossier(['entities', 'corpus', '--json'], evil);
      expect(result.status).toBe(0);
      expect(result.stderr).not.toContain('\u001b');
      expect(result.stderr.split('\n').filter((l) => l.startsWith('dossier: forged.txt'))).toEqual([]);
    } finally {
      rmSync(evil, { recursive: true, force: true });
    }
  });
});

describe.runIf(FUZZING)('the CLI on a 100 MiB file (fuzz run only)', () => {
  it('reads the default 64 MiB of it, warns, and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-huge-'));
    try {
      const corpus = makeHostileCorpus(dir, { big: true });
      const result = dossier(['entities', join(corpus.root, 'huge'), '--json'], dir, { timeout: 1_800_000 });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toContain(`file is ${100 * 1024 * 1024} bytes; only the first ${64 * 1024 * 1024} were read`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
