import { fork } from 'node:child_process';
import type { IndexingPhase } from '../protocol.js';
import type { Logger } from '../logger.js';
import { SERVER_NODE_ARGS, withMallocSettings } from '../mallocEnv.js';
import type { ColdIndexEvents, ColdIndexJob } from './coldIndex.js';
import type { PreviewReady } from './coldPreview.js';
import { mergeHeapMb, OUT_OF_MEMORY } from './indexMerger.js';
import { workerScript } from './workerScript.js';

/** A cold index run elsewhere: into the snapshot of the cache folder given; 'cancelled' once events.isCancelled() says so. */
export type ColdIndexer = (job: ColdIndexJob, cacheFolder: string, events: ColdIndexEvents, log: Logger) => Promise<'done' | 'cancelled'>;

export interface IndexProcessRequest {
  job: ColdIndexJob;
  cacheFolder: string;
}

export type IndexProcessReply =
  | { kind: 'progress'; done: number }
  | { kind: 'phase'; phase: Exclude<IndexingPhase, 'analysing'> }
  | { kind: 'preview'; ready: PreviewReady }
  | { kind: 'log'; level: keyof Logger; message: string }
  | { kind: 'done' }
  | { kind: 'failed'; message: string; stack: string; code?: string };

/** How often a running index checks whether it was cancelled (a new run waits for it to stop). */
const CANCEL_POLL_MS = 100;
/** The end of what the process wrote to stderr, kept for the error when it dies without a word. */
const STDERR_KEPT = 4000;

/**
 * Runs cold indexes in a child process (coldIndexProcess.ts), one process per run: the memory the
 * analyses and the merge took goes back to the system when it ends, which threads cannot promise
 * (their malloc arenas stay with the server's process). Rejects with the process's error (its
 * `code` too: ERR_WORKER_OUT_OF_MEMORY when it or a thread of it ran out of memory).
 */
export function processIndexer(script = workerScript('coldIndexProcess.js')): ColdIndexer {
  return (job, cacheFolder, events, log) =>
    new Promise((resolve, reject) => {
      // No stdout: the server's may be its connection to the editor.
      const child = fork(script, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced', execArgv: childExecArgv(), env: withMallocSettings() });
      let stderr = '';
      child.stderr!.on('data', (data: Buffer) => (stderr = (stderr + data.toString()).slice(-STDERR_KEPT)));
      let outcome: IndexProcessReply | null = null;
      child.on('message', (reply: IndexProcessReply) => {
        if (reply.kind === 'progress') events.onProgress(reply.done);
        else if (reply.kind === 'phase') events.onPhase(reply.phase);
        else if (reply.kind === 'preview') events.onPreview?.(reply.ready);
        else if (reply.kind === 'log') log[reply.level](reply.message);
        else outcome = reply;
      });
      const poll = setInterval(() => events.isCancelled() && child.kill(), CANCEL_POLL_MS);
      child.on('error', (error) => {
        clearInterval(poll);
        reject(error);
      });
      child.on('exit', (code, signal) => {
        clearInterval(poll);
        if (events.isCancelled()) resolve('cancelled');
        else if (outcome?.kind === 'done') resolve('done');
        else reject(processError(outcome, stderr, signal ?? `exit code ${code}`));
      });
      child.send({ job, cacheFolder } satisfies IndexProcessRequest);
    });
}

/** What V8 writes before it ends a process whose heap is full. */
const HEAP_OUT_OF_MEMORY = /JavaScript heap out of memory/;

/** The error the process reported, or why it stopped without one (with OUT_OF_MEMORY's code when its heap was full). */
function processError(outcome: IndexProcessReply | null, stderr: string, how: string): Error {
  if (outcome?.kind !== 'failed') {
    const error = new Error(`the indexing process stopped (${how})${stderr.trim() ? `: ${stderr.trim()}` : ''}`);
    return HEAP_OUT_OF_MEMORY.test(stderr) ? Object.assign(error, { code: OUT_OF_MEMORY }) : error;
  }
  const error = Object.assign(new Error(outcome.message), outcome.code ? { code: outcome.code } : {});
  error.stack = outcome.stack;
  return error;
}

/**
 * V8's heap settings for the indexing process, a batch job where memory counts more than the last
 * percent of speed (the server's own options come after, and win):
 * - the merge runs on its main thread, whose heap may grow to three quarters of the machine's
 *   memory (mergeHeapMb: V8's default stopped the merge of a million articles midway);
 * - young generations of 4 MB a semi-space instead of 16: each thread (the main one, one analysis
 *   worker per core) committed 34 MB of new space, mostly empty between collections;
 * - old generations grown by a fifth of their live size after a full collection instead of up to
 *   four times: the analysis workers, whose live data is about 40 MB (the library's word lists and
 *   gazetteer), grew to 140 MB each at 10,000 articles, mostly garbage of files already sent; and
 *   the main thread, whose live data is the merge's (about 130 MB at the end of the analysis of
 *   100,000 articles), reached 477 MB in the snapshot's write with half (426 MB with a fifth).
 *   At 100,000 articles the process's peak went from about 505 MB to 447 MB (BENCHMARKS.md);
 * - gc exposed, for the full collections where the merge and the snapshot's write let go of much
 *   (coldIndexProcess.ts collectGarbage).
 */
export function indexingHeapFlags(): string[] {
  return [`--max-old-space-size=${mergeHeapMb()}`, '--max-semi-space-size=4', '--heap-growing-percent=20', '--expose-gc'];
}

/**
 * The heap settings, then the server's node options but not its debugger's port (the child would
 * fight for it) nor the server's own V8 options (SERVER_NODE_ARGS: an old generation's first
 * limit of 128 MB let the indexing process's heap hold that much garbage; at 100,000 articles its
 * peak with the server's rose from 543 to 646 MB).
 */
export function childExecArgv(serverArgs: readonly string[] = process.execArgv): string[] {
  return [...indexingHeapFlags(), ...serverArgs.filter((arg) => !/^--inspect/.test(arg) && !SERVER_NODE_ARGS.includes(arg))];
}
