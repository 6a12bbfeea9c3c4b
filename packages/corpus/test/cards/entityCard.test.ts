import { describe, expect, it } from 'vitest';
import { countsLine, renderCardText } from '../../src/cards/cardText.js';
import { foldDescriptions } from '../../src/cards/descriptions.js';
import { entityCard } from '../../src/cards/entityCard.js';
import { SEED_000, SEED_003, seedText } from '../helpers/corpusText.js';
import { entityNamed, indexTexts } from '../helpers/indexTexts.js';

const seeds: Record<string, string> = { [SEED_000]: seedText(SEED_000), [SEED_003]: seedText(SEED_003) };

function seedCard(name: string) {
  const index = indexTexts(seeds, undefined, null);
  return entityCard(index, entityNamed(index, name), { textOf: (path) => seeds[path] ?? null });
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

describe('"Mentioned with" ranked by association, not by raw counts (issue 13, defect 3)', () => {
  // Aldo Verran is in articles 1-4. Japan is in all ten articles (four shared with him); Bria Kostel
  // is in two, both his. By raw counts Japan comes first (4 > 2); by association Kostel does.
  const articles: Record<string, string> = {};
  for (let i = 1; i <= 10; i++) {
    const sentences = [`Officials in Japan said on Monday that the port inspections would continue through the winter.`];
    if (i <= 4) sentences.push('Finance Minister Aldo Verran told reporters that the budget would not change.');
    if (i <= 2) sentences.push('Senator Bria Kostel said the committee would review the budget next month.');
    if (i >= 5) sentences.push('Harbour Master Teodor Vilk said the new cranes had arrived from the coast.');
    articles[`a${i}.txt`] = `Report number ${i} from the coast\n${sentences.join(' ')}\n`;
  }

  it('puts the specific companion before the ubiquitous one, though it shares fewer articles', () => {
    const index = indexTexts(articles);
    const verran = entityNamed(index, 'Aldo Verran');
    const ranked = index.coMentionsOf(verran).map((c) => ({ name: index.entities[c.entity]!.name, count: c.count }));
    expect(ranked.find((c) => c.name === 'Japan')!.count).toBe(4);
    expect(ranked.find((c) => c.name === 'Bria Kostel')!.count).toBe(2);
    const names = ranked.map((c) => c.name);
    expect(names.indexOf('Bria Kostel')).toBeLessThan(names.indexOf('Japan'));
    expect(names[0]).toBe('Bria Kostel');
    // Teodor Vilk never shares an article with him: not a companion at all.
    expect(names).not.toContain('Teodor Vilk');
  });

  it('gives the seed entities of one article lists that start with that article\'s own companions', () => {
    const index = indexTexts(seeds);
    const listOf = (name: string) => index.coMentionsOf(entityNamed(index, name), 5).map((c) => index.entities[c.entity]!.name);
    for (const name of ['Kim Yo Jong', 'Hong Min', 'Lee Jae Myung']) {
      // Before: "United States (1), Vladimir Putin (1), North Korea (1), Kim Jong Un (1), Russia (1)" for each.
      expect(listOf(name), name).not.toContain('United States');
      expect(listOf(name), name).not.toContain('Vladimir Putin');
    }
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
