import type { Counted, CorpusIndex, EntityRecord, IndexedFile, Mention } from '../corpusIndex/corpusIndex.js';
import { RegionKind } from '../entities/mentionDraft.js';
import type { EntityType } from '../entities/types.js';
import { dateRange, type DateRange } from './dates.js';
import { foldDescriptions } from './descriptions.js';
import { READY_CO_MENTIONS } from '../corpusIndex/readyCoMentions.js';
import { isWhiteSpace } from '../text/chars.js';
import { firstAtLeast } from '../text/sortedSearch.js';

export interface Snippet {
  /** The sentence, white space collapsed. */
  text: string;
  /** Where the entity's names are in `text`, to show them in bold. */
  highlights: { start: number; end: number }[];
  mention: Mention;
  articleTitle: string | null;
  source: string | null;
  /** The article's publication date (see ArticleRecord.published); null: undated. */
  published: string | null;
}

/** Everything a hover card or the CLI shows about an entity; rendering is the caller's job. */
export interface EntityCard {
  id: string;
  name: string;
  type: EntityType;
  /** The one description to show first: the analyst's, else the most used once repeats are folded in. */
  description: string | null;
  /** The other descriptions, each said once (no repeats, no parts of another). */
  otherDescriptions: string[];
  /** Other spellings and forms the corpus uses for it. */
  aliases: string[];
  mentionCount: number;
  articleCount: number;
  /** Sources counted per article, most articles first. */
  sources: Counted[];
  /** Articles whose source is not known. */
  unknownSources: number;
  /** Publication dates of its articles: the range of the dated ones, and how many are undated. */
  dates: DateRange;
  /** The sentence of `bestMention`: the one sentence a first glance shows. */
  best: Snippet | null;
  /** More sentences, from other articles first. */
  snippets: Snippet[];
  /** Ranked by association (see CorpusIndex.coMentionsOf); `count` is the articles they share. */
  coMentions: { id: string; name: string; type: EntityType; count: number }[];
  /** Where "go to source" lands: the best mention (in `CardOptions.article` when given). */
  bestMention: Mention | null;
}

export interface CardOptions {
  /** How many sentences the card quotes, the best one included (default 3). */
  snippets?: number;
  coMentions?: number;
  /** A global article index the source should come from (the one a note's context points at), or -1. */
  article?: number;
  /** The analysed text of a corpus file (see FileTextCache); null when it cannot be read. */
  textOf: (path: string) => string | null;
  /**
   * Characters `span` of a file's analysed text, `sentence` the whole sentence they are in
   * (FileTextCache.span: one sentence's bytes read, not the file); null when they cannot be read
   * or the file changed. Without it, sentences are sliced from `textOf`'s whole text.
   */
  spanOf?: (file: IndexedFile, span: { start: number; end: number }, sentence: { start: number; end: number }) => string | null;
}

const MAX_SNIPPET = 320;
/** How many sentences a card quotes unless told (the hover.snippets setting's default too). */
export const DEFAULT_QUOTED = 3;

export function entityCard(index: CorpusIndex, entity: EntityRecord, options: CardOptions): EntityCard {
  const descriptions = foldDescriptions(entity.descriptions, entity.declared ? entity.descriptions[0]?.text : undefined).map((d) => d.text);
  const bestRow = index.introducingRowOf(entity, options.article ?? -1);
  // The setting counts every sentence a card quotes, the best one included.
  const sentences = sentenceSource(index, entity, options);
  const quoted = quotedRows(index, entity, bestRow, options.snippets ?? DEFAULT_QUOTED, (row) => sentences(row) !== null);
  const [best, ...snippets] = quoted.map((row) => makeSnippet(index, sentences(row)!, row, entity));
  const sources = entity.sources;
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    description: descriptions[0] ?? null,
    otherDescriptions: descriptions.slice(1),
    // Forms the corpus uses (and the analyst declared); the gazetteer's other spellings only help matching.
    aliases: entity.aliases.filter((a) => a.count > 0 || entity.declared).map((a) => a.text).filter((a) => a !== entity.name),
    mentionCount: entity.mentionCount,
    articleCount: entity.articles.length,
    sources,
    unknownSources: entity.articles.length - sources.reduce((sum, s) => sum + s.count, 0),
    dates: dateRange(Array.from(entity.articles, (a) => index.articleRecord(a).published)),
    best: best ?? null,
    snippets,
    coMentions: index.coMentionsOf(entity, options.coMentions ?? READY_CO_MENTIONS).map((c) => {
      const other = index.entities[c.entity]!;
      return { id: other.id, name: other.name, type: other.type, count: c.count };
    }),
    bestMention: bestRow >= 0 ? index.mention(bestRow) : null,
  };
}

/**
 * The rows whose sentences a card quotes, `count` at most: the best row's first when it has one,
 * then sentences from other articles (see moreRows). `readable` tells whether a row's sentence can
 * be shown (its file read, unchanged). Needs no text: a snapshot picks a card's sentences this way
 * and keeps them ready (readySentences.ts).
 */
export function quotedRows(index: CorpusIndex, entity: EntityRecord, bestRow: number, count: number, readable: (row: number) => boolean): number[] {
  const best = bestRow >= 0 && count > 0 && index.table.sentence[bestRow]! >= 0 && readable(bestRow) ? bestRow : -1;
  const more = moreRows(index, entity, Math.max(0, count - (best >= 0 ? 1 : 0)), readable, best);
  return best >= 0 ? [best, ...more] : more;
}

/**
 * Each row's sentence (cut around the mention when long), as `makeSnippet` quotes it: kept ready
 * by the snapshot when it is, else read from the file; null when it cannot be read or the file
 * changed since it was indexed. Asked twice per row (chosen, then quoted): the file's read once.
 */
function sentenceSource(index: CorpusIndex, entity: EntityRecord, options: Pick<CardOptions, 'textOf' | 'spanOf'>): (row: number) => string | null {
  const ready = index.readySentencesOf(entity);
  const read = new Map<number, string | null>();
  return (row) => {
    const kept = ready?.get(row);
    if (kept !== undefined) return kept;
    let sentence = read.get(row);
    if (sentence === undefined) read.set(row, (sentence = sentenceFromFile(index, row, options)));
    return sentence;
  };
}

function sentenceFromFile(index: CorpusIndex, row: number, { textOf, spanOf }: Pick<CardOptions, 'textOf' | 'spanOf'>): string | null {
  const file = index.file(index.table.file[row]!);
  const span = quotedSpan(index, row);
  if (spanOf) {
    const s = index.table.sentence[row]!;
    return spanOf(file, span, { start: file.sentences[s * 2]!, end: file.sentences[s * 2 + 1]! });
  }
  const text = textOf(file.path);
  return text === null || span.end > text.length ? null : text.slice(span.start, span.end);
}

/** Where the sentence of a row is in its file, cut around the mention to MAX_SNIPPET characters when longer. */
export function quotedSpan(index: CorpusIndex, row: number): { start: number; end: number } {
  const t = index.table;
  const s = t.sentence[row]!;
  let start = index.sentenceBound(t.file[row]!, s * 2);
  let end = index.sentenceBound(t.file[row]!, s * 2 + 1);
  if (end - start > MAX_SNIPPET) {
    const center = t.start[row]!;
    start = Math.max(start, center - MAX_SNIPPET / 2);
    end = Math.min(end, start + MAX_SNIPPET);
  }
  return { start, end };
}

/** Sentences from different articles, body text first, the fullest names first; never the best one again. */
function moreRows(index: CorpusIndex, entity: EntityRecord, count: number, readable: (row: number) => boolean, bestRow: number): number[] {
  const t = index.table;
  const byRank = rowsByRank(index, entity);
  const out: number[] = [];
  // The rows taken (the best one first): a card takes three, so a row is checked against them
  // one by one. A set of "file:sentence" strings made a string per row looked at.
  const taken = bestRow >= 0 ? [bestRow] : [];
  for (let pass = 0; pass < 2; pass++) {
    for (const row of byRank()) {
      if (out.length >= count) return out;
      if (pass === 0 && takenArticle(t, taken, row)) continue;
      if (takenSentence(t, taken, row)) continue;
      if (!readable(row)) continue;
      taken.push(row);
      out.push(row);
    }
  }
  return out;
}

/** Whether one of the rows taken is in the article of `row`. */
function takenArticle(t: CorpusIndex['table'], taken: readonly number[], row: number): boolean {
  for (let k = 0; k < taken.length; k++) if (t.article[taken[k]!] === t.article[row]) return true;
  return false;
}

/** Whether one of the rows taken is in the sentence of `row`. */
function takenSentence(t: CorpusIndex['table'], taken: readonly number[], row: number): boolean {
  for (let k = 0; k < taken.length; k++) if (t.file[taken[k]!] === t.file[row] && t.sentence[taken[k]!] === t.sentence[row]) return true;
  return false;
}

/**
 * The entity's mentions in sentences, best rank first and in corpus order within a rank. Ranks
 * take few values, so the rows are walked once per rank, lazily: a card needs three sentences,
 * and sorting the quarter of a million mentions of "United States" to find them is a visible pause.
 * Each row's rank is kept in a byte (ranks are small integers, see `rank`): a list of doubles was
 * eight bytes per mention of a card's garbage, 2 MB for "United States".
 */
function rowsByRank(index: CorpusIndex, entity: EntityRecord): () => Generator<number> {
  const t = index.table;
  const rows = entity.mentions;
  const ranks = new Uint8Array(rows.length).fill(NO_SENTENCE);
  const distinct = new Set<number>();
  // A rank depends on the region and the written form only: a few forms cover every mention.
  const bySurface = new Map<number, number>();
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    if (t.sentence[row]! < 0) continue;
    const key = t.surface[row]! * 8 + t.region[row]!;
    let r = bySurface.get(key);
    if (r === undefined) {
      bySurface.set(key, (r = rank(index, row, entity)));
      distinct.add(r);
    }
    ranks[k] = r;
  }
  return function* () {
    // Ranks are small integers: counted down, not sorted (a sort made a work list per card).
    for (let r = MAX_RANK; r >= 0; r--) {
      if (!distinct.has(r)) continue;
      for (let k = 0; k < rows.length; k++) if (ranks[k] === r) yield rows[k]!;
    }
  };
}

/** The highest rank `rank` gives, and the rank of a row outside sentences (never quoted), above it. */
const MAX_RANK = 180;
const NO_SENTENCE = 255;

/** Body text first, then the entity's own name, then the longer form (to 30 characters): an integer from 0 to 180. */
function rank(index: CorpusIndex, row: number, entity: EntityRecord): number {
  const t = index.table;
  const surface = index.surfaces.get(t.surface[row]!);
  return (t.region[row] === RegionKind.Body ? 100 : 0) + (surface === entity.name ? 50 : 0) + Math.min(surface.length, 30);
}

function makeSnippet(index: CorpusIndex, raw: string, row: number, entity: EntityRecord): Snippet {
  const t = index.table;
  const s = t.sentence[row]!;
  const { start, end } = quotedSpan(index, row);
  const highlights: { start: number; end: number }[] = [];
  // Every mention of the entity inside the sentence is highlighted, not only this one. Mentions
  // are in corpus order, so those of this sentence sit next to this one in the list.
  const rows = entity.mentions;
  const here = indexOfRow(t, rows, row);
  let first = here;
  while (first > 0 && t.file[rows[first - 1]!] === t.file[row] && t.start[rows[first - 1]!]! >= start) first--;
  for (let k = first; k < rows.length && t.file[rows[k]!] === t.file[row] && t.start[rows[k]!]! < end; k++) {
    const other = rows[k]!;
    if (t.endOf(other) > end) continue;
    highlights.push({ start: t.start[other]! - start, end: t.endOf(other) - start });
  }
  const text = collapseWhitespace(raw, highlights);
  const prefix = start > index.sentenceBound(t.file[row]!, s * 2) ? '…' : '';
  const suffix = end < index.sentenceBound(t.file[row]!, s * 2 + 1) ? '…' : '';
  // Moved past the prefix in place: the highlights are this snippet's own.
  if (prefix) {
    for (const h of highlights) {
      h.start += prefix.length;
      h.end += prefix.length;
    }
  }
  // The article's record alone: a snapshot's file (its lines, its other articles) is not made.
  const article = index.articleRecord(t.article[row]!);
  return {
    text: prefix + text + suffix,
    highlights,
    mention: index.mention(row),
    articleTitle: article.title,
    source: article.source,
    published: article.published,
  };
}

/** Where a row sits in a list of rows in corpus order (file, then offset). */
function indexOfRow(t: CorpusIndex['table'], rows: Int32Array, row: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const other = rows[mid]!;
    if (t.file[other]! < t.file[row]! || (t.file[other] === t.file[row] && t.start[other]! < t.start[row]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The sentence with each run of white space made one space; the highlights (sorted by start on
 * return) are moved to the same characters in place. A sentence with single spaces only is its
 * own collapsed text, and its highlights stay where they are: nothing is made for it.
 */
function collapseWhitespace(raw: string, highlights: { start: number; end: number }[]): string {
  if (!isSortedBy(highlights, (h) => h.start)) highlights.sort((a, b) => a.start - b.start);
  if (!hasWhiteSpaceToCollapse(raw)) return raw;
  // The collapsed offset of a raw offset is needed at the highlights' ends only: counted in one
  // pass, not kept per character (a card's three sentences made a string and a number per
  // character, the most a card allocated).
  const wanted = highlights.flatMap((h) => [h.start, h.end]);
  if (!isSortedBy(wanted, (at) => at)) wanted.sort((a, b) => a - b);
  const collapsedAt = new Int32Array(wanted.length);
  let length = 0;
  let lastSpace = false;
  let next = 0;
  for (let i = 0; i <= raw.length; i++) {
    for (; next < wanted.length && wanted[next]! <= i; next++) collapsedAt[next] = length;
    if (i === raw.length) break;
    const space = isWhiteSpace(raw.charCodeAt(i));
    if (!space || !lastSpace) length++;
    lastSpace = space;
  }
  for (const h of highlights) {
    h.start = collapsedAt[firstAtLeast(wanted, h.start)]!;
    h.end = collapsedAt[firstAtLeast(wanted, h.end)]!;
  }
  return raw.replace(WHITE_SPACE_RUNS, ' ');
}

/** Whether a sentence holds white space other than single spaces (a line break, a tab, two spaces). */
function hasWhiteSpaceToCollapse(raw: string): boolean {
  let lastSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    const space = code === 32 ? true : isWhiteSpace(code);
    if (space && (lastSpace || code !== 32)) return true;
    lastSpace = space;
  }
  return false;
}

function isSortedBy<T>(list: readonly T[], key: (item: T) => number): boolean {
  for (let k = 1; k < list.length; k++) if (key(list[k - 1]!) > key(list[k]!)) return false;
  return true;
}


const WHITE_SPACE_RUNS = /\s+/g;
