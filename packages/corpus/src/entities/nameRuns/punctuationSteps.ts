import { isJoiningEnDash, TokenKind } from '../../text/tokenize.js';
import {
  RANK_ABBREVIATIONS,
  GENERATION_SUFFIXES,
  HYPHEN_SUFFIXES,
  INNER_POSSESSIVES,
  CONDITION_EPONYMS,
  EPONYMOUS_CONDITIONS,
  isCommonWord,
  isGivenName,
  isListedSurname,
  COMMITTEE_WORDS,
  HEAD_WORDS,
  LAW_TITLE_HEADS,
  LEGISLATIVE_CHAMBERS,
  LEGAL_SUFFIXES,
  PATRON_TITLES,
  OWNERS_PLACE_HEADS,
  PLACE_WORDS,
  PLACE_NAMING_TITLES,
  ROLE_NOUNS,
  TITLE_WORDS,
  NAME_TITLE_ABBREVIATIONS,
  WordClass,
  isTitleWord,
} from '../lexicon.js';
import { gazetteer, isCity, isKnownPlace } from '../gazetteer.js';
import { CLOSE_QUOTES, OPEN_QUOTES, type TokenView } from '../tokenView.js';
import { isTitleCaseToken, isSubtitleColon, isSubtitledWorkNoun, isCapitalisedParticleInCompound, opensSentenceAfterSuffix, isPhrasalParticleInName, SPELLED_CONNECTORS, honorificOfFoundersFirm, isFieldNameWord, citesAuthors } from './runWords.js';
import { isNameToken } from './nameTokens.js';
import { type NameRun, type RunStep, STOP, step } from './runSteps.js';

/** "Moody's Investors Service", "Cox's Bazar", "Lloyd's of London": where a name the lists know whole ends past the possessive at token k, else 0. */
function knownNameAcrossPossessive(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  for (let e = k + 2; e <= Math.min(sentenceEnd, k + 4); e++) {
    if (e === k + 2 && view.isOfOrFor(e - 1) && view.spaceBefore(e - 1)) continue;
    if (!isNameToken(view, e - 1) || !view.spaceBefore(e - 1)) return 0;
    const key = view.keyOf(first, e);
    if (gazetteer().byKey.has(key) || isKnownPlace(key)) return e;
  }
  return 0;
}

/**
 * "Moody's cut the rating", "Shares of McDonald's rose": a name the lists write with its possessive
 * keeps it (the mention was "Moody", "McDonald"); "Nvidia's shares" still ends before it.
 */
function isKnownPossessiveName(view: TokenView, first: number, k: number): boolean {
  const name = gazetteer().byKey.get(view.keyOf(first, k))?.name;
  return !!name && (name.endsWith("'s") || name.endsWith('’s'));
}

/**
 * "Kohl's Corp. slumped", "Macy's Inc. said": a company's legal form right after a possessive makes the
 * possessive its name's (they were a person "Kohl" and a body "Corp.").
 */
function isLegalSuffixAfterPossessive(view: TokenView, k: number, sentenceEnd: number): boolean {
  return view.kind(k) === TokenKind.Possessive && k + 1 < sentenceEnd && view.spaceBefore(k + 1) && view.isCapitalized(k + 1) && ABBREVIATED_LEGAL_SUFFIXES.has(view.lower(k + 1));
}

/** Legal suffixes written after a comma ("Apple, Inc."); not "Co.", which is also Ireland's county ("Cork, Co. Cork"). */
const SUFFIXES_AFTER_COMMA = new Set(['inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'corp', 'llp', 'lp']);

/** Abbreviations whose period stays inside a name: "Co. Ltd", "No. 3", "St. Petersburg", the Filipino "Ma." of María ("Jose Ma. dela Cruz"), "Hon. Aminu Jaji". */
const PERIOD_IN_NAME = new Set(['co', 'corp', 'inc', 'no', 'st', 'mt', 'ft', 'jr', 'sr', 'bros', 'sen', 'rep', 'gov', 'dr', 'sens', 'reps', 'govs', 'drs', 'mr', 'mrs', 'ms', 'mme', 'mlle', 'mx', 'prof', 'rev', 'md', 'mohd', 'muhd', 'ma', ...NAME_TITLE_ABBREVIATIONS, ...RANK_ABBREVIATIONS]);

/**
 * "Fox's Kingsman: The Secret Service held", "the spy action-comedy Kingsman: The Secret Service", "The
 * SpongeBob Movie: Sponge Out of Water", "appeared in Smosh: The Movie": a title's colon and its subtitle
 * in title case stay in the work's name where a work's noun stands before the title or closes either
 * part, or a possessive stands before it (they were "Kingsman", a place, and "Secret Service", a body).
 * Not "Image: NASA" nor "Latin: Eusebius": no work is said. Where the subtitle ends, else 0.
 */
function workSubtitleEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (k - first > 4 || !isSubtitleColon(view, k)) return 0;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 8 && !view.isChar(e, ':') && (isTitleCaseToken(view, e) || isAmpersandInTitle(view, e, sentenceEnd))) e++;
  while (e - 1 > k && view.isLowerWord(e - 1)) e--;
  if (e === k + 1 || view.hasClass(e - 1, WordClass.Stop) || view.isAllCaps(e - 1)) return 0;
  // "Harlow Pictures' Vantage: …": a plural's apostrophe is its possessive.
  const possessed = first >= 1 && (view.kind(first - 1) === TokenKind.Possessive || (view.kind(first - 1) === TokenKind.Apostrophe && view.adjacent(first - 2) && view.lower(first - 2).endsWith('s'))) && view.spaceBefore(first);
  const nounBefore = first >= 1 && view.isLowerWord(first - 1) && isSubtitledWorkNoun(view.lower(first - 1));
  return possessed || nounBefore || isSubtitledWorkNoun(view.lower(k - 1)) || isSubtitledWorkNoun(view.lower(e - 1)) ? e : 0;
}

/** "Hobbs & Shaw": an ampersand between capitalised words of a title. */
function isAmpersandInTitle(view: TokenView, k: number, sentenceEnd: number): boolean {
  return view.isChar(k, '&') && view.spaceBefore(k) && k + 1 < sentenceEnd && view.spaceBefore(k + 1) && view.isCapitalized(k + 1) && view.isCapitalized(k - 1);
}

/** Hyphens, possessives, quoted nicknames and periods at token k; null when token k is none of them. */
export function extendAtPunctuation(view: TokenView, run: NameRun, k: number, sentenceEnd: number): RunStep | null {
  const kind = view.kind(k);
  if (kind === TokenKind.Hyphen && view.adjacent(k - 1) && view.adjacent(k) && k + 1 < sentenceEnd) return extendAtHyphen(view, run, k, sentenceEnd);
  if (kind === TokenKind.Punct && isEnDashBetweenNames(view, k, sentenceEnd)) return extendAtHyphen(view, run, k, sentenceEnd);
  if ((kind === TokenKind.Possessive || kind === TokenKind.Apostrophe) && view.adjacent(k - 1)) {
    // "Korean People's Army", "Workers' Party": the possessive is part of the name; so is an
    // office's before a body's or a place's head word ("Attorney General's Office", "Regent's Park").
    const inner = INNER_POSSESSIVES.has(view.lower(k - 1)) || (isOfficeHolderWord(view.lower(k - 1)) && isHeadWordAt(view, k + 1)) || isPatronsPlace(view, run, k) || isFoundersVenue(view, run, k, sentenceEnd) || (k - 1 === run.first && honorificOfFoundersFirm(view, run.first) >= 0) || isMembersBody(view, k) || isConditionInBody(view, run.first, k, sentenceEnd) || isPossessorsPlace(view, run, k, sentenceEnd) || isStatesAttorney(view, k) || isLegalSuffixAfterPossessive(view, k, sentenceEnd);
    if (inner && isNameToken(view, k + 1) && k + 1 < sentenceEnd) return step(k + 2, 0);
    const knownEnd = knownNameAcrossPossessive(view, run.first, k, sentenceEnd);
    if (knownEnd === 0 && kind === TokenKind.Possessive && isKnownPossessiveName(view, run.first, k)) return step(k + 1, 0);
    return knownEnd > 0 ? step(knownEnd, 0) : STOP;
  }
  const bracketEnd = editorialBracketEnd(view, run, k, sentenceEnd);
  if (bracketEnd > 0) return step(bracketEnd, 1);
  if (isFactionLetterInBrackets(view, k, sentenceEnd)) return step(k + 3, 0);
  // "Atlantic Lottery Corporation, Inc.", "Apple, Inc.": a legal suffix after a comma is the company's.
  if (view.isChar(k, ',') && view.adjacent(k - 1) && k + 1 < sentenceEnd && view.isCapitalized(k + 1) && SUFFIXES_AFTER_COMMA.has(view.lower(k + 1))) {
    return step(view.kind(k + 2) === TokenKind.Period && view.adjacent(k + 1) ? k + 3 : k + 2, 0);
  }
  // "Martin Luther King, Jr.", "Iván DeJesús, Jr.": a generation after a comma is the person's (it was cut off).
  if (view.isChar(k, ',') && view.adjacent(k - 1) && k - 1 > run.first && k + 1 < sentenceEnd && view.isCapitalized(k + 1) && GENERATION_SUFFIXES.has(view.lower(k + 1))) {
    return step(view.kind(k + 2) === TokenKind.Period && view.adjacent(k + 1) ? k + 3 : k + 2, 0, true);
  }
  // "Washington, D.C.": a place the lists know whole, with its comma and an abbreviation after it.
  if (view.isChar(k, ',') && view.adjacent(k - 1) && k + 1 < sentenceEnd && view.isAllCaps(k + 1) && gazetteer().byKey.has(view.keyOf(run.first, k + 2))) return step(k + 2, 1);
  const partnersEnd = firmPartnersListEnd(view, run, k, sentenceEnd);
  if (partnersEnd > 0) return step(partnersEnd, partnersEnd - k - 1);
  const campusEnd = campusAfterComma(view, run.first, k, sentenceEnd);
  if (campusEnd > 0) return step(campusEnd, campusEnd - k - 1, true);
  // "Ministry of Economy, Trade and Industry": a list of fields after a body's "of".
  const listEnd = bodyListEnd(view, run.first, k, sentenceEnd);
  if (listEnd > 0) return step(listEnd, listEnd - k - 1);
  const spelledEnd = acronymSpelledListEnd(view, run.first, k, sentenceEnd);
  if (spelledEnd > 0) return step(spelledEnd, spelledEnd - k - 1);
  // 'Austin Shepherd "Shep" Padalecki', 'Jungwook "Wookie" Kim': a quoted nickname between names.
  const afterNickname = quotedNicknameEnd(view, k, sentenceEnd) || maidenNameEnd(view, k, sentenceEnd);
  if (afterNickname > 0) return step(afterNickname, 2);
  const subtitleEnd = workSubtitleEnd(view, run.first, k, sentenceEnd);
  if (subtitleEnd > 0) return step(subtitleEnd, subtitleEnd - k - 1, true);
  const lawTitleGoesOn = isAfterConjunctTitle(view, run.first) ? 0 : bracketInLawTitleEnd(view, k, sentenceEnd);
  if (lawTitleGoesOn > 0) return step(lawTitleGoesOn, 1);
  return kind === TokenKind.Period && view.adjacent(k - 1) ? extendAtPeriod(view, run.first, k, sentenceEnd) : null;
}

/**
 * "The Alzheimer's Association said", "the Michael J. Fox Foundation for Parkinson's Research", "the
 * Down's Syndrome Association": a condition's eponym, opening the run or after its "for", or any
 * possessive before a capitalised condition's noun and more of the name, stays in a body's name (it
 * was cut to "Association", "… Foundation for Parkinson", "Syndrome Association"). Not "Michael
 * Parkinson's Labour colleagues": a person's possessive ends the name.
 */
function isConditionInBody(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (k + 1 >= sentenceEnd || !view.isCapitalized(k + 1)) return false;
  if (CONDITION_EPONYMS.has(view.lower(k - 1))) return k - 1 === first || view.isOfOrFor(k - 2);
  return EPONYMOUS_CONDITIONS.has(view.lower(k + 1)) && k + 2 < sentenceEnd && view.spaceBefore(k + 2) && isNameToken(view, k + 2);
}

/**
 * "Researchers at the University of California, Berkeley, found", "the University of California,
 * Irvine": a city after the comma of "University of" and a place is the campus's, one name (it was
 * cut to "University of California" and a place apart). The end of the city's name, else 0; the
 * city ends its clause ("University of Texas, Austin police said" goes on in lower case).
 */
/**
 * "Keefe, Bruyette & Woods", "the firm Baker, Manock & Jensen", "Wachtell, Lipton, Rosen & Katz": single
 * words parted by commas, the last pair by a spaced "&", are a firm's partners, one name (the run was cut
 * at the comma: "Baker" a name of its own). Where the list ends, else 0; not after a place ("in London,
 * Procter & Gamble"), a dictionary word after no lower-case word ("Separately, Ernst & Young") or before a
 * citation's year ("Smith, Jones & Brown, 2010").
 */
function firmPartnersListEnd(view: TokenView, run: NameRun, k: number, sentenceEnd: number): number {
  if (!view.isChar(k, ',') || run.end - run.first !== 1 || !view.adjacent(k - 1) || !mayListPartners(view, k, sentenceEnd) || !isPartnersWord(view, run.first)) return 0;
  if (view.hasClass(run.first, WordClass.Common) && !(run.first > 0 && view.isLowerWord(run.first - 1))) return 0;
  let i = k;
  while (view.isChar(i, ',') && i + 1 < sentenceEnd && view.spaceBefore(i + 1) && isPartnersWord(view, i + 1)) i += 2;
  if (i === k || !view.isChar(i, '&') || !view.spaceBefore(i) || i + 1 >= sentenceEnd || !view.spaceBefore(i + 1) || !isPartnersWord(view, i + 1)) return 0;
  return citesAuthors(view, i + 2, sentenceEnd) ? 0 : i + 2;
}

/**
 * Whether the comma at token k opens a list that firmPartnersListEnd may take, by the flags alone:
 * ", Word, Word & Word". Most commas after a word open none ("Smith, who", "Seoul, the capital"), and
 * each partner's word was asked of the lists first. A capitalised word here is not yet one that
 * isPartnersWord takes; the list it stops at fails firmPartnersListEnd too (a comma where its "&" must be).
 */
function mayListPartners(view: TokenView, k: number, sentenceEnd: number): boolean {
  let i = k;
  while (view.isChar(i, ',') && i + 1 < sentenceEnd && view.spaceBefore(i + 1) && mayBePartnersWord(view, i + 1)) i += 2;
  return i !== k && view.isChar(i, '&');
}

/** isPartnersWord's test of the token's flags, without its lists. */
function mayBePartnersWord(view: TokenView, i: number): boolean {
  return view.isWord(i) && view.isCapitalized(i) && !view.isAllCaps(i);
}

/** One capitalised word that is no known place, a partner's surname in a firm's name. */
function isPartnersWord(view: TokenView, i: number): boolean {
  return view.isWord(i) && view.isCapitalized(i) && !view.isAllCaps(i) && isNameToken(view, i) && !isKnownPlace(view.key(i)) && !gazetteer().byKey.has(view.key(i));
}

function campusAfterComma(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (!view.isChar(k, ',') || k - first < 3 || view.lower(first) !== 'university' || view.lower(first + 1) !== 'of' || !view.adjacent(k - 1)) return 0;
  for (let e = k + 2; e <= Math.min(k + 3, sentenceEnd); e++) {
    if (!view.spaceBefore(e - 1) || !isNameToken(view, e - 1)) return 0;
    const closesClause = e === sentenceEnd || view.isChar(e, ',.;:)');
    if (closesClause && isCity(view.keyOf(k + 1, e))) return e;
  }
  return 0;
}

/**
 * "Catholic Bishops' Conference", "Pilots' Association", "Nurses' Union": a plural's bare apostrophe
 * before a body's head word is its members' body, one name (the run was cut at the apostrophe, and
 * "Conference of the Philippines" was left). "Ukraine's Parliament" has a singular's "'s", and
 * "Geert Wilders' Party for Freedom" a surname's bare apostrophe: the plural is a dictionary word.
 */
function isMembersBody(view: TokenView, k: number): boolean {
  if (view.kind(k) !== TokenKind.Apostrophe) return false;
  const plural = view.lower(k - 1);
  return plural.endsWith('s') && isCommonWord(plural) && view.isCapitalized(k - 1) && isBodyHeadWithin(view, k + 1, MEMBERS_BODY_WORDS);
}

/**
 * A body's or an event's head word among the `words` capitalised words from token i: "Conference",
 * or "System" of "Public Employees' Retirement System" (the run was cut at the apostrophe, and
 * "Retirement System" was left).
 */
function isBodyHeadWithin(view: TokenView, i: number, words: number): boolean {
  for (let j = i; j < i + words && j < view.count && view.isCapitalized(j) && view.kind(j) === TokenKind.Word && (j === i || view.spaceBefore(j)); j++) {
    const head = HEAD_WORDS.get(view.lower(j));
    if (head === 'organization' || head === 'event' || MEMBERS_SCHEME_HEADS.has(view.lower(j))) return true;
  }
  return false;
}

const MEMBERS_BODY_WORDS = 3;
/** What members' pensions are run by, after their plural: "Employees' Retirement System" (no head word elsewhere: "Global Positioning System"). */
const MEMBERS_SCHEME_HEADS = new Set(['system']);

/** A capitalised head word of a body or a place at token i: "Office", "Park". "Street" is a place's, "People" no head. */
function isHeadWordAt(view: TokenView, i: number): boolean {
  const head = HEAD_WORDS.get(view.lower(i));
  return (head === 'organization' || head === 'place') && view.isCapitalized(i);
}

/**
 * "The Farmer–Citizen Movement (BBB) won", "the Mexican–American War": an en dash with no space
 * about it, between capitalised words, joins them as a hyphen does (the run was cut at it, leaving
 * "Citizen Movement" and "American War"); "Russia–Ukraine war" splits into its places as
 * "Russia-Ukraine" does, and a score or a range ("3–1", "1990–1995") holds no capitals.
 */
function isEnDashBetweenNames(view: TokenView, k: number, sentenceEnd: number): boolean {
  return k + 1 < sentenceEnd && isJoiningEnDash(view.text, view.tokens, k) && view.isCapitalized(k - 1) && isNameToken(view, k + 1);
}

function isCapitalLetterClosingCompound(view: TokenView, k: number): boolean {
  if (view.length(k) !== 1 || !view.isWord(k) || !view.isCapitalized(k)) return false;
  return k + 1 >= view.count || !view.adjacent(k) || view.kind(k + 1) !== TokenKind.Hyphen;
}

/**
 * "CERT-In said", "known as CERT-In": an acronym, a hyphen and a capitalised word of up to three
 * letters that no name's word is ("In", a stop word) close an agency's name written so (it was "CERT",
 * a reference back to its full name's other letters). Not another hyphen after it ("UK-In-Europe").
 */
function isShortWordAfterAcronym(view: TokenView, k: number): boolean {
  const next = k + 1;
  if (!view.isAllCaps(k - 1) || view.length(k - 1) < 2 || !view.adjacent(k - 1) || !view.adjacent(k) || !view.isWord(next) || !view.isCapitalized(next) || view.isAllCaps(next) || view.length(next) > 3) return false;
  return next + 1 >= view.count || !view.adjacent(next) || (view.kind(next + 1) !== TokenKind.Hyphen && !view.isWord(next + 1));
}

/** What a hyphen adds to a title before a name: "President-elect", "Premier-designate". */
const TITLE_SUFFIXES = new Set(['elect', 'designate']);

function extendAtHyphen(view: TokenView, run: NameRun, k: number, sentenceEnd: number): RunStep {
  const next = k + 1;
  if (isNameToken(view, next) || view.kind(next) === TokenKind.Number || view.hasDigit(next)) {
    run.hyphenJoins.push(k);
    return step(next + 1, 0);
  }
  if (isCapitalisedParticleInCompound(view, next, sentenceEnd)) return step(next + 1, 0);
  // "Triple-A", "Class-A": a capital letter after the hyphen closes the name (it was "Triple", a place), and the
  // name ends there: "Triple-A Indianapolis" is a level and a team.
  if (isCapitalLetterClosingCompound(view, next)) return step(next + 1, 0, true);
  if (isShortWordAfterAcronym(view, k)) return step(next + 1, 0, true);
  if (!view.isLowerWord(next)) return STOP;
  const word = view.lower(next);
  // "President-elect Donald Trump", "Prime Minister-designate Nawaf Salam": the title goes on to the name.
  if (TITLE_SUFFIXES.has(word) && view.hasClass(k - 1, WordClass.Title) && next + 1 < sentenceEnd && view.spaceBefore(next + 1) && isNameToken(view, next + 1)) return step(next + 1, 0);
  // "Niagara-on-the-Lake", "Southend-on-the-Sea": a connector and "the" between hyphens (it was "Niagara" and a place "Lake").
  if (isConnectorAndTheInCompound(view, next, sentenceEnd)) return step(next + 5, 0);
  // "Komsomolsk-on-Amur": a connector between two hyphens.
  if (!HYPHEN_SUFFIXES.has(word) && next + 2 < sentenceEnd && view.kind(next + 1) === TokenKind.Hyphen && view.adjacent(next) && isNameToken(view, next + 2)) return step(next + 3, 0);
  // "Jong-un", "Sung-jun", "Ming-lung": a romanised syllable after a capitalised one.
  if (!HYPHEN_SUFFIXES.has(word) && ((word.length <= 5 && !isCommonWord(word)) || (word.length <= 4 && view.length(k - 1) <= 5))) return step(next + 1, 0);
  // "Co-operation" in "Organization for Security and Co-operation in Europe": the two halves make one dictionary word.
  if (view.isCapitalized(k - 1) && isCommonWord(view.lower(k - 1) + word) && !HYPHEN_SUFFIXES.has(word)) return step(next + 1, 0);
  if (continuesAfterCompound(view, k, sentenceEnd)) return step(next + 1, 0);
  run.hyphenSuffix = word;
  return STOP;
}

/** "on-the-Lake" from token i: a lower-case preposition, a hyphen, "the", a hyphen and a name's word, each touching the next. */
function isConnectorAndTheInCompound(view: TokenView, i: number, sentenceEnd: number): boolean {
  if (i + 4 >= sentenceEnd || !TOWN_CONNECTORS.has(view.raw(i)) || !view.isText(i + 2, 'the')) return false;
  for (let j = i; j < i + 4; j++) if (!view.adjacent(j)) return false;
  return view.kind(i + 1) === TokenKind.Hyphen && view.kind(i + 3) === TokenKind.Hyphen && isNameToken(view, i + 4);
}

const TOWN_CONNECTORS = new Set(['on', 'upon', 'in', 'by', 'under', 'over', 'at']);

/** A title, or a public office's holder that names no one before a name: "the Cook County Clerk's Office", "the State Treasurer's Office". */
function isOfficeHolderWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || OFFICE_HOLDERS.has(lower);
}

/** Holders of public offices that are no titles before a name (the comptroller, treasurer and auditor are: TITLE_WORDS). */
const OFFICE_HOLDERS = new Set(['clerk', 'registrar', 'assessor', 'controller', 'recorder', 'examiner', 'defender', 'surveyor']);

/**
 * "National Anti-corruption Commission", "Corruption Investigation Office for High-ranking
 * Officials", "Self-employed Women's Association": a compound whose second half is a dictionary word
 * in lower case, inside a name that goes on with a capitalised word, is the name's. Not a suffix
 * that says what the name before it is ("the Russia-backed Wagner Group" is two names), nor a role.
 */
function continuesAfterCompound(view: TokenView, hyphen: number, sentenceEnd: number): boolean {
  const word = hyphen + 1;
  if (word + 1 >= sentenceEnd || !view.isCapitalized(hyphen - 1) || view.isAllCaps(hyphen - 1) || !view.adjacent(hyphen) || !view.spaceBefore(word + 1)) return false;
  const lower = view.lower(word);
  // "Co-founder Ananya Iyer-Rao said": a role's compound before a person's name is no body's word.
  if (HYPHEN_SUFFIXES.has(lower) || ROLE_NOUNS.has(lower) || TITLE_WORDS.has(lower) || !isCommonWord(lower)) return false;
  return isNameToken(view, word + 1) && !view.isAllCaps(word + 1);
}

/** Legal suffixes written as abbreviations, with a period ("Co.", "Inc.", "Ltd."); "SA", "AG", "plc" have none. */
const ABBREVIATED_LEGAL_SUFFIXES = new Set(['co', 'corp', 'inc', 'ltd', 'bhd', 'pte', 'pvt', 'ltda', 'pty', 'llc']);

/** A period right after token k - 1: a generation's, a legal suffix's, an initial's, an abbreviation's or a web address's. */
function extendAtPeriod(view: TokenView, first: number, k: number, sentenceEnd: number): RunStep {
  // "Richard T. Bissen Jr.", "Martin Luther King Jr.": the generational suffix keeps its period.
  if (GENERATION_SUFFIXES.has(view.lower(k - 1)) && k - 1 > first) return step(k + 1, 0, true);
  // "Hanseong Electronics Co.", "Fisheries Co., Ltd.": a legal suffix keeps its period (and its second suffix);
  // "Itaú Unibanco Holding SA. Shares rose": one written whole ("SA", "AG", "Oyj") leaves the sentence's to it.
  if (LEGAL_SUFFIXES.has(view.lower(k - 1))) {
    if (!ABBREVIATED_LEGAL_SUFFIXES.has(view.lower(k - 1)) && k + 1 >= sentenceEnd) return STOP;
    // "Alphabet Inc. Chief executive Nicolai Tangen said", "Nvidia Corp. Shares rose": a capitalised
    // dictionary word before a lower-case one after the suffix opens the next sentence ("Inc. Chief"
    // and "Corp. Shares" were names); "Samsung Electronics Co. Ltd." goes on.
    if (opensSentenceAfterSuffix(view, k + 1, sentenceEnd)) return step(k + 1, 0, true);
    if (!view.isChar(k + 1, ',') || !LEGAL_SUFFIXES.has(view.lower(k + 2)) || k + 2 >= sentenceEnd) return step(k + 1, 0);
    return step(view.kind(k + 3) === TokenKind.Period && view.adjacent(k + 2) ? k + 4 : k + 3, 0);
  }
  if (k + 1 >= sentenceEnd || isSurnameNotTitle(view, first, k - 1)) return STOP;
  const before = view.raw(k - 1);
  // "known as IS-K. Officials said": a letter closing a hyphened acronym is no initial (it was "IS-K. Officials");
  // nor one closing a slashed acronym, "according to Thomson Reuters I/B/E/S. Profit in the period" (a person "S. Profit").
  const initial = before.length === 1 && view.isCapitalized(k - 1) && !(k - 2 > first && view.kind(k - 2) === TokenKind.Hyphen && view.adjacent(k - 2) && view.isAllCaps(k - 3)) && !(view.isChar(k - 2, '/') && view.adjacent(k - 2));
  const next = k + 1;
  if (initial && isTranscriptTurnLetter(view, first, k)) return STOP;
  if ((initial || PERIOD_IN_NAME.has(before.toLowerCase())) && !view.lineBreakBefore(next) && (isNameToken(view, next) || view.kind(next) === TokenKind.Number)) return step(next + 1, 0);
  // "Mlle. du Motel", "Mr. de Gaulle", "F. W. de Klerk": a title's or an initial's period, then a surname's particle.
  if ((initial || PERIOD_IN_NAME.has(before.toLowerCase())) && next + 1 < sentenceEnd && view.isLowerWord(next) && view.hasClass(next, WordClass.NameParticle) && isNameToken(view, next + 1)) return step(next + 2, 0);
  return isTopLevelDomainAt(view, k) ? step(next + 1, 0, true) : STOP;
}

/**
 * "Q. Did you see him?", "A. Yes.": a transcript's question or answer, the letter and its period
 * opening a line, is no initial of a name (it was a person "Q. Did"). Token k is the period.
 */
function isTranscriptTurnLetter(view: TokenView, first: number, k: number): boolean {
  if (k - 1 !== first || (!view.isText(first, 'Q') && !view.isText(first, 'A'))) return false;
  const text = view.text;
  let at = view.start(first) - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at--;
  return at < 0 || text[at] === '\n' || text[at] === '\r';
}

/**
 * "The leader met Hun Sen. Hun Sen said": a title's abbreviation after a word no dictionary or place
 * list holds is that name's surname, and its period ends the name ("Republican Sen. Susan Collins",
 * "Ohio Gov. Mike DeWine", "Lt. Gen. Mark Hertling" keep their titles).
 */
function isSurnameNotTitle(view: TokenView, first: number, abbreviation: number): boolean {
  const word = abbreviation - 1;
  if (word < first || !view.hasClass(abbreviation, WordClass.Title) || view.kind(word) !== TokenKind.Word || !view.isCapitalized(word) || view.isAllCaps(word)) return false;
  const key = view.key(word);
  if (isCommonWord(key) || TITLE_WORDS.has(key) || gazetteer().demonyms.has(key)) return false;
  // "Santa Cruz Gov. Luis Fernando Camacho": a place of several words before the title.
  for (let i = Math.max(first, word - 3); i <= word; i++) if (isKnownPlace(view.keyOf(i, abbreviation)) || gazetteer().byKey.has(view.keyOf(i, abbreviation))) return false;
  return true;
}

/**
 * Where a body's name goes on across the comma at token k, when the words after it, closed by a
 * body's head and followed by an acronym in brackets, are spelled by that acronym with the words
 * before the comma: "United Nations Educational, Scientific and Cultural Organization (UNESCO)",
 * "Senate Health, Education, Labor and Pensions Committee (HELP)" (both were cut at the comma). Not
 * "Kenya, Uganda and Tanzania (UT)": four letters at least, the last word a head.
 */
function acronymSpelledListEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (!view.isChar(k, ',') || !view.adjacent(k - 1) || !isNameToken(view, k + 1)) return 0;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 12 && (isListNameToken(view, e) || (view.isLowerWord(e) && SPELLED_CONNECTORS.has(view.lower(e))) || (view.isChar(e, ',') && view.adjacent(e - 1)))) e++;
  if (e + 2 >= sentenceEnd || !view.isChar(e, '(') || !view.isChar(e + 2, ')') || !view.isAllCaps(e + 1) || !view.hasClass(e - 1, WordClass.Head)) return 0;
  const acronym = view.raw(e + 1);
  if (acronym.length < 4) return 0;
  // The acronym spells the words from one before the comma on, with the head or without it ("HELP"); a
  // qualifier may open the name ("Senate").
  return spellsFromBeforeComma(view, first, k, e, acronym) || spellsFromBeforeComma(view, first, k, e - 1, acronym) ? e : 0;
}

function spellsFromBeforeComma(view: TokenView, first: number, k: number, end: number, acronym: string): boolean {
  const initials = view.initials(first, end);
  return initials.endsWith(acronym) && initials.length - acronym.length <= 1 && acronym.length > view.initials(k + 1, end).length;
}

/** A capitalised word of a name, in no capitals of its own ("Scientific", not "UNESCO"). */
function isListNameToken(view: TokenView, i: number): boolean {
  return view.spaceBefore(i) && isNameToken(view, i) && !view.isAllCaps(i);
}

/**
 * Where a list of dictionary words after a body's head and "of" ends, when a comma at token k goes
 * on it, else 0: "Ministry of Economy, Trade and Industry", "Department of Health, Education, and
 * Welfare". Every item is dictionary words, and the list ends with "and": "the Department of
 * Health, the Treasury" and "Ministry of Defence, Interior Ministry and …" are lists of bodies.
 */
function bodyListEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (!view.isChar(k, ',') || !view.adjacent(k - 1)) return 0;
  let connector = -1;
  for (let i = first + 1; i < k; i++) if (view.isOfOrFor(i)) connector = i;
  // "the Senate Commerce, Science and Transportation Committee": a chamber's fields before its committee's word.
  const chambers = connector < 0 && LEGISLATIVE_CHAMBERS.has(view.lower(first)) && view.isCapitalized(first);
  if (!chambers && (connector < 0 || !view.hasClass(connector - 1, WordClass.Head))) return 0;
  const fieldsFirst = chambers ? first + 1 : connector + 1;
  if (fieldsFirst === k) return 0;
  // "Department for Levelling Up, Housing and Communities": a phrasal verb's particle is the field's too.
  for (let i = fieldsFirst; i < k; i++) if (!isFieldWord(view, i) && !isPhrasalParticleInName(view, i)) return 0;
  let e = k + 1;
  for (let items = 0; items < 6; items++) {
    const sawAnd = view.lower(e) === 'and' && view.isLowerWord(e);
    if (sawAnd) e++;
    const itemFirst = e;
    while (e < sentenceEnd && e - itemFirst < 3 && isFieldWord(view, e) && view.spaceBefore(e)) e++;
    if (e === itemFirst) return 0;
    if (sawAnd) return !chambers || COMMITTEE_WORDS.has(view.lower(e)) ? e : 0;
    if (view.isChar(e, ',') && view.adjacent(e - 1)) e++;
    else if (!(view.lower(e) === 'and' && view.isLowerWord(e))) return 0;
  }
  return 0;
}

/**
 * A word of a field's name, no body's head word of its own ("Trade", "Industry"; not "Ministry"),
 * the dictionary's or a field's it lacks: "Tourism" of "Ministry of Land, Infrastructure, Transport
 * and Tourism", "Epidemiology" of "Institute of Epidemiology, Disease Control and Research" (both
 * were cut at the comma).
 */
function isFieldWord(view: TokenView, i: number): boolean {
  return isFieldNameWord(view, i) && (!view.hasClass(i, WordClass.Head) || GOVERNMENT_FIELD_HEADS.has(view.lower(i)));
}

/**
 * Head words of companies that are fields a ministry's list names too: "Ministry of Trade, Industry
 * and Energy (MOTIE)", "Department of Health, Education and Welfare" (they were cut at the comma,
 * "Industry and Energy" a body of its own).
 */
const GOVERNMENT_FIELD_HEADS = new Set(['energy', 'health', 'technology', 'communications', 'mining', 'oil', 'gas', 'defence', 'defense', 'sports', 'water', 'shipping', 'media']);

/**
 * "St. Mary's Hospital", "St. James' Park", "King's College", "Queen's University": a saint's or a
 * sovereign's possessive before a head word names the place or the body after its patron. Not
 * "Ukraine's Parliament": a country's possessive is the sentence's.
 */
function isPatronsPlace(view: TokenView, run: NameRun, k: number): boolean {
  const opener = view.lower(run.first);
  if (!view.isCapitalized(k + 1) || !PATRON_TITLES.has(opener)) return false;
  const saint = opener === 'st' || opener === 'saint';
  if (!view.hasClass(k + 1, WordClass.Head)) return saint && closesWithHeadWord(view, k + 1);
  return saint || k - 1 === run.first;
}

/**
 * "the 49ers beat the Panthers at Levi's Stadium", "She trained at Guy's Hospital": one word no list
 * knows, its possessive and a venue's, a hospital's, a school's or a church's capitalised head word
 * alone name it after its founder or sponsor (it was a person "Levi" and a place "Stadium", a body
 * "Hospital"). "Ukraine's Parliament" and "London's Olympic Stadium" are the place's; "Smith's
 * stadium" is in lower case; "Guy's Hospital Trust" is a longer name.
 */
function isFoundersVenue(view: TokenView, run: NameRun, k: number, sentenceEnd: number): boolean {
  if (k - 1 !== run.first || k + 1 >= sentenceEnd || !VENUE_HEADS.has(view.lower(k + 1)) || !view.isCapitalized(k + 1) || view.kind(k) !== TokenKind.Possessive) return false;
  if (k + 2 < sentenceEnd && view.spaceBefore(k + 2) && isNameToken(view, k + 2)) return false;
  const key = view.key(k - 1);
  // "Guy" is a word too, though not where it is capitalised inside its sentence.
  return !gazetteer().byKey.has(key) && !isKnownPlace(key) && !(run.sentenceInitial && view.hasClass(k - 1, WordClass.Common));
}

const VENUE_HEADS = new Set(['stadium', 'arena', 'field', 'park', 'hall', 'theatre', 'theater', 'garden', 'gardens', 'hospital', 'infirmary', 'clinic', 'college', 'school', 'church', 'chapel', 'cathedral']);

/**
 * "The Cook County State's Attorney's Office declined to comment", "State's Attorney Ivan Bates": the
 * state's prosecutor is one office, "State's Attorney" (the run was cut at "State's", leaving
 * "Attorney's Office" a body of its own and "State" other).
 */
function isStatesAttorney(view: TokenView, k: number): boolean {
  return view.kind(k) === TokenKind.Possessive && view.lower(k - 1) === 'state' && view.lower(k + 1) === 'attorney' && view.isCapitalized(k + 1);
}

/**
 * "a naval base near Simon's Town", "flats in St John's Wood", "Land's End", "King's Lynn",
 * "Bishop's Stortford": one word (after "St" too) no list knows, its possessive, then a word a
 * town is named with ("Town", "Wood", "Vineyard"), or a sovereign's or a bishop's possessive
 * before a word no dictionary holds, close one place's name (they were a person "Simon", "Lynn",
 * "Stortford" or "Wood" alone). "Putin's Russia" is a known place's possessor; "Labour's Green
 * Party" goes on past the word.
 */
function isPossessorsPlace(view: TokenView, run: NameRun, k: number, sentenceEnd: number): boolean {
  if (view.kind(k) !== TokenKind.Possessive || k + 1 >= sentenceEnd || !view.isCapitalized(k + 1) || view.isAllCaps(k + 1)) return false;
  const saintFirst = k - 1 > run.first && (view.lower(run.first) === 'st' || view.lower(run.first) === 'saint') && k - 1 <= run.first + 2;
  if (k - 1 !== run.first && !saintFirst) return false;
  // "King's Lynn Station", "Land's End Airport": a place's head word may close the name after it ("Labour's Green Party" is a body's).
  // "Shepherd's Bush Market", "Earl's Court Road": so may a word places close with (PLACE_WORDS).
  if (k + 2 < sentenceEnd && view.spaceBefore(k + 2) && isNameToken(view, k + 2) && HEAD_WORDS.get(view.lower(k + 2)) !== 'place' && !PLACE_WORDS.has(view.lower(k + 2))) return false;
  const next = view.lower(k + 1);
  if (OWNERS_PLACE_HEADS.has(next)) return !gazetteer().byKey.has(view.key(k - 1)) && !isKnownPlace(view.key(k - 1));
  // "Earl's Court", "Bishop's Castle": a title's possessive before a place's word names the place (it was a body "Court").
  return k - 1 === run.first && PLACE_NAMING_TITLES.has(view.lower(k - 1)) && (!isCommonWord(next) || PLACE_WORDS.has(next));
}

/**
 * "St. Joseph's Catholic Church", "St. Mary's Roman Catholic Church": one or two capitalised words
 * from `i`, then a head word, close a saint's place (it was cut into "St. Joseph" and "Catholic
 * Church"); "St. Joseph's Day Parade" names no head word.
 */
function closesWithHeadWord(view: TokenView, i: number): boolean {
  for (let j = i + 1; j <= i + 2 && j < view.count; j++) {
    if (!view.spaceBefore(j) || !isNameToken(view, j)) return false;
    if (view.hasClass(j, WordClass.Head)) return true;
  }
  return false;
}

/** ".com" in "Amazon.com", ".us" in "Metro.us": a web address's top-level domain at the period k is part of the name. */
function isTopLevelDomainAt(view: TokenView, k: number): boolean {
  const next = k + 1;
  if (!view.adjacent(k) || !view.isLowerWord(next) || !TOP_LEVEL_DOMAINS.has(view.lower(next))) return false;
  // Not the first part of a longer address ("Amazon.com.au"); a sentence's period may follow.
  if (!view.adjacent(next)) return true;
  if (view.isChar(next + 1, '.')) return !view.adjacent(next + 1) || view.kind(next + 2) !== TokenKind.Word;
  return view.kind(next + 1) !== TokenKind.Word && view.kind(next + 1) !== TokenKind.Number;
}

/** Top-level domains that are no English words ("in", "de" and "co" are left out: "Paris.in the spring"). */
const TOP_LEVEL_DOMAINS = new Set(['com', 'org', 'net', 'io', 'us', 'uk', 'gov', 'edu', 'info', 'tv', 'ru', 'fr', 'cn', 'jp', 'eu', 'au', 'ca']);

/**
 * Where a name goes on after a quoted nickname at token k (one to three capitalised words in
 * quotes, then the rest of the name: '"Shep" Padalecki', or a surname's particles and the surname:
 * 'Ronald "Bato" dela Rosa' was "Ronald", "Bato" and "dela Rosa"), or 0 when k opens none.
 */
function quotedNicknameEnd(view: TokenView, k: number, sentenceEnd: number): number {
  if (!view.spaceBefore(k) || !view.isChar(k, OPEN_QUOTES) || !view.adjacent(k)) return 0;
  // 'Dwayne "The Rock" Mbeki', 'Thomas "The Hitman" Hearns': a capitalised "The" may open the nickname (it broke the name).
  const opener = view.isText(k + 1, 'The') ? k + 2 : k + 1;
  let close = opener;
  while (close < sentenceEnd && close - k <= 3 && isNameToken(view, close) && (close === k + 1 || view.spaceBefore(close))) close++;
  if (close === opener || !view.isChar(close, CLOSE_QUOTES) || view.spaceBefore(close)) return 0;
  let rest = close + 1;
  if (rest >= sentenceEnd || !view.spaceBefore(rest) || view.lineBreakBefore(rest)) return 0;
  while (rest + 1 < sentenceEnd && rest - close <= 2 && view.isLowerWord(rest) && view.hasClass(rest, WordClass.NameParticle)) rest++;
  return rest < sentenceEnd && isNameToken(view, rest) ? rest + 1 : 0;
}

/**
 * '"[Franklin D.] Roosevelt gave in"', '"[Jean-Claude] Juncker said"': the words an editor put in
 * square brackets into a quotation, and the name the quotation goes on with, are one name, the run
 * from the first word in the brackets, the mention's range from the bracket (`editorsBracketOpening`;
 * the name was cut at the initial, "Franklin D", or in two, "Jean-Claude" and "Juncker"). The run's new end, past the first word after the bracket, or 0.
 */
function editorialBracketEnd(view: TokenView, run: NameRun, k: number, sentenceEnd: number): number {
  if (!view.isChar(run.first - 1, '[') || !view.adjacent(run.first - 1)) return 0;
  let close = k;
  // The initial's period before the bracket: "[Franklin D.]".
  if (view.kind(close) === TokenKind.Period && view.adjacent(close - 1) && view.length(close - 1) === 1 && view.isCapitalized(close - 1)) close++;
  if (!view.isChar(close, ']') || !view.adjacent(close - 1) || close + 1 >= sentenceEnd || !view.spaceBefore(close + 1)) return 0;
  // '"I met [President] Biden"': a title alone in the brackets stays out of the name.
  if (close === run.first + 1 && isTitleWord(view.lower(run.first))) return 0;
  return view.isWord(close + 1) && view.isCapitalized(close + 1) && isNameToken(view, close + 1) ? close + 2 : 0;
}

/**
 * "Patricia Ann (Mulligan) O'Neill", "Helen (Dunn) Mulligan": an obituary's maiden name in brackets
 * between a given name and the married surname stays in the name (it was three persons, the last
 * one "O'Neill" joined to her husband). Where the name goes on after the bracket, or 0.
 */
function maidenNameEnd(view: TokenView, k: number, sentenceEnd: number): number {
  if (!view.isChar(k, '(') || !view.spaceBefore(k) || !view.adjacent(k) || !isGivenName(view.lower(k - 1), true)) return 0;
  const maiden = k + 1;
  if (!view.isWord(maiden) || !view.isCapitalized(maiden) || view.isAllCaps(maiden) || !isListedSurname(view.lower(maiden)) || gazetteer().byKey.has(view.key(maiden))) return 0;
  const rest = maiden + 2;
  if (!view.isChar(maiden + 1, ')') || view.spaceBefore(maiden + 1) || rest >= sentenceEnd || !view.spaceBefore(rest) || view.lineBreakBefore(rest)) return 0;
  return view.isWord(rest) && view.isCapitalized(rest) && isNameToken(view, rest) ? rest + 1 : 0;
}

/**
 * "the Sexual Offences (Amendment) Act 1992", "the Criminal Law (Amendment) Bill 2023", "the Supreme
 * Court (Practice and Procedure) Amendment Ordinance 2024": capitalised words in brackets inside a
 * law's title, the title going on in capitals to its head word, are the title's (it was cut to
 * "Amendment", a programme, beside a body "Supreme Court" and an other "Amendment Ordinance 2024").
 * Where the run goes on, past the first word after the bracket, else 0.
 */
function bracketInLawTitleEnd(view: TokenView, k: number, sentenceEnd: number): number {
  if (!view.isChar(k, '(') || !view.spaceBefore(k) || !view.adjacent(k) || !view.isCapitalized(k + 1)) return 0;
  let close = k + 1;
  while (close < sentenceEnd && close - k <= MAX_LAW_BRACKET_TOKENS && !view.isChar(close, ')')) {
    if (!view.isWord(close) || !(view.isCapitalized(close) || (view.isLowerWord(close) && LAW_BRACKET_CONNECTORS.has(view.lower(close))))) return 0;
    close++;
  }
  if (close >= sentenceEnd || !view.isChar(close, ')') || !view.adjacent(close - 1) || !view.spaceBefore(close + 1)) return 0;
  for (let h = close + 1; h < sentenceEnd && h - close <= 3 && view.isWord(h) && view.isCapitalized(h); h++) {
    if (LAW_TITLE_HEADS.has(view.lower(h))) return close + 2;
  }
  return 0;
}

/**
 * "the Factories and Machinery (Repeal) Bill 2020": a run opened right after "and" and a capitalised word
 * is the second half of a title the runs do not join, and takes no bracket (it made "Factories" and
 * "Machinery (Repeal) Bill 2020" two names of one).
 */
function isAfterConjunctTitle(view: TokenView, first: number): boolean {
  return first >= 2 && view.isLowerWord(first - 1) && view.lower(first - 1) === 'and' && view.isCapitalized(first - 2);
}

const MAX_LAW_BRACKET_TOKENS = 6;
const LAW_BRACKET_CONNECTORS = new Set(['and', 'of', 'the', 'for', 'on']);

/**
 * "a JD(U) MP", "the PML(N) and the PPP", "CPI(M) leaders": a party's letters and its faction's
 * letter in brackets written against them are one name (it was "JD", a person joined to "J.D.
 * Vance", "PML" apart, and "CPI(M)" none). True at the bracket opening right after the capitals.
 */
function isFactionLetterInBrackets(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (!view.isChar(k, '(') || view.spaceBefore(k) || k + 2 >= sentenceEnd || !view.isAllCaps(k - 1) || view.length(k - 1) < 2) return false;
  // One capital is no "all capitals" token: "U".
  const letters = view.length(k + 1) === 1 ? view.isCapitalized(k + 1) : view.length(k + 1) === 2 && view.isAllCaps(k + 1);
  return view.isWord(k + 1) && letters && view.adjacent(k) && view.isChar(k + 2, ')') && view.adjacent(k + 1);
}
