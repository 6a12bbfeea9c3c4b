import { setImmediate } from 'node:timers/promises';
import { CorpusMerge, type Corrections, type FileAnalysis, type CorpusMergeOptions } from '@dossier/corpus';
import type { IndexMerge } from './indexMerger.js';
import { writeSnapshot, type SnapshotTarget } from './snapshotWrite.js';

/**
 * The merge on the thread that receives the analyses, for the indexing process
 * (coldIndexProcess.ts), whose main thread has nothing else to do: a merge thread there would cost
 * an isolate of its own (its heap, its copy of the library's data) and a second copy of every
 * analysis on its way to it. The server merges on a thread instead (WorkerMerge), to stay free
 * for requests.
 */
export class InlineMerge implements IndexMerge {
  private merge: CorpusMerge | null;
  private readonly afterRelease: () => void;

  /**
   * `spillFolder`: where the merge may keep a temporary file of what it staged; `afterRelease`:
   * called where the merge, then the snapshot's write, let go of a large share of what they held
   * (CorpusMergeOptions).
   */
  constructor(corrections: Corrections, options: CorpusMergeOptions = {}) {
    this.merge = new CorpusMerge(corrections, options);
    this.afterRelease = options.afterRelease ?? (() => undefined);
  }

  add(analysis: FileAnalysis, displayPath: string, order: number): void {
    this.current().add(analysis, displayPath, order);
  }

  async finish(snapshot: SnapshotTarget, onSaving: () => void): Promise<void> {
    const index = this.current().finish();
    // The merge's staging goes before the snapshot is encoded: only the index is needed.
    this.merge = null;
    this.afterRelease();
    onSaving();
    // Once round the event loop: the 'saving' message goes out before the write holds the thread.
    await setImmediate();
    writeSnapshot(index, snapshot, this.afterRelease);
  }

  cancel(): void {
    this.merge = null;
  }

  private current(): CorpusMerge {
    if (!this.merge) throw new Error('the merge was finished or cancelled');
    return this.merge;
  }
}
