import { describe, expect, it } from 'vitest';
import { parseArticles, type Article } from '../../src/segment/articles.js';
import { SEED_000, SEED_003, seedFile, seedText, textAt } from '../helpers/corpusText.js';

const CAPTURED = new Date('2025-08-14T12:00:00Z');

function articlesOf(path: string): Article[] {
  return parseArticles(seedFile(path), { capturedAt: CAPTURED }).articles;
}

describe('seed 000: an aggregator page', () => {
  const text = seedText(SEED_000);
  const articles = articlesOf(SEED_000);

  it('holds the lead article and three related articles', () => {
    expect(articles.map((a) => a.id)).toEqual([0, 1, 2, 3].map((n) => `${SEED_000}#${n}`));
  });

  it('reads the lead article: title from the first line, no source or time on the page', () => {
    const lead = articles[0]!;
    expect(lead.title).toBe("Putin Holds Call with North Korea's Kim, Discusses US-Russia Talks, Kremlin Says");
    expect(lead.source).toBeNull();
    expect(lead.published).toBeNull();
    expect(lead.paragraphs).toHaveLength(4);
    expect(textAt(text, lead.range).startsWith('Putin Holds Call')).toBe(true);
    expect(textAt(text, lead.range).endsWith('according to a South Korean intelligence assessment.')).toBe(true);
  });

  it('drops the furniture between the lead and the related articles', () => {
    const lead = articles[0]!;
    const body = lead.paragraphs.map((p) => textAt(text, p.range)).join('\n');
    for (const furniture of ['Hashtags', 'Try Our AI Features', 'Comments', 'No comments yet', 'Related Articles']) {
      expect(body).not.toContain(furniture);
    }
  });

  it('reads each related article header: source, relative time resolved, title', () => {
    const [, japanToday, diplomat, yomiuri] = articles;
    expect([japanToday!.source, diplomat!.source, yomiuri!.source]).toEqual(['Japan Today', 'The Diplomat', 'Yomiuri Shimbun']);
    expect(japanToday!.publishedRaw).toBe('33 minutes ago');
    expect(japanToday!.published).toBe('2025-08-14T11:27:00.000Z');
    expect(diplomat!.publishedRaw).toBe('an hour ago');
    expect(diplomat!.published).toBe('2025-08-14T11:00:00.000Z');
    expect(japanToday!.title).toBe("N Korea says S Korea's peace overtures a 'pipe dream'");
    expect(diplomat!.title).toBe('How South Korea\'s ‘MASGA\' Proposal Could Reshape US Shipbuilding');
    expect(yomiuri!.title).toBe('Trump Warns of ‘Severe Consequences\' If Putin Does Not Agree to Stop War after Summit');
    expect(textAt(text, japanToday!.titleRange!)).toBe(japanToday!.title);
  });

  it('starts each related article at its source line and ends it on its own last words', () => {
    const [, japanToday, diplomat, yomiuri] = articles;
    expect(textAt(text, japanToday!.range).startsWith('Japan Today\n33 minutes ago')).toBe(true);
    expect(textAt(text, japanToday!.range).endsWith('permanently break off ties with Seoul.')).toBe(true);
    expect(textAt(text, diplomat!.range).endsWith('success story of 21st-century alliance management.')).toBe(true);
    expect(textAt(text, yomiuri!.range).endsWith('where the Kremlin has focused the bulk of military efforts.')).toBe(true);
  });

  it('separates the Japan Today caption, byline and copyright from the body', () => {
    const japanToday = articles[1]!;
    expect(japanToday.byline).toBe('Jack Kim');
    expect(japanToday.captions).toHaveLength(1);
    const caption = japanToday.captions[0]!;
    expect(caption.text).toMatch(/^Kim Yo Jong, sister of North Korea's leader Kim Jong Un, arrives at the Vostochny .osmodrome/);
    expect(caption.text!.endsWith('September 13, 2023.')).toBe(true);
    expect(caption.credit).toBe('Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo');
    const body = textAt(text, japanToday.paragraphs[0]!.range);
    expect(body.startsWith("The North Korean leader's powerful sister said on Thursday")).toBe(true);
    expect(body).not.toContain('Thomson Reuters');
    expect(body).not.toContain('FILE PHOTO');
  });

  it('keeps the AP dateline as metadata', () => {
    const yomiuri = articles[3]!;
    expect(yomiuri.dateline).toBe('BERLIN (AP)');
    expect(textAt(text, yomiuri.paragraphs[0]!.range).startsWith('President Donald Trump warned Wednesday')).toBe(true);
  });

  it('splits bodies into sentences with ranges on the sentence text', () => {
    const japanToday = articles[1]!;
    const sentences = japanToday.paragraphs[0]!.sentences.map((r) => textAt(text, r));
    expect(sentences[0]).toBe(
      "The North Korean leader's powerful sister said on Thursday that the country has never taken down propaganda loudspeakers and will not do so, calling South Korea's belief that Pyongyang was responding to its peace overtures a \"pipe dream.\"",
    );
    expect(sentences).toContain('He declined to elaborate.');
    // "U.S." inside a sentence does not end it.
    expect(sentences.some((s) => s.includes('by South Korea and the U.S. were a "futile" move'))).toBe(true);
  });
});

describe('seed 003: an article followed by teasers', () => {
  const text = seedText(SEED_003);
  const articles = articlesOf(SEED_003);

  it('holds one article and four teasers', () => {
    expect(articles).toHaveLength(5);
    expect(articles.map((a) => a.truncated)).toEqual([false, true, true, true, true]);
  });

  it('reads the main article: thirteen paragraphs and its photo credit apart', () => {
    const main = articles[0]!;
    expect(main.title).toBeNull();
    expect(main.source).toBeNull();
    expect(main.paragraphs).toHaveLength(13);
    expect(main.captions.map((c) => c.credit)).toEqual(['Photo: Kremlin via Reuters']);
    expect(main.captions[0]!.text).toBeNull();
    expect(textAt(text, main.range).startsWith('North Korean leader Kim Jong-un')).toBe(true);
    expect(textAt(text, main.range).endsWith('sold at a high mark-up by Kim.')).toBe(true);
  });

  it('makes each cut-off teaser an article of its own', () => {
    const starts = articles.slice(1).map((a) => textAt(text, a.range).slice(0, 40));
    expect(starts).toEqual([
      'A Chinese freighter that allegedly snapp',
      'An Akizuki-class destroyer last month ma',
      'SECURITY: The purpose for giving Hong Ko',
      'CRITICAL MOVE: TSMC’s plan to invest ano',
    ]);
    expect(textAt(text, articles[1]!.range).endsWith('the Automatic Identification System (AIS)')).toBe(true);
  });

  it('reads kickers and decks of the teasers as metadata and title', () => {
    expect(articles.map((a) => a.kicker)).toEqual([null, null, null, 'SECURITY', 'CRITICAL MOVE']);
    expect(articles[3]!.title).toBe(
      'The purpose for giving Hong Kong and Macau residents more lenient paths to permanent residency no longer applies due to China’s policies, a source said',
    );
    expect(articles[4]!.title).toBe(
      'TSMC’s plan to invest another US$100 billion in US chipmaking would boost Taiwan’s competitive edge in the global market, the premier said',
    );
    expect(textAt(text, articles[4]!.paragraphs[0]!.range).startsWith('The government would ensure')).toBe(true);
  });
});
