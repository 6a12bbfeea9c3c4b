import { hostname } from 'node:os';
import type { CaptureRule } from '../segment/captureTime.js';
import type { MergeOutcome, Shard } from '../store/corpusStore.js';
import { indexIntoStore } from '../store/indexIntoStore.js';
import { printable, warn, type CliIo } from './io.js';
import { openStore, type StoreChoice } from './openStore.js';

export interface IndexArgs {
  paths: string[];
  store: StoreChoice;
  shard?: Shard;
  batchSize?: number;
  indexer?: string;
  merge: boolean;
  capturedAt: Date | null | undefined;
  /** dossier.yaml's `capturedAt` per folder or file pattern, as the indexer's own dossier.yaml says. */
  captureRules: readonly CaptureRule[];
  maxFileBytes?: number;
  exclude: string[];
}

/** `dossier index <folders> --db <url>`: analyses what changed into a store, then merges. */
export async function indexCommand(args: IndexArgs, io: CliIo): Promise<number> {
  const indexer = args.indexer ?? `${hostname()}:${process.pid}`;
  // The indexer's name shows in the database's list of sessions (pg_stat_activity).
  const store = await openStore(args.store, `index (${indexer})`, true);
  try {
    const run = await indexIntoStore(store, args.paths, {
      indexer,
      exclude: args.exclude,
      merge: args.merge,
      ...(args.shard ? { shard: args.shard } : {}),
      ...(args.batchSize ? { batchSize: args.batchSize } : {}),
      ...(args.maxFileBytes ? { maxFileBytes: args.maxFileBytes } : {}),
      ...(args.capturedAt !== undefined ? { capturedAt: args.capturedAt } : {}),
      captureRules: args.captureRules,
      onWarning: (path, message) => warn(io, path, message),
    });
    const { plan } = run;
    io.stdout(`${printable(store.location)}: ${plan.pending} file(s) to read, ${plan.unchanged} unchanged, ${plan.removed} removed\n`);
    io.stdout(`${printable(indexer)}: ${run.analysed} analysed, ${run.unchanged} unchanged (same content), ${run.skipped} skipped, ${run.gone} gone\n`);
    if (run.merge) io.stdout(describeMerge(run.merge) + '\n');
    return 0;
  } finally {
    await store.close();
  }
}

/** `dossier merge --db <url> [--force]`: merges now if the analyses or corrections changed. */
export async function mergeCommand(store: StoreChoice, force: boolean, io: CliIo): Promise<number> {
  const opened = await openStore(store, 'merge', true);
  try {
    const outcome = await opened.mergeIfStale({ baseDir: process.cwd(), by: `${hostname()}:${process.pid}`, force });
    io.stdout(describeMerge(outcome) + '\n');
    return 0;
  } finally {
    await opened.close();
  }
}

export function describeMerge(m: MergeOutcome): string {
  const what = `${m.files} files, ${m.entities} entities, ${m.mentions} mentions`;
  return m.merged ? `merged: index version ${m.version} (${what})` : `merge: the index is up to date (version ${m.version}: ${what})`;
}
