import { describe, expect, it } from 'vitest';
import { countsLine, renderCardText } from '../../src/cards/cardText.js';
import { foldDescriptions } from '../../src/cards/descriptions.js';
import { entityCard } from '../../src/cards/entityCard.js';
import { SEED_000, SEED_003, seedText } from '../helpers/corpusText.js';
import { entityNamed, indexTexts } from '../helpers/indexTexts.js';

const seeds: Record<string, string> = { [SEED_000]: seedText(SEED_000), [SEED_003]: seedText(SEED_003) };

let seedIndex: ReturnType<typeof indexTexts> | null = null;

/** A card of the seeds, captured at no known time (as a plain checkout); the index is built once. */
function seedCard(name: string) {
  seedIndex ??= indexTexts(seeds, undefined, null);
  return entityCard(seedIndex, entityNamed(seedIndex, name), { textOf: (path) => seeds[path] ?? null });
}

describe('descriptions, each said once (issue 13, defect 2)', () => {
  const fold = (texts: string[]) => foldDescriptions(texts.map((text) => ({ text, count: 1 }))).map((d) => d.text);

  it('drops sub-phrases and folds a demonym with its country', () => {
    expect(fold(["North Korea's leader", 'leader', 'North Korean leader'])).toEqual(["North Korea's leader"]);
    expect(fold(['Russian President', 'President'])).toEqual(['Russian President']);
  });

  it('folds "U.S. President" and "US President", keeping the spelling used more', () => {
    const folded = foldDescriptions([
      { text: 'President', count: 3 },
      { text: 'U.S. President', count: 1 },
      { text: 'US President', count: 2 },
    ]);
    expect(folded).toEqual([{ text: 'US President', count: 6 }]);
  });

  it('keeps descriptions that say different things, most used first, and the analyst\'s first of all', () => {
    const folded = foldDescriptions(
      [
        { text: 'sister of the leader', count: 1 },
        { text: 'senior official', count: 2 },
        { text: 'propaganda chief', count: 0 },
      ],
      'propaganda chief',
    );
    expect(folded.map((d) => d.text)).toEqual(['propaganda chief', 'senior official', 'sister of the leader']);
  });

  it('shows one description on the card of a seed entity, the others once each below', () => {
    const card = seedCard('Kim Jong Un');
    expect(card.description).toBe("North Korea's leader");
    expect(card.otherDescriptions).not.toContain('leader');
    expect(card.otherDescriptions).not.toContain('North Korean leader');
  });
});

describe('sources counted per article (issue 13, defect 4)', () => {
  it('names the known sources and counts the articles without one', () => {
    const card = seedCard('Kim Jong Un');
    expect(card.articleCount).toBe(3);
    expect(card.sources).toEqual([{ text: 'Japan Today', count: 1 }]);
    expect(card.unknownSources).toBe(2);
    expect(countsLine(card)).toBe('17 mentions · 3 articles: Japan Today, 2 unknown · published c. 2025 (1 of 3 articles dated)');
  });

  it('says "undated" rather than a file time when no article is dated', () => {
    const card = seedCard('Volodymyr Zelenskyy');
    expect(card.dates).toEqual({ first: null, last: null, dated: 0, undated: 1 });
    expect(countsLine(card)).toBe('9 mentions · 1 article: Yomiuri Shimbun · undated');
  });
});

describe('the first lines of a card', () => {
  it('hold the name and type, one description, the counts with sources and dates, then the best sentence and its place', () => {
    const text = renderCardText(seedCard('Kim Yo Jong'));
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['Kim Yo Jong · person', "senior official in the North's ruling Workers' Party", '5 mentions · 1 article: Japan Today · published c. 2025']);
    expect(lines[3]).toMatch(/^> \*\*Kim Yo Jong\*\*, who is a senior official/);
    expect(lines[4]).toBe(`  — Japan Today · c. 2025 · ${SEED_000}:20`);
    expect(text).toContain('Also written as: Kim');
    expect(text).toContain("Also described as: sister of North Korea's leader Kim Jong Un");
  });
});
