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

describe('news alias forms: a party to a case by its role', () => {
  it('"Helen Price, the petitioner in a dispute … The Petitioner argued … the Petitioner had waited" is she, not her brother "Victor Price, the respondent"', () => {
    const index = indexStory('price-petitioner.txt');
    expect(mentionsOf(index, 'Helen Price')).toEqual(['Helen Price@2:71', 'Petitioner@4:4', 'Petitioner@4:141']);
    expect(mentionsOf(index, 'Victor Price')).toEqual(['Victor Price@4:66']);
  });

  it('"Rosa Alvarez, plaintiff, sued Greenfield Motors, defendant, … Plaintiff argues … Defendant replies … We find for Plaintiff": each role is its party', () => {
    const index = indexStory('alvarez-plaintiff.txt');
    expect(mentionsOf(index, 'Rosa Alvarez')).toEqual(['ALVAREZ@0:0', 'Rosa Alvarez@2:0', 'Plaintiff@4:0', 'Plaintiff@4:114']);
    expect(mentionsOf(index, 'Greenfield Motors')).toEqual(['GREENFIELD MOTORS@0:11', 'Greenfield Motors@2:30', 'Defendant@4:53']);
  });
});
