import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokenize.js';

/** The sentences of a text, as the strings a card quotes. */
function sentencesOf(text: string): string[] {
  return splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
}

describe('sentences', () => {
  it('a capital letter after "on" or "via" is a name, and its period ends the sentence ("posted on X. Trump replied")', () => {
    expect(sentencesOf('He said in a post on X. Trump later replied. They wrote via X. The White House said nothing.')).toEqual([
      'He said in a post on X.',
      'Trump later replied.',
      'They wrote via X.',
      'The White House said nothing.',
    ]);
  });

  it('a letter after a word it labels is a model\'s or a plan\'s name, and its period ends the sentence ("Model S and Model X. Tesla did not respond" was one sentence, and "Model X. Tesla" one name)', () => {
    expect(sentencesOf('The review covers the Model S and Model X. Tesla did not respond. They had a Plan B. Officials said nothing.')).toEqual([
      'The review covers the Model S and Model X.',
      'Tesla did not respond.',
      'They had a Plan B.',
      'Officials said nothing.',
    ]);
  });

  it('a middle initial or a leading one is no end of a sentence ("John F. Kennedy", "a book by J. Smith")', () => {
    expect(sentencesOf('John F. Kennedy spoke. It was a book by J. Smith on trade.')).toEqual(['John F. Kennedy spoke.', 'It was a book by J. Smith on trade.']);
  });
});
