import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noCorrections, openSnapshot, type CorpusIndex, type FileAnalysis } from '@dossier/corpus';
import { afterAll, describe, expect, it } from 'vitest';
import type { ColdIndexEvents, ColdIndexJob } from '../../src/indexing/coldIndex.js';
import { ColdPreview, type PreviewBound, type PreviewReady } from '../../src/indexing/coldPreview.js';
import { IndexCache } from '../../src/indexing/indexCache.js';
import type { IndexMerge } from '../../src/indexing/indexMerger.js';
import { processIndexer } from '../../src/indexing/processIndexer.js';
import { silentLogger } from '../../src/logger.js';
import { BUILT_COLD_INDEX_PROCESS } from '../integration/inProcessServer.js';

const TARGET = { path: '/cache/preview.v8', meta: { preview: true } };

/** A merge that records what it is given and told. */
function recordingMerge(finish: () => Promise<void> = () => Promise.resolve()) {
  const added: number[] = [];
  const told: string[] = [];
  const merge: IndexMerge = {
    add: (_analysis, _path, order) => void added.push(order),
    finish: (target) => (told.push(`finish ${target.path}`), finish()),
    cancel: () => void told.push('cancel'),
  };
  return { merge, added, told };
}

function preview(bound: PreviewBound, total: number, merge: IndexMerge) {
  let now = 0;
  const ready: PreviewReady[] = [];
  const failures: string[] = [];
  const made = { merges: 0 };
  const coldPreview = new ColdPreview({
    bound,
    total,
    target: TARGET,
    newMerge: () => (made.merges++, merge),
    onReady: (r) => ready.push(r),
    onFailure: (message) => failures.push(message),
    now: () => now,
  });
  const add = (order: number, at: number) => {
    now = at;
    coldPreview.add({} as FileAnalysis, `corpus/${order}.txt`, order);
  };
  return { coldPreview, add, ready, failures, made };
}

describe('ColdPreview', () => {
  it('waits for its time and its files, merges the files so far once, and takes no file after', async () => {
    const { merge, added, told } = recordingMerge();
    const { coldPreview, add, ready, made } = preview({ afterMs: 1000, minFiles: 2, maxShare: 0.5 }, 10, merge);
    add(7, 0);
    add(3, 500); // two files, but before its time
    expect(told).toEqual([]);
    add(5, 1000);
    add(1, 1100);
    await coldPreview.settled();
    expect(added).toEqual([7, 3, 5]);
    expect(told).toEqual(['finish /cache/preview.v8', 'cancel']);
    expect(ready).toEqual([{ done: 3, total: 10 }]);
    expect(made.merges).toBe(1);
  });

  it('makes no preview past its share of the files (the full index is near), nor one not begun when the analysis ends', async () => {
    const late = recordingMerge();
    const past = preview({ afterMs: 1000, minFiles: 1, maxShare: 0.5 }, 4, late.merge);
    for (const order of [0, 1, 2]) past.add(order, 10 * order);
    past.add(3, 2000);
    await past.coldPreview.settled();
    expect(late.told).toEqual(['cancel']);
    expect(past.ready).toEqual([]);

    const short = recordingMerge();
    const few = preview({ afterMs: 0, minFiles: 5, maxShare: 0.5 }, 20, short.merge);
    few.add(0, 0);
    await few.coldPreview.settled();
    expect(short.told).toEqual(['cancel']);
    expect(few.ready).toEqual([]);
  });

  it('tells a preview that failed, in its merge or its write, and is ready with nothing', async () => {
    const failing = recordingMerge(() => Promise.reject(new Error('disk full')));
    const written = preview({ afterMs: 0, minFiles: 1, maxShare: 0.5 }, 10, failing.merge);
    written.add(0, 0);
    await written.coldPreview.settled();
    expect(written.ready).toEqual([]);
    expect(written.failures).toEqual([expect.stringMatching(/^the preview index failed and is skipped: Error: disk full/)]);

    const broken: IndexMerge = { ...recordingMerge().merge, add: () => { throw new Error('bad analysis'); } };
    const merged = preview({ afterMs: 0, minFiles: 2, maxShare: 0.5 }, 10, broken);
    merged.add(0, 0);
    merged.add(1, 0);
    await merged.coldPreview.settled();
    expect(merged.ready).toEqual([]);
    expect(merged.failures).toEqual([expect.stringMatching(/^the preview index failed and is skipped: Error: bad analysis/)]);
  });
});

describe('the indexing process with a preview', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cold-preview-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const names = ['Kim Yo Jong', 'Vladimir Putin', 'Ursula von der Leyen', 'Olaf Scholz', 'Kim Yo Jong', 'Emmanuel Macron'];
  const files = names.map((name, i) => {
    const path = join(dir, 'corpus', `f${i}.txt`);
    mkdirSync(join(dir, 'corpus'), { recursive: true });
    writeFileSync(path, `${name} said on Monday that talks with officials in Seoul had gone well, a statement said.\n`);
    return path;
  });
  const job = (preview?: PreviewBound): ColdIndexJob => ({ files, displayPaths: files.map((f) => f.slice(dir.length + 1)), corrections: noCorrections(), maxFileBytes: 1 << 20, configKey: 'key', ...(preview ? { preview } : {}) });

  async function run(name: string, preview?: PreviewBound): Promise<{ seen: string[]; cacheFolder: string }> {
    if (!existsSync(BUILT_COLD_INDEX_PROCESS)) throw new Error(`${BUILT_COLD_INDEX_PROCESS} is missing: build the package first (npm run build)`);
    const seen: string[] = [];
    const events: ColdIndexEvents = {
      onProgress: () => undefined,
      onPhase: (phase) => seen.push(`phase ${phase}`),
      onWarning: (path, message) => seen.push(`warning ${path}: ${message}`),
      isCancelled: () => false,
      onPreview: (ready) => seen.push(`preview ${ready.done} of ${ready.total}`),
    };
    const cacheFolder = join(dir, name);
    await expect(processIndexer(BUILT_COLD_INDEX_PROCESS)(job(preview), cacheFolder, events, silentLogger)).resolves.toBe('done');
    return { seen, cacheFolder };
  }

  const describeIndex = (index: CorpusIndex) => index.entities.map((e) => [e.id, e.name, e.type, index.mentionsOf(e).map((m) => `${m.path}:${m.range.start.line}:${m.range.start.character}`)]);

  it('sends the preview of the first files before the merge, and writes the full snapshot of a run without one', async () => {
    const withPreview = await run('with', { afterMs: 0, minFiles: 2, maxShare: 0.5 });
    expect(withPreview.seen).toEqual(['preview 2 of 6', 'phase merging', 'phase saving']);
    // The preview holds the two files, and its file is gone once taken.
    const cache = IndexCache.inFolder(withPreview.cacheFolder, silentLogger);
    const previewIndex = (await cache.takePreview())!;
    expect(previewIndex.fileCount).toBe(2);
    expect(existsSync(cache.previewTarget().path)).toBe(false);

    const without = await run('without');
    expect(without.seen).toEqual(['phase merging', 'phase saving']);
    const full = (folder: string) => describeIndex(openSnapshot(join(folder, 'snapshot.v8')).index);
    expect(full(withPreview.cacheFolder)).toEqual(full(without.cacheFolder));
    expect(full(without.cacheFolder).map((e) => e[1])).toEqual(expect.arrayContaining(['Kim Yo Jong', 'Vladimir Putin', 'Emmanuel Macron']));
  });
});
