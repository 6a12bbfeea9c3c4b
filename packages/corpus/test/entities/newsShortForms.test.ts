import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNamed, indexFixtureStory, mentionsAtLines as mentionsOf } from '../helpers/indexTexts.js';

// Short news articles in the style of the wires (test/fixtures/short-forms-news): which mentions
// of one article its short forms join, each written "text@line:character" (LSP positions).

const indexArticle = (name: string): CorpusIndex => indexFixtureStory('short-forms-news', name);

describe('news short forms: a family', () => {
  it('"His son, Bilawal Bhutto Zardari, … Bilawal Bhutto Zardari said. Zardari, 35, a former foreign minister" is the son, named again in full just before; "President Zardari … Zardari told Sharif" stays the father', () => {
    const index = indexArticle('pakistan-zardari.txt');
    expect(mentionsOf(index, 'Bilawal Bhutto Zardari')).toEqual(['Bilawal Bhutto Zardari@4:9', 'Bilawal Bhutto Zardari@6:62', 'Zardari@6:91']);
    expect(mentionsOf(index, 'Asif Ali Zardari')).toEqual(['Zardari@0:0', 'Asif Ali Zardari@2:43', 'Zardari@8:10', 'Zardari@8:80']);
  });


  it('"his father, former Prime Minister Pierre Trudeau, … Pierre Trudeau patriated the constitution … Trudeau, 52, said his father had taught him" is the son: the father is a relative though a title stands between, and the sentence speaks of him as one', () => {
    const index = indexArticle('canada-trudeau.txt');
    expect(mentionsOf(index, 'Justin Trudeau')).toEqual(['Trudeau@0:0', 'Justin Trudeau@2:34', 'Trudeau@4:101', 'Justin Trudeau@6:0', 'Trudeau@6:58']);
    expect(mentionsOf(index, 'Pierre Trudeau')).toEqual(['Pierre Trudeau@2:134', 'Pierre Trudeau@4:0']);
  });
});

describe('news short forms: a company and its unit', () => {
  it('"Cathay Pacific Airways … its freight arm, Cathay Cargo … Cathay Cargo moved … Lam said Cathay would add 30 new aircraft": the last "Cathay" is the airline, as the story used the word before; "Cathay Cargo" is a company', () => {
    const index = indexArticle('cathay-cargo.txt');
    const airline = mentionsOf(index, 'Cathay Pacific Airways');
    expect(airline).toContain('Cathay@4:71');
    expect(airline).toContain('Cathay@6:106');
    expect(mentionsOf(index, 'Cathay Cargo')).toEqual(['Cathay Cargo@2:185', 'Cathay Cargo@6:0']);
    expect(entityNamed(index, 'Cathay Cargo').type).toBe('organization');
  });
});

describe('news short forms: a dictionary word closing a body\'s name', () => {
  it('"Springer Nature, the German academic publisher, … publishes Nature, the weekly science journal" keeps the journal apart from its publisher', () => {
    const index = indexArticle('nature-springer.txt');
    expect(mentionsOf(index, 'Springer Nature')).toEqual(['Springer Nature@0:10', 'Springer Nature@2:9', 'Springer Nature@6:0']);
    expect(mentionsOf(index, 'Nature')).toEqual(['Nature@4:22', 'Nature@4:129', 'Nature@6:118']);
  });
});

describe('news short forms: particles', () => {
  it('"Critics said van der Leyen had ignored" after "Ursula von der Leyen" is she, the particle written otherwise; the headline\'s "EU chief von der Leyen defends" keeps its particles (it was "Leyen")', () => {
    const index = indexArticle('von-der-leyen.txt');
    expect(mentionsOf(index, 'Ursula von der Leyen')).toEqual(['von der Leyen@0:9', 'Ursula von der Leyen@2:46', 'Von der Leyen@4:0', 'van der Leyen@4:121', 'von der Leyen@6:37']);
  });
});
