import { indexIntoStore, type IndexRunSummary } from '@dossier/corpus';
import { openPgStore } from '../../src/pgStore.js';

/** One indexing run of `folder` (relative to `baseDir`) into the database, as `dossier index` does it. */
export async function indexFolder(url: string, baseDir: string, folder = 'corpus', indexer = 'test-indexer'): Promise<IndexRunSummary> {
  const store = await openPgStore(url, { applicationName: `dossier test indexer (${indexer})` });
  try {
    return await indexIntoStore(store, [folder], { indexer, baseDir });
  } finally {
    await store.close();
  }
}
