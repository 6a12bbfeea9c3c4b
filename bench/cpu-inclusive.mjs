#!/usr/bin/env node
// The functions with the most inclusive time in a V8 CPU profile (node --cpu-prof): each sample
// counts once for every distinct function on its stack, so a subtree that is cheap in each of its
// functions but costly as a whole shows up (cpu-top.mjs gives self time only). With --under NAME,
// only samples with NAME on their stack count, and shares are of those (for "what does analyzeFile
// spend its time on").
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --cpu-prof-interval 500 bench/analysis-cpu.mjs <corpus>
//   node bench/cpu-inclusive.mjs /tmp/prof/*.cpuprofile [--top 15] [--under analyzeFile]
import { readCpuProfile } from './cpuProfile.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const top = Number(option('top', 15));
const under = option('under', undefined);
const file = args.find((a) => a.endsWith('.cpuprofile'));
if (!file) {
  console.error('usage: node bench/cpu-inclusive.mjs <profile.cpuprofile> [--top 15] [--under FUNCTION]');
  process.exit(2);
}
const { profile, stackNames } = readCpuProfile(file);
const stackCache = new Map();
function stackOf(id) {
  if (!stackCache.has(id)) stackCache.set(id, stackNames(id));
  return stackCache.get(id);
}

const inclusive = new Map();
const self = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i] ?? 0;
  const names = stackOf(id);
  if (under && !names.some((n) => n.startsWith(`${under} `) || n === under)) return;
  total += us;
  for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
  self.set(names[0], (self.get(names[0]) ?? 0) + us);
});
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled${under ? ` under ${under}` : ''}`);
console.log('| inclusive ms | share | self ms | function |\n|---:|---:|---:|---|');
for (const [name, us] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  const selfMs = ((self.get(name) ?? 0) / 1000).toFixed(0);
  console.log(`| ${(us / 1000).toFixed(0)} | ${((100 * us) / total).toFixed(1)}% | ${selfMs} | \`${name}\` |`);
}
