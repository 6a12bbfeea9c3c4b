#!/usr/bin/env node
// How much work analysis does, in machine instructions, which other people's load does not move:
// on this shared 2-core machine the load average went from 2 to 12 within an hour, and wall-clock
// or CPU-time rates of the same build moved by 30% or more while instruction counts of the same
// build moved by 0.2%. Counts the instructions (valgrind's cachegrind, `I refs`) of a node process
// that analyses the first N files of a corpus R times on one thread (V8 --single-threaded, so its
// garbage collector and compilers count too), and of one that only starts and reads them; the
// difference divided by the bytes analysed is the figure.
//
//   node bench/instructions.mjs [--tree ../base] [--tree .] [--files 150] [--rounds 2, or 4 with --warm] [--corpus dir] [--warm]
//
// --warm subtracts a run that analyses the files once instead of one that only reads them, and
// divides by the rounds after the first: the figure then leaves out what a process does once
// (building the word lists, compiling the code), which the plain figure spreads over the rounds.
// Trees built before readCorpusFileSync existed (2026-11-30) are read with readCorpusFile.
//
// Needs valgrind (Debian package `valgrind`); takes 1-3 minutes per tree. Instructions are not time
// (memory stalls are not counted), so a change that moves them should also be timed.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const argv = process.argv.slice(2);
const self = fileURLToPath(import.meta.url);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};

if (argv[0] === '--child') await child(argv[1], argv[2], Number(argv[3]), Number(argv[4]));
else parent();

function parent() {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('valgrind is not installed (Debian: apt-get install valgrind)');
    process.exit(2);
  }
  const trees = argv.flatMap((a, i) => (a === '--tree' && argv[i + 1] ? [path.resolve(argv[i + 1])] : []));
  if (trees.length === 0) trees.push(path.resolve(path.dirname(self), '..'));
  const files = option('files', '150');
  // With --warm the figure is the difference of two large counts divided by the rounds after the
  // first; with two rounds it moved by 10% between runs of one build (a collection or an
  // optimisation landing in one round or the other), with four by about 1% (BENCHMARKS.md, 41st session).
  const warm = argv.includes('--warm');
  const rounds = option('rounds', warm ? '4' : '2');
  for (const tree of trees) {
    const corpus = path.resolve(option('corpus', path.join(tree, 'bench/.corpora/ws-10000/corpus')));
    if (warm && Number(rounds) < 2) throw new Error('--warm needs --rounds 2 or more');
    const idle = count(tree, corpus, files, warm ? '1' : '0');
    const busy = count(tree, corpus, files, rounds);
    const mb = (busy.bytes * (Number(rounds) - (warm ? 1 : 0))) / 1e6;
    const perMb = (busy.instructions - idle.instructions) / mb;
    const baseline = warm ? 'start, read and one round' : 'start and read';
    console.log(`${tree}: ${files} files (${(busy.bytes / 1e6).toFixed(2)} MB) x ${rounds}: ${(perMb / 1e9).toFixed(3)} G instructions per MB analysed (${baseline} ${(idle.instructions / 1e9).toFixed(2)} G)`);
  }
}

function count(tree, corpus, files, rounds) {
  const out = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', self, '--child', tree, corpus, files, rounds], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(out.stderr);
  if (out.status !== 0 || !refs) throw new Error(`valgrind failed on ${tree}: ${out.stderr.slice(-2000)}`);
  return { instructions: Number(refs[1].replaceAll(',', '')), bytes: Number(out.stdout.trim().split('\n').pop()) };
}

/** Reads the first `files` files once, then analyses them `rounds` times with the tree's own build. */
async function child(tree, corpus, files, rounds) {
  const lib = await import(pathToFileURL(path.join(tree, 'packages/corpus/dist/index.js')).href);
  const paths = (await lib.discoverArticleFiles([corpus])).slice(0, files);
  const texts = (await Promise.all(paths.map(async (p) => (lib.readCorpusFileSync ? lib.readCorpusFileSync(p) : await lib.readCorpusFile(p))))).flatMap((o) => (o.kind === 'read' ? [o.file] : []));
  for (let r = 0; r < rounds; r++) for (const file of texts) lib.analyzeFile(file);
  console.log(texts.reduce((n, f) => n + f.size, 0));
}
