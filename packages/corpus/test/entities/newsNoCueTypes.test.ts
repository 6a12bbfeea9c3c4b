import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNamed, indexTexts } from '../helpers/indexTexts.js';

// Short news articles written for these tests (test/fixtures/news-types): firms, services and
// performers whose names carry no head word, or are made of dictionary words only.
const FIXTURES = new URL('../fixtures/news-types/', import.meta.url);
const fixture = indexTexts(Object.fromEntries(readdirSync(FIXTURES).map((name) => [name, readFileSync(new URL(name, FIXTURES), 'utf8')])));

/** Each mention of the entity named `name` in `file` as "text@line:character", in reading order. */
function mentionsIn(index: CorpusIndex, name: string, file: string): string[] {
  return index
    .mentionsOf(entityNamed(index, name))
    .filter((m) => m.file === file)
    .map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`);
}

describe('news types: dictionary words that the corpus calls a name elsewhere', () => {
  it('"makes Capital One the largest card issuer", "gives Capital One its own network" and "Capital One\'s chief executive" are the company (only mentions with a cue around them were found)', () => {
    expect(mentionsIn(fixture, 'Capital One', 'business-capital-one.txt')).toEqual([
      'Capital One@0:0',
      'Capital One@2:21',
      'Capital One@2:138',
      'Capital One@4:91',
      'Capital One@6:10',
      'Capital One@6:138',
      'Capital One@8:18',
    ]);
    expect(entityNamed(fixture, 'Capital One').type).toBe('organization');
  });

  it('"Bad Bunny will play a residency" opening its sentence is the singer whom "Bad Bunny released his album" names (it was dropped, and the singer was no entity)', () => {
    expect(mentionsIn(fixture, 'Bad Bunny', 'culture-bad-bunny.txt')).toEqual(['Bad Bunny@0:0', 'Bad Bunny@2:16', 'Bad Bunny@4:121']);
    expect(entityNamed(fixture, 'Bad Bunny').type).toBe('person');
  });

  it('"its Apple Music streaming service", "for Apple Music" name the service whole (only the "Apple" inside them was found)', () => {
    expect(mentionsIn(fixture, 'Apple Music', 'tech-apple-music.txt')).toEqual(['Apple Music@0:22', 'Apple Music@2:54', 'Apple Music@6:158']);
    expect(entityNamed(fixture, 'Apple Music').type).not.toBe('person');
  });

  it('an office\'s words are no name by another mention\'s cue: "the Chief Justice, who said" leaves "met the Chief Justice in his chambers" unnamed', () => {
    const index = indexTexts({ 'a.txt': 'The ruling came from the Chief Justice, who said it was final. He met the Chief Justice in his chambers.\n' });
    expect(index.entities.flatMap((e) => index.mentionsOf(e).map((m) => `${m.text}@${m.range.start.character}`))).not.toContain('Chief Justice@74');
  });
});

describe('news types: names with no head word, typed by what the sentence says', () => {
  it('"Kaiser Permanente" is a health firm by "Kaiser Permanente\'s chief executive" (it was a person, "Kaiser" read as a ruler\'s title); "Kaiser Wilhelm" stays a person', () => {
    expect(entityNamed(fixture, 'Kaiser Permanente').type).toBe('organization');
    const index = indexTexts({ 'a.txt': 'The war began under Kaiser Wilhelm, historians said.\n' });
    expect(entityNamed(index, 'Kaiser Wilhelm').type).toBe('person');
  });

  it('"X\'s chief executive", "X\'s shareholders" say a firm; "Putin\'s chief of staff" says nothing of Putin', () => {
    const index = indexTexts({ 'a.txt': 'Greg Adams, Kestrova\'s chief executive, spoke. Valdaro\'s shareholders voted. Putin\'s chief of staff, Anton Vaino, was there.\n' });
    expect(entityNamed(index, 'Kestrova').type).toBe('organization');
    expect(entityNamed(index, 'Valdaro').type).toBe('organization');
    expect(entityNamed(index, 'Putin').type).not.toBe('organization');
  });

  it('"Beyoncé thanked her fans", "Rosalía released her album" are persons by "her" (they were other); "Google sent her a letter" stays the company', () => {
    const index = indexTexts({ 'a.txt': 'Beyoncé thanked her fans on Sunday. Later Rosalía released her album. Last week Google sent her a letter.\n' });
    expect(entityNamed(index, 'Beyoncé').type).toBe('person');
    expect(entityNamed(index, 'Rosalía').type).toBe('person');
    expect(entityNamed(index, 'Google').type).toBe('organization');
  });

  it('brand names opened by lower-case letters: "investors in xAI", "a lawyer for eBay" are companies (a place and other), "an iPhone" a device', () => {
    expect(entityNamed(fixture, 'xAI').type).toBe('organization');
    const index = indexTexts({ 'a.txt': 'The deal with xAI was signed, and investors in xAI cheered. A lawyer for eBay declined. He bought an iPhone.\n' });
    expect(entityNamed(index, 'xAI').type).toBe('organization');
    expect(entityNamed(index, 'eBay').type).toBe('organization');
    expect(entityNamed(index, 'iPhone').type).toBe('product');
  });
});
