import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/segment/segmenter.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

function indexWithin(text: string, budgetMs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-slow-'));
  try {
    writeFileSync(join(dir, 'page.txt'), text);
    const started = performance.now();
    const result = spawnSync(process.execPath, [CLI, 'entities', dir, '--json'], { encoding: 'utf8', timeout: budgetMs, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024 });
    return { status: result.status, elapsed: performance.now() - started };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A 2 MiB line of prose is in the hostile corpus (indexCorpus.test.ts, cli.test.ts).
describe('indexing time grows with the text, not faster', () => {
  it('segments an article of 200,000 short lines without overflowing the call stack', () => {
    // Segmenter.close used Math.max(...ends) over every paragraph: a 100 MB file of short lines overflowed.
    const { articles } = segmentText('the cranes were idle.\n'.repeat(200_000), { capturedAt: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).toHaveLength(200_000);
  });

  // Not fixed (packages/corpus/src/entities, off limits here): a long run of capitalised words
  // ("Abc Abc Abc …", a tag cloud or a Title-Cased list without punctuation) takes super-linear time.
  // knownPrefixEnd (entities/refineRun.ts) builds the key of every prefix of a run (TokenView.keyOf)
  // for every start. Measured: cubic at first (20,000 characters: 16 s); after the nameRuns.ts change
  // of the same day, quadratic (20,000: 2.4 s, 40,000: 8 s, 80,000: 32 s, so 2 MB: hours). The
  // language server analyses on its main thread, so it stops answering meanwhile. Bounding the prefix
  // by the longest gazetteer name (in tokens) should make it linear. Remove `.fails` then.
  it.fails('indexes a 200,000-character line of capitalised words in under 1.5 seconds', () => {
    const { status } = indexWithin('Abc '.repeat(50_000), 1500);
    expect(status).toBe(0);
  });

  // Not fixed (packages/corpus/src/entities, off limits here): linkShortForms (with matchesShortForm)
  // in entities/articleMentions.ts is quadratic in the mentions of one article. A page of short lines
  // that each name someone is one article: 4,000 lines take 0.7 s, 8,000 take 2.4 s, so the 760,000
  // lines of a 64 MiB file never finish (found by the fuzz run's 100 MiB file). Remove `.fails` then.
  it.fails('indexes 30,000 short lines that each name someone in under 2 seconds', () => {
    const line = 'the port authority said the cranes were idle and Officials said Ingrid Valtersen waited.\n';
    const { status } = indexWithin(line.repeat(30_000), 2000);
    expect(status).toBe(0);
  });
});
