import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNames, indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short transport, campus, trade, climate, protest and politics stories written for these tests
// (test/fixtures/news-span-links), each indexed alone as a corpus of one article, with invented
// people beside the bodies, places and parties such copy names: names cut, dropped or linked to
// the wrong entity. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-span-links', name);

describe('span links: a long body name closed by "Branch"', () => {
  it('"Britain\'s Marine Accident Investigation Branch have sent teams": three words or more before "Branch" are a body (they were dropped)', () => {
    const index = indexStory('ferry-crash.txt');
    expect(mentionsOf(index, 'Marine Accident Investigation Branch')).toEqual(['Marine Accident Investigation Branch@2:59']);
    expect(typeOf(index, 'Marine Accident Investigation Branch')).toBe('organization');
    expect(mentionsOf(index, 'Rail Accident Investigation Branch')).toEqual(['Rail Accident Investigation Branch@3:73']);
    expect(typeOf(index, 'Rail Accident Investigation Branch')).toBe('organization');
    expect(mentionsOf(index, 'Kirkwall Public Library Branch')).toEqual(['Kirkwall Public Library Branch@5:4']);
    expect(typeOf(index, 'Kirkwall Public Library Branch')).toBe('organization');
    expect(mentionsOf(index, 'United Kingdom')).toEqual(['Britain@2:49', 'Britain@3:63']);
  });

  it('"The historian Taylor Branch": a given name before "Branch" keeps a person', () => {
    const index = indexStory('ferry-crash.txt');
    expect(mentionsOf(index, 'Taylor Branch')).toEqual(['Taylor Branch@6:14']);
    expect(typeOf(index, 'Taylor Branch')).toBe('person');
    expect(entityNames(index).filter((n) => n.endsWith('Branch'))).toHaveLength(4);
  });
});
