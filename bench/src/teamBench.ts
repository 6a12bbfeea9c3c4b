import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPgStore } from '@dossier/store-pg';
import { startThrowawayCluster, type ThrowawayCluster } from '../../packages/store-pg/test/support/throwawayCluster.js';
import { LspClient } from '../../packages/lsp/test/integration/lspClient.js';
import { ensureWorkspace } from './corpora.js';
import { measureLsp, type LspMeasures } from './lspLatency.js';

const CLI = fileURLToPath(new URL('../../packages/corpus/dist/cli/main.js', import.meta.url));

export interface IndexRun {
  processes: number;
  /** Wall time of the indexers (planning, reading, analysing, storing), without the merge. */
  indexSeconds: number;
  mergeSeconds: number;
  mbPerSecond: number;
  articlesPerSecond: number;
}

export interface TeamBenchResults {
  date: string;
  machine: { cpus: string; cores: number; memoryGb: number; node: string; platform: string; postgres: string };
  corpus: { articles: number; files: number; bytes: number };
  indexing: IndexRun[];
  database: { bytes: number; tables: Record<string, number> };
  server: { cold: LspMeasures; warm: LspMeasures };
  /** The same server indexing the corpus itself (warm, from its own cache), measured in the same run for comparison. */
  localServer: LspMeasures;
  newArticle: { indexerSeconds: number; seenAfterSeconds: number; totalSeconds: number };
  checks: { name: string; ok: boolean; detail: string }[];
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs the built CLI in the workspace; resolves when it exits. */
function dossier(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

/** A fresh database indexed by `processes` indexers at once (no merge), then merged. */
async function indexWith(cluster: ThrowawayCluster, processes: number, ws: { workspace: string; bytes: number; articles: number }, check: Check): Promise<{ run: IndexRun; url: string }> {
  const url = await cluster.createDatabase(`bench_${processes}_${Date.now()}`);
  const env = { BENCH_DB: url };
  const started = performance.now();
  const runs = await Promise.all(Array.from({ length: processes }, (_, i) => dossier(['index', 'corpus', '--db', 'BENCH_DB', '--no-merge', '--indexer', `bench-${i + 1}`], ws.workspace, env)));
  const indexSeconds = (performance.now() - started) / 1000;
  const merge = await dossier(['merge', '--db', 'BENCH_DB'], ws.workspace, env);
  for (const r of [...runs, merge]) check(`${processes} indexer(s): exit 0`, r.code === 0, r.stderr.trim().split('\n').slice(-3).join(' | ') || 'ok');
  check(`${processes} indexer(s): merged`, /^merged: index version 1 /m.test(merge.stdout), merge.stdout.trim());
  return {
    url,
    run: { processes, indexSeconds, mergeSeconds: merge.seconds, mbPerSecond: ws.bytes / 1e6 / indexSeconds, articlesPerSecond: ws.articles / indexSeconds },
  };
}

type Check = (name: string, ok: boolean, detail: string) => void;

/**
 * `npm run bench -- --db [--quick]`: the team corpus on the benchmark's generated corpus, with a
 * throwaway PostgreSQL server on this host: indexing throughput with one and two indexer
 * processes, the database's size, hover latencies of a database-backed language server (cold:
 * fetching the index; warm: from its copy), and the time from an indexer's start on a new article
 * to a running server's status showing it.
 */
export async function runTeamBench(options: { quick: boolean; log: (line: string) => void; articles?: number }): Promise<TeamBenchResults> {
  const { log } = options;
  const checks: TeamBenchResults['checks'] = [];
  const check: Check = (name, ok, detail) => checks.push({ name, ok, detail });
  const ws = ensureWorkspace(options.articles ?? (options.quick ? 1_000 : 100_000));
  log(`corpus: ${ws.articles} articles in ${ws.files} files, ${(ws.bytes / 1e6).toFixed(1)} MB`);
  const cluster = await startThrowawayCluster();
  const storage = mkdtempSync(join(tmpdir(), 'dossier-bench-team-'));
  try {
    const indexing: IndexRun[] = [];
    let url = '';
    for (const processes of [1, 2]) {
      const { run, url: indexed } = await indexWith(cluster, processes, ws, check);
      indexing.push(run);
      url = indexed;
      log(`${processes} indexer process(es): ${run.indexSeconds.toFixed(1)} s, ${run.mbPerSecond.toFixed(2)} MB/s, ${run.articlesPerSecond.toFixed(0)} articles/s; merge ${run.mergeSeconds.toFixed(1)} s`);
    }
    const store = await openPgStore(url, { applicationName: 'dossier bench', write: false });
    const sizes = await store.sizes().finally(() => store.close());
    const database = { bytes: sizes.database, tables: sizes.tables };
    log(`database: ${(database.bytes / 1e6).toFixed(0)} MB (${Object.entries(database.tables).map(([t, b]) => `${t} ${(b / 1e6).toFixed(0)} MB`).join(', ')})`);

    const requests = options.quick ? 60 : 500;
    const server = { settings: { index: { database: 'BENCH_DB' } }, env: { ...process.env, BENCH_DB: url } };
    const cold = await measureLsp(ws.workspace, ws.notes, storage, requests, server);
    const warm = await measureLsp(ws.workspace, ws.notes, storage, requests, server);
    log(`database-backed server: first hover ${(cold.startToFirstHoverMs / 1000).toFixed(2)} s cold, ${(warm.startToFirstHoverMs / 1000).toFixed(2)} s from its copy; hover p50 ${warm.hover.p50.toFixed(2)} ms p99 ${warm.hover.p99.toFixed(2)} ms`);
    check('the database-backed server answers with a card', /^\*\*.+\*\* · _\w+_/.test(cold.firstHover), cold.firstHover);
    check('from its copy it gives the same first hover', warm.firstHover === cold.firstHover, warm.firstHover);
    const localStorage = mkdtempSync(join(tmpdir(), 'dossier-bench-local-'));
    const localServer = await measureLsp(ws.workspace, ws.notes, localStorage, requests).then(() => measureLsp(ws.workspace, ws.notes, localStorage, requests)).finally(() => rmSync(localStorage, { recursive: true, force: true }));
    log(`the same server indexing locally (warm): hover p50 ${localServer.hover.p50.toFixed(2)} ms p99 ${localServer.hover.p99.toFixed(2)} ms`);
    check('the local server gives the same first hover', localServer.firstHover === cold.firstHover, localServer.firstHover);

    const newArticle = await timeToSeeNewArticle(ws.workspace, storage, server, check);
    log(`a new article: indexer ${newArticle.indexerSeconds.toFixed(1)} s (plan, analysis, merge), then seen by the running server ${newArticle.seenAfterSeconds.toFixed(2)} s later: ${newArticle.totalSeconds.toFixed(1)} s in all`);
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    return {
      date: new Date().toISOString(),
      machine: { cpus: cpu, cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}`, postgres: cluster.version },
      corpus: { articles: ws.articles, files: ws.files, bytes: ws.bytes },
      indexing,
      database,
      server: { cold, warm },
      localServer,
      newArticle,
      checks,
    };
  } finally {
    rmSync(storage, { recursive: true, force: true });
    await cluster.stop();
  }
}

/**
 * A server runs on the shared index; a new article file is written and one indexer is run on the
 * corpus (it finds the file, analyses it, stores it and merges). Measured: from the indexer's
 * start to the server's status counting one more article.
 */
async function timeToSeeNewArticle(workspace: string, storage: string, server: { settings: unknown; env: NodeJS.ProcessEnv }, check: Check): Promise<TeamBenchResults['newArticle']> {
  const client = LspClient.start(['--stdio'], workspace, [], server.env);
  const dir = join(workspace, 'corpus', 'zz-bench-new');
  try {
    await client.initialize(workspace, { storagePath: storage, settings: server.settings });
    const statuses = () => client.notifications.filter((n) => n.method === 'dossier/status').map((n) => n.params as { state: string; articles: number; message?: string });
    await client.waitFor('the shared index', () => statuses().some((s) => s.state === 'ready'), 600_000);
    const before = Math.max(...statuses().map((s) => s.articles));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `visit-${Date.now()}.txt`), 'Admiral Ingrid Solberg inspected the frigate Fridtjof Nansen in Bergen on Tuesday, the navy said in a statement.\n');
    const started = performance.now();
    const indexer = await dossier(['index', 'corpus', '--db', 'BENCH_DB'], workspace, { BENCH_DB: server.env.BENCH_DB! });
    const indexed = performance.now();
    check('the incremental run analyses the one new file', /: 1 analysed, /.test(indexer.stdout), indexer.stdout.trim().split('\n')[1] ?? indexer.stderr);
    await client.waitFor('the new article', () => statuses().some((s) => s.articles > before), 600_000);
    const seen = performance.now();
    return { indexerSeconds: (indexed - started) / 1000, seenAfterSeconds: (seen - indexed) / 1000, totalSeconds: (seen - started) / 1000 };
  } finally {
    await client.stop().catch(() => client.kill());
    rmSync(dir, { recursive: true, force: true });
  }
}
