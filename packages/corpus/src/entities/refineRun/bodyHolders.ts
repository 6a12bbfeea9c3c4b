import { TokenKind } from '../../text/tokenize.js';
import { gazetteer } from '../gazetteer.js';
import { HEAD_WORDS, isCommonWord, isGivenName, isListedSurname, NAME_PARTICLES, ROLE_NOUNS, WordClass } from '../lexicon.js';
import { withoutGenerationSuffix } from '../nameRuns/runWords.js';
import type { TokenView } from '../tokenView.js';
import { namesAVessel, keyOf } from './nameParts.js';
import { isCoreTitleAt } from './titleWords.js';

/** A role noun or a title before "of" (and "the") before `first`: "the head of", "Commanding Officer of the". */
export function followsRoleOf(view: TokenView, first: number): boolean {
  let k = first - 1;
  if (k > 0 && view.lower(k) === 'the' && view.isLowerWord(k)) k--;
  if (k < 1 || view.lower(k) !== 'of' || !view.isLowerWord(k)) return false;
  const role = view.lower(k - 1);
  return ROLE_NOUNS.has(role) || HOLDER_ROLES.has(role) || view.hasClass(k - 1, WordClass.Title);
}

/** Role nouns of a body's holder that ROLE_NOUNS leaves out: "the owner of Chelsea Todd Boehly". */
const HOLDER_ROLES = new Set(['owner', 'skipper', 'co-founder', 'cofounder']);

/**
 * Where the holder's name starts: the last given name with a person's name after it, or a rank or
 * title before one ("HMS Kent Commander Matt Millyard"). A given name after another is the first's
 * middle name ("Sarah Jessica Parker") unless the words before are a known name ("Chelsea", "Morgan
 * Stanley") or a vessel's ("HMS Duncan Tom Trent"). -1 when none, or when the body would be empty.
 */
export function holderStart(view: TokenView, first: number, end: number): number {
  const minBody = namesAVessel(view, first) ? first + 2 : first + 1;
  for (let j = end - 2; j >= minBody; j--) {
    if (!isHolderName(view, j, end)) continue;
    let start = j;
    while (start - 1 >= minBody && isGivenName(view.lower(start - 1)) && !isCompleteBody(view, first, start) && isHolderName(view, start - 1, end)) start--;
    if (isGivenName(view.lower(start - 1)) && !isCompleteBody(view, first, start)) return -1;
    // The holder's rank or title goes with the holder: "HMS Kent Commander Matt Millyard", "Lt. Col. Luke Donovan".
    // A portfolio's word is no rank: "Minister of National Defence Bill Blair" keeps "Defence" out.
    const closesWithRank = isCoreTitleAt(view, start - 1) || (view.isChar(start - 1, '.') && isCoreTitleAt(view, start - 2));
    while (closesWithRank && start - 1 >= minBody && (isCapitalizedTitle(view, start - 1) || (view.isChar(start - 1, '.') && isCapitalizedTitle(view, start - 2)))) start--;
    return start;
  }
  return unlistedHolderStart(view, first, end);
}

/**
 * "Speaker of the Seimas Viktoras Pranckietis", "the head of Interpol Juergen Stock", "chairperson of
 * the LDP Policy Research Council Shigeyuki Goto": a holder whose given name no list holds. The last
 * two words are the holder's where no dictionary holds them (a listed surname may close them:
 * "Stock") and the words before are a whole body: one the lists know, one closing with a body's
 * head word ("Council", or "Central Bank of Kenya"), or one word no dictionary holds ("Seimas").
 * They were one person "Seimas Viktoras Pranckietis", or other. -1 when none.
 */
function unlistedHolderStart(view: TokenView, first: number, end: number): number {
  const holder = lastTwoWordsStart(view, first, end);
  if (holder <= first || !isUnlistedHolderName(view, holder, end) || gazetteer().byKey.has(keyOf(view, first, end))) return -1;
  return isWholeBody(view, first, holder) ? holder : -1;
}

/** Where the last two words of the run start (a hyphened word is one: "Choi Sang-mok"), or -1. */
function lastTwoWordsStart(view: TokenView, first: number, end: number): number {
  let words = 0;
  for (let k = end - 1; k >= first; k--) {
    if (view.kind(k) === TokenKind.Word && (k === first || view.spaceBefore(k)) && ++words === 2) return k;
    if (view.kind(k) !== TokenKind.Word && view.kind(k) !== TokenKind.Hyphen) return -1;
  }
  return -1;
}

/** Two capitalised words from `k`: no head word, no title, and no dictionary word but a listed surname closing them. */
function isUnlistedHolderName(view: TokenView, k: number, end: number): boolean {
  for (let i = k; i < end; i++) {
    if (view.kind(i) === TokenKind.Hyphen) continue;
    const word = view.lower(i);
    const opensWord = i === k || view.spaceBefore(i);
    if (opensWord && !view.isCapitalized(i)) return false;
    if (HEAD_WORDS.has(word) || view.hasClass(i, WordClass.Title) || (isCommonWord(word) && !(i === end - 1 && i > k && isListedSurname(word)))) return false;
  }
  return true;
}

/** A body's whole name from `first` to `end`: known, closed by an organization's head word (or its "of" and a place), or one word no dictionary holds. */
function isWholeBody(view: TokenView, first: number, end: number): boolean {
  if (gazetteer().byKey.get(keyOf(view, first, end))?.type === 'organization') return true;
  if (end - first === 1) return view.kind(first) === TokenKind.Word && !isCommonWord(view.lower(first)) && !isGivenName(view.lower(first));
  const head = end >= first + 3 && view.lower(end - 2) === 'of' && gazetteer().byKey.get(view.key(end - 1))?.type === 'place' ? end - 3 : end - 1;
  return head > first && HEAD_WORDS.get(view.lower(head)) === 'organization';
}

function isCapitalizedTitle(view: TokenView, i: number): boolean {
  return view.hasClass(i, WordClass.Title) && view.isCapitalized(i);
}

/** A body's name the lists know, or a vessel's prefix and a word: "Morgan Stanley", "HMS Duncan". */
function isCompleteBody(view: TokenView, first: number, end: number): boolean {
  return gazetteer().byKey.has(keyOf(view, first, end)) || (namesAVessel(view, first) && end - first >= 2);
}

/** A person's name from `k` to `end`: two to four capitalised words or initials, a given name first, no head word or dictionary word but a surname last ("Tom Brown"). */
function isHolderName(view: TokenView, k: number, end: number): boolean {
  // A given name that is a word too, before a name: "Minister of National Defence Bill Blair", "HMS Kent Commander Matt Millyard".
  if (end - k < 2 || end - k > 5 || !view.isCapitalized(k) || !isGivenName(view.lower(k), true)) return false;
  const last = withoutGenerationSuffix(view, k, end) - 1;
  if (last <= k || view.kind(last) !== TokenKind.Word) return false;
  for (let i = k + 1; i < end; i++) {
    const word = view.lower(i);
    if (view.isChar(i, '.')) continue;
    if (view.kind(i) !== TokenKind.Word || HEAD_WORDS.has(word) || view.hasClass(i, WordClass.Title) || (isCommonWord(word) && !isGivenName(word, true) && !NAME_PARTICLES.has(word) && !(i === last && isListedSurname(word)))) return false;
  }
  return true;
}
