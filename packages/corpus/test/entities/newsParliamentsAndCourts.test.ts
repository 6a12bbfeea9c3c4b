import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short political and court stories written for these tests (test/fixtures/news-parliaments), each
// indexed alone as a corpus of one article, with invented people: shapes of Irish, Sri Lankan,
// Singaporean, Philippine, Ghanaian and Bangladeshi copy that cut a name wrong or typed it wrong.
// Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-parliaments', name);

describe('parliaments: offices before a name', () => {
  it('"Government Chief Whip Pat Carey", "Parliamentarian Ruwan Perera": a whip and a parliamentarian are titles, no words of the name (they were "Whip Pat Carey", "Parliamentarian Ruwan Perera")', () => {
    const index = indexStory('whips-and-portfolios.txt');
    expect(mentionsOf(index, 'Pat Carey')).toEqual(['Pat Carey@2:47']);
    expect(mentionsOf(index, 'Nora Keane')).toEqual(['Nora Keane@3:11']);
    expect(mentionsOf(index, 'Ruwan Perera')).toEqual(['Ruwan Perera@4:16']);
    expect(names(index).filter((n) => /Whip|Parliamentarian/.test(n))).toEqual([]);
  });

  it('"Minister for Culture, Community and Youth Edwin Tong": a portfolio of three words over a comma is the title (the runs were "Community", an organization, and "Youth Edwin Tong")', () => {
    const index = indexStory('whips-and-portfolios.txt');
    expect(mentionsOf(index, 'Edwin Tong')).toEqual(['Edwin Tong@5:75']);
    expect(typeOf(index, 'Edwin Tong')).toBe('person');
    expect(names(index).filter((n) => /Community|Youth/.test(n))).toEqual([]);
  });

  it('"Chief of Staff Atty. Maria Santos": the Philippine "Atty." for attorney is a title written short, after an office\'s words too (the name was "Staff Atty")', () => {
    const index = indexStory('whips-and-portfolios.txt');
    expect(mentionsOf(index, 'Maria Santos')).toEqual(['Maria Santos@6:51']);
    expect(mentionsOf(index, 'Ramon Cruz')).toEqual(['Ramon Cruz@6:74']);
    expect(names(index).filter((n) => n.includes('Atty'))).toEqual([]);
  });

  it('"Ramon Reyes, Assistant Secretary and Assistant Chief of Staff Lemuel Ortiz": an assistant\'s office alone names no one (both were persons)', () => {
    const index = indexStory('whips-and-portfolios.txt');
    expect(names(index).filter((n) => n.includes('Assistant'))).toEqual([]);
    expect(mentionsOf(index, 'Lemuel Ortiz')).toEqual(['Lemuel Ortiz@7:83']);
    expect(mentionsOf(index, 'Ramon Reyes')).toEqual(['Ramon Reyes@7:21']);
  });
});

describe('parliaments: a member and a seat', () => {
  it('"a Member of Parliament for Asante Akim, Kwabena Mensah-Ofori": the seat after the chamber\'s "for" is a place of its own (it was one body, "Parliament for Asante Akim")', () => {
    const index = indexStory('members-seats.txt');
    expect(mentionsOf(index, 'Asante Akim')).toEqual(['Asante Akim@2:73', 'Asante Akim@3:43']);
    expect(typeOf(index, 'Asante Akim')).toBe('place');
    expect(mentionsOf(index, 'Parliament')).toEqual(['Parliament@2:58', 'Parliament@3:65', 'Parliament@4:75']);
    expect(typeOf(index, 'Parliament')).toBe('organization');
    expect(mentionsOf(index, 'Kwabena Mensah-Ofori')).toEqual(['Kwabena Mensah-Ofori@2:86']);
  });

  it('"the Asante Akim Member of Parliament", "former Progress Party Member of Parliament Nadia Rahim": "Member" before "of" and a chamber is no word of the seat\'s or the party\'s name, and the chamber no word of the member\'s', () => {
    const index = indexStory('members-seats.txt');
    expect(names(index).filter((n) => n.includes('Member'))).toEqual([]);
    expect(mentionsOf(index, 'Progress Party')).toEqual(['Progress Party@4:50']);
    expect(mentionsOf(index, 'Nadia Rahim')).toEqual(['Nadia Rahim@4:86']);
    expect(typeOf(index, 'Nadia Rahim')).toBe('person');
  });
});

describe('parliaments: chambers and parties by their own names', () => {
  it('"present in the Dáil", "a Dail vote": Ireland\'s lower house, written with its accent or without, is one body (it was a person)', () => {
    const index = indexStory('dail-votes.txt');
    expect(mentionsOf(index, 'Dáil')).toEqual(['Dáil@2:37', 'Dail@3:22', 'Dáil@4:23']);
    expect(typeOf(index, 'Dáil')).toBe('organization');
    expect(typeOf(index, 'Aoife Brennan')).toBe('person');
  });

  it('"the ouster of the Awami League regime": a regime after a name closed by a body\'s head is the party\'s, no leader\'s (the party was a person)', () => {
    const index = indexStory('dhaka-arrests.txt');
    expect(mentionsOf(index, 'Awami League')).toEqual(['Awami League@3:86']);
    expect(typeOf(index, 'Awami League')).toBe('organization');
  });

  it('"the Detective Branch (DB) office": letters that spell the title\'s word too keep it in the body\'s name (it was a person "Branch")', () => {
    const index = indexStory('dhaka-arrests.txt');
    expect(mentionsOf(index, 'Detective Branch')).toEqual(['Detective Branch@4:30', 'DB@4:48']);
    expect(typeOf(index, 'Detective Branch')).toBe('organization');
    expect(names(index)).not.toContain('Branch');
  });

  it('"former chief whip ASM Rahman": a party\'s whip before a name is a role, as a minister is (the name was other)', () => {
    const index = indexStory('dhaka-arrests.txt');
    expect(mentionsOf(index, 'ASM Rahman')).toEqual(['ASM Rahman@5:38']);
    expect(typeOf(index, 'ASM Rahman')).toBe('person');
  });
});
