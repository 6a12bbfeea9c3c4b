#!/usr/bin/env node
// What the slow hovers of a typing-probe.mts --trace run waited behind (BENCHMARKS.md, issue 14,
// ninth pass). Each hover's time on the client is cut in three on the clock both processes share:
// in (client sent → the server's 'data' event for it starts), server (→ the server writes the
// answer) and out (→ the client has it). For the slowest hovers it also gives the server main
// thread's run-queue wait (schedstat) over the keystroke, the garbage collections in the hover's
// window, and with --profile (the server's --cpu-prof) what the thread ran in that window; and
// for the slowest 2%, which of these was the largest (the main cause).
//
//   node bench/hover-waits.mjs <prefix> [--profile <file.cpuprofile>] [--top 10] [--pass 0]
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const prefix = args[0];
const top = Number(option('top') ?? 10);
const passFilter = option('pass') === undefined ? null : Number(option('pass'));
const client = JSON.parse(fs.readFileSync(`${prefix}.client.json`, 'utf8'));
const server = JSON.parse(fs.readFileSync(`${prefix}.server.json`, 'utf8'));

// The k-th hover chunk on the server is the k-th hover sent (ten warm-up hovers come first).
const hoverChunks = server.chunks.filter((c) => c.hover);
const warmUps = hoverChunks.length - client.length;
const writeById = new Map(server.writes.flatMap((w) => w.ids.map((id) => [id, w])));
const rows = client.map((h, k) => {
  const chunk = hoverChunks[warmUps + k];
  const id = chunk.ids.at(-1);
  const write = writeById.get(id);
  // Usually the last answer, 30 ms before. After an idle gap (a pass's first keystroke) it is
  // seconds old: the keystroke's first chunk is used instead.
  const last = lastReadingBefore(h.sent);
  const before = h.changeSent - last.at < 100 ? last : server.chunks.find((c) => c.start >= h.changeSent);
  const gcs = server.gcs.filter((g) => g.start < h.received && g.start + g.duration > h.changeSent);
  return {
    ...h,
    total: h.received - h.sent,
    in: chunk.start - h.sent,
    server: write.at - chunk.start,
    out: h.received - write.at,
    // Run-queue wait and CPU of the main thread from its last reading before the hover was sent
    // (the didChange's chunk, or the last answer) to this answer.
    queued: write.wait - before.wait,
    ran: write.run - before.run,
    gcMs: gcs.reduce((sum, g) => sum + g.duration, 0),
    gcs,
  };
});
/** The main thread's schedstat as last read (at a chunk or an answer) before `at`. */
function lastReadingBefore(at) {
  let best = null;
  for (const r of [...server.chunks.map((c) => ({ ...c, at: c.start })), ...server.writes]) if (r.at <= at && (!best || r.at > best.at)) best = r;
  return best;
}
const chosen = rows.filter((r) => passFilter === null || r.pass === passFilter);
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const fmt = (x) => x.toFixed(2).padStart(7);
console.log(`${chosen.length} hovers; p50 / p99 / max (ms):`);
for (const key of ['total', 'in', 'server', 'out', 'queued', 'ran', 'gcMs']) {
  const values = chosen.map((r) => r[key]);
  console.log(`  ${key.padEnd(7)} ${fmt(quantile(values, 0.5))} ${fmt(quantile(values, 0.99))} ${fmt(Math.max(...values))}`);
}

// Each slow hover's main cause: the largest of the garbage collections in its window, the main
// thread's run-queue wait, the client's side and the server main thread's own CPU.
const slow = [...chosen].sort((a, b) => b.total - a.total).slice(0, Math.ceil(chosen.length / 50));
const causes = new Map();
for (const r of slow) causes.set(mainCause(r), (causes.get(mainCause(r)) ?? 0) + 1);
console.log(`the slowest 2% (${slow.length}), main cause: ${[...causes].map(([k, n]) => `${k} ${n}`).join(', ')}`);

const profile = option('profile') ? loadProfile(option('profile')) : null;
const slowest = [...chosen].sort((a, b) => b.total - a.total).slice(0, top);
console.log(`\nslowest ${top}: total = in + server + out; queued: the server main thread's run-queue wait, ran: its CPU, from its last reading before the hover was sent to the answer`);
for (const r of slowest) {
  const gcs = r.gcs.map((g) => `${kindName(g.kind)} ${g.duration.toFixed(1)}`).join(', ');
  console.log(`pass ${r.pass} #${r.keystroke}: total ${fmt(r.total)} = in ${fmt(r.in)} + server ${fmt(r.server)} + out ${fmt(r.out)}; queued ${r.queued.toFixed(2)} ran ${r.ran.toFixed(2)}${gcs ? `; gc ${gcs}` : ''}`);
  if (profile) for (const line of busyIn(profile, r.sent - 5, r.received)) console.log(`      ${line}`);
}

function mainCause(r) {
  // The client's part: its receiving (out) and the part of "in" the server's thread did not spend
  // in the run queue (the client wrote the request late).
  const client = r.out + Math.max(0, r.in - r.queued);
  const parts = { gc: r.gcMs, 'run queue': r.queued, client, 'server CPU': r.ran - r.gcMs };
  return Object.entries(parts).sort((a, b) => b[1] - a[1])[0][0];
}

function kindName(kind) {
  return { 1: 'scavenge', 4: 'mark-compact', 8: 'incremental', 16: 'weakcb' }[kind] ?? `gc${kind}`;
}

/** The profile's samples with their time on the shared clock (ms) and the frames from the root. */
function loadProfile(file) {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(raw.nodes.map((n) => [n.id, n]));
  const parentOf = new Map(raw.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));
  const stackOf = new Map();
  const stack = (id) => {
    if (!stackOf.has(id)) {
      const frames = [];
      for (let at = id; at !== undefined; at = parentOf.get(at)) frames.unshift(byId.get(at).callFrame);
      stackOf.set(id, frames);
    }
    return stackOf.get(id);
  };
  let time = raw.startTime;
  return raw.samples.map((id, i) => {
    time += raw.timeDeltas[i];
    return { at: time / 1000, frames: stack(id) };
  });
}

/** What the thread ran between from and to: samples by the outermost frame of Dossier's or the protocol library's code. */
function busyIn(samples, from, to) {
  const counts = new Map();
  let busy = 0;
  for (const s of samples) {
    if (s.at < from || s.at > to) continue;
    const leaf = s.frames.at(-1).functionName;
    if (leaf === '(idle)' || leaf === '(program)') continue;
    busy++;
    const key = leaf === '(garbage collector)' ? '(garbage collector)' : label(s.frames);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return [`${busy} busy samples in the window`, ...ranked.map(([k, n]) => `${String(n).padStart(4)}  ${k}`)];
}

/** The first frame of the project's code from the root (else the leaf), with the two frames under it. */
function label(frames) {
  const own = frames.findIndex((f) => /packages\/(lsp|corpus)\/dist/.test(f.url));
  const at = own === -1 ? frames.length - 1 : own;
  return frames
    .slice(at, at + 3)
    .map((f) => `${f.functionName || '(anonymous)'} ${f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : ''}`.trim())
    .join(' > ');
}
