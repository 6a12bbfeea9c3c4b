import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short news stories written for these tests (test/fixtures/news-same-story-aliases), each indexed
// alone as a corpus of one article, with invented players: two spellings of one name in one story
// that should end in one entity, and the look-alikes that must stay apart. Mentions are
// "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-same-story-aliases', name);

describe('same-story aliases: a known town is the school named after it where the sentence says so', () => {
  it('"was sent to Harrow, where he remained until 1963" is the "Harrow School" of its next sentence (it was the town); "sent to Harrow, where he lived with an aunt" stays the town', () => {
    const index = indexStory('poet-schooling.txt');
    expect(mentionsOf(index, 'Harrow School')).toEqual(['Harrow@2:34', 'Harrow School@2:105']);
    expect(typeOf(index, 'Harrow School')).toBe('organization');
    expect(mentionsOf(index, 'Harrow')).toContain('Harrow@3:37');
    expect(typeOf(index, 'Harrow')).toBe('place');
  });
});

describe('same-story aliases: a campus named by its university\'s capitals', () => {
  it('"the University of Texas at Austin … UT Austin said" is one university (they were two); "UC Davis" is not the "University of California, Los Angeles"', () => {
    const index = indexStory('campus-tuition.txt');
    expect(mentionsOf(index, 'University of Texas at Austin')).toEqual(['University of Texas at Austin@2:4', 'UT Austin@2:70']);
    expect(typeOf(index, 'University of Texas at Austin')).toBe('organization');
    expect(mentionsOf(index, 'University of California, Los Angeles')).toEqual(['University of California, Los Angeles@3:18']);
    expect(mentionsOf(index, 'UC Davis')).toEqual(['UC Davis@3:61', 'UC Davis@3:102']);
  });
});

describe('same-story aliases: a show named after its hosts\' given names', () => {
  it('"The Nina Marco Podcast" after "Nina Quist" and "Marco Landry": each given name is its host (it was one person, "Nina Marco")', () => {
    const index = indexStory('podcast-hosts.txt');
    expect(mentionsOf(index, 'Nina Quist')).toEqual(['Nina Quist@0:9', 'Quist@0:81', 'Nina@0:97']);
    expect(mentionsOf(index, 'Marco Landry')).toEqual(['Marco Landry@0:36', 'Marco@0:102']);
    expect(names(index).filter((n) => n.startsWith('Nina Marco') && !n.includes('Podcast'))).toEqual([]);
  });

  it('\'"The Lena and Julien Podcast"\' after "Lena Vasquez" and "Julien Okoro": the quoted title goes on over "and", and each given name, listed or not, is its host (it was cut to "Julien Podcast")', () => {
    const index = indexStory('podcast-hosts-and.txt');
    expect(mentionsOf(index, 'Lena and Julien Podcast')).toEqual(['Lena and Julien Podcast@0:101']);
    expect(typeOf(index, 'Lena and Julien Podcast')).toBe('other');
    expect(mentionsOf(index, 'Lena Vasquez')).toEqual(['Lena Vasquez@0:9', 'Vasquez@0:83', 'Lena@0:101']);
    expect(mentionsOf(index, 'Julien Okoro')).toEqual(['Julien Okoro@0:38', 'Julien@0:110']);
    expect(names(index).filter((n) => n === 'Julien Podcast')).toEqual([]);
  });
});
