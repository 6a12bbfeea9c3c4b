import { describe, expect, it } from 'vitest';
import { Tokens, tokenizeInto } from '../../src/text/tokenize.js';
import { TokenView } from '../../src/entities/tokenView.js';

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
