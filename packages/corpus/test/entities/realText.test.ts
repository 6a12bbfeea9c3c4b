import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dossierPredictions, loadRealSet, scoreRealText, type RealFigures } from '../../eval/realText.js';

// Real annotated text nobody on this project wrote (test/fixtures/gum-dev, see its README): a
// ratchet on the figures recorded in eval/realtext-figures.json. A change that costs more than
// 0.01 on any of them fails here; one that gains should record the new figures.
const recorded = JSON.parse(readFileSync(new URL('../../eval/realtext-figures.json', import.meta.url), 'utf8')) as Record<string, number>;
const FIGURES = ['recallExact', 'recallPartial', 'precisionExact', 'personVsOther', 'aliasPairs'] as const satisfies readonly (keyof RealFigures)[];

describe('extraction quality on real annotated text (gum-dev)', async () => {
  const docs = loadRealSet();
  const s = scoreRealText(docs, await dossierPredictions());

  it('scores the whole set: 66 documents, 1,925 names, 164 alias pairs', () => {
    expect(docs).toHaveLength(66);
    expect(s.names).toBe(1925);
    expect(s.aliasPairCount).toBe(164);
    expect(s.predicted).toBeGreaterThan(1000);
  });

  it.each(FIGURES)('%s stays within 0.01 of the recorded figure', (figure) => {
    expect(recorded[figure]).toBeGreaterThan(0);
    expect(s[figure]).toBeGreaterThanOrEqual(recorded[figure]! - 0.01);
  });
});
