import type { Span } from '../text/positions.js';
import { splitLines, trimSpan, type Line } from './lines.js';
import { builtinRules, type FurnitureRule, type RuleAction } from './rules.js';
import { addPublicationDates } from './publicationDate.js';
import { asCaptureTime, parseTimeLine, type CaptureTime, type ParsedTime } from './timeParse.js';
import { isTruncated, sharesTopic, topicWords } from './paragraphs.js';
import { endsWrappedParagraph, hardWrapWidth, wrapsOnto } from './hardWrap.js';
import { isDialogue } from './speakerTurns.js';

export interface TextField {
  text: string;
  span: Span;
}

export interface CaptionSegment {
  /** The whole caption, credit included. */
  span: Span;
  /** The part that describes the picture: read for names. Null for a bare credit line. */
  textSpan: Span | null;
  /** "Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo": never read for names. */
  creditSpan: Span | null;
}

export interface ArticleSegment {
  /** Zero-based position of the article in its file. */
  ordinal: number;
  span: Span;
  title: TextField | null;
  source: TextField | null;
  published: (ParsedTime & { span: Span }) | null;
  byline: TextField | null;
  dateline: TextField | null;
  kicker: TextField | null;
  paragraphs: Span[];
  captions: CaptionSegment[];
  /** The last paragraph stops mid-sentence: a teaser or a cut-off page. */
  truncated: boolean;
}

export interface DroppedText {
  span: Span;
  ruleId: string;
  reason: string;
}

export interface Segmentation {
  articles: ArticleSegment[];
  dropped: DroppedText[];
}

export interface SegmentOptions {
  /** When the page was saved; relative times ("an hour ago") are resolved against it, and only then. */
  capturedAt?: Date | CaptureTime | null;
  /** The page's own publication time from its metadata (HTML), for its first article. */
  pagePublished?: string | null;
  rules?: readonly FurnitureRule[];
  /** The text before its Markdown markers were blanked: a list item's or heading's marker opens a paragraph of its own. */
  markedText?: string;
  /**
   * A town or region the place lists know, handed in by the analysis layer (segment/ reads no name
   * lists): a kicker's capitals that open a story's body and name one are its dateline, "DHAKA:" or
   * "NEW DELHI:" as South Asian papers write it; "ANALYSIS:" stays a kicker.
   */
  isDatelinePlace?: (value: string) => boolean;
}

const MAX_SOURCE_LENGTH = 80;

/** Words an outlet's name may hold in lower case: "Voice of America", "The Times of India", "El País". */
const OUTLET_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'le', 'du', 'des', 'di', 'on', 'in', 'at']);

/**
 * A line that may name an outlet above an aggregator's item ("Japan Today", "The Korea Herald"):
 * not a headline, whose prose has words in lower case ("Interview with US political activist and
 * philosopher Noam Chomsky", above its date, is the page's own title).
 */
function namesAnOutlet(line: string): boolean {
  let lowerCase = 0;
  for (const word of line.split(/\s+/)) if (/^\p{Ll}/u.test(word) && !OUTLET_CONNECTORS.has(word)) lowerCase++;
  return lowerCase < 2;
}
const MAX_TITLE_LENGTH = 250;
/** No hard-wrapped paragraph runs longer: the look for its end is bounded on a huge file of lines that never end a sentence. */
const MAX_WRAPPED_LINES = 200;
/** The furniture found at a paragraph's start, by its rule's action, with the whole match. */
type LeadingFields = Partial<Record<RuleAction, TextField & { match: Span }>>;
/** Leading rules look at most this far into a paragraph, which bounds their cost on huge lines. */
const LEADING_WINDOW = 2000;
const TRAILING_WINDOW = 400;
/**
 * Line rules (and source lines) are tried on lines up to this long only: furniture is short, and a
 * user's rule never sees a scraped 2 MB line, which bounds what a slow pattern can cost.
 */
const MAX_FURNITURE_LINE = LEADING_WINDOW;

interface ClassifiedLine extends Line {
  rule: FurnitureRule | null;
  time: ParsedTime | null;
  blank: boolean;
}

/** Splits a page into articles: headers, bodies, captions and teasers; furniture is dropped with its reason. */
export function segmentText(text: string, options: SegmentOptions = {}): Segmentation {
  const segmentation = new Segmenter(text, options).run();
  addPublicationDates(text, segmentation.articles, asCaptureTime(options.capturedAt), options.pagePublished ?? null);
  return segmentation;
}

class Segmenter {
  private readonly rules: readonly FurnitureRule[];
  private readonly lineRules: FurnitureRule[];
  private readonly leadingRules: FurnitureRule[];
  private readonly trailingRules: FurnitureRule[];
  private readonly lines: ClassifiedLine[];
  private readonly articles: ArticleSegment[] = [];
  private readonly dropped: DroppedText[] = [];
  private current: ArticleSegment | null = null;
  /** Set by an end-of-article marker ("Related Articles"): text is furniture until the next header. */
  private endedBy: FurnitureRule | null = null;
  /** Each paragraph's topic words, found once: a page of cut-off teasers asks again for its article's every paragraph at each one. */
  private readonly topicWordsBySpan = new Map<Span, Set<string>>();
  /** The width the text was hard-wrapped at (0: a paragraph per line), see hardWrap.ts. */
  private readonly wrapWidth: number;
  /** A transcript's or an interview's turns: its labels in capitals are speakers, not kickers (speakerTurns.ts). */
  private readonly dialogue: boolean;

  constructor(
    private readonly text: string,
    private readonly options: SegmentOptions,
  ) {
    this.rules = options.rules ?? builtinRules();
    this.lineRules = this.rules.filter((r) => r.scope === 'line' && r.action !== 'source');
    this.leadingRules = this.rules.filter((r) => r.scope === 'leading');
    this.trailingRules = this.rules.filter((r) => r.scope === 'trailing');
    const capturedAt = options.capturedAt ?? null;
    this.lines = splitLines(text).map((line) => {
      const content = text.slice(line.contentStart, line.contentEnd);
      const blank = content.length === 0;
      return {
        start: line.start,
        end: line.end,
        contentStart: line.contentStart,
        contentEnd: line.contentEnd,
        blank,
        rule: blank || content.length > MAX_FURNITURE_LINE ? null : lineRuleFor(this.lineRules, content),
        time: blank ? null : parseTimeLine(content, capturedAt),
      };
    });
    this.wrapWidth = hardWrapWidth(this.lines);
    this.dialogue = isDialogue(text, this.lines);
  }

  run(): Segmentation {
    for (let i = 0; i < this.lines.length; ) i = this.takeLine(i);
    this.close();
    return { articles: this.articles, dropped: this.dropped };
  }

  /** Takes line `i` (and the lines a header or a wrapped paragraph goes on over); the next line's index. */
  private takeLine(i: number): number {
    const line = this.lines[i]!;
    if (line.blank) return i + 1;
    const headerEnd = this.tryHeader(i);
    if (headerEnd > 0) return headerEnd;
    if (line.rule) {
      this.applyLineRule(line, line.rule);
    } else if (line.time && this.current && !this.current.published && this.current.paragraphs.length === 0 && !this.endedBy) {
      // "Headline / By … / Aug 29, 2025 / body": a date under the headline is the article's own.
      this.current.published = { ...line.time, span: { start: line.contentStart, end: line.contentEnd } };
      this.extend({ start: line.contentStart, end: line.contentEnd });
    } else if (this.endedBy) {
      this.drop(line, this.endedBy.id, `after "${this.endedBy.id}": ${this.endedBy.reason}`);
    } else if (!this.current && this.isLeadTitle(i)) {
      this.open(line.contentStart).title = this.field(line);
    } else {
      const last = this.wrappedParagraphEnd(i);
      this.addParagraph({ start: line.contentStart, end: this.lines[last]!.contentEnd });
      return last + 1;
    }
    return i + 1;
  }

  /**
   * The last line of the hard-wrapped paragraph that line `i` opens: the lines it goes on over,
   * up to the last of them that ends a sentence ("Prime Minister Keir\nStarmer said on Tuesday.").
   * Lines that never end a sentence (a list of headlines) stay a paragraph each. Furniture and
   * time lines are never taken in.
   */
  private wrappedParagraphEnd(i: number): number {
    let last = i;
    const marked = this.options.markedText ?? this.text;
    for (let k = i; k + 1 < this.lines.length && k - i < MAX_WRAPPED_LINES; k++) {
      const next = this.lines[k + 1]!;
      if (next.rule || next.time || !wrapsOnto(this.text, marked, this.lines[k]!, next, this.wrapWidth)) break;
      if (endsWrappedParagraph(this.text, next)) last = k + 1;
    }
    return last;
  }

  /** "Japan Today / 33 minutes ago / - Japan Today / Title": returns the index after the header, or 0. */
  private tryHeader(i: number): number {
    let j = i;
    let source: TextField | null = null;
    const first = this.lines[i]!;
    if (!first.time) {
      const length = first.contentEnd - first.contentStart;
      if (first.rule || length > MAX_TITLE_LENGTH || /[.!?,;:]$/.test(this.content(first))) return 0;
      const next = this.nextNonBlank(i + 1);
      if (next < 0 || !this.lines[next]!.time) return 0;
      if (length > MAX_SOURCE_LENGTH || !namesAnOutlet(this.content(first))) return this.titleAndDate(i, next);
      source = this.field(first);
      j = next;
    }
    const timeLine = this.lines[j]!;
    const published = { ...timeLine.time!, span: { start: timeLine.contentStart, end: timeLine.contentEnd } };
    const after = this.afterHeaderTime(this.nextNonBlank(j + 1));
    source ??= after.source;
    // A time alone (without source, dash line or title) is not a header: it may be part of a body.
    const confirmed = source !== null || after.dashed || after.title !== null;
    if (!confirmed || (!after.dashed && !after.title)) return 0;
    this.close();
    this.endedBy = null;
    const article = this.open(first.contentStart);
    article.source = source;
    article.published = published;
    article.title = after.title;
    return after.next < 0 ? this.lines.length : after.next;
  }

  /** What may follow a header's time: a "- Source" line, then a title. `next` is the line after them (-1: none). */
  private afterHeaderTime(j: number): { source: TextField | null; dashed: boolean; title: TextField | null; next: number } {
    let source: TextField | null = null;
    const dashMatch = j >= 0 ? this.sourceRuleMatch(this.lines[j]!) : null;
    if (dashMatch) {
      source = dashMatch;
      j = this.nextNonBlank(j + 1);
    }
    const dashed = dashMatch !== null;
    if (j < 0) return { source, dashed, title: null, next: j };
    const candidate = this.lines[j]!;
    // Without the "- Source" line, a line that ends a sentence is a body, not a title: "Headline /
    // Aug 29, 2025 / The ministry said…" is a page's own header, not an aggregator's.
    const sentence = !dashed && endsSentence(this.content(candidate));
    if (candidate.rule || candidate.time || sentence || candidate.contentEnd - candidate.contentStart > MAX_TITLE_LENGTH) return { source, dashed, title: null, next: j };
    return { source, dashed, title: this.field(candidate), next: j + 1 };
  }

  /**
   * "Interview with US political activist and philosopher Noam Chomsky / Saturday, April 4, 2009":
   * a headline and its date open a page's own article. Returns the index after the date.
   */
  private titleAndDate(titleLine: number, timeLine: number): number {
    const title = this.lines[titleLine]!;
    const time = this.lines[timeLine]!;
    this.close();
    this.endedBy = null;
    const article = this.open(title.contentStart);
    article.title = this.field(title);
    article.published = { ...time.time!, span: { start: time.contentStart, end: time.contentEnd } };
    return timeLine + 1;
  }

  private sourceRuleMatch(line: ClassifiedLine): TextField | null {
    if (line.blank || line.contentEnd - line.contentStart > MAX_FURNITURE_LINE) return null;
    const content = this.content(line);
    for (const rule of this.rules) {
      if (rule.action !== 'source' || rule.scope !== 'line') continue;
      const m = rule.regex.exec(content);
      if (!m) continue;
      const value = m.groups?.value ?? content;
      const offset = line.contentStart + (m.index ?? 0) + m[0].indexOf(value);
      return { text: value, span: { start: offset, end: offset + value.length } };
    }
    return null;
  }

  /** The first line of a page is its title when it is short, does not end a sentence, and a body follows. */
  private isLeadTitle(i: number): boolean {
    const line = this.lines[i]!;
    const length = line.contentEnd - line.contentStart;
    if (length > MAX_TITLE_LENGTH || /[.!?:;,]["'”’)]?$/.test(this.content(line))) return false;
    // The first line of a hard-wrapped paragraph is no headline, however it ends.
    if (this.wrappedParagraphEnd(i) > i) return false;
    // A byline, dropped furniture (the reporter's role, a share bar) and a date may stand between a
    // headline and its body.
    const between = (l: ClassifiedLine) => !!l.time || l.rule?.action === 'byline' || l.rule?.action === 'drop';
    let next = this.nextNonBlank(i + 1);
    while (next >= 0 && between(this.lines[next]!)) next = this.nextNonBlank(next + 1);
    if (next < 0) return false;
    const body = this.lines[next]!;
    return !body.rule && !body.time && body.contentEnd - body.contentStart > length;
  }

  private applyLineRule(line: ClassifiedLine, rule: FurnitureRule): void {
    const span = { start: line.contentStart, end: line.contentEnd };
    switch (rule.action) {
      case 'end-article':
        this.drop(line, rule.id, rule.reason);
        this.close();
        this.endedBy = rule;
        return;
      case 'byline': {
        const value = rule.regex.exec(this.content(line))?.groups?.value;
        if (this.current && !this.endedBy && value) {
          const offset = line.contentStart + this.content(line).indexOf(value);
          this.current.byline ??= { text: value, span: { start: offset, end: offset + value.length } };
          this.extend(span);
        } else this.drop(line, rule.id, rule.reason);
        return;
      }
      case 'credit':
        if (this.current && !this.endedBy) {
          this.current.captions.push({ span, textSpan: null, creditSpan: span });
          this.extend(span);
        } else this.drop(line, rule.id, rule.reason);
        return;
      default:
        this.drop(line, rule.id, rule.reason);
    }
  }

  private topicWordsOf(paragraph: Span): Set<string> {
    let words = this.topicWordsBySpan.get(paragraph);
    if (!words) this.topicWordsBySpan.set(paragraph, (words = topicWords(this.text, paragraph)));
    return words;
  }

  private addParagraph(whole: Span): void {
    const { start, found } = this.leadingFields(whole);
    const body = trimSpan(this.text, { start, end: this.stripTrailing(start, whole.end) });
    // A turn of a dialogue cut off ("…and in Bissonnette —", "(CROSSTALK)") is an interruption, no teaser's end.
    const truncated = body.end > body.start && !this.dialogue && isTruncated(this.text, body);
    if (this.beginsAnotherArticle(found, body, truncated)) this.close();
    const article = this.current ?? this.open(whole.start);
    if (found.kicker) article.kicker = { text: found.kicker.text, span: found.kicker.span };
    if (found.deck) article.title ??= { text: found.deck.text, span: found.deck.span };
    if (found.byline) article.byline ??= { text: found.byline.text, span: found.byline.span };
    if (found.dateline) article.dateline ??= { text: found.dateline.text, span: found.dateline.span };
    if (found.caption) article.captions.push(this.caption(trimSpan(this.text, found.caption.match)));
    if (body.end > body.start) article.paragraphs.push(body);
    this.extend(body.end > body.start ? body : whole);
    if (truncated) {
      article.truncated = true;
      this.close();
    }
  }

  /** The furniture a paragraph opens with (a kicker, a byline, a dateline…), each rule's action once, and where its text starts after them. */
  private leadingFields(whole: Span): { start: number; found: LeadingFields } {
    let start = whole.start;
    const applied = new Set<RuleAction>();
    const found: LeadingFields = {};
    // A dateline opens a story: "NATO — the alliance — met." further down is a sentence, and an
    // article keeps one dateline, so a second one would lose its words.
    if (this.current && this.current.paragraphs.length > 0) applied.add('dateline');
    if (this.dialogue) applied.add('kicker');
    for (let guard = 0; guard < 8; guard++) {
      const window = this.text.slice(start, Math.min(whole.end, start + LEADING_WINDOW));
      const hit = this.matchLeading(window, applied);
      if (!hit) break;
      const action = this.isColonDateline(hit, applied) ? 'dateline' : hit.rule.action;
      applied.add(action);
      const match = { start, end: start + hit.length };
      const valueStart = start + hit.valueOffset;
      found[action] = { text: hit.value, span: { start: valueStart, end: valueStart + hit.value.length }, match };
      if (action === 'drop') this.dropped.push({ span: match, ruleId: hit.rule.id, reason: hit.rule.reason });
      start += hit.length;
      while (start < whole.end && /\s/.test(this.text[start]!)) start++;
    }
    return { start, found };
  }

  /** "DHAKA: Bangladesh's election authority …": a kicker that names a place where a story's dateline may stand is that dateline. */
  private isColonDateline(hit: { rule: FurnitureRule; value: string }, applied: ReadonlySet<RuleAction>): boolean {
    return hit.rule.action === 'kicker' && !applied.has('dateline') && this.options.isDatelinePlace?.(hit.value) === true;
  }

  /** A kicker, or a cut-off paragraph on another topic, begins an article of its own. */
  private beginsAnotherArticle(found: LeadingFields, body: Span, truncated: boolean): boolean {
    const current = this.current;
    const hasText = current && (current.paragraphs.length > 0 || current.captions.length > 0);
    if (!hasText) return false;
    if (found.kicker) return true;
    if (!truncated || current.paragraphs.length === 0) return false;
    // The article's fingerprint is only needed here, for the rare cut-off paragraph.
    const articleWords = new Set<string>();
    for (const p of current.paragraphs) for (const w of this.topicWordsOf(p)) articleWords.add(w);
    return !sharesTopic(this.topicWordsOf(body), articleWords);
  }

  private matchLeading(
    window: string,
    applied: Set<RuleAction>,
  ): { rule: FurnitureRule; length: number; value: string; valueOffset: number } | null {
    const first = window.codePointAt(0) ?? -1;
    for (const rule of this.leadingRules) {
      if (applied.has(rule.action)) continue;
      if (rule.after && !applied.has(rule.after)) continue;
      if (rule.firstCodePoints && !rule.firstCodePoints.has(first)) continue;
      const m = rule.regex.exec(window);
      if (!m || m.index !== 0 || m[0].length === 0) continue;
      const value = m.groups?.value ?? m[0].trim();
      return { rule, length: m[0].length, value, valueOffset: Math.max(0, m[0].indexOf(value)) };
    }
    return null;
  }

  private stripTrailing(start: number, end: number): number {
    for (const rule of this.trailingRules) {
      const windowStart = Math.max(start, end - TRAILING_WINDOW);
      const window = this.text.slice(windowStart, end);
      if (rule.hint && !window.includes(rule.hint)) continue;
      if (rule.lastCodePoint !== undefined && window.codePointAt(window.length - 1) !== rule.lastCodePoint) continue;
      const m = rule.regex.exec(window);
      if (!m || m[0].length === 0 || m.index + m[0].length !== window.length) continue;
      const cut = windowStart + m.index;
      if (rule.action === 'drop') this.dropped.push({ span: { start: cut, end }, ruleId: rule.id, reason: rule.reason });
      end = cut;
    }
    return end;
  }

  /** A caption's credit is its last sentence when that names an agency or photographer ("…/Pool via REUTERS"). */
  private caption(span: Span): CaptionSegment {
    const captionText = this.text.slice(span.start, span.end);
    // The label ("FILE PHOTO:") is furniture; the description after it is read for names.
    const label = /^[\p{Lu} ]{2,20}:\s*/u.exec(captionText)?.[0].length ?? 0;
    const lastStop = captionText.search(/\.\s+(?=[^.]*(?:\/|\bvia\b)[^.]*$)/);
    if (lastStop < 0) return { span, textSpan: { start: span.start + label, end: span.end }, creditSpan: null };
    const textSpan = { start: span.start + label, end: span.start + lastStop + 1 };
    const creditSpan = trimSpan(this.text, { start: textSpan.end, end: span.end });
    return { span, textSpan, creditSpan };
  }

  private open(start: number): ArticleSegment {
    this.close();
    this.endedBy = null;
    this.current = {
      ordinal: this.articles.length,
      span: { start, end: start },
      title: null,
      source: null,
      published: null,
      byline: null,
      dateline: null,
      kicker: null,
      paragraphs: [],
      captions: [],
      truncated: false,
    };
    return this.current;
  }

  private close(): void {
    const article = this.current;
    if (!article) return;
    this.current = null;
    // A header with no text under it (a title alone) is still an article; an empty shell is not.
    if (article.paragraphs.length === 0 && article.captions.length === 0 && !article.title) return;
    // A loop, not Math.max(...ends): spreading the ends of a million paragraphs (a 100 MB file of
    // short lines) overflowed the call stack.
    let end = Math.max(article.span.end, article.title?.span.end ?? 0);
    for (const p of article.paragraphs) if (p.end > end) end = p.end;
    article.span = { start: article.span.start, end };
    article.ordinal = this.articles.length;
    this.articles.push(article);
  }

  private extend(span: Span): void {
    if (this.current && span.end > this.current.span.end) this.current.span = { start: this.current.span.start, end: span.end };
  }

  private drop(line: Line, ruleId: string, reason: string): void {
    this.dropped.push({ span: { start: line.contentStart, end: line.contentEnd }, ruleId, reason });
  }

  private field(line: Line): TextField {
    return { text: this.content(line), span: { start: line.contentStart, end: line.contentEnd } };
  }

  private content(line: Line): string {
    return this.text.slice(line.contentStart, line.contentEnd);
  }

  private nextNonBlank(from: number): number {
    for (let k = from; k < this.lines.length; k++) if (!this.lines[k]!.blank) return k;
    return -1;
  }
}

/** The first line rule that matches a line; a rule whose match begins otherwise than the line is not run. */
function lineRuleFor(rules: readonly FurnitureRule[], content: string): FurnitureRule | null {
  const first = content.codePointAt(0)!;
  for (const rule of rules) {
    if (rule.firstCodePoints && !rule.firstCodePoints.has(first)) continue;
    if (rule.regex.test(content)) return rule;
  }
  return null;
}

function endsSentence(line: string): boolean {
  return /[.!?]["'”’)]?$/.test(line);
}
