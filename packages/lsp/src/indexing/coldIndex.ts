import type { ByteMarks, Corrections, FileAnalysis } from '@dossier/corpus/query';
import type { IndexingPhase } from '../protocol.js';
import { MarksCollector } from './analysedMarks.js';
import { ColdPreview, type PreviewBound, type PreviewReady } from './coldPreview.js';
import type { AnalyzeOptions, FileAnalyzer } from './fileAnalyzer.js';
import type { FileStamp, IndexCache } from './indexCache.js';
import type { IndexMerge } from './indexMerger.js';

/** A cold index of many files, to be merged into a snapshot in the cache (see runColdIndex). */
export interface ColdIndexJob {
  /** The corpus files, in any order. */
  files: string[];
  /** Each file's path as the index shows it (relative to its workspace folder), in the order of `files`. */
  displayPaths: string[];
  corrections: Corrections;
  maxFileBytes: number;
  /** What the snapshot depends on besides the files (CorpusWorkspace.configKey). */
  configKey: string;
  /** When the files analysed so far are merged into a preview index (coldPreview.ts); none without. */
  preview?: PreviewBound;
}

/** What a cold index tells its caller as it goes. */
export interface ColdIndexEvents {
  /** Files analysed (or read from the cache) so far. */
  onProgress(done: number): void;
  /** Once every file is analysed: 'merging', then 'saving' while the snapshot is written. */
  onPhase(phase: Exclude<IndexingPhase, 'analysing'>): void;
  onWarning(path: string, message: string): void;
  isCancelled(): boolean;
  /** A preview index of the files analysed so far was written (job.preview): served until the full index is ready. */
  onPreview?(ready: PreviewReady): void;
}

/** What a cold index is made with: the analyzer (the cache around it), the merge fed as the files come, the cache the snapshot goes to. */
export interface ColdIndexParts {
  analyzer: FileAnalyzer;
  merge: IndexMerge;
  cache: IndexCache;
  /** The preview's merge (job.preview), made when its first file comes; no preview without. */
  previewMerge?: () => IndexMerge;
}

/**
 * Analyses the files (each analysis stored in the cache and handed to the merge as it is made,
 * none kept), then merges and writes the snapshot. Resolves 'cancelled' when cancelled before the
 * merge; throws when the merge fails. The caller reads the index back from the snapshot.
 */
export async function runColdIndex(job: ColdIndexJob, parts: ColdIndexParts, events: ColdIndexEvents): Promise<'done' | 'cancelled'> {
  const order = new Map([...job.files].sort().map((path, i) => [path, i]));
  const displayPaths = new Map(job.files.map((path, i) => [path, job.displayPaths[i]!]));
  const stamps: FileStamp[] = [];
  const marks = new MarksCollector(order);
  const preview = previewOf(job, parts, events);
  const onResult = (path: string, analysis: FileAnalysis | null, _entry?: Uint8Array, byteMarks?: ByteMarks | null) => {
    if (!analysis) return;
    parts.merge.add(analysis, displayPaths.get(path)!, order.get(path)!);
    preview?.add(analysis, displayPaths.get(path)!, order.get(path)!);
    stamps.push({ path, size: analysis.size, mtimeMs: analysis.mtimeMs });
    marks.add(path, byteMarks);
  };
  const options: AnalyzeOptions = {
    corrections: job.corrections,
    maxFileBytes: job.maxFileBytes,
    isCancelled: () => events.isCancelled(),
    onWarning: (path, message) => events.onWarning(path, message),
    onProgress: (done) => events.onProgress(done),
    onResult,
    byteMarks: true,
  };
  try {
    await parts.analyzer.analyze(job.files, options);
  } finally {
    // The preview's merge ends with the analysis (a thread of it too), its memory before the full merge's peak.
    await preview?.settled();
  }
  if (events.isCancelled()) return 'cancelled';
  events.onPhase('merging');
  const target = { ...parts.cache.snapshotTarget(job.configKey, stamps, job.maxFileBytes), byteMarks: marks.columns() };
  await parts.merge.finish(target, () => events.onPhase('saving'));
  return 'done';
}

/** The preview of this run when the job asks for one and the parts can merge it. */
function previewOf(job: ColdIndexJob, parts: ColdIndexParts, events: ColdIndexEvents): ColdPreview | null {
  const { previewMerge } = parts;
  if (!job.preview || !previewMerge || !events.onPreview) return null;
  return new ColdPreview({
    bound: job.preview,
    total: job.files.length,
    target: parts.cache.previewTarget(),
    newMerge: previewMerge,
    onReady: (ready) => !events.isCancelled() && events.onPreview?.(ready),
    onFailure: (message) => events.onWarning('preview', message),
  });
}
