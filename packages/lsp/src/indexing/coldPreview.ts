import type { FileAnalysis } from '@dossier/corpus/query';
import type { IndexMerge, SnapshotTarget } from './indexMerger.js';

/**
 * When a cold index serves a preview: the files analysed by `afterMs` after the analysis began
 * (and at least `minFiles` of them) are merged apart and served while the rest are analysed.
 */
export interface PreviewBound {
  /** Time since the analysis began. */
  afterMs: number;
  /** Files analysed at least: a preview of a few dozen files answers almost no name. */
  minFiles: number;
  /** No preview once more than this share of the files is analysed: the full index is near. */
  maxShare: number;
}

/**
 * 15 s: issue 15 asks for a first card within 30 s of a cold start, and the preview's merge, its
 * write and its reading take a few seconds more (at 100,000 articles the two analysis workers
 * have done some 2,000-3,000 of 36,035 files by then). Past half of the files, the full index comes
 * within about as long again as the preview would have taken to be useful.
 */
export const PREVIEW_BOUND: PreviewBound = { afterMs: 15_000, minFiles: 500, maxShare: 0.5 };

/** A preview written (to its target): how many of how many files it holds. */
export interface PreviewReady {
  done: number;
  total: number;
}

/** What a preview is made with and tells: its merge (made when the first file comes), where it goes, its clock. */
export interface PreviewParts {
  bound: PreviewBound;
  total: number;
  target: SnapshotTarget;
  newMerge: () => IndexMerge;
  onReady: (ready: PreviewReady) => void;
  /** A preview that failed: it is dropped, the full index goes on. */
  onFailure: (message: string) => void;
  now?: () => number;
}

/**
 * The preview of one cold index: the first files' analyses go to a merge of their own too, until
 * the bound; then that merge is finished, its snapshot written, and `onReady` told. The full
 * index's merge is not touched: each merge keeps its own copies of what it is given (CorpusMerge).
 */
export class ColdPreview {
  private merge: IndexMerge | null = null;
  private added = 0;
  private open = true;
  private making: Promise<void> = Promise.resolve();
  private readonly now: () => number;
  private readonly started: number;

  constructor(private readonly parts: PreviewParts) {
    this.now = parts.now ?? Date.now;
    this.started = this.now();
  }

  /** One more file analysed (in any order: `order` is its place in the corpus). */
  add(analysis: FileAnalysis, displayPath: string, order: number): void {
    if (!this.open) return;
    try {
      (this.merge ??= this.parts.newMerge()).add(analysis, displayPath, order);
    } catch (error) {
      this.fail(error);
      return;
    }
    this.added++;
    const { bound, total } = this.parts;
    if (this.added > bound.maxShare * total) this.drop();
    else if (this.added >= bound.minFiles && this.now() - this.started >= bound.afterMs) this.making = this.make();
  }

  /** Once the analysis is over: a preview not begun is dropped, one being made is waited for (it never throws). */
  async settled(): Promise<void> {
    if (this.open) this.drop();
    await this.making;
  }

  private async make(): Promise<void> {
    const merge = this.merge!;
    const done = this.added;
    this.open = false;
    this.merge = null;
    try {
      await merge.finish(this.parts.target, () => undefined);
      this.parts.onReady({ done, total: this.parts.total });
    } catch (error) {
      this.fail(error);
    } finally {
      merge.cancel();
    }
  }

  private fail(error: unknown): void {
    this.drop();
    this.parts.onFailure(`the preview index failed and is skipped: ${(error as Error)?.stack ?? error}`);
  }

  private drop(): void {
    this.open = false;
    this.merge?.cancel();
    this.merge = null;
  }
}
