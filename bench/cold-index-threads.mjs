#!/usr/bin/env node
// The indexing process alone (the built packages/lsp/dist/indexing/coldIndexProcess.js, as the
// server forks it: its heap flags, its malloc settings) on a corpus folder, into a fresh cache:
// wall time of each phase, CPU time of each of its threads by kind (the main thread, the analysis
// workers, V8's platform threads, libuv's) and its peak resident memory (VmHWM).
//
//   node bench/cold-index-threads.mjs [--tree CHECKOUT] [--flag=--v8-flag ...] [--preview] [--json] CORPUS_FOLDER
//
// --preview: the job asks for the server's preview (the tree's PREVIEW_BOUND, coldPreview.ts), as
// the server does: when it was sent is reported, and its cost is in the main thread's CPU.
//
// CORPUS_FOLDER is the folder whose article files are indexed (for a bench corpus, its corpus/).
// Threads are read from /proc/<pid>/task every 100 ms (a thread that ends loses at most its last
// 100 ms); the process's total CPU (dead threads included) and VmHWM are read by a preload
// (cold-index-exit.cjs) as the process exits. Run two builds or two settings in turns to compare.
import { fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const treeAt = args.indexOf('--tree');
const tree = resolve(treeAt >= 0 ? args[treeAt + 1] : '.');
const extraFlags = args.filter((a) => a.startsWith('--flag=')).map((a) => a.slice('--flag='.length));
const asJson = args.includes('--json');
// --stdout: the process's stdout shown (for V8's --trace-gc and the like).
const showStdout = args.includes('--stdout');
const folder = args.find((a, i) => !a.startsWith('--') && (treeAt < 0 || i !== treeAt + 1));
if (!folder) {
  console.error('usage: node bench/cold-index-threads.mjs [--tree CHECKOUT] [--flag=--v8-flag ...] [--json] CORPUS_FOLDER');
  process.exit(2);
}
const TICK_S = 0.01; // /proc's clock ticks (CLK_TCK is 100 on Linux)
const lsp = (path) => import(pathToFileURL(join(tree, 'packages/lsp/dist', path)).href);
const corpus = await import(pathToFileURL(join(tree, 'packages/corpus/dist/index.js')).href);
const { childExecArgv } = await lsp('indexing/processIndexer.js');
const { withMallocSettings } = await lsp('mallocEnv.js');

const files = await corpus.discoverArticleFiles([resolve(folder)]);
const bytes = files.reduce((sum, path) => sum + readFileSync(path).length, 0);
const cacheFolder = mkdtempSync(join(tmpdir(), 'cold-index-threads-'));
const outFile = join(cacheFolder, 'exit.json');
const preload = fileURLToPath(new URL('./cold-index-exit.cjs', import.meta.url));
const preview = args.includes('--preview') ? (await lsp('indexing/coldPreview.js')).PREVIEW_BOUND : undefined;
const job = { files, displayPaths: files, corrections: corpus.noCorrections(), maxFileBytes: 64 * 1024 * 1024, configKey: 'bench', ...(preview ? { preview } : {}) };

const started = Date.now();
const phases = {};
const child = fork(join(tree, 'packages/lsp/dist/indexing/coldIndexProcess.js'), [], {
  stdio: ['ignore', showStdout ? 'inherit' : 'ignore', 'inherit', 'ipc'],
  serialization: 'advanced',
  execArgv: [...childExecArgv([]), ...extraFlags, '--require', preload],
  env: { ...withMallocSettings(), DOSSIER_BENCH_EXIT_FILE: outFile },
});
const threads = new Map(); // tid → { comm, ticks }
const rss = { analysis: 0, after: 0 };
const sampler = setInterval(() => {
  sampleThreads(child.pid, threads);
  const kb = residentKb(child.pid);
  if (phases.merging === undefined) rss.analysis = Math.max(rss.analysis, kb);
  else rss.after = Math.max(rss.after, kb);
}, 100);
child.on('message', (reply) => {
  if (reply.kind === 'phase') phases[reply.phase] = Date.now() - started;
  if (reply.kind === 'preview') phases.preview = { at: (Date.now() - started) / 1000, ...reply.ready };
  if (reply.kind === 'failed') console.error(reply.stack);
});
child.send({ job, cacheFolder });
const code = await new Promise((done) => child.on('exit', done));
clearInterval(sampler);
const wall = (Date.now() - started) / 1000;
const exit = JSON.parse(readFileSync(outFile, 'utf8'));
const workerTids = new Set(readFileSync(`${outFile}.workers`, 'utf8').split('\n').filter(Boolean).map(Number));
rmSync(cacheFolder, { recursive: true, force: true });
if (code !== 0) throw new Error(`the indexing process ended with ${code}`);
for (const t of exit.threads) threads.set(t.tid, t);
report(summarise(threads, exit));

function sampleThreads(pid, seen) {
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    const t = readThread(`/proc/${pid}/task/${tid}`);
    if (t) seen.set(Number(tid), { tid: Number(tid), ...t });
  }
}

function residentKb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function readThread(dir) {
  try {
    const stat = readFileSync(`${dir}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { comm: readFileSync(`${dir}/comm`, 'utf8').trim(), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/**
 * CPU seconds of the main thread (the process's own id), the analysis workers (their ids from the
 * preload) and the other threads in order of creation: V8's platform threads come first (four by
 * default, --v8-pool-size), then libuv's and Node's own.
 */
function summarise(seen, exit) {
  const seconds = (t) => t.ticks * TICK_S;
  const all = [...seen.values()].sort((a, b) => a.tid - b.tid);
  const main = seconds(seen.get(child.pid));
  const workers = all.filter((t) => workerTids.has(t.tid)).map(seconds);
  const others = all.filter((t) => t.tid !== child.pid && !workerTids.has(t.tid)).map(seconds);
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  return {
    files: files.length,
    mb: bytes / 1e6,
    wall,
    analysis: (phases.merging ?? 0) / 1000,
    merge: ((phases.saving ?? 0) - (phases.merging ?? 0)) / 1000,
    save: wall - (phases.saving ?? 0) / 1000,
    cpu: exit.cpuSeconds,
    unseen: exit.cpuSeconds - main - sum(workers) - sum(others),
    preview: phases.preview ?? null,
    hwmMb: exit.hwmKb / 1024,
    rssAnalysisMb: rss.analysis / 1024,
    rssAfterMb: rss.after / 1024,
    main,
    workers,
    others,
  };
}

function report(r) {
  if (asJson) return console.log(JSON.stringify({ tree, flags: extraFlags, ...r }));
  const list = (xs) => xs.map((x) => x.toFixed(1)).join(' ');
  console.log(`${tree} ${extraFlags.join(' ')}`);
  console.log(`  ${r.files} files, ${r.mb.toFixed(1)} MB: wall ${r.wall.toFixed(1)} s (analysis ${r.analysis.toFixed(1)}, merge ${r.merge.toFixed(1)}, save ${r.save.toFixed(1)}), ${(r.mb / r.analysis).toFixed(2)} MB/s analysed`);
  if (r.preview) console.log(`  preview of ${r.preview.done} of ${r.preview.total} files sent at ${r.preview.at.toFixed(1)} s`);
  console.log(`  peak RSS ${r.hwmMb.toFixed(0)} MB (sampled: ${r.rssAnalysisMb.toFixed(0)} analysing, ${r.rssAfterMb.toFixed(0)} after)`);
  console.log(`  CPU ${r.cpu.toFixed(1)} s: main ${r.main.toFixed(1)}, workers ${list(r.workers)}, others ${list(r.others)} (${r.unseen.toFixed(1)} unseen)`);
}
