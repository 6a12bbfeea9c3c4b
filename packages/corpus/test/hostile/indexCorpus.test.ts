import { chmodSync, existsSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileTextCache } from '../../src/files/textCache.js';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexCorpus } from '../../src/indexCorpus.js';
import { FUZZING } from '../properties/fuzz.js';
import { fileOf, makeHostileCorpus, pathOf, type HostileCorpus } from './makeHostileCorpus.js';

/**
 * The hostile corpus (see makeHostileCorpus.ts) indexed through the library, as the language server
 * does: indexing finishes, every skipped or repaired file is named with its reason, and the real
 * names of the good files are still found at their exact positions.
 */
describe('indexing a hostile corpus', () => {
  let dir: string;
  let corpus: HostileCorpus;
  let index: CorpusIndex;
  const warnings: { file: string; message: string }[] = [];
  let vanishedBeforeRead = false;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
    corpus = makeHostileCorpus(dir);
    index = await indexCorpus([corpus.root], {
      maxFileBytes: corpus.maxFileBytes,
      baseDir: dir,
      onWarning: (path, message) => warnings.push({ file: fileOf(corpus, path), message }),
      // A file deleted between discovery and reading: the first progress report comes after the
      // first file is read, long before the indexer reaches vanish/.
      onProgress: (done) => {
        if (done === 1 && existsSync(pathOf(corpus, corpus.vanishing))) {
          unlinkSync(pathOf(corpus, corpus.vanishing));
          vanishedBeforeRead = true;
        }
      },
    });
  });

  afterAll(() => {
    if (!dir) return;
    try {
      chmodSync(pathOf(corpus, 'unreadable/locked.txt'), 0o644);
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const warningsOf = (file: string) => warnings.filter((w) => w.file === file).map((w) => w.message);
  const mentions = () => index.entities.flatMap((e) => index.mentionsOf(e)).map((m) => ({ ...m, file: fileOf(corpus, m.path) }));

  it('skips binary, empty and blank files, each with a warning that names it and says why', () => {
    const indexed = new Set(index.files.map((f) => fileOf(corpus, f.path)));
    for (const { file, reason } of corpus.skipped) {
      expect(indexed.has(file), file).toBe(false);
      expect(warningsOf(file), file).toEqual([expect.stringMatching(/^skipped: /)]);
      expect(warningsOf(file)[0], file).toMatch(reason);
    }
  });

  it('repairs invalid UTF-8, NUL bytes, UTF-16 and an over-long file, and says what it did', () => {
    const indexed = new Set(index.files.map((f) => fileOf(corpus, f.path)));
    for (const { file, warning } of corpus.repaired) {
      expect(indexed.has(file), file).toBe(true);
      expect(warningsOf(file).some((w) => warning.test(w)), `${file}: ${warningsOf(file).join(' | ')}`).toBe(true);
    }
  });

  it('reads a BOM, CRLF and lone-CR file without a warning: they are valid text', () => {
    for (const file of ['repaired/bom.txt', 'repaired/crlf.txt', 'repaired/lone-cr.txt', 'big/one-line.txt', 'good/emoji.txt']) {
      expect(warningsOf(file), file).toEqual([]);
    }
  });

  it('still finds the real names of the good and repaired files at their exact UTF-16 positions', () => {
    const found = mentions();
    for (const e of corpus.expected) {
      const at = found.filter((m) => m.file === e.file && m.text === e.text).map((m) => m.range);
      expect(at, `${e.text} in ${e.file}`).toContainEqual(e.range);
    }
  });

  it('reads no further than maxFileBytes, never deeper than 64 folders, and never inside a script', () => {
    const texts = new Set(mentions().map((m) => m.text));
    for (const name of [...corpus.absent, corpus.pastTheCap]) expect(texts.has(name), name).toBe(false);
  });

  it('names the deep folder, the symbolic link loop and the broken links, and indexes a looped file once', () => {
    for (const { path, warning } of corpus.folderWarnings) {
      expect(warningsOf(path).some((w) => warning.test(w)), `${path}: ${warningsOf(path).join(' | ')}`).toBe(true);
    }
    expect(mentions().filter((m) => m.text === 'Henrik Solberg').map((m) => m.file)).toEqual(['loop/article.txt']);
    const paths = index.files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('says once which files are not articles, naming each, and never runs or reads them', () => {
    const summary = warnings.filter((w) => /not articles/.test(w.message));
    expect(summary).toHaveLength(1);
    for (const file of corpus.notArticles) expect(summary[0]!.message).toContain(file);
    expect(index.files.some((f) => !/\.(txt|md|html)$/.test(f.path))).toBe(false);
    expect(existsSync(corpus.executionMarker)).toBe(false);
  });

  it('skips a file deleted after it was found, saying it could not be opened', () => {
    expect(vanishedBeforeRead).toBe(true);
    expect(warningsOf(corpus.vanishing)).toEqual([expect.stringMatching(/^skipped: cannot open: ENOENT/)]);
    expect(mentions().some((m) => m.text === 'Piotr Nowicki')).toBe(false);
  });

  it('reads snippets of a capped file from the same capped text, never the whole file', () => {
    const file = index.files.find((f) => fileOf(corpus, f.path) === 'big/over-limit.txt')!;
    const capped = new FileTextCache(undefined, () => corpus.maxFileBytes).get(file.path)!;
    expect(capped.length).toBe(file.lines.length);
    expect(capped.length).toBeLessThanOrEqual(corpus.maxFileBytes);
    expect(new FileTextCache().get(file.path)!.length).toBeGreaterThan(corpus.maxFileBytes);
  });

  it('skips an unreadable file, saying permission was denied', (ctx) => {
    if (!corpus.unreadableIsUnreadable) {
      // Root reads a chmod 000 file anyway; cli.test.ts checks this case as an unprivileged user.
      ctx.skip('running as root: chmod 000 does not stop root from reading, so EACCES cannot happen here');
    }
    expect(warningsOf('unreadable/locked.txt')).toEqual([expect.stringMatching(/^skipped: cannot open: EACCES/)]);
  });
});

describe.runIf(FUZZING)('a 100 MiB file (fuzz run only)', () => {
  it('is read up to the limit only, with a warning, in bounded memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-huge-'));
    try {
      const corpus = makeHostileCorpus(dir, { big: true });
      const warnings: string[] = [];
      const limit = 8 * 1024 * 1024;
      const rssBefore = process.memoryUsage().rss;
      const index = await indexCorpus([join(corpus.root, 'huge')], { maxFileBytes: limit, onWarning: (_p, m) => warnings.push(m) });
      const grown = process.memoryUsage().rss - rssBefore;
      expect(warnings).toEqual([`file is ${100 * 1024 * 1024} bytes; only the first ${limit} were read (limit ${limit}, setting maxFileBytes)`]);
      expect(index.entities.map((e) => e.name)).toContain('Ingrid Valtersen');
      // Never the whole file in memory: far less than its 100 MiB (and its 200 MB as a string).
      expect(grown).toBeLessThan(400 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
