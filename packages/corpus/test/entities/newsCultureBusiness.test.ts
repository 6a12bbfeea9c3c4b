import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsByType } from '../helpers/indexTexts.js';

// Culture, entertainment and sport-business desk copy written for these tests
// (test/fixtures/news-culture-business), each story indexed alone as a corpus of one article, with
// public figures as real copy has. Mentions are "text@line:character" (LSP positions).

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-culture-business', name);

describe('culture desk: band names', () => {
  it('"Florence and the Machine will headline", "Echo and the Bunnymen", "Katrina and the Waves": in a story of music a band\'s "X and the Ys" is one organization (each was cut at "and", "Florence" merged with the singer Florence Welch and "Bunnymen" a person); "Keir Starmer and the Greens" stays two', () => {
    const index = indexStory('band-names.txt');
    expect(mentionsByType(index, 'Florence and the Machine')).toEqual({ organization: ['Florence and the Machine@0:0', 'Florence and the Machine@2:19'] });
    expect(mentionsByType(index, 'Florence Welch')).toEqual({ person: ['Florence Welch@4:22', 'Welch@8:0'] });
    expect(mentionsByType(index, 'Echo and the Bunnymen')).toEqual({ organization: ['Echo and the Bunnymen@6:140'] });
    expect(mentionsByType(index, 'Katrina and the Waves')).toEqual({ organization: ['Katrina and the Waves@6:166'] });
    expect(mentionsByType(index, 'Keir Starmer')).toEqual({ person: ['Keir Starmer@8:45'] });
    expect(index.entities.map((e) => e.name)).not.toContain('Bunnymen');
  });

  it('"Visitors to Florence and the Uffizi": in a story of no music "and the" joins two names', () => {
    const index = indexStory('city-and-gallery.txt');
    expect(mentionsByType(index, 'Florence')).toEqual({ place: ['Florence@2:29'] });
    expect(index.entities.map((e) => e.name)).toContain('Uffizi');
    expect(index.entities.filter((e) => e.name.includes(' and ')).map((e) => e.name)).toEqual([]);
  });
});

describe('culture desk: tours', () => {
  it('"Tickets for the Eras Tour", "Beyonce\'s Renaissance World Tour": a singer\'s tour is an event (it was dropped, all dictionary words); "The PGA Tour said", "titles on the WTA Tour" stay the circuits\' bodies', () => {
    const index = indexStory('tours.txt');
    expect(mentionsByType(index, 'Eras Tour')).toEqual({ event: ['Eras Tour@0:8', 'Eras Tour@2:38', 'Eras Tour@4:16'] });
    expect(mentionsByType(index, 'Renaissance World Tour')).toEqual({ event: ['Renaissance World Tour@4:113'] });
    expect(mentionsByType(index, 'PGA Tour')).toEqual({ organization: ['PGA Tour@4:162'] });
    expect(mentionsByType(index, 'WTA Tour')).toEqual({ organization: ['WTA Tour@4:311'] });
  });
});

describe('culture desk: venues', () => {
  it('"move to His Majesty\'s Theatre on Haymarket", "Her Majesty\'s Prison Belmarsh": "His Majesty\'s" before a head word opens the venue\'s name (it was cut to "Theatre"); "Her Majesty\'s reign" names nothing', () => {
    const index = indexStory('majestys-venues.txt');
    expect(mentionsByType(index, "His Majesty's Theatre")).toEqual({ place: ["His Majesty's Theatre@0:46", "His Majesty's Theatre@2:52", "His Majesty's Theatre@4:0"] });
    expect(index.entities.map((e) => e.name)).toContain("Her Majesty's Prison Belmarsh");
    expect(index.entities.map((e) => e.name)).not.toContain('Theatre');
    expect(index.entities.filter((e) => e.name.includes('Majesty')).map((e) => e.name).sort()).toEqual(["Her Majesty's Prison Belmarsh", "His Majesty's Theatre"]);
  });

  it('"at the Victoria and Albert Museum": two given names joined by "and" right before a head word name one body after them (it was a place "Victoria" and an "Albert Museum"); "The collectors Sarah and Michael Brown lent" stays two people', () => {
    const index = indexStory('founders-venues.txt');
    expect(mentionsByType(index, 'Victoria and Albert Museum')).toEqual({ organization: ['Victoria and Albert Museum@2:68', 'Victoria and Albert Museum@4:58'] });
    expect(mentionsByType(index, 'Sarah')).toEqual({ person: ['Sarah@4:15'] });
    expect(mentionsByType(index, 'Michael Brown')).toEqual({ person: ['Michael Brown@4:25'] });
    expect(index.entities.map((e) => e.name)).not.toContain('Albert Museum');
  });
});

describe('sport-business desk: clubs named after a region', () => {
  it('"Western Sydney Wanderers … Western Sydney, who won the Asian Champions League": the compass word and the place that open the club\'s name stand for the club (they were cut to "Sydney", the city); "Sydney FC" stays its own club', () => {
    const index = indexStory('club-region.txt');
    expect(mentionsByType(index, 'Western Sydney Wanderers')).toEqual({
      organization: ['Western Sydney Wanderers@0:0', 'Western Sydney Wanderers@2:33', 'Western Sydney@4:0', 'Western Sydney@6:1'],
    });
    expect(mentionsByType(index, 'Sydney FC')).toEqual({ organization: ['Sydney FC@6:113'] });
    expect(mentionsByType(index, 'Sydney')).toEqual({ place: ['SYDNEY@2:0'] });
  });

  it('"Floods hit homes in Western Sydney": in a story of no club a compass adjective and a city name the region, a place (it was cut to "Sydney")', () => {
    const index = indexStory('region-floods.txt');
    expect(mentionsByType(index, 'Western Sydney')).toEqual({ place: ['Western Sydney@2:39', 'Western Sydney@2:65'] });
  });
});

describe('culture desk: a surname alone before "and the"', () => {
  it('"Smith and the Lakers agreed terms" in a story of music: a frequent surname alone (no given name) is the person the story named, no band\'s opening word (it was one band "Smith and the Lakers"); "Echo and the Bunnymen" stays a band', () => {
    const index = indexStory('band-and-team.txt');
    expect(mentionsByType(index, 'Jordan Smith')).toEqual({ person: ['Jordan Smith@2:27', 'Smith@3:0', 'Smith@3:122'] });
    expect(mentionsByType(index, 'Echo and the Bunnymen')).toEqual({ organization: ['Echo and the Bunnymen@4:0'] });
    expect(index.entities.filter((e) => e.name.includes(' and the ')).map((e) => e.name)).toEqual(['Echo and the Bunnymen']);
  });
});
