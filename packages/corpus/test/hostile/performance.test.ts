import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findNameRuns } from '../../src/entities/nameRuns.js';
import { TokenView } from '../../src/entities/tokenView.js';
import { segmentText } from '../../src/segment/segmenter.js';
import { tokenize } from '../../src/text/tokenize.js';

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
// Generous timeouts: under `npm test` every package's tests share two cores.
describe('indexing time grows with the text, not faster', { timeout: 60_000 }, () => {
  it('segments an article of 200,000 short lines without overflowing the call stack', () => {
    // Segmenter.close used Math.max(...ends) over every paragraph: a 100 MB file of short lines overflowed.
    const { articles } = segmentText('the cranes were idle.\n'.repeat(200_000), { capturedAt: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).toHaveLength(200_000);
  });

  // These two inputs once took hours (super-linear work per capitalised run, and per short form
  // in one article). They are hang guards, not performance measurements (those are in npm run bench):
  // the budget is far above the few hundred milliseconds they take now, so that only a regression to
  // super-linear time fails, on any machine.
  it('indexes a 200,000-character line of capitalised words (a tag cloud) and finishes', () => {
    const { status } = indexWithin('Abc '.repeat(50_000), 30_000);
    expect(status).toBe(0);
  });

  it('indexes 30,000 short lines that each name someone, in one article, and finishes', () => {
    const line = 'the port authority said the cranes were idle and Officials said Ingrid Valtersen waited.\n';
    const { status } = indexWithin(line.repeat(30_000), 30_000);
    expect(status).toBe(0);
  });

  it('cuts a run of capitalised words into bounded runs, whatever its length', () => {
    const text = 'Abc '.repeat(5_000);
    const tokens = tokenize(text);
    const view = new TokenView(text, tokens);
    const runs = findNameRuns(view, 0, tokens.count);
    expect(runs.length).toBeGreaterThan(100);
    expect(Math.max(...runs.map((r) => r.end - r.first))).toBeLessThanOrEqual(24);
  });
});
