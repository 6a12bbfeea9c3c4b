import { TokenKind } from '../../text/tokenize.js';
import { gazetteer, isCity } from '../gazetteer.js';
import { isListedSurname } from '../lexicon.js';
import { speaksOfAFixture } from '../sportsClubs.js';
import type { TokenView } from '../tokenView.js';
import { wordListEvidence, spaceSeparatedWords } from './nameShapes.js';

/**
 * A one-word party to a case, named in its caption: "Wade" and "Jacobs" in "in Wade v. Jacobs",
 * "Green" in "Green versus United States". Such a party is a person unless the word lists know the
 * name as a place or an organisation ("Kennedy v. Louisiana": Louisiana stays a state), so the
 * "in" before a caption says nothing of a place.
 */
export function isCaseParty(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  // "FTC v. Amazon.com": letters and a web address name bodies, no person (the FTC took its full name with it).
  if (view.isAllCaps(first) || (end - first >= 3 && view.kind(end - 2) === TokenKind.Period)) return false;
  if (!inCaseCaption(view, first, end, sentenceFirst, sentenceEnd) || spaceSeparatedWords(view, first, end) !== 1) return false;
  // "In State v. Meharry", "People v. Turner", "R v Jogee" (the Crown): the prosecuting state, no person.
  if (SOVEREIGN_PARTIES.has(view.key(first))) return false;
  const key = view.keyOf(first, end);
  return wordListEvidence(key).length === 0 || isSurnameOfCityOnly(key);
}

/**
 * "Rivera v. Chatterly Inc.", "Hernandez v. Mesa": a surname of the census's lists that only the list
 * of cities holds too names the person who went to court ("Rivera", a town in Uruguay, and "Mesa", a
 * city in Arizona, were places); a name the gazetteer knows stays what it knows ("Kennedy v. Louisiana").
 */
function isSurnameOfCityOnly(key: string): boolean {
  return isListedSurname(key) && !gazetteer().byKey.has(key) && isCity(key);
}

const SOVEREIGN_PARTIES = new Set(['state', 'people', 'commonwealth', 'crown', 'government', 'republic', 'union', 'nation']);

/**
 * A capitalised word before "v." and the name [first, end) after it, or the name before it and a
 * capitalised word after. A bare "v" or "vs" is a caption's in a sentence of a court's words ("In
 * Smith v Jones, decided on Monday, the appeal court said": Smith was a place), as British courts
 * and papers write it; elsewhere it is a fixture's ("Everton v Burnley kicks off at 3pm", sidesAVersus).
 */
function inCaseCaption(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  const after = afterVersus(view, end);
  if (after > 0 && after < sentenceEnd && view.isCapitalized(after)) return isCaptionsVersus(view, end, sentenceFirst, sentenceEnd);
  if (first - 2 < sentenceFirst) return false;
  if (afterVersus(view, first - 1) === first) return view.isCapitalized(first - 2) && isCaptionsVersus(view, first - 1, sentenceFirst, sentenceEnd);
  return first - 3 >= sentenceFirst && afterVersus(view, first - 2) === first && view.isCapitalized(first - 3) && isCaptionsVersus(view, first - 2, sentenceFirst, sentenceEnd);
}

/** Where the party after "v", "vs" or "versus" at token k (and its period) starts, or -1 when k is none of them. */
function afterVersus(view: TokenView, k: number): number {
  if (!view.isLowerWord(k)) return -1;
  const word = view.lower(k);
  if (word === 'versus') return k + 1;
  if (word !== 'v' && word !== 'vs') return -1;
  return view.kind(k + 1) === TokenKind.Period ? k + 2 : k + 1;
}

/** "versus", "v." or "vs." at token k; a bare "v" or "vs" only in a sentence of a court's words and no match's ("decided by a late goal"). */
function isCaptionsVersus(view: TokenView, k: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (view.lower(k) === 'versus' || view.kind(k + 1) === TokenKind.Period) return true;
  return holdsCourtWord(view, sentenceFirst, sentenceEnd) && !speaksOfAFixture(view, sentenceFirst, sentenceEnd);
}

/** One of a court's words in the sentence, capitalised too ("the High Court heard", "decided on Monday", "the justices said"). */
function holdsCourtWord(view: TokenView, sentenceFirst: number, sentenceEnd: number): boolean {
  for (let i = sentenceFirst; i < sentenceEnd; i++) if (view.isWord(i) && COURT_WORDS.has(view.lower(i))) return true;
  return false;
}

const COURT_WORDS = new Set(['court', 'courts', 'judge', 'judges', 'justice', 'justices', 'ruling', 'ruled', 'judgment', 'judgement', 'decided', 'appeal', 'lawyers', 'case', 'trial', 'jury', 'tribunal', 'claimant', 'defendant', 'precedent']);
