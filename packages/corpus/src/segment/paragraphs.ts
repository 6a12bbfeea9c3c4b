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
  const words = new Set<string>();
  const re = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]{2,}/gu;
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(re)) {
    const before = slice.slice(Math.max(0, m.index - 2), m.index);
    if (m.index === 0 || /[.!?]\s$/.test(before)) continue;
    if (!COMMON_CAPITALISED.has(m[0])) words.add(m[0]);
  }
  return words;
}

/** A cut-off paragraph continues the article above when most of its names were already there. */
export function sharesTopic(paragraphWords: Set<string>, articleWords: Set<string>): boolean {
  if (paragraphWords.size === 0) return true;
  let shared = 0;
  for (const w of paragraphWords) if (articleWords.has(w)) shared++;
  return shared >= 2 && shared / paragraphWords.size >= 0.3;
}
