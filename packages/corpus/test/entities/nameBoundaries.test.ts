import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short stories written for these tests (test/fixtures/name-boundaries), each indexed alone as a corpus
// of one article: where a name starts and ends when the words around it belong to it. Mentions are
// "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('name-boundaries', name);

describe('name boundaries: an edition\'s year', () => {
  it('"2015 World Cup, we reached", "So 2019, 2023 World Cup": the year opens an event\'s name without "the" too (they were "World Cup")', () => {
    const index = indexStory('editions.txt');
    expect(mentionsOf(index, '2015 World Cup')).toEqual(['2015 World Cup@2:45']);
    expect(mentionsOf(index, '2023 World Cup')).toEqual(['2023 World Cup@2:102']);
    expect(typeOf(index, '2023 World Cup')).toBe('event');
  });

  it('"the 2021 Household Income Survey", "the 2022 Lifetime Achievement Award of the …": a survey\'s year, and an award\'s before its "of"', () => {
    const index = indexStory('editions.txt');
    expect(mentionsOf(index, '2021 Household Income Survey')).toEqual(['2021 Household Income Survey@3:21']);
    expect(mentionsOf(index, '2022 Lifetime Achievement Award of the Nordic Football Association')).toEqual(['2022 Lifetime Achievement Award of the Nordic Football Association@3:92']);
  });

  it('"In 2016 Olympics organisers": a year after a preposition dates the sentence and opens no name', () => {
    const index = indexStory('editions.txt');
    expect(names(index).filter((n) => n.startsWith('2016'))).toEqual([]);
  });

  it('"the Rio 2016 Olympics", "the Lillehammer 1994 Winter Olympics": a host town and its year open the games\' name (they were "Rio 2016", other, and "Olympics")', () => {
    const index = indexStory('editions.txt');
    expect(mentionsOf(index, 'Rio 2016 Olympics')).toEqual(['Rio 2016 Olympics@4:67']);
    expect(typeOf(index, 'Rio 2016 Olympics')).toBe('event');
    expect(mentionsOf(index, 'Lillehammer 1994 Winter Olympics')).toEqual(['Lillehammer 1994 Winter Olympics@4:112']);
    expect(names(index).filter((n) => n === 'Rio 2016' || n === 'Lillehammer 1994')).toEqual([]);
  });
});

describe('name boundaries: a people\'s word after "and" in a body\'s fields', () => {
  it('"the Centre for Irish and Scottish Studies", "the Institute of Latin American and Caribbean Studies": one body each (they were cut at "and" into "Centre for Irish" and "Studies")', () => {
    const index = indexStory('institutes.txt');
    expect(mentionsOf(index, 'Centre for Irish and Scottish Studies')).toEqual(['Centre for Irish and Scottish Studies@2:31']);
    expect(typeOf(index, 'Centre for Irish and Scottish Studies')).toBe('organization');
    expect(mentionsOf(index, 'Institute of Latin American and Caribbean Studies')).toEqual(['Institute of Latin American and Caribbean Studies@3:34']);
    expect(mentionsOf(index, 'Aberdeen')).toEqual(['Aberdeen@2:72']);
    expect(names(index).filter((n) => n === 'Centre for Irish' || n === 'Studies' || n === 'Caribbean Studies')).toEqual([]);
  });
});

describe('name boundaries: a generation after a comma', () => {
  it('"Robert F. Kennedy, Jr., removed", "Dr. Alan Pierce, Jr. of Tulane": the suffix is the person\'s (it was cut off), and the surname alone still stands for them', () => {
    const index = indexStory('generations.txt');
    expect(mentionsOf(index, 'Robert F. Kennedy, Jr.')).toEqual(['Robert F. Kennedy, Jr.@2:17', 'Kennedy@3:0']);
    expect(typeOf(index, 'Robert F. Kennedy, Jr.')).toBe('person');
    expect(mentionsOf(index, 'Alan Pierce, Jr.')).toEqual(['Alan Pierce, Jr.@3:62', 'Pierce@4:0']);
    expect(names(index).filter((n) => n === 'Robert F. Kennedy' || n === 'Alan Pierce')).toEqual([]);
  });
});
