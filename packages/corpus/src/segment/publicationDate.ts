import type { Span } from '../text/positions.js';
import { findDate, findMonthDay, monthDayBefore, type CaptureTime, type ParsedTime } from './timeParse.js';

type FoundPublication = ParsedTime & { span: Span };

/** What of a segmenter's article (ArticleSegment) dating it needs; declared here so that the segmenter can import this file. */
interface DatableArticle {
  ordinal: number;
  span: Span;
  published: FoundPublication | null;
  dateline: { text: string; span: Span } | null;
}

/**
 * Publication dates from an article's own text, for articles whose header gave none that could be
 * placed. Best first: a "Published:" line (an "Updated:" one if that is all), a dateline with a date
 * ("WASHINGTON, Aug 13, 2025 (AP)"; "SEOUL, Aug 14 (Reuters)" takes its year from the capture time),
 * the page's own HTML metadata (its first article only), and last a copyright year, which is only
 * approximate ("2025" from "© Thomson Reuters 2025"). Nothing here moves an article's text: only
 * `published` is filled in.
 */
export function addPublicationDates(text: string, articles: DatableArticle[], capture: CaptureTime | null, pagePublished: string | null): void {
  articles.forEach((article, i) => {
    if (article.published?.iso) return;
    const region = { start: article.span.start, end: articles[i + 1]?.span.start ?? text.length };
    const found =
      publishedLine(text, region) ??
      datelineDate(article, capture) ??
      (article.ordinal === 0 && pagePublished ? { raw: pagePublished, iso: pagePublished, span: { start: region.start, end: region.start } } : null) ??
      copyrightYear(text, region);
    if (found) article.published = found;
  });
}

/** Longer regions are searched in their first and last parts only: such lines sit at the top or the bottom. */
const REGION_WINDOW = 20_000;

const PUBLISHED_LINE = /^[ \t]*(?:(published|first published|posted|updated|last updated|last modified)\b[ \t]*:?|(date)[ \t]*:)[ \t]*([^\n\r]{6,100})$/gim;
/** What may stand between "Published" and its date: "on", "by Jane Doe,", a time ("10:32 AM EDT,"). */
const TIME_FIRST = /\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?/i;
const BEFORE_DATE = /^(?:(?:on|at)\s+)?(?:by\s+[^,\n]{1,40}?(?:,\s*|\s+(?:on|at)\s+))?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?,?\s*)?$/i;

/** Cheap tests first: most articles hold none of these words, and indexOf is far faster than a regular expression. */
const PUBLISHED_WORDS = ['ublished', 'UBLISHED', 'osted', 'OSTED', 'pdated', 'PDATED', 'odified', 'ODIFIED', 'ate:', 'ATE:'];
const COPYRIGHT_MARKS = ['©', 'opyright', 'OPYRIGHT', '(c)', '(C)'];
const holdsAny = (part: string, words: readonly string[]) => words.some((w) => part.includes(w));

function publishedLine(text: string, region: Span): FoundPublication | null {
  let updated: FoundPublication | null = null;
  for (const { offset, part } of windows(text, region)) {
    if (!holdsAny(part, PUBLISHED_WORDS)) continue;
    for (const m of part.matchAll(PUBLISHED_LINE)) {
      const rest = m[3]!;
      const date = findDate(rest);
      const prefix = date ? rest.slice(0, date.index) : '';
      if (!date || !BEFORE_DATE.test(prefix)) continue;
      // "Updated 10:32 AM EDT, Thu August 14, 2025": the time comes first.
      const time = TIME_FIRST.exec(prefix)?.[0];
      const iso = (time && findDate(`${rest.slice(date.index, date.index + date.length)} ${time.replace(/,\s*$/, '')}`)?.iso) || date.iso;
      const start = offset + m.index + m[0].length - m[0].trimStart().length;
      const found = { raw: m[0].trim(), iso, span: { start, end: offset + m.index + m[0].length } };
      if (!/updated|modified/i.test(m[1] ?? m[2]!)) return found;
      updated ??= found;
    }
  }
  return updated;
}

function datelineDate(article: DatableArticle, capture: CaptureTime | null): FoundPublication | null {
  const dateline = article.dateline;
  if (!dateline) return null;
  const full = findDate(dateline.text);
  if (full) return { raw: dateline.text, iso: full.iso, span: dateline.span };
  const monthDay = findMonthDay(dateline.text);
  return monthDay && capture ? { raw: dateline.text, iso: monthDayBefore(monthDay, capture.at), span: dateline.span } : null;
}

const COPYRIGHT = /(?:©|\(c\)(?=\s)|\bcopyright\b)[^\n©]{0,60}?(?<!\d)((?:19|20)\d{2})(?:\s?[-–]\s?((?:19|20)\d{2}))?(?!\d)/gi;

/** The last copyright notice of the region: "© Thomson Reuters 2025", "Copyright 2010-2025 Yonhap". */
function copyrightYear(text: string, region: Span): FoundPublication | null {
  let last: FoundPublication | null = null;
  for (const { offset, part } of windows(text, region)) {
    if (!holdsAny(part, COPYRIGHT_MARKS)) continue;
    for (const m of part.matchAll(COPYRIGHT)) {
      const start = offset + m.index;
      last = { raw: m[0], iso: m[2] ?? m[1]!, span: { start, end: start + m[0].length } };
    }
  }
  return last;
}

function windows(text: string, region: Span): { offset: number; part: string }[] {
  if (region.end - region.start <= 2 * REGION_WINDOW) return [{ offset: region.start, part: text.slice(region.start, region.end) }];
  const tail = region.end - REGION_WINDOW;
  return [
    { offset: region.start, part: text.slice(region.start, region.start + REGION_WINDOW) },
    { offset: tail, part: text.slice(tail, region.end) },
  ];
}

const META_PUBLISHED = /<meta\s+(?:property|name|itemprop)=["'](?:article:published_time|og:article:published_time|datePublished|pubdate|publish-date|date)["']\s+content=["']([^"'<>]{4,40})["']/i;

/** The page's publication time from its HTML metadata (`article:published_time`, `datePublished`), placed. */
export function htmlPublishedTime(text: string): string | null {
  const content = META_PUBLISHED.exec(text.slice(0, 50_000))?.[1];
  if (!content) return null;
  const found = findDate(content);
  return found && found.index === 0 ? found.iso : null;
}
