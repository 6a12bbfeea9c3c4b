import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short news stories written for these tests (test/fixtures/news-names-kinds), each indexed alone as
// a corpus of one article: a rank word opening a firm's name, a club after a fixture's verb, a
// parliament's word, initials before a plural noun, a drug's code. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-names-kinds', name);

describe('news name kinds: "General" before a firm\'s word', () => {
  it('"General Mills lowered its forecast", "Shares of General Mills fell" are the company, whole; "General Munir" after "General Asim Munir" stays the general', () => {
    const mills = indexStory('general-mills.txt');
    expect(mentionsOf(mills, 'General Mills')).toEqual(['General Mills@0:0', 'General Mills@2:24', 'General Mills@4:140', 'General Mills@6:10']);
    expect(typeOf(mills, 'General Mills')).toBe('organization');
    expect(mills.entities.map((e) => e.name)).not.toContain('Mills');
    const rank = indexStory('general-rank.txt');
    expect(mentionsOf(rank, 'Asim Munir')).toEqual(['Asim Munir@2:42', 'Munir@4:8', 'Munir@6:0']);
    expect(typeOf(rank, 'Asim Munir')).toBe('person');
  });
});

describe('news name kinds: a fixture in British copy', () => {
  it('"Arsenal host Chelsea on Sunday", "Liverpool visit Everton on Saturday", "Newcastle host Brighton on Monday": both sides are clubs (Chelsea, Everton and Brighton were persons)', () => {
    const index = indexStory('arsenal.txt');
    for (const club of ['Arsenal', 'Chelsea', 'Liverpool', 'Everton', 'Newcastle', 'Brighton']) expect([club, typeOf(index, club)]).toEqual([club, 'organization']);
    expect(mentionsOf(index, 'Chelsea')).toEqual(['Chelsea@0:13', 'Chelsea@2:22', 'Chelsea@6:0']);
  });
});

describe('news name kinds: parliaments', () => {
  it('"The Diet approved", "lawmakers in the Diet", "Diet members" are Japan\'s parliament (all three were dropped)', () => {
    const index = indexStory('japan-diet.txt');
    expect(mentionsOf(index, 'Diet')).toEqual(['Diet@4:4', 'Diet@4:100', 'Diet@6:0']);
    expect(typeOf(index, 'Diet')).toBe('organization');
  });

  it('"Senate leaders had worked", "Parliament in Kyiv welcomed the vote", "Parliament speaker …" open their sentences and are still the chambers, in a corpus of this one story', () => {
    const index = indexStory('senate.txt');
    expect(mentionsOf(index, 'Senate')).toEqual(['Senate@0:0', 'Senate@4:0']);
    expect(mentionsOf(index, 'Parliament')).toEqual(['Parliament@6:0', 'Parliament@6:38']);
    expect(typeOf(index, 'Parliament')).toBe('organization');
  });
});

describe('news name kinds: no person', () => {
  it('"V.O.S. Selections, a Manhattan wine importer": initials before a plural noun no one bears as a surname name no person', () => {
    const index = indexStory('vos.txt');
    expect(mentionsOf(index, 'V.O.S. Selections')).toEqual(['V.O.S. Selections@2:11', 'V.O.S. Selections@4:101']);
    expect(typeOf(index, 'V.O.S. Selections')).not.toBe('person');
    expect(typeOf(index, 'Victor Schwartz')).toBe('person');
  });

  it('"its drug candidate MET-097i" is a product, no candidate for office (it was a person)', () => {
    const index = indexStory('wegovy.txt');
    expect(mentionsOf(index, 'MET-097i')).toEqual(['MET-097i@6:92']);
    expect(typeOf(index, 'MET-097i')).toBe('product');
  });

  it('"Sun Pharma, Cipla, Lupin and Dr. Reddy\'s have all expanded", "Dr. Reddy\'s said", "Shares of Dr. Reddy\'s Laboratories": the honorific opens a firm\'s name, as "Macy\'s said" is one (Reddy was a person)', () => {
    const index = indexStory('dr-reddys.txt');
    expect(mentionsOf(index, 'Reddy')).toEqual(['Reddy@4:33', 'Reddy@4:118']);
    expect(typeOf(index, 'Reddy')).toBe('organization');
    // Before a body's head word the honorific opens the firm's whole name (newsNameShapes.test.ts).
    expect(mentionsOf(index, "Dr. Reddy's Laboratories")).toEqual(["Dr. Reddy's Laboratories@2:19"]);
    expect(typeOf(index, "Dr. Reddy's Laboratories")).toBe('organization');
  });

  it('"Cal Poly beat UC Davis 3-1": the campus\'s initials before a town the city lists miss are the university (it was a person)', () => {
    const index = indexStory('cal-poly.txt');
    expect(mentionsOf(index, 'UC Davis')).toEqual(['UC Davis@2:40']);
    expect(typeOf(index, 'UC Davis')).toBe('organization');
  });
});

describe('news name kinds: a chart, a firm with "General" inside, drugs, a tour', () => {
  it('"opened at No. 1 on the Billboard 200", "the Billboard Hot 100": a round hundreds\' count is a chart\'s size, no craft\'s serial number (both were vessels)', () => {
    const index = indexStory('billboard.txt');
    expect(mentionsOf(index, 'Billboard 200')).toEqual(['Billboard 200@2:59', 'Billboard 200@4:32']);
    expect(typeOf(index, 'Billboard 200')).toBe('other');
    expect(typeOf(index, 'Billboard Hot 100')).toBe('other');
  });

  it('"Mass General Brigham, the largest private employer" is one name, no person "Brigham" (and "Mass" was dropped)', () => {
    const index = indexStory('mass-general.txt');
    expect(mentionsOf(index, 'Mass General Brigham')).toEqual(['Mass General Brigham@2:9', 'Mass General Brigham@6:19']);
    expect(typeOf(index, 'Mass General Brigham')).not.toBe('person');
    expect(index.entities.map((e) => e.name)).not.toContain('Brigham');
  });

  it('"the drug could compete with Wegovy and Zepbound": a made thing\'s rivals are made things (both were companies)', () => {
    const index = indexStory('fed-pharma.txt');
    expect(typeOf(index, 'Wegovy')).toBe('product');
    expect(typeOf(index, 'Zepbound')).toBe('product');
    expect(typeOf(index, 'Pfizer')).toBe('organization');
  });

  it('"The singer\'s Cowboy Carter tour opened at SoFi Stadium": a name between a possessor and "tour" is the tour (it was a person)', () => {
    const index = indexStory('concert.txt');
    expect(mentionsOf(index, 'Cowboy Carter')).toEqual(['Cowboy Carter@4:13']);
    expect(typeOf(index, 'Cowboy Carter')).toBe('event');
  });
});

describe('news name kinds: towns no list holds', () => {
  it('"Heavy rains hit Kibwezi, Makindu and Emali", "Hola and Garsen flooded", "Jeseník and Krnov were submerged": what a storm strikes or what floods is a place, and its list\'s neighbours too (other, or persons by a Slavic ending)', () => {
    const index = indexStory('floods.txt');
    for (const town of ['Kibwezi', 'Makindu', 'Emali', 'Hola', 'Garsen', 'Jeseník', 'Krnov']) expect([town, typeOf(index, town)]).toEqual([town, 'place']);
    expect(mentionsOf(index, 'Krnov')).toEqual(['Krnov@6:81']);
  });
});
