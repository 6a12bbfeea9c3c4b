import { TokenKind } from '../../text/tokenize.js';
import { WEIGHT } from '../evidence.js';
import { gazetteer, isCity, isKnownPlace, isPlaceNotPersonName, isRegion } from '../gazetteer.js';
import type { EntityType } from '../types.js';
import {
  HEAD_WORDS,
  COMPASS,
  isCommonWord,
  isGivenName,
  isListedSurname,
  isFrequentSurname,
  isSurname,
  PLACE_WORDS,
  FOREIGN_NATIONAL_OPENERS,
  NAME_PARTICLES,
  NICKNAMES,
  opensWithForeignArticle,
  PEERAGE_TITLES,
  REGNAL_TITLES,
  TITLE_WORDS,
  VESSEL_PREFIXES,
  WordClass,
  WORK_NOUNS,
} from '../lexicon.js';
import { TEAM_WORDS } from '../sportsClubs.js';
import { particleWordsIn } from '../nameRuns/runWords.js';
import { CLOSE_QUOTES, OPEN_QUOTES, type TokenView } from '../tokenView.js';

/** A given name opens the name, or a word reads as one before a surname ("Yoav Gallant", "Rob Ford"). */
export function opensWithForename(view: TokenView, first: number, end: number, firstLower: string): boolean {
  // "Deutsche Bahn said": a country's adjective in its own language opens a body's name (it was a person by "Bahn").
  if (FOREIGN_NATIONAL_OPENERS.has(firstLower)) return false;
  // "the Saudi-backed LIV Golf tour" (a person: "Liv"): a word in capitals is letters, no given name.
  if (isGivenName(firstLower)) return !isHyphenedToNonName(view, first) && !view.hasDigit(end - 1) && !view.isAllCaps(first);
  if (end - first !== 2) return false;
  // "He played Clay Miller", "Rusty Baker said": a given name and one of the census's most frequent
  // surnames, though both are words ("the Red Wedding" is no one: "Wedding" is a rarer surname).
  const frequentSurname = isWordSurname(view, first + 1) && isFrequentSurname(view.lower(first + 1));
  return (isWordGivenName(firstLower) && (isUnlistedWord(view, first + 1) || frequentSurname)) || (isUnlistedWord(view, first) && isWordSurname(view, first + 1)) || isHypocoristicBeforeSurname(view, first);
}

/**
 * "Al Ahly won a record 12th title", "Al Hilal signed him", "Al Mayadeen reported": "Al" before a
 * word no name list holds is the Arabic article of a club's, a channel's or a group's name, not the
 * given name of "Al Gore" or "Al Sharpton" (surnames the lists hold).
 */
function opensWithArabicArticle(view: TokenView, first: number, end: number): boolean {
  if (!view.isText(first, 'Al') || first + 1 >= end || !view.spaceBefore(first + 1) || view.kind(first + 1) !== TokenKind.Word) return false;
  const next = view.lower(first + 1);
  return !isListedSurname(next) && !isSurname(next) && !isGivenName(next, true) && !isCommonWord(next);
}

/**
 * "UC Berkeley", "UC Irvine researcher Nomvula Dlamini", "UT Austin": a university's initials, "U"
 * and one or two capitals, before a city or a town name its campus (they were places, other or a person).
 * "US Virgin Islands" and "UK Parliament" open with a country the lists know.
 */
export function isCampusInitials(view: TokenView, first: number, end: number): boolean {
  if (end - first < 2 || view.kind(first) !== TokenKind.Word || !CAMPUS_INITIALS.test(view.raw(first)) || gazetteer().byKey.has(view.key(first))) return false;
  return isCity(view.keyOf(first + 1, end)) || namesUnlistedTown(view, first + 1, end);
}

/**
 * "UC Davis", "UC Santa Barbara": towns the city lists miss (under 100,000 people), capitalised words no
 * dictionary holds after the campus's initials (both were persons, "Davis" a surname).
 */
function namesUnlistedTown(view: TokenView, first: number, end: number): boolean {
  if (end - first > 2) return false;
  for (let i = first; i < end; i++) if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i) || isCommonWord(view.lower(i))) return false;
  return true;
}

const CAMPUS_INITIALS = /^U[A-Z]{1,2}$/;

/**
 * "the album Love & Hyperbole", "her fourth album, Love & Hyperbole,", "the film Marley & Me": a work's
 * noun right before a title holding a spaced "&" outweighs the firm's shape the "&" gives
 * (addFirmOrRegionShapeEvidence: it was an organization); "the band Mumford & Sons" names no work.
 */
export function worksAmpersandWeight(view: TokenView, first: number, end: number, noun: string): number {
  return WORK_NOUNS.has(noun) && joinsWithAmpersand(view, first, end) ? WEIGHT.title : 0;
}

/** A spaced "&" between two capitalised words inside tokens [first, end): "Johnson & Johnson", not "AT&T". */
export function joinsWithAmpersand(view: TokenView, first: number, end: number): boolean {
  for (let i = first + 1; i < end - 1; i++) if (view.isChar(i, '&') && view.spaceBefore(i) && view.spaceBefore(i + 1)) return true;
  return false;
}

/**
 * "Asia-Pacific Economic Cooperation", "Georgia-Pacific": a given name hyphened to a word that is
 * no given name is a place's or a brand's word; "Jean-Pierre" and "Anne-Marie" are given names.
 */
function isHyphenedToNonName(view: TokenView, first: number): boolean {
  return view.kind(first + 1) === TokenKind.Hyphen && view.adjacent(first) && view.adjacent(first + 1) && view.isWord(first + 2) && !isGivenName(view.key(first + 2), true);
}

/**
 * "Victor Wembanyama", "Hope Hicks": after a given name that is a dictionary word too, a capitalised
 * word that no list holds (no dictionary word, head word, city or gazetteer name) is a surname.
 * Not "Victor Hugo Street" (three words) or "Grace Cathedral" (a head word).
 */
function isUnlistedWord(view: TokenView, i: number): boolean {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i) || view.hasDigit(i)) return false;
  const key = view.key(i);
  return !isCommonWord(key) && !HEAD_WORDS.has(key) && !isCity(key) && !gazetteer().byKey.has(key) && !gazetteer().demonyms.has(key);
}

/**
 * "Yoav Gallant", "Mateusz Young": after a word that no list holds, a surname that is a dictionary
 * word too closes a person's name. Not a title ("Nkosi King") or a place's word ("Nariman Point").
 */
function isWordSurname(view: TokenView, i: number): boolean {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i) || !view.spaceBefore(i)) return false;
  const key = view.lower(i);
  return isCommonWord(key) && isListedSurname(key) && !TITLE_WORDS.has(key) && !REGNAL_TITLES.has(key) && !PEERAGE_TITLES.has(key) && !PLACE_WORDS.has(key) && !HEAD_WORDS.has(key);
}

/**
 * "Rob Ford", "Bill Gates", "Sue Gray": a short form of a given name, then a surname the census
 * lists, though both are dictionary words too ("Will Power" is taken for a person). Not a title or a
 * head word after it ("Bill Street" is a street).
 */
function isHypocoristicBeforeSurname(view: TokenView, first: number): boolean {
  const surname = first + 1;
  if (!NICKNAMES.has(view.lower(first)) || view.kind(surname) !== TokenKind.Word || !view.isCapitalized(surname) || view.isAllCaps(surname) || !view.spaceBefore(surname)) return false;
  const key = view.lower(surname);
  return isListedSurname(key) && !TITLE_WORDS.has(key) && !HEAD_WORDS.has(key);
}

/** A given name that is a dictionary word too ("Victor", "Hope"); not a particle ("El Fasher") or a compass word ("North American"). */
function isWordGivenName(key: string): boolean {
  return isGivenName(key, true) && !NAME_PARTICLES.has(key) && !COMPASS.has(key);
}

/**
 * One or more initials ("W." or "W", or written together: "A.G."), then at least one capitalised
 * word: "W. W. Rouse Ball", "T. S. Eliot", "A.G. Sulzberger"; not "U.S. Steel", whose letters the
 * gazetteer knows.
 */
export function opensWithInitials(view: TokenView, first: number, end: number): boolean {
  let i = first;
  while (i + 1 < end && view.kind(i) === TokenKind.Word && view.length(i) === 1 && view.isCapitalized(i) && view.kind(i + 1) === TokenKind.Period) i += 2;
  // Not before a body's or a team's head word: "D.C. United", "U.K. Treasury" open with a place's letters.
  if (i === first && i + 1 < end && isJoinedInitials(view, i) && !view.hasClass(end - 1, WordClass.Head) && !TEAM_WORDS.has(view.lower(end - 1))) i++;
  if (i === first && end === first + 2 && isInitialsWithoutPeriods(view, first)) i++;
  if (i === first || i >= end || !view.spaceBefore(i)) return false;
  // "F. W. de Klerk": a surname's particles may come before it.
  while (i + 1 < end && view.isLowerWord(i) && view.hasClass(i, WordClass.NameParticle)) i++;
  // A space after the initials: "M.Sc" is a degree.
  return view.kind(i) === TokenKind.Word && view.length(i) > 1 && view.isCapitalized(i) && !view.isAllCaps(i) && !closesWithPluralNoun(view, end);
}

/**
 * "V.O.S. Selections", "J.M. Holdings": a name closed by a dictionary word's plural that no one bears as
 * a surname names a firm's goods or its parts, no person after initials ("Banks", "Mills" are surnames).
 */
function closesWithPluralNoun(view: TokenView, end: number): boolean {
  const last = view.lower(end - 1);
  return last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && isCommonWord(last) && isCommonWord(last.slice(0, -1)) && !isListedSurname(last);
}

/**
 * "JD Vance won the vote", "KL Rahul finished": two capitals no list names, no ship's prefix, before
 * a given name or a surname alone are a person's initials (both were other); "LG Display", "SK Hynix"
 * and a campus ("UC Davis") are no one's.
 */
function isInitialsWithoutPeriods(view: TokenView, first: number): boolean {
  if (view.kind(first) !== TokenKind.Word || view.length(first) !== 2 || !view.isAllCaps(first) || VESSEL_PREFIXES.has(view.key(first)) || isCampusInitials(view, first, first + 2)) return false;
  const name = view.lower(first + 1);
  return wordListEvidence(view.key(first)).length === 0 && (isGivenName(name) || isListedSurname(name)) && !isCommonWord(name);
}

/** "A.G.", "J.R.R.": two or three capitals each closed by a period, as one token, that no list names. */
function isJoinedInitials(view: TokenView, i: number): boolean {
  return view.kind(i) === TokenKind.Initialism && /^(?:[A-Z]\.){2,3}$/.test(view.raw(i)) && wordListEvidence(view.key(i)).length === 0;
}

/**
 * "Shares in LVMH fell", "data from IQVIA", "according to EMBRAPA": an acronym of four letters or
 * more that the lists know as no place names a body or a thing far more often than a place, so a
 * preposition says nothing of it (all three were places). "in the DRC" is known, "in NYC" short.
 */
export function isUnknownLongAcronym(view: TokenView, first: number, end: number): boolean {
  return end - first === 1 && view.isWord(first) && view.isAllCaps(first) && view.length(first) >= 4 && !isKnownPlace(view.key(first));
}

/**
 * "ten people in Punta Gorda", "schools in Des Moines": a name of words that are no dictionary word
 * and no given name or surname the lists know is no person's, so "in" before it says where. "Faith
 * in Joe Biden" and "a role in Jane Eyre" hold a given name, "in Title IV" and "in Sport Studies"
 * dictionary words.
 */
export function holdsNoWordOfAPersonsName(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    if (view.kind(i) === TokenKind.Hyphen) continue;
    if (!view.isWord(i) || view.hasDigit(i) || view.isAllCaps(i)) return false;
    const lower = view.lower(i);
    if (isCommonWord(lower) || isGivenName(lower, true) || isListedSurname(lower)) return false;
  }
  return true;
}

/**
 * "for the Rice Owls", "known as the Gliders", "the State College Spikes": after "the", a name
 * closed by the capitalised plural of a dictionary noun is a team or a group, the way clubs,
 * bands and parties are named. Not a head word ("the Rocky Mountains"), a nationality ("the
 * Americans"), or a name a list knows ("the Philippines").
 */
export function closesWithGroupPlural(view: TokenView, first: number, end: number): boolean {
  const last = end - 1;
  if (!view.isWord(last) || !view.isCapitalized(last) || view.isAllCaps(last)) return false;
  const key = view.key(last);
  if (!key.endsWith('s') || key.endsWith('ss') || HEAD_WORDS.has(key) || gazetteer().demonyms.has(key)) return false;
  return isCommonWord(singularOf(key)) && !gazetteer().byKey.has(view.keyOf(first, end)) && !isCity(view.keyOf(first, end));
}

/**
 * A word inside a name that says a title: a lower-case one, or a function word capitalised as titles
 * write it ("the comedy Burn After Reading", "his comedy The Family That Preys", which nameRuns.ts
 * `unquotedWorkTitleEnd` joined; no person's or body's name holds "After" or "That").
 */
export function holdsTitleWordInside(view: TokenView, first: number, end: number): boolean {
  for (let i = first + 1; i < end; i++) if ((view.isCapitalized(i) && view.hasClass(i, WordClass.Stop)) || isPossessiveInside(view, i, end)) return true;
  return holdsLowerWordInside(view, first, end);
}

/** A possessive between two words of a name: the "'s" of "Assassin's Creed" (`unquotedWorkTitleEnd` joins it after a work's noun). */
function isPossessiveInside(view: TokenView, i: number, end: number): boolean {
  return i + 1 < end && view.kind(i) === TokenKind.Possessive;
}

/** A lower-case word inside a name: the "of" of "Lord of Misrule", the "in" of "Alice in Wonderland". */
export function holdsLowerWordInside(view: TokenView, first: number, end: number): boolean {
  for (let i = first + 1; i < end - 1; i++) if (view.isLowerWord(i)) return true;
  return false;
}

/** A plural noun's singular, as the cue lists hold it: "companies" → "company", "ports" → "port". */
export function singularOf(lower: string): string {
  return lower.endsWith('ies') ? lower.slice(0, -3) + 'y' : lower.replace(/s$/, '');
}

/**
 * "a story in The Onion", "she told The Hill": a capitalised "The" inside a sentence belongs to the
 * name after it, the way newspapers and magazines are written, so even a dictionary word ("Onion",
 * "Independent") is a name there. Only one word: "in The Imitation Game" is a film's title, which
 * this would type as a body. Not after a colon ("Rule 2: The Court"), where "The" opens a sentence.
 */
export function isAcronymAfterThe(view: TokenView, first: number, end: number, the: number): boolean {
  // Not a code with digits: "the H5N1 virus", "the F35".
  return isOneAcronym(view, first, end) && view.isWord(first) && view.lower(the) === 'the' && view.kind(the) === TokenKind.Word;
}

/**
 * "Chief executive Mary Smith said its sales fell", "Lundmark said its orders rose": a given name or
 * a listed surname alone speaks of the company's figures, no company (both were organisations).
 */
export function namesAPersonByItsWords(view: TokenView, first: number, end: number): boolean {
  if (opensWithForename(view, first, end, view.lower(first))) return true;
  return end - first === 1 && isListedSurname(view.lower(first)) && !isCity(view.keyOf(first, end));
}

/** "rabbitohs", "magpies": a plural no listed surname ("williams") and no demonym ("americans") ends so. */
export function isPluralClubName(lower: string): boolean {
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !isListedSurname(lower) && !gazetteer().demonyms.has(lower) && !isKnownPlace(lower);
}

/** One word in capitals, letters only: "KKR", "AMD"; not "H5N1" or "Smith". */
export function isOneAcronym(view: TokenView, first: number, end: number): boolean {
  return end - first === 1 && view.isAllCaps(first) && view.length(first) >= 2 && !view.hasDigit(first);
}

/**
 * The evidence a one-word name carries whatever its context: what the gazetteer and the city list
 * say the word means elsewhere ("PRC" is China, "Isla" is a town).
 */
export function wordListEvidence(key: string): { type: EntityType; weight: number }[] {
  const out: { type: EntityType; weight: number }[] = [];
  const known = gazetteer().byKey.get(key);
  if (known) out.push({ type: known.type, weight: WEIGHT.gazetteer });
  if (isCity(key)) out.push({ type: 'place', weight: WEIGHT.city });
  // "Newfoundland and Labrador", "Jammu and Kashmir", "Western Cape": a country's region named in
  // more than one word is a place (one word may be anyone's: "Georgia", "Victoria").
  else if (key.includes(' ') && isRegion(key)) out.push({ type: 'place', weight: WEIGHT.city });
  return out;
}

/** Two to four space-separated capitalised words, none a common English word or an organisation's head word. */
export function looksLikePersonName(view: TokenView, first: number, end: number, firstKey: string): boolean {
  for (let i = first; i < end; i++) {
    const kind = view.kind(i);
    // 'Jungwook "Wookie" Kim': the quotes of a nickname.
    if (kind === TokenKind.Hyphen || (i > first && view.isChar(i, OPEN_QUOTES + CLOSE_QUOTES))) continue;
    if (kind !== TokenKind.Word || view.hasDigit(i) || view.isAllCaps(i)) return false;
    const lower = view.lower(i);
    if (view.isCapitalized(i) && (isCommonWord(lower) || HEAD_WORDS.has(lower)) && !isHyphenedSurname(view, i, lower) && !isParticleInsideName(view, i, first, end)) return false;
  }
  const words = spaceSeparatedWords(view, first, end);
  if (opensWithForeignArticle(firstKey, words) || opensWithArabicArticle(view, first, end)) return false;
  // "Pakistan Tehreek-e-Insaf", "China Eastern": a name that opens with a country's is no person's
  // ("Jordan Henderson" is); nor one that closes with it ("Tehrik-e-Taliban Pakistan"; "Steve Jordan" is).
  if (words < 2 || words - particleWordsIn(view, first, end) > 4 || words > 6 || (gazetteer().byKey.get(firstKey)?.type === 'place' && !isGivenName(firstKey))) return false;
  return !isPlaceNotPersonName(view.key(end - 1));
}

/**
 * "Nguyen Van Binh", "Vo Van Thuong", "Ludwig Van Beethoven": a capitalised name particle between
 * two capitalised words of a name is no dictionary word there (the van made the names other).
 */
function isParticleInsideName(view: TokenView, i: number, first: number, end: number): boolean {
  return i > first && i + 1 < end && NAME_PARTICLES.has(view.lower(i)) && view.isCapitalized(i - 1) && view.isCapitalized(i + 1);
}

/**
 * "Jaxon Smith-Njigba", "Ryan Baker-Wood": a surname that is a word too, joined by a hyphen to
 * another part of a double-barrelled surname, is no dictionary word there ("Smith-Njigba" made other).
 */
function isHyphenedSurname(view: TokenView, i: number, lower: string): boolean {
  const hyphened = (view.kind(i + 1) === TokenKind.Hyphen && view.adjacent(i)) || (i > 0 && view.kind(i - 1) === TokenKind.Hyphen && view.adjacent(i - 1));
  return hyphened && isListedSurname(lower) && !HEAD_WORDS.has(lower);
}

export function spaceSeparatedWords(view: TokenView, first: number, end: number): number {
  let words = 1;
  for (let i = first + 1; i < end; i++) if (view.spaceBefore(i)) words++;
  return words;
}
