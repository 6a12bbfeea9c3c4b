import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { isDatelinePlace } from '../../src/entities/gazetteer.js';
import { segmentText } from '../../src/segment/segmenter.js';
import { entityNames, indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short wire stories written for these tests (test/fixtures/news-business-wire), each indexed alone
// as a corpus of one article, with invented people, companies and agencies: companies named like
// people, South Asian colon datelines, a wire credit without its dash, a leader's allies. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-business-wire', name);

describe('business copy: a company named like a person', () => {
  it('"Shares of Morgan Lister fell … Morgan Lister said … that its quarterly trading revenue dropped … Lister said it would cut 2,000 jobs": a traded company (it was a person); "Morgan Ellis … said she would wait" stays a person', () => {
    const index = indexStory('traded-lister.txt');
    expect(mentionsOf(index, 'Morgan Lister')).toEqual(['Morgan Lister@2:31', 'Morgan Lister@2:67', 'Lister@4:0']);
    expect(typeOf(index, 'Morgan Lister')).toBe('organization');
    expect(mentionsOf(index, 'Morgan Ellis')).toEqual(['Morgan Ellis@6:0', 'Ellis@6:117']);
    expect(typeOf(index, 'Morgan Ellis')).toBe('person');
  });

  it('"Bennett Motor said … it would recall 40,000 cars. Bennett earned 85 cents per share … Shares of Bennett rose": a company (it was a person by its given name)', () => {
    const index = indexStory('traded-bennett.txt');
    expect(mentionsOf(index, 'Bennett Motor')).toEqual(['Bennett@0:9', 'Bennett Motor@2:20', 'Bennett@2:98', 'Bennett@4:10']);
    expect(typeOf(index, 'Bennett Motor')).toBe('organization');
  });

  it('"Shares of Halvex Corp fell. Chief executive Carla Brandt said its quarterly profit fell … Brandt said it would cut 300 jobs": the chief who speaks of the company stays a person', () => {
    const index = indexStory('chief-speaks.txt');
    expect(mentionsOf(index, 'Carla Brandt')).toEqual(['Carla Brandt@2:78', 'Brandt@4:0', 'Brandt@4:35']);
    expect(typeOf(index, 'Carla Brandt')).toBe('person');
    expect(typeOf(index, 'Halvex Corp')).toBe('organization');
  });
});

describe('South Asian colon datelines', () => {
  it('"DHAKA: Bangladesh\'s election authority …" under a headline: the dateline names the city (it was a section kicker, no mention)', () => {
    const index = indexStory('dateline-colon.txt');
    expect(mentionsOf(index, 'Dhaka')).toEqual(['DHAKA@2:0']);
    expect(typeOf(index, 'Dhaka')).toBe('place');
    expect(mentionsOf(index, 'Bangladesh')).toEqual(['Bangladesh@2:7']);
  });

  it('"NEW DELHI: India\'s central bank …" opening the file: the two words are the dateline\'s city', () => {
    const index = indexStory('dateline-colon-two-words.txt');
    expect(mentionsOf(index, 'New Delhi')).toEqual(['NEW DELHI@0:0']);
    expect(typeOf(index, 'New Delhi')).toBe('place');
  });

  it('"ANALYSIS: Why the rupee keeps falling": a kicker that names no place stays furniture', () => {
    expect(entityNames(indexStory('kicker-colon.txt'))).toEqual(['Mumbai']);
  });

  it('the segmenter reads a colon dateline only with the place predicate the analysis hands in, and only where a story opens', () => {
    const page = 'DHAKA: The vote goes ahead, the commission said.\n\nANALYSIS: Why the taka keeps falling\n';
    const [withPlaces] = segmentText(page, { isDatelinePlace }).articles;
    expect(withPlaces!.dateline?.text).toBe('DHAKA');
    expect(withPlaces!.kicker).toBeNull();
    const [withoutPlaces] = segmentText(page, {}).articles;
    expect(withoutPlaces!.dateline).toBeNull();
    expect(withoutPlaces!.kicker?.text).toBe('DHAKA');
  });
});

describe('a wire credit in parentheses without a dash', () => {
  it('"MOSCOW (Severpress) The Kremlin …": the credit is the agency, an organization (it was other)', () => {
    const index = indexStory('credit-no-dash.txt');
    expect(mentionsOf(index, 'Severpress')).toEqual(['Severpress@0:8']);
    expect(typeOf(index, 'Severpress')).toBe('organization');
    expect(mentionsOf(index, 'Moscow')).toEqual(['MOSCOW@0:0']);
    expect(mentionsOf(index, 'Kremlin')).toEqual(['Kremlin@0:24']);
  });

  it('"HAVANA (Prensa Latina) Cuba\'s …": a foreign head keeps its people\'s word, and that word is no town inside the name (it was "Prensa", other)', () => {
    const index = indexStory('credit-foreign-agency.txt');
    expect(mentionsOf(index, 'Prensa Latina')).toEqual(['Prensa Latina@0:8', 'Prensa Latina@2:51']);
    expect(typeOf(index, 'Prensa Latina')).toBe('organization');
    expect(entityNames(index)).not.toContain('Latina');
    expect(entityNames(index)).not.toContain('Prensa');
  });
});

describe('a leader named by one word before his people', () => {
  it('"several Halvani allies", "a spokeswoman for Halvani allies": one word no list knows before allies is a person (it was other); "NATO allies" stays the alliance', () => {
    const index = indexStory('followers-of-leader.txt');
    expect(mentionsOf(index, 'Halvani')).toEqual(['Halvani@2:43', 'Halvani@2:87']);
    expect(typeOf(index, 'Halvani')).toBe('person');
    expect(typeOf(index, 'NATO')).toBe('organization');
  });
});

describe('an executive\'s letters set off before a name', () => {
  it('"its CEO, Warren East, would retire", "The group\'s CFO, Dana North,": the letters, owned, are the post of the person named (Warren East was a place by "East")', () => {
    const index = indexStory('letters-post-apposed.txt');
    expect(mentionsOf(index, 'Warren East')).toEqual(['Warren East@2:52']);
    expect(typeOf(index, 'Warren East')).toBe('person');
    expect(typeOf(index, 'Dana North')).toBe('person');
    expect(typeOf(index, 'Halvard Semiconductor')).toBe('organization');
  });
});
