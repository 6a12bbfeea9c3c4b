import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short business, sports, culture and science stories written for these tests
// (test/fixtures/news-evening-slips), each indexed alone as a corpus of one article, with invented
// people and firms beside the clubs, prizes and places such copy names. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-evening-slips', name);

describe('evening slips: a person\'s verb before "The company said"', () => {
  it('"Nadella praised the results. The company said revenue rose": a lone surname before a verb of praise, blame or meeting is a person, and "the company" another body (it was an organisation by the back-reference)', () => {
    const index = indexStory('ceo-results.txt');
    expect(mentionsOf(index, 'Nadella')).toEqual(['Nadella@7:0']);
    expect(typeOf(index, 'Nadella')).toBe('person');
    expect(mentionsOf(index, 'Vestergaard')).toEqual(['Vestergaard@5:0']);
    expect(typeOf(index, 'Vestergaard')).toBe('person');
    expect(mentionsOf(index, 'Lindqvist')).toEqual(['Lindqvist@8:0']);
    expect(typeOf(index, 'Lindqvist')).toBe('person');
  });

  it('"Coldplay announced a world tour. The band said": a verb of saying still leaves the name the body the next sentence refers back to', () => {
    const index = indexStory('ceo-results.txt');
    expect(mentionsOf(index, 'Coldplay')).toEqual(['Coldplay@6:0']);
    expect(typeOf(index, 'Coldplay')).toBe('organization');
    expect(mentionsOf(index, 'Maren Okafor')).toEqual(['Maren Okafor@2:31', 'Okafor@3:0']);
    expect(typeOf(index, 'Maren Okafor')).toBe('person');
    expect(typeOf(index, 'Harlow Systems')).toBe('organization');
  });
});

describe('evening slips: a club named after a place, by a transfer or its staff', () => {
  it('"joins Crystal Palace on loan": what a player joins or leaves on loan is a club, the headline\'s mention too (it was a place)', () => {
    const index = indexStory('transfer-deadline.txt');
    expect(mentionsOf(index, 'Crystal Palace')).toEqual(['Crystal Palace@0:27', 'Crystal Palace@2:25']);
    expect(typeOf(index, 'Crystal Palace')).toBe('organization');
    expect(typeOf(index, 'Fulham')).toBe('organization');
  });

  it('"Burnley\'s manager said", "the former striker of Middlesbrough": a club\'s staff before or after the name make it the club (both were places)', () => {
    const index = indexStory('transfer-deadline.txt');
    expect(mentionsOf(index, 'Burnley')).toEqual(['Burnley@4:0']);
    expect(typeOf(index, 'Burnley')).toBe('organization');
    expect(mentionsOf(index, 'Middlesbrough')).toEqual(['Middlesbrough@6:22']);
    expect(typeOf(index, 'Middlesbrough')).toBe('organization');
  });

  it('"Brentford\'s Yoane Wissa scored twice": the possessor of a scorer in a sentence of goals is his club (it was other); "Kenya\'s Benson Kipruto won the marathon" keeps the country', () => {
    const index = indexStory('transfer-deadline.txt');
    expect(mentionsOf(index, 'Brentford')).toEqual(['Brentford@5:0']);
    expect(typeOf(index, 'Brentford')).toBe('organization');
    expect(mentionsOf(index, 'Yoane Wissa')).toEqual(['Yoane Wissa@5:12']);
    expect(typeOf(index, 'Yoane Wissa')).toBe('person');
    expect(typeOf(index, 'Kenya')).toBe('place');
    expect(typeOf(index, 'Benson Kipruto')).toBe('person');
  });
});

describe('evening slips: a prize won by its name alone', () => {
  it('"won the Golden Lion", "won the Grand National": two or three capitalised dictionary words after a verb of winning and "the" are a prize (both were dropped)', () => {
    const index = indexStory('festival-prizes.txt');
    expect(mentionsOf(index, 'Golden Lion')).toEqual(['Golden Lion@2:45']);
    expect(typeOf(index, 'Golden Lion')).toBe('event');
    expect(mentionsOf(index, 'Grand National')).toEqual(['Grand National@5:31']);
    expect(typeOf(index, 'Grand National')).toBe('event');
  });

  it('"won the Premier League": a head word still decides what was won', () => {
    const index = indexStory('festival-prizes.txt');
    expect(mentionsOf(index, 'Premier League')).toEqual(['Premier League@6:21']);
    expect(typeOf(index, 'Premier League')).toBe('organization');
  });
});

describe('evening slips: a title opened by its own "The" after its maker\'s possessive', () => {
  it('"Pedro Almodóvar\'s The Room Next Door won": the title after a person\'s possessive and "The" is a work (it was dropped), the director stays a person', () => {
    const index = indexStory('festival-prizes.txt');
    expect(mentionsOf(index, 'Room Next Door')).toEqual(['Room Next Door@2:22']);
    expect(typeOf(index, 'Room Next Door')).toBe('other');
    expect(mentionsOf(index, 'Pedro Almodóvar')).toEqual(['Pedro Almodóvar@2:0']);
    expect(typeOf(index, 'Pedro Almodóvar')).toBe('person');
  });
});
