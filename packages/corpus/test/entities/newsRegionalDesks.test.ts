import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Politics, world, business, court and science stories from South and South-East Asia, Africa, Latin
// America, the Gulf and Eastern Europe, written for these tests (test/fixtures/news-regional-desks)
// in the style of wire copy, each indexed alone as a corpus of one article. Mentions are
// "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-regional-desks', name);

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
