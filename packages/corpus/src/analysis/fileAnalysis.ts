import type { CorpusFileText } from '../files/readCorpusFile.js';
import { extractArticleMentions, RegionKind, type AliasDefinition, type MentionDraft, type Region } from '../entities/articleMentions.js';
import { segmentText, type SegmentOptions } from '../segment/segmenter.js';
import { LineIndex } from '../text/lineIndex.js';
import type { Span } from '../text/positions.js';

/** What the corpus index keeps of an article: metadata and offsets, no text. */
export interface ArticleRecord {
  ordinal: number;
  span: Span;
  title: string | null;
  titleSpan: Span | null;
  source: string | null;
  published: string | null;
  publishedRaw: string | null;
  byline: string | null;
  dateline: string | null;
  kicker: string | null;
  truncated: boolean;
  paragraphs: Span[];
}

export interface ArticleMentionsRecord {
  /** Mentions in reading order. */
  mentions: MentionDraft[];
  aliases: AliasDefinition[];
  terms: string[];
}

/**
 * Everything the index needs from one file, computed from the file alone: it is what workers
 * return and what the cache stores, so it holds plain data only.
 */
export interface FileAnalysis {
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
  warnings: string[];
  /** Line starts and break lengths of the file's text, for LSP positions without the text. */
  lineStarts: number[];
  breakLengths: number[];
  textLength: number;
  articles: ArticleRecord[];
  /** Per article, in the order of `articles`. */
  entities: ArticleMentionsRecord[];
  /** Sentence spans as [start, end, start, end, ...]. */
  sentences: number[];
}

export function analyzeFile(file: CorpusFileText, options: SegmentOptions = {}): FileAnalysis {
  const capturedAt = options.capturedAt === undefined ? (file.mtimeMs ? new Date(file.mtimeMs) : null) : options.capturedAt;
  const text = file.analysisText;
  const segmentation = segmentText(text, { ...options, capturedAt });
  const sentences: number[] = [];
  const articles: ArticleRecord[] = [];
  const entities: ArticleMentionsRecord[] = [];
  for (const segment of segmentation.articles) {
    const regions: Region[] = [];
    if (segment.dateline) regions.push({ kind: RegionKind.Dateline, span: segment.dateline.span });
    for (const caption of segment.captions) if (caption.textSpan) regions.push({ kind: RegionKind.Caption, span: caption.textSpan });
    for (const paragraph of segment.paragraphs) regions.push({ kind: RegionKind.Body, span: paragraph });
    regions.sort((a, b) => a.span.start - b.span.start);
    const found = extractArticleMentions(text, regions, sentences);
    if (segment.truncated) dropCutOffShortForm(found, segment.paragraphs[segment.paragraphs.length - 1]);
    entities.push(found);
    articles.push({
      ordinal: segment.ordinal,
      span: segment.span,
      title: segment.title?.text ?? null,
      titleSpan: segment.title?.span ?? null,
      source: segment.source?.text ?? null,
      published: segment.published?.iso ?? null,
      publishedRaw: segment.published?.raw ?? null,
      byline: segment.byline?.text ?? null,
      dateline: segment.dateline?.text ?? null,
      kicker: segment.kicker?.text ?? null,
      truncated: segment.truncated,
      paragraphs: segment.paragraphs,
    });
  }
  const lines = LineIndex.of(file.text);
  return {
    path: file.path,
    size: file.size,
    mtimeMs: file.mtimeMs,
    hash: file.hash,
    warnings: file.warnings,
    lineStarts: Array.from(lines.lineStarts),
    breakLengths: Array.from(lines.breakLengths),
    textLength: file.text.length,
    articles,
    entities,
    sentences,
  };
}

/** "…and would assist, Presidential": a short form cut off by the end of a teaser may be half a name. */
function dropCutOffShortForm(found: ArticleMentionsRecord, last: Span | undefined): void {
  const final = found.mentions[found.mentions.length - 1];
  if (last && final && final.end === last.end && final.link !== null && !final.surface.includes(' ')) found.mentions.pop();
}
