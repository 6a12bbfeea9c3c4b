import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticleMentions } from '../../src/entities/articleMentions.js';
import { RegionKind } from '../../src/entities/mentionDraft.js';
import { Tokens, tokenizeInto, TokenKind } from '../../src/text/tokenize.js';

// Articles share one token buffer (articleMentions.ts `sharedTokens`). Rules read a token or two
// past a name, at an article's end too: what they read there must be nothing, never the tokens a
// longer article left in the buffer, or a story's names hang on which file was analysed before it.

const FIXTURES = join(__dirname, '../fixtures');

/** The news stories of the tests' fixtures (test/fixtures/news-*), each a short wire story. */
function newsStories(): string[] {
  const folders = readdirSync(FIXTURES).filter((f) => f.startsWith('news-')).sort();
  return folders.flatMap((folder) => readdirSync(join(FIXTURES, folder)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(FIXTURES, folder, f), 'utf8')));
}

function mentionsOf(text: string): string[] {
  const { mentions } = extractArticleMentions(text, [{ kind: RegionKind.Body, span: { start: 0, end: text.length } }], []);
  return mentions.map((m) => `${text.slice(m.start, m.end)}@${m.start} ${m.evidence.join(',')}`);
}

describe('the token buffer past an article\'s end', () => {
  it('holds no token of a longer text tokenized before: kind 0 and no offsets, so the last token touches nothing', () => {
    const tokens = new Tokens(16);
    tokenizeInto(tokens, 'Shares of Harbourline Ltd rose 4 percent on Monday, traders said.', 0, 66);
    tokens.reset();
    const short = 'Castlebury 3';
    tokenizeInto(tokens, short, 0, short.length);
    expect(tokens.count).toBe(2);
    expect(tokens.kind(1)).toBe(TokenKind.Number);
    for (let i = 2; i < 5; i++) expect([i, tokens.kind(i), tokens.starts[i], tokens.ends[i]]).toEqual([i, 0, -1, -1]);
    expect(tokens.adjacent(1)).toBe(false);
  });

  it('leaves each story\'s mentions and evidence the same whether it is analysed first or after a longer text', () => {
    const texts = newsStories();
    const alone = texts.map((t) => mentionsOf(t));
    // Two texts longer than any story, of other words: whatever they leave past a story's end differs.
    const [longest, next] = [...texts].sort((a, b) => b.length - a.length);
    const spoilers = [`${longest}\n\n${next}`, `${next} ${longest}`];
    let compared = 0;
    for (const [i, text] of texts.entries()) {
      for (const spoiler of spoilers) {
        mentionsOf(spoiler);
        expect(mentionsOf(text)).toEqual(alone[i]);
        compared += alone[i]!.length;
      }
    }
    // The property saw names, not only empty lists.
    expect(texts.length).toBeGreaterThan(20);
    expect(compared).toBeGreaterThan(200);
  });
});
