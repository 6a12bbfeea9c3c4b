import { isKnownPlace } from './gazetteer.js';
import { isGivenName, isSurname } from './lexicon.js';
import type { TokenView } from './tokenView.js';

/** Verbs whose object, in business news, is the company bought. */
const ACQUIRING_VERBS = new Set(['buy', 'buys', 'bought', 'buying', 'acquire', 'acquires', 'acquired', 'acquiring']);

/** Nouns of a deal before the "of" of what it takes over: "its takeover of Figma". */
const TAKEOVER_NOUNS = new Set(['takeover', 'acquisition', 'buyout', 'purchase']);

/** Nouns and verbs of a merger before the "with" of the other company: "its merger with Pioneer". */
const MERGER_WORDS = new Set(['merger', 'merge', 'merges', 'merged', 'merging']);

/**
 * Words of a sentence that make a purchase a company's, not a club's signing of a player ("Bayern
 * bought Kane for £100m"): a sum in billions, shares, a valuation, regulators.
 */
const CORPORATE_DEAL_WORDS = new Set([
  'billion', 'billions', 'trillion', 'bn', 'shares', 'shareholders', 'stock', 'all-stock', 'all-cash', 'valued', 'valuing', 'valuation',
  'regulators', 'antitrust', 'startup', 'start-up',
]);

/** The word before [first, end) introduces what a deal buys: "to buy", "acquired", "takeover of", "merger with". */
function followsAcquisition(view: TokenView, first: number, sentenceFirst: number): boolean {
  const before = first - 1;
  if (before < sentenceFirst || !view.isLowerWord(before)) return false;
  const word = view.lower(before);
  if (ACQUIRING_VERBS.has(word)) return true;
  if (before - 1 < sentenceFirst || !view.isLowerWord(before - 1)) return false;
  return (word === 'of' && TAKEOVER_NOUNS.has(view.lower(before - 1))) || (word === 'with' && MERGER_WORDS.has(view.lower(before - 1)));
}

/** A word of CORPORATE_DEAL_WORDS in the sentence, or a sum written "32bn". */
function holdsCorporateDealWord(view: TokenView, sentenceFirst: number, sentenceEnd: number): boolean {
  for (let k = sentenceFirst; k < sentenceEnd; k++) {
    const lower = view.lower(k);
    if (CORPORATE_DEAL_WORDS.has(lower) || /^\d[\d.,]*bn$/.test(lower)) return true;
  }
  return false;
}

/**
 * "Microsoft agreed to buy Activision Blizzard for $69 billion" (a person), "Google will acquire Wiz
 * for $32 billion" (dropped), "its takeover of Figma after regulators objected" (other): what a deal
 * buys, in a sentence of billions, shares or regulators, is a company. Not a name that opens with a
 * given name or is a lone surname, a player's ("Bayern bought Harry Kane", "the Yankees acquired
 * Soto"), nor a place the lists know ("buy Greenland").
 */
export function isCompanyBought(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (!followsAcquisition(view, first, sentenceFirst)) return false;
  const firstLower = view.lower(first);
  if (isGivenName(firstLower) || (end - first === 1 && isSurname(firstLower)) || isKnownPlace(view.keyOf(first, end))) return false;
  return holdsCorporateDealWord(view, sentenceFirst, sentenceEnd);
}
