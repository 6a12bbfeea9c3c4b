import { describe, expect, it } from 'vitest';
import { extractArticleMentions } from '../../src/entities/articleMentions.js';
import { RegionKind } from '../../src/entities/mentionDraft.js';

// Every draft is made with all its fields, in one order, whatever its name's path through
// extraction (a flag its context sets, a title-case quotation, a shouted sentence, a name in
// another script): drafts of one hidden class keep the optimized code that reads them.
const ARTICLE = [
  'Kansas City visits the Raiders on Sunday, and Buffalo hosts Miami.',
  'Maria Holt, who lives in Kelsworth, attended Harrow before she joined Kelsworth School as its head.',
  'The director won the Oscar for best picture, and Oscar nominations followed for the cast.',
  'In a note called "Risks Skewed To The Downside", Deutsche Bank economist Peter Lang warned of a slowdown.',
  'TAIWAN SEMICONDUCTOR SAID PROFITS ROSE.',
  'Taiwan Semiconductor Manufacturing Co (台積電) said on Thursday that Chief Executive C.C. Wei would visit Arizona.',
].join(' ');

describe('the drafts of an article', () => {
  const { mentions } = extractArticleMentions(ARTICLE, [{ kind: RegionKind.Body, span: { start: 0, end: ARTICLE.length } }], []);

  it('all have the same fields in the same order, whichever flags their context set', () => {
    expect(mentions.length).toBeGreaterThan(10);
    const fields = Object.keys(mentions[0]!).join(',');
    for (const d of mentions) expect(Object.keys(d).join(','), d.surface).toBe(fields);
  });

  it('include names whose context set a flag, and a name in another script', () => {
    expect(mentions.some((d) => d.award)).toBe(true);
    expect(mentions.some((d) => d.school)).toBe(true);
    expect(mentions.some((d) => d.home)).toBe(true);
    expect(mentions.some((d) => d.sideOfFixture)).toBe(true);
    expect(mentions.some((d) => d.surface === '台積電')).toBe(true);
  });
});
