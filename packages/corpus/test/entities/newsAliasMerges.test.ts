import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, mentionsByType, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short news stories written for these tests (test/fixtures/news-alias-merges), each indexed alone as
// a corpus of one article, with invented people and bodies: spellings of one entity in one story
// that were two entities, and spellings of two entities that must stay two. Mentions are
// "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-alias-merges', name);

describe('alias merges: a hypocoristic and a generation', () => {
  it('"Gov. Theodore J. Marlow Jr. … Ted Marlow … Marlow", "Robert A. Quint Jr. … Bobby Quint Jr.": the familiar name is the formal one with "Jr." (each was two persons)', () => {
    const index = indexStory('governor-signs.txt');
    expect(mentionsOf(index, 'Theodore J. Marlow Jr.')).toEqual(['Theodore J. Marlow Jr.@2:21', 'Ted Marlow@2:130', 'Marlow@2:185']);
    expect(mentionsOf(index, 'Robert A. Quint Jr.')).toEqual(['Robert A. Quint Jr.@3:0', 'Bobby Quint Jr.@3:74']);
  });

  it('"Bobby Dunmore Jr." is no "Robert Dunmore", his father; "Joe Laird" beside "Joseph Laird" and "Joseph Laird Jr." is neither for sure', () => {
    const index = indexStory('family-firm.txt');
    expect(mentionsOf(index, 'Bobby Dunmore Jr.')).toEqual(['Bobby Dunmore Jr.@2:0', 'Bobby Dunmore Jr.@2:115']);
    expect(mentionsOf(index, 'Robert Dunmore')).toEqual(['Robert Dunmore@2:64']);
    expect(mentionsOf(index, 'Donald Pryce')).toEqual(['Donald Pryce@3:33']);
    expect(mentionsOf(index, 'Joe Laird')).toEqual(['Joe Laird@3:131']);
    expect(names(index).filter((n) => n.includes('Laird')).sort()).toEqual(['Joe Laird', 'Joseph Laird', 'Joseph Laird Jr.']);
  });
});

describe('alias merges: an institution named with its state written short', () => {
  it('"Massachusetts General Hospital … Mass General", "The Pennsylvania State University … Penn State researchers": one body each (each was two), and "in Pennsylvania" stays the state', () => {
    const index = indexStory('hospital-trial.txt');
    expect(mentionsOf(index, 'Massachusetts General Hospital')).toEqual(['Massachusetts General Hospital@2:9', 'Mass General@2:118']);
    expect(mentionsOf(index, 'Penn State')).toEqual(['Pennsylvania State University@3:4', 'Penn State@3:65']);
    expect(mentionsOf(index, 'Pennsylvania')).toEqual(['Pennsylvania@3:114']);
  });
});

describe('alias merges: an acronym with its "of" or "for" in small letters', () => {
  it('"Bank of America Corp. … BofA analysts", "The Department for Education … a DfE spokesperson" beside "The Department of Energy … the DoE": each acronym is its own body\'s ("BofA" was a person, "DfE" other)', () => {
    const index = indexStory('contract-review.txt');
    expect(mentionsOf(index, 'Bank of America')).toEqual(['Bank of America Corp.@3:0', 'BofA@3:43']);
    expect(typeOf(index, 'Bank of America')).toBe('organization');
    expect(mentionsOf(index, 'Department for Education')).toEqual(['Department for Education@2:13', 'DfE@2:91']);
    expect(mentionsOf(index, 'Department of Energy')).toEqual(['Department of Energy@2:141', 'DoE@2:185']);
  });
});

describe('alias merges: an epithet closing with "-ed"', () => {
  it('"Edwin of Ashcombe …, also known as Abbot Edwin and Edwin the Learned": the epithet is the name\'s last word and the name is his (it was "Edwin" and a person "Learned"); "Kate the Rescued Dog", a book\'s title, gives no epithet', () => {
    const index = indexStory('abbey-founder.txt');
    expect(mentionsOf(index, 'Edwin the Learned')).toEqual(['Edwin of Ashcombe@2:0', 'Abbot Edwin@2:50', 'Edwin the Learned@2:66', 'Edwin the Learned@2:168']);
    expect(names(index).filter((n) => n.includes('Learned') || n.includes('Rescued'))).toEqual(['Edwin the Learned']);
  });
});

describe('alias merges: an office set off before its holder\'s name', () => {
  it('"opposed by the Governor, Maria Okafor, who said": the office is a mention of the person named right after it (it was no one\'s); not in a list of people, "the Speaker, Ana Ruiz and Tom Lee", "the Mayor, Dan Ortiz, Lena Hart, and Bob Tran"', () => {
    const index = indexStory('council-budget.txt');
    expect(mentionsOf(index, 'Maria Okafor')).toEqual(['Governor@2:28', 'Maria Okafor@2:38']);
    expect(mentionsOf(index, 'Ana Ruiz')).toEqual(['Ana Ruiz@2:128']);
    expect(mentionsOf(index, 'Dan Ortiz')).toEqual(['Dan Ortiz@3:42']);
    expect(typeOf(index, 'Maria Okafor')).toBe('person');
  });
});

describe('alias merges: a body\'s name across "and" that its acronym spells', () => {
  it('"The Office of Rail and Road … ORR chair Declan Fitzmaurice": one body, its acronym written later with no brackets (it was "Office of Rail", "Road" and "ORR"); "Britain and France", "Kent and Sussex" stay two places each', () => {
    const index = indexStory('rail-regulator.txt');
    expect(mentionsOf(index, 'Office of Rail and Road')).toEqual(['Office of Rail and Road@2:23', 'ORR@2:142']);
    expect(typeOf(index, 'Office of Rail and Road')).toBe('organization');
    expect(names(index).filter((n) => /Rail|Road|ORR/.test(n))).toEqual(['Office of Rail and Road']);
    expect(mentionsOf(index, 'France')).toEqual(['France@3:12']);
    expect(mentionsOf(index, 'Kent')).toEqual(['Kent@3:74']);
    expect(mentionsOf(index, 'Sussex')).toEqual(['Sussex@3:83']);
  });

  it('"Immigration and Customs Enforcement raided three farms … ICE officials said": dictionary words opening the sentence are the body its acronym names (the name was dropped, and "ICE" stood alone)', () => {
    const index = indexStory('farm-raids.txt');
    expect(mentionsOf(index, 'Immigration and Customs Enforcement')).toEqual(['Immigration and Customs Enforcement@2:22', 'ICE@2:111']);
    expect(typeOf(index, 'Immigration and Customs Enforcement')).toBe('organization');
    expect(names(index)).not.toContain('ICE');
  });

  it('"Professor Ada Kwarteng FRS … elected a Fellow of the Royal Society … the Royal Society said": an honour\'s grade and its letters after a name join nothing (it was a body "Fellow of the Royal Society")', () => {
    const index = indexStory('science-medal.txt');
    expect(mentionsOf(index, 'Royal Society')).toEqual(['Royal Society@2:119', 'Royal Society@2:150']);
    expect(names(index).filter((n) => n.includes('Fellow'))).toEqual([]);
    expect(mentionsOf(index, 'Ada Kwarteng')).toEqual(['Ada Kwarteng@2:24', 'Kwarteng@2:82']);
  });
});

describe('alias merges: a body the lists know given as another name', () => {
  it('"The Saudi Arabian Oil Company, known as Saudi Aramco, … Aramco is": the full name, the name the lists know and its short form are one body (the full name was a body of its own)', () => {
    const index = indexStory('oil-prices.txt');
    expect(mentionsOf(index, 'Saudi Aramco')).toEqual(['Saudi Arabian Oil Company@2:19', 'Saudi Aramco@2:55', 'Aramco@2:145']);
    expect(typeOf(index, 'Saudi Aramco')).toBe('organization');
  });
});

describe('alias merges: a known body\'s acronym in another language', () => {
  it('"Reporters Without Borders (RSF) condemned … RSF said": letters in brackets after a body the lists know are its acronym, though they spell its French name (RSF was a body of its own); "(CERN)" stays the one the lists give', () => {
    const index = indexStory('press-freedom.txt');
    expect(mentionsOf(index, 'Reporters Without Borders')).toEqual(['Reporters Without Borders@2:14', 'RSF@2:41', 'RSF@2:111']);
    expect(names(index)).not.toContain('RSF');
    expect(mentionsOf(index, 'CERN')).toEqual(['European Organization for Nuclear Research@3:4', 'CERN@3:48', 'CERN@3:98']);
  });
});

describe('alias merges: a company named after a town', () => {
  it('"Delta Air Lines Inc. … Delta said", "Berkshire Hathaway Inc. … Berkshire now owns": the first word, a town\'s in the lists only, is the company (it was dropped, and a county); "in Berkshire, England" stays the county', () => {
    const index = indexStory('airline-stake.txt');
    expect(mentionsOf(index, 'Delta Air Lines Inc.')).toEqual(['Delta Air Lines Inc.@2:15', 'Delta@2:110']);
    expect(mentionsOf(index, 'Berkshire Hathaway Inc.')).toEqual(['Berkshire Hathaway Inc.@3:0', 'Berkshire@3:72']);
    expect(mentionsByType(index, 'Berkshire')).toEqual({ place: ['Berkshire@3:161'] });
  });
});
