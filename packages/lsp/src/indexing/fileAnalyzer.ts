import type { Corrections, FileAnalysis } from '@dossier/corpus';

/** Analyses files; a worker pool with a disk cache can stand in for the plain one (see indexing/). */
export interface FileAnalyzer {
  analyze(paths: readonly string[], options: AnalyzeOptions): Promise<Map<string, FileAnalysis | null>>;
  dispose?(): void;
}

export interface AnalyzeOptions {
  corrections: Corrections;
  maxFileBytes: number;
  onProgress: (done: number) => void;
  onWarning: (path: string, message: string) => void;
  isCancelled: () => boolean;
}
