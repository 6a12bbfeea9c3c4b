import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { throughCorpusFile, skipReason } from '../analysis/corpusFilePipeline.js';
import { analyzeFile } from '../analysis/fileAnalysis.js';
import { displayPath } from '../corpusLoader.js';
import { discoverArticleFiles } from '../files/discover.js';
import { DEFAULT_MAX_FILE_BYTES } from '../files/readCorpusFile.js';
import type { CaptureRule, FileSegmentOptions } from '../segment/captureTime.js';
import { withUserRules, type FurnitureRule } from '../segment/rules.js';
import { formatOf } from '../text/markup.js';
import type { CorpusStore, StoredOutcome, FileStamp, MergeOutcome, PendingFile, PlanSummary, Shard } from './corpusStore.js';
import { analysisVariant } from './storedAnalyses.js';

export interface IndexIntoStoreOptions {
  /** Recorded with every file this run stores, and with the merge. */
  indexer: string;
  exclude?: readonly string[];
  maxFileBytes?: number;
  /** When every page was saved: relative dates count from it (it wins over `captureRules`). */
  capturedAt?: Date | null;
  /** The indexer's dossier.yaml `capturedAt` per folder or file pattern (bases are absolute). */
  captureRules?: readonly CaptureRule[];
  /** Display paths are relative to this folder (default: the working directory). */
  baseDir?: string;
  /** Files per claim (default 16): a killed indexer loses at most this much work. */
  batchSize?: number;
  shard?: Shard;
  /** Merge when done (default true). */
  merge?: boolean;
  /** How long to wait before looking again for files other indexers hold (default 250 ms). */
  pollMs?: number;
  onWarning?: (path: string, message: string) => void;
  onProgress?: (event: IndexProgress) => void;
}

export interface IndexProgress {
  stored: number;
  pending: number;
}

export interface IndexRunSummary {
  plan: PlanSummary;
  analysed: number;
  unchanged: number;
  skipped: number;
  gone: number;
  merge: MergeOutcome | null;
}

/**
 * Indexes corpus folders into a store, incrementally: records what is on disk, then claims pending
 * files in batches (other indexers may claim the rest at the same time), analyses them and stores
 * the results, and finally merges when anything changed. Returns when no pending file is left,
 * waiting for files other indexers hold, so that the merge at the end includes them.
 */
export async function indexIntoStore(store: CorpusStore, paths: readonly string[], options: IndexIntoStoreOptions): Promise<IndexRunSummary> {
  const base = options.baseDir ?? process.cwd();
  const warn = options.onWarning ?? (() => undefined);
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const furniture = await store.furniture();
  const rules = furniture.length ? withUserRules(furniture) : undefined;
  const captureRules = options.captureRules ?? [];
  const variant = analysisVariant({ furniture, capturedAt: options.capturedAt, captureRules, baseDir: base, maxFileBytes });

  const files = await discoverArticleFiles(paths.map((p) => resolve(base, p)), { exclude: options.exclude ?? [], onWarning: warn });
  const stamps = await stampsOf(files, base);
  const roots = paths.map((p) => rootPath(base, p));
  const plan = await store.plan({ roots, files: stamps, variant });

  const summary: IndexRunSummary = { plan, analysed: 0, unchanged: 0, skipped: 0, gone: 0, merge: null };
  const analyse: Analyse = (pending) => analyseForStore(resolve(base, pending.path), pending, { rules, captureRules, maxFileBytes, capturedAt: options.capturedAt, warn });
  await drainClaims(store, { ...options, variant }, analyse, summary);
  if (options.merge !== false) summary.merge = await store.mergeIfStale({ baseDir: base, by: options.indexer });
  return summary;
}

type Analyse = (pending: PendingFile) => Promise<StoredOutcome>;

async function drainClaims(store: CorpusStore, options: IndexIntoStoreOptions & { variant: string }, analyse: Analyse, summary: IndexRunSummary): Promise<void> {
  const batch = Math.max(1, options.batchSize ?? 16);
  let stored = 0;
  for (;;) {
    const claim = await store.claim({ limit: batch, variant: options.variant, ...(options.shard ? { shard: options.shard } : {}) });
    if (!claim) {
      const pending = await store.pendingCount(options.shard);
      if (pending === 0) return;
      // Other indexers hold the rest; their claims lapse if they die, and this one takes them.
      options.onProgress?.({ stored, pending });
      await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
      continue;
    }
    const outcomes: StoredOutcome[] = [];
    try {
      for (const pending of claim.files) outcomes.push(await analyse(pending));
      await claim.complete(outcomes, options.indexer);
    } catch (error) {
      await claim.release().catch(() => undefined);
      throw error;
    }
    for (const o of outcomes) summary[o.kind]++;
    stored += outcomes.length;
    if (options.onProgress) options.onProgress({ stored, pending: await store.pendingCount(options.shard) });
  }
}

interface AnalyseOptions {
  rules: readonly FurnitureRule[] | undefined;
  captureRules: readonly CaptureRule[];
  maxFileBytes: number;
  capturedAt: Date | null | undefined;
  warn: (path: string, message: string) => void;
}

/**
 * One claimed file through the per-file pipeline: read, and analysed unless its bytes are the
 * ones stored. Never throws: a file that cannot be read or analysed is stored as skipped with the
 * reason, a vanished one as gone. Warnings are reported once, when the file is (re)analysed.
 */
async function analyseForStore(absolutePath: string, pending: PendingFile, options: AnalyseOptions): Promise<StoredOutcome> {
  const segment: FileSegmentOptions = {
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.captureRules.length ? { captureRules: options.captureRules } : {}),
    ...(options.capturedAt !== undefined ? { capturedAt: options.capturedAt } : {}),
  };
  const outcome = await throughCorpusFile(absolutePath, { maxFileBytes: options.maxFileBytes }, (file): StoredOutcome => {
    const stamp: FileStamp = { path: pending.path, size: file.size, mtimeMs: file.mtimeMs };
    if (pending.storedHash === file.hash) return { kind: 'unchanged', stamp };
    return { kind: 'analysed', stamp, analysis: analyzeFile(file, segment), text: file.text, format: formatOf(absolutePath) ?? 'text' };
  });
  if (outcome.result?.kind === 'unchanged') return outcome.result;
  let stored = outcome.result;
  if (!stored) {
    const stamp = await stampOf(absolutePath, pending.path);
    if (!stamp) return { kind: 'gone', path: pending.path };
    stored = { kind: 'skipped', stamp, reason: skipReason(outcome) ?? 'unreadable' };
  }
  for (const w of outcome.warnings) options.warn(pending.path, w);
  return stored;
}

async function stampsOf(files: readonly string[], base: string): Promise<FileStamp[]> {
  const stamps: FileStamp[] = [];
  for (const file of files) {
    const stamp = await stampOf(file, displayPath(base, file));
    if (stamp) stamps.push(stamp);
  }
  return stamps;
}

async function stampOf(absolutePath: string, path: string): Promise<FileStamp | null> {
  try {
    const s = await stat(absolutePath);
    return { path, size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

/** A root as a display path: "" for the base folder itself, so that it contains every path. */
function rootPath(base: string, root: string): string {
  const absolute = resolve(base, root);
  return absolute === resolve(base) ? '' : displayPath(base, absolute);
}
