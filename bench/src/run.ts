import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBench, pct, type BenchResults } from './benchmark.js';

// npm run bench [-- --quick]: measures, prints a table, writes bench/results.json.
const quick = process.argv.includes('--quick');
const results = await runBench({ quick, log: (line) => console.log(line) });
writeFileSync(fileURLToPath(new URL('../results.json', import.meta.url)), JSON.stringify(results, null, 2) + '\n');
console.log('\n' + table(results));
const failed = results.checks.filter((c) => !c.ok);
for (const c of results.checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
process.exitCode = failed.length ? 1 : 0;

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
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  const lines = rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | '));
  const quality = r.quality.map((q) => `${q.set.padEnd(8)} ${q.system.padEnd(11)} P ${pct(q.precision)} R ${pct(q.recall)} type ${pct(q.typeAccuracy)}`);
  return [...lines, '', ...quality].join('\n');
}
