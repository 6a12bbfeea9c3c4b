// Run as a child process: indexes a folder the way the server does on one thread, then reports
// the peak resident set size, so that memory is measured without the benchmark's own.
import { indexCorpus } from '@dossier/corpus';

const dir = process.argv[2]!;
const started = performance.now();
const index = await indexCorpus([dir]);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024, seconds, entities: index.entities.length, mentions: index.mentionCount }) + '\n',
);
