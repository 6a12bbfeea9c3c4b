import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNames, indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short wire stories written for these tests (test/fixtures/news-one-entity), each indexed alone as
// a corpus of one article, with invented people and clubs: one thing is one entity with one span.
// Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-one-entity', name);

describe('one thing, one span: bodies whose name holds "and"', () => {
  it('"The Hostages and Missing Families Forum said" is one body (it was cut at "and" into "Hostages" and "Missing Families Forum"); "Hamas and Islamic Jihad" stay two', () => {
    const index = indexStory('forum-and.txt');
    expect(mentionsOf(index, 'Hostages and Missing Families Forum')).toEqual(['Hostages and Missing Families Forum@2:25']);
    expect(typeOf(index, 'Hostages and Missing Families Forum')).toBe('organization');
    expect(mentionsOf(index, 'Bill and Melinda Gates Foundation')).toEqual(['Bill and Melinda Gates Foundation@4:4']);
    expect(mentionsOf(index, 'Food and Drug Administration')).toEqual(['Food and Drug Administration@4:85']);
    expect(mentionsOf(index, 'Hamas')).toEqual(['Hamas@6:0']);
    expect(mentionsOf(index, 'Islamic Jihad')).toEqual(['Islamic Jihad@6:10']);
  });

  it('"The Forum said" after "the Hostages and Missing Families Forum", "The Conference closed" after "the Castlebury Climate Conference": the head word alone is that body or meeting (each was an event of its own)', () => {
    const index = indexStory('forum-back.txt');
    expect(mentionsOf(index, 'Hostages and Missing Families Forum')).toEqual(['Hostages and Missing Families Forum@2:25', 'Forum@2:105']);
    expect(mentionsOf(index, 'Castlebury Climate Conference')).toEqual(['Castlebury Climate Conference@4:17', 'Conference@4:66']);
    expect(entityNames(index)).not.toContain('Forum');
  });
});

describe('one thing, one span: an acronym the article defined, before a person', () => {
  it('"The National Renewal Front (NRF) … NRF Tomas Verhaegen told reporters": the party and the person are two mentions (it was one person "NRF Tomas Verhaegen")', () => {
    const index = indexStory('acronym-person.txt');
    expect(mentionsOf(index, 'National Renewal Front')).toEqual(['National Renewal Front@2:33', 'NRF@2:57', 'NRF@4:0']);
    expect(mentionsOf(index, 'Tomas Verhaegen')).toEqual(['Tomas Verhaegen@4:4']);
    expect(typeOf(index, 'Tomas Verhaegen')).toBe('person');
    expect(entityNames(index)).not.toContain('NRF Tomas Verhaegen');
  });
});

describe('one thing, one entity: clubs named after their town', () => {
  it('"Stoke City signed the striker …", "Leicester City sacked manager …": a known town and "City" that hires or sacks staff is the club (both were places); "Mexico City appointed a new police chief" stays a place', () => {
    const index = indexStory('club-signs.txt');
    expect(mentionsOf(index, 'Stoke City')).toEqual(['Stoke City@0:0', 'Stoke City@2:0']);
    expect(typeOf(index, 'Stoke City')).toBe('organization');
    expect(mentionsOf(index, 'Leicester City')).toEqual(['Leicester City@4:0']);
    expect(typeOf(index, 'Leicester City')).toBe('organization');
    expect(typeOf(index, 'Mexico City')).toBe('place');
  });

  it('"held to a 2-2 draw by Burnley", "a 3-1 defeat by Preston": the side after a scored result and "by" is a club (both were places)', () => {
    const index = indexStory('draw-by.txt');
    expect(mentionsOf(index, 'Burnley')).toEqual(['Burnley@2:42']);
    expect(mentionsOf(index, 'Preston')).toEqual(['Preston@2:108']);
    for (const club of ['Burnley', 'Preston']) expect([club, typeOf(index, club)]).toEqual([club, 'organization']);
  });
});

describe('one thing, one entity: the sides of a bare "v"', () => {
  it('"Castlebury v Swansea City ended in a 1-1 draw", "Everton v Burnley kicks off at 3pm": both sides are clubs (Castlebury and Everton were dropped, Burnley a place); "Wales v England" and "Smith v. Jones" are left alone', () => {
    const index = indexStory('versus.txt');
    expect(mentionsOf(index, 'Castlebury')).toEqual(['Castlebury@2:0']);
    expect(mentionsOf(index, 'Everton')).toEqual(['Everton@4:0']);
    expect(mentionsOf(index, 'Burnley')).toEqual(['Burnley@4:10']);
    for (const club of ['Castlebury', 'Swansea City', 'Everton', 'Burnley']) expect([club, typeOf(index, club)]).toEqual([club, 'organization']);
    for (const country of ['Wales', 'England']) expect([country, typeOf(index, country)]).toEqual([country, 'place']);
    expect(typeOf(index, 'Smith')).toBe('person');
  });
});

describe('one thing, one entity: a dateline\'s town and its club', () => {
  it('"LEEDS, England (Reuters) - Leeds beat Castlebury 2-0 … The Leeds captain": the club is an organization apart from the dateline\'s town (all were one place), with the headline\'s "Leeds"; "the centre of Leeds" stays the town', () => {
    const index = indexStory('dateline-club.txt');
    const leeds = index.entities.filter((e) => e.name === 'Leeds');
    const mentions = leeds.map((e) => [e.type, index.mentionsOf(e).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`)]);
    expect(mentions).toHaveLength(2);
    expect(mentions).toContainEqual(['organization', ['Leeds@0:0', 'Leeds@2:27', 'Leeds@4:4', 'Leeds@4:57']]);
    expect(mentions).toContainEqual(['place', ['LEEDS@2:0', 'Leeds@6:37']]);
  });
});

describe('one thing, one span: a headline\'s capitalised name particle', () => {
  it('"Northam Rovers hire Van Aalst as coach" over a body that writes "Joris van Aalst": the headline names "Van Aalst" (it gave "Aalst")', () => {
    const index = indexStory('headline-particle.txt');
    expect(mentionsOf(index, 'Joris van Aalst')).toEqual(['Van Aalst@0:20', 'Joris van Aalst@2:26']);
  });
});
