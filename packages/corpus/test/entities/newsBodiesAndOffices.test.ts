import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNamed, entityNames, indexFixtureStory, mentionsAtLines as mentionsOf } from '../helpers/indexTexts.js';

// One entity's several forms and bodies' names in news stories (test/fixtures/alias-forms-news):
// which mentions are one entity, each written "text@line:character" (LSP positions), and its type.

const indexStory = (name: string): CorpusIndex => indexFixtureStory('alias-forms-news', name);

describe('news alias forms: a foreign body by its head word', () => {
  it('"Klinikum Oberfeld", "Krankenhaus Altenau" and "Ospedale San Vittore" are organizations (two were persons)', () => {
    const index = indexStory('oberfeld-klinikum.txt');
    expect(mentionsOf(index, 'Klinikum Oberfeld')).toEqual(['Klinikum Oberfeld@2:14', 'Klinikum Oberfeld@6:67']);
    expect(entityNamed(index, 'Klinikum Oberfeld').type).toBe('organization');
    expect(entityNamed(index, 'Krankenhaus Altenau').type).toBe('organization');
    expect(mentionsOf(index, 'Ospedale San Vittore')).toEqual(['Ospedale San Vittore@6:0']);
    expect(entityNamed(index, 'Ospedale San Vittore').type).toBe('organization');
  });

  it('a translated head word that is also a surname names no body: "Lorenzo Chiesa", "Paolo Della Corte" stay persons', () => {
    const index = indexStory('chiesa-winger.txt');
    expect(mentionsOf(index, 'Lorenzo Chiesa')).toEqual(['Lorenzo Chiesa@2:13', 'Chiesa@2:61']);
    expect(entityNamed(index, 'Lorenzo Chiesa').type).toBe('person');
    expect(entityNamed(index, 'Paolo Della Corte').type).toBe('person');
  });
});

describe('news alias forms: an office given in a lower-case appositive', () => {
  it('"Amara Keita, the president of Mali, … Mr. President … The President" is one person (the office was a person of its own)', () => {
    const index = indexStory('keita-president.txt');
    expect(mentionsOf(index, 'Amara Keita')).toEqual(['Amara Keita@2:0', 'President@4:3', 'President@8:4']);
    expect(entityNamed(index, 'Amara Keita').type).toBe('person');
    expect(entityNames(index)).not.toContain('President');
  });
});

describe('news alias forms: a work\'s title after a work\'s noun', () => {
  it('"an adaptation of Alice in Wonderland" is one work (it was a person "Alice" and a place "Wonderland"); "the book Men of Mathematics" is one too', () => {
    const index = indexStory('quentin-adaptation.txt');
    expect(mentionsOf(index, 'Alice in Wonderland')).toEqual(['Alice in Wonderland@2:72']);
    expect(entityNamed(index, 'Alice in Wonderland').type).toBe('other');
    expect(entityNames(index)).not.toContain('Wonderland');
    expect(entityNames(index)).not.toContain('Alice');
    expect(mentionsOf(index, 'Men of Mathematics')).toEqual(['Men of Mathematics@4:37']);
  });

  it('"The film Oppenheimer in London" was shown in a place the lists know: two names, as before', () => {
    const index = indexStory('quentin-adaptation.txt');
    expect(mentionsOf(index, 'Oppenheimer')).toEqual(['Oppenheimer@4:80']);
    expect(mentionsOf(index, 'London')).toEqual(['London@4:95']);
    expect(entityNamed(index, 'London').type).toBe('place');
  });
});

describe('news alias forms: the State as a party to a case', () => {
  it('"The State of Oregon, respondent, … We agree with the State … State v. Meharry" are all the state (each "State" named no one)', () => {
    const index = indexStory('pike-state.txt');
    expect(mentionsOf(index, 'Oregon')).toEqual(['Oregon@0:17', 'Oregon@4:13', 'Respondent@6:69', 'State@8:18', 'State@8:31', 'State@8:53', 'State@8:128']);
    expect(mentionsOf(index, 'Harold Pike')).toEqual(['Harold Pike@2:0', 'Petitioner@6:0']);
    expect(entityNames(index)).not.toContain('State');
  });

  it('"Secretary of State Linda Harwell … the State would not comment": the State is not the secretary', () => {
    const index = indexStory('harwell-state.txt');
    expect(mentionsOf(index, 'Linda Harwell')).toEqual(['Linda Harwell@2:37']);
    expect(mentionsOf(index, 'State Department')).toEqual(['State Department@4:4']);
  });
});
