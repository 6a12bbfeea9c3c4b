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

describe('desk probes: one word written with inner capitals', () => {
  it('"while JetKestrel and SkyHarbor were little changed": a word with a capital after its first small letters is written as firms write their names (both were other)', () => {
    const index = indexStory('airline-shares.txt');
    expect(mentionsOf(index, 'JetKestrel')).toEqual(['JetKestrel@2:97']);
    expect(typeOf(index, 'JetKestrel')).toBe('organization');
    expect(mentionsOf(index, 'SkyHarbor')).toEqual(['SkyHarbor@2:112']);
    expect(typeOf(index, 'SkyHarbor')).toBe('organization');
  });

  it('"Analyst Mariah DeLuca", "DeLuca said": a surname\'s particle before the inner capital keeps the person\'s', () => {
    const index = indexStory('airline-shares.txt');
    expect(mentionsOf(index, 'Mariah DeLuca')).toEqual(['Mariah DeLuca@4:8', 'DeLuca@4:99']);
    expect(typeOf(index, 'Mariah DeLuca')).toBe('person');
  });

  it('"several YouTubers filmed": a brand\'s agent noun in the plural names people, no firm', () => {
    const index = indexStory('airline-shares.txt');
    expect(mentionsOf(index, 'YouTubers')).toEqual(['YouTubers@8:24']);
    expect(typeOf(index, 'YouTubers')).toBe('other');
  });

  it('"The BoerenVolksUnie … the BVU\'s leader": a party written in three parts is a body, and its capitals are its initials (it was other, "BVU" a body of its own)', () => {
    const index = indexStory('farm-vote.txt');
    expect(mentionsOf(index, 'BoerenVolksUnie')).toEqual(['BoerenVolksUnie@2:24', 'BVU@4:20']);
    expect(typeOf(index, 'BoerenVolksUnie')).toBe('organization');
    expect(names(index)).not.toContain('BVU');
  });
});

describe('desk probes: a city\'s airport after where one travels', () => {
  it('"bound for Milan Linate", "which flew from Rome Fiumicino": a city the lists know and one word no list knows, after a travel word, is the airport, a place (both were persons)', () => {
    const index = indexStory('air-safety.txt');
    expect(mentionsOf(index, 'Milan Linate')).toEqual(['Milan Linate@6:25']);
    expect(typeOf(index, 'Milan Linate')).toBe('place');
    expect(mentionsOf(index, 'Rome Fiumicino')).toEqual(['Rome Fiumicino@6:112']);
    expect(typeOf(index, 'Rome Fiumicino')).toBe('place');
  });

  it('"apologised to Austin Chalmers": a city\'s name then a surname stays a person\'s', () => {
    const index = indexStory('air-safety.txt');
    expect(mentionsOf(index, 'Austin Chalmers')).toEqual(['Austin Chalmers@10:119']);
    expect(typeOf(index, 'Austin Chalmers')).toBe('person');
  });
});

describe('desk probes: a town\'s district and an engine\'s model', () => {
  it('"tractors converged on the European Quarter": a name closed by "Quarter" is a city\'s district, a place (it was dropped)', () => {
    const index = indexStory('farm-vote.txt');
    expect(mentionsOf(index, 'European Quarter')).toEqual(['European Quarter@6:51']);
    expect(typeOf(index, 'European Quarter')).toBe('place');
  });

  it('"In the Third Quarter, both carriers flew more": an ordinal\'s quarter is a time, no place', () => {
    const index = indexStory('airline-shares.txt');
    expect(names(index).filter((n) => n.includes('Quarter'))).toEqual([]);
  });

  it('"which makes the PW1500 engines on the jet": a model right before "engines" is a product (it was a body)', () => {
    const index = indexStory('air-safety.txt');
    expect(mentionsOf(index, 'PW1500')).toEqual(['PW1500@10:33']);
    expect(typeOf(index, 'PW1500')).toBe('product');
  });
});

describe('desk probes: a market report\'s stocks', () => {
  it('"while Hanbit Display and Daeyang Energy Solution were little changed": what held its price is a listed company, and so is the name joined to it (both were other)', () => {
    const index = indexStory('battery-makers.txt');
    expect(mentionsOf(index, 'Daeyang Energy Solution')).toEqual(['Daeyang Energy Solution@2:81']);
    expect(typeOf(index, 'Daeyang Energy Solution')).toBe('organization');
    expect(mentionsOf(index, 'Hanbit Display')).toEqual(['Hanbit Display@2:62']);
    expect(typeOf(index, 'Hanbit Display')).toBe('organization');
    expect(typeOf(index, 'Jiwon Seo')).toBe('person');
  });
});

describe('desk probes: a union named by a dictionary word', () => {
  it('"Members of Forge at Halden Borough Council", "Lena Marsh, Forge\'s general secretary": who has members or a general secretary is a body (the union was dropped)', () => {
    const index = indexStory('bin-strike.txt');
    expect(mentionsOf(index, 'Forge')).toEqual(['Forge@2:11', 'Forge@4:12']);
    expect(typeOf(index, 'Forge')).toBe('organization');
    expect(typeOf(index, 'Lena Marsh')).toBe('person');
    expect(typeOf(index, 'Halden Borough Council')).toBe('organization');
  });
});
