import { describe, expect, it } from 'vitest';
import { allSurfaces, entityNamed, indexTexts, surfaces } from '../helpers/indexTexts.js';

describe('news genres: bodies of labour, farming and faith', () => {
  it('a cooperative and a brotherhood are bodies: "Prairie Plains Grain Cooperative" and "the International Brotherhood of Teamsters" mid-sentence were dropped as dictionary words', () => {
    const index = indexTexts({
      'a.txt': 'Farmers sold wheat to Prairie Plains Grain Cooperative last year.\n',
      'b.txt': 'About 2,400 workers represented by the International Brotherhood of Teamsters stayed off the job on Monday.\n',
    });
    expect(surfaces(index, 'Prairie Plains Grain Cooperative')).toEqual(['Prairie Plains Grain Cooperative']);
    expect(entityNamed(index, 'Prairie Plains Grain Cooperative').type).toBe('organization');
    expect(entityNamed(index, 'International Brotherhood of Teamsters').type).toBe('organization');
    expect(allSurfaces(index)).not.toContain('Teamsters');
  });
});

describe('news short forms: a body\'s word and the things named after it', () => {
  it('a word written alone before a programme or a union it opens stays the body: "Rice University … makes Rice one of … the Rice Investment program … Rice received" is the university throughout, and "Rutgers … the Rutgers AAUP-AFT union … Rutgers President" keeps the union apart', () => {
    const index = indexTexts({
      'a.txt': 'Rice University will freeze tuition. The decision makes Rice one of a few schools to do so. Under the expanded Rice Investment program, students pay nothing. Rice received 33,000 applications.\n',
      'b.txt': 'Faculty at Rutgers, The State University of New Jersey, returned on Sunday. The Rutgers AAUP-AFT union had walked out. Rutgers President Jonathan Holloway said he was grateful.\n',
    });
    expect(surfaces(index, 'Rice University')).toEqual(['Rice University', 'Rice', 'Rice']);
    expect(surfaces(index, 'Rice Investment')).toEqual(['Rice Investment']);
    expect(surfaces(index, 'Rutgers AAUP-AFT')).toEqual(['Rutgers AAUP-AFT']);
    expect(surfaces(index, 'Rutgers')).toEqual(['Rutgers', 'Rutgers']);
  });

  it('a numeral is no body\'s letters: "its Artemis program … Artemis III would land … Artemis was delayed" links the series word as before (the letters rule made "Artemis III" an entity of its own, typed other)', () => {
    const index = indexTexts({ 'a.txt': 'The agency praised its Artemis program on Monday. Artemis III would put two astronauts near the pole. Artemis was delayed again.\n' });
    expect(surfaces(index, 'Artemis III')).toEqual(['Artemis', 'Artemis III', 'Artemis']);
  });

  it('a word before a legal form or a person\'s surname is still their short form: "Zentrix … Zentrix Corp." is one company, "Halvorsen … Maren Halvorsen" one person', () => {
    const index = indexTexts({
      'a.txt': 'Shares of Zentrix rose on Monday. Zentrix Corp. said sales doubled. Zentrix expects more.\n',
      'b.txt': 'Fans of Halvorsen cheered on Monday. Maren Halvorsen said she was glad. Halvorsen expects more.\n',
    });
    expect(surfaces(index, 'Zentrix Corp.')).toEqual(['Zentrix', 'Zentrix Corp.', 'Zentrix']);
    expect(surfaces(index, 'Maren Halvorsen')).toEqual(['Halvorsen', 'Maren Halvorsen', 'Halvorsen']);
  });
});

describe('news openers: a field\'s word before its people', () => {
  it('"Labor historian Miriam Pawel said", "Labour economists agreed" and "Environmental groups praised it" name no party and no agency; "Labor leader Anthony Albanese" and "support for Labor" still name the party', () => {
    const index = indexTexts({
      'a.txt': 'The strike spread. Labor historian Miriam Pawel said the union had been written off. Labour economists agreed. Labor leader Anthony Albanese said so. Support for Labor fell.\n',
      'b.txt': 'The Environmental Protection Agency set limits on Wednesday. Environmental groups praised the move.\n',
    });
    expect(allSurfaces(index)).not.toContain('Labour');
    expect(surfaces(index, 'Australian Labor Party')).toEqual(['Labor', 'Labor']);
    expect(surfaces(index, 'Environmental Protection Agency')).toEqual(['Environmental Protection Agency']);
  });
});

describe('news short forms: a known body\'s school', () => {
  it('"the Yale School of Public Health … an epidemiologist at the School of Public Health" and "Harvard Medical School … The Medical School said" are one school each; two universities\' schools of one name stay apart', () => {
    const index = indexTexts({
      'a.txt': 'The cuts fall on the Yale School of Public Health this year. Dr. Anjali Ramaswamy, an epidemiologist at the School of Public Health, lost a grant.\n',
      'b.txt': 'Students at Harvard Medical School protested. The Medical School said it would respond.\n',
    });
    const two = indexTexts({ 'c.txt': 'The Yale School of Public Health and the Harvard School of Public Health both lost grants. The School of Public Health said little.\n' });
    expect(surfaces(index, 'Yale School of Public Health')).toEqual(['Yale School of Public Health', 'School of Public Health']);
    expect(surfaces(index, 'Harvard Medical School')).toEqual(['Harvard Medical School', 'Medical School']);
    expect(surfaces(two, 'Harvard School of Public Health')).toEqual(['Harvard School of Public Health']);
    expect(surfaces(two, 'School of Public Health')).toEqual(['School of Public Health']);
  });
});
