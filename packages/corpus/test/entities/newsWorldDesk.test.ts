import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short world, politics and court stories written for these tests (test/fixtures/news-world-desk),
// each indexed alone as a corpus of one article, with invented people: shapes of real copy from
// parliaments, central banks and UN agencies outside the English-speaking world. Mentions are
// "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-world-desk', name);

describe('world desk: an office\'s body, then a holder no list of given names knows', () => {
  it('"Speaker of the Seimas Vytenis Velaskis", "chairperson of the Tarvel Policy Council Hideaki Moriyama", "head of Interpol Juergen Vollrath", "governor of the Central Bank of Kenya Kamau Wanyoike": body and holder are two names (each was one, a person or a body)', () => {
    const index = indexStory('office-holders.txt');
    expect(mentionsOf(index, 'Vytenis Velaskis')).toEqual(['Vytenis Velaskis@2:39', 'Velaskis@4:0']);
    expect(mentionsOf(index, 'Seimas')).toEqual(['Seimas@2:32']);
    expect(mentionsOf(index, 'Hideaki Moriyama')).toEqual(['Hideaki Moriyama@2:136', 'Moriyama@4:13']);
    expect(mentionsOf(index, 'Tarvel Policy Council')).toEqual(['Tarvel Policy Council@2:114']);
    expect(typeOf(index, 'Tarvel Policy Council')).toBe('organization');
    expect(mentionsOf(index, 'Juergen Vollrath')).toEqual(['Juergen Vollrath@3:21']);
    expect(mentionsOf(index, 'Interpol')).toEqual(['Interpol@3:12']);
    expect(mentionsOf(index, 'Kamau Wanyoike')).toEqual(['Kamau Wanyoike@3:132']);
    expect(mentionsOf(index, 'Central Bank of Kenya')).toEqual(['Central Bank of Kenya@3:110']);
    expect(typeOf(index, 'Central Bank of Kenya')).toBe('organization');
    for (const person of ['Vytenis Velaskis', 'Hideaki Moriyama', 'Juergen Vollrath', 'Kamau Wanyoike']) expect([person, typeOf(index, person)]).toEqual([person, 'person']);
    expect(names(index).filter((n) => /(?:Seimas|Council|Interpol|Kenya) \p{Lu}/u.test(n))).toEqual([]);
  });
});

describe('world desk: the style of address before an office', () => {
  it('"Hon Minister Kofi Asante-Mensah opened", "The Hon. Minister of Finance, Yaw Boateng-Darko,": "Hon" names no one (it was a person "Hon" each time)', () => {
    const index = indexStory('styles-and-chiefly-names.txt');
    expect(names(index).filter((n) => /^Hon\b/.test(n))).toEqual([]);
    expect(mentionsOf(index, 'Kofi Asante-Mensah')).toEqual(['Kofi Asante-Mensah@2:13', 'Asante-Mensah@4:0']);
    expect(mentionsOf(index, 'Yaw Boateng-Darko')).toEqual(['Yaw Boateng-Darko@2:102']);
  });
});

describe('world desk: a Pacific name with its chiefly titles after an office', () => {
  it('"Prime Minister Fuimaono Lealaiauloto Tuimavave Aiolupotea Sefo": five words no dictionary holds are one person\'s, the office cut off (it stayed in one name, typed organization)', () => {
    const index = indexStory('styles-and-chiefly-names.txt');
    const name = 'Fuimaono Lealaiauloto Tuimavave Aiolupotea Sefo';
    expect(mentionsOf(index, name)).toEqual([`${name}@3:35`, 'Sefo@4:37']);
    expect(typeOf(index, name)).toBe('person');
    expect(names(index).filter((n) => n.startsWith('Prime Minister'))).toEqual([]);
  });
});

describe('world desk: a post in capitals set off as an appositive', () => {
  it('"Marta Ilunga, Executive Director, and Tomas Bervik, Programme Manager.", "the party\'s Deputy Coordinator,": the post names no one (each was a person)', () => {
    const index = indexStory('briefing-and-court.txt');
    for (const post of ['Executive Director', 'Programme Manager', 'Deputy Coordinator', 'Senior Adviser']) expect([post, names(index).includes(post)]).toEqual([post, false]);
    expect(mentionsOf(index, 'Marta Ilunga')).toEqual(['Marta Ilunga@2:25', 'Ilunga@4:0']);
    for (const person of ['Tomas Bervik', 'Rafael Quintero', 'Lucia Ferraz']) expect([person, typeOf(index, person)]).toEqual([person, 'person']);
  });
});

describe('world desk: a court\'s branch by its number', () => {
  it('"the Pasig Regional Trial Court Branch 154 dismissed the case": a court\'s numbered branch is a body, as a union\'s "Local 710" is (it was a vessel by its number)', () => {
    const index = indexStory('briefing-and-court.txt');
    expect(mentionsOf(index, 'Pasig Regional Trial Court Branch 154')).toEqual(['Pasig Regional Trial Court Branch 154@3:15']);
    expect(typeOf(index, 'Pasig Regional Trial Court Branch 154')).toBe('organization');
    expect(typeOf(index, 'Ana Villaruel')).toBe('person');
  });
});
