import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNames, indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short wire stories written for these tests (test/fixtures/news-people-politics), each indexed alone
// as a corpus of one article, with invented people, states and players: a state's office before its
// holder, a leader's staff after a possessive, a leader's plans after a modal, a pair of players, and
// a party's adjective before its members. Mentions are "text@line:character" (LSP positions).

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-people-politics', name);

describe("a state's office before its holder", () => {
  it('"Delta State Governor, Sheriff Oborevwa, said", "Rivers State Governor, Tamuno Ibekwe,": the state is a place (the run was dropped whole), its holder a person', () => {
    const index = indexStory('state-governors.txt');
    expect(mentionsOf(index, 'Delta State')).toEqual(['Delta State@2:27']);
    expect(mentionsOf(index, 'Rivers State')).toEqual(['Rivers State@4:0']);
    for (const state of ['Delta State', 'Rivers State']) expect(typeOf(index, state)).toBe('place');
    expect(mentionsOf(index, 'Oborevwa')).toEqual(['Oborevwa@2:57']);
    expect(mentionsOf(index, 'Tamuno Ibekwe')).toEqual(['Tamuno Ibekwe@4:23']);
    for (const holder of ['Oborevwa', 'Tamuno Ibekwe']) expect(typeOf(index, holder)).toBe('person');
  });

  it('"Kano State Governor Abba Danlami said": the state keeps its "State" (it was "Kano" alone); "Ohio State Treasurer Robert Kessling" keeps it in the title', () => {
    const index = indexStory('state-governors.txt');
    expect(mentionsOf(index, 'Kano State')).toEqual(['Kano State@4:80']);
    expect(typeOf(index, 'Kano State')).toBe('place');
    expect(mentionsOf(index, 'Abba Danlami')).toEqual(['Abba Danlami@4:100']);
    expect(mentionsOf(index, 'Ohio')).toEqual(['Ohio@6:0']);
    expect(mentionsOf(index, 'Robert Kessling')).toEqual(['Robert Kessling@6:21']);
  });
});

describe("a leader's staff after a possessive", () => {
  it('"Marsh\'s special envoy, Dalen Okoro, said" opening a sentence, "Zelanko\'s chief of staff, Andriy Parkhom,": the owners are persons (Marsh was dropped, Zelanko other), and so are the holders', () => {
    const index = indexStory('leaders-staff.txt');
    expect(mentionsOf(index, 'Marsh')).toEqual(['Marsh@2:17']);
    expect(mentionsOf(index, 'Zelanko')).toEqual(['Zelanko@4:0']);
    expect(mentionsOf(index, 'Dalen Okoro')).toEqual(['Dalen Okoro@2:40']);
    expect(mentionsOf(index, 'Andriy Parkhom')).toEqual(['Andriy Parkhom@4:26']);
    for (const name of ['Marsh', 'Zelanko', 'Dalen Okoro', 'Andriy Parkhom']) expect(typeOf(index, name)).toBe('person');
  });
});

describe("a leader's plans after a modal", () => {
  it('"Oruveli will travel to Beijing", "Tarkovan could arrive in Geneva" opening sentences, "said Matarazu would visit Moscow": persons (the first two were dropped, Matarazu other); "Negotiators will meet" names no one', () => {
    const index = indexStory('modal-future.txt');
    expect(mentionsOf(index, 'Oruveli')).toEqual(['Oruveli@2:21']);
    expect(mentionsOf(index, 'Matarazu')).toEqual(['Matarazu@4:22']);
    expect(mentionsOf(index, 'Tarkovan')).toEqual(['Tarkovan@4:59']);
    for (const name of ['Oruveli', 'Matarazu', 'Tarkovan']) expect(typeOf(index, name)).toBe('person');
    expect(entityNames(index)).not.toContain('Negotiators');
  });
});

describe('players in a match report', () => {
  it('"Devrath and Gill both scored fifties", "Kohlan and Pant added 90 for the fourth wicket", "Bumrath took three wickets": players (the pairs were dropped, Bumrath other); "India beat England", "India made 281 runs" are the national side (they were the place, matchReportSides.ts), the dateline\'s "India" stays the place', () => {
    const index = indexStory('cricket-pairs.txt');
    expect(mentionsOf(index, 'Devrath')).toEqual(['Devrath@2:75']);
    expect(mentionsOf(index, 'Gill')).toEqual(['Gill@2:87']);
    expect(mentionsOf(index, 'Kohlan')).toEqual(['Kohlan@4:0']);
    expect(mentionsOf(index, 'Pant')).toEqual(['Pant@4:11']);
    expect(mentionsOf(index, 'Bumrath')).toEqual(['Bumrath@4:57']);
    for (const name of ['Devrath', 'Gill', 'Kohlan', 'Pant', 'Bumrath']) expect(typeOf(index, name)).toBe('person');
    const india = index.entities.filter((e) => e.name === 'India').map((e) => [e.type, index.mentionsOf(e).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`)]);
    expect(india).toHaveLength(2);
    expect(india).toContainEqual(['organization', ['India@0:0', 'India@2:26', 'India@4:101']]);
    expect(india).toContainEqual(['place', ['India@2:8']]);
  });
});

describe("a party's adjective before its members", () => {
  it('"Conservative MP James Arkwell said" after "Several Conservative MPs": the adjective names no one (it was "Conservative" other), as "Several Conservative MPs" does; "Labour MPs" and "Tory MPs" stay the parties', () => {
    const index = indexStory('party-members.txt');
    expect(entityNames(index)).not.toContain('Conservative');
    expect(mentionsOf(index, 'James Arkwell')).toEqual(['James Arkwell@2:101']);
    expect(typeOf(index, 'James Arkwell')).toBe('person');
    expect(mentionsOf(index, 'Labour Party')).toEqual(['Labour@4:0']);
    expect(mentionsOf(index, 'Conservative Party')).toEqual(['Tory@4:36']);
    expect(typeOf(index, 'Conservative Party')).toBe('organization');
  });

  it('"A group of Conservative MPs wrote", "A Conservative MP said": no name (both were "Conservative")', () => {
    const index = indexStory('party-member-one.txt');
    expect(entityNames(index).sort()).toEqual(['London', 'Reuters']);
  });
});

describe('a party named after "the opposition"', () => {
  it('"candidate of the main opposition Umoja": what follows "opposition" as its noun is a party, a body (Umoja was other)', () => {
    const index = indexStory('opposition-party.txt');
    expect(mentionsOf(index, 'Umoja')).toEqual(['Umoja@2:57', 'Umoja@3:11']);
    expect(typeOf(index, 'Umoja')).toBe('organization');
    expect(typeOf(index, 'Amani Mbeki')).toBe('person');
  });
});
