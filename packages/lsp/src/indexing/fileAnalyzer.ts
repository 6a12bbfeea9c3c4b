import type { ByteMarks, Corrections, FileAnalysis } from '@dossier/corpus/query';

/** Analyses files; a worker pool with a disk cache can stand in for the plain one (see indexing/). */
export interface FileAnalyzer {
  /** Each file's analysis (null: skipped), in a map, or through `onResult` as it comes (the map is then empty). */
  analyze(paths: readonly string[], options: AnalyzeOptions): Promise<Map<string, FileAnalysis | null>>;
  dispose?(): void;
}

export interface AnalyzeOptions {
  corrections: Corrections;
  maxFileBytes: number;
  onProgress: (done: number) => void;
  onWarning: (path: string, message: string) => void;
  isCancelled: () => boolean;
  /**
   * Each file's analysis (null: skipped) as soon as it is made or read from the cache. With it,
   * the analyzers keep none: a cold index of 100,000 files never holds every analysis at once.
   */
  onResult?: (path: string, analysis: FileAnalysis | null, entry?: Uint8Array, byteMarks?: ByteMarks | null) => void;
  /**
   * The cache's rules key (analysisRulesKey), when `onResult` stores each analysis in the cache: an
   * analyzer that can then also gives the entry's bytes with each analysis (cacheEntry.ts). The worker
   * pool's threads serialise the entry and hand the bytes over, and the thread that receives them
   * reads the analysis back from those bytes: it no longer serialises every analysis again to store
   * it (1.4 s of the indexing process's main thread at 10,000 articles).
   */
  entryRules?: string;
  /**
   * Whether `onResult` is also given each analysed file's byte marks (analyzeCorpusFilesMarked), by
   * an analyzer that can make them: a cold index's snapshot writer then reads the cards' sentences
   * through them (analysedMarks.ts). A file read from the cache comes without.
   */
  byteMarks?: boolean;
}

/** One file's analysis handed on: to `onResult` when the caller takes them as they come, else into the map returned. */
export function deliver(out: Map<string, FileAnalysis | null>, options: AnalyzeOptions, path: string, analysis: FileAnalysis | null, entry?: Uint8Array, byteMarks?: ByteMarks | null): void {
  if (options.onResult) options.onResult(path, analysis, entry, byteMarks);
  else out.set(path, analysis);
}

/**
 * The analyzer disposed of as soon as an analysis is done (its worker threads ended), for a run
 * that analyses once: what comes after (the merge, the snapshot's write) then has the memory the
 * threads' heaps took.
 */
export function disposedWhenDone(analyzer: FileAnalyzer): FileAnalyzer & { dispose(): void } {
  return {
    analyze: async (paths, options) => {
      try {
        return await analyzer.analyze(paths, options);
      } finally {
        analyzer.dispose?.();
      }
    },
    dispose: () => analyzer.dispose?.(),
  };
}
