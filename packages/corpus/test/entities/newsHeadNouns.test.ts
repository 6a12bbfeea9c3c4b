import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNamed, indexFixtureStory, mentionsAtLines as mentionsOf } from '../helpers/indexTexts.js';

// A body's head noun alone, capitalised, after its full name (test/fixtures/alias-forms-news):
// the story's only body with that head, and none where two have it. Mentions are written
// "text@line:character" (LSP positions).

const indexStory = (name: string): CorpusIndex => indexFixtureStory('alias-forms-news', name);

describe('news alias forms: a body by its head noun', () => {
  it('"The Tenth Circuit Court of Appeals … the Court held … The Court sent the case back" is the one court; "the full court" in lower case names nothing', () => {
    const index = indexStory('tenth-circuit-court.txt');
    expect(mentionsOf(index, 'Tenth Circuit Court of Appeals')).toEqual(['Tenth Circuit Court of Appeals@2:13', 'Court@4:23', 'Court@6:4']);
  });

  it('"The European Data Commission and the Irish Media Commission … The Commission said": two commissions, so "the Commission" is neither', () => {
    const index = indexStory('two-commissions.txt');
    expect(mentionsOf(index, 'European Data Commission')).toEqual(['European Data Commission@2:15']);
    expect(mentionsOf(index, 'Irish Media Commission')).toEqual(['Irish Media Commission@2:48']);
    expect(entityNamed(index, 'Commission').type).toBe('organization');
  });
});
