// Preloaded into a server by typing-probe.mts --census (node --require): each garbage collection's
// start (on the monotonic clock both processes share, process.hrtime, in ms), duration and kind
// (perf_hooks: 1 scavenge, 4 mark-compact, 8 incremental marking, 16 weak callbacks), written as JSON to
// $DOSSIER_CENSUS when the process exits. --trace-gc cannot be used: V8 prints it on stdout, the
// LSP stream. Not production code: a probe for what surrounds a keystroke (BENCHMARKS.md, issue 14).
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file, loaded by node --require */
const fs = require('node:fs');
const { performance, PerformanceObserver } = require('node:perf_hooks');

const out = process.env.DOSSIER_CENSUS;
const offsetMs = Number(process.hrtime.bigint()) / 1e6 - performance.now();
const gcs = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ start: e.startTime + offsetMs, duration: e.duration, kind: e.detail?.kind ?? e.kind });
}).observe({ entryTypes: ['gc'] });
process.on('exit', () => {
  if (out) fs.writeFileSync(out, JSON.stringify(gcs));
});
