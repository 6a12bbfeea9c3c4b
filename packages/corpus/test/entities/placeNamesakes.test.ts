import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexTexts } from '../helpers/indexTexts.js';

type Index = ReturnType<typeof indexTexts>;

const FOLDER = new URL('../fixtures/namesakes/', import.meta.url);
const fixtures = Object.fromEntries(readdirSync(FOLDER).map((name) => [name, readFileSync(new URL(name, FOLDER), 'utf8')]));

/**
 * Every entity of that name, each as its type and its mentions ("file:line:character words"), the
 * words being those its range covers; entities in the order of their first mention's file.
 */
function entitiesNamed(index: Index, files: Record<string, string>, name: string): string[][] {
  return index.entities
    .filter((e) => e.name === name)
    .map((e) => [
      e.type,
      ...index.mentionsOf(e).map((m) => {
        const line = files[m.file]!.split('\n')[m.range.start.line]!;
        return `${m.file}:${m.range.start.line}:${m.range.start.character} ${line.slice(m.range.start.character, m.range.end.character)}`;
      }),
    ])
    .sort((a, b) => (a[1]! < b[1]! ? -1 : 1));
}

describe('places that share a name are two entities when the articles say which', () => {
  const index = indexTexts(fixtures);
  const named = (name: string) => entitiesNamed(index, fixtures, name);

  it('Georgia: the US state by its towns, its dateline and "Ga.", the country by Tbilisi and "Georgian"', () => {
    expect(named('Georgia')).toEqual([
      [
        'place',
        'ap-georgia-runoff.txt:0:15 Georgia',
        'ap-georgia-runoff.txt:4:1 Georgia',
        'ap-georgia-runoff.txt:4:107 Georgia',
        'local-macon-plant.txt:0:7 Ga.',
        'local-macon-plant.txt:0:62 Georgia',
        'local-macon-plant.txt:2:123 Georgia',
      ],
      [
        'place',
        'reuters-tbilisi-protests.txt:0:9 Georgia',
        'reuters-tbilisi-protests.txt:2:0 Georgia',
        'reuters-tbilisi-protests.txt:4:0 Georgia',
        'wire-caucasus-pipeline.txt:0:31 Georgia',
        'wire-caucasus-pipeline.txt:2:0 Georgia',
      ],
    ]);
    // The country keeps the gazetteer's other names; the state has none of them.
    const aliasesOf = (file: string) => index.entities.find((e) => e.name === 'Georgia' && index.mentionsOf(e)[0]!.file === file)!.aliases.map((a) => a.text);
    expect(aliasesOf('reuters-tbilisi-protests.txt')).toContain('Sakartvelo');
    expect(aliasesOf('ap-georgia-runoff.txt')).toEqual(['Georgia', 'Ga.']);
    // A place with no namesake in the corpus stays one entity across the state's articles.
    expect(named('Savannah')).toEqual([['place', 'ap-georgia-runoff.txt:4:85 Savannah', 'local-macon-plant.txt:2:113 Savannah']]);
  });

  it('Punjab, Córdoba, Birmingham and Victoria: one entity per country the articles place them in', () => {
    expect(named('Punjab')).toEqual([
      ['place', 'dawn-punjab-floods.txt:0:29 Punjab', 'dawn-punjab-floods.txt:2:0 Punjab'],
      ['place', 'pti-punjab-farmers.txt:0:31 Punjab', 'pti-punjab-farmers.txt:2:0 Punjab'],
    ]);
    expect(named('Córdoba')).toEqual([
      ['place', 'bae-cordoba-strike.txt:0:41 Córdoba, Argentina', 'bae-cordoba-strike.txt:2:24 Córdoba'],
      ['place', 'efe-cordoba-heat.txt:0:57 Córdoba, Spain', 'efe-cordoba-heat.txt:2:16 Córdoba'],
    ]);
    expect(named('Birmingham')).toEqual([
      ['place', 'al-birmingham-school.txt:0:0 BIRMINGHAM, Ala.', 'al-birmingham-school.txt:0:45 Birmingham, Alabama', 'al-birmingham-school.txt:2:0 Birmingham'],
      ['place', 'bbc-birmingham-council.txt:0:0 BIRMINGHAM, England', 'bbc-birmingham-council.txt:0:22 Birmingham', 'bbc-birmingham-council.txt:2:83 Birmingham'],
    ]);
    expect(named('Victoria')).toEqual([
      ['place', 'abc-victoria-bushfire.txt:0:39 Victoria', 'abc-victoria-bushfire.txt:2:91 Victoria'],
      ['place', 'cbc-victoria-housing.txt:0:0 VICTORIA, British Columbia', 'cbc-victoria-housing.txt:0:45 Victoria', 'cbc-victoria-housing.txt:2:25 Victoria', 'cbc-victoria-housing.txt:2:96 Victoria'],
    ]);
  });
});

describe('what decides a namesake', () => {
  const named = (files: Record<string, string>, name: string) => entitiesNamed(indexTexts(files), files, name);

  it('"the U.S. state of Georgia" and "the Indian state of Punjab" name their country before the namesake', () => {
    const files = {
      'a.txt': 'The company will build a plant in the U.S. state of Georgia, its chief executive said.\n',
      'b.txt': 'Talks with Georgia stalled after the vote in Tbilisi.\n',
      'c.txt': 'Farmers marched in the Indian state of Punjab on Monday.\n',
      'd.txt': 'Rain flooded Punjab, and Lahore closed its schools.\n',
    };
    expect(named(files, 'Georgia')).toEqual([['place', 'a.txt:0:52 Georgia'], ['place', 'b.txt:0:11 Georgia']]);
    expect(named(files, 'Punjab')).toEqual([['place', 'c.txt:0:39 Punjab'], ['place', 'd.txt:0:13 Punjab']]);
  });

  it('a country named in passing does not move a great city: London of the Paralympics stays England\'s beside "Canada" and "Canadian"', () => {
    const files = {
      'a.txt': 'She won bronze at the Paralympics in London. She later coached in Canada and married a Canadian engineer.\n',
      'b.txt': 'LONDON, Ontario — City council in London approved a new transit plan on Monday.\n',
      'c.txt': 'Ticket prices in London rose again, Transport for London said.\n',
    };
    expect(named(files, 'London')).toEqual([
      ['place', 'a.txt:0:37 London', 'c.txt:0:17 London', 'c.txt:0:50 London'],
      ['place', 'b.txt:0:0 LONDON, Ontario', 'b.txt:0:34 London'],
    ]);
  });
});
