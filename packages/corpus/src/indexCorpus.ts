import { analyzeCorpusFiles } from './analysis/corpusFilePipeline.js';
import { displayPath } from './corpusLoader.js';
import { discoverArticleFiles } from './files/discover.js';
import type { ReadOptions } from './files/readCorpusFile.js';
import { CorpusMerge } from './corpusIndex/buildIndex.js';
import type { CorpusIndex } from './corpusIndex/corpusIndex.js';
import { noCorrections, type Corrections } from './corpusIndex/corrections.js';
import { withUserRules } from './segment/rules.js';

export interface IndexCorpusOptions extends ReadOptions {
  exclude?: readonly string[];
  corrections?: Corrections;
  /** When every page was captured: relative dates count from it (else dossier.yaml's `capturedAt`, HTML, file names). */
  capturedAt?: Date | null;
  /** Paths in article ids are relative to this folder (default: the working directory). */
  baseDir?: string;
  onWarning?: (path: string, message: string) => void;
  onProgress?: (done: number, total: number) => void;
}

/** Reads, segments and analyses every article file under the paths, and merges them into an index. */
export async function indexCorpus(paths: readonly string[], options: IndexCorpusOptions = {}): Promise<CorpusIndex> {
  const warn = options.onWarning ?? (() => undefined);
  const corrections = options.corrections ?? noCorrections();
  const rules = corrections.furniture.length ? withUserRules(corrections.furniture) : undefined;
  const files = await discoverArticleFiles(paths, { exclude: options.exclude ?? [], onWarning: warn });
  const base = options.baseDir ?? process.cwd();
  // Each analysis goes into the merge as it is made and is let go: memory grows with the merge's
  // compact columns, not with every file's analysis.
  const merge = new CorpusMerge(corrections);
  const fileOptions = { ...options, captureRules: corrections.capture, ...(rules ? { rules } : {}) };
  let done = 0;
  for await (const { path, result: analysis, warnings } of analyzeCorpusFiles(files, fileOptions)) {
    for (const w of warnings) warn(path, w);
    if (analysis) merge.add(analysis, displayPath(base, path));
    options.onProgress?.(++done, files.length);
  }
  return merge.finish();
}
