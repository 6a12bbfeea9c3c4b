import { TokenKind } from '../text/tokenize.js';
import { HEAD_WORDS, isGivenName, LEGAL_SUFFIXES, MONTHS_AND_DAYS } from './lexicon.js';
import type { TokenView } from './tokenView.js';

/** Token span [first, end) of a name found in a sentence. */
export interface TokenSpan {
  first: number;
  end: number;
}

/**
 * A reading list or a register writes a person surname first: "Austen, Jane. Pride and Prejudice",
 * "Marx, Karl and Engels, Friedrich.", "London, Jack. White Fang", "Macaulay, Thomas Babington.".
 * The surname opens its line (or follows "and" after another such name), a comma follows it, then
 * a given name the lists know (common words too: "Mark", "Jack"), and nothing after the given
 * names but the entry's end: a period, "and", the sentence's end. "In Paris, Jane met him" is no
 * entry: "Paris" does not open its line, and "met" follows.
 */
export function isInvertedName(view: TokenView, surname: TokenSpan, given: TokenSpan, sentenceEnd: number, afterEntry: boolean): boolean {
  if (given.first !== surname.end + 1 || !view.isChar(surname.end, ',')) return false;
  if (!opensEntry(view, surname.first, afterEntry) || !isWordsOnly(view, surname) || surname.end - surname.first > 3) return false;
  // "Rajnath Singh, Amit Shah and Nirmala Sitharaman were sworn in": two words on each side of the
  // comma are two full names of a list; an entry's two-word surname takes given names of one word
  // ("Lloyd Webber, Andrew") and one surname several ("Macaulay, Thomas Babington").
  if (surname.end - surname.first >= 2 && given.end - given.first >= 2) return false;
  // "Microsoft Corp, Meta Platforms Inc and Alphabet Inc": a list of companies, no "Surname, Given".
  if (closesWithBodyWord(view, surname) || closesWithBodyWord(view, given)) return false;
  const givenWord = view.lower(given.first);
  if (!isGivenName(givenWord, true) || MONTHS_AND_DAYS.has(givenWord) || !isWordsOnly(view, given) || given.end - given.first > 3) return false;
  return given.end >= sentenceEnd || view.kind(given.end) === TokenKind.Period || (view.lower(given.end) === 'and' && view.isLowerWord(given.end));
}

function opensEntry(view: TokenView, first: number, afterEntry: boolean): boolean {
  if (opensLine(view.text, view.start(first))) return true;
  return afterEntry && view.lower(first - 1) === 'and' && view.isLowerWord(first - 1);
}

/** Only spaces or tabs between the line's start (or the text's) and offset: a paragraph's first token has no line break token before it. */
function opensLine(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

/** The span's last word is a legal suffix or a head word of a name: "Microsoft Corp", "Meta Platforms Inc", "Bokeh Capital". */
function closesWithBodyWord(view: TokenView, span: TokenSpan): boolean {
  const last = view.lower(span.end - 1);
  return LEGAL_SUFFIXES.has(last) || HEAD_WORDS.has(last);
}

/** Capitalised words only, no initials or periods: "Thomas Babington", "Engels". */
function isWordsOnly(view: TokenView, span: TokenSpan): boolean {
  for (let i = span.first; i < span.end; i++) {
    if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.length(i) < 2) return false;
  }
  return true;
}

/** The key an inverted name is filed under: the usual order, "Jane Austen", so that it joins that name. */
export function invertedNameKey(view: TokenView, surname: TokenSpan, given: TokenSpan): string {
  return `${view.keyOf(given.first, given.end)} ${view.keyOf(surname.first, surname.end)}`;
}
