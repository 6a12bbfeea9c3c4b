import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { noCorrections, type Corrections } from '../../src/corpusIndex/corrections.js';
import { FileTextCache } from '../../src/files/textCache.js';
import { indexCorpus } from '../../src/indexCorpus.js';
import type { CorpusStore } from '../../src/store/corpusStore.js';
import { indexIntoStore, type IndexIntoStoreOptions } from '../../src/store/indexIntoStore.js';
import { judgementsFromCorrections } from '../../src/store/judgements.js';
import { describeIndex } from '../helpers/describeIndex.js';

const SEEDS = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
const ARTICLES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

/** A workspace with a corpus/ folder: the seed pages and the invented fixture articles, in two folders. */
export function makeWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
  cpSync(SEEDS, join(dir, 'corpus', 'seeds'), { recursive: true });
  cpSync(ARTICLES, join(dir, 'corpus', 'more'), { recursive: true });
  return dir;
}

/** The local index of the same folder, built from scratch by the library. */
export async function localIndex(workspace: string, corrections: Corrections = noCorrections()) {
  return indexCorpus([join(workspace, 'corpus')], { baseDir: workspace, corrections });
}

export function expectSameIndex(actual: Awaited<ReturnType<typeof localIndex>>, expected: Awaited<ReturnType<typeof localIndex>>): void {
  const texts = new FileTextCache();
  const textOf = (p: string) => texts.get(p);
  expect(actual.entities.length).toBeGreaterThan(10);
  expect(describeIndex(actual, textOf)).toEqual(describeIndex(expected, textOf));
}

/**
 * What every CorpusStore must do, whatever holds it: the same tests run against the local store
 * (packages/corpus) and PostgreSQL (packages/store-pg), each with a fresh, empty store.
 */
export function storeContract(openStore: () => Promise<CorpusStore>): void {
  let workspace: string;
  let store: CorpusStore;
  const run = (options: Partial<IndexIntoStoreOptions> = {}) => indexIntoStore(store, ['corpus'], { indexer: 'test-indexer', baseDir: workspace, ...options });
  const merged = async () => (await store.loadMerged(workspace))!.index;

  beforeEach(async () => {
    workspace = makeWorkspace();
    store = await openStore();
  });
  afterEach(async () => {
    await store.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('stores every file, and merges to the same index as the local one', async () => {
    const files = readdirSync(join(workspace, 'corpus'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    const summary = await run();
    expect(summary.plan).toEqual({ pending: files, removed: 0, unchanged: 0 });
    expect(summary.analysed).toBe(files);
    expect(summary.merge).toMatchObject({ merged: true, files });
    expect(await store.pendingCount()).toBe(0);
    expectSameIndex(await merged(), await localIndex(workspace));
  });

  it('analyses again only what changed, forgets deleted files, and keeps matching the local index', async () => {
    await run();
    const again = await run();
    expect(again.plan.pending).toBe(0);
    expect(again.analysed).toBe(0);
    expect(again.merge?.merged).toBe(false);

    // An edited file, a touched file (same bytes, new time), a new file and a deleted one.
    const edited = join(workspace, 'corpus/more/agg-strait-cable.txt');
    writeFileSync(edited, 'Dossier test edit. Admiral Grace Hopper inspected the cable ship Ocean Link in Keelung.\n');
    const touched = join(workspace, 'corpus/more/korea-west-sea-shipyard.txt');
    utimesSync(touched, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    mkdirSync(join(workspace, 'corpus/new'));
    writeFileSync(join(workspace, 'corpus/new/added.md'), '# Port visit\n\nCaptain Maria Lopez of the Andes Trader met officials of Valparaiso Port.\n');
    rmSync(join(workspace, 'corpus/more/reuters-korea-tanker.txt'));

    const update = await run();
    expect(update.plan).toMatchObject({ pending: 3, removed: 1 });
    expect({ analysed: update.analysed, unchanged: update.unchanged }).toEqual({ analysed: 2, unchanged: 1 });
    expect(update.merge?.merged).toBe(true);
    const index = await merged();
    expect(index.files.map((f) => f.displayPath)).not.toContain('corpus/more/reuters-korea-tanker.txt');
    expect(index.files.map((f) => f.displayPath)).toContain('corpus/new/added.md');
    expectSameIndex(index, await localIndex(workspace));
  });

  it('skips what cannot be read, with the reason, as the local index does', async () => {
    writeFileSync(join(workspace, 'corpus/more/binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0, 7, 0]));
    const warnings: string[] = [];
    const summary = await run({ onWarning: (path, message) => warnings.push(`${path}: ${message}`) });
    expect(summary.skipped).toBe(1);
    expect(warnings.find((w) => w.startsWith('corpus/more/binary.txt: skipped: '))).toBeTruthy();
    expect((await merged()).files.map((f) => f.displayPath)).not.toContain('corpus/more/binary.txt');
    expectSameIndex(await merged(), await localIndex(workspace));
    // Skipped once is not read again while it stays as it is.
    expect((await run()).plan.pending).toBe(0);
  });

  it("dates relative times from the indexer's capturedAt rules as the local index does, and analyses again when they change", async () => {
    const capture = (at: string): Corrections => ({ ...noCorrections(), capture: [{ pattern: 'corpus/seeds', at, base: workspace }] });
    const august = capture('2025-08-14T12:00:00Z');
    const files = (await run({ captureRules: august.capture })).analysed;
    // Not vacuous: the seed pages say "33 minutes ago", so the rule changes their dates.
    const textOf = (p: string) => new FileTextCache().get(p);
    expect(describeIndex(await localIndex(workspace, august), textOf)).not.toEqual(describeIndex(await localIndex(workspace), textOf));
    expectSameIndex(await merged(), await localIndex(workspace, august));
    const september = capture('2025-09-01');
    const again = await run({ captureRules: september.capture });
    expect({ pending: again.plan.pending, analysed: again.analysed }).toEqual({ pending: files, analysed: files });
    expectSameIndex(await merged(), await localIndex(workspace, september));
  });

  it('shards: two indexers with --shard 1/2 and 2/2 store every file once between them', async () => {
    const first = await run({ shard: { index: 0, count: 2 }, merge: false, indexer: 'one' });
    const second = await run({ shard: { index: 1, count: 2 }, indexer: 'two' });
    expect(first.analysed).toBeGreaterThan(0);
    expect(second.analysed).toBeGreaterThan(0);
    expect(first.analysed + second.analysed).toBe(first.plan.pending);
    expectSameIndex(await merged(), await localIndex(workspace));
  });

  it('a released claim leaves its files pending for the next indexer', async () => {
    await store.plan({ roots: ['corpus'], files: [{ path: 'corpus/seeds/x.txt', size: 1, mtimeMs: 1 }], variant: 'v' });
    const claim = await store.claim({ limit: 5, variant: 'v' });
    expect(claim?.files.map((f) => f.path)).toEqual(['corpus/seeds/x.txt']);
    expect(await store.claim({ limit: 5, variant: 'v' })).toBeNull();
    await claim!.release();
    const again = await store.claim({ limit: 5, variant: 'v' });
    expect(again?.files.map((f) => f.path)).toEqual(['corpus/seeds/x.txt']);
    await again!.release();
  });

  it('applies the judgements in force at the next merge, as dossier.yaml would locally', async () => {
    await run();
    const before = await merged();
    const [first, second] = before.entities.filter((e) => e.type === before.entities[0]!.type && !e.declared);
    const corrections: Corrections = { ...noCorrections(), merge: [[first!.name, second!.name]], exclude: [before.entities.at(-1)!.name] };
    await store.addJudgements(judgementsFromCorrections(corrections, 'alice'));
    const outcome = await store.mergeIfStale({ baseDir: workspace, by: 'test' });
    expect(outcome.merged).toBe(true);
    const after = await merged();
    expect(after.entities.length).toBe(before.entities.length - 2);
    expectSameIndex(after, await localIndex(workspace, corrections));
    // "Unsure" withdraws: the merge is undone.
    await store.addJudgements([{ question: 'same', name: first!.name, other: second!.name, verdict: 'unsure', details: null, author: 'bob' }]);
    await store.mergeIfStale({ baseDir: workspace, by: 'test' });
    expectSameIndex(await merged(), await localIndex(workspace, { ...corrections, merge: [] }));
    const history = await store.judgements();
    expect(history.map((j) => [j.author, j.verdict, j.question])).toEqual([
      ['alice', 'positive', 'same'],
      ['alice', 'negative', 'entity'],
      ['bob', 'unsure', 'same'],
    ]);
    expect(history.every((j) => !Number.isNaN(Date.parse(j.at)))).toBe(true);
  });
}
