#!/usr/bin/env node
// Analysis cost of one build, in MB per CPU-second of this process: every file of a corpus folder
// through the built corpus library's analyzeCorpusFiles on one thread, as a cold indexing run does
// (no merge, no workers). CPU time, not wall time, so that other processes' load moves it less;
// run two builds in turns to compare them (the figures still vary by about 20% run to run):
//
//   for t in ../base . ../base .; do node bench/analysis-cpu.mjs --tree $t bench/.corpora/ws-10000/corpus; done
//
// --tree is a checkout with packages/corpus built (default: this one), from the start
// (2026-11-30) on.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const treeAt = args.indexOf('--tree');
const tree = resolve(treeAt >= 0 ? args[treeAt + 1] : '.');
const folder = args.find((a, i) => !a.startsWith('--') && (treeAt < 0 || i !== treeAt + 1));
if (!folder) {
  console.error('usage: node bench/analysis-cpu.mjs [--tree CHECKOUT] CORPUS_FOLDER');
  process.exit(2);
}
const corpus = await import(pathToFileURL(resolve(tree, 'packages/corpus/dist/index.js')).href);
const files = await corpus.discoverArticleFiles([resolve(folder)]);
const before = process.cpuUsage();
let bytes = 0;
for await (const result of analysedFiles(files)) bytes += result.size;
const used = process.cpuUsage(before);
const seconds = (used.user + used.system) / 1e6;
console.log(`${tree}: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} CPU-s: ${(bytes / 1e6 / seconds).toFixed(2)} MB per CPU-second`);

/** Each file analysed, read and analysed in turn; builds from before analyzeCorpusFiles (2026-11-30) read with readCorpusFile. */
async function* analysedFiles(paths) {
  if (corpus.analyzeCorpusFiles) {
    for await (const { result } of corpus.analyzeCorpusFiles(paths)) if (result) yield result;
    return;
  }
  for (const path of paths) {
    const read = await corpus.readCorpusFile(path);
    if (read.kind === 'read') yield corpus.analyzeFile(read.file);
  }
}
