import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { readFileSync } from 'node:fs';
import { indexFixtureStory, indexTexts, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Politics, world, business, court and science stories from South and South-East Asia, Africa, Latin
// America, the Gulf and Eastern Europe, written for these tests (test/fixtures/news-regional-desks)
// in the style of wire copy, each indexed alone as a corpus of one article. Mentions are
// "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-regional-desks', name);
const story = (name: string): string => readFileSync(new URL(`../fixtures/news-regional-desks/${name}`, import.meta.url), 'utf8');

describe('regional desks: a law named by letters', () => {
  it('"beyond the powers given by the IT Act", "the IT Rules": a list\'s non-name letters before a law\'s head word are the law\'s name (it was cut to "Act", a body)', () => {
    const index = indexStory('fact-check-ruling.txt');
    expect(mentionsOf(index, 'IT Act')).toEqual(['IT Act@0:55', 'IT Act@2:187']);
    expect(typeOf(index, 'IT Act')).toBe('programme');
    expect(mentionsOf(index, 'IT Rules')).toEqual(['IT Rules@3:75']);
    expect(names(index).filter((n) => /^(?:Act|Rules)$/.test(n))).toEqual([]);
  });

  it('"the RTI Act", "the DPDP Act 2023": letters no list knows inside a law\'s name name no body of their own (each was a body "RTI", "DPDP"); "the EU AI Act" still holds the EU', () => {
    const index = indexStory('fact-check-ruling.txt');
    expect(mentionsOf(index, 'RTI Act')).toEqual(['RTI Act@4:155']);
    expect(mentionsOf(index, 'DPDP Act 2023')).toEqual(['DPDP Act 2023@5:99']);
    expect(names(index).filter((n) => n === 'RTI' || n === 'DPDP')).toEqual([]);
    expect(mentionsOf(index, 'European Union')).toEqual(['EU@5:162']);
    expect(mentionsOf(index, 'UAPA')).toEqual(['UAPA@4:171']);
  });
});

describe('regional desks: a state\'s body in a story without a dateline, whose places lie in one country', () => {
  it('"The Congress on Tuesday accused the BJP-led government" in a PTI story on Lucknow, Patna, Bhopal, Uttar Pradesh and Bihar is India\'s Congress, apart from the U.S. Congress of a Washington story (the two were one, "U.S. Congress")', () => {
    const index = indexTexts({ 'fuel-price-protest.txt': story('fuel-price-protest.txt'), 'stopgap-budget.txt': story('stopgap-budget.txt') });
    const congresses = index.entities.filter((e) => e.name === 'Congress');
    const spans = congresses.map((e) => index.mentionsOf(e).map((m) => `${m.file}@${m.range.start.line}:${m.range.start.character}`));
    expect(spans).toEqual([
      ['fuel-price-protest.txt@0:0', 'fuel-price-protest.txt@2:4', 'fuel-price-protest.txt@3:94', 'fuel-price-protest.txt@5:7', 'fuel-price-protest.txt@6:51'],
      ['stopgap-budget.txt@2:96'],
    ]);
    expect(congresses.map((e) => e.aliases.some((a) => a.text === 'U.S. Congress'))).toEqual([false, true]);
    expect(mentionsOf(index, 'Bharatiya Janata Party')).toEqual(['BJP@0:15', 'BJP@2:36', 'BJP@6:0']);
  });
});

describe('regional desks: a nationality used as a given name after an office', () => {
  it('"Chairman French Hill saying … Hill, an Arkansas Republican, said … Hill thanked Carter": the office is cut off and "Hill" alone is his (the run, title and all, was a place, and "Hill" no name)', () => {
    const index = indexStory('stablecoin-bill.txt');
    expect(mentionsOf(index, 'French Hill')).toEqual(['French Hill@2:125', 'Hill@3:0', 'Hill@4:85']);
    expect(typeOf(index, 'French Hill')).toBe('person');
    expect(names(index).filter((n) => n.startsWith('Chairman'))).toEqual([]);
    expect(mentionsOf(index, 'English Carter')).toEqual(['English Carter@4:8', 'Carter@4:98']);
    expect(typeOf(index, 'Irish Delaney')).toBe('person');
  });
});

describe('regional desks: the names of languages', () => {
  it('"taught in Cebuano and Hiligaynon", "have long taught in Swahili", "only in Pashto and Dari": a language is no person and no place (Cebuano, Swahili were places; Pashto, Dari persons)', () => {
    const index = indexStory('mother-tongue-schools.txt');
    const languages = ['Tagalog', 'Cebuano', 'Hiligaynon', 'Ilocano', 'Waray', 'Swahili', 'Pashto', 'Dari', 'Bikol', 'Kapampangan'];
    expect(languages.map((language) => [language, typeOf(index, language)])).toEqual(languages.map((language) => [language, 'other']));
    expect(mentionsOf(index, 'Swahili')).toEqual(['Swahili@5:55']);
    expect(mentionsOf(index, 'Tagalog')).toEqual(['Tagalog@2:180', 'Tagalog@4:13']);
    for (const place of ['Kenya', 'Tanzania', 'Afghanistan', 'Mindanao', 'Visayas']) expect([place, typeOf(index, place)]).toEqual([place, 'place']);
  });
});

describe('regional desks: a company\'s first word alone', () => {
  it('"Shell Oil said … Shell said the sale … Shell\'s exit": the lists\' company and its kind\'s word are the story\'s one company, its lone name short for it (they were two, "Shell" inside "Shell Oil" a third mention)', () => {
    const index = indexStory('onshore-sale.txt');
    expect(mentionsOf(index, 'Shell Oil')).toEqual(['Shell@0:0', 'Shell Oil@2:14', 'Shell@3:0', 'Shell@5:26']);
    expect(names(index).filter((n) => n === 'Shell')).toEqual([]);
    expect(mentionsOf(index, 'ExxonMobil')).toEqual(['Exxon Mobil@5:51', 'Exxon@5:117']);
  });

  it('"shares in Sun Microsystems rose … Sun said the deal was worth $300 million": a day\'s abbreviation before a verb of saying is a name, the company\'s short form (it was lost)', () => {
    const index = indexStory('onshore-sale.txt');
    expect(mentionsOf(index, 'Sun Microsystems')).toEqual(['Sun Microsystems@4:25', 'Sun@4:131']);
    expect(typeOf(index, 'Sun Microsystems')).toBe('organization');
  });
});

describe('regional desks: the name a country gives a place', () => {
  it('"the South China Sea, which Vietnam calls the East Sea … in the East Sea": the East Sea is the South China Sea through that story, while a Seoul story\'s "East Sea" stays the lists\' Sea of Japan (it was the Sea of Japan in both)', () => {
    const index = indexTexts({ 'survey-ship.txt': story('survey-ship.txt'), 'missile-launch.txt': story('missile-launch.txt') });
    expect(mentionsOf(index, 'South China Sea')).toEqual(['South China Sea@2:123', 'East Sea@2:164', 'East Sea@3:174', 'South China Sea@5:31']);
    expect(mentionsOf(index, 'Sea of Japan')).toEqual(['East Sea@2:85']);
    expect(mentionsOf(index, 'Vietnam')).toEqual(['Vietnam@0:0', 'Vietnam@2:22', 'Vietnam@2:146', 'Vietnam@3:116']);
  });
});

describe('regional desks: a ruler\'s title that is a Gulf given name', () => {
  it('"ADNOC chief executive Sultan Al Jaber", "Industry Minister Sultan Al Jaber": "Sultan" before a family\'s "Al" is his given name, no title (both were "Al Jaber")', () => {
    const index = indexStory('chemicals-takeover.txt');
    expect(mentionsOf(index, 'Sultan Al Jaber')).toEqual(['Sultan Al Jaber@3:22', 'Sultan Al Jaber@3:122', 'Al Jaber@3:181']);
    expect(typeOf(index, 'Sultan Al Jaber')).toBe('person');
    expect(mentionsOf(index, 'Amin Nasser')).toEqual(['Amin Nasser@4:105']);
  });
});

describe('regional desks: a Vietnamese name whose last word is a dictionary word', () => {
  it('"Deputy Minister Nguyen Van Long … In a long speech … Long was promoted": the last word of a person\'s full name opening a sentence is that person, though the story writes "long" in lower case (it was dropped)', () => {
    const index = indexStory('police-delegation.txt');
    expect(mentionsOf(index, 'Nguyen Van Long')).toEqual(['Nguyen Van Long@2:85', 'Long@2:144', 'Long@3:34', 'Long@3:91']);
    expect(typeOf(index, 'Nguyen Van Long')).toBe('person');
    expect(mentionsOf(index, 'Luong Tam Quang')).toEqual(['Luong Tam Quang@2:49']);
  });
});

describe('regional desks: a leader\'s government', () => {
  it('"The Modi government has collected lakhs of crores": one word no list knows before "government" is its leader, as "the Biden administration" is (it was other); the story\'s states stay places', () => {
    const index = indexStory('fuel-price-protest.txt');
    expect(mentionsOf(index, 'Modi')).toEqual(['Modi@4:5']);
    expect(typeOf(index, 'Modi')).toBe('person');
    for (const place of ['Uttar Pradesh', 'Bihar', 'Madhya Pradesh', 'Rajasthan']) expect([place, typeOf(index, place)]).toEqual([place, 'place']);
  });
});
