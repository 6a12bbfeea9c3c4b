import { TokenKind } from '../../text/tokenize.js';
import { gazetteer, opensGazetteerKey, opensLongerGazetteerKey, isAmericanState, isRegion } from '../gazetteer.js';
import { ABOARD_WORDS, isTitleWord, isGivenName, isListedSurname, PRECEDING_TYPE_CUES, WordClass } from '../lexicon.js';
import { isVesselPrefixAt } from '../nameRuns/connectorSteps.js';
import type { TokenView } from '../tokenView.js';

/** One name cut out of a run, with what the run said about it. */
export interface NamePart {
  first: number;
  end: number;
  /** A title before the name inside the run ("German Chancellor"): a person's description. */
  title: string | null;
  /** Where that title starts. */
  titleFirst: number | null;
  /** The part begins its sentence, where capitals prove nothing. */
  sentenceInitial: boolean;
  /** Its first word is a common word that may only open the sentence ("Losing" in "Losing Pokrovsk"). */
  initialCommonWord: boolean;
  hyphenSuffix: string | null;
}

/** The possessive of "King's College" or "Workers' Party" at token i, written against the word before it. */
export function isPossessiveInRun(view: TokenView, i: number): boolean {
  const kind = view.kind(i);
  return (kind === TokenKind.Possessive || kind === TokenKind.Apostrophe) && view.adjacent(i - 1);
}

/**
 * "the carrier Admiral Kuznetsov", "the cruise ship Queen Mary 2", "His yacht, the Lady Maura,", "aboard the Admiral Nakhimov": a
 * ship named after someone keeps the title of its name, which names no office (it was cut, and the
 * rest was a person "Kuznetsov", "Mary 2").
 */
export function namesAVessel(view: TokenView, first: number): boolean {
  // "HMS Prince of Wales", "HMS King George V": a vessel's prefix in capitals opens the name.
  if (isVesselPrefixAt(view, first)) return true;
  const the = first >= 2 && view.lower(first - 1) === 'the';
  // "Sailors aboard the Admiral Nakhimov cheered".
  if (the && view.isLowerWord(first - 2) && ABOARD_WORDS.has(view.lower(first - 2))) return true;
  const noun = the && first >= 3 && view.isChar(first - 2, ',') ? first - 3 : first - 1;
  return noun >= 0 && view.isLowerWord(noun) && PRECEDING_TYPE_CUES.get(view.lower(noun)) === 'vessel';
}

/** A part of a run, made whole (a spread of one part into another cost a generic object copy per name). */
export function part(
  first: number,
  end: number,
  title: string | null,
  sentenceInitial: boolean,
  hyphenSuffix: string | null,
  titleFirst: number | null = null,
  initialCommonWord = false,
): NamePart {
  return { first, end, title, titleFirst, sentenceInitial, initialCommonWord, hyphenSuffix };
}

/**
 * A copy of a part with some of its fields changed. Every part is made with its fields in
 * NamePart's order, here and in `part`, so that all have one hidden class: an object spread
 * (`{ ...part, first }`) gave its copies another, and the functions reading parts were
 * deoptimized each time a file first brought them one ("Losing Pokrovsk" cut to "Pokrovsk").
 */
export function changedPart(p: NamePart, changes: Partial<NamePart>): NamePart {
  const copy: NamePart = { first: p.first, end: p.end, title: p.title, titleFirst: p.titleFirst, sentenceInitial: p.sentenceInitial, initialCommonWord: p.initialCommonWord, hyphenSuffix: p.hyphenSuffix };
  return Object.assign(copy, changes);
}

export function keyOf(view: TokenView, first: number, end: number): string {
  return view.keyOf(first, end);
}

export function knownPrefixEnd(view: TokenView, first: number, end: number): number {
  // Most runs open with a word no gazetteer key opens ("Vladimir Putin"): then no prefix is keyed.
  if (end <= first || (view.opensKeys(first) && !opensGazetteerKey(view.key(first)))) return 0;
  const known = gazetteer().byKey;
  // No known name is longer than the longest in the gazetteer: a long run costs no more than a short one.
  // Read from the shortest prefix on, and stop where no key goes on: "United States Secretary of
  // State John Kerry" is keyed to "united states secretary" and no further. A prefix whose key
  // is empty (a hyphen alone) or is known goes on, since the next token may add nothing to it.
  let longest = 0;
  const last = Math.min(end, first + maxGazetteerTokens());
  for (let e = first + 1; e <= last; e++) {
    const key = keyOf(view, first, e);
    // "the Dublin–Holyhead crossing": a hyphen or a dash after the known name is no part of it (it
    // was "Dublin–", its key the city's).
    if (known.has(key)) longest = isJoiningMark(view, e - 1) || isStateOfTitle(view, e) ? longest : e;
    else if (key !== '' && !opensLongerGazetteerKey(key)) break;
  }
  return longest;
}

/** The words from `first` to `state` ("State") name a federal state: words no dictionary holds, or a region the lists know, no American state's. */
export function namesFederalState(view: TokenView, first: number, state: number): boolean {
  const place = keyOf(view, first, state);
  return !isAmericanState(place) && (noDictionaryWords(view, first, state) || isRegion(place));
}

/**
 * "Ohio State Treasurer Robert Sprague", "Iowa State Senator …": a known name closing with "State"
 * ("Ohio State", the university) before a title word gives its "State" to the title; the place
 * before it is the prefix.
 */
function isStateOfTitle(view: TokenView, e: number): boolean {
  return e < view.count && view.lower(e - 1) === 'state' && view.isCapitalized(e) && isTitleWord(view.lower(e));
}

function isJoiningMark(view: TokenView, i: number): boolean {
  return view.kind(i) === TokenKind.Hyphen || view.isChar(i, '–');
}

let longestKnown = 0;

/** The most tokens any gazetteer name has (with its hyphens and periods, as keys are read). */
function maxGazetteerTokens(): number {
  if (!longestKnown) {
    for (const key of gazetteer().byKey.keys()) longestKnown = Math.max(longestKnown, key.split(' ').length);
    // Hyphens and periods are tokens in the text but not words of the key.
    longestKnown = longestKnown * 2 + 2;
  }
  return longestKnown;
}

export function isDemonymAt(view: TokenView, i: number, end: number): number {
  const demonyms = gazetteer().demonyms;
  if (i + 1 < end && demonyms.has(keyOf(view, i, i + 2))) return 2; // "South Korean"
  return demonyms.has(view.key(i)) ? 1 : 0;
}

export function isDemonymSpan(view: TokenView, first: number, end: number): boolean {
  let i = first;
  while (i < end) {
    const n = isDemonymAt(view, i, end);
    if (n === 0) return false;
    i += n;
  }
  return true;
}

/**
 * "Tourism Minister Ahmed Issa": a field the dictionary lacks ("-ism", "-ation", "-ology", "-ics")
 * is the title's portfolio, no place's or firm's name before it ("Tourism" was other); "Bekasi
 * Mayor Tri Adhianto" keeps its city.
 */
function isPortfolioWord(lower: string): boolean {
  return /(?:ism|ation|ology|ics)$/.test(lower) && !isGivenName(lower, true) && !isListedSurname(lower);
}

/** Capitalised words no dictionary holds, no title's or portfolio's: "Bekasi", "Harbourline" (a name before a title, capitals or not). */
export function noDictionaryWords(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.hasClass(i, WordClass.Common) || view.hasClass(i, WordClass.Title) || isPortfolioWord(view.lower(i))) return false;
  return true;
}

export const AGENT_NOUN = /(?:ist|ian|er|or)$/;

export function spaceWords(view: TokenView, first: number, end: number): number {
  let words = 1;
  for (let i = first + 1; i < end; i++) if (view.spaceBefore(i)) words++;
  return words;
}

/**
 * Words of parties, creeds and the Games that are also given names or common words, or that no
 * demonym list holds, so not demonyms ("Christian Bale", "Olympic Stadium", "Islamic State").
 */
export const GROUP_ADJECTIVES = new Set([
  'christian', 'republican', 'democrat', 'democratic', 'libertarian', 'conservative', 'liberal', 'socialist', 'communist', 'marxist', 'evangelical', 'orthodox', 'olympic', 'paralympic',
  'islamic', 'catholic', 'protestant', 'anglican', 'lutheran', 'methodist', 'presbyterian', 'pentecostal', 'coptic', 'hindu', 'buddhist', 'jewish', 'sikh', 'muslim', 'sunni', 'shiite', 'shia',
]);
