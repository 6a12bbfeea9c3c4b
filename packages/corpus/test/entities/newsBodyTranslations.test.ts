import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNamed, indexFixtureStory, mentionsAtLines as mentionsOf } from '../helpers/indexTexts.js';

// A body's name in its own language and in English, written in one story with no parenthesis
// between them (test/fixtures/alias-forms-news): which mentions land in one entity, each written
// "text@line:character" (LSP positions), and which stay apart.

const indexStory = (name: string): CorpusIndex => indexFixtureStory('alias-forms-news', name);

describe('news alias forms: a body named in its own language and in English', () => {
  it('"the Universidade Estadual de Rio Claro … The State University of Rio Claro said" are one university; the town inside stays a place', () => {
    const index = indexStory('rio-claro-translation.txt');
    expect(mentionsOf(index, 'Universidade Estadual de Rio Claro')).toEqual(['Universidade Estadual de Rio Claro@2:31', 'State University of Rio Claro@4:73']);
    expect(entityNamed(index, 'Universidade Estadual de Rio Claro').type).toBe('organization');
    expect(entityNamed(index, 'Rio Claro').type).toBe('place');
  });

  it('"Banca Popolare di Casalfiore … The People\'s Bank of Casalfiore" (Italian) and "Landgericht Oberfeld … The Regional Court of Oberfeld" (German, one word for two) are one body each', () => {
    const bank = indexStory('casalfiore-bank.txt');
    expect(mentionsOf(bank, 'Banca Popolare di Casalfiore')).toEqual(['Banca Popolare di Casalfiore@2:8', "People's Bank of Casalfiore@4:4"]);
    const court = indexStory('oberfeld-court.txt');
    expect(mentionsOf(court, 'Regional Court of Oberfeld')).toEqual(['Landgericht Oberfeld@2:16', 'Regional Court of Oberfeld@4:4']);
  });

  it('"Universidade de Coimbra … The University of Coimbra" are one; "the Federal University of Pelotas", another town\'s, stays apart', () => {
    const index = indexStory('coimbra-pelotas.txt');
    expect(mentionsOf(index, 'Universidade de Coimbra')).toEqual(['Universidade de Coimbra@2:13', 'University of Coimbra@4:4']);
    expect(mentionsOf(index, 'Federal University of Pelotas')).toEqual(['Federal University of Pelotas@2:45']);
  });

  it('"Institut Pasteur de Lille … The Pasteur Institute of Lille" are one; "Ministère de l\'Agriculture" and "the Ministry of Agriculture" share no word of their own (whose ministry?) and stay apart', () => {
    const index = indexStory('pasteur-lille.txt');
    expect(mentionsOf(index, 'Institut Pasteur de Lille')).toEqual(['Institut Pasteur de Lille@2:26', 'Pasteur Institute of Lille@4:4']);
    expect(mentionsOf(index, "Ministère de l'Agriculture")).toEqual(["Ministère de l'Agriculture@4:95"]);
    expect(mentionsOf(index, 'Ministry of Agriculture')).toEqual(['Ministry of Agriculture@4:157']);
  });
});
