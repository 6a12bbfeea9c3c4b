import { describe, expect, it } from 'vitest';
import { entityNamed, indexFixtureStory, mentionsAtLines as mentionsOf } from '../helpers/indexTexts.js';

// A town that a school of the story is named after (test/fixtures/alias-forms-news): which mentions
// are the school and which the town, each written "text@line:character" (LSP positions).

describe('news alias forms: the town a school is named after', () => {
  it('"Kelsworth School … who lives in Kelsworth … taught at Kelsworth … Kelsworth won … was born in Kelsworth … Kelsworth is a market town": where one lives or was born, and what is a town, is the town; the word after "at" and the subject of "won" are the school', () => {
    const index = indexFixtureStory('alias-forms-news', 'kelsworth-lives-in.txt');
    expect(mentionsOf(index, 'Kelsworth School')).toEqual(['Kelsworth School@0:13', 'Kelsworth School@2:0', 'Kelsworth@4:66', 'Kelsworth@4:91']);
    expect(entityNamed(index, 'Kelsworth School').type).toBe('organization');
    expect(mentionsOf(index, 'Kelsworth')).toEqual(['Kelsworth@2:0', 'Kelsworth@4:19', 'Kelsworth@6:42', 'Kelsworth@8:0']);
    expect(entityNamed(index, 'Kelsworth').type).toBe('place');
  });
});
