import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short match reports written for these tests (test/fixtures/news-match-reports), each indexed alone
// as a corpus of one article, with invented clubs and players: shapes of real match copy, which calls
// players by their surnames alone. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-match-reports', name);

describe('match reports: a surname alone that plays is a player', () => {
  it('"took the lead through Vastrel", "a rash challenge by Marchetti on Dembo", "Okonjo converted it", "Fensome tapped home", "Kiro\'s free-kick", "came off for Lindqvist": players with no full name in the story (Vastrel, Okonjo, Fensome, Kiro and Lindqvist were other); the clubs stay bodies', () => {
    const index = indexStory('surnames-alone.txt');
    expect(mentionsOf(index, 'Vastrel')).toEqual(['Vastrel@3:30', 'Vastrel@5:0']);
    for (const player of ['Vastrel', 'Marchetti', 'Dembo', 'Okonjo', 'Fensome', 'Kiro', 'Lindqvist']) expect([player, typeOf(index, player)]).toEqual([player, 'person']);
    expect(typeOf(index, 'Kelvale Rovers')).toBe('organization');
    expect(mentionsOf(index, 'Kelvale Rovers')).toEqual(['Kelvale@0:18', 'Kelvale Rovers@2:18', 'Kelvale@3:0']);
    expect(typeOf(index, 'Harbour Town')).toBe('organization');
  });

  it('a live blog\'s minutes with no score: "Okwuosa comes off, Tesfaye on", "the end of a Ruddima cross" (the three were other)', () => {
    const index = indexStory('live-minutes.txt');
    for (const player of ['Okwuosa', 'Tesfaye', 'Ruddima', 'Zelenko']) expect([player, typeOf(index, player)]).toEqual([player, 'person']);
    expect(mentionsOf(index, 'Tesfaye')).toEqual(['Tesfaye@2:28']);
    expect(typeOf(index, 'Northam Rovers')).toBe('organization');
  });
});

describe('match reports: a town that takes the lead through a player is its club', () => {
  it('"Exeter went level through Tom Rendell … and took the lead through Kofi Asante": the short form of "Exeter Albion" (it was the town); "Fans in Exeter" stays the town', () => {
    const index = indexStory('town-before-club.txt');
    expect(mentionsOf(index, 'Exeter Albion')).toEqual(['Exeter Albion@0:0', 'Exeter Albion@2:0', 'Exeter@3:27']);
    expect(typeOf(index, 'Exeter Albion')).toBe('organization');
    expect(mentionsOf(index, 'Exeter')).toEqual(['Exeter@2:0', 'Exeter@4:8']);
    expect(typeOf(index, 'Exeter')).toBe('place');
  });
});
