import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Court, statehouse, cyber-security, campaign and summit stories written for these tests
// (test/fixtures/news-law-diplomacy), each indexed alone as a corpus of one article, with invented
// people: shapes of law and diplomacy copy that cut a name or dropped it. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-law-diplomacy', name);

describe('law and diplomacy: a law\'s title with a preposition inside', () => {
  it('"the Protection of Children from Sexual Offences Act", "the Protection of Women from Domestic Violence Act": one law each (each was cut at "from" to "Sexual Offences Act", "Domestic Violence Act")', () => {
    const index = indexStory('court-ruling.txt');
    expect(mentionsOf(index, 'Protection of Children from Sexual Offences Act')).toEqual(['Protection of Children from Sexual Offences Act@1:100']);
    expect(mentionsOf(index, 'Protection of Women from Domestic Violence Act')).toEqual(['Protection of Women from Domestic Violence Act@2:73']);
    expect(mentionsOf(index, 'Prevention of Money Laundering Act')).toEqual(['Prevention of Money Laundering Act@3:98']);
    for (const law of ['Protection of Children from Sexual Offences Act', 'Protection of Women from Domestic Violence Act']) expect([law, typeOf(index, law)]).toEqual([law, 'programme']);
    expect(names(index).filter((n) => /^(?:Sexual Offences Act|Domestic Violence Act|Protection of Children|Protection of Women)$/.test(n))).toEqual([]);
    // The judge and the accused stay persons, the court a body.
    expect(typeOf(index, 'Arvind Menon')).toBe('person');
    expect(typeOf(index, 'Rakesh Dubey')).toBe('person');
    expect(typeOf(index, 'Supreme Court')).toBe('organization');
  });
});

describe('law and diplomacy: a chamber\'s bill opening a sentence', () => {
  it('"SACRAMENTO — Assembly Bill 98 would require …": the chamber stays in the bill\'s name at a sentence\'s start (it was "Bill 98", read as a forename and a surname after a word ending in "-ly")', () => {
    const index = indexStory('state-bills.txt');
    expect(mentionsOf(index, 'Assembly Bill 98')).toEqual(['Assembly Bill 98@1:13']);
    expect(mentionsOf(index, 'Assembly Bill 5')).toEqual(['Assembly Bill 5@2:6']);
    expect(mentionsOf(index, 'Senate Bill 1047')).toEqual(['Senate Bill 1047@2:74']);
    for (const bill of ['Assembly Bill 98', 'Assembly Bill 5', 'Senate Bill 1047']) expect([bill, typeOf(index, bill)]).toEqual([bill, 'programme']);
    expect(names(index)).not.toContain('Bill 98');
    expect(typeOf(index, 'Elena Ruiz')).toBe('person');
  });
});

describe('law and diplomacy: an agency\'s letters and a short word after a hyphen', () => {
  it('"known as CERT-In", "CERT-In said": the hyphened word is the agency\'s, and both are its full name\'s short form (each was "CERT")', () => {
    const index = indexStory('cyber-and-speech.txt');
    expect(mentionsOf(index, 'Indian Computer Emergency Response Team')).toEqual(['Indian Computer Emergency Response Team@1:16', 'CERT-In@1:66', 'CERT-In@2:0']);
    expect(typeOf(index, 'Indian Computer Emergency Response Team')).toBe('organization');
    expect(names(index)).not.toContain('CERT');
  });
});

describe('law and diplomacy: a body named as a text\'s part, named again bare', () => {
  it('"The free-speech group Article 19 criticised … Article 19 said": the bare words are the group the cue named (the second was dropped); "Article 19 of the Constitution" is the text\'s part', () => {
    const index = indexStory('cyber-and-speech.txt');
    expect(mentionsOf(index, 'Article 19')).toEqual(['Article 19@3:22', 'Article 19@3:109']);
    expect(typeOf(index, 'Article 19')).toBe('organization');
  });
});

describe('law and diplomacy: a party leader\'s surname before "and the" party', () => {
  it('"Sunak and the Conservatives are trailing Labour": the lone word opening the sentence is the party\'s leader, a person (he was dropped, named nowhere else)', () => {
    const index = indexStory('campaign.txt');
    expect(mentionsOf(index, 'Sunak')).toEqual(['Sunak@1:9']);
    expect(typeOf(index, 'Sunak')).toBe('person');
    // The party's members in the plural stay a person name, as the annotation convention has it; Labour a body.
    expect(mentionsOf(index, 'Conservatives')).toEqual(['Conservatives@1:23']);
    expect(typeOf(index, 'Labour Party')).toBe('organization');
  });
});

describe('law and diplomacy: a summit communique\'s offices and places', () => {
  it('"the UN High Commissioner for Refugees": an office a listed body opens goes on through "for" to its field (it was "UN High Commissioner", other); "the Bonneville Salt Flats" is a place (it was a body); capitals speaking for governments stay places', () => {
    const index = indexStory('summit-communique.txt');
    expect(mentionsOf(index, 'UN High Commissioner for Refugees')).toEqual(['UN High Commissioner for Refugees@2:24']);
    expect(typeOf(index, 'UN High Commissioner for Refugees')).toBe('organization');
    expect(names(index)).not.toContain('UN High Commissioner');
    expect(mentionsOf(index, 'Bonneville Salt Flats')).toEqual(['Bonneville Salt Flats@5:51']);
    expect(typeOf(index, 'Bonneville Salt Flats')).toBe('place');
    expect(typeOf(index, 'Golan Heights')).toBe('place');
    // "Beijing said", "Washington warned": a capital for its government is a place (GUIDELINES.md), no body.
    expect(mentionsOf(index, 'Beijing')).toEqual(['Beijing@3:0']);
    expect(mentionsOf(index, 'Washington')).toEqual(['Washington@3:36']);
    for (const capital of ['Beijing', 'Washington']) expect([capital, typeOf(index, capital)]).toEqual([capital, 'place']);
    expect(mentionsOf(index, 'Minsk Group of the OSCE')).toEqual(['Minsk Group of the OSCE@2:131']);
  });

  it('"the UN Special Envoy for Syria" keeps the country apart, and "EU High Representative for Foreign Affairs Kaja Kallas" the holder', () => {
    const index = indexFixtureStory('news-law-diplomacy', 'envoys.txt');
    expect(typeOf(index, 'Syria')).toBe('place');
    expect(mentionsOf(index, 'Kaja Kallas')).toEqual(['Kaja Kallas@1:43']);
    expect(typeOf(index, 'Kaja Kallas')).toBe('person');
    expect(mentionsOf(index, 'U.N. High Commissioner for Human Rights')).toEqual(['U.N. High Commissioner for Human Rights@2:73']);
  });
});

describe('law and diplomacy: a people\'s name before "and" in a movement\'s name', () => {
  it('"talks between the Kanak and Socialist National Liberation Front and the French government": one movement (it was cut at "and" into a body "Kanak" and "Socialist National Liberation Front")', () => {
    const index = indexStory('summit-communique.txt');
    expect(mentionsOf(index, 'Kanak and Socialist National Liberation Front')).toEqual(['Kanak and Socialist National Liberation Front@4:44']);
    expect(typeOf(index, 'Kanak and Socialist National Liberation Front')).toBe('organization');
    expect(names(index).filter((n) => n === 'Kanak' || n === 'Socialist National Liberation Front')).toEqual([]);
    expect(typeOf(index, 'New Caledonia')).toBe('place');
  });
});

describe('law and diplomacy: a listed body\'s long name inside another\'s after "of the"', () => {
  it('"the Minsk Group of the Organization for Security and Co-operation in Europe": the listed name goes on through its "in" inside the group\'s (it was cut before "in Europe"), and is the group of "the Minsk Group of the OSCE"', () => {
    const index = indexStory('mediation.txt');
    const group = 'Minsk Group of the Organization for Security and Co-operation in Europe';
    expect(mentionsOf(index, group)).toEqual([`${group}@1:72`, 'Minsk Group of the OSCE@2:4']);
    expect(typeOf(index, group)).toBe('organization');
    expect(names(index)).not.toContain('Minsk Group of the Organization for Security and Co-operation');
    expect(mentionsOf(index, 'Organization for Security and Co-operation in Europe')).toEqual(['OSCE@1:21', 'OSCE@2:23']);
  });
});
