import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short wire stories written for these tests (test/fixtures/news-sports-wire), each indexed alone
// as a corpus of one article, with invented people, clubs and towns: a club or a company named after
// its town, clubs that hire and sign, sides held or beaten "by" another. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-sports-wire', name);

describe('sports shapes: a club or a company named after its town', () => {
  it('"grew up in Barnsworth", "Barnsworth is a mining town", "a victory parade in Harlow": the town is a place of its own (all joined the club); "Barnsworth won 2-0" is still the club', () => {
    const index = indexStory('club-town.txt');
    expect(mentionsOf(index, 'Barnsworth')).toEqual(['BARNSWORTH@2:0', 'Barnsworth@4:24', 'Barnsworth@4:103']);
    expect(typeOf(index, 'Barnsworth')).toBe('place');
    expect(mentionsOf(index, 'Barnsworth Town')).toEqual(['Barnsworth Town@0:0', 'Barnsworth Town@2:32', 'Barnsworth@8:0']);
    expect(mentionsOf(index, 'Harlow')).toEqual(['Harlow@6:163']);
    expect(typeOf(index, 'Harlow')).toBe('place');
    expect(mentionsOf(index, 'Harlow Athletic')).toEqual(['Harlow Athletic@0:42', 'Harlow Athletic@2:86', 'Harlow Athletic@6:63']);
  });

  it('"came through the academy at Holbeck Rovers": a club\'s closing word that no place takes makes a club after a town no list holds (it was a place)', () => {
    const index = indexStory('club-town.txt');
    expect(mentionsOf(index, 'Holbeck Rovers')).toEqual(['Holbeck Rovers@4:67']);
    expect(typeOf(index, 'Holbeck Rovers')).toBe('organization');
  });

  it('"Tamsford Engineering … was born in Tamsford": the town of birth is the town, not the company (it joined the company)', () => {
    const index = indexStory('company-town.txt');
    expect(mentionsOf(index, 'Tamsford')).toEqual(['Tamsford@4:51', 'Tamsford@4:168']);
    expect(typeOf(index, 'Tamsford')).toBe('place');
    expect(mentionsOf(index, 'Tamsford Engineering')).toEqual(['Tamsford Engineering@0:0', 'Tamsford Engineering@2:19', 'Tamsford Engineering@6:0']);
    expect(typeOf(index, 'Tamsford Engineering')).toBe('organization');
  });
});

describe('sports shapes: clubs by what they do', () => {
  it('"Barcelona hired Louis van Gaal as coach", "Valencia signed Portuguese midfielder Rui Costa": a town that hires a coach or signs a player is its club (both were places)', () => {
    const index = indexStory('hired.txt');
    // The club of a story of sport is the lists' FC Barcelona (namesakeClubs.ts).
    expect(mentionsOf(index, 'FC Barcelona')).toEqual(['Barcelona@0:0', 'Barcelona@2:19', 'Barcelona@6:0']);
    expect(typeOf(index, 'FC Barcelona')).toBe('organization');
    expect(mentionsOf(index, 'Valencia')).toEqual(['Valencia@4:0']);
    expect(typeOf(index, 'Valencia')).toBe('organization');
    expect(typeOf(index, 'Madrid')).toBe('place');
  });

  it('"Northam were held 1-1 by Castlebury", "beaten 2-0 by Rosshall", "eight points behind leaders Liverpool": the sides are clubs (Castlebury and Rosshall were other, Liverpool a place)', () => {
    const index = indexStory('held-by.txt');
    expect(mentionsOf(index, 'Castlebury')).toEqual(['Castlebury@0:16', 'Castlebury@2:44']);
    expect(mentionsOf(index, 'Rosshall')).toEqual(['Rosshall@2:166']);
    expect(mentionsOf(index, 'Liverpool')).toEqual(['Liverpool@2:122']);
    for (const club of ['Castlebury', 'Rosshall', 'Liverpool', 'Northam']) expect([club, typeOf(index, club)]).toEqual([club, 'organization']);
  });
});

describe('sports shapes: a quoted nickname that opens with "The"', () => {
  it('\'Thomas "The Hitman" Okoye\' is one name (it was "Okoye" alone), and \'"The Hitman" lost his title\' is his mention', () => {
    const index = indexStory('nickname-the.txt');
    expect(mentionsOf(index, 'Thomas "The Hitman" Okoye')).toEqual(['Thomas "The Hitman" Okoye@0:16', 'Thomas "The Hitman" Okoye@2:14', 'Okoye@4:0', 'Hitman@4:36']);
    expect(typeOf(index, 'Thomas "The Hitman" Okoye')).toBe('person');
  });
});

describe('wire shapes: a live blog\'s labels stacked above the headline', () => {
  it('"LIVE UPDATES:" and "WATCH:" on lines of their own are dropped, so "UPDATE 2-Drugmaker Velmora cuts forecast" is the headline and names "Velmora" (it was "Drugmaker Velmora", there and in the body)', () => {
    const index = indexStory('live-blog-labels.txt');
    expect(mentionsOf(index, 'Velmora')).toEqual(['Velmora@2:19', 'Velmora@4:29', 'Velmora@6:0']);
    expect(typeOf(index, 'Velmora')).toBe('organization');
  });
});
