import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noCorrections, openSnapshot, type FileAnalysis } from '@dossier/corpus';
import { afterAll, describe, expect, it } from 'vitest';
import { InlineAnalyzer } from '../../src/indexing/inlineAnalyzer.js';
import { WorkerMerge, type IndexMerge } from '../../src/indexing/indexMerger.js';
import { InlineMerge } from '../../src/indexing/inlineMerge.js';
import { ARTICLE_KIM, ARTICLE_SUMMIT } from '../helpers/memoryCorpus.js';
import { BUILT_MERGE_WORKER } from '../integration/inProcessServer.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-inline-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'corpus'));
const paths = [join(dir, 'corpus', 'kim.txt'), join(dir, 'corpus', 'summit.txt')];
writeFileSync(paths[0]!, ARTICLE_KIM);
writeFileSync(paths[1]!, ARTICLE_SUMMIT);

async function analyses(): Promise<FileAnalysis[]> {
  const options = { corrections: noCorrections(), maxFileBytes: 1 << 20, onProgress: () => undefined, onWarning: () => undefined, isCancelled: () => false };
  const results = await new InlineAnalyzer().analyze(paths, options);
  return paths.map((path) => results.get(path)!);
}

/** Adds the analyses in the order given (each with its place in the corpus), finishes into `name`, and says what was told on the way. */
async function mergeInto(merge: IndexMerge, files: FileAnalysis[], name: string): Promise<{ snapshot: Buffer; told: string[] }> {
  for (const analysis of files) merge.add(analysis, analysis.path.slice(dir.length + 1), paths.indexOf(analysis.path));
  const told: string[] = [];
  const path = join(dir, name, 'snapshot.v8');
  const finished = merge.finish({ path, meta: { configKey: 'key' }, maxFileBytes: 1 << 20 }, () => told.push('saving'));
  told.push('finish called');
  await finished;
  told.push('saved');
  return { snapshot: readFileSync(path), told };
}

describe('InlineMerge (the indexing process merges on its main thread)', () => {
  it('writes the snapshot the merge thread writes, whatever order the files come in', async () => {
    const files = await analyses();
    const onThread = await mergeInto(new WorkerMerge(noCorrections(), BUILT_MERGE_WORKER), files, 'thread');
    const inline = await mergeInto(new InlineMerge(noCorrections()), [...files].reverse(), 'inline');
    expect(inline.snapshot.equals(onThread.snapshot)).toBe(true);
    // The merged index read back as a warm start does: Kim Jong Un of both articles is one entity.
    const { index } = openSnapshot(join(dir, 'inline', 'snapshot.v8'));
    const kim = index.entities.find((e) => e.name === 'Kim Jong Un');
    expect(kim?.articles.length).toBe(2);
  });

  it("tells 'saving' once merged, before the write, and takes no more files once finished", async () => {
    const merge = new InlineMerge(noCorrections());
    const files = await analyses();
    const { told } = await mergeInto(merge, files, 'told');
    // finish merges at once: 'saving' comes before the caller's next step, the write after.
    expect(told).toEqual(['saving', 'finish called', 'saved']);
    expect(() => merge.add(files[0]!, 'corpus/kim.txt', 0)).toThrow('the merge was finished or cancelled');
  });

  it('calls afterRelease where the merge and the write let go of much, and writes the same snapshot', async () => {
    const files = await analyses();
    const told: string[] = [];
    const merge = new InlineMerge(noCorrections(), { afterRelease: () => told.push('released') });
    const { snapshot, told: steps } = await mergeInto(merge, files, 'released');
    const plain = await mergeInto(new InlineMerge(noCorrections()), files, 'plain');
    expect(snapshot.equals(plain.snapshot)).toBe(true);
    // The files' staging and the forms in the merge, the merge itself, then each of the five sections written.
    expect(told).toHaveLength(8);
    expect(steps).toEqual(['saving', 'finish called', 'saved']);
  });
});
