import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsByType } from '../helpers/indexTexts.js';

// Short match reports written for these tests (test/fixtures/news-match-sides), each indexed alone as
// a corpus of one article, with invented players: a country or a city that stands for the side it
// fields, beside the same name as the place. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-match-sides', name);

describe('match sides: a country is its national side', () => {
  it('"New Zealand beat England 16-15", "restored New Zealand\'s lead": in a match\'s report the countries are the sides (both were places); "arrived in New Zealand", "the tour of New Zealand" and the dateline stay the place', () => {
    const index = indexStory('rugby-test.txt');
    expect(mentionsByType(index, 'England')).toEqual({ organization: ['England@0:17', 'England@2:50', 'England@4:0', 'England@6:44'] });
    const newZealand = mentionsByType(index, 'New Zealand');
    expect(newZealand.organization).toEqual(['New Zealand@0:0', 'New Zealand@2:33', 'New Zealand@4:88']);
    expect(newZealand.place).toEqual(['New Zealand@2:9', 'New Zealand@6:73', 'New Zealand@6:123']);
  });

  it('"Ireland won the toss", "beat Ireland by nine wickets", "Sri Lanka reached their target": a cricket side by its toss, its wickets, its chase; the dateline\'s country stays the place', () => {
    const index = indexStory('cricket-toss.txt');
    expect(mentionsByType(index, 'Ireland')).toEqual({ organization: ['Ireland@0:16', 'Ireland@2:44', 'Ireland@4:0', 'Ireland@6:49'] });
    const sriLanka = mentionsByType(index, 'Sri Lanka');
    expect(sriLanka.organization).toEqual(['Sri Lanka@0:0', 'Sri Lanka@2:29', 'Sri Lanka@6:0']);
    expect(sriLanka.place).toEqual(['Sri Lanka@2:7']);
  });

  it('"approved the agreement by 82 votes to 79 … a win for the government": a country in a story of no match stays the place', () => {
    const index = indexStory('country-vote.txt');
    expect(mentionsByType(index, 'Ireland')).toEqual({ place: ['Ireland@0:0', 'Ireland@2:19', 'Ireland@4:103'] });
    expect(Object.keys(mentionsByType(index, 'Norway'))).toEqual(['place']);
  });
});

describe('match sides: a city is its team', () => {
  it('"Denver beat Phoenix 112-104", "Phoenix trailed by 18 at halftime", "24 points for Phoenix": the cities are the teams (Phoenix was a place); "grew up in Phoenix", "meet again in Phoenix" and the dateline stay the city', () => {
    const index = indexStory('city-sides.txt');
    const phoenix = mentionsByType(index, 'Phoenix');
    expect(phoenix.organization).toEqual(['Phoenix@0:37', 'Phoenix@2:61', 'Phoenix@4:0', 'Phoenix@4:105']);
    expect(phoenix.place).toEqual(['Phoenix@6:23', 'Phoenix@6:104']);
    expect(mentionsByType(index, 'Denver')).toEqual({ organization: ['Denver@0:20', 'Denver@2:49', 'Denver@4:118'], place: ['DENVER@2:0'] });
  });
});

describe('match sides: a result\'s phrase names the other side', () => {
  it('"a week after their cup defeat to Stuttgart": a result\'s word and its preposition make the city the side though "to" says place (it was the city); "the trip to Stuttgart" stays the city', () => {
    const index = indexStory('club-results.txt');
    expect(mentionsByType(index, 'Stuttgart')).toEqual({ organization: ['Stuttgart@2:70'], place: ['Stuttgart@6:67'] });
  });
});

describe('match sides: a player at his minute', () => {
  it('"Goals from Marelli in the 23rd minute and Tovaldi in the 52nd minute": a name right before its minute is a player (Marelli was a place, Tovaldi other); "hit the bar for Ambrosa in the 88th minute" is still the club', () => {
    const index = indexStory('club-results.txt');
    expect(mentionsByType(index, 'Marelli')).toEqual({ person: ['Marelli@4:11'] });
    expect(mentionsByType(index, 'Tovaldi')).toEqual({ person: ['Tovaldi@4:42'] });
    expect(mentionsByType(index, 'Ambrosa')).toEqual({ organization: ['Ambrosa@0:43', 'Ambrosa@2:14', 'Ambrosa@4:97', 'Ambrosa@4:179'] });
  });
});

describe('match sides: what is no side', () => {
  it('"Kowalczyk will face Spain\'s Pablo Ortega … his match against Germany\'s Tomas Berger": a country owning a player\'s name is the player\'s nationality, a place (Spain was a body)', () => {
    const index = indexStory('tennis-countries.txt');
    for (const country of ['Poland', 'Italy', 'Spain', 'Germany']) expect([country, Object.keys(mentionsByType(index, country))]).toEqual([country, ['place']]);
  });

  it('"the Tacoma Hawks beat Denver 98-91 … Tacoma led by 12 at halftime": a town the story names its club after is that club, joined to it (it was the town); the dateline and the town inside the club\'s name stay the town', () => {
    const index = indexStory('town-club.txt');
    expect(mentionsByType(index, 'Tacoma Hawks')).toEqual({ organization: ['Tacoma Hawks@0:0', 'Tacoma Hawks@2:50', 'Tacoma@4:0'] });
    expect(mentionsByType(index, 'Tacoma')).toEqual({ place: ['TACOMA@2:0', 'Tacoma@2:50'] });
  });
});
