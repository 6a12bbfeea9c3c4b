// Preloaded into a server by typing-probe.mts --trace (node --require): what the server's main
// thread saw of each message, on the monotonic clock both processes share (process.hrtime, in ms).
// For each stdin chunk: when its 'data' event started and ended and the request ids it held; for
// each write that holds a response: when and its id; each garbage collection (start, duration,
// kind); and the main thread's run and run-queue wait times (/proc/thread-self/schedstat) at each
// chunk and response write. Written as JSON to $HOVER_TRACE when the process exits.
// Not production code: a probe for "what does a slow hover wait behind" (BENCHMARKS.md, issue 14,
// ninth pass). It adds a schedstat read (~10 µs) per chunk and per response write.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file, loaded by node --require */
const fs = require('node:fs');
const { performance, PerformanceObserver } = require('node:perf_hooks');
const v8 = require('node:v8');

const out = process.env.HOVER_TRACE;
const now = () => Number(process.hrtime.bigint()) / 1e6;
/** For the garbage collections' times, given on performance.now()'s clock. */
const offsetMs = now() - performance.now();
/** The main thread's time on a CPU and waiting for one, in ms, since it started. */
function schedstat() {
  const [run, wait] = fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ');
  return [Number(run) / 1e6, Number(wait) / 1e6];
}
const trace = { chunks: [], writes: [], gcs: [] };
const idsIn = (text) => [...text.matchAll(/"id":(\d+)/g)].map((m) => Number(m[1]));

const stdinEmit = process.stdin.emit;
process.stdin.emit = function (event, chunk, ...rest) {
  if (event !== 'data') return stdinEmit.call(this, event, chunk, ...rest);
  const start = now();
  const [run, wait] = schedstat();
  const result = stdinEmit.call(this, event, chunk, ...rest);
  const text = chunk.toString('latin1');
  trace.chunks.push({ start, end: now(), bytes: chunk.length, ids: idsIn(text), hover: text.includes('textDocument/hover'), change: text.includes('didChange'), run, wait });
  return result;
};

const stdoutWrite = process.stdout.write;
process.stdout.write = function (chunk, ...rest) {
  const at = now();
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1');
  if (text.includes('"result"')) {
    const [run, wait] = schedstat();
    trace.writes.push({ at, ids: idsIn(text), run, wait });
  }
  return stdoutWrite.call(this, chunk, ...rest);
};

new PerformanceObserver((list) => {
  // What survived, read when the observer runs (soon after the collection: a little allocation may come in between).
  const spaces = v8.getHeapSpaceStatistics();
  const used = (name) => spaces.find((s) => s.space_name === name).space_used_size / 1048576;
  for (const e of list.getEntries()) trace.gcs.push({ start: e.startTime + offsetMs, duration: e.duration, kind: e.detail?.kind ?? e.kind, newMB: used('new_space'), oldMB: used('old_space') });
}).observe({ entryTypes: ['gc'] });

process.on('exit', () => {
  trace.heapSpaces = v8.getHeapSpaceStatistics();
  if (out) fs.writeFileSync(out, JSON.stringify(trace));
});
