#!/usr/bin/env node
// What the first cards of 500 entities cost in-process, on a snapshot: the names of the bench's
// medium note hovered once each through a build's language service (no server, no background
// work), with the time spent in co-mentions and in reading article texts. For issue 15's hover
// pass (BENCHMARKS.md): it tells a card's own cost from what the server adds around it.
//
//   node bench/card-costs.mjs <worktree> <snapshot.v8> <note.md> [--dump cards.txt] [--alloc out.heapprofile]
//
// --dump writes each card's JSON on a line (two builds' dumps compare byte for byte);
// --alloc records every allocation while the cards after the first five are made, collected ones
// included (V8's sampling heap profiler, every 1 KB), as a .heapprofile, and prints their sum per
// card (the first cards pay once for the note's analysis and the snapshot's lookup tables). The
// young-generation collections (scavenges) during the 500 cards are counted either way: each one
// lands inside some card.
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [worktree, snapshot, notePath] = process.argv.slice(2);
if (!notePath) {
  console.error('usage: node bench/card-costs.mjs <worktree> <snapshot.v8> <note.md> [--dump file] [--alloc file]');
  process.exit(2);
}
const option = (name) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const from = (path) => import(pathToFileURL(`${worktree}/${path}`).href);
const corpus = await from('packages/corpus/dist/query.js');
const lsp = await from('packages/lsp/dist/index.js');
const { TextDocument } = await from('node_modules/vscode-languageserver-textdocument/lib/umd/main.js');

let started = performance.now();
const { index } = corpus.openSnapshot(snapshot);
console.log(`snapshot opened in ${(performance.now() - started).toFixed(0)} ms: ${index.entities.length} entities`);
const spent = { coMentions: 0, texts: 0 };
const timed = (key, run) => {
  const t = performance.now();
  try {
    return run();
  } finally {
    spent[key] += performance.now() - t;
  }
};
const coMentionsOf = index.coMentionsOf.bind(index);
index.coMentionsOf = (entity, limit) => timed('coMentions', () => coMentionsOf(entity, limit));
const texts = new corpus.FileTextCache();
// As the server reads them: one sentence's bytes when the file's byte marks allow (spanOf), else the file.
const access = {
  current: () => index,
  ready: async () => index,
  textOf: (p) => timed('texts', () => texts.get(p)),
  spanOf: (file, span, sentence) => timed('texts', () => texts.span(file, span, sentence)),
  isLinkable: () => true,
  settings: () => lsp.DEFAULT_SETTINGS,
};
const corrections = { file: async () => ({ file: '/nonexistent/dossier.yaml', text: '', exists: false }), canCreateFiles: () => false, editable: () => true };
const silent = { info() {}, warn() {}, error() {} };
const text = readFileSync(notePath, 'utf8');
const note = TextDocument.create(pathToFileURL(notePath).href, 'markdown', 1, text);
const service = lsp.createLanguageService(access, { all: async () => [note] }, corrections, silent);
const positions = text.split('\n').flatMap((line, i) => (line.startsWith('- ') ? [{ line: i, character: 4 }] : [])).slice(0, 500);

const session = new Session();
session.connect();
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
const FIRST = 5;
const collections = { minor: 0, minorMs: 0, major: 0, majorMs: 0, each: [] };
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const minor = entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR;
    collections[minor ? 'minor' : 'major']++;
    collections[minor ? 'minorMs' : 'majorMs'] += entry.duration;
    collections.each.push(`${minor ? 'young' : 'full'} ${entry.duration.toFixed(1)} ms`);
  }
});
observer.observe({ entryTypes: ['gc'] });
const cards = [];
for (const [k, position] of positions.entries()) {
  if (k === FIRST && option('alloc')) await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  spent.coMentions = spent.texts = 0;
  const cpu = process.cpuUsage();
  started = performance.now();
  const hover = await service.hover.provideHover(note, position);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  cards.push({ wall, cpu: (used.user + used.system) / 1000, ...spent, name: hover?.contents.value.split('\n')[0] ?? '', json: JSON.stringify(hover) });
}
let allocated = null;
if (option('alloc')) {
  const { profile } = await post('HeapProfiler.stopSampling');
  const sum = (node) => node.selfSize + node.children.reduce((total, child) => total + sum(child), 0);
  allocated = sum(profile.head);
  writeFileSync(option('alloc'), JSON.stringify(profile));
}
await new Promise((resolve) => setTimeout(resolve, 10));
observer.disconnect();
if (option('dump')) writeFileSync(option('dump'), cards.map((c) => c.json).join('\n') + '\n');

const quantiles = (key) => {
  const sorted = cards.map((c) => c[key]).sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2);
  return `p50 ${at(0.5)}, p90 ${at(0.9)}, p99 ${at(0.99)}, max ${sorted.at(-1).toFixed(1)} ms`;
};
const after = cards.slice(FIRST);
const total = (key) => after.reduce((sum, c) => sum + c[key], 0).toFixed(0);
console.log(`${cards.length} first cards, wall: ${quantiles('wall')}; first five ${cards.slice(0, 5).map((c) => c.wall.toFixed(1)).join(', ')} ms`);
console.log(`  CPU of this process (garbage collection's helper threads included): ${quantiles('cpu')}`);
console.log(`  the ${after.length} after the first five: ${total('wall')} ms in all, co-mentions ${total('coMentions')} ms, article texts ${total('texts')} ms`);
if (allocated !== null) console.log(`  allocated by the ${after.length} after the first five (sampled, this script's own JSON included): ${(allocated / after.length / 1024).toFixed(1)} KB per card`);
console.log(`  garbage collections during the ${cards.length} cards: ${collections.minor} young-generation (${collections.minorMs.toFixed(0)} ms), ${collections.major} full (${collections.majorMs.toFixed(0)} ms): ${collections.each.join(', ')}`);
