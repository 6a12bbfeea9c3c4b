import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNames, indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short stories written for these tests (test/fixtures/real-text-spans), each indexed alone: shapes of
// real text whose names came out with a range that no reader would mark (a place inside a people's
// name, a bracket closing that the range never opened). Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('real-text-spans', name);

describe('real-text spans: a people named by its region', () => {
  it('"Asian Americans and Pacific Islanders", "Asian or Pacific Islander", "Pacific Islander families": no "Pacific" in them is the ocean; "the western Pacific" is', () => {
    const index = indexStory('survey-islanders.txt');
    expect(mentionsOf(index, 'Pacific Islanders')).toEqual(['Pacific Islanders@0:54', 'Pacific Islanders@2:124']);
    expect(typeOf(index, 'Pacific Islanders')).toBe('person');
    expect(mentionsOf(index, 'Pacific')).toEqual(['Pacific@8:106']);
    expect(typeOf(index, 'Pacific')).toBe('place');
  });
});

describe('real-text spans: one listed word inside dictionary words nothing names', () => {
  it('"ventured over to Pacific Standard" (the bar, with nothing around it to say so) holds no "Pacific"; "ships crossing the Pacific" is the ocean', () => {
    const index = indexStory('bar-opening.txt');
    expect(mentionsOf(index, 'Pacific').filter((m) => m.startsWith('Pacific@4:37'))).toEqual([]);
    expect(mentionsOf(index, 'Pacific')).toContain('Pacific@6:56');
    expect(mentionsOf(index, 'Dana Whitlow')).toEqual(['Dana Whitlow@4:7']);
  });
});

describe("real-text spans: an editor's brackets outside a quotation's start", () => {
  it('"[George H. W.] Bush in 88", "[Phil] Gramm in 96", "the [FIFA] World Cup": each name from its opening bracket (they were "George H. W.] Bush", "Phil] Gramm", "FIFA] World Cup")', () => {
    const index = indexStory('interview-brackets.txt');
    expect(mentionsOf(index, 'George H. W. Bush')).toEqual(['George H. W. Bush@2:112']);
    expect(mentionsOf(index, 'Phil Gramm')).toEqual(['Phil Gramm@2:146']);
    expect(mentionsOf(index, 'FIFA World Cup')).toEqual(['FIFA World Cup@4:55']);
    expect(typeOf(index, 'FIFA World Cup')).toBe('event');
  });
});

describe('real-text spans: words inside a web address', () => {
  it('"(http://www.examplewiki.org/ExampleWiki:Statistics)", "https://forum.examplewiki.org/Community/Threads": a page\'s words in an address are no names; "Amazon.com" opening its address is one', () => {
    const index = indexStory('site-links.txt');
    expect(entityNames(index)).toEqual(['Amazon.com', 'Nora Lindqvist', 'Wikipedia']);
    expect(mentionsOf(index, 'Amazon.com')).toEqual(['Amazon.com@4:122']);
    expect(typeOf(index, 'Nora Lindqvist')).toBe('person');
  });
});
