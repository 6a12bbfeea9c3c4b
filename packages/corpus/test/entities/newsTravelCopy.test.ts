import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short travel stories written for these tests (test/fixtures/news-travel-copy), each indexed alone
// as a corpus of one article. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-travel-copy', name);

describe('travel copy: an airline before its flight', () => {
  it('"An Aer Lingus flight from Dublin": the name before "flight" is the airline (it was a person)', () => {
    const index = indexStory('flight-delays.txt');
    expect(mentionsOf(index, 'Aer Lingus')).toEqual(['Aer Lingus@2:3']);
    expect(typeOf(index, 'Aer Lingus')).toBe('organization');
    expect(typeOf(index, 'Wizz Air')).toBe('organization');
    expect(typeOf(index, 'Dublin')).toBe('place');
  });

  it('"the Apollo 11 flight": a mission\'s number before "flight" is no airline\'s', () => {
    const index = indexStory('flight-delays.txt');
    expect(mentionsOf(index, 'Apollo 11')).toEqual(['Apollo 11@4:68']);
    expect(typeOf(index, 'Apollo 11')).toBe('vessel');
  });
});

describe('travel copy: the Paralympics', () => {
  it('"at the 2012 Summer Paralympics in London": the games are an event with their year, as the Olympics are (it was "Summer Paralympics", other)', () => {
    const index = indexStory('games-trip.txt');
    expect(mentionsOf(index, '2012 Summer Paralympics')).toEqual(['2012 Summer Paralympics@2:29']);
    expect(typeOf(index, '2012 Summer Paralympics')).toBe('event');
    expect(typeOf(index, 'Paralympics')).toBe('event');
  });
});
