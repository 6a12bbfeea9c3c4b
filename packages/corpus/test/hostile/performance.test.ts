import { describe, expect, it } from 'vitest';
import { findNameRuns } from '../../src/entities/nameRuns.js';
import { TokenView } from '../../src/entities/tokenView.js';
import { segmentText } from '../../src/segment/segmenter.js';
import { tokenize } from '../../src/text/tokenize.js';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth.js';
import { indexTexts } from '../helpers/indexTexts.js';

// Inputs that once took hours: super-linear work per capitalised run, and per short form in one
// article. Each is indexed (analysis and merge) at two sizes, and the time must grow linearly:
// a return to quadratic time fails on any machine, loaded or not, and no test holds a clock budget
// (speed itself is measured by `npm run bench`).
describe('indexing time grows with the text, not faster', () => {
  it('segments an article of 200,000 short lines without overflowing the call stack', () => {
    // Segmenter.close used Math.max(...ends) over every paragraph: a 100 MB file of short lines overflowed.
    const { articles } = segmentText('the cranes were idle.\n'.repeat(200_000), { capturedAt: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).toHaveLength(200_000);
  });

  it('indexes a line of capitalised words (a tag cloud) in time linear in its length', () => {
    const ratio = growthRatio((scale) => 'Abc '.repeat(6_250 * scale), (text) => indexTexts({ 'page.txt': text }));
    expect(ratio).toBeLessThan(LINEAR_BOUND());
  });

  it('indexes short lines that each name someone, in one article, in time linear in their number', () => {
    const line = 'the port authority said the cranes were idle and Officials said Ingrid Valtersen waited.\n';
    const ratio = growthRatio(
      (scale) => line.repeat(600 * scale),
      (text) => expect(indexTexts({ 'page.txt': text }).entities.map((e) => e.name)).toContain('Ingrid Valtersen'),
    );
    expect(ratio).toBeLessThan(LINEAR_BOUND());
  });

  it('indexes an article that says "the President" on every line, in time linear in its length', () => {
    const line = 'President Joe Biden (the host) spoke. The President said the talks went on, also known as the rounds.\n';
    const ratio = growthRatio(
      (scale) => line.repeat(600 * scale),
      (text) => expect(indexTexts({ 'page.txt': text }).entities.map((e) => e.name)).toContain('Joe Biden'),
    );
    expect(ratio).toBeLessThan(LINEAR_BOUND());
  });

  it('indexes one long line of prose (the hostile corpus has one of 2 MiB) in time linear in its length', () => {
    const filler = 'the ministry said the talks went on for hours ';
    const ratio = growthRatio(
      (scale) => filler.repeat(3_000 * scale) + 'and Volodymyr Zelenskyy said the talks would go on.',
      (text) => expect(indexTexts({ 'one-line.txt': text }).entities.map((e) => e.name)).toContain('Volodymyr Zelenskyy'),
    );
    expect(ratio).toBeLessThan(LINEAR_BOUND());
  });

  it('cuts a run of capitalised words into bounded runs, whatever its length', () => {
    const text = 'Abc '.repeat(5_000);
    const tokens = tokenize(text);
    const view = new TokenView(text, tokens);
    const runs = findNameRuns(view, 0, tokens.count);
    expect(runs.length).toBeGreaterThan(100);
    expect(Math.max(...runs.map((r) => r.end - r.first))).toBeLessThanOrEqual(24);
  });
});
