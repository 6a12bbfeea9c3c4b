import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileAnalysis } from '@dossier/corpus/query';
import { deliver, type AnalyzeOptions, type FileAnalyzer } from './fileAnalyzer.js';
import type { AnalyzeJob, AnalyzeResult, SentOutcome } from './analyzeWorker.js';
import { entryOf } from './cacheEntry.js';
import { workerScript } from './workerScript.js';

/** Files per message: large enough to amortise messaging, small enough to report progress often. */
const BATCH = 16;
/**
 * Batches sent to a worker before it is done with the one it is analysing: the next one waits in
 * the worker, which starts on it at once instead of idling until the server's thread has received
 * its results and sent more (on a loaded machine that thread may wait its turn for a core).
 */
const IN_FLIGHT = 2;

/**
 * Analyses files on a pool of worker threads, one per core: a large corpus indexes in parallel
 * and the server's event loop stays free for requests.
 */
export class WorkerAnalyzer implements FileAnalyzer {
  private workers: Worker[] = [];
  private nextId = 0;

  constructor(
    private readonly size = Math.max(1, availableParallelism()),
    /** The worker script (default: beside this file); tests that run the sources give the built one. */
    private readonly script = workerScript('analyzeWorker.js'),
    private readonly batchSize = BATCH,
  ) {}

  async analyze(paths: readonly string[], options: AnalyzeOptions): Promise<Map<string, FileAnalysis | null>> {
    this.start();
    const out = new Map<string, FileAnalysis | null>();
    const batches: string[][] = [];
    for (let i = 0; i < paths.length; i += this.batchSize) batches.push(paths.slice(i, i + this.batchSize));
    let done = 0;
    const run = async (worker: Worker) => {
      while (batches.length && !options.isCancelled()) {
        const batch = batches.shift()!;
        const job: AnalyzeJob = { id: this.nextId++, paths: batch, maxFileBytes: options.maxFileBytes, furniture: options.corrections.furniture, capture: options.corrections.capture };
        // Entries only for a caller that takes them: without onResult the analyses are all kept.
        if (options.entryRules !== undefined && options.onResult) job.entryRules = options.entryRules;
        if (options.byteMarks && options.onResult) job.byteMarks = true;
        const result = await this.send(worker, job);
        for (const r of result.results) {
          for (const w of r.warnings) options.onWarning(r.path, w);
          deliverSent(out, options, r);
        }
        done += batch.length;
        options.onProgress(done);
      }
    };
    // IN_FLIGHT loops per worker, each with one batch out at a time: the worker takes them in turn.
    await Promise.all(this.workers.flatMap((worker) => Array.from({ length: IN_FLIGHT }, () => run(worker))));
    return out;
  }

  dispose(): void {
    for (const w of this.workers) void w.terminate();
    this.workers = [];
  }

  private start(): void {
    if (this.workers.length) return;
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(this.script);
      worker.unref();
      this.workers.push(worker);
    }
  }

  private send(worker: Worker, job: AnalyzeJob): Promise<AnalyzeResult> {
    return new Promise((resolve, reject) => {
      const onMessage = (result: AnalyzeResult) => {
        if (result.id !== job.id) return;
        cleanup();
        resolve(result);
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(job);
    });
  }
}

/** A worker's outcome handed on: an entry's bytes are read back into the analysis, and go on with it to be stored. */
function deliverSent(out: Map<string, FileAnalysis | null>, options: AnalyzeOptions, sent: SentOutcome): void {
  if (!sent.entry) return deliver(out, options, sent.path, sent.result, undefined, sent.byteMarks);
  const entry = new Uint8Array(sent.entry);
  deliver(out, options, sent.path, entryOf(entry).analysis, entry, sent.byteMarks);
}
