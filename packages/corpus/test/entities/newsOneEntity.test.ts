import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short wire stories written for these tests (test/fixtures/news-one-entity), each indexed alone as
// a corpus of one article, with invented people and clubs: one thing is one entity with one span.
// Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-one-entity', name);

describe('one thing, one span: bodies whose name holds "and"', () => {
  it('"The Hostages and Missing Families Forum said" is one body (it was cut at "and" into "Hostages" and "Missing Families Forum"); "Hamas and Islamic Jihad" stay two', () => {
    const index = indexStory('forum-and.txt');
    expect(mentionsOf(index, 'Hostages and Missing Families Forum')).toEqual(['Hostages and Missing Families Forum@2:25']);
    expect(typeOf(index, 'Hostages and Missing Families Forum')).toBe('organization');
    expect(mentionsOf(index, 'Bill and Melinda Gates Foundation')).toEqual(['Bill and Melinda Gates Foundation@4:4']);
    expect(mentionsOf(index, 'Food and Drug Administration')).toEqual(['Food and Drug Administration@4:85']);
    expect(mentionsOf(index, 'Hamas')).toEqual(['Hamas@6:0']);
    expect(mentionsOf(index, 'Islamic Jihad')).toEqual(['Islamic Jihad@6:10']);
  });
});
