import type { Span } from '../text/positions.js';

const TERMINAL = /[.!?…。！？](?:["'”’»)\]]*)$/;
/** Short paragraphs that do not end a sentence are headings or list items, not cut-off text. */
const MIN_TRUNCATED_LENGTH = 120;

/** A paragraph that stops mid-sentence ("…although the Automatic Identification System (AIS)"). */
export function isTruncated(text: string, span: Span): boolean {
  if (span.end - span.start < MIN_TRUNCATED_LENGTH) return false;
  const tail = text.slice(Math.max(span.start, span.end - 40), span.end).replace(TRAILING_CITATIONS, '');
  return !TERMINAL.test(tail.slice(-8)) && !CONTINUES.test(tail);
}

/**
 * A paragraph that hands over to the next one is whole, not cut off: one that introduces a quote
 * or a list ("His last words to his brother were:"), a list item ("…the TaDiRAH taxonomy;"), or
 * speech broken off in a transcript ("rise to the level of --", "after about —").
 */
const CONTINUES = /(?:[:;]|\s(?:--|[—–]))["'”’»)\]]*$/u;

/**
 * Reference markers after a sentence's end ("… the Nile. [8]", "… in 1947.[3][4]",
 * "… [citation needed]"): an encyclopedia's paragraph ends there, it is not cut off.
 */
const TRAILING_CITATIONS = /(?:\s*\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\])+\s*$/iu;

const COMMON_CAPITALISED = new Set(
  (
    'The A An In On At As For After Before When While This That These Those It Its He She They We I But And Or If ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Mr Mrs Ms Dr President Minister'
  ).split(' '),
);

/** Capitalised words that are not sentence starters: a cheap fingerprint of what a paragraph is about. */
export function topicWords(text: string, span: Span): Set<string> {
  return topicWordsOfBmp(text, span) ?? topicWordsMatched(text, span);
}

/**
 * The words TOPIC_WORD matches in the span, not opening it nor a sentence ("… said. Officials"),
 * read with a table of each character's class: the expression cost a range lookup per character
 * ([\p{L}\p{N}] before each capital). Null where a surrogate pair stands (a letter beyond the
 * Basic Multilingual Plane): topicWordsMatched reads those.
 */
function topicWordsOfBmp(text: string, span: Span): Set<string> | null {
  const words = new Set<string>();
  for (let i = span.start; i < span.end; ) {
    const kind = wordCharKind(text.charCodeAt(i));
    if (kind === WordChar.Surrogate) return null;
    if (kind === WordChar.None) {
      i++;
      continue;
    }
    let j = i + 1;
    for (let next = wordCharKind(text.charCodeAt(j)); j < span.end && next !== WordChar.None; next = wordCharKind(text.charCodeAt(++j))) if (next === WordChar.Surrogate) return null;
    if (kind === WordChar.Upper && j - i >= 3 && i > span.start && !opensSentenceAt(text, i, span.start)) {
      const word = text.slice(i, j);
      if (!COMMON_CAPITALISED.has(word)) words.add(word);
    }
    i = j;
  }
  return words;
}

/** "… said. Officials": a sentence's end and a space right before `i`, inside the span. */
function opensSentenceAt(text: string, i: number, start: number): boolean {
  if (i - 2 < start || !/\s/.test(text[i - 1]!)) return false;
  const mark = text.charCodeAt(i - 2);
  return mark === 0x2e || mark === 0x21 || mark === 0x3f;
}

function topicWordsMatched(text: string, span: Span): Set<string> {
  const words = new Set<string>();
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(TOPIC_WORD)) {
    const before = slice.slice(Math.max(0, m.index - 2), m.index);
    if (m.index === 0 || /[.!?]\s$/.test(before)) continue;
    if (!COMMON_CAPITALISED.has(m[0])) words.add(m[0]);
  }
  return words;
}

const TOPIC_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]{2,}/gu;

const enum WordChar {
  Unknown = 0,
  None = 1,
  /** A letter or a number that is no capital: [\p{L}\p{N}] but not \p{Lu}. */
  Other = 2,
  Upper = 3,
  Surrogate = 4,
}

/** TOPIC_WORD's classes of the Basic Multilingual Plane, each worked out once. */
const wordChars = new Uint8Array(0x10000);

function wordCharKind(code: number): WordChar {
  if (Number.isNaN(code)) return WordChar.None;
  let kind = wordChars[code]! as WordChar;
  if (kind === WordChar.Unknown) {
    const ch = String.fromCharCode(code);
    kind = code >= 0xd800 && code <= 0xdfff ? WordChar.Surrogate : /\p{Lu}/u.test(ch) ? WordChar.Upper : /[\p{L}\p{N}]/u.test(ch) ? WordChar.Other : WordChar.None;
    wordChars[code] = kind;
  }
  return kind;
}

/** A cut-off paragraph continues the article above when most of its names were already there. */
export function sharesTopic(paragraphWords: Set<string>, articleWords: Set<string>): boolean {
  if (paragraphWords.size === 0) return true;
  let shared = 0;
  for (const w of paragraphWords) if (articleWords.has(w)) shared++;
  return shared >= 2 && shared / paragraphWords.size >= 0.3;
}
