import type { SentenceSpan } from '../text/sentences.js';
import { TokenKind } from '../text/tokenize.js';
import { isGivenName, isListedSurname, NAME_TITLE_ABBREVIATIONS } from './lexicon.js';
import type { TokenView } from './tokenView.js';

/**
 * The sentences of a region, joined again where the splitter took a name's period for a sentence's
 * end: the Filipino "Ma." for María before a given name ("Senator Ma. Cristina Reyes"), and a title
 * written short that opens a name ("the lawyer, Barr. Ngozi Okafor", "moved by Hon. Aminu Jaji").
 * "Jack Ma. Alibaba shares fell" and "said William Barr. The department" stay two sentences.
 */
export function joinSentencesOverNamePeriods(view: TokenView, sentences: readonly SentenceSpan[]): SentenceSpan[] {
  const joined: SentenceSpan[] = [];
  for (const sentence of sentences) {
    const last = joined[joined.length - 1];
    if (last && isNamePeriodBefore(view, last.endToken, sentence.firstToken)) {
      joined[joined.length - 1] = { start: last.start, end: sentence.end, firstToken: last.firstToken, endToken: sentence.endToken };
    } else joined.push(sentence);
  }
  return joined;
}

/** Whether the period closing a sentence (before token `next`) is a shortened word's inside a name that goes on at `next`. */
function isNamePeriodBefore(view: TokenView, end: number, next: number): boolean {
  const word = end - 2;
  if (word < 0 || next !== end || view.kind(end - 1) !== TokenKind.Period || !view.adjacent(word) || !view.isCapitalized(word) || !view.isCapitalized(next)) return false;
  const lower = view.lower(word);
  if (lower === 'ma') return isGivenName(view.lower(next), true);
  // "Chief of Staff Atty. Zuleika Lopez": an abbreviation no one bears as a surname opens a name after a title's words too.
  return NAME_TITLE_ABBREVIATIONS.has(lower) && (!isListedSurname(lower) || !(word > 0 && view.isCapitalized(word - 1)));
}
