import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBench, runTypingBench, pct, type BenchResults, type TypingResults } from './benchmark.js';
import { parseSize, runScale } from './scale.js';
import { runTeamBench, type TeamBenchResults } from './teamBench.js';
import type { TypingMeasures } from './typing.js';

// npm run bench [-- --quick] [-- --typing [--server-cpu-prof=<dir>] [--typing-large-first]]: measures, prints a table,
// writes bench/results.json (bench/results-typing.json for --typing alone).
// npm run bench -- --size 1m: one large corpus through the language server (see scale.ts), bench/results-<size>.json.
// --storage <dir> keeps the server's cache there; --warm-only then starts warm on it, without the
// cold run; --server-cpu-prof=<dir> profiles the server; --server <path> measures another build's
// packages/lsp/dist/server.js; --client-watches: the warm run's client watches files, as VS Code;
// --without-malloc-settings: the server started without mallocEnv.ts's settings, as before 2026-12-06;
// --without-server-node-args: without its SERVER_NODE_ARGS (the old generation's first limit), as before 2026-12-06's second stop.
const sizeArg = process.argv.indexOf('--size');

/**
 * A path given on the command line, from the repository's root, where `npm run bench` is typed:
 * turbo runs this script in bench/ (without npm's INIT_CWD), and the server is spawned in the
 * workspace, where "packages/vscode-ext/dist/server.js" named nothing and the run waited for a
 * server that never started. An absolute path stays as it is.
 */
function fromCallersFolder(path: string | undefined): string | undefined {
  return path === undefined ? undefined : resolve(fileURLToPath(new URL('../../', import.meta.url)), path);
}

function existingFile(option: string, path: string | undefined): string {
  if (path === undefined || !existsSync(path)) throw new Error(`${option}: no such file: ${path ?? '(none given)'}`);
  return path;
}
const profileDir = process.argv.find((a) => a.startsWith('--server-cpu-prof='))?.split('=')[1];
const serverNodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
if (sizeArg >= 0) {
  const size = parseSize(process.argv[sizeArg + 1] ?? '');
  const storageAt = process.argv.indexOf('--storage');
  const storage = storageAt >= 0 ? fromCallersFolder(process.argv[storageAt + 1]) : undefined;
  const serverAt = process.argv.indexOf('--server');
  const serverPath = serverAt >= 0 ? existingFile('--server', fromCallersFolder(process.argv[serverAt + 1])) : undefined;
  const scaleOptions = { ...(storage ? { storage } : {}), ...(serverPath ? { serverPath } : {}), warmOnly: process.argv.includes('--warm-only'), clientWatchesFiles: process.argv.includes('--client-watches'), withoutMallocSettings: process.argv.includes('--without-malloc-settings'), withoutServerNodeArgs: process.argv.includes('--without-server-node-args'), serverNodeArgs };
  const result = await runScale(size, (line) => console.log(line), scaleOptions);
  writeFileSync(fileURLToPath(new URL(`../results-${size}.json`, import.meta.url)), JSON.stringify(result, null, 2) + '\n');
  process.exit(0);
}
// npm run bench -- --db [--quick | --articles N]: the team corpus in PostgreSQL instead, into
// bench/results-db.json (--articles: a corpus of another size, e.g. 10000 between quick and full).
const quick = process.argv.includes('--quick');
const articlesAt = process.argv.indexOf('--articles');
const articles = articlesAt >= 0 ? Number(process.argv[articlesAt + 1]) : undefined;
if (articles !== undefined && !(Number.isInteger(articles) && articles > 0)) throw new Error(`--articles: not a positive whole number: ${process.argv[articlesAt + 1]}`);
const options = { quick, log: (line: string) => console.log(line), ...(profileDir ? { serverNodeArgs } : {}), largeNoteFirst: process.argv.includes('--typing-large-first') };
const results: BenchResults | TypingResults | TeamBenchResults = process.argv.includes('--db')
  ? await runTeamBench({ ...options, ...(articles ? { articles } : {}) })
  : process.argv.includes('--typing')
    ? await runTypingBench(options)
    : await runBench(options);
const file = 'indexing' in results ? '../results-db.json' : 'sizes' in results ? '../results.json' : '../results-typing.json';
writeFileSync(fileURLToPath(new URL(file, import.meta.url)), JSON.stringify(results, null, 2) + '\n');
console.log('\n' + ('indexing' in results ? teamTable(results) : 'sizes' in results ? table(results) : typingTable(results.typing)));
if ('load' in results) console.log(`load average (1, 5, 15 min): ${results.load.start.map((l) => l.toFixed(2)).join(' ')} at the start, ${results.load.end.map((l) => l.toFixed(2)).join(' ')} at the end`);
const failed = results.checks.filter((c) => !c.ok);
for (const c of results.checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
process.exitCode = failed.length ? 1 : 0;

function teamTable(r: TeamBenchResults): string {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
  const rows = [
    ['corpus', `${r.corpus.articles} articles, ${r.corpus.files} files, ${(r.corpus.bytes / 1e6).toFixed(1)} MB`],
    ...r.indexing.map((i) => [`indexing, ${i.processes} process(es)`, `${i.mbPerSecond.toFixed(2)} MB/s, ${i.articlesPerSecond.toFixed(0)} art/s (${i.indexSeconds.toFixed(1)} s); merge ${i.mergeSeconds.toFixed(1)} s`]),
    ['database size', `${mb(r.database.bytes)} (${Object.entries(r.database.tables).slice(0, 5).map(([t, b]) => `${t} ${mb(b)}`).join(', ')})`],
    ['server: first hover, cold / from copy', `${(r.server.cold.startToFirstHoverMs / 1000).toFixed(2)} s / ${(r.server.warm.startToFirstHoverMs / 1000).toFixed(2)} s`],
    ['server: hover p50 / p99', `${r.server.warm.hover.p50.toFixed(2)} / ${r.server.warm.hover.p99.toFixed(2)} ms (indexing locally, same run: ${r.localServer.hover.p50.toFixed(2)} / ${r.localServer.hover.p99.toFixed(2)} ms)`],
    ['new article seen by a server', `${r.newArticle.totalSeconds.toFixed(1)} s (indexer ${r.newArticle.indexerSeconds.toFixed(1)} s + ${r.newArticle.seenAfterSeconds.toFixed(2)} s)`],
  ];
  const width = Math.max(...rows.map((row) => row[0]!.length));
  return rows.map(([k, v]) => `${k!.padEnd(width)} | ${v}`).join('\n');
}

function table(r: BenchResults): string {
  const rows: string[][] = [['measure', ...r.sizes.map((s) => `${s.articles} articles`)]];
  const add = (name: string, value: (s: BenchResults['sizes'][number]) => string) => rows.push([name, ...r.sizes.map(value)]);
  add('corpus size', (s) => `${(s.corpusBytes / 1e6).toFixed(1)} MB, ${s.files} files`);
  add('indexing, 1 thread', (s) => `${s.singleThread.mbPerSecond.toFixed(2)} MB/s, ${s.singleThread.articlesPerSecond.toFixed(0)} art/s`);
  add('merge', (s) => `${s.mergeSeconds.toFixed(1)} s`);
  add('indexing, workers', (s) => `${s.workerThreads.mbPerSecond.toFixed(2)} MB/s (${s.workerThreads.workers} threads)`);
  add('peak RSS / corpus', (s) => `${(s.memory.maxRssBytes / 1e6).toFixed(0)} MB, ${s.memory.rssToCorpus.toFixed(1)}x`);
  add('cold start → hover', (s) => `${(s.cold.startToFirstHoverMs / 1000).toFixed(2)} s`);
  add('warm start → hover', (s) => `${(s.warm.startToFirstHoverMs / 1000).toFixed(2)} s`);
  add('hover p50 / p99', (s) => `${s.warm.hover.p50.toFixed(2)} / ${s.warm.hover.p99.toFixed(2)} ms`);
  add('definition p50 / p99', (s) => `${s.warm.definition.p50.toFixed(2)} / ${s.warm.definition.p99.toFixed(2)} ms`);
  add('completion p50 / p99', (s) => `${s.warm.completion.p50.toFixed(2)} / ${s.warm.completion.p99.toFixed(2)} ms`);
  add('1 MB note edit p50', (s) => `${s.warm.noteEditMs.p50.toFixed(0)} ms`);
  rows.push(['compromise', `${r.compromise.mbPerSecond.toFixed(3)} MB/s`]);
  const quality = r.quality.map((q) => `${q.set.padEnd(8)} ${q.system.padEnd(11)} P ${pct(q.precision)} R ${pct(q.recall)} type ${pct(q.typeAccuracy)}`);
  const typing = r.sizes.flatMap((s) => s.typing);
  return [...aligned(rows), '', ...quality, ...(typing.length ? ['', typingTable(typing)] : [])].join('\n');
}

function typingTable(typing: TypingMeasures[]): string {
  const rows: string[][] = [['typing', ...typing.map((t) => `${t.note.split('/').pop()} (${(t.noteBytes / 1e3).toFixed(0)} KB), ${t.keystrokes} keys`)]];
  const add = (name: string, value: (t: TypingMeasures) => string) => rows.push([name, ...typing.map(value)]);
  add('server CPU / keystroke (edit + hover)', (t) => `${t.cpuPerKeystrokeMs.toFixed(2)} ms`);
  add('  of it on the main thread', (t) => `${t.mainThreadCpuPerKeystrokeMs.toFixed(2)} ms`);
  add('hover while typing p50 / p99', (t) => `${t.hover.p50.toFixed(2)} / ${t.hover.p99.toFixed(2)} ms`);
  add('first hover of a name p50 / p99', (t) => `${t.firstHovers.hover.p50.toFixed(2)} / ${t.firstHovers.hover.p99.toFixed(2)} ms (${t.firstHovers.keystrokes} names)`);
  add('server CPU / keystroke (edit + first hover)', (t) => `${t.firstHovers.cpuPerKeystrokeMs.toFixed(2)} ms`);
  add('  of it on the main thread', (t) => `${t.firstHovers.mainThreadCpuPerKeystrokeMs.toFixed(2)} ms`);
  add('last keystroke → diagnostics', (t) => `${t.lastKeystrokeToDiagnosticsMs.toFixed(0)} ms`);
  add('  each publication for that version', (t) => `${t.diagnosticsPublicationsMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  add('semantic tokens after an edit p50 / p99', (t) => `${t.tokensDelta.p50.toFixed(2)} / ${t.tokensDelta.p99.toFixed(2)} ms (${t.tokensMethod})`);
  add('server CPU / keystroke (edit + tokens)', (t) => `${t.cpuPerKeystrokeWithTokensMs.toFixed(2)} ms`);
  add('  of it on the main thread', (t) => `${t.mainThreadCpuPerKeystrokeWithTokensMs.toFixed(2)} ms`);
  return aligned(rows).join('\n');
}

function aligned(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  return rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | '));
}
