import { TokenKind } from '../../text/tokenize.js';
import { AWARD_SHORT_NAMES, HEAD_WORDS, isCommonWord, isGivenName } from '../lexicon.js';
import type { TokenView } from '../tokenView.js';

/**
 * "won the Oscar for best picture", "the Pulitzer for fiction", "Oscar nominations": an award's one-word
 * name before its category or its nominations is the award, no short form of a person the article
 * names (it went to Oscar Isaac); a given name before a category is one too ("the Emmy for outstanding drama").
 */
export function namesAwardByItsContext(view: TokenView, first: number, end: number): boolean {
  if (end - first === 1 && isCountOfWins(view, first) && AWARD_SHORT_NAMES.has(view.lower(first))) return true;
  if (end - first !== 1 || end + 1 >= view.count || !view.isLowerWord(end)) return false;
  const word = view.lower(first);
  if (AWARD_NOMINATIONS.has(view.lower(end))) return AWARD_SHORT_NAMES.has(word);
  const afterThe = first > 0 && view.isWord(first - 1) && view.lower(first - 1) === 'the';
  const beforeCategory = view.lower(end) === 'for' && view.isLowerWord(end + 1) && AWARD_CATEGORY_WORDS.has(view.lower(end + 1));
  return afterThe && beforeCategory && (AWARD_SHORT_NAMES.has(word) || isGivenName(word));
}

/**
 * "the Silver Lion for best director", "the Golden Bear for best film": two or three capitalised words
 * after "the", before "for best" or another award's category, are an award (of dictionary words, it
 * had no evidence and was dropped). Not a person's name: "the Meryl Streep for best actress" is no copy.
 */
export function namesAwardBeforeItsCategory(view: TokenView, first: number, end: number): boolean {
  if (end - first < 2 || end - first > 3 || first < 1 || view.lower(first - 1) !== 'the' || end + 1 >= view.count) return false;
  if (view.lower(end) !== 'for' || !view.isLowerWord(end) || !view.isLowerWord(end + 1) || !AWARD_CATEGORY_OPENERS.has(view.lower(end + 1))) return false;
  for (let i = first; i < end; i++) if (!view.isWord(i) || !view.isCapitalized(i) || view.isAllCaps(i)) return false;
  return !isGivenName(view.lower(first));
}

/**
 * "won the Golden Lion", "scooped the Golden Boot": two or three capitalised dictionary words after a
 * verb of winning and "the" are a prize, though no category follows (it had no evidence and was
 * dropped). A head word decides for itself ("won the Premier League", "won the Super Bowl"), and a
 * word no dictionary holds may be a place's or a person's ("won the New Hampshire primary").
 */
export function namesAwardWonByName(view: TokenView, first: number, end: number): boolean {
  if (end - first < 2 || end - first > 3 || first < 2 || view.lower(first - 1) !== 'the' || !view.isLowerWord(first - 2) || !WINNING_VERBS.has(view.lower(first - 2))) return false;
  for (let i = first; i < end; i++) if (!view.isWord(i) || !view.isCapitalized(i) || view.isAllCaps(i) || !isCommonWord(view.lower(i))) return false;
  return !isGivenName(view.lower(first)) && !HEAD_WORDS.has(view.lower(end - 1));
}

const WINNING_VERBS = new Set(['won', 'wins', 'win', 'winning', 'scooped', 'scoops', 'awarded']);

/** Words that open an award's category after "for": "for best director", "for outstanding drama", "for lifetime achievement". */
const AWARD_CATEGORY_OPENERS = new Set(['best', 'outstanding', 'lifetime']);

/**
 * "her second Oscar", "his first Grammy", "a fourth Emmy": an ordinal after a possessive or an article
 * counts wins of the award, never a person ("Oscar" went to no one; it was a person of its own).
 */
function isCountOfWins(view: TokenView, first: number): boolean {
  if (first < 2 || !view.isLowerWord(first - 1) || !view.isLowerWord(first - 2)) return false;
  return COUNTED_WINS.has(view.lower(first - 1)) && WINS_DETERMINERS.has(view.lower(first - 2));
}

const COUNTED_WINS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'another', 'only', 'maiden']);
const WINS_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'a', 'an', 'the', 'my', 'our', 'your']);

/**
 * "attended Harrow", "was sent to Harrow at the age of 13", "was sent to Harrow, where he remained
 * until 1805": one word after "attended", or after "sent to" before the pupil's age or a clause of
 * the time spent there, names a school (whether the story names one of that word, shortForms.ts
 * decides; "educated at Harrow" needs no cue there, as "at" says no place). "moved to Oldham at the
 * age of 13" names where a family lived.
 */
export function namesSchoolByItsContext(view: TokenView, first: number, end: number, sentenceFirst: number): boolean {
  if (end - first !== 1 || first - 2 < sentenceFirst || !view.isLowerWord(first - 1)) return false;
  const before = view.lower(first - 1);
  if (before === 'attended') return true;
  return before === 'to' && view.lower(first - 2) === 'sent' && (isPupilsAgeAt(view, end) || opensStayThere(view, end));
}

/** ", where he remained", ", where she stayed": a comma, "where", a pronoun and a verb of staying from token k. */
function opensStayThere(view: TokenView, k: number): boolean {
  if (k + 3 >= view.count || !view.isChar(k, ',') || !view.isLowerWord(k + 1) || view.lower(k + 1) !== 'where') return false;
  return SUBJECT_PRONOUNS.has(view.lower(k + 2)) && STAYING_VERBS.has(view.lower(k + 3));
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);
const STAYING_VERBS = new Set(['remained', 'stayed', 'studied', 'boarded', 'spent']);

/**
 * "Holt, who lives in Kelsworth", "grew up in Barnsworth", "was born in Tamsford": the word after a
 * verb of where one lives, was born or grew up names a town, though the story names a school, a
 * club or a company by it ("Kelsworth School", "Barnsworth Town"): the town stays itself
 * (shortForms.ts; it went to the school). "at Kelsworth he edited the magazine" says no such thing.
 */
export function namesHomeByItsContext(view: TokenView, first: number, sentenceFirst: number): boolean {
  if (first - 2 < sentenceFirst || !view.isLowerWord(first - 1) || !view.isLowerWord(first - 2)) return false;
  const preposition = view.lower(first - 1);
  const verb = view.lower(first - 2);
  if (preposition === 'in') return HOME_VERBS.has(verb) || (verb === 'up' && first - 3 >= sentenceFirst && GROWN_UP.has(view.lower(first - 3)));
  return preposition === 'of' && (verb === 'native' || verb === 'resident');
}

/** Verbs before "in" and a town one lives in or comes from: "lives in", "was born in", "settled in". */
const HOME_VERBS = new Set(['live', 'lives', 'lived', 'living', 'born', 'raised', 'settled', 'reside', 'resides', 'resided', 'residing']);
const GROWN_UP = new Set(['grew', 'grow', 'grows', 'growing', 'grown']);

/** "at the age of 13", "at 13", "aged 13" at token k. */
function isPupilsAgeAt(view: TokenView, k: number): boolean {
  if (k + 1 >= view.count) return false;
  const word = view.lower(k);
  if (word === 'aged') return view.kind(k + 1) === TokenKind.Number;
  if (word !== 'at') return false;
  if (view.kind(k + 1) === TokenKind.Number) return true;
  return k + 4 < view.count && view.lower(k + 1) === 'the' && view.lower(k + 2) === 'age' && view.lower(k + 3) === 'of' && view.kind(k + 4) === TokenKind.Number;
}

/** Words opening an award's category after "for": "the Oscar for best picture", "the Pulitzer for fiction". */
const AWARD_CATEGORY_WORDS = new Set(['best', 'outstanding', 'supporting', 'lead', 'original', 'album', 'record', 'song', 'fiction', 'nonfiction', 'poetry', 'drama', 'history', 'biography', 'physics', 'chemistry', 'medicine', 'literature', 'peace', 'economics', 'lifetime']);
const AWARD_NOMINATIONS = new Set(['nomination', 'nominations', 'nod', 'nods']);
