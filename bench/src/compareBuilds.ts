// Before and after in one run: the indexing figures of two built checkouts (say main's, in a
// worktree, and this one) on the same generated corpus, measured in turns (base, head, base,
// head, ...) so that both see the same load.
//
//   git worktree add --detach ../base main && (cd ../base && npm ci && npm run build)
//   node --import tsx bench/src/compareBuilds.ts --base ../base --head . [--size 10000] [--rounds 2]
//
// Each measure runs in a child process with the checkout's own bench code (bench/src of that
// tree), so that each build is measured by the code it shipped with: throughput.ts (analysis
// on one thread, then on the worker pool), memory.ts (peak RSS of indexCorpus on one thread),
// lspLatency.ts (the built server, cold then warm: first hover, hover p99), and the server's
// resident memory after a cold and a warm start. Writes bench/results-builds.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compromiseThroughput } from './baseline.js';
import { ensureWorkspace } from './corpora.js';
import { discoverArticleFiles } from '@dossier/corpus';

interface TreeFigures {
  singleThreadMbPerSecond: number;
  mergeSeconds: number;
  workers: number;
  workersMbPerSecond: number;
  peakRssBytes: number;
  indexCorpusSeconds: number;
  coldStartToFirstHoverMs: number;
  warmStartToFirstHoverMs: number;
  warmHoverP50Ms: number;
  warmHoverP99Ms: number;
  coldHoverP99Ms: number;
  firstHover: string;
  serverRssAfterColdBytes: number;
  serverPeakRssColdBytes: number;
  serverRssAfterWarmBytes: number;
}

const self = fileURLToPath(import.meta.url);
const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};

if (argv[0] === '--child') await child(argv[1]!, argv[2]!);
else await parent();

async function parent(): Promise<void> {
  const trees = { base: resolve(option('base', '')), head: resolve(option('head', '.')) };
  if (!option('base', '')) throw new Error('--base <checkout> is required (a built worktree of the commit to compare with)');
  const size = Number(option('size', '10000'));
  const rounds = Number(option('rounds', '2'));
  const ws = ensureWorkspace(size);
  const load = [loadavg()];
  console.log(`corpus: ${ws.articles} articles in ${ws.files} files, ${(ws.bytes / 1e6).toFixed(1)} MB; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const runs: Record<'base' | 'head', TreeFigures[]> = { base: [], head: [] };
  for (let round = 0; round < rounds; round++) {
    for (const name of ['base', 'head'] as const) {
      const out = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', trees[name], ws.workspace], { encoding: 'utf8', maxBuffer: 1 << 24, cwd: trees[name] });
      if (out.status !== 0) throw new Error(`${name} failed: ${out.stderr}`);
      const figures = JSON.parse(out.stdout.trim().split('\n').pop()!) as TreeFigures;
      runs[name].push(figures);
      console.log(`round ${round + 1} ${name}: ${JSON.stringify(figures)}`);
      load.push(loadavg());
    }
  }
  const compromise = compromiseThroughput(await discoverArticleFiles([join(ws.workspace, 'corpus')]), 1_000_000);
  const median = (name: 'base' | 'head') => medianFigures(runs[name]);
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
    loadAverages: load,
    corpus: { articles: ws.articles, files: ws.files, bytes: ws.bytes },
    trees,
    compromiseMbPerSecond: compromise.mbPerSecond,
    base: median('base'),
    head: median('head'),
    runs,
  };
  writeFileSync(fileURLToPath(new URL('../results-builds.json', import.meta.url)), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify({ base: result.base, head: result.head, compromiseMbPerSecond: result.compromiseMbPerSecond }, null, 2));
}

/** The median of each figure over the rounds (the first hover's text: the last round's). */
function medianFigures(runs: TreeFigures[]): TreeFigures {
  const out = { ...runs.at(-1)! } as Record<string, unknown>;
  for (const key of Object.keys(out)) {
    if (typeof out[key] !== 'number') continue;
    const values = runs.map((r) => (r as unknown as Record<string, number>)[key]!).sort((a, b) => a - b);
    out[key] = values.length % 2 ? values[(values.length - 1) / 2] : (values[values.length / 2 - 1]! + values[values.length / 2]!) / 2;
  }
  return out as unknown as TreeFigures;
}

/** In a child process: every figure of one checkout, with that checkout's bench code. */
async function child(tree: string, workspace: string): Promise<void> {
  const load = async <T>(path: string) => (await import(pathToFileURL(join(tree, path)).href)) as T;
  const throughput = await load<typeof import('./throughput.js')>('bench/src/throughput.ts');
  const memory = await load<typeof import('./memory.js')>('bench/src/memory.ts');
  const lsp = await load<typeof import('./lspLatency.js')>('bench/src/lspLatency.ts');
  const corpus = join(workspace, 'corpus');
  const notes = { small: join(workspace, 'notes/small.md'), medium: join(workspace, 'notes/medium.md'), large: join(workspace, 'notes/large.md') };
  const single = await throughput.singleThread(corpus);
  const mergeSeconds = single.mergeSeconds;
  single.analyses.length = 0;
  const workers = await throughput.workerThreads(corpus);
  const rss = memory.peakRss(corpus);
  const storage = mkdtempSync(join(tmpdir(), 'dossier-builds-'));
  try {
    const cold = await lsp.measureLsp(workspace, notes, storage, 500);
    const warm = await lsp.measureLsp(workspace, notes, storage, 500);
    const server = await serverMemory(tree, workspace, notes.small);
    const figures: TreeFigures = {
      singleThreadMbPerSecond: single.rate.mbPerSecond,
      mergeSeconds,
      workers: workers.workers,
      workersMbPerSecond: workers.mbPerSecond,
      peakRssBytes: rss.maxRssBytes,
      indexCorpusSeconds: rss.seconds,
      coldStartToFirstHoverMs: cold.startToFirstHoverMs,
      warmStartToFirstHoverMs: warm.startToFirstHoverMs,
      warmHoverP50Ms: warm.hover.p50,
      warmHoverP99Ms: warm.hover.p99,
      coldHoverP99Ms: cold.hover.p99,
      firstHover: cold.firstHover,
      ...server,
    };
    process.stdout.write(JSON.stringify(figures) + '\n');
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
}

/** The built server's resident memory once its first hover is answered: after a cold start, then after a warm one on its cache. */
async function serverMemory(tree: string, workspace: string, note: string) {
  const { LspClient } = (await import(pathToFileURL(join(tree, 'packages/lsp/test/integration/lspClient.ts')).href)) as typeof import('../../packages/lsp/test/integration/lspClient.js');
  const storage = mkdtempSync(join(tmpdir(), 'dossier-builds-rss-'));
  const text = readFileSync(note, 'utf8');
  const uri = pathToFileURL(note).href;
  const line = text.split('\n').findIndex((l) => l.startsWith('- '));
  const once = async () => {
    const client = LspClient.start(['--stdio'], workspace);
    try {
      await client.initialize(workspace, { storagePath: storage });
      await client.open(uri, text);
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 4 } });
      await client.waitForStatus('ready');
      // The snapshot is written after the index answers: let it finish before reading memory.
      await new Promise((done) => setTimeout(done, 2000));
      const status = readFileSync(`/proc/${client.child!.pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
      return { now: kb('VmRSS'), peak: kb('VmHWM') };
    } finally {
      await client.stop().catch(() => client.kill());
    }
  };
  try {
    const cold = await once();
    const warm = await once();
    return { serverRssAfterColdBytes: cold.now, serverPeakRssColdBytes: cold.peak, serverRssAfterWarmBytes: warm.now };
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
}
