import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short match reports written for these tests (test/fixtures/news-club-sides), each indexed alone as a
// corpus of one article, with invented clubs and players: shapes of real sports pages that made a
// person or a place of a club. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-club-sides', name);

describe('club sides: two words on a side of a scored match', () => {
  it('"Harbury Thistle beat Cardow Phoenix 2-1", "Dunmore Victory lost 3-0 to Lisvane Glory": a club no list knows, on either side of a match verb with a score, is a body (they were persons and other by their shape)', () => {
    const index = indexStory('two-word-sides.txt');
    expect(mentionsOf(index, 'Harbury Thistle')).toEqual(['Harbury Thistle@2:0', 'Harbury Thistle@3:29']);
    for (const club of ['Harbury Thistle', 'Cardow Phoenix', 'Dunmore Victory', 'Lisvane Glory']) expect([club, typeOf(index, club)]).toEqual([club, 'organization']);
    expect(typeOf(index, 'Marek Olsen')).toBe('person');
  });

  it('"Verdano slipped to a 2-0 defeat … had won 2-1 at Verdano": a side moving "to" a scored result is a club, though "at" its ground made it a place', () => {
    const index = indexStory('two-word-sides.txt');
    expect(mentionsOf(index, 'Verdano')).toEqual(['Verdano@4:0', 'Verdano@5:21']);
    expect(typeOf(index, 'Verdano')).toBe('organization');
  });
});

describe('club sides: a town the story names its club after', () => {
  it('"Bendigo Roar beat Geelong Falcons 2-1 … The game looked lost for Bendigo … Geelong had the better of the first half": the town alone is the club in a match report (both were places), unless its sentence makes it the town ("Fans in Bendigo")', () => {
    const index = indexStory('town-clubs.txt');
    expect(mentionsOf(index, 'Bendigo Roar')).toEqual(['Bendigo Roar@2:0', 'Bendigo@3:25']);
    expect(typeOf(index, 'Bendigo Roar')).toBe('organization');
    expect(mentionsOf(index, 'Geelong Falcons')).toEqual(['Geelong Falcons@2:18', 'Geelong@4:0']);
    expect(mentionsOf(index, 'Bendigo')).toEqual(['Bendigo@5:8']);
    expect(typeOf(index, 'Bendigo')).toBe('place');
  });

  it('"Norwich City 0-1 Brighton and Hove Albion … the win for Brighton": a word of a town joined by "and" stands for the club named after it', () => {
    const index = indexStory('town-clubs.txt');
    expect(mentionsOf(index, 'Brighton and Hove Albion')).toEqual(['Brighton and Hove Albion@6:17', 'Brighton@6:81']);
    expect(typeOf(index, 'Brighton and Hove Albion')).toBe('organization');
  });
});

describe('club sides: a scorer named like a club, a club split at its town', () => {
  it('"Reiss Nelson scored twice as Arsenal beat Fulham 3-1", "Kallum Irving, who scored his first goal": a scorer\'s own tally after a name is a player\'s, though a given name the lists miss and a town ("Nelson") look like "Celta Vigo" (he was the club); "Demetriades\' powerful volley" owns a stroke by its apostrophe alone', () => {
    const index = indexStory('scorer-and-split.txt');
    expect(mentionsOf(index, 'Reiss Nelson')).toEqual(['Reiss Nelson@2:0', 'Nelson@2:66']);
    expect(typeOf(index, 'Reiss Nelson')).toBe('person');
    expect(typeOf(index, 'Arsenal')).toBe('organization');
    // "Kallum Irving, who scored his first goal in the 2-0 win": the tally after ", who" is his too.
    expect(mentionsOf(index, 'Kallum Irving')).toEqual(['Kallum Irving@5:0']);
    expect(typeOf(index, 'Kallum Irving')).toBe('person');
    // "Demetriades' powerful volley": a name in "s" owns a stroke by its apostrophe alone (it was other).
    expect(mentionsOf(index, 'Demetriades')).toEqual(['Demetriades@6:23']);
    expect(typeOf(index, 'Demetriades')).toBe('person');
  });

  it('"a 2-1 win over Wellington Phoenix … Phoenix held a rigid shape": a town and a word the story gives alone stay one club where the sentence makes the whole a side (they were two places)', () => {
    const index = indexStory('scorer-and-split.txt');
    expect(mentionsOf(index, 'Wellington Phoenix')).toEqual(['Phoenix@0:19', 'Wellington Phoenix@3:47', 'Phoenix@4:0', 'Wellington@4:50']);
    expect(typeOf(index, 'Wellington Phoenix')).toBe('organization');
  });
});

describe('club sides: a party named like a town', () => {
  it('"Morena won 218 of the 300 districts", "MORENA swept every district": a town of the lists that wins seats or districts is a party (it was a place); "Nuevo Leon gained two seats after the census" stays a place', () => {
    const index = indexStory('party-as-town.txt');
    expect(mentionsOf(index, 'Morena')).toEqual(['Morena@2:0', 'MORENA@3:24']);
    expect(typeOf(index, 'Morena')).toBe('organization');
    expect(typeOf(index, 'PAN')).toBe('organization');
    expect(typeOf(index, 'Nuevo Leon')).toBe('place');
  });
});

describe('club sides: a side opening the main clause after a ground', () => {
  it('"On Friday in Hobart, Tasmania beat Victoria by six wickets": the comma closes the opening phrase and the side is the subject of a verb in the past, no qualifier of the town (it was one mention "Hobart, Tasmania"); "Perth, Western Australia, on Monday" stays an address', () => {
    const index = indexStory('test-match.txt');
    expect(mentionsOf(index, 'Hobart')).toEqual(['Hobart@0:14', 'Hobart@2:13']);
    expect(mentionsOf(index, 'Tasmania')).toEqual(['Tasmania@2:21']);
    expect(typeOf(index, 'Tasmania')).toBe('organization');
    expect(mentionsOf(index, 'Perth')).toEqual(['Perth@3:23']);
  });
});
