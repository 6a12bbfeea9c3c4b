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

describe('late slips: a body\'s head word alone before its official', () => {
  it('"Commission spokesperson Anna Dervieux said" after "The European Commission said": the head word before a role noun and a name is that body (it was a body apart)', () => {
    const index = indexStory('commission-spokesperson.txt');
    expect(mentionsOf(index, 'European Commission')).toEqual(['European Commission@2:4', 'Commission@3:0', 'Commission@4:38']);
    expect(typeOf(index, 'European Commission')).toBe('organization');
    expect(index.entities.filter((e) => e.name === 'Commission')).toEqual([]);
    expect(mentionsOf(index, 'Anna Dervieux')).toEqual(['Anna Dervieux@3:24']);
    expect(typeOf(index, 'Anna Dervieux')).toBe('person');
  });

  it('"Commission spokesman Ed Pratt" after two commissions: it stays apart from both', () => {
    const index = indexStory('two-commissions.txt');
    expect(mentionsOf(index, 'European Commission')).toEqual(['European Commission@2:4']);
    expect(mentionsOf(index, 'Federal Trade Commission')).toEqual(['Federal Trade Commission@3:4']);
    expect(mentionsOf(index, 'Ed Pratt')).toEqual(['Ed Pratt@3:70']);
  });
});

describe('late slips: a condition\'s describer in the possessive before what treats or studies it', () => {
  it('"Doctors who treat Parkinson\'s patients", "Funding for Huntington\'s research": the condition, other (a person and a town were made)', () => {
    const index = indexStory('eponym-drugs.txt');
    expect(mentionsOf(index, 'Parkinson')).toEqual(['Parkinson@3:18']);
    expect(typeOf(index, 'Parkinson')).toBe('other');
    expect(mentionsOf(index, 'Huntington')).toEqual(['Huntington@5:12']);
    expect(typeOf(index, 'Huntington')).toBe('other');
    expect(typeOf(index, 'Alzheimer')).toBe('other');
    expect(typeOf(index, 'Crohn')).toBe('other');
  });

  it('"Marsh\'s patients" after "Dr Helen Marsh": a doctor\'s patients keep her a person, and the drug\'s maker a company', () => {
    const index = indexStory('eponym-drugs.txt');
    expect(mentionsOf(index, 'Helen Marsh')).toEqual(['Helen Marsh@3:80', 'Marsh@4:0']);
    expect(typeOf(index, 'Helen Marsh')).toBe('person');
    expect(typeOf(index, 'Lumora')).toBe('organization');
  });
});
