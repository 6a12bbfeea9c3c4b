import type { CorpusIndex } from '@dossier/corpus/query';

/** An index of the files a cold index has analysed so far: `done` of its `total` files. */
export interface IndexPreview {
  index: CorpusIndex;
  done: number;
  total: number;
}

/**
 * The preview a cold index serves until its full index is ready (indexing/coldPreview.ts), for
 * hovers only: the other features wait for the full index, as a reference list or a diagnostic
 * has no place to say that it is partial. One preview at most; it belongs to one indexing run (a
 * generation of CorpusWorkspace) and is dropped when that run ends, fails or is overtaken.
 */
export class ServedPreview {
  private preview: IndexPreview | null = null;

  /** The preview `load` reads, served unless `wanted()` says no once it is read (its run is over). */
  async offer(counts: Omit<IndexPreview, 'index'>, load: () => Promise<CorpusIndex | null>, wanted: () => boolean): Promise<boolean> {
    const index = await load();
    if (!index || !wanted()) return false;
    this.preview = { index, done: counts.done, total: counts.total };
    return true;
  }

  get current(): IndexPreview | null {
    return this.preview;
  }

  drop(): void {
    this.preview = null;
  }
}
