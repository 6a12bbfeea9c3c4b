import type { CorpusFileText } from '../files/readCorpusFile.js';
import { extractArticleMentions } from '../entities/articleMentions.js';
import { LowerCaseUses } from '../entities/articleMentions/sentenceOpeners.js';
import { isDatelinePlace } from '../entities/gazetteer.js';
import { linkShortFormsAcrossArticles } from '../entities/shortForms.js';
import { RegionKind, type AliasDefinition, type MentionDraft, type Region } from '../entities/mentionDraft.js';
import { totalWeight, vouchesForNameMidSentence } from '../entities/evidence.js';
import { fileSegmentOptions, type FileSegmentOptions } from '../segment/captureTime.js';
import type { ArticleHeaderText } from '../segment/articles.js';
import { segmentText, type ArticleSegment } from '../segment/segmenter.js';
import { detach } from '../text/detach.js';
import { LineIndex } from '../text/lineIndex.js';
import type { Span } from '../text/positions.js';

/** What the corpus index keeps of an article: metadata and offsets, no text. */
export interface ArticleRecord extends ArticleHeaderText {
  ordinal: number;
  span: Span;
  titleSpan: Span | null;
  truncated: boolean;
  paragraphs: Span[];
}

interface ArticleMentionsRecord {
  /** Mentions in reading order. */
  mentions: MentionDraft[];
  aliases: AliasDefinition[];
  terms: string[];
}

/** Where a mention draft stands: everything else about it is its form. */
type PlaceField = 'start' | 'end' | 'sentence' | 'region';

/**
 * A mention draft without its place: what the merge decides on. Every mention of one form is
 * decided alike, so a file keeps each distinct form once ("Putin" forty times is one form) and
 * the merge's memory grows with the corpus's names, not with its mentions.
 */
export type MentionForm = Omit<MentionDraft, PlaceField | StoryPassField>;

/** What only the file's own pass over its stories reads (see linkShortFormsAcrossArticles), done before forms are kept. */
type StoryPassField = 'relativeOfNamesake' | 'sideOfFixture' | 'award' | 'school' | 'home';

/** A file's mentions in reading order, as columns: row i is the i-th mention. */
export interface MentionColumns {
  /** Index into the file's `forms`. */
  form: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Index into the file's sentences. */
  sentence: Int32Array;
  /** The article's ordinal in the file. */
  article: Int32Array;
  region: Uint8Array;
}

/**
 * Everything the index needs from one file, computed from the file alone: it is what workers
 * return and what the cache stores, so it holds plain data only, and it is compact: numbers in
 * typed arrays, one object per distinct name form (see MentionForm), none per mention.
 */
export interface FileAnalysis {
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
  warnings: string[];
  /** Line starts and break lengths of the file's text, for LSP positions without the text. */
  lineStarts: Uint32Array;
  breakLengths: Uint8Array;
  textLength: number;
  articles: ArticleRecord[];
  /** Acronyms and translations the file's articles define, in reading order. */
  aliases: AliasDefinition[];
  /** Acronyms the file's articles define as common terms. */
  terms: string[];
  /** The distinct forms of the file's mentions, in order of first use. */
  forms: MentionForm[];
  mentions: MentionColumns;
  /** Sentence spans as [start, end, start, end, ...]. */
  sentences: Int32Array;
}

export function analyzeFile(file: CorpusFileText, options: FileSegmentOptions = {}): FileAnalysis {
  const text = file.analysisText;
  const segmentation = segmentText(text, { ...fileSegmentOptions(file, options), isDatelinePlace });
  const sentences: number[] = [];
  const articles: ArticleRecord[] = [];
  const entities: ArticleMentionsRecord[] = [];
  const lowerCaseUses = new LowerCaseUses(text);
  for (const segment of segmentation.articles) {
    const found = extractArticleMentions(text, regionsOf(segment), sentences, lowerCaseUses);
    if (segment.truncated) dropCutOffShortForm(found, segment.paragraphs[segment.paragraphs.length - 1]);
    entities.push(found);
    articles.push(articleRecordOf(segment));
  }
  linkShortFormsAcrossArticles(entities.map((e, i) => ({ mentions: e.mentions, aliases: e.aliases, ownHeader: hasOwnHeader(articles[i]!) })));
  markUnvouchedInFile(entities);
  const lines = LineIndex.of(file.text);
  return {
    path: file.path,
    size: file.size,
    mtimeMs: file.mtimeMs,
    hash: file.hash,
    warnings: file.warnings,
    lineStarts: lines.lineStarts,
    breakLengths: lines.breakLengths,
    textLength: file.text.length,
    articles,
    aliases: entities.flatMap((e) => e.aliases),
    terms: entities.flatMap((e) => e.terms),
    ...groupForms(entities),
    sentences: Int32Array.from(sentences),
  };
}

/** An article's dateline, captions and paragraphs, in the order of the text. */
function regionsOf(segment: ArticleSegment): Region[] {
  const regions: Region[] = [];
  if (segment.dateline) regions.push({ kind: RegionKind.Dateline, span: segment.dateline.span });
  for (const caption of segment.captions) if (caption.textSpan) regions.push({ kind: RegionKind.Caption, span: caption.textSpan });
  for (const paragraph of segment.paragraphs) regions.push({ kind: RegionKind.Body, span: paragraph });
  return regions.sort((a, b) => a.span.start - b.span.start);
}

/** What the index keeps of a segmented article: its header fields as strings of their own, and its spans. */
function articleRecordOf(segment: ArticleSegment): ArticleRecord {
  return {
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
  };
}

/** The mentions of every article as columns, each distinct form once (see MentionForm). */
function groupForms(entities: readonly ArticleMentionsRecord[]): { forms: MentionForm[]; mentions: MentionColumns } {
  const count = entities.reduce((n, e) => n + e.mentions.length, 0);
  const mentions: MentionColumns = {
    form: new Int32Array(count),
    start: new Int32Array(count),
    end: new Int32Array(count),
    sentence: new Int32Array(count),
    article: new Int32Array(count),
    region: new Uint8Array(count),
  };
  const forms = new FormTable<MentionForm>();
  let row = 0;
  entities.forEach((article, ordinal) => {
    for (const draft of article.mentions) {
      mentions.form[row] = forms.intern(draft, formOf);
      mentions.start[row] = draft.start;
      mentions.end[row] = draft.end;
      mentions.sentence[row] = draft.sentence;
      mentions.article[row] = ordinal;
      mentions.region[row] = draft.region;
      row++;
    }
  });
  return { forms: forms.forms, mentions };
}

/** A draft's form: its fields but its place, strings detached from the file's text. */
function formOf(draft: MentionDraft): MentionForm {
  // Field by field (an object rest copy was slower than the rest of interning); a field added to
  // MentionForm fails to compile here until it is copied.
  return {
    surface: detach(draft.surface),
    key: draft.key,
    initial: draft.initial,
    acronym: draft.acronym,
    commonWordsOnly: draft.commonWordsOnly,
    unvouchedInFile: draft.unvouchedInFile,
    quoted: draft.quoted,
    evidence: draft.evidence,
    nameEvidence: draft.nameEvidence,
    descriptions: draft.descriptions.length ? draft.descriptions.map(detach) : NONE,
    link: draft.link,
    shortFormKeys: draft.shortFormKeys.length === 0 ? NONE : draft.shortFormKeys,
    modifier: draft.modifier,
  };
}

/**
 * Dictionary words that no mention of the file shows to be a name ("Games were postponed in
 * Seville", "his theory of Frame semantics"): `unvouchedInFile`, so that another file's use of the
 * words ("the Commonwealth Games … the Games") does not make them one.
 */
function markUnvouchedInFile(entities: readonly ArticleMentionsRecord[]): void {
  let vouched: Set<string> | null = null;
  for (const { mentions } of entities) {
    for (const d of mentions) {
      if (!d.commonWordsOnly) continue;
      vouched ??= keysVouchedInFile(entities);
      d.unvouchedInFile = !vouched.has(d.key);
    }
  }
}

/** The keys the file's mentions show to be names: written so where they stand (vouchesForNameMidSentence), or a fuller name's first or last word. */
function keysVouchedInFile(entities: readonly ArticleMentionsRecord[]): Set<string> {
  const keys = new Set<string>();
  for (const { mentions } of entities) {
    for (const d of mentions) {
      if (vouchesForNameMidSentence(d, totalWeight(d.evidence) + totalWeight(d.nameEvidence))) keys.add(d.key);
      for (const word of d.shortFormKeys) keys.add(word);
    }
  }
  return keys;
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

function detachOrNull(text: string | undefined): string | null {
  return text === undefined ? null : detach(text);
}

/**
 * Every field of a form, as sameForm and formHash compare them. A field added to MentionDraft must
 * be compared there too: this record fails to compile until it names the field (a form that
 * ignored it would merge mentions it tells apart), and a test changes each field of a real form.
 */
const COMPARED_FIELDS = {
  surface: 'string',
  key: 'string',
  link: 'string',
  initial: 'flag',
  acronym: 'flag',
  commonWordsOnly: 'flag',
  unvouchedInFile: 'flag',
  quoted: 'flag',
  modifier: 'flag',
  evidence: 'values',
  nameEvidence: 'values',
  descriptions: 'values',
  shortFormKeys: 'values',
} as const satisfies Record<keyof MentionForm, 'string' | 'flag' | 'values'>;
void COMPARED_FIELDS;

/**
 * Distinct forms, each kept once: a form is equal to another when every field is (arrays element
 * by element; see COMPARED_FIELDS). Forms are found by their surface and a hash of their other fields:
 * a name such as "Seoul" has hundreds of forms in a large corpus (each context gives other
 * evidence), and comparing with each of them was most of a merge.
 */
export class FormTable<F extends MentionForm> {
  readonly forms: F[] = [];
  private readonly bySurface = new Map<string, Map<number, number | number[]>>();

  /** The index of the form of `draft` (a draft or a form), added with `make` when new. */
  intern<D extends MentionForm>(draft: D, make: (draft: D) => F): number {
    let byHash = this.bySurface.get(draft.surface);
    const hash = formHash(draft);
    const found = byHash?.get(hash);
    if (typeof found === 'number' && sameForm(this.forms[found]!, draft)) return found;
    if (Array.isArray(found)) for (const i of found) if (sameForm(this.forms[i]!, draft)) return i;
    const id = this.forms.length;
    const made = make(draft);
    this.forms.push(made);
    // Keyed by the kept form's surface, not the draft's: the draft's may be a slice of its file's text.
    if (!byHash) this.bySurface.set(made.surface, (byHash = new Map()));
    if (found === undefined) byHash.set(hash, id);
    else if (typeof found === 'number') byHash.set(hash, [found, id]);
    else found.push(id);
    return id;
  }
}

const bits = new Float64Array(1);
const bitWords = new Int32Array(bits.buffer);

/** A hash of a form's fields but its surface (see COMPARED_FIELDS): equal forms hash alike. */
function formHash(f: MentionForm): number {
  let h = mix(0x811c9dc5, f.key.length);
  h = mix(h, f.link === null ? -1 : f.link.length);
  h = mix(h, (f.initial ? 1 : 0) | (f.acronym ? 2 : 0) | (f.commonWordsOnly ? 4 : 0) | (f.quoted ? 8 : 0) | (f.modifier ? 16 : 0) | (f.unvouchedInFile ? 32 : 0));
  for (const w of f.evidence) h = mix(h, numberHash(w));
  for (const w of f.nameEvidence) h = mix(h, numberHash(w));
  h = mix(h, f.descriptions.length);
  for (const d of f.descriptions) h = mix(h, d.length);
  return mix(h, f.shortFormKeys.length);
}

function numberHash(value: number): number {
  bits[0] = value === 0 ? 0 : value; // -0 and 0 are equal forms
  return bitWords[0]! ^ bitWords[1]!;
}

function mix(h: number, v: number): number {
  return Math.imul(h ^ v, 0x01000193);
}

export function sameForm(a: MentionForm, b: MentionForm): boolean {
  return (
    a.surface === b.surface &&
    a.key === b.key &&
    a.link === b.link &&
    a.initial === b.initial &&
    a.acronym === b.acronym &&
    a.commonWordsOnly === b.commonWordsOnly &&
    a.unvouchedInFile === b.unvouchedInFile &&
    a.quoted === b.quoted &&
    a.modifier === b.modifier &&
    sameValues(a.evidence, b.evidence) &&
    sameValues(a.nameEvidence, b.nameEvidence) &&
    sameValues(a.descriptions, b.descriptions) &&
    sameValues(a.shortFormKeys, b.shortFormKeys)
  );
}

function sameValues(x: readonly unknown[], y: readonly unknown[]): boolean {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

const NONE: string[] = Object.freeze([]) as unknown as string[];
