// A worker thread that merges a cold index's analyses as they come (CorpusMerge) and writes the
// merged index's snapshot. Everything the merge holds (forms, staged mentions, the index it makes)
// lives in this thread's heap, let go when the thread ends; the process keeps the native memory the
// thread took (malloc's arenas), which is why a cold index runs in a process of its own
// (coldIndexProcess.ts) and the server reads the index back from the snapshot, as a warm start does.
import { parentPort } from 'node:worker_threads';
import { CorpusMerge, type Corrections, type FileAnalysis } from '@dossier/corpus';
import { writeSnapshot, type SnapshotTarget } from './snapshotWrite.js';

export type MergeMessage =
  | { kind: 'start'; corrections: Corrections }
  | { kind: 'add'; analysis: FileAnalysis; displayPath: string; order: number }
  | { kind: 'finish'; snapshot: SnapshotTarget };

export type MergeReply = { kind: 'saving'; entities: number; mentions: number } | { kind: 'saved' } | { kind: 'failed'; message: string };

let merge: CorpusMerge | null = null;
/** The first error, told when the merge is asked to finish (the server sends files without waiting for answers). */
let failure: string | null = null;

parentPort?.on('message', (message: MergeMessage) => {
  try {
    if (message.kind === 'start') merge = new CorpusMerge(message.corrections);
    else if (message.kind === 'add') merge?.add(message.analysis, message.displayPath, message.order);
    else if (failure) reply({ kind: 'failed', message: failure });
    else finish(message.snapshot);
  } catch (error) {
    failure ??= String((error as Error)?.stack ?? error);
    merge = null;
    if (message.kind === 'finish') reply({ kind: 'failed', message: failure });
  }
});

function finish(snapshot: SnapshotTarget): void {
  const index = merge!.finish();
  merge = null;
  reply({ kind: 'saving', entities: index.entities.length, mentions: index.mentionCount });
  writeSnapshot(index, snapshot);
  reply({ kind: 'saved' });
}

function reply(message: MergeReply): void {
  parentPort!.postMessage(message);
}
