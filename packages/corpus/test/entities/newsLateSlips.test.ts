import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short energy, health and Brussels stories written for these tests (test/fixtures/news-late-slips),
// each indexed alone as a corpus of one article, with invented people and firms beside the places
// and bodies such copy names. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-late-slips', name);

describe('late slips: a bank of the sea and a field where oil or gas is drawn', () => {
  it('"Turbines in the Dogger Bank area": a name closing with "Bank" before "area" is a place (it was a body by "Bank")', () => {
    const index = indexStory('north-sea-fields.txt');
    expect(mentionsOf(index, 'Dogger Bank')).toEqual(['Dogger Bank@2:16']);
    expect(typeOf(index, 'Dogger Bank')).toBe('place');
  });

  it('"Equinor\'s Rosebank oil field": the field is a place (a body by "-bank"), its owner stays a company', () => {
    const index = indexStory('north-sea-fields.txt');
    expect(mentionsOf(index, 'Rosebank')).toEqual(['Rosebank@3:10']);
    expect(typeOf(index, 'Rosebank')).toBe('place');
    expect(mentionsOf(index, 'Equinor')).toEqual(['Equinor@3:0']);
    expect(typeOf(index, 'Equinor')).toBe('organization');
    expect(typeOf(index, 'Cygnus')).toBe('place');
    expect(typeOf(index, 'Bowland Basin')).toBe('place');
  });

  it('"the World Bank area office": a bank the lists know keeps its body', () => {
    const index = indexStory('north-sea-fields.txt');
    expect(mentionsOf(index, 'World Bank')).toEqual(['World Bank@5:13']);
    expect(typeOf(index, 'World Bank')).toBe('organization');
  });
});
