import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short sports stories written for these tests (test/fixtures/news-team-titles), each indexed alone as
// a corpus of one article: clubs named like a person, after a title or a standing in the plural.
// Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-team-titles', name);

describe('team titles: a plural title before one name is a team', () => {
  it('"earned Premier League champions Chelsea a 1-1 draw", "holders Shelby", "strugglers Marlowe": clubs whose names are given names or surnames are bodies (Chelsea was a person)', () => {
    const index = indexStory('champions-draw.txt');
    expect(mentionsOf(index, 'Chelsea')).toEqual(['Chelsea@0:33', 'Chelsea@2:95', 'Chelsea@3:18', 'Chelsea@5:0']);
    expect(typeOf(index, 'Chelsea')).toBe('organization');
    expect(mentionsOf(index, 'Shelby')).toEqual(['Shelby@4:32']);
    expect(typeOf(index, 'Shelby')).toBe('organization');
    expect(mentionsOf(index, 'Marlowe')).toEqual(['Marlowe@4:77']);
    expect(typeOf(index, 'Marlowe')).toBe('organization');
    expect(typeOf(index, 'Dario Venn')).toBe('person');
  });

  it('"Olympic champions Kate and Helen Marsh-Walton", "World champions Shelby Ardent and Chelsea Ruiz": people named after a plural title stay people', () => {
    const index = indexStory('olympic.txt');
    expect(mentionsOf(index, 'Kate Marsh-Walton')).toEqual(['Kate@2:18', 'Kate Marsh-Walton@2:84']);
    for (const person of ['Kate Marsh-Walton', 'Helen Marsh-Walton', 'Shelby Ardent', 'Chelsea Ruiz']) expect([person, typeOf(index, person)]).toEqual([person, 'person']);
  });
});

describe('team titles: a club named "City" or "Town" takes a plural verb', () => {
  it('"Harbury City were on the verge of their first victory", "Dunmore Town have won": clubs, as British sports pages write them (both were their towns)', () => {
    const index = indexStory('city-were.txt');
    expect(mentionsOf(index, 'Harbury City')).toEqual(['Harbury City@0:17', 'Harbury City@2:0']);
    expect(typeOf(index, 'Harbury City')).toBe('organization');
    expect(mentionsOf(index, 'Dunmore Town')).toEqual(['Dunmore Town@3:0']);
    expect(typeOf(index, 'Dunmore Town')).toBe('organization');
  });

  it('"Mexico City was shaken", "Quezon City has opened shelters": a city takes "was" and "has", and stays a place', () => {
    const index = indexStory('city-was.txt');
    expect(typeOf(index, 'Mexico City')).toBe('place');
    expect(typeOf(index, 'Quezon City')).toBe('place');
  });
});

describe('team titles: a player\'s year before the name', () => {
  it('"Rookie Eli Vantrell then came in", "Freshman Ava Brooks scored 20 points", "Sophomore Nia Castell added 12": the year opening the sentence is no word of the name (each was one name of type other, year and all)', () => {
    const index = indexStory('rookie-relief.txt');
    expect(mentionsOf(index, 'Eli Vantrell')).toEqual(['Eli Vantrell@2:115']);
    expect(mentionsOf(index, 'Ava Brooks')).toEqual(['Ava Brooks@4:9']);
    expect(mentionsOf(index, 'Nia Castell')).toEqual(['Nia Castell@4:81']);
    for (const person of ['Eli Vantrell', 'Ava Brooks', 'Nia Castell', 'Dane Morrow']) expect([person, typeOf(index, person)]).toEqual([person, 'person']);
  });
});
