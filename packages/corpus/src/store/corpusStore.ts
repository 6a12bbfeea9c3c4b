import type { FileAnalysis } from '../analysis/fileAnalysis.js';
import type { CorpusIndex } from '../corpusIndex/corpusIndex.js';
import type { FurnitureRuleSpec } from '../segment/rules.js';
import type { Judgement, NewJudgement } from './judgements.js';

/**
 * Where the analyses of a corpus are kept between indexing runs, and where the merged index and
 * the analysts' corrections live. Two implementations: `LocalStore` (a folder, one indexer at a
 * time) and the PostgreSQL store of `@dossier/store-pg` (one shared index, many indexers, many
 * readers). Paths in a store are display paths: relative to the folder the indexer ran in, with
 * "/" separators, so that indexers on different machines name a file alike.
 */
export interface CorpusStore {
  /** Where the store is, for messages: never a password. */
  readonly location: string;

  /**
   * Records which files exist under the scanned roots: files that are new, changed (size or
   * modification time) or analysed with other settings (`variant`) become pending work; stored
   * files under a root that are no longer on disk are removed. Several indexers may plan the same
   * corpus: planning twice changes nothing.
   */
  plan(scan: CorpusScan): Promise<PlanSummary>;

  /**
   * Takes up to `limit` pending files for this process, or returns null when no pending file is
   * free. A claim that is neither completed nor released lapses when the process dies, and its
   * files become pending again: no file is lost or stored twice.
   */
  claim(request: ClaimRequest): Promise<WorkClaim | null>;

  /** Pending files, claimed by someone or not (of one shard when given). */
  pendingCount(shard?: Shard): Promise<number>;

  /** Every judgement ever recorded, oldest first. */
  judgements(): Promise<Judgement[]>;
  addJudgements(judgements: readonly NewJudgement[]): Promise<void>;
  /** The furniture rules the team added (dossier.yaml `furniture`); they change every analysis. */
  furniture(): Promise<FurnitureRuleSpec[]>;
  setFurniture(rules: readonly FurnitureRuleSpec[], author: string): Promise<void>;

  /**
   * Merges the stored analyses with the corrections into the corpus index when either changed
   * since the last merge (or when forced), one merger at a time; a merger that waited for another
   * finds the index up to date and returns at once.
   */
  mergeIfStale(options: MergeOptions): Promise<MergeOutcome>;

  /**
   * The index of the last merge, with file paths resolved against `baseDir`, or null before the
   * first merge.
   */
  loadMerged(baseDir: string): Promise<MergedIndex | null>;

  close(): Promise<void>;
}

/** A corpus file as found on disk. */
export interface FileStamp {
  /** Display path (see CorpusStore). */
  path: string;
  size: number;
  mtimeMs: number;
}

export interface CorpusScan {
  /** The roots walked, as display paths ("" for the working folder itself). */
  roots: readonly string[];
  files: readonly FileStamp[];
  /** What analyses depend on besides the file (see analysisVariant). */
  variant: string;
}

export interface PlanSummary {
  /** Files that must be read again. */
  pending: number;
  /** Stored files removed because they are gone from disk. */
  removed: number;
  /** Stored files left as they are. */
  unchanged: number;
}

export interface ClaimRequest {
  limit: number;
  /** The claimer's analysis variant: stored hashes are offered only for analyses of it, and what it stores is of it. */
  variant: string;
  shard?: Shard;
}

/** Indexer K of N (zero-based here, "--shard K/N" one-based on the command line). */
export interface Shard {
  index: number;
  count: number;
}

export interface PendingFile {
  path: string;
  /**
   * The content hash stored for the file when its analysis is of the current variant: the same
   * bytes need no new analysis. Null for a new file or an out-of-date analysis.
   */
  storedHash: string | null;
}

/** What became of one claimed file, as the store records it. */
export type StoredOutcome =
  | { kind: 'analysed'; stamp: FileStamp; analysis: FileAnalysis; text: string; format: string }
  | { kind: 'unchanged'; stamp: FileStamp }
  | { kind: 'skipped'; stamp: FileStamp; reason: string }
  /** Deleted since it was planned: the store forgets it. */
  | { kind: 'gone'; path: string };

export interface WorkClaim {
  readonly files: readonly PendingFile[];
  /** Stores the outcomes (one per claimed file) and ends the claim, all or nothing. */
  complete(outcomes: readonly StoredOutcome[], indexer: string): Promise<void>;
  /** Gives the files back unprocessed. */
  release(): Promise<void>;
}

export interface MergeOptions {
  /** Folder the display paths are resolved against in the merged index (the indexer's). */
  baseDir: string;
  /** Who merges, for the record. */
  by: string;
  force?: boolean;
}

export interface MergeOutcome {
  /** False when the index was already up to date. */
  merged: boolean;
  /** The version of the index now in the store (0 before any merge). */
  version: number;
  files: number;
  entities: number;
  mentions: number;
}

export interface MergedIndex {
  version: number;
  index: CorpusIndex;
  /** Per file of the index (same order), the content hash of the text it was analysed from. */
  hashes: string[];
}

export type StoreErrorKind = 'config' | 'unreachable' | 'auth' | 'permission' | 'missing' | 'incompatible' | 'busy';

/**
 * A store that cannot be used, for a reason the user can act on, with a message that says which
 * ("cannot reach the database postgresql://indexer@db:5432/desk: connect ECONNREFUSED", "the store
 * is in use by process 4711"). The CLI prints the message alone and exits with status 4.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** A StoreError, also when it comes from another copy of this library (the PostgreSQL store is loaded by package name). */
export function isStoreError(error: unknown): error is StoreError {
  return error instanceof Error && error.name === 'StoreError';
}
