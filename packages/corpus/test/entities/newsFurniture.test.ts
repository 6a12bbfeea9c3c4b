import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexTexts } from '../helpers/indexTexts.js';

// Shapes of news copy whose capitals say little (test/fixtures/news-furniture): a profile's fact
// box, quoted headlines, editors' brackets in quotations, dictionary words opening sentences.
// Each mention is written "file text@line:character [type]" (LSP positions).

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/news-furniture/${name}`, import.meta.url), 'utf8');
}

function indexFixtures(...names: string[]): CorpusIndex {
  return indexTexts(Object.fromEntries(names.map((name) => [name, fixture(name)])));
}

/** The mentions of one file, in reading order. */
function mentionsIn(index: CorpusIndex, file: string): string[] {
  const found = index.entities.flatMap((e) => index.mentionsOf(e).filter((m) => m.file === file).map((m) => ({ m, type: e.type })));
  found.sort((a, b) => a.m.range.start.line - b.m.range.start.line || a.m.range.start.character - b.m.range.start.character);
  return found.map(({ m, type }) => `${m.text}@${m.range.start.line}:${m.range.start.character} [${type}]`);
}

describe('dictionary words opening a sentence', () => {
  it('"Games were postponed", "Daily temperatures have topped 40C" name nothing, though another file names "the Games" and "the Daily"; that file\'s own stay', () => {
    const index = indexFixtures('commonwealth-games.txt', 'heat-wave-spain.txt');
    expect(mentionsIn(index, 'heat-wave-spain.txt').filter((m) => /^(?:Games|Daily|Symphony)@/.test(m))).toEqual([]);
    expect(mentionsIn(index, 'commonwealth-games.txt')).toContain('Games@2:134 [event]');
    expect(mentionsIn(index, 'commonwealth-games.txt')).toContain('Daily@4:64 [organization]');
  });
});
