import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FileAnalysis } from '../analysis/fileAnalysis.js';
import { deserializeIndex, serializeIndex, SNAPSHOT_SCHEMA } from '../corpusIndex/snapshot.js';
import type { FurnitureRuleSpec } from '../segment/rules.js';
import { StoreError, type ClaimRequest, type CorpusScan, type CorpusStore, type StoredOutcome, type MergedIndex, type MergeOptions, type MergeOutcome, type PendingFile, type PlanSummary, type Shard, type WorkClaim } from './corpusStore.js';
import { correctionsFromJudgements, type Judgement, type NewJudgement } from './judgements.js';
import { shardOf } from './shard.js';
import { mergeStoredAnalyses, relocateIndex, type StoredAnalysis } from './storedAnalyses.js';

interface StoredFile {
  status: 'indexed' | 'skipped';
  /** Content hash; null for a skipped file. */
  hash: string | null;
  format: string;
  variant: string;
  size: number;
  mtimeMs: number;
  reason: string | null;
  indexedBy: string;
  indexedAt: string;
}

interface Manifest {
  schema: typeof MANIFEST_SCHEMA;
  files: Record<string, StoredFile>;
  pending: string[];
  judgements: Judgement[];
  furniture: FurnitureRuleSpec[];
  /** Bumped by every change to the analyses, and to the corrections. */
  analysesVersion: number;
  correctionsVersion: number;
  merged: { version: number; analysesVersion: number; correctionsVersion: number; snapshotSchema: string; hashes: string[] } | null;
}

const MANIFEST_SCHEMA = 'dossier-local-store-1';

/**
 * A store in a folder of this machine, for one indexer at a time (a lock file says which process
 * holds it): a manifest (files, pending work, corrections, versions), one file per analysis and
 * the merged index as a snapshot. Every write goes to a temporary file first and is renamed into
 * place, so a killed indexer leaves the last complete state behind, with its claimed files still
 * pending.
 */
export class LocalStore implements CorpusStore {
  private claimed = new Set<string>();

  private constructor(
    readonly dir: string,
    private manifest: Manifest,
  ) {}

  get location(): string {
    return this.dir;
  }

  /** Opens (or creates) the store in `dir`; fails when another live process holds it. */
  static async open(dir: string): Promise<LocalStore> {
    await mkdir(join(dir, 'analyses'), { recursive: true });
    await takeLock(join(dir, 'lock'));
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await readFile(join(dir, 'store.json'), 'utf8')) as Manifest;
      if (manifest.schema !== MANIFEST_SCHEMA) throw new Error(`store schema ${String(manifest.schema)}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        await rm(join(dir, 'lock'), { force: true });
        throw new StoreError('incompatible', `${dir} is not a Dossier store this version can read (${(error as Error).message})`);
      }
      manifest = { schema: MANIFEST_SCHEMA, files: {}, pending: [], judgements: [], furniture: [], analysesVersion: 0, correctionsVersion: 0, merged: null };
    }
    return new LocalStore(dir, manifest);
  }

  async plan(scan: CorpusScan): Promise<PlanSummary> {
    const m = this.manifest;
    const onDisk = new Map(scan.files.map((f) => [f.path, f]));
    const inScope = (path: string) => scan.roots.some((root) => root === '' || path === root || path.startsWith(root + '/'));
    let removed = 0;
    for (const path of Object.keys(m.files)) {
      if (inScope(path) && !onDisk.has(path)) {
        delete m.files[path];
        removed++;
      }
    }
    const pending = new Set(m.pending.filter((p) => !inScope(p) || onDisk.has(p)));
    let unchanged = 0;
    for (const f of scan.files) {
      const stored = m.files[f.path];
      if (stored && stored.size === f.size && stored.mtimeMs === f.mtimeMs && stored.variant === scan.variant) unchanged++;
      else pending.add(f.path);
    }
    m.pending = [...pending];
    if (removed) m.analysesVersion++;
    await this.save();
    return { pending: m.pending.length, removed, unchanged };
  }

  async claim({ limit, variant, shard }: ClaimRequest): Promise<WorkClaim | null> {
    const paths = this.manifest.pending.filter((p) => !this.claimed.has(p) && (!shard || shardOf(p, shard.count) === shard.index)).slice(0, limit);
    if (paths.length === 0) return null;
    for (const p of paths) this.claimed.add(p);
    const files: PendingFile[] = paths.map((path) => {
      const stored = this.manifest.files[path];
      return { path, storedHash: stored?.status === 'indexed' && stored.variant === variant ? stored.hash : null };
    });
    const end = () => paths.forEach((p) => this.claimed.delete(p));
    return {
      files,
      complete: async (outcomes, indexer) => {
        try {
          await this.complete(paths, outcomes, indexer, variant);
        } finally {
          end();
        }
      },
      release: async () => end(),
    };
  }

  async pendingCount(shard?: Shard): Promise<number> {
    return this.manifest.pending.filter((p) => !shard || shardOf(p, shard.count) === shard.index).length;
  }

  private async complete(paths: readonly string[], outcomes: readonly StoredOutcome[], indexer: string, variant: string): Promise<void> {
    const m = this.manifest;
    const at = new Date().toISOString();
    for (const o of outcomes) {
      if (o.kind === 'gone') delete m.files[o.path];
      else if (o.kind === 'unchanged') Object.assign(m.files[o.stamp.path]!, { size: o.stamp.size, mtimeMs: o.stamp.mtimeMs, variant });
      else {
        const analysed = o.kind === 'analysed';
        const entry: StoredFile = {
          status: analysed ? 'indexed' : 'skipped',
          hash: analysed ? o.analysis.hash : null,
          format: analysed ? o.format : '',
          variant,
          size: o.stamp.size,
          mtimeMs: o.stamp.mtimeMs,
          reason: analysed ? null : o.reason,
          indexedBy: indexer,
          indexedAt: at,
        };
        if (analysed) await this.writeAtomically(this.analysisPath(entry), serialize(o.analysis));
        m.files[o.stamp.path] = entry;
      }
    }
    const done = new Set(paths);
    m.pending = m.pending.filter((p) => !done.has(p));
    if (outcomes.some((o) => o.kind !== 'unchanged')) m.analysesVersion++;
    await this.save();
  }

  async judgements(): Promise<Judgement[]> {
    return structuredClone(this.manifest.judgements);
  }

  async addJudgements(judgements: readonly NewJudgement[]): Promise<void> {
    const m = this.manifest;
    let id = m.judgements.reduce((max, j) => Math.max(max, j.id), 0);
    for (const j of judgements) m.judgements.push({ ...structuredClone(j), id: ++id, at: new Date().toISOString() });
    if (judgements.length) m.correctionsVersion++;
    await this.save();
  }

  async furniture(): Promise<FurnitureRuleSpec[]> {
    return structuredClone(this.manifest.furniture);
  }

  async setFurniture(rules: readonly FurnitureRuleSpec[], _author: string): Promise<void> {
    this.manifest.furniture = structuredClone([...rules]);
    this.manifest.correctionsVersion++;
    await this.save();
  }

  async mergeIfStale(options: MergeOptions): Promise<MergeOutcome> {
    const m = this.manifest;
    const merged = m.merged;
    const upToDate = merged && merged.analysesVersion === m.analysesVersion && merged.correctionsVersion === m.correctionsVersion && merged.snapshotSchema === SNAPSHOT_SCHEMA;
    if (upToDate && !options.force) {
      const index = await this.loadMerged(options.baseDir);
      return { merged: false, version: merged.version, files: index?.index.files.length ?? 0, entities: index?.index.entities.length ?? 0, mentions: index?.index.mentionCount ?? 0 };
    }
    const stored: StoredAnalysis[] = [];
    for (const [path, file] of Object.entries(m.files)) {
      if (file.status !== 'indexed') continue;
      const analysis = deserialize(await readFile(this.analysisPath(file))) as FileAnalysis;
      stored.push({ path, size: file.size, mtimeMs: file.mtimeMs, analysis });
    }
    const corrections = { ...correctionsFromJudgements(m.judgements), furniture: m.furniture };
    const index = mergeStoredAnalyses(stored, corrections, options.baseDir);
    const hashes = index.files.map((f) => m.files[f.displayPath]!.hash!);
    const version = (merged?.version ?? 0) + 1;
    await this.writeAtomically(join(this.dir, 'merged.v8'), serializeIndex(index, { version, hashes }));
    m.merged = { version, analysesVersion: m.analysesVersion, correctionsVersion: m.correctionsVersion, snapshotSchema: SNAPSHOT_SCHEMA, hashes };
    await this.save();
    return { merged: true, version, files: index.files.length, entities: index.entities.length, mentions: index.mentionCount };
  }

  async loadMerged(baseDir: string): Promise<MergedIndex | null> {
    const merged = this.manifest.merged;
    if (!merged || merged.snapshotSchema !== SNAPSHOT_SCHEMA) return null;
    const { index } = deserializeIndex(await readFile(join(this.dir, 'merged.v8')));
    return { version: merged.version, index: relocateIndex(index, baseDir), hashes: merged.hashes };
  }

  async close(): Promise<void> {
    await rm(join(this.dir, 'lock'), { force: true });
  }

  private async save(): Promise<void> {
    await this.writeAtomically(join(this.dir, 'store.json'), Buffer.from(JSON.stringify(this.manifest)));
  }

  private analysisPath(file: Pick<StoredFile, 'hash' | 'format' | 'variant'>): string {
    return join(this.dir, 'analyses', `${file.hash}-${file.format}-${file.variant}.v8`);
  }

  private async writeAtomically(path: string, data: Buffer): Promise<void> {
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, data);
    await rename(temp, path);
  }
}

/** Creates the lock file, or takes it over from a process that no longer runs. */
async function takeLock(path: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (holder && holder !== process.pid && isRunning(holder)) throw new StoreError('busy', `the store is in use by process ${holder} (${path})`);
      await rm(path, { force: true });
    }
  }
  throw new StoreError('busy', `cannot lock ${path}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
