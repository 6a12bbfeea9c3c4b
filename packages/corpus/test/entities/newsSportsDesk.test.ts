import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsByType } from '../helpers/indexTexts.js';

// Sports and culture desk copy written for these tests (test/fixtures/news-sports-desk), each story
// indexed alone as a corpus of one article, with invented players and public figures as real copy
// has. Mentions are "text@line:character" (LSP positions).

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-sports-desk', name);

describe('sports desk: club names', () => {
  it('"Western Sydney Wanderers", "Western United": a compass adjective opens the club of its region, with "the Wanderers" linked (both were cut to "Sydney Wanderers" and "United"); "Western diplomats" names nothing, "Eastern Europe" stays a place', () => {
    const index = indexStory('compass-clubs.txt');
    expect(mentionsByType(index, 'Western Sydney Wanderers')).toEqual({ organization: ['Wanderers@0:0', 'Western Sydney Wanderers@2:15', 'Western Sydney Wanderers@4:42', 'Wanderers@6:66'] });
    expect(mentionsByType(index, 'Western United')).toEqual({ organization: ['Western United@4:107'] });
    expect(mentionsByType(index, 'Eastern Europe')).toEqual({ place: ['Eastern Europe@6:141'] });
    expect(index.entities.filter((e) => e.name.includes('Western')).map((e) => e.name).sort()).toEqual(['Western Sydney Wanderers', 'Western United']);
  });
});

describe('sports desk: competitions', () => {
  it('"his 300th A-League appearance", "the club\'s 400th A-League match": an ordinal after a possessive counts the owner\'s matches and stays out of the name (it was "400th A-League"); "the 101st Airborne Division" keeps its number', () => {
    const index = indexStory('milestones.txt');
    expect(mentionsByType(index, 'A-League')).toEqual({ organization: ['A-League@2:62', 'A-League@2:112', 'A-League@4:4'] });
    expect(mentionsByType(index, '101st Airborne Division')).toEqual({ organization: ['101st Airborne Division@4:91'] });
    expect(index.entities.filter((e) => /\d/.test(e.name)).map((e) => e.name)).toEqual(['101st Airborne Division']);
  });
});

describe('sports desk: venues', () => {
  it('"the Peace and Friendship Stadium", "the Rock and Roll Hall of Fame": a venue\'s head closing fields joined by "and" closes one place\'s name (each was cut at "and", "Peace" a place of its own); "from Leeds and Sheffield Arena staff" stays two places', () => {
    const index = indexStory('venue-fields.txt');
    expect(mentionsByType(index, 'Peace and Friendship Stadium')).toEqual({ place: ['Peace and Friendship Stadium@2:59', 'Peace and Friendship Stadium@4:103'] });
    expect(mentionsByType(index, 'Rock and Roll Hall of Fame')).toEqual({ place: ['Rock and Roll Hall of Fame@4:208'] });
    expect(mentionsByType(index, 'Leeds')).toEqual({ place: ['Leeds@6:20'] });
    expect(mentionsByType(index, 'Sheffield Arena')).toEqual({ place: ['Sheffield Arena@6:30'] });
    expect(index.entities.map((e) => e.name)).not.toContain('Peace');
  });
});

describe('sports desk: grounds', () => {
  it('"beat Tottenham Hotspur 3-1 at the Emirates": in a match\'s report one listed word after "at the" is the ground, a place of its own (it was the United Arab Emirates, and the quote\'s a club); "a training camp in the Emirates" stays the country', () => {
    const index = indexStory('ground-names.txt');
    expect(mentionsByType(index, 'Emirates')).toEqual({ place: ['Emirates@0:26', 'Emirates@2:61', 'Emirates@6:23'] });
    expect(mentionsByType(index, 'United Arab Emirates')).toEqual({ place: ['Emirates@4:164'] });
  });

  it('"the largest order placed at the Emirates\' annual air show": in a story of no match "at the" keeps the lists\' country', () => {
    const index = indexStory('ground-country.txt');
    expect(mentionsByType(index, 'United Arab Emirates')).toEqual({ place: ['Emirates@2:87', 'Emirates@4:56'] });
  });
});

describe('sports desk: fixtures ahead', () => {
  it('"Monaco next play at Lille on Wednesday before hosting Marseille": a fixture\'s verbs make the towns the sides played (Lille and Marseille were places, the sentence\'s Monaco the country); "Their fans travel to Lille", "grew up in Marseille" stay the towns', () => {
    const index = indexStory('fixtures-ahead.txt');
    expect(mentionsByType(index, 'Monaco')).toEqual({ organization: ['Monaco@0:0', 'Monaco@2:18', 'Monaco@4:29', 'Monaco@6:0'] });
    expect(mentionsByType(index, 'Lille')).toEqual({ organization: ['Lille@6:20'], place: ['Lille@6:101'] });
    expect(mentionsByType(index, 'Marseille')).toEqual({ organization: ['Marseille@6:54'], place: ['Marseille@6:142'] });
  });
});

describe('sports desk: playing positions', () => {
  it('"Flanker Ardie Savea", "Hooker Dan Sheehan", "Wicketkeeper Jos Buttler", "Spinner Nathan Lyon", "Linebacker Micah Parsons": a playing position before a name is no word of it (each kept it, "Linebacker Micah Parsons" an organization); "Mr Spinner" and "John Hooker … Hooker said" stay names', () => {
    const index = indexStory('positions.txt');
    expect(mentionsByType(index, 'Ardie Savea')).toEqual({ person: ['Ardie Savea@4:8'] });
    expect(mentionsByType(index, 'Dan Sheehan')).toEqual({ person: ['Dan Sheehan@4:58'] });
    expect(mentionsByType(index, 'Jos Buttler')).toEqual({ person: ['Jos Buttler@6:26'] });
    expect(mentionsByType(index, 'Nathan Lyon')).toEqual({ person: ['Nathan Lyon@6:65', 'Lyon@6:186'] });
    expect(mentionsByType(index, 'Micah Parsons')).toEqual({ person: ['Micah Parsons@6:147', 'Parsons@6:209'] });
    expect(mentionsByType(index, 'Spinner')).toEqual({ person: ['Spinner@8:3'] });
    expect(mentionsByType(index, 'John Hooker')).toEqual({ person: ['John Hooker@8:35', 'Hooker@8:48'] });
  });
});

describe('sports desk: racing teams', () => {
  it('"Lewis Hamilton was third for Mercedes and Lando Norris was fifth for McLaren": a copula and a finishing place make the team (Mercedes was a person), and "and" before a new clause\'s subject lends it no team\'s weight; "a third podium in a row for Hamilton" stays the driver', () => {
    const index = indexStory('racing-teams.txt');
    expect(mentionsByType(index, 'Mercedes')).toEqual({ organization: ['Mercedes@2:168'] });
    expect(mentionsByType(index, 'McLaren')).toEqual({ organization: ['McLaren@2:208'] });
    expect(mentionsByType(index, 'Lando Norris')).toEqual({ person: ['Lando Norris@2:181'] });
    expect(mentionsByType(index, 'Lewis Hamilton')).toEqual({ person: ['Lewis Hamilton@2:139', 'Hamilton@4:93'] });
  });

  it('"UAE Team Emirates controlled the 17th stage": "Team" inside a name makes a sports team (it was a place by "Emirates"); "the Team Manager of a club" names no team, and "the United Arab Emirates" stays the country', () => {
    const index = indexStory('cycling-teams.txt');
    expect(mentionsByType(index, 'UAE Team Emirates')).toEqual({ organization: ['UAE Team Emirates@0:24', 'UAE Team Emirates@2:109', 'UAE Team Emirates@4:116'] });
    expect(mentionsByType(index, 'United Arab Emirates').place).toContain('United Arab Emirates@4:160');
    expect(index.entities.map((e) => e.name)).not.toContain('Team Manager');
  });
});

describe('sports desk: championships', () => {
  it('"won the 1,500 metres at the IAAF World Championships … to win again at the World Championships": the event without its body\'s letters is the same event, an event (two organizations apart)', () => {
    const index = indexStory('championships.txt');
    expect(mentionsByType(index, 'IAAF World Championships')).toEqual({ event: ['IAAF World Championships@2:72', 'World Championships@4:75'] });
  });

  it('"The IAAF World Championships … the FINA World Championships … the World Championships": where two bodies\' events share the rest, the short form joins neither', () => {
    const index = indexStory('two-championships.txt');
    expect(mentionsByType(index, 'World Championships')).toEqual({ event: ['World Championships@4:20'] });
    expect(mentionsByType(index, 'IAAF World Championships')).toEqual({ event: ['IAAF World Championships@2:23'] });
    expect(mentionsByType(index, 'FINA World Championships')).toEqual({ event: ['FINA World Championships@2:95'] });
  });
});

describe('sports desk: a city and its team\'s singular word', () => {
  it('"Perth Glory captain Dylan Rourke", "a move to Brisbane Roar", "plays for the Seattle Storm": a city and a word teams are named with in the singular are a team (each was other); "the Baltimore Sun" stays a body, "Morning Glory" no team', () => {
    const index = indexStory('city-nicknames.txt');
    expect(mentionsByType(index, 'Perth Glory')).toEqual({ organization: ['Perth Glory@2:14'] });
    expect(mentionsByType(index, 'Brisbane Roar')).toEqual({ organization: ['Brisbane Roar@2:133'] });
    expect(mentionsByType(index, 'Seattle Storm')).toEqual({ organization: ['Seattle Storm@4:76'] });
    expect(mentionsByType(index, 'Melbourne Victory')).toEqual({ organization: ['Melbourne Victory@4:24'] });
    expect(index.entities.map((e) => e.name)).not.toContain('Morning Glory');
  });
});

describe('sports desk: a player whose forename is a town\'s', () => {
  it('"Bam Adebayo had 22 points": a name whose own words read as a person\'s holds no place (it held a place "Bam", the Iranian city); "Boston" inside "Boston Celtics" is still the city', () => {
    const index = indexStory('town-forenames.txt');
    expect(mentionsByType(index, 'Bam Adebayo')).toEqual({ person: ['Bam Adebayo@2:14'] });
    expect(index.entities.map((e) => e.name)).not.toContain('Bam');
    expect(mentionsByType(index, 'Boston')).toEqual({ place: ['Boston@0:25', 'BOSTON@2:0', 'Boston@2:89'] });
  });
});

describe('culture desk: awards counted', () => {
  it('"her second Oscar": an ordinal after a possessive counts wins of the award, an event, no short form of the presenter "Oscar Isaac" (it was his first mention)', () => {
    const index = indexStory('awards-count.txt');
    expect(mentionsByType(index, 'Oscar')).toEqual({ event: ['Oscar@4:58'] });
    expect(mentionsByType(index, 'Oscar Isaac')).toEqual({ person: ['Oscar Isaac@4:147', 'Isaac@4:193'] });
  });
});

describe('sports desk: a team by its nickname', () => {
  it('"The Proteas, who play Pakistan at Centurion": in a match\'s report "the" and a capitalised plural no list knows is a team (it was a person by "who"); "The Americans" and "the Clintons" after "Bill Clinton" stay people', () => {
    const index = indexStory('team-nicknames.txt');
    expect(mentionsByType(index, 'Proteas')).toEqual({ organization: ['Proteas@4:4'] });
    expect(mentionsByType(index, 'Americans')).toEqual({ person: ['Americans@4:97'] });
    expect(mentionsByType(index, 'Clintons')).toEqual({ person: ['Clintons@4:188'] });
  });

  it('"The Proteas, a South African display": in a story of no match the plural is no team', () => {
    const index = indexStory('no-match-plurals.txt');
    expect(Object.keys(mentionsByType(index, 'Proteas'))).not.toContain('organization');
  });
});

describe('sports desk: a player whose surname reads as a plural', () => {
  it('"Madison Keys stunned world number one Iga Swiatek": a given name and a surname the census lists in a plural\'s form are a person (a city and a plural made a team, an organization); "the Charlotte Knights", "the Orlando Magic" and "the Dallas Stars" stay teams', () => {
    const index = indexStory('surname-plurals.txt');
    expect(mentionsByType(index, 'Madison Keys')).toEqual({ person: ['Keys@0:0', 'Madison Keys@2:19', 'Keys@4:0', 'Keys@4:111'] });
    for (const team of ['Charlotte Knights', 'Orlando Magic', 'Dallas Stars']) expect([team, Object.keys(mentionsByType(index, team))]).toEqual([team, ['organization']]);
  });
});
