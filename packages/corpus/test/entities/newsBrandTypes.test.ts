import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short business, fashion, technology and market stories written for these tests
// (test/fixtures/news-brand-types), each indexed alone as a corpus of one article: one-word firms,
// brands and products whose type only the words around them tell. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-brand-types', name);

describe('brand types: what a firm owns after its possessive', () => {
  it('"Kelvane\'s flagship boutique", "Brannholt\'s quarterly revenue rose": a shop or a figure after the possessive makes a firm (both were other)', () => {
    const index = indexStory('fashion-week.txt');
    expect(mentionsOf(index, 'Kelvane')).toEqual(['Kelvane@3:0']);
    expect(typeOf(index, 'Kelvane')).toBe('organization');
    expect(mentionsOf(index, 'Brannholt')).toEqual(['Brannholt@4:0']);
    expect(typeOf(index, 'Brannholt')).toBe('organization');
  });

  it('"Vossaro\'s couture show": a fashion house\'s show makes the house a firm (it was other)', () => {
    const index = indexStory('fashion-week.txt');
    expect(mentionsOf(index, 'Vossaro')).toEqual(['Vossaro@2:0']);
    expect(typeOf(index, 'Vossaro')).toBe('organization');
  });

  it('"The designer Mireille Catonnet\'s runway show": a designer named in full keeps her person, and her short form with her', () => {
    const index = indexStory('fashion-week.txt');
    expect(mentionsOf(index, 'Mireille Catonnet')).toEqual(['Mireille Catonnet@5:13', 'Catonnet@5:66']);
    expect(typeOf(index, 'Mireille Catonnet')).toBe('person');
  });
});

describe('brand types: a model named by its code or its letter', () => {
  it('"unveiled the QX9 sport utility vehicle", "the K40 phone": a code of letters and digits before a vehicle\'s or a device\'s noun is a product (QX9 was an organization, K40 other)', () => {
    const index = indexStory('car-launch.txt');
    expect(mentionsOf(index, 'QX9')).toEqual(['QX9@2:20']);
    expect(typeOf(index, 'QX9')).toBe('product');
    expect(mentionsOf(index, 'K40')).toEqual(['K40@3:28']);
    expect(typeOf(index, 'K40')).toBe('product');
    expect(typeOf(index, 'SU7')).toBe('product');
  });

  it('"priced below Tesla\'s Model Y": a word and a model\'s letter after a maker\'s possessive is its model, a product (it was other); the makers stay firms', () => {
    const index = indexStory('car-launch.txt');
    expect(mentionsOf(index, 'Model Y')).toEqual(['Model Y@2:91']);
    expect(typeOf(index, 'Model Y')).toBe('product');
    expect(typeOf(index, 'Tesla')).toBe('organization');
    expect(typeOf(index, 'Xiaomi')).toBe('organization');
    expect(typeOf(index, 'Ren Haoyu')).toBe('person');
  });
});

describe('brand types: an exchange named after what is traded "on" it', () => {
  it('"wheat futures on Euronext", "Shares traded on Tadawul", "listed on Xetra": an exchange, a body (each was other)', () => {
    const index = indexStory('grain-markets.txt');
    expect(mentionsOf(index, 'Euronext')).toEqual(['Euronext@2:25']);
    expect(typeOf(index, 'Euronext')).toBe('organization');
    expect(mentionsOf(index, 'Tadawul')).toEqual(['Tadawul@3:17']);
    expect(typeOf(index, 'Tadawul')).toBe('organization');
    expect(mentionsOf(index, 'Xetra')).toEqual(['Xetra@3:76']);
    expect(typeOf(index, 'Xetra')).toBe('organization');
  });

  it('"shares on Monday had moved": a day after "on" is no exchange, and the broker stays a person', () => {
    const index = indexStory('grain-markets.txt');
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Chicago', 'Chicago Board of Trade', 'Euronext', 'Kalvora', 'Lena Hartig', 'Tadawul', 'Xetra']);
    expect(typeOf(index, 'Lena Hartig')).toBe('person');
  });
});

describe('brand types: a drugmaker\'s division by its field of medicine', () => {
  it('"Lilly Neuroscience will open a laboratory", "Brenmark Oncology hired": a field of medicine closing a name is a firm\'s division, a body (both were persons)', () => {
    const index = indexStory('drug-divisions.txt');
    expect(mentionsOf(index, 'Lilly Neuroscience')).toEqual(['Lilly Neuroscience@2:0']);
    expect(typeOf(index, 'Lilly Neuroscience')).toBe('organization');
    expect(mentionsOf(index, 'Brenmark Oncology')).toEqual(['Brenmark Oncology@3:0']);
    expect(typeOf(index, 'Brenmark Oncology')).toBe('organization');
  });

  it('"Lilly Reyes, a nurse": the given name before a surname keeps its person', () => {
    const index = indexStory('drug-divisions.txt');
    expect(mentionsOf(index, 'Lilly Reyes')).toEqual(['Lilly Reyes@4:0']);
    expect(typeOf(index, 'Lilly Reyes')).toBe('person');
    expect(typeOf(index, 'Tomas Vrana')).toBe('person');
  });
});

describe('brand types: a user\'s handle written with inner capitals', () => {
  it('"a post by user MetroFanGirl", "the username TallPineReader", "posted by DarkWolfKing": a handle is someone\'s, a person (each was a firm by its inner capitals)', () => {
    const index = indexStory('wiki-handles.txt');
    expect(mentionsOf(index, 'MetroFanGirl')).toEqual(['MetroFanGirl@2:15']);
    expect(typeOf(index, 'MetroFanGirl')).toBe('person');
    expect(mentionsOf(index, 'TallPineReader')).toEqual(['TallPineReader@3:66']);
    expect(typeOf(index, 'TallPineReader')).toBe('person');
    expect(mentionsOf(index, 'DarkWolfKing')).toEqual(['DarkWolfKing@3:18']);
    expect(typeOf(index, 'DarkWolfKing')).toBe('person');
  });

  it('"a statement posted by SpiceJet": a firm\'s name of two parts after a poster\'s "by" stays the firm', () => {
    const index = indexStory('wiki-handles.txt');
    expect(mentionsOf(index, 'SpiceJet')).toEqual(['SpiceJet@4:12', 'SpiceJet@4:74']);
    expect(typeOf(index, 'SpiceJet')).toBe('organization');
  });
});

describe('brand types: a maker the next sentence names by what it makes', () => {
  it('"Brindlow said demand … had slowed. The toymaker blamed higher prices": the maker\'s noun refers back to the name, a firm (it was a person by "said")', () => {
    const index = indexStory('toy-forecast.txt');
    expect(mentionsOf(index, 'Brindlow')).toEqual(['Brindlow@2:0']);
    expect(typeOf(index, 'Brindlow')).toBe('organization');
    expect(mentionsOf(index, 'Maren Solberg')).toEqual(['Maren Solberg@4:8']);
    expect(typeOf(index, 'Maren Solberg')).toBe('person');
  });
});

describe('brand types: a distributor named by a dictionary word', () => {
  it('"Neon acquired the North American rights", "Magnolia bought the rights": a word that buys a work\'s rights opening its sentence is a distributor, a firm (both were dropped)', () => {
    const index = indexStory('festival-buyers.txt');
    expect(mentionsOf(index, 'Neon')).toEqual(['Neon@2:0']);
    expect(typeOf(index, 'Neon')).toBe('organization');
    expect(mentionsOf(index, 'Magnolia')).toEqual(['Magnolia@3:0']);
    expect(typeOf(index, 'Magnolia')).toBe('organization');
  });

  it('"the director Tomas Lindqvist acquired the rights", "Sunshine returned": a person who buys rights stays a person, and a word with no deal stays no name', () => {
    const index = indexStory('festival-buyers.txt');
    expect(mentionsOf(index, 'Tomas Lindqvist')).toEqual(['Tomas Lindqvist@3:66']);
    expect(typeOf(index, 'Tomas Lindqvist')).toBe('person');
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Cannes', 'Magnolia', 'Neon', 'Tomas Lindqvist']);
  });
});

describe('brand types: a hyphened word after a capitalised "The" mid-sentence', () => {
  it('"Harrods and The Co-op were also hit", "Brannock and The Rag-Trade said": a hyphened word counts as one word after "The" in capitals, a body (Co-op was other, Rag-Trade dropped)', () => {
    const index = indexStory('shop-attack.txt');
    expect(mentionsOf(index, 'Co-op')).toEqual(['Co-op@2:30']);
    expect(typeOf(index, 'Co-op')).toBe('organization');
    expect(mentionsOf(index, 'Rag-Trade')).toEqual(['Rag-Trade@3:26']);
    expect(typeOf(index, 'Rag-Trade')).toBe('organization');
    expect(typeOf(index, 'Harrods')).toBe('organization');
    expect(typeOf(index, 'Ruth Amory')).toBe('person');
  });
});

describe('brand types: a figure of what a firm sells, then its move', () => {
  it('"Tessaly said sales of the Pemberly doll rose": the figure, what it counts and its move after "said" make the speaker a firm (it was a person by "said")', () => {
    const index = indexStory('doll-sales.txt');
    expect(mentionsOf(index, 'Tessaly')).toEqual(['Tessaly@2:0']);
    expect(typeOf(index, 'Tessaly')).toBe('organization');
    expect(typeOf(index, 'Pemberly')).toBe('product');
  });

  it('"Whitlock said sales of board games fell": the chief executive\'s surname keeps her a person', () => {
    const index = indexStory('doll-sales.txt');
    expect(mentionsOf(index, 'Dana Whitlock')).toEqual(['Dana Whitlock@3:61', 'Whitlock@4:0']);
    expect(typeOf(index, 'Dana Whitlock')).toBe('person');
    expect(typeOf(index, 'Hasbro')).toBe('organization');
  });
});
