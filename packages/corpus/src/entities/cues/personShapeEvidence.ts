import { TokenKind } from '../../text/tokenize.js';
import { addEvidence, saysNothing, WEIGHT, type Evidence } from '../evidence.js';
import { gazetteer, isCity, isKnownPlace } from '../gazetteer.js';
import {
  FOLLOWING_TYPE_CUES,
  HEAD_WORDS,
  COMPASS,
  isCommonWord,
  isGivenName,
  isListedSurname,
  isSurname,
  LANDFORM_OPENERS,
  NAME_HONORIFICS,
  NAME_PARTICLES,
  PEERAGE_TITLES,
  REGNAL_TITLES,
  SLAVIC_SURNAME_ENDING,
  WordClass,
} from '../lexicon.js';
import type { TokenView } from '../tokenView.js';
import type { NameWords } from './nameWords.js';
import { opensWithForename, opensWithInitials, looksLikePersonName, spaceSeparatedWords } from './nameShapes.js';
import { isPossessor, isTeamName, isCamelCase } from './contextWords.js';

/** A forename, a ruler's or a peer's title, initials, a regnal numeral: a person's. */
export function addRulerOrForenameEvidence(view: TokenView, name: NameWords, evidence: Evidence): void {
  const { first, end, length, firstLower, lastWord, head, event } = name;
  // "Min Lian Yu 6038" is a boat, "Audi A3" a car: a name closed by a serial number or a model's code is
  // no person's, whatever its first word. Not before a head word: "Evin Prison", "Grace Hospital" are no one's.
  // Nor a team's: "Red Sox" opens with a given name.
  if (length >= 2 && !head && !event && !isCityNotPersonsName(view, first, end, lastWord) && !isNumberedFlight(view, first, end) && opensWithForename(view, first, end, firstLower) && !isTeamName(view, first, lastWord)) addEvidence(evidence, 'person', WEIGHT.givenName);
  // "Empress Jingū", "Tsar Peter the Great", "Lord Diplock": a ruler's or a peer's title kept in the
  // name makes it a person's; not before a head word: "Emperor Norton Bridge", "King Fahd Causeway",
  // "Lady Margaret Hall" are named after one; nor before a number, as a ship's name is: "Queen Mary 2"
  // (a ruler's is a numeral, "Henry VIII").
  // A title that is a given name too is a title only before a given name: "Kaiser Wilhelm", not "Kaiser Permanente".
  const titleOfName = !isGivenName(firstLower) || isGivenName(view.key(first + 1));
  if (length >= 2 && (REGNAL_TITLES.has(firstLower) || PEERAGE_TITLES.has(firstLower)) && titleOfName && !head && !isPossessor(view, first + 1) && !view.hasDigit(end - 1)) addEvidence(evidence, 'person', WEIGHT.title);
  // "Sheikh Hasina": an honorific kept as a name's first word says person as a forename does; a place's
  // noun after it outweighs it ("Aleppo's Sheikh Maqsoud district").
  if (length >= 2 && NAME_HONORIFICS.has(firstLower) && !head && !event) addEvidence(evidence, 'person', WEIGHT.givenName);
  // "W. W. Rouse Ball", "R. T. Ponce": initials before a name are a person's.
  // Not before a head word: "the D. Y. Patil Stadium" is named after one.
  if (opensWithInitials(view, first, end) && (!head || head === 'person')) addEvidence(evidence, 'person', WEIGHT.givenName);
  if (isRulerWithNumeral(view, first, end) || isSonsNumeralAfterFullName(view, name)) addEvidence(evidence, 'person', WEIGHT.givenName);
}

/**
 * "Martin Luther King III", "Hubert Bleakley II": a given name, more names and a son's numeral are a
 * person's (the first was "III" alone, the title "King" cut off before it). Not before a head word:
 * "Henry Ford Hospital II".
 */
function isSonsNumeralAfterFullName(view: TokenView, name: NameWords): boolean {
  const { end, length, firstLower, head, event } = name;
  return length >= 3 && !event && (!head || head === 'person') && isGivenName(firstLower, true) && view.spaceBefore(end - 1) && SONS_NUMERALS.has(view.raw(end - 1));
}

const SONS_NUMERALS = new Set(['II', 'III', 'IV']);

/** A case party, a lone given name or surname, a product's code, a person's shape; the gazetteer last, and a word and a surname when nothing else spoke. */
export function addPersonShapeEvidence(view: TokenView, name: NameWords, evidence: Evidence): void {
  const { first, end, length, firstLower, lastWord, event } = name;
  // "Petitioner argues", "the Respondent": a party's role in a case, capitalised as a name, is a person's.
  if (length === 1 && CASE_PARTY_ROLES.has(firstLower)) addEvidence(evidence, 'person', WEIGHT.caseParty);
  // "Rebecca called me": a given name alone is someone's, unless the city list or a preposition says otherwise.
  if (length === 1 && isGivenName(firstLower) && !view.isAllCaps(first) && !isCity(firstLower)) addEvidence(evidence, 'person', WEIGHT.loneGivenName);
  if (isProductCode(view, first, end)) addEvidence(evidence, 'product', WEIGHT.productShape);
  if (!event && looksLikePersonName(view, first, end, firstLower)) addEvidence(evidence, 'person', WEIGHT.personShape);
  if (length === 1 && view.isCapitalized(first) && !view.isAllCaps(first) && (isSurname(firstLower) || (hasSurnameSuffix(firstLower) && !isCamelCase(view, first))) && !isCity(firstLower)) {
    addEvidence(evidence, 'person', WEIGHT.surname);
  }
  if (length >= 2 && !isGivenName(firstLower) && closesWithSurnameAfterForename(view, first, lastWord)) addEvidence(evidence, 'person', WEIGHT.givenName);
  if (isSurnameAndHyphenedSyllables(view, first, end)) addEvidence(evidence, 'person', WEIGHT.givenName);
  const known = gazetteer().byKey.get(view.key(first));
  if (length === 1 && known) addEvidence(evidence, known.type, WEIGHT.gazetteer);
  // "Pep Guardiola's team are third": a name that says nothing else, of a word and a census surname, is a person's.
  if (length === 2 && !known && isWordBeforeSurname(view, first) && saysNothing(evidence)) addEvidence(evidence, 'person', WEIGHT.personShape);
}

/**
 * A capitalised dictionary word, no head's, landform's, compass point's or particle's, then a surname
 * of the census that is no word: "Pep Guardiola", "Magic Johnson" ("Fort Bragg" opens with a landform's word).
 */
function isWordBeforeSurname(view: TokenView, first: number): boolean {
  if (!view.isCapitalized(first) || view.isAllCaps(first) || !view.spaceBefore(first + 1) || !view.isCapitalized(first + 1) || view.isAllCaps(first + 1)) return false;
  const word = view.key(first);
  if (!isCommonWord(word) || HEAD_WORDS.has(word) || LANDFORM_OPENERS.has(word) || COMPASS.has(word) || NAME_PARTICLES.has(word)) return false;
  return isSurname(view.key(first + 1));
}

/**
 * "Park Geun-hye", "Moon Jae-in", "Lai Ching-te": a listed surname, then a given name of two
 * syllables joined by a hyphen, the second in lower case, is a Korean or Chinese person's name
 * ("Park", "Moon" and "Lee" are words, so nothing said person and the three were other). Not
 * "New Year-end" (no syllable "year") nor "Ras El-Hekma" (a capital after the hyphen).
 */
function isSurnameAndHyphenedSyllables(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 4 || view.kind(first + 2) !== TokenKind.Hyphen || !view.adjacent(first + 1) || !view.adjacent(first + 2)) return false;
  if (!view.isCapitalized(first) || view.isAllCaps(first) || !isListedSurname(view.lower(first)) || view.length(first) > 6) return false;
  if (!view.isCapitalized(first + 1) || view.isAllCaps(first + 1) || !view.isLowerWord(first + 3)) return false;
  return ROMANISED_SYLLABLE.test(view.lower(first + 1)) && ROMANISED_SYLLABLE.test(view.lower(first + 3));
}

/** One syllable as Korean and Chinese names are romanised: "geun", "hye", "jae", "in", "chung", "wha", "shek". */
const ROMANISED_SYLLABLE = /^[b-df-hj-np-tv-z]{0,2}[aeiouwy]{1,3}(?:ng|n|m|l|k|p|t)?$/;

/**
 * "She lives in Des Moines": a city of the list whose last word no name list holds is no one's
 * name, though its first word is a given name ("Des"). "Warner Robins" may be either. Nor is one
 * holding a lower-case word that no person's name holds ("Dar es Salaam"; "Rio de Janeiro" holds a particle).
 */
function isCityNotPersonsName(view: TokenView, first: number, end: number, lastWord: number): boolean {
  const last = view.lower(lastWord);
  if (!isCity(view.keyOf(first, end))) return false;
  // "Santiago de Cuba", "Santiago de Chile": a city of the list closed by a country's name (a census surname too).
  return (!isSurname(last) && !isGivenName(last, true)) || holdsNonParticleWord(view, first, lastWord) || gazetteer().byKey.get(view.key(lastWord))?.type === 'place';
}

/** A lower-case word between first and lastWord that is no particle of a person's name: the "es" of "Dar es Salaam". */
function holdsNonParticleWord(view: TokenView, first: number, lastWord: number): boolean {
  for (let i = first + 1; i < lastWord; i++) if (view.isLowerWord(i) && !view.hasClass(i, WordClass.NameParticle)) return true;
  return false;
}

const CASE_PARTY_ROLES = new Set([
  'petitioner', 'petitioners', 'respondent', 'respondents', 'appellant', 'appellants', 'appellee', 'appellees',
  'plaintiff', 'plaintiffs', 'defendant', 'defendants', 'claimant', 'claimants',
  // "Now, Defense on appeal says": the defendant's counsel, capitalised as a party ("defense" is a dictionary word).
  'defense', 'defence', 'counsel',
]);

/**
 * "Ramses II", "Amenhotep III", "Tiglath-Pileser III": a ruler's one name and a Roman numeral are a
 * person's, though no list holds the name ("a statue of Ramses II" was other). Not a place's
 * ("Vatican II", a council) nor a dictionary word's ("World War II", "Rocky II" keep their cues).
 */
function isRulerWithNumeral(view: TokenView, first: number, end: number): boolean {
  const numeral = end - 1;
  if (numeral - first < 1 || !view.spaceBefore(numeral) || !REGNAL_NUMERAL.test(view.raw(numeral))) return false;
  for (let i = first; i < numeral; i++) {
    if (view.kind(i) === TokenKind.Hyphen) continue;
    if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i) || view.hasClass(i, WordClass.Common) || view.hasClass(i, WordClass.Head)) return false;
  }
  return spaceSeparatedWords(view, first, numeral) === 1 && !isKnownPlace(view.keyOf(first, numeral)) && !isFlightNamed(view, first, end);
}

/** "its Artemis II mission": a name, its Roman numeral and a word of space flight after them (Artemis is a given name too). */
function isNumberedFlight(view: TokenView, first: number, end: number): boolean {
  return end - first >= 2 && REGNAL_NUMERAL.test(view.raw(end - 1)) && isFlightNamed(view, first, end);
}

/**
 * "its Artemis II mission", "the Artemis II crew", "Gemini IV astronauts": a word of space flight
 * after the name and its numeral makes it a mission's, no ruler's ("a statue of Ramses II was found");
 * so does one before "of" ("the launch of Artemis II") or in the clause a comma opens after it
 * ("Artemis II, its first crewed flight", "Artemis III, which is meant to land astronauts"), where
 * "Artemis II" and "Artemis III" were rulers, people.
 */
function isFlightNamed(view: TokenView, first: number, after: number): boolean {
  if (isFlightWordBeforeOf(view, first) || isFlightWordInClauseAfterComma(view, after)) return true;
  if (after >= view.count || !view.isLowerWord(after)) return false;
  const word = view.lower(after);
  return FLIGHT_WORDS.has(word) || FOLLOWING_TYPE_CUES.get(word) === 'product' || isFlightWordSoonAfter(view, after);
}

/** "the launch of Artemis II", "the crew of Apollo XIII": a word of space flight, then "of", before the name. */
function isFlightWordBeforeOf(view: TokenView, first: number): boolean {
  return first >= 2 && view.isLowerWord(first - 1) && view.lower(first - 1) === 'of' && view.isLowerWord(first - 2) && FLIGHT_WORDS.has(view.lower(first - 2));
}

/**
 * "Artemis II, its first crewed flight", "Artemis III, which is meant to put two astronauts": a word
 * of space flight among the eight lower-case words of an apposition or a relative clause after the
 * name's comma. Not "Ramses II, who sent his army".
 */
function isFlightWordInClauseAfterComma(view: TokenView, after: number): boolean {
  if (after >= view.count || view.raw(after) !== ',') return false;
  for (let i = after + 1; i <= after + 8 && i < view.count && view.isLowerWord(i); i++) if (FLIGHT_WORDS.has(view.lower(i))) return true;
  return false;
}

/**
 * "Artemis III will land astronauts near the pole", "Apollo XI carried a crew": a word of space
 * flight among the four lower-case words after the numeral ("Artemis III" was a ruler, a person).
 * Not "Ramses II sent his army".
 */
function isFlightWordSoonAfter(view: TokenView, after: number): boolean {
  for (let i = after + 1; i <= after + 3 && i < view.count && view.isLowerWord(i); i++) if (FLIGHT_WORDS.has(view.lower(i))) return true;
  return false;
}

const FLIGHT_WORDS = new Set(['mission', 'missions', 'crew', 'crews', 'flight', 'flights', 'launch', 'launches', 'astronaut', 'astronauts', 'spaceflight', 'splashdown', 'liftoff']);

/** II to XXXIX: a numeral of two letters or more ("V" and "X" are letters as often). */
const REGNAL_NUMERAL = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/** "F-35", "Su-57", "KN-23": letters, a hyphen and digits. */
function isProductCode(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i + 2 < end; i++) {
    if (view.kind(i + 1) === TokenKind.Hyphen && view.hasDigit(i + 2) && view.length(i) <= 10) return true;
  }
  return false;
}

function hasSurnameSuffix(lower: string): boolean {
  return SLAVIC_SURNAME_ENDING.test(lower) && !isCommonWord(lower);
}

/**
 * "Will Middlebrooks", "Brook Taylor", "O.J. Simpson": a forename that is also a word, or initials,
 * then a surname of the census that is no word. "U.S. Navy" and "Grace Church" close with words.
 */
function closesWithSurnameAfterForename(view: TokenView, first: number, lastWord: number): boolean {
  if (!isSurname(view.key(lastWord)) || !view.isCapitalized(lastWord) || view.isAllCaps(lastWord)) return false;
  // "North America": a compass word is no forename ("Georgia Smith" may be one).
  if (view.hasClass(first, WordClass.Compass)) return false;
  // Not a particle: "El Alto" is a city.
  if (isGivenName(view.lower(first), true) && !view.hasClass(first, WordClass.NameParticle) && spaceSeparatedWords(view, first, lastWord + 1) === 2) return true;
  let i = first;
  while (i < lastWord && (view.kind(i) === TokenKind.Initialism || (view.length(i) === 1 && view.isCapitalized(i)) || view.kind(i) === TokenKind.Period)) i++;
  return i > first && i === lastWord;
}
