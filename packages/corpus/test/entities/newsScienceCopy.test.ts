import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short science and health stories written for these tests (test/fixtures/news-science-copy), each
// indexed alone as a corpus of one article, with invented people: shapes of real science copy that
// cut a journal's name or made a place of a university. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-science-copy', name);

describe('science copy: journals named with "of"', () => {
  it('"published in the Annals of Internal Medicine", "the Proceedings of the Royal Society B": a journal\'s head word opens its name (the first was missed, the second cut into "Proceedings" and "Royal Society B")', () => {
    const index = indexStory('sleep-study.txt');
    expect(mentionsOf(index, 'Annals of Internal Medicine')).toEqual(['Annals of Internal Medicine@2:31']);
    expect(typeOf(index, 'Annals of Internal Medicine')).toBe('organization');
    expect(mentionsOf(index, 'Proceedings of the Royal Society B')).toEqual(['Proceedings of the Royal Society B@2:177']);
    expect(names(index)).not.toContain('Proceedings');
    expect(names(index)).not.toContain('Royal Society B');
  });
});

describe('science copy: where academics work', () => {
  it('"an associate professor at UMD", "a lecturer at LSE", "an epidemiologist at KCL": a university\'s staff work at a body (all three were places)', () => {
    const index = indexStory('sleep-study.txt');
    for (const name of ['UMD', 'LSE', 'KCL']) expect(typeOf(index, name), name).toBe('organization');
    expect(mentionsOf(index, 'UMD')).toEqual(['UMD@4:94']);
    expect(typeOf(index, 'Mara Lindqvist')).toBe('person');
    expect(typeOf(index, 'Ana Duarte')).toBe('person');
  });
});

describe('science copy: a body before its research staff', () => {
  it('"a study by Stanford researchers", "Mayo scientists repeated it", "Google engineer Priya Raman": the name before research staff is their university, clinic or firm (Stanford was a person, Mayo a place)', () => {
    const index = indexStory('trial-team.txt');
    expect(mentionsOf(index, 'Stanford')).toEqual(['Stanford@2:11']);
    expect(typeOf(index, 'Stanford')).toBe('organization');
    expect(typeOf(index, 'Mayo')).toBe('organization');
    expect(typeOf(index, 'Google')).toBe('organization');
    expect(mentionsOf(index, 'Priya Raman')).toEqual(['Priya Raman@2:159']);
    expect(typeOf(index, 'Priya Raman')).toBe('person');
  });
});
