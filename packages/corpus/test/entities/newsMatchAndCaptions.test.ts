import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNames, indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short wire stories written for these tests (test/fixtures/news-match-captions), each indexed alone
// as a corpus of one article: a match's report and its result lines, a case's caption, bodies'
// names and an office's letters. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-match-captions', name);

describe('a match report names clubs after their towns', () => {
  it('"Stoke City travel to Swansea City on Saturday … Swansea have lost their last two matches … Stoke beat Hull City 2-1": Swansea City and its short forms are one club (it was a place by "to" and its head word "City")', () => {
    const index = indexStory('match-preview.txt');
    expect(mentionsOf(index, 'Swansea City')).toEqual(['Swansea@0:25', 'Swansea City@2:40', 'Swansea@4:0', 'Swansea@6:77']);
    expect(typeOf(index, 'Swansea City')).toBe('organization');
    expect(mentionsOf(index, 'Stoke City')).toEqual(['Stoke@0:0', 'Stoke City@2:19', 'Stoke@6:0', 'Stoke@8:0']);
    expect(typeOf(index, 'Stoke City')).toBe('organization');
  });

  it('"Stoke City travel to Swansea City on Saturday after a 3-0 defeat at home": a town no list knows and "City", in a story of a scored result, is the club (it was a place)', () => {
    const index = indexStory('match-preview-2.txt');
    expect(mentionsOf(index, 'Stoke City')).toEqual(['Stoke City@2:0']);
    expect(typeOf(index, 'Stoke City')).toBe('organization');
    expect(typeOf(index, 'Swansea City')).toBe('organization');
  });

  it('"Dodge City commissioners said the sales tax passed 5-2": a vote\'s count is no match\'s score, and the town stays a place', () => {
    const index = indexStory('town-vote.txt');
    expect(mentionsOf(index, 'Dodge City')).toEqual(['Dodge City@2:0', 'Dodge City@4:12']);
    expect(typeOf(index, 'Dodge City')).toBe('place');
    expect(typeOf(index, 'Davao City')).toBe('place');
  });

  it('"Bristol City 1 Norwich City 2", "Northam Rovers 0 Castlebury 3": a result\'s line names two clubs, without their goals (Bristol City and Norwich City were places, "Northam Rovers 0" a club with its goals, Castlebury other)', () => {
    const index = indexStory('result-lines.txt');
    expect(mentionsOf(index, 'Bristol City')).toEqual(['Bristol City@2:0', 'Bristol City@6:48']);
    expect(mentionsOf(index, 'Norwich City')).toEqual(['Norwich City@2:15', 'Norwich@6:0']);
    expect(mentionsOf(index, 'Northam Rovers')).toEqual(['Northam Rovers@4:0']);
    expect(mentionsOf(index, 'Castlebury')).toEqual(['Castlebury@4:17']);
    for (const club of ['Bristol City', 'Norwich City', 'Northam Rovers', 'Castlebury']) expect([club, typeOf(index, club)]).toEqual([club, 'organization']);
    expect(entityNames(index)).not.toContain('Northam Rovers 0');
  });
});

describe('a case caption with a bare "v"', () => {
  it('"In Harker v Lindqvist, decided on Monday, the appeal court said", "cited Okafor vs Brennan, a 2019 ruling": the parties are persons (Harker was a place); "Everton v Burnley was decided by a late goal" stays a fixture of clubs', () => {
    const index = indexStory('case-captions.txt');
    expect(mentionsOf(index, 'Harker')).toEqual(['Harker@2:3']);
    expect(mentionsOf(index, 'Lindqvist')).toEqual(['Lindqvist@2:12', 'Lindqvist@2:103']);
    for (const party of ['Harker', 'Lindqvist', 'Okafor', 'Brennan']) expect([party, typeOf(index, party)]).toEqual([party, 'person']);
    for (const club of ['Everton', 'Burnley']) expect([club, typeOf(index, club)]).toEqual([club, 'organization']);
  });
});

describe('bodies\' names', () => {
  it('"The Society for Science and the Public named three winners" is one body (it was cut at "and", "Public" a body of its own); "the Institute for Fiscal Studies and the Treasury" and "the Ministry of Health and the Interior Ministry" stay two', () => {
    const index = indexStory('body-and-the.txt');
    expect(mentionsOf(index, 'Society for Science and the Public')).toEqual(['Society for Science and the Public@2:4']);
    expect(typeOf(index, 'Society for Science and the Public')).toBe('organization');
    expect(mentionsOf(index, 'Institute for Fiscal Studies')).toEqual(['Institute for Fiscal Studies@2:75']);
    expect(mentionsOf(index, 'Treasury')).toEqual(['Treasury@2:112']);
    expect(mentionsOf(index, 'Ministry of Health')).toEqual(['Ministry of Health@4:4']);
    expect(mentionsOf(index, 'Interior Ministry')).toEqual(['Interior Ministry@4:31']);
  });

  it('"arrived for the World Economic Forum … expected at the WEF": the foundation is an organization (its head word "Forum" made it an event); "the Eastern Economic Forum in Vladivostok" stays a meeting', () => {
    const index = indexStory('forum.txt');
    expect(mentionsOf(index, 'World Economic Forum')).toEqual(['World Economic Forum@2:74', 'WEF@4:39']);
    expect(typeOf(index, 'World Economic Forum')).toBe('organization');
    expect(typeOf(index, 'Eastern Economic Forum')).toBe('event');
  });

  it('"Chief Operating Officer (COO) Lina Park said", "Ravi Menon, Chief Financial Officer (CFO), said": the office and its letters are the person\'s title, no name (Lina Park was a place by "Park", and "Chief Financial Officer" an organization)', () => {
    const index = indexStory('office-letters.txt');
    expect(mentionsOf(index, 'Lina Park')).toEqual(['Lina Park@4:30']);
    expect(typeOf(index, 'Lina Park')).toBe('person');
    expect(mentionsOf(index, 'Ravi Menon')).toEqual(['Ravi Menon@6:0']);
    expect(entityNames(index)).not.toContain('Chief Financial Officer');
    expect(entityNames(index)).not.toContain('Chief Operating Officer');
  });

  it('"Harbourline Managing Director (MD) Dana Reyes said": the body before the office is a name of its own, an organization, and the office and its letters name no one (the whole was an other "Harbourline Managing Director", and "MD" an organization)', () => {
    const index = indexStory('office-letters.txt');
    expect(mentionsOf(index, 'Harbourline')).toEqual(['Harbourline@8:0']);
    expect(typeOf(index, 'Harbourline')).toBe('organization');
    expect(mentionsOf(index, 'Dana Reyes')).toEqual(['Dana Reyes@8:35']);
    expect(typeOf(index, 'Dana Reyes')).toBe('person');
    expect(entityNames(index)).not.toContain('Harbourline Managing Director');
    expect(entityNames(index)).not.toContain('MD');
  });
});
