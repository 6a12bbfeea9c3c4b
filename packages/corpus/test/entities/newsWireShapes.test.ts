import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short wire stories written for these tests (test/fixtures/news-wire-shapes), each indexed alone as
// a corpus of one article, with invented people: name particles in a headline, an Egyptian resort,
// college conferences, Spanish names with "de los"/"de las". Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-wire-shapes', name);

describe('wire shapes: name particles in a headline', () => {
  it('"EU chief von der Leyen warns …", "Dutch minister van der Berg backs …": the lower-case particles are the title mention\'s (it was "Leyen" and "Berg")', () => {
    const index = indexStory('eu-headline.txt');
    expect(mentionsOf(index, 'Ursula von der Leyen')).toEqual(['von der Leyen@0:9', 'Ursula von der Leyen@2:51', 'Von der Leyen@2:154']);
    expect(mentionsOf(index, 'Joost van der Berg')).toEqual(['van der Berg@0:64', 'Joost van der Berg@4:21', 'van der Berg@4:112']);
    expect(typeOf(index, 'Joost van der Berg')).toBe('person');
  });
});

describe('wire shapes: places', () => {
  it('"met in Sharm el-Sheikh on Monday": the resort is a place (its "Sheikh" made it a person); Ras al-Khaimah and Dar es Salaam stay places', () => {
    const index = indexStory('sharm-talks.txt');
    expect(mentionsOf(index, 'Sharm el-Sheikh')).toEqual(['Sharm el-Sheikh@0:27', 'Sharm el-Sheikh@2:32', 'Sharm el-Sheikh@2:135']);
    expect(typeOf(index, 'Sharm el-Sheikh')).toBe('place');
    expect(typeOf(index, 'Ras al-Khaimah')).toBe('place');
    expect(typeOf(index, 'Dar es Salaam')).toBe('place');
  });
});

describe('wire shapes: college conferences', () => {
  it('"clinched the Mountain West title", "won the Big West", "second in the Big Ten": conferences named by two dictionary words are bodies (all three were dropped)', () => {
    const index = indexStory('conference-title.txt');
    expect(mentionsOf(index, 'Big West')).toEqual(['Big West@0:24', 'Big West@2:138']);
    expect(mentionsOf(index, 'Mountain West')).toEqual(['Mountain West@2:87']);
    expect(mentionsOf(index, 'Big Ten')).toEqual(['Big Ten@2:208']);
    for (const conference of ['Big West', 'Mountain West', 'Big Ten']) expect([conference, typeOf(index, conference)]).toEqual([conference, 'organization']);
  });
});

describe('wire shapes: Spanish names', () => {
  it('"María de los Ángeles Pérez", "Lawyer Juan de las Heras": "de los" and "de las" inside a name keep it whole (it was "María" and "Ángeles Pérez", "Lawyer Juan" and "Heras")', () => {
    const index = indexStory('spanish-names.txt');
    expect(mentionsOf(index, 'María de los Ángeles Pérez')).toEqual(['María de los Ángeles Pérez@2:35']);
    expect(mentionsOf(index, 'Juan de las Heras')).toEqual(['Juan de las Heras@2:128']);
    expect(typeOf(index, 'Juan de las Heras')).toBe('person');
    expect(names(index)).not.toContain('Heras');
  });
});
