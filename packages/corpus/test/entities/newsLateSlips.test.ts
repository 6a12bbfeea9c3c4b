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

describe('late slips: a body\'s long name cut at a lower-case word or a second "for"', () => {
  it('"the Medicines and Healthcare products Regulatory Agency (MHRA)": the letters in brackets spell the words around "products", one name (it was cut in two there)', () => {
    const index = indexStory('drug-regulators.txt');
    const agency = 'Medicines and Healthcare products Regulatory Agency';
    expect(mentionsOf(index, agency)).toEqual([`${agency}@2:4`, 'MHRA@2:57', 'MHRA@5:4']);
    expect(typeOf(index, agency)).toBe('organization');
    expect(index.entities.filter((e) => e.name === 'Regulatory Agency' || e.name === 'Medicines and Healthcare')).toEqual([]);
  });

  it('"the Committee for Medicinal Products for Human Use": a body of dictionary words goes on through its second "for" (it lost "for Human Use")', () => {
    const index = indexStory('drug-regulators.txt');
    const committee = 'Committee for Medicinal Products for Human Use';
    expect(mentionsOf(index, committee)).toEqual([`${committee}@3:18`]);
    expect(typeOf(index, committee)).toBe('organization');
    expect(typeOf(index, 'Amsterdam')).toBe('place');
  });

  it('"The Fund for Responding to Loss and Damage approved grants": a capitalised gerund\'s "to" goes on to its objects (it was "Fund for Responding")', () => {
    const index = indexStory('climate-fund.txt');
    const fund = 'Fund for Responding to Loss and Damage';
    expect(mentionsOf(index, fund)).toEqual([`${fund}@2:4`]);
    expect(typeOf(index, fund)).toBe('organization');
    expect(typeOf(index, 'Malawi')).toBe('place');
  });

  it('"The United Nations High Commissioner for Refugees said": a known body of two words opens the office as "UN" does (it was cut to "United Nations")', () => {
    const index = indexStory('climate-fund.txt');
    const office = 'United Nations High Commissioner for Refugees';
    expect(mentionsOf(index, office)).toEqual([`${office}@3:4`]);
    expect(typeOf(index, office)).toBe('organization');
  });

  it('"Gavi, the Vaccine Alliance, said": the body and its own tagline are one entity', () => {
    const index = indexStory('climate-fund.txt');
    expect(mentionsOf(index, 'Gavi')).toEqual(['Gavi@4:0', 'Vaccine Alliance@4:10', 'Gavi@5:17']);
    expect(typeOf(index, 'Gavi')).toBe('organization');
  });
});
