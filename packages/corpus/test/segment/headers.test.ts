import { describe, expect, it } from 'vitest';
import { parseArticles } from '../../src/segment/articles.js';
import { corpusText, textAt } from '../helpers/corpusText.js';

const BODY = 'The Defense Ministry on Friday asked for a record budget for the fiscal year starting in April, including funds for a fourth destroyer.';
const BODY2 = 'The request still needs approval from the Finance Ministry and the Diet, where the ruling coalition holds a majority.';

function parse(page: string) {
  return parseArticles(corpusText(page), { capturedAt: new Date('2025-09-01T12:00:00Z') });
}

describe('article headers of a single news page', () => {
  it('headline, byline, role and date above the body are one article with its metadata', () => {
    const page = `\uFEFFJapan Seeks Record Defense Budget, Fourth Destroyer\r\nBy Kenta Morimoto\r\nStaff Writer\r\nAug 29, 2025\r\n${BODY}\r\n${BODY2}\r\n`;
    const { articles } = parse(page);
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article!.title).toBe('Japan Seeks Record Defense Budget, Fourth Destroyer');
    expect(article!.byline).toBe('Kenta Morimoto');
    expect(article!.source).toBeNull();
    expect(article!.published?.startsWith('2025-08-29')).toBe(true);
    expect(article!.paragraphs.map((p) => textAt(page, p.range))).toEqual([BODY, BODY2]);
  });

  it('a headline right above its date is the title, not an outlet\'s name: "Interview with US political activist … / Saturday, April 4, 2009"; "Japan Today" above a time stays a source', () => {
    const page = `Interview with US political activist and philosopher Noam Chomsky\nSaturday, April 4, 2009\nPolitical activist and philosopher Noam Chomsky\n${BODY}\n`;
    const [article] = parse(page).articles;
    expect(article!.title).toBe('Interview with US political activist and philosopher Noam Chomsky');
    expect(article!.source).toBeNull();
    expect(article!.published?.startsWith('2009-04-04')).toBe(true);
    expect(article!.paragraphs.map((p) => textAt(page, p.range))).toEqual(['Political activist and philosopher Noam Chomsky', BODY]);
    const aggregator = parse(`Japan Today\n33 minutes ago\n- Japan Today\nTalks Resume In Seoul\n${BODY}\n`).articles[0]!;
    expect([aggregator.source, aggregator.title]).toEqual(['Japan Today', 'Talks Resume In Seoul']);
  });

  it('a date followed by a sentence is not the header of a new article', () => {
    const page = `Budget Talks Resume In Tokyo\nAug 29, 2025\n${BODY}\n`;
    const { articles } = parse(page);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe('Budget Talks Resume In Tokyo');
    expect(articles[0]!.paragraphs.map((p) => textAt(page, p.range))).toEqual([BODY]);
  });
});
