import { describe, expect, it } from 'vitest';
import { SEED_000, SEED_003, seedText } from '../helpers/corpusText.js';
import { entityNamed, indexTexts } from '../helpers/indexTexts.js';

const seeds: Record<string, string> = { [SEED_000]: seedText(SEED_000), [SEED_003]: seedText(SEED_003) };

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

  it('tells apart the entities of one article by the sentences they share', () => {
    // One story, two threads: the minister and the senator in one sentence, the harbour master and
    // the port authority in another. Article counts alone give all four the same companions.
    const story =
      'Finance Minister Aldo Verran met Senator Bria Kostel in Tallinn on Monday to discuss the budget. ' +
      'Teodor Vilk, the harbour master, said the Kessel Port Authority had ordered two new cranes. ' +
      'Verran and Kostel did not comment on the cranes. Vilk said the Kessel Port Authority would pay for them.';
    const index = indexTexts({ 'story.txt': `Budget talks and new cranes\n${story}\n`, 'other.txt': 'Officials in Tallinn said the weather was mild.\n' });
    const first = (name: string) => index.entities[index.coMentionsOf(entityNamed(index, name), 1)[0]!.entity]!.name;
    expect(first('Aldo Verran')).toBe('Bria Kostel');
    expect(first('Bria Kostel')).toBe('Aldo Verran');
    expect(first('Teodor Vilk')).toBe('Kessel Port Authority');
    expect(first('Kessel Port Authority')).toBe('Teodor Vilk');
  });

  it('gives the seed entities of one article lists that start with that article\'s own companions', () => {
    const index = indexTexts(seeds);
    const listOf = (name: string) => index.coMentionsOf(entityNamed(index, name), 5).map((c) => index.entities[c.entity]!.name);
    for (const name of ['Kim Yo Jong', 'Hong Min', 'Lee Jae Myung']) {
      // Before: "United States (1), Vladimir Putin (1), North Korea (1), Kim Jong Un (1), Russia (1)" for each.
      expect(listOf(name), name).not.toContain('United States');
      expect(listOf(name), name).not.toContain('Vladimir Putin');
    }
    // Hong Min of the Institute for National Unification: his sentence's companion comes first.
    expect(listOf('Hong Min')[0]).toBe('Institute for National Unification');
    expect(listOf('Institute for National Unification')[0]).toBe('Hong Min');
  });
});
