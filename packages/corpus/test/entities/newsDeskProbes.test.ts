import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short aviation, labour, markets, technology and farm stories written for these tests
// (test/fixtures/news-desk-probes), each indexed alone as a corpus of one article, with invented
// people beside the bodies, airports, firms and products such copy names. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-desk-probes', name);

describe('desk probes: a body whose head word is followed by "General"', () => {
  it('"the Directorate General of Airports", "Egypt\'s Directorate-General for Air Navigation": the body\'s name goes on past "General" through "of" or "for" (both were cut to "Directorate General")', () => {
    const index = indexStory('air-safety.txt');
    expect(mentionsOf(index, 'Directorate General of Airports')).toEqual(['Directorate General of Airports@8:51']);
    expect(typeOf(index, 'Directorate General of Airports')).toBe('organization');
    expect(mentionsOf(index, 'Directorate-General for Air Navigation')).toEqual(['Directorate-General for Air Navigation@8:116']);
    expect(typeOf(index, 'Directorate-General for Air Navigation')).toBe('organization');
    expect(names(index)).not.toContain('Directorate General');
  });
});
