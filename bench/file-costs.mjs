#!/usr/bin/env node
// Analysis cost of each file of a corpus folder, in ms per KB: every file read once, then the whole
// folder analysed --times times in turn (default 3) with the built library's analyzeFile, each
// file's least CPU time kept (not the first files' cost of a cold JIT, and CPU rather than wall time
// so that other processes' load moves it less). Prints the --top slowest (default 20) and the cost
// per KB by band of file size, to find files whose cost grows faster than their size (a pass that
// rescans a file or sentence per name). At c7ce5620 on ws-10000 no file stood out: the slowest were
// the smallest (0.4-0.6 KB at 3-5 ms/KB), and the cost per KB fell with size (about 1.7 ms/KB under
// 1 KB, 0.7 at 16 KB and over); wall-clock figures of 7-13 ms/KB for single files were noise.
//
//   node bench/file-costs.mjs [--tree CHECKOUT] [--times 3] [--top 20] CORPUS_FOLDER
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const values = new Set(['--tree', '--times', '--top'].map((o) => args.indexOf(o) + 1).filter((i) => i > 0));
const folder = args.find((a, i) => !a.startsWith('--') && !values.has(i));
if (!folder) {
  console.error('usage: node bench/file-costs.mjs [--tree CHECKOUT] [--times 3] [--top 20] CORPUS_FOLDER');
  process.exit(2);
}
const tree = resolve(option('tree', '.'));
const times = Number(option('times', '3'));
const top = Number(option('top', '20'));
/** Bands of file size in KB: [label, from, below]. */
const SIZE_BANDS = [['< 1 KB', 0, 1], ['1-2 KB', 1, 2], ['2-4 KB', 2, 4], ['4-8 KB', 4, 8], ['8-16 KB', 8, 16], ['>= 16 KB', 16, Infinity]];

const corpus = await import(pathToFileURL(resolve(tree, 'packages/corpus/dist/index.js')).href);
const paths = await corpus.discoverArticleFiles([resolve(folder)]);
const files = paths.map((path) => corpus.readCorpusFileSync(path)).filter((read) => read.kind === 'read').map((read) => read.file);
const best = files.map(() => Infinity);
for (let round = 0; round < times; round++) files.forEach((file, i) => (best[i] = Math.min(best[i], analysisMs(file))));
const costs = files.map((file, i) => ({ path: file.path, ms: best[i], bytes: file.size, msPerKb: best[i] / (file.size / 1024) }));
costs.sort((a, b) => b.msPerKb - a.msPerKb);
const median = costs[Math.floor(costs.length / 2)].msPerKb;
console.log(`${costs.length} files, median ${median.toFixed(2)} ms/KB; the ${top} slowest:`);
for (const c of costs.slice(0, top)) {
  console.log(`${c.msPerKb.toFixed(2).padStart(7)} ms/KB ${c.ms.toFixed(1).padStart(8)} ms ${(c.bytes / 1024).toFixed(1).padStart(6)} KB  ${c.path}`);
}
console.log('by size (a cost per KB that grows with size is a superlinear pass):');
for (const [label, low, high] of SIZE_BANDS) printBand(label, costs.filter((c) => c.bytes >= low * 1024 && c.bytes < high * 1024));

/** One band's file count, total ms per total KB and the median of its files' ms/KB. */
function printBand(label, band) {
  if (band.length === 0) return;
  const ms = band.reduce((sum, c) => sum + c.ms, 0);
  const kb = band.reduce((sum, c) => sum + c.bytes, 0) / 1024;
  const median = band.map((c) => c.msPerKb).sort((a, b) => a - b)[Math.floor(band.length / 2)];
  console.log(`${label.padStart(9)}: ${String(band.length).padStart(5)} files, ${(ms / kb).toFixed(2)} ms/KB overall, median ${median.toFixed(2)}`);
}

/** CPU milliseconds of this process (all its threads) during one analysis of a file: CPU, not wall time, so that other processes' load moves it less. */
function analysisMs(file) {
  const start = process.cpuUsage();
  corpus.analyzeFile(file);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
