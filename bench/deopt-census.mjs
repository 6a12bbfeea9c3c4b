#!/usr/bin/env node
// TurboFan compiles and deoptimisations of one build's analysis, file by file: the first N files of a
// corpus folder through the built library's analyzeFile on one thread (as one indexing worker runs
// them), in a child node with --trace-opt --trace-deopt-verbose. Prints the compiles, deopts and
// CPU of each window of --window files (the CPU split between the main thread and V8's other
// threads: compilers, GC helpers), and every deopt after the first window: function, reason, where
// in dist/ and the file that caused it. Counts are deterministic but for the compile queue's timing.
// At c7ce5620 the other threads' CPU was a warm-up (3.5 CPU-s in the first 500 files, 2.1 of it in
// the first 100), then 0.35 CPU-s per 1,000 files (6% of the main thread's) with 83 deopts in 3,000
// files (23 "wrong map"), so a worker's compiling is mostly its first compiles, not recompiles.
//
//   node bench/deopt-census.mjs [--tree CHECKOUT] [--files 3000] [--window 500] bench/.corpora/ws-10000/corpus
import { spawn } from 'node:child_process';
import { closeSync, createReadStream, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const values = new Set(['--tree', '--files', '--window'].map((o) => args.indexOf(o) + 1).filter((i) => i > 0));
const folder = args.find((a, i) => !a.startsWith('--') && !values.has(i));
if (!folder) {
  console.error('usage: node bench/deopt-census.mjs [--tree CHECKOUT] [--files N] [--window N] CORPUS_FOLDER');
  process.exit(2);
}
const tree = resolve(option('tree', '.'));
const files = Number(option('files', '3000'));
const window = Number(option('window', '500'));

if (args.includes('--child')) await analyseInChild();
else report(await census());

/** The child: each file analysed in turn, a marker line before it, the threads' CPU at the end. */
async function analyseInChild() {
  const corpus = await import(pathToFileURL(resolve(tree, 'packages/corpus/dist/index.js')).href);
  const paths = (await corpus.discoverArticleFiles([resolve(folder)])).slice(0, files);
  paths.forEach((path, i) => {
    if (i % window === 0) writeSync(1, `@@cpu-window ${JSON.stringify(threadsCpu())}\n`);
    writeSync(1, `@@file ${i} ${path}\n`);
    const read = corpus.readCorpusFileSync(path);
    if (read.kind === 'read') corpus.analyzeFile(read.file);
  });
  writeSync(1, `@@cpu ${JSON.stringify(threadsCpu())}\n`);
}

/** CPU seconds of this process's main thread and of all its other threads (Linux /proc). */
function threadsCpu() {
  const cpu = { main: 0, others: 0 };
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    cpu[tid === String(process.pid) ? 'main' : 'others'] += (Number(fields[11]) + Number(fields[12])) / 100;
  }
  return cpu;
}

/**
 * Runs the child with its output in a file (written in order: V8's trace and the markers alike; a
 * pipe would let them pass each other), then reads the trace line by line.
 */
async function census() {
  const self = fileURLToPath(import.meta.url);
  const folderOfTrace = mkdtempSync(join(tmpdir(), 'deopt-census-'));
  const tracePath = join(folderOfTrace, 'trace.txt');
  const out = openSync(tracePath, 'w');
  const child = spawn(process.execPath, ['--trace-opt', '--trace-deopt-verbose', self, '--child', ...args], { stdio: ['ignore', out, 'inherit'] });
  await new Promise((done) => child.on('exit', done));
  closeSync(out);
  const state = { file: -1, path: '', compiles: new Map(), windows: [], deopts: [], cpu: null, windowStartCpu: null, pending: null };
  for await (const line of createInterface({ input: createReadStream(tracePath) })) readLine(state, line);
  rmSync(folderOfTrace, { recursive: true });
  return state;
}

function readLine(state, line) {
  if (line.startsWith('@@file ')) {
    const [, index, path] = line.match(/^@@file (\d+) (.*)$/);
    state.file = Number(index);
    state.path = path;
  } else if (line.startsWith('@@cpu-window ')) closeWindowCpu(state, JSON.parse(line.slice(13)));
  else if (line.startsWith('@@cpu ')) closeWindowCpu(state, (state.cpu = JSON.parse(line.slice(6))));
  else if (line.startsWith('[completed compiling')) countCompile(state, line);
  else if (line.startsWith('[bailout (kind:')) state.pending = deoptOf(state, line);
  else if (state.pending && line.includes(';;; deoptimize at <')) {
    state.pending.at = line.slice(line.indexOf('<') + 1).replace(/file:\/\/\S*?\/dist\//g, '').replace(/>$/, '').replaceAll('> inlined at <', ' ← ');
    state.deopts.push(state.pending);
    state.pending = null;
  }
}

/** The threads' CPU at a window's start (or the run's end): the window before it is charged the difference. */
function closeWindowCpu(state, cpu) {
  if (state.windowStartCpu && state.file >= 0) {
    const counted = windowOf(state);
    counted.main = cpu.main - state.windowStartCpu.main;
    counted.others = cpu.others - state.windowStartCpu.others;
  }
  state.windowStartCpu = cpu;
}

function windowOf(state) {
  const w = Math.max(0, Math.floor(state.file / window));
  state.windows[w] ??= { compiles: 0, recompiles: 0, deopts: 0, main: 0, others: 0 };
  return state.windows[w];
}

function countCompile(state, line) {
  const sfi = line.match(/\(sfi = (\w+)\)/)?.[1] ?? line;
  const counted = windowOf(state);
  counted.compiles++;
  if (state.compiles.has(sfi)) counted.recompiles++;
  state.compiles.set(sfi, (state.compiles.get(sfi) ?? 0) + 1);
}

function deoptOf(state, line) {
  windowOf(state).deopts++;
  const reason = line.match(/reason: ([^)]*)\)/)?.[1] ?? '?';
  const fn = line.match(/<JSFunction (\S*)/)?.[1]?.replace(/^\(sfi$/, '(anonymous)') ?? '?';
  return { file: state.file, path: state.path, reason, fn, at: '?' };
}

function report(state) {
  console.log(`${tree}: ${state.file + 1} files; child CPU ${JSON.stringify(state.cpu)}`);
  console.log('| files | TurboFan compiles | of them recompiles | deopts | main thread CPU-s | other threads CPU-s |\n|---|---:|---:|---:|---:|---:|');
  const seconds = (x) => (x ?? 0).toFixed(2);
  state.windows.forEach((w, i) => console.log(`| ${i * window}–${(i + 1) * window - 1} | ${w?.compiles ?? 0} | ${w?.recompiles ?? 0} | ${w?.deopts ?? 0} | ${seconds(w?.main)} | ${seconds(w?.others)} |`));
  const steady = state.deopts.filter((d) => d.file >= window);
  console.log(`\nDeopts after the first ${window} files: ${steady.length}`);
  for (const d of steady) console.log(`${d.file}\t${d.fn}\t${d.reason}\t${d.at}\t${d.path.slice(resolve(folder).length + 1)}`);
}
