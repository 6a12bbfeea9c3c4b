// A worker thread that reads and analyses article files: indexing uses every core and never
// blocks the server's request loop.
import { parentPort } from 'node:worker_threads';
import { analyzeCorpusFiles, withUserRules, type CaptureRule, type FileAnalysis, type FileOutcome, type FurnitureRuleSpec } from '@dossier/corpus';

export interface AnalyzeJob {
  id: number;
  paths: string[];
  maxFileBytes: number;
  furniture: FurnitureRuleSpec[];
  /** dossier.yaml's `capturedAt` rules: when pages were saved. */
  capture: CaptureRule[];
}

export interface AnalyzeResult {
  id: number;
  results: FileOutcome<FileAnalysis>[];
}

/** Jobs one after the other: the pool sends the next batch before this one is done (see IN_FLIGHT). */
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (job: AnalyzeJob) => {
  queue = queue.then(() => runJob(job));
});

async function runJob(job: AnalyzeJob): Promise<void> {
  const rules = job.furniture.length ? withUserRules(job.furniture) : undefined;
  const results: AnalyzeResult['results'] = [];
  for await (const outcome of analyzeCorpusFiles(job.paths, { maxFileBytes: job.maxFileBytes, captureRules: job.capture, ...(rules ? { rules } : {}) })) results.push(outcome);
  parentPort!.postMessage({ id: job.id, results } satisfies AnalyzeResult);
}
