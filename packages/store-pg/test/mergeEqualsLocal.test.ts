import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexCorpus } from '@dossier/corpus';
import { expectSameIndex } from '../../corpus/test/store/storeContract.js';
import { openPgStore } from '../src/pgStore.js';
import { freshDatabase } from './support/databases.js';
import { indexFolder } from './support/indexing.js';
import { generatedWorkspace, GUM_DEV, REPO } from './support/corpora.js';

/** Indexes `folder` (relative to `base`) into a new database; the merged index read back by another connection. */
async function indexedThroughPostgres(base: string, folder: string) {
  const { url } = await freshDatabase();
  expect((await indexFolder(url, base, folder)).merge?.merged).toBe(true);
  const reader = await openPgStore(url, { applicationName: 'dossier test reader', write: false });
  try {
    return (await reader.loadMerged(base))!.index;
  } finally {
    await reader.close();
  }
}

describe('the merge in PostgreSQL equals the local index of the same files', () => {
  it('on the seed pages', async () => {
    const index = await indexedThroughPostgres(REPO, 'seeds');
    expectSameIndex(index, await indexCorpus([join(REPO, 'seeds')], { baseDir: REPO }));
  });

  it('on the GUM development texts', async () => {
    const index = await indexedThroughPostgres(GUM_DEV, 'texts');
    expect(index.files.length).toBe(66);
    expectSameIndex(index, await indexCorpus([join(GUM_DEV, 'texts')], { baseDir: GUM_DEV }));
  });

  const generated = generatedWorkspace(600);
  afterAll(() => rmSync(generated.dir, { recursive: true, force: true }));
  it(`on a generated corpus of ${generated.articles} articles in ${generated.files} nested files`, async () => {
    const index = await indexedThroughPostgres(generated.dir, 'corpus');
    expect(index.files.length).toBe(generated.files);
    expectSameIndex(index, await indexCorpus([join(generated.dir, 'corpus')], { baseDir: generated.dir }));
  });
});
