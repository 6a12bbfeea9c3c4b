#!/usr/bin/env node
// Analysis cost of two builds measured side by side in one process: every file of a corpus folder
// (read once, up front) is analysed by one build and then the other, in alternating order, and each
// call's CPU time is added to its build. Load from other processes moves both builds alike, so the
// ratio holds within about 1% from round to round on this shared machine, where separate runs of
// bench/analysis-cpu.mjs move by 20% or more. Caveat: the two builds share one heap, so a collection
// one build's garbage triggers may be charged to either, and each collection walks both builds'
// data; the ratio can overstate a change in what a build allocates. Check it with analysis-cpu.mjs.
// The order favours --head: the same code in both trees gave head/base 0.960–0.992 (2026-12-06), so
// run each pair both ways and give the geometric mean of head/base and 1/(base/head).
//
//   node bench/analysis-paired.mjs --base ../base --head . [--rounds 3] bench/.corpora/ws-10000/corpus
//
// Each tree is a checkout with packages/corpus built. Round 1 includes both builds' compilation.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const values = new Set(['--base', '--head', '--rounds'].flatMap((o) => [args.indexOf(o) + 1]));
const folder = args.find((a, i) => !a.startsWith('--') && !values.has(i));
if (!folder) {
  console.error('usage: node bench/analysis-paired.mjs --base CHECKOUT --head CHECKOUT [--rounds N] CORPUS_FOLDER');
  process.exit(2);
}
const load = (tree) => import(pathToFileURL(resolve(tree, 'packages/corpus/dist/index.js')).href);
const [base, head] = await Promise.all([load(option('base', '.')), load(option('head', '.'))]);
const files = (await base.discoverArticleFiles([resolve(folder)]))
  .map((path) => base.readCorpusFileSync(path))
  .flatMap((outcome) => (outcome.kind === 'read' ? [outcome.file] : []));
const megabytes = files.reduce((n, f) => n + f.size, 0) / 1e6;
const cpuSeconds = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};

for (let round = 1; round <= Number(option('rounds', '3')); round++) {
  const spent = { base: 0, head: 0 };
  files.forEach((file, i) => {
    for (const [name, lib] of i % 2 === 0 ? [['base', base], ['head', head]] : [['head', head], ['base', base]]) {
      const before = cpuSeconds();
      lib.analyzeFile(file);
      spent[name] += cpuSeconds() - before;
    }
  });
  const rate = (seconds) => (megabytes / seconds).toFixed(2);
  console.log(`round ${round}: base ${rate(spent.base)} MB per CPU-second, head ${rate(spent.head)}; head's CPU time ${(spent.head / spent.base).toFixed(3)} of base's`);
}
