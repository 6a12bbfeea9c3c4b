import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short political, court and crime stories written for these tests (test/fixtures/news-courts-politics),
// each indexed alone as a corpus of one article, with invented people: shapes of regional and national
// news that cut a name or gave it the wrong type. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-courts-politics', name);

describe('courts and politics: a law\'s title with words in brackets', () => {
  it('"the Coastal Fisheries (Amendment) Bill 2024", "the Sexual Offences (Amendment) Act 1992": the bracket is inside the title, one name (each was cut to "Amendment" and the words before it)', () => {
    const index = indexStory('amendment-bills.txt');
    expect(mentionsOf(index, 'Coastal Fisheries (Amendment) Bill 2024')).toEqual(['Coastal Fisheries (Amendment) Bill 2024@1:45']);
    expect(mentionsOf(index, 'Sexual Offences (Amendment) Act 1992')).toEqual(['Sexual Offences (Amendment) Act 1992@2:51']);
    expect(mentionsOf(index, 'Supreme Court (Practice and Procedure) Amendment Ordinance 2024')).toEqual(['Supreme Court (Practice and Procedure) Amendment Ordinance 2024@3:50']);
    expect(names(index).filter((n) => n === 'Amendment' || n === 'Coastal Fisheries' || n === 'Amendment Ordinance 2024')).toEqual([]);
    expect(typeOf(index, 'Helen Marsh')).toBe('person');
    // A title the runs do not join at its "and" takes no bracket: no "Machinery (Repeal) Bill 2020" beside "Factories".
    expect(names(index).filter((n) => n.includes('Machinery'))).toEqual([]);
  });
});

describe('courts and politics: a faction\'s letter in brackets', () => {
  it('"a JD(U) member", "the PML(N)": a party\'s letters and its faction\'s letter written against them are one organization (each was cut to "JD" or "PML")', () => {
    const index = indexStory('faction-letters.txt');
    expect(mentionsOf(index, 'JD(U)')).toEqual(['JD(U)@1:51', 'JD(U)@3:32']);
    expect(typeOf(index, 'JD(U)')).toBe('organization');
    expect(mentionsOf(index, 'PML(N)')).toEqual(['PML(N)@2:15']);
    expect(typeOf(index, 'PML(N)')).toBe('organization');
    expect(names(index).filter((n) => n === 'JD' || n === 'PML' || n === 'U' || n === 'N')).toEqual([]);
    for (const person of ['Ramesh Patil', 'Irfan Qadri', 'Suresh Naidu']) expect([person, typeOf(index, person)]).toEqual([person, 'person']);
  });
});

describe('courts and politics: a town before who comes from it', () => {
  it('"Kelsey man Darren Holt", "A Marbury woman", "the Eastgate shopping mall": a name before a man, a woman or a mall is a place (Kelsey was a person, Eastgate an other)', () => {
    const index = indexStory('town-man.txt');
    expect(mentionsOf(index, 'Kelsey')).toEqual(['Kelsey@1:44']);
    expect(typeOf(index, 'Kelsey')).toBe('place');
    expect(typeOf(index, 'Marbury')).toBe('place');
    expect(mentionsOf(index, 'Eastgate')).toEqual(['Eastgate@2:71']);
    expect(typeOf(index, 'Eastgate')).toBe('place');
    expect(mentionsOf(index, 'Darren Holt')).toEqual(['Darren Holt@1:55', 'Holt@3:0']);
    expect(typeOf(index, 'Darren Holt')).toBe('person');
  });
});

describe('courts and politics: counsel named at a sentence\'s start', () => {
  it('"Nick Berry, defending, told the court … Mr Berry said": a given name that is a word too, before one of the most frequent surnames, opens the name though the surname stands alone later (it was "Berry" alone)', () => {
    const index = indexStory('defence-counsel.txt');
    expect(mentionsOf(index, 'Nick Berry')).toEqual(['Nick Berry@2:0', 'Berry@4:3']);
    expect(typeOf(index, 'Nick Berry')).toBe('person');
    expect(mentionsOf(index, 'Mark Young')).toEqual(['Mark Young@3:0', 'Young@4:60']);
    expect(names(index).filter((n) => n === 'Berry' || n === 'Nick')).toEqual([]);
  });
});

describe('courts and politics: a story opened in capitals', () => {
  it('"A MAN has been jailed", "THE FAMILY of a cyclist", "POLICE are appealing": a regional paper\'s opening words in capitals name nothing ("MAN" was the Isle of Man, "FAMILY" and "POLICE" organizations); "US investigators", "CNN reporters" and "PAS president" keep theirs', () => {
    const index = indexStory('caps-lead.txt');
    expect(names(index).filter((n) => /^(?:man|family|police|the family|jury)$/i.test(n))).toEqual([]);
    expect(mentionsOf(index, 'CNN')).toEqual(['CNN@4:21']);
    expect(mentionsOf(index, 'United States')).toEqual(['US@4:0']);
    expect(mentionsOf(index, 'Kelsworth')).toEqual(['Kelsworth@1:70']);
    // Letters that spell a word, before a noun of the subject, are no lead: "PAS president".
    expect(mentionsOf(index, 'PAS')).toEqual(['PAS@5:0']);
    expect(typeOf(index, 'Amara Hollis')).toBe('person');
  });
});

describe('courts and politics: an honours style before a doctor\'s title, a compass adjective before a noun', () => {
  it('"Datuk Seri Dr Aminah Rahim Yusof", "Tan Sri Dr Halim Osman", "the nineteen Northern states": the style and the adjective name no one (they were persons "Seri" and "Tan Sri", and a place "Northern")', () => {
    const index = indexStory('styles-and-regions.txt');
    expect(mentionsOf(index, 'Aminah Rahim Yusof')).toEqual(['Aminah Rahim Yusof@1:47']);
    expect(mentionsOf(index, 'Halim Osman')).toEqual(['Halim Osman@1:109']);
    for (const person of ['Aminah Rahim Yusof', 'Halim Osman']) expect([person, typeOf(index, person)]).toEqual([person, 'person']);
    expect(names(index).filter((n) => /^(?:Seri|Tan Sri|Datuk Seri|Northern|Western)$/.test(n))).toEqual([]);
    expect(typeOf(index, 'Kaduna')).toBe('place');
  });
});

describe('courts and politics: a member of parliament\'s letters before a name', () => {
  it('"Seputeh MP Teo Kok Seong", "the MP Ong Bee Lian": the letters are the person\'s title though no run takes them in ("Ong Bee Lian", no given name the lists know, was other); "MP Materials" and "TD Securities" stay firms', () => {
    const index = indexStory('member-letters.txt');
    expect(mentionsOf(index, 'Teo Kok Seong')).toEqual(['Teo Kok Seong@1:26']);
    expect(mentionsOf(index, 'Ong Bee Lian')).toEqual(['Ong Bee Lian@1:87']);
    for (const person of ['Teo Kok Seong', 'Ong Bee Lian']) expect([person, typeOf(index, person)]).toEqual([person, 'person']);
    expect(typeOf(index, 'MP Materials')).toBe('organization');
    expect(typeOf(index, 'TD Securities')).toBe('organization');
  });
});
