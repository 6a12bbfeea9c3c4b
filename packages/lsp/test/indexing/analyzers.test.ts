import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noCorrections } from '@dossier/corpus';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileAnalysis } from '@dossier/corpus';
import { entryBytes, entryOf, ENTRY_SCHEMA } from '../../src/indexing/cacheEntry.js';
import { disposedWhenDone, type AnalyzeOptions, type FileAnalyzer } from '../../src/indexing/fileAnalyzer.js';
import { InlineAnalyzer } from '../../src/indexing/inlineAnalyzer.js';
import { WorkerAnalyzer } from '../../src/indexing/workerAnalyzer.js';
import { ARTICLE_KIM, ARTICLE_SUMMIT } from '../helpers/memoryCorpus.js';
import { BUILT_WORKER } from '../integration/inProcessServer.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-analyzers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'corpus'));
const files: Record<string, string | Buffer> = {
  'kim.txt': ARTICLE_KIM,
  'summit.md': `# Summit\n\n${ARTICLE_SUMMIT}`,
  'binary.txt': Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]),
  'repaired.txt': Buffer.concat([Buffer.from(ARTICLE_KIM), Buffer.from([0xff, 0x0a])]),
  'empty.txt': '',
};
const paths = Object.keys(files).map((name) => join(dir, 'corpus', name));
for (const [i, text] of Object.values(files).entries()) writeFileSync(paths[i]!, text);

async function run(analyzer: InlineAnalyzer | WorkerAnalyzer) {
  const warnings: string[] = [];
  const progress: number[] = [];
  const options: AnalyzeOptions = {
    corrections: noCorrections(),
    maxFileBytes: 1 << 20,
    onProgress: (done) => progress.push(done),
    onWarning: (path, message) => warnings.push(`${path}: ${message}`),
    isCancelled: () => false,
  };
  const results = await analyzer.analyze(paths, options);
  // In path order: the pool's batches finish in any order.
  return { results: new Map([...results].sort(([a], [b]) => (a < b ? -1 : 1))), warnings: warnings.sort(), done: progress.at(-1) };
}

describe('the two analyzers', () => {
  it('give the same analyses and the same warnings, on this thread and on the worker pool (one per-file pipeline)', async () => {
    expect(existsSync(BUILT_WORKER), `${BUILT_WORKER} is missing: build the package first (npm run build)`).toBe(true);
    const inline = await run(new InlineAnalyzer());
    const pool = new WorkerAnalyzer(2, BUILT_WORKER);
    const workers = await run(pool).finally(() => pool.dispose());
    expect([...inline.results.keys()].sort()).toEqual([...paths].sort());
    expect(workers.results).toEqual(inline.results);
    expect(workers.warnings).toEqual(inline.warnings);
    expect(inline.done).toBe(paths.length);
    expect(workers.done).toBe(paths.length);
    const analysed = paths.filter((p) => inline.results.get(p));
    expect(analysed.map((p) => p.slice(dir.length + 8))).toEqual(['kim.txt', 'summit.md', 'repaired.txt']);
    expect(inline.warnings.map((w) => w.slice(dir.length + 8).replace(/ \(.*/, ''))).toEqual([
      'binary.txt: skipped: binary content',
      'empty.txt: skipped: empty file',
      expect.stringMatching(/^repaired\.txt: .*invalid UTF-8/),
    ]);
  });

  it('give the same results when each worker has its next batches waiting (one file per batch, two batches in flight per worker)', async () => {
    const inline = await run(new InlineAnalyzer());
    const pool = new WorkerAnalyzer(2, BUILT_WORKER, 1);
    const workers = await run(pool).finally(() => pool.dispose());
    expect(workers.results).toEqual(inline.results);
    expect(workers.warnings).toEqual(inline.warnings);
    expect(workers.done).toBe(paths.length);
  });
});

/** Options of a pool run that reports nothing but what `extra` asks for (its results, its entries, its marks). */
function quietOptions(extra: Partial<AnalyzeOptions>): AnalyzeOptions {
  return { corrections: noCorrections(), maxFileBytes: 1 << 20, onProgress: () => undefined, onWarning: () => undefined, isCancelled: () => false, ...extra };
}

describe('the pool with the cache rules key (each analysis handed over as its cache entry)', () => {
  it('gives each analysis with the bytes of its entry, which hold the same analysis under that key, and no more bytes than an entry written from the analysis received', async () => {
    const inline = await run(new InlineAnalyzer());
    const pool = new WorkerAnalyzer(2, BUILT_WORKER);
    const given = new Map<string, { analysis: FileAnalysis | null; entry?: Uint8Array }>();
    const options = quietOptions({ onResult: (path, analysis, entry) => given.set(path, { analysis, ...(entry ? { entry } : {}) }), entryRules: 'the rules key' });
    await pool.analyze(paths, options).finally(() => pool.dispose());
    expect(new Map([...given].map(([path, { analysis }]) => [path, analysis]))).toEqual(inline.results);
    const analysed = paths.filter((p) => inline.results.get(p));
    expect(paths.filter((p) => given.get(p)!.entry)).toEqual(analysed);
    for (const path of analysed) {
      const { analysis, entry } = given.get(path)!;
      const stored = entryOf(entry!);
      expect({ ...stored, analysis: null }).toEqual({ schema: ENTRY_SCHEMA, path, size: analysis!.size, mtimeMs: analysis!.mtimeMs, hash: analysis!.hash, rules: 'the rules key', analysis: null });
      expect(stored.analysis).toEqual(inline.results.get(path));
      // The worker's evidence vectors written as doubles, 9 bytes a weight, made entries a sixth larger.
      expect(entry!.length).toBeLessThanOrEqual(entryBytes(analysis!, 'the rules key').length);
    }
  });
});

describe('the pool asked for byte marks (a cold index, whose snapshot writer reads the cards\' sentences through them)', () => {
  it('gives each analysed file\'s byte marks with its analysis, from its first character to its last byte; none for a file that is not UTF-8', async () => {
    const pool = new WorkerAnalyzer(2, BUILT_WORKER);
    const given = new Map<string, { analysis: FileAnalysis | null; byteMarks: Uint32Array | null | undefined }>();
    const options = quietOptions({ onResult: (path, analysis, _entry, byteMarks) => given.set(path, { analysis, byteMarks }), entryRules: 'the rules key', byteMarks: true });
    await pool.analyze(paths, options).finally(() => pool.dispose());
    const marks = (name: string) => given.get(join(dir, 'corpus', name))!;
    for (const name of ['kim.txt', 'summit.md']) {
      const { analysis, byteMarks } = marks(name);
      // [unit, byte] pairs: the text's start, then its end (these files are shorter than a mark's spacing).
      expect([...byteMarks!]).toEqual([0, 0, analysis!.textLength, analysis!.size]);
    }
    // Its bytes are not UTF-8: the writer reads it whole.
    expect(marks('repaired.txt').analysis).not.toBeNull();
    expect(marks('repaired.txt').byteMarks).toBeNull();
  });
});

describe('disposedWhenDone (the indexing process ends its workers before the merge)', () => {
  /** An analyzer that records when it is disposed of, and whether its analysis was still running then. */
  function recording(fail: boolean) {
    const seen: string[] = [];
    const analyzer: FileAnalyzer = {
      analyze: async () => {
        seen.push('analysing');
        await Promise.resolve();
        seen.push('analysed');
        if (fail) throw new Error('worker died');
        return new Map();
      },
      dispose: () => seen.push('disposed'),
    };
    return { seen, analyzer };
  }

  it('disposes of the analyzer (its worker threads) once its files are analysed, before the caller goes on', async () => {
    const { seen, analyzer } = recording(false);
    const options = { corrections: noCorrections(), maxFileBytes: 1 << 20, onProgress: () => undefined, onWarning: () => undefined, isCancelled: () => false };
    await disposedWhenDone(analyzer).analyze(paths, options);
    seen.push('merging');
    expect(seen).toEqual(['analysing', 'analysed', 'disposed', 'merging']);
  });

  it('disposes of it when the analysis fails too', async () => {
    const { seen, analyzer } = recording(true);
    const options = { corrections: noCorrections(), maxFileBytes: 1 << 20, onProgress: () => undefined, onWarning: () => undefined, isCancelled: () => false };
    await expect(disposedWhenDone(analyzer).analyze(paths, options)).rejects.toThrow('worker died');
    expect(seen).toEqual(['analysing', 'analysed', 'disposed']);
  });
});
