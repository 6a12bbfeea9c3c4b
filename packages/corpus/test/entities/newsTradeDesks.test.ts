import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short stories written for these tests (test/fixtures/news-trade-desks), each indexed alone, with
// invented people, firms and towns: shapes of business, technology and sports desks' copy that made
// names of measures, bodies of teams or persons of firms. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-trade-desks', name);

describe('trade desks: a measure or a part written in capitals', () => {
  it('"its EPS rose", "EBITDA margins", "per TEU", "AMOLED panels, GPU boards and DRAM chips": no body or product (each was one)', () => {
    const index = indexStory('earnings-measures.txt');
    for (const term of ['EPS', 'EBITDA', 'TEU', 'AMOLED', 'GPU', 'DRAM']) expect(names(index).filter((n) => n.includes(term))).toEqual([]);
    expect(mentionsOf(index, 'Harlow Freight')).toEqual(['Harlow Freight@0:0', 'Harlow Freight@2:0']);
    expect(typeOf(index, 'Velmora Devices')).toBe('organization');
    expect(typeOf(index, 'Mara Lind')).toBe('person');
  });
});

describe('trade desks: a team before a team-mate', () => {
  it('"whose Mercedes team-mate Lewis Tran was fourth": the team before a team-mate\'s role and name is a body (Mercedes, a given name, was a person)', () => {
    const index = indexStory('team-mates.txt');
    expect(mentionsOf(index, 'Mercedes')).toEqual(['Mercedes@2:61']);
    expect(typeOf(index, 'Mercedes')).toBe('organization');
    expect(mentionsOf(index, 'Lewis Tran')).toEqual(['Lewis Tran@2:80']);
    expect(typeOf(index, 'Lewis Tran')).toBe('person');
    expect(mentionsOf(index, 'Rhys Calder')).toEqual(['Rhys Calder@2:42', 'Calder@3:0']);
  });
});

describe('trade desks: a kind of firm before its name', () => {
  it('"U.S. brokerage Harlan Pike", "biotech Dane Ashby", "the tabloid Rosa Lind", "the studio Marlow Keane", "The band Ivy Marsh": bodies (each was a person by its name\'s shape, the band nothing)', () => {
    const index = indexStory('firm-nouns.txt');
    for (const body of ['Harlan Pike', 'Dane Ashby', 'Rosa Lind', 'Marlow Keane', 'Ivy Marsh']) expect([body, typeOf(index, body)]).toEqual([body, 'organization']);
    expect(mentionsOf(index, 'Ivy Marsh')).toEqual(['Ivy Marsh@4:9']);
    for (const person of ['Edward Wolfe', 'Tom Reyes']) expect([person, typeOf(index, person)]).toEqual([person, 'person']);
  });
});

describe('trade desks: a department\'s head before a name', () => {
  it('"Netflix VP of Originals Dana Okafor", "BBC Head of Comedy Shane Ellery": the department is the title\'s, the rest the person (runs "Originals Dana Okafor" and "Comedy Shane Ellery")', () => {
    const index = indexStory('department-heads.txt');
    expect(mentionsOf(index, 'Dana Okafor')).toEqual(['Dana Okafor@2:53', 'Okafor@2:93']);
    expect(typeOf(index, 'Dana Okafor')).toBe('person');
    expect(mentionsOf(index, 'Shane Ellery')).toEqual(['Shane Ellery@3:54']);
    expect(names(index).filter((n) => n.startsWith('Originals') || n.startsWith('Comedy'))).toEqual([]);
    expect(typeOf(index, 'Netflix')).toBe('organization');
  });
});

describe('trade desks: a quoted title owned after its modifiers', () => {
  it('"Mara Quist\'s long-awaited "Lanterns Over the Harbour Club,"": the quotation is one name whole (it was cut to "Harbour Club")', () => {
    const index = indexStory('chart-week.txt');
    expect(mentionsOf(index, 'Lanterns Over the Harbour Club')).toEqual(['Lanterns Over the Harbour Club@2:64']);
    expect(names(index).filter((n) => n === 'Harbour Club' || n === 'Lanterns')).toEqual([]);
    expect(mentionsOf(index, 'Mara Quist')).toEqual(['Mara Quist@2:37', 'Quist@3:0']);
  });
});

describe('trade desks: a firm after a market\'s or a seat\'s participle', () => {
  it('"takeover of London-listed Dundale", "Irish-headquartered Dundale": what a market lists or where a firm has its seat is a body (it was other; the real page\'s "Shire" was a place)', () => {
    const index = indexStory('listed-takeover.txt');
    expect(mentionsOf(index, 'Dundale')).toEqual(['Dundale@0:23', 'Dundale@2:113', 'Dundale@3:33']);
    expect(typeOf(index, 'Dundale')).toBe('organization');
    expect(mentionsOf(index, 'London')).toEqual(['London@2:99']);
    expect(typeOf(index, 'London')).toBe('place');
  });
});

describe('trade desks: a modal\'s given name owning something in a statement', () => {
  it('"Will Smith\'s R-rated romantic heist pic Focus won": the sentence asks nothing, so "Will" is his given name (the run was dropped, and "Smith\'s star power" with it)', () => {
    const index = indexStory('box-office.txt');
    expect(mentionsOf(index, 'Will Smith')).toEqual(['Will Smith@2:0', 'Smith@3:41']);
    expect(typeOf(index, 'Will Smith')).toBe('person');
  });
});
