import { TokenKind } from '../../text/tokenize.js';
import { addEvidence, WEIGHT, type Evidence } from '../evidence.js';
import { gazetteer, isKnownPlace, isPlaceAndCompassPoints } from '../gazetteer.js';
import {
  ORDINAL_UNIT_HEADS,
  CLUB_ABBREVIATIONS,
  FOREIGN_ORGANIZATION_HEADS,
  HEAD_WORDS,
  COMPASS,
  isCommonWord,
  isGivenName,
  LEGAL_PREFIXES,
  isListedSurname,
  CLOSING_ONLY_HEADS,
  FOREIGN_COMPASS,
  COMPASS_CONNECTORS,
  VESSEL_PREFIXES,
  ROLE_NOUNS,
  UTILITY_SUPPLIES,
} from '../lexicon.js';
import { ORDINAL_FIGURES, isBillsNumber } from '../nameRuns/runWords.js';
import { holdsCapitalisedPreposition } from '../nameRuns/wordSteps.js';
import { isInitialsPairAfterTitle } from '../nameRuns/nameTokens.js';
import type { TokenView } from '../tokenView.js';
import type { NameWords } from './nameWords.js';
import { isPossessiveBefore } from './contextWords.js';

/** "Elders' Forum": a plural's bare apostrophe, which the tokenizer keeps apart from "'s". */
function isPluralPossessiveBefore(view: TokenView, k: number): boolean {
  return k >= 2 && view.kind(k - 1) === TokenKind.Apostrophe && view.adjacent(k - 2) && view.spaceBefore(k) && view.lower(k - 2).endsWith('s');
}

const DECORATION_COLOURS = new Set(['bronze', 'silver', 'gold', 'purple']);
const DECORATION_SHAPES = new Set(['star', 'heart']);

/** A vessel's prefix as navies write it: in capitals, or with one small letter inside ("HNoMS Roald Amundsen" was a person). */
function isWrittenAsPrefix(raw: string): boolean {
  return /^[A-Z]+$/.test(raw) || /^[A-Z]{2,}[a-z][A-Z]+$/.test(raw);
}

/**
 * "the Coast Guard Cutter Munro", "Coast Guard Cutter Blackfin": a vessel's kind, capitalised inside
 * the name, right before its one-word name (they were a body and other; "Coast Guard" is its
 * service, and "Cutter" no body's head).
 */
function isVesselKindBeforeItsName(view: TokenView, first: number, lastWord: number): boolean {
  const kind = lastWord - 1;
  return kind > first && VESSEL_KINDS.has(view.lower(kind)) && view.isCapitalized(kind) && view.isCapitalized(lastWord) && !HEAD_WORDS.has(view.lower(lastWord)) && !view.isAllCaps(kind);
}

const VESSEL_KINDS = new Set(['cutter', 'frigate', 'destroyer', 'corvette', 'submarine', 'icebreaker']);

/**
 * "High-speed craft Flying Dolphin Erato (IMO 8861448)", "RoRo Dada Star (IMO 7501613)": a ship's
 * registry number in brackets right after a name makes it a vessel (they were other).
 */
function isImoNumberAfter(view: TokenView, end: number): boolean {
  return view.isChar(end, '(') && view.lower(end + 1) === 'imo' && /^\d{7}$/.test(view.raw(end + 2)) && view.isChar(end + 3, ')');
}

/** What the head word, a vessel's prefix, an event's opening and other closing words say. */
export function addHeadWordEvidence(view: TokenView, name: NameWords, evidence: Evidence): void {
  const { first, end, length, firstLower, lastWord, lastLower, head, event } = name;
  // "Justice KM Joseph": a judge's initials, though "KM" opens Indonesia's ships ("the KM Sinar Bahari").
  if (length >= 2 && VESSEL_PREFIXES.has(firstLower) && isWrittenAsPrefix(view.raw(first)) && !isInitialsPairAfterTitle(view, first)) addEvidence(evidence, 'vessel', WEIGHT.vesselPrefix);
  if (length >= 3 && isVesselKindBeforeItsName(view, first, lastWord)) addEvidence(evidence, 'vessel', WEIGHT.vesselPrefix);
  if (isImoNumberAfter(view, end)) addEvidence(evidence, 'vessel', WEIGHT.vesselPrefix);
  // "the Senate took up SB 53 and AB 5": a bill's letters before its number say a law as its head word "Bill" would (they were organizations, by their letters).
  if (isBillsNumber(view, first, end - 1)) addEvidence(evidence, 'programme', WEIGHT.headWord);
  // "Keen Shoal 2026, a joint exercise": a year closing a name says no place, which has none.
  const datedPlace = head === 'place' && lastWord < end - 1 && /^(?:19|20)\d\d$/.test(view.raw(end - 1));
  const weakHead = lastLower === 'ocean' || (head === 'place' && isForenameAndSurnameHead(view, first, end, lastWord));
  const companysOcean = isCompanysOcean(view, first, lastWord, lastLower);
  // "the Northern Elders' Forum has disassociated itself", "the PDP Governors' Forum": a forum of its
  // members, named in the possessive, is their body; the meeting is "the World Economic Forum" (both were events).
  const membersForum = lastLower === 'forum' && (isPossessiveBefore(view, lastWord) || isPluralPossessiveBefore(view, lastWord));
  const sportsTeam = length >= 2 && !ROLE_NOUNS.has(lastLower) && holdsTeamWord(view, first, lastWord);
  if (membersForum || sportsTeam) addEvidence(evidence, 'organization', WEIGHT.headWord);
  else if (head && !datedPlace && (length >= 2 || !CLOSING_ONLY_HEADS.has(lastLower)) && !companysOcean) addEvidence(evidence, head, weakHead ? WEIGHT.weakHeadWord : WEIGHT.headWord);
  if (companysOcean) addEvidence(evidence, 'organization', WEIGHT.weakHeadWord);
  if (length >= 2 && ORDINAL_UNIT_HEADS.has(lastLower) && ORDINAL_FIGURES.test(view.raw(first))) addEvidence(evidence, 'organization', WEIGHT.headWord);
  if (event && !membersForum) addEvidence(evidence, 'event', WEIGHT.headWord);
  // "the Bronze Star", "a Purple Heart": a medal's metal or colour before "Star" or "Heart" names a
  // decoration (a person and nothing; no honour's head alone: "for Outstanding Guest Star").
  if (length === 2 && DECORATION_COLOURS.has(firstLower) && DECORATION_SHAPES.has(lastLower)) addEvidence(evidence, 'other', WEIGHT.headWord);
  // "Leaders met at COP30", "the COP29 deal": the UN's climate conference by its number (they were bodies).
  // Its number makes it as sure as a list would: "COP30 President Ana Ribeiro" (a body before its holder's
  // title) and "the COP29 presidency" (a person's term) said a body and a person as strongly, and won.
  if (length === 1 && CLIMATE_CONFERENCE.test(view.raw(first))) addEvidence(evidence, 'event', WEIGHT.gazetteer);
  if ((length >= 2 && hasForeignHead(view, first, end)) || closesWithUtilitysPair(view, first, lastWord)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  if (length >= 3 && !head && holdsCapitalisedPreposition(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.weakHeadWord);
  // "AFC Bournemouth", "FC Porto": a club's abbreviation; not before an event's head ("the AFC Championship Game" was a body).
  if (length >= 2 && head !== 'event' && !event && (isClubAbbreviation(view, first) || isClubAbbreviation(view, lastWord))) addEvidence(evidence, 'organization', WEIGHT.headWord);
  // "Mato Grosso do Sul", "Santa Cruz del Norte": a compass word of the place's own language closes a
  // place's name, with its connector or without ("Camarines Sur" and "Ilocos Norte" were persons),
  // though not after a given name ("Marie Nord").
  const closedByCompass = COMPASS_CONNECTORS.has(view.lower(lastWord - 1)) || (view.spaceBefore(lastWord) && view.isCapitalized(lastWord) && !view.isAllCaps(lastWord) && !isGivenName(firstLower));
  if (length >= 2 && FOREIGN_COMPASS.has(lastLower) && closedByCompass) {
    addEvidence(evidence, 'place', WEIGHT.headWord);
  }
  // "Sheffield South East": a constituency (a person's by "Sheffield", a given name too).
  if (length >= 2 && COMPASS.has(lastLower) && isPlaceAndCompassPoints(view.keyOf(first, end))) addEvidence(evidence, 'place', WEIGHT.headWord);
  // "Stade de France", "Estadio Azteca": named after a country or a person, but a place.
  if (length >= 2 && LEGAL_PREFIXES.has(firstLower) && view.isAllCaps(first)) addEvidence(evidence, 'organization', WEIGHT.headWord);
}

/**
 * "Florida Power and Light raised rates", "Pacific Gas and Electric": two of what a utility supplies
 * joined by "and" close a company's name (a person, by the census surname "Light").
 */
function closesWithUtilitysPair(view: TokenView, first: number, lastWord: number): boolean {
  return lastWord - 3 >= first && view.lower(lastWord - 1) === 'and' && UTILITY_SUPPLIES.has(view.lower(lastWord)) && UTILITY_SUPPLIES.has(view.lower(lastWord - 2));
}

/**
 * "UAE Team Emirates controlled the stage", "Team Jumbo-Visma", "Team Sky": "Team" capitalised before
 * a name's last word names a sports team, whatever that word says ("Emirates" made it a place); "the
 * Team Manager" is a post.
 */
function holdsTeamWord(view: TokenView, first: number, lastWord: number): boolean {
  for (let i = first; i < lastWord; i++) if (view.isText(i, 'Team')) return true;
  return false;
}

/**
 * "ordered four tankers from South Korea's Hanwha Ocean", "Hanwha Ocean shares rose": "Ocean" after one
 * word no dictionary holds, no list's place or compass word, names a company, no ocean (it was a place);
 * "the Indian Ocean", "the Southern Ocean" and "the Pacific Ocean" are the lists' or the dictionary's.
 */
function isCompanysOcean(view: TokenView, first: number, lastWord: number, lastLower: string): boolean {
  if (lastLower !== 'ocean' || lastWord !== first + 1) return false;
  const word = view.lower(first);
  return !isCommonWord(word) && !isKnownPlace(view.key(first)) && !gazetteer().demonyms.has(view.key(first)) && !gazetteer().byKey.has(view.keyOf(first, lastWord + 1));
}
const CLIMATE_CONFERENCE = /^COP\d{1,2}$/;

/** "FC" of "FC Porto", "VfB" of "VfB Stuttgart": a club's abbreviation in capitals ("As" opening a sentence is none). */
function isClubAbbreviation(view: TokenView, i: number): boolean {
  return view.kind(i) === TokenKind.Word && CLUB_ABBREVIATIONS.has(view.key(i)) && /^(?:[A-Z]{2,4}|[A-Z][a-z][A-Z])$/.test(view.raw(i));
}

/**
 * "Universidad de Chile", "Vrije Universiteit Amsterdam": a body's head word in another language, wherever it stands;
 * so is French "pour" inside a name, which joins one only after a body's head ("Alliance Nationale pour le
 * Changement" was other; see opensWithBodysHead in nameRuns.ts).
 */
function hasForeignHead(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.kind(i) === TokenKind.Word && (FOREIGN_ORGANIZATION_HEADS.has(view.key(i)) || ACCENTED_FOREIGN_HEADS.has(view.lower(i)) || (i > first && view.lower(i) === 'pour'))) return true;
  return false;
}

/**
 * "The Fédération Française de Tennis said", "the Confédération Africaine de Football": French heads
 * whose keys, without their accents, are English words that also name places ("Russian Federation",
 * "Federation Square"), so they count by their accented spelling only.
 */
const ACCENTED_FOREIGN_HEADS = new Set(['fédération', 'confédération']);

/**
 * "said Linda Park, who owns a bakery", "Grace Park, a lawyer,": a given name before a place's head
 * word that is a surname too ("Park", "Hill", "Wood") may be a person's name, so the head word says
 * less and the sentence decides ("Protesters gathered in Gorky Park" stays a place).
 */
function isForenameAndSurnameHead(view: TokenView, first: number, end: number, lastWord: number): boolean {
  return lastWord === end - 1 && lastWord === first + 1 && isGivenName(view.lower(first)) && isListedSurname(view.lower(lastWord));
}
