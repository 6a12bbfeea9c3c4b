import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short culture, business and sports stories written for these tests (test/fixtures/news-culture-desk),
// each indexed alone as a corpus of one article, with invented people and titles: shapes of real
// box-office, music and market copy. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-culture-desk', name);

describe('culture desk: an unquoted title after a work\'s noun', () => {
  it('"the caper comedy Burn After Reading from", "her low-budget comedy The Family That Preys on Friday": a title goes on through its capitalised function words (it was a place "Reading", a body "Family")', () => {
    const index = indexStory('weekend-grosses.txt');
    expect(mentionsOf(index, 'Burn After Reading')).toEqual(['Burn After Reading@2:17']);
    expect(typeOf(index, 'Burn After Reading')).toBe('other');
    expect(mentionsOf(index, 'Family That Preys')).toEqual(['Family That Preys@3:63']);
    expect(typeOf(index, 'Family That Preys')).toBe('other');
    expect(names(index).filter((n) => n === 'Reading' || n === 'Family' || n === 'Friday')).toEqual([]);
    expect(typeOf(index, 'Varley')).toBe('person');
    expect(typeOf(index, 'Tessa Marlowe')).toBe('person');
  });

  it('"The radical comedic thriller One Battle After Another", "Her new series The Man Who Sold the Moon": the noun\'s determiner may open the sentence, and short words in lower case stay inside', () => {
    const index = indexStory('weekend-grosses.txt');
    expect(mentionsOf(index, 'One Battle After Another')).toEqual(['One Battle After Another@4:29']);
    expect(typeOf(index, 'One Battle After Another')).toBe('other');
    expect(mentionsOf(index, 'Man Who Sold the Moon')).toEqual(['Man Who Sold the Moon@5:19']);
    expect(mentionsOf(index, 'Flight of the Phoenix')).toEqual(['Flight of the Phoenix@5:80']);
    expect(typeOf(index, 'Dorian Ashcombe')).toBe('person');
  });

  it('"The film Calder opened in London on Friday": a title of one name stops before the sentence goes on, and the town is a place', () => {
    const index = indexStory('weekend-grosses.txt');
    expect(mentionsOf(index, 'Calder')).toEqual(['Calder@6:9']);
    expect(mentionsOf(index, 'London')).toEqual(['London@6:26']);
    expect(typeOf(index, 'London')).toBe('place');
  });
});

describe('culture desk: whose men', () => {
  it('"Van Aalst\'s men could have few complaints": men after a possessive are the coach\'s, no sign of a place (he was a place), while "A Barton man" still comes from a town', () => {
    const index = indexStory('goalless-draw.txt');
    expect(mentionsOf(index, 'Piet van Aalst')).toEqual(['Piet van Aalst@2:0', 'Van Aalst@3:0']);
    expect(typeOf(index, 'Piet van Aalst')).toBe('person');
    expect(mentionsOf(index, 'Barton')).toEqual(['Barton@4:2']);
    expect(typeOf(index, 'Barton')).toBe('place');
  });
});

describe('culture desk: a made thing\'s designer', () => {
  it('"chip designer Kestrix on Monday rolled out": a designer of chips named by no person\'s shape is a firm (it was a person by the role noun); "chip designer Lena Marsh" opens with a forename', () => {
    const index = indexStory('chip-designer.txt');
    expect(mentionsOf(index, 'Kestrix')).toEqual(['Kestrix@2:34', 'Kestrix@3:0', 'Kestrix@3:79']);
    expect(typeOf(index, 'Kestrix')).toBe('organization');
    expect(typeOf(index, 'Lena Marsh')).toBe('person');
  });
});
