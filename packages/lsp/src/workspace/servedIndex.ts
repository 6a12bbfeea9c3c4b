import type { CorpusIndex } from '@dossier/corpus/query';
import type { CancellationToken } from 'vscode-languageserver';

/** What a request waiting for the first index may be cancelled by (a request's token). */
export type WaitCancellation = Pick<CancellationToken, 'isCancellationRequested' | 'onCancellationRequested'>;

/**
 * The index a corpus source serves, and the requests waiting for its first one. A new index is
 * served at once; the requests that waited for it go first (their continuations run before the
 * callback below), then its completion and spelling tables are built, so that the first hover
 * does not wait for them.
 *
 * A wait that is cancelled is let go of at once, with its request's token. A hover asked while
 * indexing used to wait too (and answer with the progress): each left its wait here, its token,
 * emitter and promises (5,009 tokens and 15,053 promises halfway through a cold index of 100,000
 * articles, the scale bench hovering every 50 ms; the server's old space grew 3.6 MB per 100 s),
 * until the index came: at a million articles the server grew from 150 to 310 MB meanwhile.
 */
export class ServedIndex {
  private index: CorpusIndex | null = null;
  private readonly waiting = new Set<(index: CorpusIndex | null) => void>();

  get current(): CorpusIndex | null {
    return this.index;
  }

  /** Resolves with the first index, or at once when one exists. */
  ready(): Promise<CorpusIndex> {
    if (this.index) return Promise.resolve(this.index);
    return new Promise((resolve) => this.waiting.add((index) => index && resolve(index)));
  }

  /** ready(), or null as soon as `cancellation` is cancelled, and then nothing of the wait is kept. */
  readyUnless(cancellation: WaitCancellation): Promise<CorpusIndex | null> {
    if (this.index) return Promise.resolve(this.index);
    if (cancellation.isCancellationRequested) return Promise.resolve(null);
    return new Promise((resolve) => {
      let subscription: { dispose(): void } | null = null;
      const done = (index: CorpusIndex | null) => {
        this.waiting.delete(done);
        subscription?.dispose();
        resolve(index);
      };
      this.waiting.add(done);
      subscription = cancellation.onCancellationRequested(() => done(null));
    });
  }

  serve(index: CorpusIndex): void {
    this.index = index;
    for (const resolve of [...this.waiting]) resolve(index);
    this.waiting.clear();
    setImmediate(() => {
      if (this.index === index) index.warmUp();
    });
  }
}
