import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { allSurfaces, indexFixtureStory, indexTexts, mentionsAtLines as mentionsOf, mentionsByType, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Wire stories from the space, humanitarian and shipping beats, written for these tests
// (test/fixtures/news-science-shipping): a moon mission's delay, cholera in displacement camps and
// European port operators, each indexed alone as a corpus of one article. Mentions are
// "text@line:character" (LSP positions).

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-science-shipping', name);

describe('space copy: missions and craft', () => {
  it('"the launch of Artemis II", "Artemis III, which is meant to put two astronauts", "the Artemis II flight": a mission\'s name and numeral are no ruler\'s (both were persons, the flight an airline\'s)', () => {
    const index = indexStory('moon-missions.txt');
    expect(mentionsOf(index, 'Artemis II')).toEqual(['Artemis II@0:29', 'Artemis II@4:72', 'Artemis II@14:52']);
    expect(typeOf(index, 'Artemis II')).toBe('other');
    expect(mentionsOf(index, 'Artemis III')).toEqual(['Artemis III@8:29']);
    expect(typeOf(index, 'Artemis III')).toBe('other');
    expect(typeOf(index, 'Calvin Oduya')).toBe('person');
  });

  it('"Artemis II, its first crewed flight around the moon": the flight, not the moon after it, says what the appositive names (a place); a ruler keeps his numeral', () => {
    const index = indexTexts({ 'a.txt': 'NASA pushed back the launch of Artemis II, its first crewed flight around the moon.\nA statue of Ramses II was found near Luxor. Ramses II, who ruled for 66 years, built it.\n' });
    expect(typeOf(index, 'Artemis II')).toBe('event');
    expect(typeOf(index, 'Ramses II')).toBe('person');
  });

  it('"NASA\'s ESCAPADE probes", "the Hellas basin": space craft in the plural and a basin after a name say a product and a place (ESCAPADE was an organization)', () => {
    const index = indexStory('moon-missions.txt');
    expect(mentionsOf(index, 'ESCAPADE')).toEqual(['ESCAPADE@10:60']);
    expect(typeOf(index, 'ESCAPADE')).toBe('product');
    expect(mentionsOf(index, 'Hellas')).toEqual(['Hellas@12:98']);
    expect(typeOf(index, 'Hellas')).toBe('place');
    expect(typeOf(index, 'Rocket Lab')).toBe('organization');
  });
});

describe('humanitarian copy: camps and crossings', () => {
  it('"the Zamzam camp near El Fasher", "the Kakuma refugee camp", "the Bureij camp, which lies": a camp of the displaced is a place (each was other)', () => {
    const index = indexStory('aid-camps.txt');
    expect(mentionsOf(index, 'Zamzam')).toEqual(['Zamzam@4:46']);
    expect(typeOf(index, 'Zamzam')).toBe('place');
    expect(mentionsOf(index, 'Kakuma')).toEqual(['Kakuma@8:27']);
    expect(typeOf(index, 'Kakuma')).toBe('place');
    expect(mentionsOf(index, 'Bureij')).toEqual(['Bureij@10:113']);
    expect(typeOf(index, 'Bureij')).toBe('place');
  });

  it('"The Trump camp said it would appeal": a candidate\'s camp is his people, no place', () => {
    const index = indexTexts({ 'a.txt': 'The Trump camp said it would appeal. Donald Trump spoke in Ohio.\n' });
    expect(mentionsOf(index, 'Donald Trump')).toEqual(['Trump@0:4', 'Donald Trump@0:37']);
    expect(typeOf(index, 'Donald Trump')).toBe('person');
  });

  it('"trucks had waited for a week in El Arish": the Arabic article before a town the lists know is that town (it was a newspaper, an organization); "El Mundo reported" stays one', () => {
    const index = indexStory('aid-camps.txt');
    expect(mentionsOf(index, 'El Arish')).toEqual(['El Arish@10:71']);
    expect(typeOf(index, 'El Arish')).toBe('place');
    const papers = indexTexts({ 'a.txt': 'The Spanish daily El Mundo reported the deal on Monday.\n' });
    expect(typeOf(papers, 'El Mundo')).toBe('organization');
  });
});

describe('shipping copy: port operators, terminals and seafarers', () => {
  it('"Hamburger Hafen und Logistik AG (HHLA)": a German connector and a legal form inside the name its letters spell (it was a person "Hamburger Hafen" and a body "Logistik AG")', () => {
    const index = indexStory('port-operators.txt');
    expect(mentionsOf(index, 'Hamburger Hafen und Logistik AG')).toEqual(['Hamburger Hafen und Logistik AG@4:20', 'HHLA@4:53', 'HHLA@6:0']);
    expect(typeOf(index, 'Hamburger Hafen und Logistik AG')).toBe('organization');
    expect(names(index).filter((name) => name === 'Hamburger Hafen' || name === 'Logistik AG')).toEqual([]);
  });

  it('"Centraal Bureau voor de Statistiek (CBS)": a Dutch connector inside a body its letters spell', () => {
    const index = indexTexts({ 'a.txt': 'Figures from Centraal Bureau voor de Statistiek (CBS) showed exports fell. CBS said imports rose.\n' });
    expect(mentionsOf(index, 'Centraal Bureau voor de Statistiek')).toEqual(['Centraal Bureau voor de Statistiek@0:13', 'CBS@0:49', 'CBS@0:75']);
    expect(typeOf(index, 'Centraal Bureau voor de Statistiek')).toBe('organization');
  });

  it('"the Baltimore International Seafarers\' Center": a trade\'s plural possessive stays inside a body\'s name (it was cut before "Center")', () => {
    const index = indexStory('port-operators.txt');
    expect(mentionsOf(index, "Baltimore International Seafarers' Center")).toEqual(["Baltimore International Seafarers' Center@10:160"]);
    expect(typeOf(index, "Baltimore International Seafarers' Center")).toBe('organization');
    expect(names(index)).not.toContain('Center');
  });

  it('"At the Dundalk Marine Terminal in Baltimore, car carriers were arriving": a terminal is a place, and the clause after the comma no appositive (Baltimore was a vessel)', () => {
    const index = indexStory('port-operators.txt');
    expect(mentionsOf(index, 'Dundalk Marine Terminal')).toEqual(['Dundalk Marine Terminal@8:7']);
    expect(typeOf(index, 'Dundalk Marine Terminal')).toBe('place');
    expect(mentionsByType(index, 'Baltimore')).toEqual({ place: ['Baltimore@8:34', 'Baltimore@10:160', 'Baltimore@12:3'] });
  });

  it('"Classification society Nippon Kaiji Kyokai": Japan\'s word for an association closes a body\'s name (it was other)', () => {
    const index = indexStory('port-operators.txt');
    expect(mentionsOf(index, 'Nippon Kaiji Kyokai')).toEqual(['Nippon Kaiji Kyokai@10:23']);
    expect(typeOf(index, 'Nippon Kaiji Kyokai')).toBe('organization');
  });

  it('"Shipping giant Maersk said": a dictionary word opening a sentence before a firm\'s noun is the trade, no short form of "Mediterranean Shipping Company"', () => {
    const index = indexStory('port-operators.txt');
    expect(mentionsOf(index, 'Mediterranean Shipping Company')).toEqual(['Mediterranean Shipping Company@6:184']);
    expect(allSurfaces(index)).not.toContain('Shipping');
    expect(typeOf(index, 'A.P. Moller-Maersk')).toBe('organization');
  });
});
