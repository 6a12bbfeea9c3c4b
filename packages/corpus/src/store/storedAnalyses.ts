import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import { ANALYSIS_VERSION } from '../analysis/analysisVersion.js';
import type { FileAnalysis } from '../analysis/fileAnalysis.js';
import { buildCorpusIndex } from '../corpusIndex/buildIndex.js';
import type { CorpusIndex } from '../corpusIndex/corpusIndex.js';
import type { Corrections } from '../corpusIndex/corrections.js';
import type { CaptureRule } from '../segment/captureTime.js';
import type { FurnitureRuleSpec } from '../segment/rules.js';

/** A stored file's analysis with the file's own path and stamp (an analysis may be shared by copies). */
export interface StoredAnalysis {
  /** Display path. */
  path: string;
  size: number;
  mtimeMs: number;
  analysis: FileAnalysis;
}

/**
 * The order files are merged in, which decides ties in the merge: the order discovery walks one
 * folder in (each folder's entries by name, a folder's files where its name sorts). Comparing the
 * paths segment by segment gives it; comparing whole strings would not ("a.txt" < "a/b.txt").
 */
export function compareCorpusPaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * The corpus index of stored analyses: the library's own merge (`buildCorpusIndex`), fed in corpus
 * order, so that a store's index equals the one `indexCorpus` builds from the same files.
 */
export function mergeStoredAnalyses(stored: readonly StoredAnalysis[], corrections: Corrections, baseDir: string): CorpusIndex {
  const inputs = [...stored]
    .sort((a, b) => compareCorpusPaths(a.path, b.path))
    .map((s) => ({
      analysis: { ...s.analysis, path: resolve(baseDir, s.path), size: s.size, mtimeMs: s.mtimeMs },
      displayPath: s.path,
    }));
  return buildCorpusIndex(inputs, corrections);
}

export interface VariantOptions {
  furniture: readonly FurnitureRuleSpec[];
  /** The --captured-at time (undefined: none given; each file's capture time comes from the rules, its HTML or its name). */
  capturedAt: Date | null | undefined;
  /** dossier.yaml's `capturedAt` per folder or file pattern. */
  captureRules?: readonly CaptureRule[];
  /** The folder display paths are relative to: rule bases are keyed relative to it, so that indexers on other machines agree. */
  baseDir?: string;
  maxFileBytes: number;
}

/**
 * What an analysis depends on besides the file's bytes and format, as a short key: the analysis
 * version (raised with every extraction change), the furniture rules, the capture time or capture
 * rules, and the read limit. A stored analysis of another variant is out of date.
 */
export function analysisVariant(options: VariantOptions): string {
  const key = JSON.stringify({
    analysis: ANALYSIS_VERSION,
    furniture: options.furniture,
    // Undefined: none for the whole run (each file's own: rules, HTML, name); null: no capture time at all.
    capturedAt: options.capturedAt === undefined ? 'per file' : (options.capturedAt?.toISOString() ?? null),
    capture: (options.captureRules ?? []).map((r) => ({ pattern: r.pattern, at: r.at, base: relative(options.baseDir ?? r.base, r.base).split(sep).join('/') })),
    maxFileBytes: options.maxFileBytes,
  });
  return createHash('sha1').update(key).digest('hex').slice(0, 16);
}

/**
 * Points a merged index's files at `baseDir`: a merged index names files by display path, and
 * each reader resolves them against its own folder (the indexer's absolute paths mean nothing
 * on another machine).
 */
export function relocateIndex(index: CorpusIndex, baseDir: string): CorpusIndex {
  for (const file of index.files) file.path = resolve(baseDir, file.displayPath);
  return index;
}
