import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Election-night, obituary, religious-affairs and world stories written for these tests
// (test/fixtures/news-elections-obituaries), each indexed alone as a corpus of one article, with real
// bodies and invented or public people. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-elections-obituaries', name);

describe('elections: who took the poll', () => {
  it('"according to an exit poll by Infratest Dimap for the broadcaster ARD": who takes a poll is a pollster\'s firm (it was a person by its two unlisted words)', () => {
    const index = indexStory('election-night.txt');
    expect(mentionsOf(index, 'Infratest Dimap')).toEqual(['Infratest Dimap@2:161']);
    expect(typeOf(index, 'Infratest Dimap')).toBe('organization');
    expect(typeOf(index, 'ARD')).toBe('organization');
  });

  it('"A final poll by Ann Selzer for The Des Moines Register", "a survey by YouGov": a pollster named by a given name stays a person, a firm a firm', () => {
    const index = indexStory('by-elections.txt');
    expect(mentionsOf(index, 'Ann Selzer')).toEqual(['Ann Selzer@5:16']);
    expect(typeOf(index, 'Ann Selzer')).toBe('person');
    expect(typeOf(index, 'YouGov')).toBe('organization');
  });
});
