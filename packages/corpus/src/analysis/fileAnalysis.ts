import type { CorpusFileText } from '../files/readCorpusFile.js';
import { extractArticleMentions, linkShortFormsAcrossArticles, LowerCaseUses, RegionKind, type AliasDefinition, type MentionDraft, type Region } from '../entities/articleMentions.js';
import { fileSegmentOptions, type FileSegmentOptions } from '../segment/captureTime.js';
import { segmentText } from '../segment/segmenter.js';
import { LineIndex } from '../text/lineIndex.js';
import type { Span } from '../text/positions.js';

/**
 * The version of what analysis finds. Raise it with every change to segmentation or extraction:
 * the language server's per-file cache and the index snapshot are keyed by it, so that an editor
 * never shows a stale analysis after an upgrade (stale entries are rebuilt with a warning).
 */
export const ANALYSIS_VERSION = 25;

/** What the corpus index keeps of an article: metadata and offsets, no text. */
export interface ArticleRecord {
  ordinal: number;
  span: Span;
  title: string | null;
  titleSpan: Span | null;
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

export function analyzeFile(file: CorpusFileText, options: FileSegmentOptions = {}): FileAnalysis {
  const text = file.analysisText;
  const segmentation = segmentText(text, fileSegmentOptions(file, options));
  const sentences: number[] = [];
  const articles: ArticleRecord[] = [];
  const entities: ArticleMentionsRecord[] = [];
  const lowerCaseUses = new LowerCaseUses(text);
  for (const segment of segmentation.articles) {
    const regions: Region[] = [];
    if (segment.dateline) regions.push({ kind: RegionKind.Dateline, span: segment.dateline.span });
    for (const caption of segment.captions) if (caption.textSpan) regions.push({ kind: RegionKind.Caption, span: caption.textSpan });
    for (const paragraph of segment.paragraphs) regions.push({ kind: RegionKind.Body, span: paragraph });
    regions.sort((a, b) => a.span.start - b.span.start);
    const found = extractArticleMentions(text, regions, sentences, lowerCaseUses);
    for (const m of found.mentions) {
      m.surface = detach(m.surface);
      m.descriptions = m.descriptions.length ? m.descriptions.map(detach) : NONE;
      if (m.shortFormKeys.length === 0) m.shortFormKeys = NONE;
      m.evidence = shared(m.evidence);
      m.nameEvidence = shared(m.nameEvidence);
    }
    if (segment.truncated) dropCutOffShortForm(found, segment.paragraphs[segment.paragraphs.length - 1]);
    entities.push(found);
    articles.push({
      ordinal: segment.ordinal,
      span: segment.span,
      title: detachOrNull(segment.title?.text),
      titleSpan: segment.title?.span ?? null,
      source: detachOrNull(segment.source?.text),
      published: segment.published?.iso ?? null,
      publishedRaw: detachOrNull(segment.published?.raw),
      byline: detachOrNull(segment.byline?.text),
      dateline: detachOrNull(segment.dateline?.text),
      kicker: detachOrNull(segment.kicker?.text),
      truncated: segment.truncated,
      paragraphs: segment.paragraphs,
    });
  }
  linkShortFormsAcrossArticles(entities.map((e, i) => ({ mentions: e.mentions, ownHeader: hasOwnHeader(articles[i]!) })));
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

/** A source, a date, a byline or a dateline: the article is a story of its own, not a section of the one before. */
function hasOwnHeader(article: ArticleRecord): boolean {
  return article.source !== null || article.published !== null || article.byline !== null || article.dateline !== null;
}

/** "…and would assist, Presidential": a short form cut off by the end of a teaser may be half a name. */
function dropCutOffShortForm(found: ArticleMentionsRecord, last: Span | undefined): void {
  const final = found.mentions[found.mentions.length - 1];
  if (last && final && final.end === last.end && final.link !== null && !final.surface.includes(' ')) found.mentions.pop();
}

/**
 * A copy of a substring that does not keep the file's text alive. V8 makes substrings of 13
 * characters or more point into their parent string: kept in an analysis, a title would hold the
 * whole file in memory. Concatenation and slicing give a string of its own.
 */
function detach(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

function detachOrNull(text: string | undefined): string | null {
  return text === undefined ? null : detach(text);
}

const NONE: string[] = Object.freeze([]) as unknown as string[];
const evidenceVectors = new Map<string, number[]>();

/**
 * Most mentions carry one of a few evidence vectors (none, one cue, the same cue twice): they share
 * one array, which matters with millions of mentions in memory at once.
 */
function shared(evidence: number[]): number[] {
  const key = evidence.join(',');
  let vector = evidenceVectors.get(key);
  if (!vector) {
    if (evidenceVectors.size > 50_000) evidenceVectors.clear();
    vector = Object.freeze(evidence.slice()) as number[];
    evidenceVectors.set(key, vector);
  }
  return vector;
}
