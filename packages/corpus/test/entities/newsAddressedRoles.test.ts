import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNames, indexFixtureStory, mentionsAtLines as mentionsOf } from '../helpers/indexTexts.js';

// An office addressed to its holder, and a party to a case called by its role
// (test/fixtures/alias-forms-news): which mentions are that person or body, each written
// "text@line:character" (LSP positions).

const indexStory = (name: string): CorpusIndex => indexFixtureStory('alias-forms-news', name);

describe('news alias forms: an office addressed without an honorific', () => {
  it('"Q: Prime Minister, your government promised …" in an interview with "Prime Minister Aroha Ngata" is she; the headline keeps its name without the title', () => {
    const index = indexStory('ngata-interview.txt');
    expect(mentionsOf(index, 'Aroha Ngata')).toEqual(['Aroha Ngata@0:26', 'Aroha Ngata@2:28', 'Prime Minister@4:3', 'Ngata@6:0', 'Prime Minister@8:3', 'Ngata@10:0']);
  });

  it('"\\"Minister, that is not enough,\\" one farmer shouted" is "Agriculture Minister Julie Hartigan"; where no minister is named, it names no one', () => {
    expect(mentionsOf(indexStory('hartigan-addressed.txt'), 'Julie Hartigan')).toEqual(['Julie Hartigan@2:32', 'Minister@4:1', 'Hartigan@4:56']);
    expect(entityNames(indexStory('minister-unnamed.txt'))).toEqual(['Canberra', 'Dubbo']);
  });
});
