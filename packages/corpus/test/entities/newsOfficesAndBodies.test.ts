import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNames, indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short wire stories written for these tests (test/fixtures/news-offices-bodies), each indexed alone
// as a corpus of one article: offices and their letters in business copy, a member's seat, a
// company's legal form and short forms, a result line as a title and a town's centre in a match
// report. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-offices-bodies', name);

describe('offices with their letters in business copy', () => {
  it('"Kestrel Oil Group Chief Executive Officer (GCEO), Bayo Ojulari, said": the company is "Kestrel Oil", the office and its letters name no one (the whole was an other, "GCEO" an organization)', () => {
    const index = indexStory('group-office.txt');
    expect(mentionsOf(index, 'Kestrel Oil')).toEqual(['Kestrel Oil@0:0', 'Kestrel Oil@2:18', 'Kestrel Oil@6:0']);
    expect(typeOf(index, 'Kestrel Oil')).toBe('organization');
    expect(mentionsOf(index, 'Bayo Ojulari')).toEqual(['Bayo Ojulari@2:68', 'Ojulari@4:0']);
    expect(typeOf(index, 'Bayo Ojulari')).toBe('person');
    expect(entityNames(index)).not.toContain('Kestrel Oil Group Chief Executive Officer');
    expect(entityNames(index)).not.toContain('GCEO');
  });

  it('"The Group Managing Director (GMD), Tamuno Briggs, will step down": the office is the holder\'s, no body (it was an organization "Group Managing Director" with its alias "GMD")', () => {
    const index = indexStory('group-office.txt');
    expect(mentionsOf(index, 'Tamuno Briggs')).toEqual(['Tamuno Briggs@4:126']);
    expect(typeOf(index, 'Tamuno Briggs')).toBe('person');
    expect(entityNames(index)).not.toContain('Group Managing Director');
    expect(entityNames(index)).not.toContain('GMD');
  });

  it('"the Managing Director/Chief Executive Officer (MD/CEO) of Tenbury Bank, Chidi Okonkwo, said": two offices\' letters joined by a slash name no body (it gave an organization "MD")', () => {
    const index = indexStory('group-office.txt');
    expect(mentionsOf(index, 'Tenbury Bank')).toEqual(['Tenbury Bank@8:70']);
    expect(mentionsOf(index, 'Chidi Okonkwo')).toEqual(['Chidi Okonkwo@8:84']);
    expect(typeOf(index, 'Chidi Okonkwo')).toBe('person');
    expect(entityNames(index)).not.toContain('MD');
    expect(entityNames(index)).not.toContain('Managing Director');
  });
});

describe('bodies\' and seats\' names', () => {
  it('"Conservative MP Gareth Holbrook (Grantham & Stamford) said": the seat in parentheses is a place, though an ampersand joins it (it was an organization)', () => {
    const index = indexStory('mp-seat.txt');
    expect(mentionsOf(index, 'Grantham & Stamford')).toEqual(['Grantham & Stamford@2:52']);
    expect(typeOf(index, 'Grantham & Stamford')).toBe('place');
    expect(typeOf(index, 'Bexhill & Battle')).toBe('place');
    expect(typeOf(index, 'Gareth Holbrook')).toBe('person');
  });

  it('"The Zambian National Mining Company Limited (ZNMC Ltd) … ZNMC said": the nationality opens the company\'s name before its legal form, and the letters are its aliases (the long form was lost, the entity named "ZNMC Ltd"); "The Malawian State Grain Company Limited said" keeps its nationality and is an organization (it was "State Grain Company Limited")', () => {
    const index = indexStory('company-limited.txt');
    expect(mentionsOf(index, 'Zambian National Mining Company Limited')).toEqual(['Zambian National Mining Company Limited@2:23', 'ZNMC Ltd@2:64', 'ZNMC@4:0']);
    expect(typeOf(index, 'Zambian National Mining Company Limited')).toBe('organization');
    expect(mentionsOf(index, 'Malawian State Grain Company Limited')).toEqual(['Malawian State Grain Company Limited@4:72']);
    expect(typeOf(index, 'Malawian State Grain Company Limited')).toBe('organization');
  });
});

describe('a company\'s short forms in business copy', () => {
  it('\'"We are disappointed by the court\'s decision," a Brennick spokesperson said\': a body\'s word after "a", before a noun, is the body named before (it was a body "Brennick" of its own)', () => {
    const index = indexStory('spokesperson.txt');
    expect(mentionsOf(index, 'Brennick Group')).toEqual(['Brennick@0:13', 'Brennick Group@2:57', 'Brennick@4:49']);
    expect(typeOf(index, 'Brennick Group')).toBe('organization');
    expect(entityNames(index)).not.toContain('Brennick');
  });

  it('"Marlow\'s Ghanaian unit, Marlow Ghana Limited, has been in talks": a name closed by "Limited" is a company\'s (it was a person), and "Marlow\'s" stays Marlow Foods, not its unit in a country', () => {
    const index = indexStory('spokesperson.txt');
    expect(mentionsOf(index, 'Marlow Ghana Limited')).toEqual(['Marlow Ghana Limited@4:101']);
    expect(typeOf(index, 'Marlow Ghana Limited')).toBe('organization');
    expect(mentionsOf(index, 'Marlow Foods')).toEqual(['Marlow Foods@0:34', 'Marlow Foods@2:97', 'Marlow@4:77']);
  });

  it('"Harlow & Finch Group Plc (H&F) … H&F said", "Darby & Stone Group said … D&S shares": an ampersand\'s letters spell the company\'s name without its group\'s word and legal form (each was a body of its own)', () => {
    const index = indexStory('ampersand-group.txt');
    expect(mentionsOf(index, 'Harlow & Finch Group Plc')).toEqual(['Harlow & Finch Group Plc@2:19', 'H&F@2:45', 'H&F@2:137']);
    expect(mentionsOf(index, 'Darby & Stone Group')).toEqual(['Darby & Stone Group@4:13', 'D&S@4:64']);
    expect(entityNames(index)).not.toContain('H&F');
    expect(entityNames(index)).not.toContain('D&S');
  });
});

describe('a match report\'s title and its town', () => {
  it('"Castlebury Town 1 Northam City 2" as a title over a story that writes only "Northam": the title\'s mention is the whole club\'s name, closer included (it was "Northam")', () => {
    const index = indexStory('result-title.txt');
    expect(mentionsOf(index, 'Northam')).toEqual(['Northam City@0:18', 'Northam@2:0', 'Northam@4:0']);
    expect(typeOf(index, 'Northam')).toBe('organization');
  });

  it('"Fans gathered in the centre of Swansea" in a match report: the town\'s centre is the town\'s, a place, as "the streets of Swansea" is (it joined the club)', () => {
    const index = indexStory('town-centre.txt');
    expect(mentionsOf(index, 'Swansea')).toEqual(['Swansea@6:31', 'Swansea@6:102']);
    expect(typeOf(index, 'Swansea')).toBe('place');
    expect(mentionsOf(index, 'Swansea City')).toEqual(['Swansea City@0:0', 'Swansea City@2:0', 'Swansea@4:44', 'Swansea@4:88']);
    expect(typeOf(index, 'Swansea City')).toBe('organization');
  });
});
