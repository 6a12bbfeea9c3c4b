import { fork, type ChildProcess } from 'node:child_process';
import type { Corrections, FileAnalysis } from '@dossier/corpus/query';
import { withMallocSettings } from '../mallocEnv.js';
import type { IndexMerge, SnapshotTarget } from './indexMerger.js';
import type { MergeMessage, MergeReply } from './mergeWorker.js';
import { workerScript } from './workerScript.js';

/**
 * V8's options of a merge process: young generations of 4 MB a semi-space and old ones grown by a
 * fifth, as the indexing process's (processIndexer.ts indexingHeapFlags); a preview's merge is
 * small, so V8's default heap limit is enough.
 */
export const MERGE_PROCESS_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--heap-growing-percent=20'];

/**
 * A merge in a process of its own (the merge thread's script, mergeWorker.ts, forked): what it
 * holds goes back to the system, whole, when it ends. For the preview of a cold index
 * (coldPreview.ts), made by the indexing process beside the full merge: made on that process's
 * main thread, its merge grew the heap there (committed 60 MB against 46 MB without, 80 s into a
 * cold index of 100,000 articles), and what it left stayed with the process up to its peak: 406 →
 * 391 MB at the end of the analysis (bench/cold-index-threads.mjs --preview), 409 → 398 MiB at
 * the scale bench's peak. The analyses go to it by the process's channel (V8's serialisation, as
 * to a merge thread); the process (about 100 MB) ends some 30 s into the index, far from the peak.
 */
export class ProcessMerge implements IndexMerge {
  private readonly child: ChildProcess;
  private stopped: Error | null = null;

  constructor(corrections: Corrections, script = workerScript('mergeWorker.js')) {
    this.child = fork(script, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced', execArgv: [...MERGE_PROCESS_FLAGS], env: withMallocSettings() });
    this.child.on('error', (error) => (this.stopped ??= error));
    this.child.on('exit', (code, signal) => (this.stopped ??= new Error(`the merge process stopped (${signal ?? `exit code ${code}`})`)));
    this.send({ kind: 'start', corrections });
  }

  add(analysis: FileAnalysis, displayPath: string, order: number): void {
    this.send({ kind: 'add', analysis, displayPath, order });
  }

  finish(snapshot: SnapshotTarget, onSaving: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.stopped) return reject(this.stopped);
      const onMessage = (reply: MergeReply) => {
        if (reply.kind === 'saving') return onSaving();
        this.child.off('exit', onExit);
        if (reply.kind === 'saved') resolve();
        else reject(new Error(`the merge failed: ${reply.message}`));
      };
      const onExit = () => reject(this.stopped);
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.send({ kind: 'finish', snapshot });
    }).finally(() => this.cancel());
  }

  /** Ends the process (also once its snapshot is written: it has nothing left to do). */
  cancel(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }

  private send(message: MergeMessage): void {
    // A process that is gone is told by finish (its 'exit'); a message sent to it then would throw.
    if (!this.stopped && this.child.connected) this.child.send(message);
  }
}
