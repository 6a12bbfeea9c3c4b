import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noCorrections, openSnapshot, type FileAnalysis } from '@dossier/corpus';
import { afterAll, describe, expect, it } from 'vitest';
import { InlineAnalyzer } from '../../src/indexing/inlineAnalyzer.js';
import { InlineMerge } from '../../src/indexing/inlineMerge.js';
import { ProcessMerge } from '../../src/indexing/processMerge.js';
import { ARTICLE_KIM, ARTICLE_SUMMIT } from '../helpers/memoryCorpus.js';
import { BUILT_MERGE_WORKER } from '../integration/inProcessServer.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-process-merge-'));
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

function target(name: string) {
  return { path: join(dir, name, 'snapshot.v8'), meta: { preview: true } };
}

/** Resolves once the merge's process has ended. */
function exited(merge: ProcessMerge): Promise<void> {
  const child = (merge as unknown as { child: import('node:child_process').ChildProcess }).child;
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((done) => child.once('exit', () => done()));
}

describe('ProcessMerge (a merge in a process of its own: the preview of a cold index)', () => {
  it('writes the snapshot the merge on this thread writes, tells saving first, and its process ends', async () => {
    const files = await analyses();
    const merge = new ProcessMerge(noCorrections(), BUILT_MERGE_WORKER);
    for (const analysis of [...files].reverse()) merge.add(analysis, analysis.path.slice(dir.length + 1), paths.indexOf(analysis.path));
    const told: string[] = [];
    await merge.finish(target('process'), () => told.push('saving'));
    expect(told).toEqual(['saving']);
    const inline = new InlineMerge(noCorrections());
    for (const analysis of files) inline.add(analysis, analysis.path.slice(dir.length + 1), paths.indexOf(analysis.path));
    await inline.finish(target('inline'), () => undefined);
    expect(readFileSync(target('process').path).equals(readFileSync(target('inline').path))).toBe(true);
    // Read back as the server reads a preview: Kim Jong Un of both articles is one entity.
    const { index } = openSnapshot(target('process').path);
    expect(index.entities.find((e) => e.name === 'Kim Jong Un')?.articles.length).toBe(2);
    await exited(merge);
  });

  it('cancelled, its process ends and writes nothing; finishing then fails', async () => {
    const files = await analyses();
    const merge = new ProcessMerge(noCorrections(), BUILT_MERGE_WORKER);
    merge.add(files[0]!, 'corpus/kim.txt', 0);
    merge.cancel();
    await exited(merge);
    await expect(merge.finish(target('cancelled'), () => undefined)).rejects.toThrow(/the merge process stopped/);
    expect(existsSync(target('cancelled').path)).toBe(false);
  });

  it("rejects with the merge's error when the process cannot merge what it was sent", async () => {
    const merge = new ProcessMerge(noCorrections(), BUILT_MERGE_WORKER);
    merge.add({ path: 'broken' } as unknown as FileAnalysis, 'corpus/broken.txt', 0);
    await expect(merge.finish(target('broken'), () => undefined)).rejects.toThrow(/the merge failed/);
    await exited(merge);
    expect(existsSync(target('broken').path)).toBe(false);
  });
});
