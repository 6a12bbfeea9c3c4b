#!/usr/bin/env node
// Dossier's own work per keystroke on the 10k corpus's 100 KB note, in-process, without the
// protocol (BENCHMARKS.md, issue 14): the typing probe's keystrokes (one character each, in the
// middle of the note) applied to a NoteDocument, the note analysis brought up to date, the name
// under one of five hovered positions resolved, and its context article chosen, as a hover does.
// Prints, per round of 500 keystrokes, the process CPU and the wall time of each part.
//
//   cd bench && node keystroke-work.mjs --storage=/tmp/probe-store [--rounds=4] [--pace=30]
//       [--parts=update,get,name,context] [--corpus-dist=../packages/corpus/dist] [--quiet]
//
// --storage: a typing-probe.mts storage folder (its index snapshot is read). --pace: milliseconds
// between keystrokes (0: back to back, hot caches; 30: the probe's pace, where the same work costs
// about four times as much). --corpus-dist: another build's corpus (a before/after pair).
// Instructions, which other people's load does not move (8 rounds minus 2, per keystroke):
//   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
//     node --single-threaded keystroke-work.mjs --storage=... --rounds=8 --quiet   # and --rounds=2
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NoteDocument } from '../packages/lsp/dist/workspace/noteDocument.js';

const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const storage = option('storage');
if (!storage) throw new Error('usage: node keystroke-work.mjs --storage=<typing-probe storage> [--rounds=4] [--pace=30]');
const dist = resolve(option('corpus-dist', new URL('../packages/corpus/dist', import.meta.url).pathname));
const { openSnapshot, contextArticle, spellingAt, NoteAnalysis, composeEdits } = await import(pathToFileURL(join(dist, 'query.js')).href);
const corpusFolder = readdirSync(join(storage, 'index')).find((f) => f.startsWith('corpus-'));
const { index } = openSnapshot(join(storage, 'index', corpusFolder, 'snapshot.v8'));
const rounds = Number(option('rounds', 4));
const pace = Number(option('pace', 0));
const parts = option('parts', 'update,get,name,context').split(',');
const quiet = process.argv.includes('--quiet');

const text = readFileSync(new URL('.corpora/ws-10000/notes/medium.md', import.meta.url), 'utf8');
const lines = text.split('\n');
const middle = Math.floor(lines.length / 2);
const targets = [];
for (let i = middle - 1; i > 0 && targets.length < 5; i--) if (lines[i].startsWith('- ')) targets.push({ line: i, character: 4 });
let typed = '';
for (let i = middle; typed.length < rounds * 500; i++) typed += `${lines[i % lines.length]}\n`;

// What NoteAnalyses does: edits composed as they come, the analysis caught up when read.
let analysis = NoteAnalysis.of(index, text);
let pending = null;
const doc = NoteDocument.create('file:///medium.md', 'markdown', 1, text);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
let at = { line: middle, character: 0 };
for (let r = 0; r < rounds; r++) {
  const wall = { update: 0, get: 0, name: 0, context: 0 };
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < 500; i++) {
    if (pace) await sleep(pace);
    const ch = typed[r * 500 + i];
    let t0 = performance.now();
    const start = doc.offsetAt(at);
    doc.update([{ range: { start: at, end: at }, text: ch }], doc.version + 1);
    const edit = { start, end: start, length: 1 };
    pending = pending ? composeEdits(pending, edit) : edit;
    at = ch === '\n' ? { line: at.line + 1, character: 0 } : { line: at.line, character: at.character + 1 };
    const lap = (part) => {
      const t1 = performance.now();
      wall[part] += t1 - t0;
      t0 = t1;
    };
    lap('update');
    if (!parts.includes('get')) continue;
    analysis = analysis.edited(doc.text, pending);
    pending = null;
    lap('get');
    if (!parts.includes('name')) continue;
    const offset = doc.offsetAt(targets[i % targets.length]);
    const name = analysis.nameAt(offset);
    const spelling = spellingAt(index, analysis.source, name ? [name] : [], offset);
    lap('name');
    if (!parts.includes('context')) continue;
    const entity = name?.entity ?? spelling?.entity;
    if (entity) contextArticle(index, entity, analysis, name?.start ?? spelling.start);
    lap('context');
  }
  const cpu = process.cpuUsage(cpu0);
  if (!quiet) console.log(`round ${r + 1}: process CPU ${((cpu.user + cpu.system) / 500).toFixed(1)} us/keystroke; wall ` + Object.entries(wall).map(([k, v]) => `${k} ${((v / 500) * 1000).toFixed(1)}`).join(', ') + ' us');
}
