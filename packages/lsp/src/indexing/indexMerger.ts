import { totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Corrections, FileAnalysis } from '@dossier/corpus/query';
import type { MergeMessage, MergeReply } from './mergeWorker.js';
import type { SnapshotTarget } from './snapshotWrite.js';
import { workerScript } from './workerScript.js';

export type { SnapshotTarget } from './snapshotWrite.js';

/** A merge fed one analysis at a time, that ends by writing the merged index's snapshot. */
export interface IndexMerge {
  /** `order` is the file's place in the corpus (path order): the result does not depend on the order of the calls. */
  add(analysis: FileAnalysis, displayPath: string, order: number): void;
  /** Merges what was added and writes the snapshot; `onSaving` once merged, while it is written. */
  finish(snapshot: SnapshotTarget, onSaving: () => void): Promise<void>;
  /** Stops and lets everything go (also after finish). */
  cancel(): void;
}

export type IndexMerger = (corrections: Corrections) => IndexMerge;

/**
 * The merge on a thread of its own (mergeWorker.ts): its heap goes when the thread ends (its
 * native memory stays with the process: coldIndexProcess.ts), and the thread it was started on
 * stays free (for requests, on the server's) while it runs.
 */
export class WorkerMerge implements IndexMerge {
  private readonly worker: Worker;
  private stopped: Error | null = null;

  constructor(corrections: Corrections, script = workerScript('mergeWorker.js')) {
    this.worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: mergeHeapMb() } });
    this.worker.unref();
    this.worker.on('error', (error) => (this.stopped ??= error));
    this.worker.on('exit', (code) => (this.stopped ??= new Error(`the merge thread stopped (exit code ${code})`)));
    this.post({ kind: 'start', corrections });
  }

  add(analysis: FileAnalysis, displayPath: string, order: number): void {
    this.post({ kind: 'add', analysis, displayPath, order });
  }

  finish(snapshot: SnapshotTarget, onSaving: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.stopped) return reject(this.stopped);
      const onMessage = (reply: MergeReply) => {
        if (reply.kind === 'saving') return onSaving();
        this.worker.off('exit', onExit);
        if (reply.kind === 'saved') resolve();
        else reject(new Error(`the merge failed: ${reply.message}`));
      };
      const onExit = () => reject(this.stopped);
      this.worker.on('message', onMessage);
      this.worker.once('exit', onExit);
      this.post({ kind: 'finish', snapshot });
    }).finally(() => this.cancel());
  }

  cancel(): void {
    void this.worker.terminate();
  }

  private post(message: MergeMessage): void {
    this.worker.postMessage(message);
  }
}

/**
 * The merge thread's heap limit: three quarters of the machine's memory. V8's default (4.3 GB on a
 * 24 GB machine, for every thread) stopped the merge of a million articles (1.7 GB of text) midway.
 */
export function mergeHeapMb(): number {
  return Math.max(4096, Math.floor((totalmem() / 2 ** 20) * 0.75));
}

/** The code of an error that says a thread or the indexing process ran out of memory (Node's, for a worker thread). */
export const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

/** Whether the merge stopped for lack of memory: merging on the server's thread, whose heap is smaller, would only fail later. */
export function outOfMemory(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === OUT_OF_MEMORY;
}
