#!/usr/bin/env node
// What a V8 CPU profile (node --cpu-prof) was doing, slice by slice of time: for each slice, how
// long the thread was busy, the functions with the most self time and (with --inclusive N) the N
// frames most often on the stack. For "where did the warm start go" (BENCHMARKS.md).
//
//   node bench/cpu-timeline.mjs <profile.cpuprofile> [--slice 100] [--from 0] [--to 4000] [--inclusive 6]
import { readCpuProfile } from './cpuProfile.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const file = args.find((a) => a.endsWith('.cpuprofile'));
if (!file) {
  console.error('usage: node bench/cpu-timeline.mjs <profile.cpuprofile> [--slice ms] [--from ms] [--to ms] [--inclusive N]');
  process.exit(2);
}
const [slice, from, to, inclusive] = [option('slice', 100), option('from', 0), option('to', Infinity), option('inclusive', 0)];
const { profile, nameAt, stackNames } = readCpuProfile(file);

const slices = new Map();
let time = profile.startTime;
profile.samples.forEach((id, i) => {
  time += profile.timeDeltas[i];
  const ms = (time - profile.startTime) / 1000;
  if (ms < from || ms > to) return;
  const k = Math.floor(ms / slice);
  if (!slices.has(k)) slices.set(k, { self: new Map(), stack: new Map(), total: 0 });
  const s = slices.get(k);
  const tick = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]) / 1000;
  s.total += tick;
  add(s.self, nameAt(id), tick);
  for (const name of stackNames(id)) add(s.stack, name, tick);
});

for (const [k, s] of [...slices].sort((a, b) => a[0] - b[0])) {
  const busy = s.total - (s.self.get('(idle)') ?? 0);
  console.log(`${k * slice} ms: busy ${busy.toFixed(0)} ms; self: ${top(s.self, 4)}`);
  if (inclusive) console.log(`    on the stack: ${top(s.stack, inclusive)}`);
}

function add(map, key, value) {
  map.set(key, (map.get(key) ?? 0) + value);
}

function top(map, count) {
  return [...map]
    .filter(([name]) => !/^\((root|program|idle)\)$/.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(' | ');
}
