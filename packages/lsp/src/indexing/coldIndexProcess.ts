// A child process that does a cold index's whole work (processIndexer.ts starts it): analysis on
// its worker threads, the cache's entries, the merge on its main thread and the snapshot's write. The
// memory all that takes goes back to the system when the process ends: threads that end leave
// their malloc arenas behind, fragmented (about 130 MB after a cold index of 10,000 articles), a
// process that ends leaves nothing. The server then reads the index from the snapshot, as a warm
// start does.
import type { Logger } from '../logger.js';
import { runColdIndex, type ColdIndexJob } from './coldIndex.js';
import { disposedWhenDone } from './fileAnalyzer.js';
import { IndexCache } from './indexCache.js';
import { InlineMerge } from './inlineMerge.js';
import type { IndexProcessReply, IndexProcessRequest } from './processIndexer.js';
import { WorkerAnalyzer } from './workerAnalyzer.js';

/** How often progress is sent at most: the server reports it every 200 ms. */
const PROGRESS_MS = 100;

process.once('message', (request: IndexProcessRequest) => void run(request.job, request.cacheFolder));
// The server is gone (or killed this run): nothing is left to do for it.
process.once('disconnect', () => process.exit(0));

async function run(job: ColdIndexJob, cacheFolder: string): Promise<void> {
  // The workers end once the files are analysed, before the merge's work peaks; the merge runs on
  // this thread, which only relays progress (see InlineMerge).
  const analyzer = disposedWhenDone(new WorkerAnalyzer());
  // The merge's staged files wait beside the cache's entries while the workers are alive.
  const merge = new InlineMerge(job.corrections, { spillFolder: cacheFolder, afterRelease: collectGarbage });
  const cache = IndexCache.inFolder(cacheFolder, processLogger);
  let lastProgress = 0;
  try {
    // The preview's merge runs here too, while the workers go on (coldPreview.ts).
    const previewMerge = () => new InlineMerge(job.corrections);
    await runColdIndex(job, { analyzer: cache.analyzer(analyzer), merge, cache, previewMerge }, {
      onProgress: (done) => {
        const now = Date.now();
        if (now - lastProgress < PROGRESS_MS && done !== job.files.length) return;
        lastProgress = now;
        reply({ kind: 'progress', done });
      },
      onPhase: (phase) => reply({ kind: 'phase', phase }),
      onPreview: (ready) => {
        reply({ kind: 'preview', ready });
        // The preview's index and staging are garbage once written: collected now, not beside the next analyses.
        collectGarbage();
      },
      onWarning: (path, message) => reply({ kind: 'log', level: 'warn', message: `${path}: ${message}` }),
      isCancelled: () => false,
    });
    reply({ kind: 'done' }, () => process.exit(0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    reply({ kind: 'failed', message: (error as Error)?.message ?? String(error), stack: String((error as Error)?.stack ?? error), ...(code ? { code } : {}) }, () => process.exit(1));
  } finally {
    analyzer.dispose();
    merge.cancel();
  }
}

/**
 * A full collection of this process's heap (indexingHeapFlags exposes gc), where the merge and the
 * snapshot's write let go of a large share of what they held: V8 would collect later, once the
 * next tables were made beside the garbage. At 100,000 articles the forms let go of before the
 * mention table is built are some 90 MB of heap, and each section written some 5–20 MB of buffers.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** What the cache logs goes to the server's log. */
const processLogger: Logger = {
  info: (message) => reply({ kind: 'log', level: 'info', message }),
  warn: (message) => reply({ kind: 'log', level: 'warn', message }),
  error: (message) => reply({ kind: 'log', level: 'error', message }),
};

function reply(message: IndexProcessReply, then: () => void = () => undefined): void {
  process.send!(message, then);
}
