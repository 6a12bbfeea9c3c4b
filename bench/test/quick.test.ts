import { describe, expect, it } from 'vitest';
import { runBench } from '../src/benchmark.js';

// CI runs the benchmark's quick mode for its correctness checks only; timings are not asserted.
describe('npm run bench -- --quick', () => {
  it('answers hovers and definitions on a generated corpus, cold and warm, and keeps the gold-set targets', async () => {
    const results = await runBench({ quick: true, log: () => undefined });
    const failed = results.checks.filter((c) => !c.ok);
    expect(failed, JSON.stringify(failed)).toEqual([]);
    expect(results.checks.length).toBeGreaterThanOrEqual(4);
    expect(results.sizes[0]!.articles).toBeGreaterThanOrEqual(1000);
  });
});
