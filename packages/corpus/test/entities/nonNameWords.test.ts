import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNames as names, indexFixtureStory, indexTexts, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short stories written for these tests (test/fixtures/non-name-words), with invented people and
// places: capitalised words that name no one, and a word of one story's name that another story's
// headline took for it. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('non-name-words', name);
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/non-name-words/${name}`, import.meta.url), 'utf8');

describe('non-names: a creed\'s or a movement\'s adjective', () => {
  it('"a Baptist minister", "the Jesuit college", "had become Calvinist", "Maoist rebels", "A Mormon bishop": no entities; the church and the service named with them stay', () => {
    const index = indexStory('creeds.txt');
    for (const word of ['Baptist', 'Jesuit', 'Calvinist', 'Maoist', 'Mormon', 'Mennonite']) expect(names(index).filter((n) => n === word)).toEqual([]);
    expect(mentionsOf(index, 'First Baptist Church of Carrow')).toEqual(['First Baptist Church of Carrow@3:57']);
    expect(mentionsOf(index, 'Jesuit Refugee Service')).toEqual(['Jesuit Refugee Service@3:99']);
    expect(typeOf(index, 'Tomas Reyland')).toBe('person');
  });
});

describe('non-names: letters after a count', () => {
  it('"hitting .281 with 14 RBI.", "a 2.95 ERA", "draw 500 MW at peak": a statistic or a unit, no body (each was an organization); not after a year, nor before what is counted', () => {
    const index = indexStory('box-score.txt');
    for (const letters of ['RBI', 'ERA', 'MW']) expect(names(index).filter((n) => n === letters)).toEqual([]);
    expect(mentionsOf(index, 'NATO')).toEqual(['NATO@3:8']);
    expect(mentionsOf(index, 'BBC')).toEqual(['BBC@3:63']);
    expect(typeOf(index, 'Lino Varga')).toBe('person');
  });
});

describe('non-names: a piece of an identifier', () => {
  it('"[CONV_051012b_04.11]", "[Rice2_1018014]": words joined by underscores label a recording, no names (they gave "CONV" and "Rice2")', () => {
    const index = indexStory('transcript-ids.txt');
    expect(names(index).filter((n) => /conv|rice/i.test(n))).toEqual([]);
    expect(mentionsOf(index, 'India')).toEqual(['India@0:17']);
    expect(mentionsOf(index, 'Ravi')).toEqual(['Ravi@1:40']);
  });
});

describe('non-names: an office closing another story\'s name', () => {
  it('"Brent County Sheriff’s deputies were responding" in one story: neither "Sheriff" in another story\'s headline, nor "Brent" in its own, is that officer', () => {
    const index = indexTexts({ 'deputies-shooting.txt': fixture('deputies-shooting.txt'), 'armed-suspect.txt': fixture('armed-suspect.txt') });
    const officer = mentionsOf(index, 'Brent County Sheriff');
    expect(officer.filter((m) => m.startsWith('Sheriff@0:') || m.startsWith('Brent@'))).toEqual([]);
    expect(index.mentionsOf(index.entities.find((e) => e.name === 'Brent County Sheriff')!).map((m) => m.file)).not.toContain('armed-suspect.txt');
    expect(mentionsOf(index, 'Tilford County')).toContain('Tilford County@0:0');
    expect(typeOf(index, 'Ray Odom')).toBe('person');
  });
});

describe('roles: the whole expression that names a body', () => {
  // What the editor highlights for each mention of the entity: the text its range covers.
  const highlighted = (index: CorpusIndex, text: string, name: string): string[] => {
    const lines = text.split('\n');
    return index.mentionsOf(index.entities.find((e) => e.name === name)!).map((m) => `${lines[m.range.start.line]!.slice(m.range.start.character, m.range.end.character)}@${m.range.start.line}:${m.range.start.character}`);
  };

  it('"asks this Court to set aside", "this Court held": the demonstrative opens the court\'s mention, as "the" does not; "Mr. Chief Justice" is an addressed office whose honorific opens its range, as "this" does (it was "Chief Justice")', () => {
    const index = indexStory('oral-argument.txt');
    expect(highlighted(index, fixture('oral-argument.txt'), 'Court')).toEqual(['Court@2:53', 'this Court@2:76', 'this Court@3:17']);
    expect(highlighted(index, fixture('oral-argument.txt'), 'Parliament')).toEqual(['this Parliament@3:96']);
    expect(typeOf(index, 'Court')).toBe('organization');
    expect(highlighted(index, fixture('oral-argument.txt'), 'Chief Justice')).toEqual(['Mr. Chief Justice@2:12']);
  });
});

describe('non-names: an adjective made from a name', () => {
  it('"an Orwellian nightmare", "on Keynesian economics", "a Darwinian struggle", "of Illyrian ancestry", "a Pachomian monk": no entities (each was an other or a place); the people and places beside them stay', () => {
    const index = indexStory('name-adjectives.txt');
    for (const word of ['Orwellian', 'Keynesian', 'Darwinian', 'Illyrian', 'Pachomian']) expect(names(index).filter((n) => n === word)).toEqual([]);
    expect(mentionsOf(index, 'Dara Quill')).toEqual(['Dara Quill@2:81']);
    expect(mentionsOf(index, 'Trevane')).toEqual(['Trevane@3:39']);
    expect(mentionsOf(index, 'Brian Osei')).toEqual(['Brian Osei@3:83', 'Brian@3:148']);
  });
});

describe('non-names: a region\'s people before a noun', () => {
  it('"West African states", "North African migrants", "the West European system": no entities (each was an other or a product); "West Africa", "South America" and a body opening with "North American" stay', () => {
    const index = indexStory('regions-peoples.txt');
    expect(names(index).filter((n) => /^(West|North|South) (African|European|American)$/.test(n))).toEqual([]);
    expect(mentionsOf(index, 'North American Aerospace Defense Command')).toEqual(['North American Aerospace Defense Command@3:21']);
    expect(mentionsOf(index, 'South America')).toEqual(['South America@3:67']);
    expect(mentionsOf(index, 'West Africa')).toEqual(['West Africa@3:85']);
    expect(typeOf(index, 'Nadia Ferrand')).toBe('person');
  });
});
