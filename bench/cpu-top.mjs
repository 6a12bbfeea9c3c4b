#!/usr/bin/env node
// The functions with the most self time in a V8 CPU profile (node --cpu-prof), for BENCHMARKS.md.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof packages/corpus/dist/cli/main.js entities <corpus> --json > /dev/null
//   node bench/cpu-top.mjs /tmp/prof/*.cpuprofile [--top 15]
import { readCpuProfile } from './cpuProfile.mjs';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
const files = args.filter((a, i) => a.endsWith('.cpuprofile') && (topAt < 0 || i !== topAt + 1));
if (files.length === 0) {
  console.error('usage: node bench/cpu-top.mjs <profile.cpuprofile> [--top 15]');
  process.exit(2);
}
for (const file of files) {
  const { profile, nameAt } = readCpuProfile(file);
  const self = new Map();
  // Each sample is one tick of the node that was running; timeDeltas give each tick's length.
  profile.samples.forEach((id, i) => {
    const key = nameAt(id);
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
  console.log('| self ms | share | function |\n|---:|---:|---|');
  for (const [key, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`| ${(us / 1000).toFixed(0)} | ${((100 * us) / total).toFixed(1)}% | \`${key}\` |`);
  }
}
