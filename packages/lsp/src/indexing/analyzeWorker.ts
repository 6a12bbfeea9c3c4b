// A worker thread that reads and analyses article files: indexing uses every core and never
// blocks the server's request loop.
import { parentPort } from 'node:worker_threads';
import { analyzeCorpusFiles, analyzeCorpusFilesMarked, withUserRules, type CaptureRule, type FileAnalysis, type FileOutcome, type FurnitureRuleSpec, type MarkedOutcome } from '@dossier/corpus';
import { entryBytes } from './cacheEntry.js';

export interface AnalyzeJob {
  id: number;
  paths: string[];
  maxFileBytes: number;
  furniture: FurnitureRuleSpec[];
  /** dossier.yaml's `capturedAt` rules: when pages were saved. */
  capture: CaptureRule[];
  /** When given (the cache's rules key), each analysis comes back as its cache entry's bytes (see SentOutcome). */
  entryRules?: string;
  /** Whether each analysed file's byte marks come back too (SentOutcome.byteMarks). */
  byteMarks?: boolean;
}

/**
 * A file's outcome as sent back. With the job's `entryRules`, an analysis comes as the bytes of
 * its cache entry (`entry`, moved to the receiving thread, not copied) and `result` is null: the
 * receiver reads the analysis from them and writes them to the cache as they are.
 */
export interface SentOutcome extends FileOutcome<FileAnalysis> {
  entry?: ArrayBuffer;
  /** With the job's `byteMarks`: the file's checked byte marks (null: none, it is read whole). */
  byteMarks?: Uint32Array | null;
}

export interface AnalyzeResult {
  id: number;
  results: SentOutcome[];
}

/** Jobs one after the other: the pool sends the next batch before this one is done (see IN_FLIGHT). */
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (job: AnalyzeJob) => {
  queue = queue.then(() => runJob(job));
});

async function runJob(job: AnalyzeJob): Promise<void> {
  const rules = job.furniture.length ? withUserRules(job.furniture) : undefined;
  const results: SentOutcome[] = [];
  const moved: ArrayBuffer[] = [];
  const options = { maxFileBytes: job.maxFileBytes, captureRules: job.capture, ...(rules ? { rules } : {}) };
  const outcomes: AsyncGenerator<FileOutcome<FileAnalysis> | MarkedOutcome> = job.byteMarks ? analyzeCorpusFilesMarked(job.paths, options) : analyzeCorpusFiles(job.paths, options);
  for await (const outcome of outcomes) {
    results.push(job.entryRules === undefined ? outcome : asEntry(outcome, job.entryRules, moved));
  }
  parentPort!.postMessage({ id: job.id, results } satisfies AnalyzeResult, moved);
}

/** An outcome with its analysis as cache entry bytes, whose buffer joins the ones `moved`. */
function asEntry(outcome: FileOutcome<FileAnalysis> | MarkedOutcome, rules: string, moved: ArrayBuffer[]): SentOutcome {
  if (!outcome.result) return outcome;
  const bytes = entryBytes(withVectorsAsReceived(outcome.result), rules);
  // v8.serialize gives a buffer of its own, which moves as it is; a view into a larger one is copied first.
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const entry = (whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as ArrayBuffer;
  moved.push(entry);
  return { path: outcome.path, result: null, warnings: outcome.warnings, entry, ...('byteMarks' in outcome ? { byteMarks: outcome.byteMarks } : {}) };
}

/**
 * The analysis with its forms' evidence vectors as a copy received from another thread holds them
 * (an array of any values, which v8.serialize writes as index and value, a weight of 0 or 3 in one
 * byte each). The analysis's own are arrays of doubles ([0, 1.5, 0, 0.699999988079071, …], see
 * plainNumbers in the corpus package), which it writes as 9 bytes a number: the 10k corpus's
 * entries were 79 MB instead of 68, and not the bytes the cache wrote from a copy. The analysis is
 * this worker's own and goes no further, so its forms are changed in place.
 */
function withVectorsAsReceived(analysis: FileAnalysis): FileAnalysis {
  for (const form of analysis.forms) {
    form.evidence = asReceived(form.evidence);
    form.nameEvidence = asReceived(form.nameEvidence);
  }
  return analysis;
}

function asReceived(values: readonly number[]): number[] {
  // Filled with a value that is no number first, the array holds any value (V8's HOLEY_ELEMENTS): a
  // fraction stored later does not make it an array of doubles.
  const out = new Array<number>(values.length).fill(undefined as unknown as number);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // A whole weight as a small integer, as a copy holds it: read from an array of doubles by
    // unoptimised code, 0 is a boxed double too (entries of the first files were 29% larger).
    // (Compared without Object.is, which boxed every weight: -0 stays a double, as a copy keeps it.)
    const whole = value | 0;
    out[i] = whole === value && (whole !== 0 || 1 / value > 0) ? whole : value;
  }
  return out;
}
