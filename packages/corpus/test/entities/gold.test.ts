import { describe, expect, it } from 'vitest';
import { loadGoldSet } from '../../eval/goldSet.js';
import { dossierMentions } from '../../eval/runDossier.js';
import { score } from '../../eval/score.js';

// The targets of the entity issue, checked on the hand-annotated development set. The held-out
// set's figures are reported in BENCHMARKS.md (npm run bench); it is not a test, so that nobody
// tunes the rules to it.
describe('extraction quality on the development gold set', () => {
  const gold = loadGoldSet('dev');
  const s = score(gold, dossierMentions(gold));

  it('reaches precision and recall of 0.95 and type accuracy of 0.9', () => {
    expect(s.gold).toBeGreaterThan(600);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.typeAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(s.mergeF1).toBeGreaterThanOrEqual(0.95);
  });
});
