import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNamed, entityNames, indexFixtureStory, indexTexts, mentionsAtLines as mentionsOf } from '../helpers/indexTexts.js';

// An epithet of dictionary words given to a person by "dubbed", "nicknamed" or "known as"
// (test/fixtures/alias-forms-news): which mentions are that person, each written
// "text@line:character" (LSP positions), and what the person is called and typed.

const indexStory = (name: string): CorpusIndex => indexFixtureStory('alias-forms-news', name);

describe('news alias forms: an epithet', () => {
  it('"Frank Delmonico, dubbed the Subway Bard by commuters, … the Bard said" is he; the headline\'s "Subway poet" is not', () => {
    const index = indexStory('delmonico-dubbed.txt');
    expect(mentionsOf(index, 'Frank Delmonico')).toEqual(['Frank Delmonico@2:11', 'Subway Bard@2:39', 'Bard@4:41', 'Delmonico@4:63']);
    expect(entityNames(index)).not.toContain('Bard');
  });

  it('"Tom Birchall, nicknamed the Wall by fans, … The Wall kept 212 clean sheets" is he', () => {
    const index = indexStory('birchall-nicknamed.txt');
    expect(mentionsOf(index, 'Tom Birchall')).toEqual(['Tom Birchall@2:24', 'Wall@2:52', 'Wall@4:4', 'Birchall@4:32']);
  });

  it('"Arjun Venkatesh, known as the Little Tiger, … The Little Tiger beat three grandmasters" is a person named Arjun Venkatesh (it was an organization "Little Tiger")', () => {
    const index = indexStory('venkatesh-known-as.txt');
    expect(mentionsOf(index, 'Arjun Venkatesh')).toEqual(['Arjun Venkatesh@2:10', 'Little Tiger@2:40', 'Little Tiger@4:4', 'Venkatesh@4:66']);
    expect(entityNamed(index, 'Arjun Venkatesh').type).toBe('person');
  });

  it('"Frank Delmonico … The poet, dubbed the Subway Bard by regular riders, … the Bard said": the poet is he (the Bard was a person of its own)', () => {
    const index = indexStory('delmonico-poet.txt');
    expect(mentionsOf(index, 'Frank Delmonico')).toEqual(['Frank Delmonico@2:16', 'Subway Bard@4:21', 'Bard@6:29', 'Delmonico@6:59']);
    expect(entityNames(index)).not.toContain('Bard');
  });

  it('"Reed Callister, the Tornado King, … The Tornado King has filmed" is he (it named no one); "Jane Hale, the Deputy Mayor," stays an office', () => {
    const index = indexStory('callister-appositive.txt');
    expect(mentionsOf(index, 'Reed Callister')).toEqual(['Reed Callister@2:14', 'Tornado King@2:34', 'Tornado King@4:4', 'Callister@6:0']);
    expect(entityNamed(index, 'Reed Callister').type).toBe('person');
    expect(mentionsOf(index, 'Jane Hale')).toEqual(['Jane Hale@4:103', 'Deputy Mayor@4:118']);
    expect(entityNames(index)).not.toContain('Crown Prince');
  });

  it('"Sarah Kim, the Public Defender," is an office, no epithet: another story\'s "The Public Defender of Oregon" is not she', () => {
    const read = (name: string) => readFileSync(new URL(`../fixtures/alias-forms-news/${name}`, import.meta.url), 'utf8');
    const index = indexTexts({ 'kim-public-defender.txt': read('kim-public-defender.txt'), 'public-defender-brief.txt': read('public-defender-brief.txt') });
    expect(mentionsOf(index, 'Sarah Kim')).toEqual(['Sarah Kim@2:19']);
  });
});
