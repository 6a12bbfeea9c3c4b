import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short defence, navy and central-bank stories written for these tests
// (test/fixtures/news-defence-copy), each indexed alone as a corpus of one article. Mentions are
// "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-defence-copy', name);

describe('a role "of" a body, then its holder', () => {
  it('"Commanding Officer of HMS Duncan Tom Brown": the ship and its commander are two names (they were one vessel)', () => {
    const index = indexStory('strait-transit.txt');
    expect(mentionsOf(index, 'HMS Duncan')).toEqual(['HMS Duncan@4:39']);
    expect(typeOf(index, 'HMS Duncan')).toBe('vessel');
    expect(mentionsOf(index, 'Tom Brown')).toEqual(['Tom Brown@4:50']);
    expect(typeOf(index, 'Tom Brown')).toBe('person');
  });

  it('"HMS Kent Commander Matt Millyard", "USS Nimitz Craig Clapperton": a rank between them goes with the holder', () => {
    const index = indexStory('strait-transit.txt');
    expect(mentionsOf(index, 'HMS Kent')).toEqual(['HMS Kent@5:22']);
    expect(mentionsOf(index, 'Matt Millyard')).toEqual(['Matt Millyard@5:41']);
    expect(typeOf(index, 'Matt Millyard')).toBe('person');
    expect(mentionsOf(index, 'USS Nimitz')).toEqual(['USS Nimitz@6:15']);
    expect(mentionsOf(index, 'Craig Clapperton')).toEqual(['Craig Clapperton@6:26']);
    expect(typeOf(index, 'Craig Clapperton')).toBe('person');
  });

  it('"Minister of National Defence Bill Blair": a given name that is a word too opens the holder (it was other, "National Defence Bill Blair")', () => {
    const index = indexStory('strait-transit.txt');
    expect(mentionsOf(index, 'Bill Blair')).toEqual(['Bill Blair@3:38']);
    expect(typeOf(index, 'Bill Blair')).toBe('person');
    expect(typeOf(index, 'Sergey Lavrov')).toBe('person');
  });

  it('"Governor of the Central Bank of Nigeria Godwin Emefiele", "chief executive of Tesco Dave Lewis": the body and the person', () => {
    const index = indexStory('bank-governors.txt');
    expect(mentionsOf(index, 'Central Bank of Nigeria')).toEqual(['Central Bank of Nigeria@2:16']);
    expect(typeOf(index, 'Central Bank of Nigeria')).toBe('organization');
    expect(mentionsOf(index, 'Godwin Emefiele')).toEqual(['Godwin Emefiele@2:40']);
    expect(typeOf(index, 'Godwin Emefiele')).toBe('person');
    expect(mentionsOf(index, 'Tesco')).toEqual(['Tesco@3:23']);
    expect(mentionsOf(index, 'Dave Lewis')).toEqual(['Dave Lewis@3:29']);
    expect(typeOf(index, 'Dave Lewis')).toBe('person');
  });

  it('"President of the European Commission Ursula von der Leyen": particles stay in the holder\'s name', () => {
    const index = indexStory('bank-governors.txt');
    expect(mentionsOf(index, 'European Commission')).toEqual(['European Commission@4:17']);
    expect(mentionsOf(index, 'Ursula von der Leyen')).toEqual(['Ursula von der Leyen@4:37']);
    expect(typeOf(index, 'Ursula von der Leyen')).toBe('person');
    expect(mentionsOf(index, 'Morgan Stanley')).toEqual(['Morgan Stanley@5:12']);
  });
});

describe('units, ranks and cutters in service news', () => {
  it('"the 140th Wing", "the 325th Fighter Wing": a wing numbered by its ordinal is a body (it was "Wing", other, or nothing)', () => {
    const index = indexStory('air-wing.txt');
    expect(mentionsOf(index, '140th Wing')).toEqual(['140th Wing@2:30']);
    expect(typeOf(index, '140th Wing')).toBe('organization');
    expect(mentionsOf(index, '325th Fighter Wing')).toEqual(['325th Fighter Wing@3:4']);
    expect(typeOf(index, '325th Fighter Wing')).toBe('organization');
    expect(mentionsOf(index, '49th Fighter Training Squadron')).toEqual(['49th Fighter Training Squadron@3:49']);
    expect(typeOf(index, '49th Fighter Training Squadron')).toBe('organization');
  });

  it('"Airman 1st Class Chase Hedrick", "Petty Officer 2nd Class Maria Lopez", "Private First Class Tom Reed": the rank is no part of the name (they were "Class Chase Hedrick", other)', () => {
    const index = indexStory('air-wing.txt');
    expect(mentionsOf(index, 'Chase Hedrick')).toEqual(['Chase Hedrick@4:46']);
    expect(typeOf(index, 'Chase Hedrick')).toBe('person');
    expect(mentionsOf(index, 'Maria Lopez')).toEqual(['Maria Lopez@5:24']);
    expect(typeOf(index, 'Maria Lopez')).toBe('person');
    expect(mentionsOf(index, 'Tom Reed')).toEqual(['Tom Reed@6:20']);
    expect(typeOf(index, 'Tom Reed')).toBe('person');
    expect(index.entities.filter((e) => /Class|Airman|Private/.test(e.name)).map((e) => e.name)).toEqual([]);
  });

  it('"the Coast Guard Cutter Munro": a vessel\'s kind before its name makes a vessel (it was an organization)', () => {
    const index = indexStory('air-wing.txt');
    expect(mentionsOf(index, 'Coast Guard Cutter Munro')).toEqual(['Coast Guard Cutter Munro@5:47']);
    expect(typeOf(index, 'Coast Guard Cutter Munro')).toBe('vessel');
  });

  it('"the Marines said" after "5th Marines" stays the service, and "1st Battalion" a body', () => {
    const index = indexStory('air-wing.txt');
    expect(mentionsOf(index, 'Marines')).toEqual(['Marines@6:59']);
    expect(typeOf(index, '1st Battalion')).toBe('organization');
  });
});

describe('shipping copy', () => {
  it('"High-speed craft Sea Heron Thalia (IMO 8861231)": a registry number in brackets after a name makes a vessel (it was other)', () => {
    const index = indexStory('shipping-roundup.txt');
    expect(mentionsOf(index, 'Sea Heron Thalia')).toEqual(['Sea Heron Thalia@2:17']);
    expect(typeOf(index, 'Sea Heron Thalia')).toBe('vessel');
    expect(typeOf(index, 'Kora Star')).toBe('vessel');
  });

  it('"berthed at the Vizcaya Dock", "the Harbour View Wharf": a harbour\'s parts are places (a person, and nothing); "Marina Hyde" stays a person', () => {
    const index = indexStory('shipping-roundup.txt');
    expect(mentionsOf(index, 'Vizcaya Dock')).toEqual(['Vizcaya Dock@3:77']);
    expect(typeOf(index, 'Vizcaya Dock')).toBe('place');
    expect(mentionsOf(index, 'Harbour View Wharf')).toEqual(['Harbour View Wharf@4:105']);
    expect(typeOf(index, 'Harbour View Wharf')).toBe('place');
    expect(typeOf(index, 'Marina Hyde')).toBe('person');
  });

  it('"care of manager Balterna Shipping Ltd": a role firms hold too, before a name with a legal form, is the firm\'s (it was a person)', () => {
    const index = indexStory('shipping-roundup.txt');
    expect(mentionsOf(index, 'Balterna Shipping Ltd')).toEqual(['Balterna Shipping Ltd@3:140']);
    expect(typeOf(index, 'Balterna Shipping Ltd')).toBe('organization');
  });
});

describe('an ocean opening a body\'s name', () => {
  it('"the Atlantic Council", "the Pacific Fleet", "Atlantic Lottery Corporation": no mention of the ocean inside (each gave one); "across the Pacific" and "across the Atlantic" still are', () => {
    const index = indexStory('ocean-bodies.txt');
    expect(mentionsOf(index, 'Atlantic Council')).toEqual(['Atlantic Council@2:4']);
    expect(typeOf(index, 'Atlantic Council')).toBe('organization');
    expect(mentionsOf(index, 'Pacific Fleet')).toEqual(['Pacific Fleet@2:46']);
    expect(mentionsOf(index, 'Pacific')).toEqual(['Pacific@2:82']);
    expect(mentionsOf(index, 'Atlantic')).toEqual(['Atlantic@3:99']);
    expect(typeOf(index, 'Virgin Atlantic')).toBe('organization');
  });
});
