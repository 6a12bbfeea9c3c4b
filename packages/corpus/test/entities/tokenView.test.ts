import { describe, expect, it } from 'vitest';
import { Tokens, tokenizeInto } from '../../src/text/tokenize.js';
import { TokenView } from '../../src/entities/tokenView.js';
import { WordClass } from '../../src/entities/lexicon.js';

describe('TokenView keys', () => {
  it('a token asked for before its region is tokenized gets its own key once it is: "WASHINGTON - Secretary of Defense …" after another article in the shared buffer', () => {
    const tokens = new Tokens(16);
    // The article before left "chief" at token 1 of the shared buffer.
    tokenizeInto(tokens, 'Defense chief defends budget', 0, 28);
    tokens.reset();
    const text = 'WASHINGTON\nSecretary of Defense Mark Ellison said.';
    const view = new TokenView(text, tokens);
    tokenizeInto(tokens, text, 0, 10);
    // The cues look past the dateline's last word before the body is tokenized.
    expect(view.key(1)).toBe('');
    tokenizeInto(tokens, text, 11, text.length);
    expect(view.raw(1)).toBe('Secretary');
    expect(view.key(1)).toBe('secretary');
    expect(view.keyOf(0, 2)).toBe('washington secretary');
    expect(view.keyOf(1, 4)).toBe('secretary of defense');
  });
});

describe('TokenView token texts', () => {
  it('isText says whether a token is written exactly so, as raw(i) === word does: the "A" and "S" of "Maersk A/S", never "As" or "a"', () => {
    const tokens = new Tokens(16);
    const text = 'Maersk A/S said As a rule, Al’s firm (Al Habtoor) won.';
    tokenizeInto(tokens, text, 0, text.length);
    const view = new TokenView(text, tokens);
    const words = ['A', 'S', 'As', 'a', 'Al', 'said', '/', '’s', '(', 'won'];
    for (let i = 0; i < view.count; i++) for (const word of words) expect(view.isText(i, word), `${view.raw(i)} / ${word}`).toBe(view.raw(i) === word);
    expect(view.isText(1, 'A')).toBe(true);
    expect(view.isText(3, 'S')).toBe(true);
    expect(view.isText(1, 'a')).toBe(false);
  });

  it('the caches of lower forms, keys and word classes hold for the tokens of every region, tokenized one after the other', () => {
    const tokens = new Tokens(8);
    const paragraphs = ['Prime Minister Keir Starmer said', 'The Senate met in Washington', 'Officials of the Bank of Korea spoke', 'Kim Yo Jong left Pyongyang'];
    const text = paragraphs.join('\n\n');
    const view = new TokenView(text, tokens);
    let at = 0;
    for (const paragraph of paragraphs) {
      const before = view.count;
      tokenizeInto(tokens, text, at, at + paragraph.length);
      at += paragraph.length + 2;
      // A token past those tokenized so far has no form yet, and does not keep that empty one.
      expect(view.lower(view.count)).toBe('');
      for (let i = before; i < view.count; i++) {
        expect(view.lower(i)).toBe(view.raw(i).toLowerCase());
        expect(view.key(i)).toBe(view.raw(i).toLowerCase());
      }
    }
    expect(view.count).toBe(22);
    expect(view.keyOf(13, 16)).toBe('bank of korea');
    expect(view.hasClass(11, WordClass.NameConnector)).toBe(true);
    expect(view.hasClass(13, WordClass.NameConnector)).toBe(false);
    expect(view.key(19)).toBe('jong');
  });
});
