import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short news stories written for these tests (test/fixtures/news-shared-heads), each indexed alone as
// a corpus of one article: shapes of real news copy seen on news pages (a body's opening word alone
// beside two bodies of that word; names typed by a word they share with something else). Mentions
// are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-shared-heads', name);

describe('shared heads: a body\'s opening word alone', () => {
  it('"the Bank of England … the European Central Bank … The Bank based its decision": "the Bank" is the Bank of England, whose name it opens (the British desk\'s short form; the ECB is "the ECB")', () => {
    const index = indexStory('rates-day.txt');
    expect(mentionsOf(index, 'Bank of England')).toEqual(['Bank of England@2:4', 'Bank@2:117']);
    expect(mentionsOf(index, 'European Central Bank')).toEqual(['European Central Bank@2:69']);
    expect(names(index)).not.toContain('Bank');
  });
});

describe('shared heads: a foreign article and one word', () => {
  it('"published by El Tiempo", "La Jornada said", "O Globo reported": a Spanish or Portuguese article and one unlisted word is a newspaper\'s name, no person\'s (all three were persons); a nickname inside a full name and a listed place keep their types', () => {
    const index = indexStory('foreign-dailies.txt');
    expect(mentionsOf(index, 'El Tiempo')).toEqual(['El Tiempo@2:50']);
    for (const daily of ['El Tiempo', 'La Jornada', 'O Globo']) expect([daily, typeOf(index, daily)]).toEqual([daily, 'organization']);
    expect(typeOf(index, 'Joaquín "El Chapo" Guzmán')).toBe('person');
    expect(typeOf(index, 'El Paso')).toBe('place');
  });
});

describe('shared heads: an executive\'s letters before a name', () => {
  it('"named new CEO Warren East", "Corvel CFO Dana North": the letters are a title before the name (Warren East was a place, by "East")', () => {
    const index = indexStory('new-chief.txt');
    expect(mentionsOf(index, 'Warren East')).toEqual(['Warren East@2:29']);
    expect(typeOf(index, 'Warren East')).toBe('person');
    expect(typeOf(index, 'Dana North')).toBe('person');
    expect(mentionsOf(index, 'Corvel Systems')).toEqual(['Corvel Systems@2:0', 'Corvel@2:127']);
  });
});

describe('shared heads: a forest is a place', () => {
  it('"leave Sierra National Forest", "closed trails in Sherwood Forest": a forest is a place (the first was dropped, the second a person by "Sherwood"); "Nottingham Forest beat Leeds United" stays the club', () => {
    const index = indexStory('forest-fires.txt');
    expect(mentionsOf(index, 'Sierra National Forest')).toEqual(['Sierra National Forest@2:27']);
    expect(typeOf(index, 'Sierra National Forest')).toBe('place');
    expect(mentionsOf(index, 'Sherwood Forest')).toEqual(['Sherwood Forest@2:117']);
    expect(typeOf(index, 'Sherwood Forest')).toBe('place');
    expect(typeOf(index, 'Nottingham Forest')).toBe('organization');
    expect(typeOf(index, 'Kerry Dane')).toBe('person');
  });
});

describe('shared heads: "King" before a son\'s numeral', () => {
  it('"Martin Luther King III told the crowd", "commissioner Thomas Avery King III said": "King" is the surname before the numeral, one person each (the first was lost, the second cut to "Thomas Avery")', () => {
    const index = indexStory('rally-speakers.txt');
    expect(mentionsOf(index, 'Martin Luther King III')).toEqual(['Martin Luther King III@2:0']);
    expect(typeOf(index, 'Martin Luther King III')).toBe('person');
    expect(mentionsOf(index, 'Thomas Avery King III')).toEqual(['Thomas Avery King III@2:102']);
    expect(typeOf(index, 'Thomas Avery King III')).toBe('person');
    expect(names(index)).not.toContain('III');
  });
});

describe('shared heads: a name a year owns', () => {
  it('"who shot 2005\'s Brokeback Mountain and 2011\'s Harrow Creek": a name after a year\'s possessive is a work (both were places by their heads); "2008\'s Lehman Brothers collapse" keeps its body', () => {
    const index = indexStory('film-season.txt');
    expect(mentionsOf(index, 'Brokeback Mountain')).toEqual(['Brokeback Mountain@2:32']);
    expect(typeOf(index, 'Brokeback Mountain')).toBe('other');
    expect(mentionsOf(index, 'Harrow Creek')).toEqual(['Harrow Creek@2:62']);
    expect(typeOf(index, 'Harrow Creek')).toBe('other');
    expect(typeOf(index, 'Lehman Brothers')).toBe('organization');
    expect(typeOf(index, 'Mara Lindqvist')).toBe('person');
  });
});

describe('shared heads: a named fire and a health zone', () => {
  it('"The County Fire had burned 90,000 acres", "the Eaton Fire": a named fire is an event (the first was missed, the second other); "the Masereka Health Zones" is a place (a body); "the Chicago Fire beat Orlando City" stays the club', () => {
    const index = indexStory('fire-season.txt');
    expect(mentionsOf(index, 'County Fire')).toEqual(['County Fire@2:4']);
    expect(typeOf(index, 'County Fire')).toBe('event');
    expect(typeOf(index, 'Eaton Fire')).toBe('event');
    expect(mentionsOf(index, 'Masereka Health Zones')).toEqual(['Masereka Health Zones@2:139']);
    expect(typeOf(index, 'Masereka Health Zones')).toBe('place');
    expect(typeOf(index, 'Chicago Fire')).toBe('organization');
  });
});
