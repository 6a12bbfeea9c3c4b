import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, indexTexts, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short news stories written for these tests (test/fixtures/news-label-words), with invented people:
// capitalised words that label something (an honour, a family of languages, a degree, a title's
// word) and name no entity where they stand. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-label-words', name);
const story = (name: string): string => readFileSync(new URL(`../fixtures/news-label-words/${name}`, import.meta.url), 'utf8');

describe('label words: a selection of the best of all of something', () => {
  it('"the District 6 All-District baseball team", "a second-team All-Conference pick", "an All-American": no entities (a place, an event and an other); "the All-Star Game" and "the All-Ireland final" keep their names', () => {
    const index = indexStory('all-district-team.txt');
    expect(names(index).filter((n) => /^All-(District|Conference|American)$/.test(n))).toEqual([]);
    expect(mentionsOf(index, 'All-Star Game')).toEqual(['All-Star Game@3:54']);
    expect(mentionsOf(index, 'All-Ireland')).toEqual(['All-Ireland@3:92']);
    expect(mentionsOf(index, 'Reece Calder')).toEqual(['Reece Calder@2:0', 'Calder@3:0']);
    expect(typeOf(index, 'Tulsa')).toBe('place');
  });
});

describe('label words: a place\'s name before a family of languages', () => {
  it('"one of the Atlantic languages of the Niger Congo language phylum": no Atlantic, Niger or Congo there (three places); "along the Atlantic coast" and "Senegal" stay places', () => {
    const index = indexStory('language-families.txt');
    expect(mentionsOf(index, 'Atlantic')).toEqual(['Atlantic@3:125']);
    expect(typeOf(index, 'Atlantic')).toBe('place');
    expect(names(index).filter((n) => /Niger|Congo/.test(n))).toEqual([]);
    expect(mentionsOf(index, 'Senegal')).toEqual(['Senegal@3:103']);
    expect(mentionsOf(index, 'Quebec')).toEqual(['Quebec@3:57']);
    expect(mentionsOf(index, 'Mariama Diatta')).toEqual(['Mariama Diatta@2:94', 'Diatta@3:0']);
  });
});

describe('label words: a degree written with periods', () => {
  it('"his M.Sc. studies", "the B.Sc. course": no entities (both were other), as "PhD" is none; the university and the towns stay', () => {
    const index = indexStory('degree-studies.txt');
    expect(names(index).filter((n) => /Sc\b|PhD/.test(n))).toEqual([]);
    expect(mentionsOf(index, 'University of Helsinki')).toEqual(['University of Helsinki@2:104']);
    expect(mentionsOf(index, 'Uppsala')).toEqual(['Uppsala@2:62']);
    expect(mentionsOf(index, 'Tomas Lindqvist')).toEqual(['Tomas Lindqvist@2:0', 'Lindqvist@3:0']);
  });
});

describe('label words: a title\'s dictionary word named in another article only', () => {
  it('"Board Games Cafe Opens Its Doors in Leeds" beside another story\'s "the Olympic Games … the Games": the title\'s "Games" is no mention of that event (it was); the Olympic story keeps its own', () => {
    const index = indexTexts({ 'olympic-games.txt': story('olympic-games.txt'), 'board-games-cafe.txt': story('board-games-cafe.txt') });
    expect(index.mentionsOf(index.entities.find((e) => e.name === 'Games')!).map((m) => `${m.file.split('/').pop()}@${m.range.start.line}:${m.range.start.character}`)).toEqual(['olympic-games.txt@2:66']);
    expect(mentionsOf(index, 'Olympic Games')).toEqual(['Olympic Games@0:24', 'Olympic Games@2:18']);
    expect(mentionsOf(index, 'Leeds')).toEqual(['Leeds@0:36', 'Leeds@2:78']);
  });
});

describe('label words: two names joined by a "+"', () => {
  it('"a Dutch DH+Lib community": one name (it was "DH" and "Lib" apart); "ESPN+" stays a mention of ESPN, "Disney" the company', () => {
    const index = indexStory('streaming-plus.txt');
    expect(mentionsOf(index, 'DH+Lib')).toEqual(['DH+Lib@2:96']);
    expect(names(index).filter((n) => ['DH', 'Lib'].includes(n))).toEqual([]);
    expect(mentionsOf(index, 'ESPN')).toEqual(['ESPN@2:30']);
    expect(mentionsOf(index, 'Walt Disney Company')).toEqual(['Disney@3:10']);
    expect(mentionsOf(index, 'Utrecht')).toEqual(['Utrecht@2:134']);
  });
});
