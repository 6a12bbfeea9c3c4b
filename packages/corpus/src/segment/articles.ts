import { LineIndex } from '../text/lineIndex.js';
import type { Range, Span } from '../text/positions.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import type { CorpusFileText } from '../files/readCorpusFile.js';
import { fileSegmentOptions, type FileSegmentOptions } from './captureTime.js';
import { segmentText, type ArticleSegment, type DroppedText } from './segmenter.js';

export interface ParagraphInfo {
  range: Range;
  sentences: Range[];
}

export interface CaptionInfo {
  range: Range;
  /** The descriptive part, read for names; null for a bare credit line. */
  text: string | null;
  credit: string | null;
  sentences: Range[];
}

/** An article's header as text: what the index keeps (ArticleRecord) and what the library's users see (Article). */
export interface ArticleHeaderText {
  title: string | null;
  source: string | null;
  /**
   * ISO 8601 at the precision the article gives ("2025-08-14", "2025-08-14T11:27:00.000Z"); a year
   * alone ("2025") is approximate, from a copyright line. Null: undated.
   */
  published: string | null;
  /** What the page said ("33 minutes ago", "© Thomson Reuters 2025"), even when it could not be placed. */
  publishedRaw: string | null;
  byline: string | null;
  dateline: string | null;
  kicker: string | null;
}

/** An article as the library's users see it: metadata and LSP ranges into its file. */
export interface Article extends ArticleHeaderText {
  /** `file#ordinal`: stable while the file does not change. */
  id: string;
  file: string;
  ordinal: number;
  titleRange: Range | null;
  range: Range;
  paragraphs: ParagraphInfo[];
  captions: CaptionInfo[];
  truncated: boolean;
}

export interface ParsedFile {
  file: string;
  articles: Article[];
  dropped: { range: Range; ruleId: string; reason: string }[];
  warnings: string[];
}

export function articleId(file: string, ordinal: number): string {
  return `${file}#${ordinal}`;
}

/** Segments a file and describes its articles with LSP ranges and sentences. */
export function parseArticles(file: CorpusFileText, options: FileSegmentOptions = {}, displayPath = file.path): ParsedFile {
  const segmentation = segmentText(file.analysisText, fileSegmentOptions(file, options));
  const lines = LineIndex.of(file.text);
  return {
    file: displayPath,
    articles: segmentation.articles.map((segment) => describeArticle(file, lines, segment, displayPath)),
    dropped: segmentation.dropped.map((d: DroppedText) => ({ range: lines.rangeOf(d.span), ruleId: d.ruleId, reason: d.reason })),
    warnings: file.warnings,
  };
}

function describeArticle(file: CorpusFileText, lines: LineIndex, segment: ArticleSegment, displayPath: string): Article {
  const text = file.analysisText;
  const sentencesOf = (span: Span): Range[] => {
    const tokens = tokenize(text, span.start, span.end);
    return splitSentences(text, tokens).map((s) => lines.rangeOf(s));
  };
  return {
    id: articleId(displayPath, segment.ordinal),
    file: displayPath,
    ordinal: segment.ordinal,
    title: segment.title?.text ?? null,
    titleRange: segment.title ? lines.rangeOf(segment.title.span) : null,
    source: segment.source?.text ?? null,
    published: segment.published?.iso ?? null,
    publishedRaw: segment.published?.raw ?? null,
    byline: segment.byline?.text ?? null,
    dateline: segment.dateline?.text ?? null,
    kicker: segment.kicker?.text ?? null,
    range: lines.rangeOf(segment.span),
    paragraphs: segment.paragraphs.map((p) => ({ range: lines.rangeOf(p), sentences: sentencesOf(p) })),
    captions: segment.captions.map((c) => ({
      range: lines.rangeOf(c.span),
      text: c.textSpan ? text.slice(c.textSpan.start, c.textSpan.end) : null,
      credit: c.creditSpan ? text.slice(c.creditSpan.start, c.creditSpan.end) : null,
      sentences: c.textSpan ? sentencesOf(c.textSpan) : [],
    })),
    truncated: segment.truncated,
  };
}
