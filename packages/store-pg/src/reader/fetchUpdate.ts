import { deserializeIndex, type CorpusIndex } from '@dossier/corpus';
import { readLatestSnapshot } from '../merge.js';
import type { PgStore } from '../pgStore.js';

/** Texts fetched per round trip. */
const TEXTS_PER_QUERY = 200;

export interface IndexUpdate {
  version: number;
  /** The snapshot as stored: what the reader's cache keeps. */
  snapshot: Buffer;
  index: CorpusIndex;
  /** Per file of the index, its content hash. */
  hashes: string[];
  /** The texts the reader lacked, by content hash. */
  texts: Map<string, Buffer>;
}

/**
 * The latest merged index if it is newer than `version`, with the texts of its files that the
 * reader does not have, all read in one repeatable-read transaction: a merge that runs meanwhile
 * (and removes texts no file uses any more) cannot take a text the fetched index needs.
 */
export function fetchIndexUpdate(store: PgStore, version: number, hasText: (hash: string, displayPath: string) => boolean): Promise<IndexUpdate | null> {
  return store.transaction(async (client) => {
    const latest = await readLatestSnapshot(client, version);
    if (!latest) return null;
    const { index, meta } = deserializeIndex(latest.snapshot);
    const hashes = (meta as { hashes: string[] }).hashes;
    const missing = [...new Set(index.files.flatMap((f, i) => (hasText(hashes[i]!, f.displayPath) ? [] : [hashes[i]!])))];
    const texts = new Map<string, Buffer>();
    for (let i = 0; i < missing.length; i += TEXTS_PER_QUERY) {
      const found = await client.query('SELECT hash, body FROM dossier.texts WHERE hash = ANY($1::text[])', [missing.slice(i, i + TEXTS_PER_QUERY)]);
      for (const r of found.rows) texts.set(r.hash as string, r.body as Buffer);
    }
    return { version: latest.version, snapshot: latest.snapshot, index, hashes, texts };
  }, 'REPEATABLE READ READ ONLY');
}
