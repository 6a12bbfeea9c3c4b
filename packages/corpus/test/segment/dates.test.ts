import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analysis/fileAnalysis.js';
import { parseDossierConfig } from '../../src/config/dossierConfig.js';
import { fromBytes } from '../../src/files/readCorpusFile.js';
import { indexCorpus } from '../../src/indexCorpus.js';
import { parseArticles } from '../../src/segment/articles.js';
import { parseTimeLine } from '../../src/segment/timeParse.js';
import type { FileFormat } from '../../src/text/markup.js';
import { SEED_000, seedText } from '../helpers/corpusText.js';

const BODY = 'The ministry said on Thursday that the talks would resume next week in the capital, officials told reporters.';
/** A modification time a checkout would give: the day the test runs, nothing to do with the article. */
const CHECKOUT_MTIME = Date.UTC(2026, 10, 30, 14, 0);

/** A file as read from disk, with a modification time, and no capture time given. */
function file(text: string, path = 'corpus/page.txt', format: FileFormat = 'text') {
  const outcome = fromBytes(path, format, new TextEncoder().encode(text), undefined, CHECKOUT_MTIME);
  if (outcome.kind !== 'read') throw new Error(outcome.reason);
  return outcome.file;
}

const aggregatorPage = (time: string) => `Japan Today\n${time}\n- Japan Today\nTalks Resume In Seoul\n${BODY}\n`;

describe('publication dates: what the article says, never the file time', () => {
  it('leaves a relative time undated when nothing says when the page was captured (the modification time is not a capture time)', () => {
    const [article] = parseArticles(file(aggregatorPage('33 minutes ago'))).articles;
    expect(article!.publishedRaw).toBe('33 minutes ago');
    expect(article!.published).toBeNull();
    const analysis = analyzeFile(file(aggregatorPage('an hour ago')));
    expect(analysis.articles[0]!.published).toBeNull();
  });

  it('resolves a relative time against a capture time given for the run (--captured-at)', () => {
    const [article] = parseArticles(file(aggregatorPage('33 minutes ago')), { capturedAt: new Date('2025-08-14T12:00:00Z') }).articles;
    expect(article!.published).toBe('2025-08-14T11:27:00.000Z');
  });

  it('reads a "Published:" line, and an "Updated:" line when there is no other', () => {
    const published = `Talks Resume In Seoul\nBy Jane Doe\nUpdated: August 15, 2025 9:00 a.m. EDT\nPublished: August 14, 2025\n${BODY}\n`;
    expect(parseArticles(file(published)).articles[0]!.published).toBe('2025-08-14');
    const updated = `Talks Resume In Seoul\n${BODY}\nUpdated 10:32 AM EDT, Thu August 14, 2025\n`;
    expect(parseArticles(file(updated)).articles[0]!.published).toBe('2025-08-14T14:32:00.000Z');
  });

  it('reads a dateline with a date, and takes a dateline without a year from a known capture time only', () => {
    const full = `Talks Resume In Seoul\nWASHINGTON, Aug. 13, 2025 (AP) — ${BODY}\n`;
    expect(parseArticles(file(full)).articles[0]!.published).toBe('2025-08-13');
    const monthDay = `Talks Resume In Seoul\nSEOUL, Aug 14 (Reuters) - ${BODY}\n`;
    expect(parseArticles(file(monthDay)).articles[0]!.published).toBeNull();
    const captured = parseArticles(file(monthDay), { capturedAt: new Date('2025-09-01T08:00:00Z') });
    expect(captured.articles[0]!.published).toBe('2025-08-14');
  });

  it('reads ISO and written dates under a headline, the same in every time zone', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['UTC', 'Asia/Seoul', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        expect(parseArticles(file(`Talks Resume In Seoul\nAug 29, 2025\n${BODY}\n`)).articles[0]!.published, tz).toBe('2025-08-29');
        expect(parseArticles(file(`Talks Resume In Seoul\n2025-08-29T09:30:00+09:00\n${BODY}\n`)).articles[0]!.published, tz).toBe('2025-08-29T00:30:00.000Z');
        expect(parseTimeLine('14 August 2025, 10:15', null)!.iso, tz).toBe('2025-08-14T10:15');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('falls back to a copyright year, as a year alone (approximate): the seed that ends "© Thomson Reuters 2025"', () => {
    const articles = parseArticles(file(seedText(SEED_000), SEED_000)).articles;
    const japanToday = articles.find((a) => a.source === 'Japan Today')!;
    expect(japanToday.published).toBe('2025');
    expect(japanToday.publishedRaw).toBe('© Thomson Reuters 2025');
    // The other articles of the page give no date at all: undated, not the checkout day.
    for (const other of articles.filter((a) => a !== japanToday)) expect(other.published, other.title ?? '').toBeNull();
  });

  it('prefers a date of the article itself to its copyright year', () => {
    const page = `Talks Resume In Seoul\nPublished: 2025-08-14\n${BODY}\n© 2024 Example News\n`;
    expect(parseArticles(file(page)).articles[0]!.published).toBe('2025-08-14');
  });

  it('reads the page publication time from HTML metadata for the page article', () => {
    const html = `<html><head><meta property="article:published_time" content="2025-08-14T09:00:00+09:00"><title>x</title></head><body><h1>Talks Resume In Seoul</h1>\n<p>${BODY}</p></body></html>`;
    expect(parseArticles(file(html, 'corpus/page.html', 'html')).articles[0]!.published).toBe('2025-08-14T00:00:00.000Z');
  });
});

describe('capture times: what relative times count from', () => {
  it('takes a date in the file name, to the day ("33 minutes ago" on a page saved on 14 August is 14 August)', () => {
    const [article] = parseArticles(file(aggregatorPage('33 minutes ago'), 'corpus/2025-08-14_japantoday.txt')).articles;
    expect(article!.published).toBe('2025-08-14');
    const [yesterday] = parseArticles(file(aggregatorPage('Yesterday'), 'corpus/japantoday-20250814.txt')).articles;
    expect(yesterday!.published).toBe('2025-08-13');
  });

  it('takes a page saver\'s note in HTML (SingleFile\'s "saved date")', () => {
    const html = `<!--\n Page saved with SingleFile \n url: https://example.com/ \n saved date: Thu Aug 14 2025 21:00:00 GMT+0900 (Korean Standard Time)\n-->\n<html><body><p>Japan Today</p>\n<p>33 minutes ago</p>\n<p>- Japan Today</p>\n<p>Talks Resume In Seoul</p>\n<p>${BODY}</p></body></html>`;
    const [article] = parseArticles(file(html, 'corpus/page.html', 'html')).articles;
    expect(article!.publishedRaw).toBe('33 minutes ago');
    expect(article!.published).toBe('2025-08-14T11:27:00.000Z');
  });

  it('takes dossier.yaml capturedAt per folder or file pattern, the first entry that matches; --captured-at wins over it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-capture-'));
    try {
      mkdirSync(join(dir, 'seeds', 'tokyo'), { recursive: true });
      writeFileSync(join(dir, 'seeds', 'tokyo', 'page.txt'), aggregatorPage('33 minutes ago'));
      writeFileSync(join(dir, 'seeds', 'other.txt'), aggregatorPage('an hour ago'));
      writeFileSync(join(dir, 'seeds', 'late.txt'), aggregatorPage('an hour ago'));
      const config = parseDossierConfig(
        ['capturedAt:', '  "seeds/tokyo": 2025-08-14T12:00:00Z', '  "seeds/late*.txt": 2025-09-01', '  seeds: 2025-08-20T06:00:00Z'].join('\n'),
        join(dir, 'dossier.yaml'),
      );
      const published = async (capturedAt?: Date) => {
        const index = await indexCorpus([join(dir, 'seeds')], { corrections: config.corrections, baseDir: dir, ...(capturedAt ? { capturedAt } : {}) });
        return Object.fromEntries(index.articles.map((a) => [a.file.displayPath, a.record.published]));
      };
      expect(await published()).toEqual({
        'seeds/late.txt': '2025-09-01',
        'seeds/other.txt': '2025-08-20T05:00:00.000Z',
        'seeds/tokyo/page.txt': '2025-08-14T11:27:00.000Z',
      });
      expect((await published(new Date('2025-01-01T00:00:00Z')))['seeds/tokyo/page.txt']).toBe('2024-12-31T23:27:00.000Z');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a capturedAt that is not a date with its line', () => {
    expect(() => parseDossierConfig('capturedAt:\n  seeds: last week\n', 'dossier.yaml')).toThrow(/dossier\.yaml:2: capturedAt\."seeds": expected a date/);
  });
});

afterAll(() => undefined);
