import { generateCorpus } from './generate.js';

// npm run generate -w @dossier/bench -- <folder> <articles> [seed]
const [dir, count, seed] = process.argv.slice(2);
if (!dir || !count) {
  console.error('usage: generate <folder> <articles> [seed]');
  process.exit(2);
}
const started = Date.now();
const result = generateCorpus(dir, Number(count), seed ? Number(seed) : 42);
console.log(`${result.articles} articles in ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB, in ${Date.now() - started} ms`);
