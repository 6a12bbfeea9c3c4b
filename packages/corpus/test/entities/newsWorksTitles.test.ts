import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short entertainment and business stories written for these tests (test/fixtures/news-works-titles),
// each indexed alone as a corpus of one article, with invented films, books, people and firms: shapes
// of real film, television and music news that cut or mistyped a work's title. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-works-titles', name);

describe('works: quoted titles in title case', () => {
  it('"are: "Harbour Lights: The Long Tide"; "Winter of Marrow"; … and "Seven Doors at Midnight.": a list of quoted titles holds each title whole (small words and the period inside the quote cut them)', () => {
    const index = indexStory('quoted-titles.txt');
    expect(mentionsOf(index, 'Winter of Marrow')).toEqual(['Winter of Marrow@2:69']);
    expect(mentionsOf(index, 'Seven Doors at Midnight')).toEqual(['Seven Doors at Midnight@2:112']);
    expect(typeOf(index, 'Winter of Marrow')).toBe('other');
    expect(names(index).filter((n) => n === 'Marrow' || n === 'Midnight')).toEqual([]);
  });

  it('\'The indie hit "Nothing Stays the Same Forever"\': a hit\'s quoted title is one name (it was none)', () => {
    const index = indexStory('quoted-titles.txt');
    expect(mentionsOf(index, 'Nothing Stays the Same Forever')).toEqual(['Nothing Stays the Same Forever@3:15']);
    expect(typeOf(index, 'Nothing Stays the Same Forever')).toBe('other');
  });

  it('\'two guides, "Ravelli on Card Magic" and "Ravelli on Stage Tricks"\': each title is whole, and the author opening it before "on" is a person inside it', () => {
    const index = indexStory('quoted-titles.txt');
    expect(mentionsOf(index, 'Ravelli on Card Magic')).toEqual(['Ravelli on Card Magic@4:47']);
    expect(mentionsOf(index, 'Ravelli on Stage Tricks')).toEqual(['Ravelli on Stage Tricks@4:75']);
    expect(mentionsOf(index, 'Ravelli')).toEqual(['Ravelli@4:47', 'Ravelli@4:75']);
    expect(typeOf(index, 'Ravelli')).toBe('person');
  });
});

describe('works: a subtitle after a colon', () => {
  it('"Harlow Pictures\' Vantage: The Quiet Agent held", "The spy action-comedy Vantage: The Quiet Agent": a possessive or a work\'s noun before the title keeps its subtitle in the name, a work whatever head word closes it (it was "Vantage" and a body "Quiet Agent", or nothing)', () => {
    const index = indexStory('subtitles.txt');
    expect(mentionsOf(index, 'Vantage: The Quiet Agent')).toEqual(['Vantage: The Quiet Agent@2:17', 'Vantage: The Quiet Agent@3:22']);
    expect(typeOf(index, 'Vantage: The Quiet Agent')).toBe('other');
    expect(names(index).filter((n) => n === 'Vantage' || n === 'Quiet Agent')).toEqual([]);
    expect(typeOf(index, 'Harlow Pictures')).toBe('organization');
  });

  it('"the animated The Puffin Movie: Lost in the Fjords", "holdover Night Shift Presents: Rook & Raven": a title closing with a work\'s noun, or after "holdover", takes its subtitle, small words and an ampersand too', () => {
    const index = indexStory('subtitles.txt');
    expect(mentionsOf(index, 'Puffin Movie: Lost in the Fjords')).toEqual(['Puffin Movie: Lost in the Fjords@2:102']);
    expect(typeOf(index, 'Puffin Movie: Lost in the Fjords')).toBe('other');
    expect(mentionsOf(index, 'Night Shift Presents: Rook & Raven')).toEqual(['Night Shift Presents: Rook & Raven@4:12']);
    expect(names(index).filter((n) => n === 'Fjords' || n === 'Rook & Raven')).toEqual([]);
  });
});

describe('works: an unquoted title with "of" after its maker and its noun', () => {
  it('"the Ines Carvalho movie The Lanterns of Mirovale", "Harlow TV\'s film feature Memoirs of an Idle Marsholm": a maker\'s name or a second noun between the determiner and the work\'s noun still opens the title over "of" (and "an"), a work (they were "Lanterns", a body, and "Mirovale"; "Idle Marsholm")', () => {
    const index = indexStory('of-titles.txt');
    expect(mentionsOf(index, 'Lanterns of Mirovale')).toEqual(['Lanterns of Mirovale@2:53']);
    expect(typeOf(index, 'Lanterns of Mirovale')).toBe('other');
    expect(mentionsOf(index, 'Memoirs of an Idle Marsholm')).toEqual(['Memoirs of an Idle Marsholm@3:59']);
    expect(mentionsOf(index, 'Return of the Quillfish')).toEqual(['Return of the Quillfish@4:43']);
    expect(names(index).filter((n) => ['Lanterns', 'Mirovale', 'Idle Marsholm', 'Quillfish'].includes(n))).toEqual([]);
    expect(typeOf(index, 'Ines Carvalho')).toBe('person');
  });
});

describe('works: a known place after a title\'s "of", and a title after its author', () => {
  it('"the thriller Ghosts of Memphis", "Oren Talbot, author of Winter in Vellmar": a place the lists know after "of" is the title\'s own, and "author of" opens a title over "in", a work (only the places "Memphis" and "Vellmar" were left of them); "the film Nights in Lisbon" was shown there', () => {
    const index = indexStory('maker-and-place-titles.txt');
    expect(mentionsOf(index, 'Ghosts of Memphis')).toEqual(['Ghosts of Memphis@2:51']);
    expect(typeOf(index, 'Ghosts of Memphis')).toBe('other');
    expect(mentionsOf(index, 'Winter in Vellmar')).toEqual(['Winter in Vellmar@3:49']);
    expect(typeOf(index, 'Winter in Vellmar')).toBe('other');
    expect(typeOf(index, 'Oren Talbot')).toBe('person');
    expect(mentionsOf(index, 'Lisbon')).toEqual(['Lisbon@4:19']);
    expect(mentionsOf(index, 'Paris')).toEqual(['Paris@4:71']);
    expect(names(index).filter((n) => ['Ghosts', 'Winter', 'Vellmar', 'Nights in Lisbon', 'Summer in Paris'].includes(n))).toEqual([]);
  });
});

describe('business news: kinds of firm, market and chip are no names', () => {
  it('"Pune-based B2B marketplace", "The SaaS startup Quillio", "its first SoC", "sent her CV": the terms name nothing (they were bodies, and "SaaS" a person), the names around them stay', () => {
    const index = indexStory('funding-terms.txt');
    expect(names(index).filter((n) => ['B2B', 'SaaS', 'SoC', 'CV'].includes(n))).toEqual([]);
    expect(mentionsOf(index, 'Quillio')).toEqual(['Quillio@3:17']);
    expect(typeOf(index, 'Quillio')).toBe('organization');
    expect(typeOf(index, 'Asha Menon')).toBe('person');
    expect(mentionsOf(index, 'Dara Quint')).toEqual(['Dara Quint@4:52']);
  });
});

describe('works\' titles: an ampersand after a work\'s noun', () => {
  it('"her fourth album, Salt & Static,", "the album Salt & Static": a work\'s noun before a title outweighs the firm\'s shape of its "&" (it was an organization); "the band Harrow & Vine" stays a body', () => {
    const index = indexStory('ampersand-album.txt');
    expect(mentionsOf(index, 'Salt & Static')).toEqual(['Salt & Static@2:55', 'Salt & Static@3:23']);
    expect(typeOf(index, 'Salt & Static')).toBe('other');
    expect(typeOf(index, 'Harrow & Vine')).toBe('organization');
    expect(typeOf(index, 'Mara Quill')).toBe('person');
  });
});

describe('works: a title closing with a place\'s head word right after its noun', () => {
  it('"the film Harrow River", "the game Corvin\'s Gate", "the album Kestrel Road", "her novel Ashby Hill": the work\'s noun right before outweighs the head word closing the title, a work (they were places)', () => {
    const index = indexStory('place-headed-titles.txt');
    expect(mentionsOf(index, 'Harrow River')).toEqual(['Harrow River@2:38']);
    expect(mentionsOf(index, "Corvin's Gate")).toEqual(["Corvin's Gate@2:83"]);
    expect(mentionsOf(index, 'Kestrel Road')).toEqual(['Kestrel Road@3:28']);
    expect(mentionsOf(index, 'Ashby Hill')).toEqual(['Ashby Hill@3:62']);
    for (const title of ['Harrow River', "Corvin's Gate", 'Kestrel Road', 'Ashby Hill']) expect(typeOf(index, title)).toBe('other');
  });

  it('"filmed in Stonebridge, Vermont", "the game at Halden Stadium", "the film studio Pinecourt", "the band\'s label Larkspur Records": no work\'s noun right before the name, and each keeps its type', () => {
    const index = indexStory('place-headed-titles.txt');
    expect(mentionsOf(index, 'Halden Stadium')).toEqual(['Halden Stadium@4:57']);
    expect(typeOf(index, 'Halden Stadium')).toBe('place');
    expect(typeOf(index, 'Stonebridge')).toBe('place');
    expect(typeOf(index, 'Pinecourt')).toBe('organization');
    expect(typeOf(index, 'Larkspur Records')).toBe('organization');
  });
});
