import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Wikinews-style stories from the science, health, environment, crime, transport and local desks,
// written for these tests (test/fixtures/news-science-desk): a headline, a date line, the body and a
// "Sources" list, each indexed alone as a corpus of one article. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-science-desk', name);

describe('science desk: landforms named by their last word', () => {
  it('"an expedition to the Muller Range", "the Hindenburg Ridge": a range or a ridge closing a name is a place (both were persons by the surnames before them)', () => {
    const index = indexStory('png-frogs.txt');
    expect(mentionsOf(index, 'Muller Range')).toEqual(['Muller Range@4:222']);
    expect(typeOf(index, 'Muller Range')).toBe('place');
    expect(mentionsOf(index, 'Hindenburg Ridge')).toEqual(['Hindenburg Ridge@6:224']);
    expect(typeOf(index, 'Hindenburg Ridge')).toBe('place');
    expect(typeOf(index, 'Star Mountains')).toBe('place');
    expect(typeOf(index, 'Stephen Richards')).toBe('person');
  });
});
