import type { CorpusIndex } from '@dossier/corpus/query';

/**
 * The index a corpus source serves, and the requests waiting for its first one. A new index is
 * served at once; the requests that waited for it go first (their continuations run before the
 * callback below), then its completion and spelling tables are built, so that the first hover
 * does not wait for them.
 */
export class ServedIndex {
  private index: CorpusIndex | null = null;
  private waiting: ((index: CorpusIndex) => void)[] = [];

  get current(): CorpusIndex | null {
    return this.index;
  }

  /** Resolves with the first index, or at once when one exists. */
  ready(): Promise<CorpusIndex> {
    if (this.index) return Promise.resolve(this.index);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  serve(index: CorpusIndex): void {
    this.index = index;
    for (const resolve of this.waiting.splice(0)) resolve(index);
    setImmediate(() => {
      if (this.index === index) index.warmUp();
    });
  }
}
