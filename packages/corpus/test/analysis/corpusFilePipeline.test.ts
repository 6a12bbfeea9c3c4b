import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { analyzeCorpusFile, analyzeCorpusFiles, throughCorpusFile, throughCorpusFiles } from '../../src/analysis/corpusFilePipeline.js';
import { loadArticles } from '../../src/corpusLoader.js';
import { indexCorpus } from '../../src/indexCorpus.js';

// An analysis bug, planted: analyzeFile throws for any file whose name holds "bug". The real
// analysis runs for every other file.
vi.mock('../../src/analysis/fileAnalysis.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/analysis/fileAnalysis.js')>();
  return {
    ...real,
    analyzeFile: (...args: Parameters<typeof real.analyzeFile>) => {
      if (args[0].path.includes('bug')) throw new TypeError("Cannot read properties of undefined (reading 'span')");
      return real.analyzeFile(...args);
    },
  };
});

const ARTICLE = (name: string) => `${name} met officials in Seoul on Monday, the ministry said in a statement about the talks.\n`;

const dir = mkdtempSync(join(tmpdir(), 'dossier-pipeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const corpus = join(dir, 'corpus');
mkdirSync(corpus);
writeFileSync(join(corpus, 'a-putin.txt'), ARTICLE('Vladimir Putin'));
writeFileSync(join(corpus, 'b-bug.txt'), ARTICLE('Kim Jong Un'));
writeFileSync(join(corpus, 'c-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
writeFileSync(join(corpus, 'd-repaired.txt'), Buffer.concat([Buffer.from(ARTICLE('Kim Yo Jong')), Buffer.from([0xff, 0xfe, 0x0a])]));

describe('the per-file pipeline', () => {
  it('analyses a readable file, with the reader\'s repairs as warnings', async () => {
    const outcome = await analyzeCorpusFile(join(corpus, 'd-repaired.txt'));
    expect(outcome.result?.articles).toHaveLength(1);
    expect(outcome.warnings).toHaveLength(1);
    expect(outcome.warnings[0]).toMatch(/invalid UTF-8/);
  });

  it('skips a file it cannot read with the reason, and never throws', async () => {
    expect(await analyzeCorpusFile(join(corpus, 'c-binary.txt'))).toEqual({ path: join(corpus, 'c-binary.txt'), result: null, warnings: [expect.stringMatching(/^skipped: binary/)] });
    expect(await analyzeCorpusFile(join(corpus, 'missing.txt'))).toMatchObject({ result: null, warnings: [expect.stringMatching(/^skipped: cannot open: ENOENT/)] });
  });

  it('turns a step that throws into a skip with the error, costing that file alone', async () => {
    const outcome = await analyzeCorpusFile(join(corpus, 'b-bug.txt'));
    expect(outcome.result).toBeNull();
    expect(outcome.warnings).toEqual([expect.stringMatching(/^skipped: analysis failed: TypeError: Cannot read properties of undefined \(reading 'span'\)/)]);
    const parsed = await throughCorpusFile(join(corpus, 'a-putin.txt'), {}, () => {
      throw new RangeError('offset out of range');
    });
    expect(parsed.warnings).toEqual([expect.stringMatching(/^skipped: analysis failed: RangeError: offset out of range/)]);
  });
});

describe('the pipeline over many files', () => {
  const names = ['a-putin.txt', 'missing.txt', 'b-bug.txt', 'c-binary.txt', 'd-repaired.txt'];
  const paths = names.map((name) => join(corpus, name));

  it('gives each file the outcome analyzeCorpusFile gives it, in the order asked', async () => {
    const one = await Promise.all(paths.map((path) => analyzeCorpusFile(path)));
    const many: Awaited<ReturnType<typeof analyzeCorpusFile>>[] = [];
    for await (const outcome of throughCorpusFiles(paths, {}, (file) => file.text.length)) many.push(outcome as never);
    expect(many.map((o) => o.path)).toEqual(paths);
    // Text lengths; the repaired file ends in two replacement characters and a line break.
    expect(many.map((o) => o.result)).toEqual([ARTICLE('Vladimir Putin').length, null, ARTICLE('Kim Jong Un').length, null, ARTICLE('Kim Yo Jong').length + 3]);
    const analysed = [];
    for await (const outcome of analyzeCorpusFiles(paths)) analysed.push(outcome);
    // The first line of each warning (an error's stack differs below it).
    const firstLines = (warnings: string[]) => warnings.map((w) => w.split('\n', 1)[0]);
    expect(analysed.map((o) => firstLines(o.warnings))).toEqual(one.map((o) => firstLines(o.warnings)));
    expect(firstLines(analysed[2]!.warnings)).toEqual(["skipped: analysis failed: TypeError: Cannot read properties of undefined (reading 'span')"]);
    expect(analysed.map((o) => o.result?.forms.map((f) => f.surface) ?? null)).toEqual(one.map((o) => o.result?.forms.map((f) => f.surface) ?? null));
    expect(analysed[0]!.result?.forms.map((f) => f.surface)).toContain('Vladimir Putin');
  });

  it('reads and analyses no further than the caller asks', async () => {
    const stepped: string[] = [];
    for await (const outcome of throughCorpusFiles(paths, {}, (file) => stepped.push(file.path))) {
      expect(outcome.path).toBe(paths[0]);
      break;
    }
    expect(stepped).toEqual([paths[0]]);
  });
});

describe('a run over the corpus', () => {
  it('indexes every other file when analysing one throws (it used to abort the whole run)', async () => {
    const warnings: string[] = [];
    const index = await indexCorpus([corpus], { baseDir: dir, onWarning: (path, message) => warnings.push(`${path.slice(corpus.length + 1)}: ${message.split('\n')[0]}`) });
    expect(index.files.map((f) => f.displayPath)).toEqual(['corpus/a-putin.txt', 'corpus/d-repaired.txt']);
    expect(index.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Yo Jong']));
    expect(index.entities.map((e) => e.name)).not.toContain('Kim Jong Un');
    expect(warnings).toEqual([
      "b-bug.txt: skipped: analysis failed: TypeError: Cannot read properties of undefined (reading 'span')",
      expect.stringMatching(/^c-binary\.txt: skipped: binary/),
      expect.stringMatching(/^d-repaired\.txt: .*invalid UTF-8/),
    ]);
  });

  it('loads the articles of every file, warning about the same files', async () => {
    const warnings: string[] = [];
    const files = await loadArticles([corpus], { baseDir: dir, onWarning: (path) => warnings.push(path.slice(corpus.length + 1)) });
    expect(files.map((f) => f.file)).toEqual(['corpus/a-putin.txt', 'corpus/b-bug.txt', 'corpus/d-repaired.txt']);
    expect(warnings).toEqual(['c-binary.txt', 'd-repaired.txt']);
  });
});
