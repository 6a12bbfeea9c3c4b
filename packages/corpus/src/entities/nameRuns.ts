import { codeAt } from '../text/chars.js';
import { isJoiningEnDash, TokenKind } from '../text/tokenize.js';
import {
  AMPERSAND_TERMS,
  RANK_ABBREVIATIONS,
  CLOSING_ONLY_HEADS,
  EPITHETS,
  FIELD_HEADS,
  FIRM_PARTNERS,
  FURNITURE_WORDS,
  GENERATION_SUFFIXES,
  HONORIFICS,
  HYPHEN_SUFFIXES,
  isBodyWord,
  isContraction,
  INNER_POSSESSIVES,
  CONDITION_EPONYMS,
  EPONYMOUS_CONDITIONS,
  isCommonWord,
  isGivenName,
  isFrequentSurname,
  isListedSurname,
  isSurname,
  MONTHS_AND_DAYS,
  HEAD_WORDS,
  ORDINAL_UNIT_HEADS,
  LEGISLATIVE_CHAMBERS,
  OFFICE_WORDS,
  LANDFORM_OPENERS,
  COMPASS_CONNECTORS,
  FOREIGN_COMPASS,
  FOREIGN_ORGANIZATION_HEADS,
  FOREIGN_PLACE_HEADS,
  HYPHEN_PREFIXES,
  EVENT_OPENERS,
  LAW_HEADS,
  STANDING_MEETING_HEADS,
  LEGAL_SUFFIXES,
  MID_NAME_PARTICLES,
  DUTCH_PLACE_PARTICLES,
  NAME_CONNECTORS,
  NON_NAME_ACRONYMS,
  SPOKEN_CAPITALS,
  PATRON_TITLES,
  OWNERS_PLACE_HEADS,
  PLACE_WORDS,
  MODEL_WORDS,
  AIRCRAFT_MAKERS,
  VESSEL_PREFIXES,
  isVersionNumber,
  PLACE_NAMING_TITLES,
  PERSON_VERBS,
  PROCLAMATION_WORDS,
  ON_HEADS,
  ORGANIZATION_ANCHORS,
  PRECEDING_TYPE_CUES,
  REGNAL_TITLES,
  SPEECH_VERBS,
  STOPWORDS,
  ROLE_NOUNS,
  TITLE_WORDS,
  NAME_TITLE_ABBREVIATIONS,
  TOWN_HEADS,
  isRegionWord,
  TITLE_SMALL_WORDS,
  ARTICLES,
  WordClass,
  WORK_NOUNS,
  WORK_MAKER_NOUNS,
  WORK_SOURCE_NOUNS,
  WORK_VERBS,
  isTitleWord,
  MEETINGS_LETTERS,
} from './lexicon.js';
import { gazetteer, isCity, isCountry, isKnownPlace, isRegion, namesAPeople, opensDemonymOfWords } from './gazetteer.js';
import { isClubCloser, isNumberedPlural, isResultLinesGoals, isSideOfScore } from './sportsClubs.js';
import { CLOSE_QUOTES, OPEN_QUOTES, type TokenView } from './tokenView.js';

/** A maximal stretch of capitalised tokens (with the connectors names allow) inside one sentence. */
export interface NameRun {
  first: number;
  end: number;
  /** The lower-case word after a hyphen that ended the run ("flagged" in "Togo-flagged"). */
  hyphenSuffix: string | null;
  /** Hyphen tokens that join two parts of the run ("US-Russia"), where it may be split again. */
  hyphenJoins: number[];
  /** The run begins its sentence, where every word is capitalised. */
  sentenceInitial: boolean;
}

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
const PERIOD_IN_NAME = new Set(['co', 'corp', 'inc', 'no', 'st', 'mt', 'ft', 'jr', 'sr', 'bros', 'sen', 'rep', 'gov', 'dr', 'mr', 'mrs', 'ms', 'mme', 'mlle', 'mx', 'prof', 'rev', 'md', 'mohd', 'muhd', 'ma', ...NAME_TITLE_ABBREVIATIONS, ...RANK_ABBREVIATIONS]);

/** Capitalised tokens that can be (part of) a name. */
/**
 * "The 49ers improved to 5-2", "the 76ers": a number written as a plural after "the" names a team
 * on its own, as it closes one after its place ("the San Francisco 49ers"); it was no name at all.
 */
function isTeamsNumberedPlural(view: TokenView, i: number): boolean {
  return i > 0 && view.kind(i) === TokenKind.Word && view.hasDigit(i) && view.lower(i - 1) === 'the' && isNumberedPlural(view.raw(i));
}

/**
 * "the M. A. Chidambaram Stadium", "A. P. Moller": the letter "A" (or "I") and its period beside another
 * initial is an initial too, no article ("M. A." was dropped, the stadium cut to "Chidambaram Stadium").
 */
function isInitialBesideInitial(view: TokenView, i: number): boolean {
  if (view.length(i) !== 1 || !view.isChar(i + 1, '.') || !view.adjacent(i)) return false;
  const isInitialAt = (j: number) => j >= 0 && j + 1 < view.count && view.length(j) === 1 && view.isCapitalized(j) && view.isChar(j + 1, '.') && view.adjacent(j);
  return isInitialAt(i - 2) || (isInitialAt(i + 2) && view.spaceBefore(i + 2));
}

export function isNameToken(view: TokenView, i: number): boolean {
  if (i < 0 || i >= view.count) return false;
  if (!view.isCapitalized(i)) return isTeamsNumberedPlural(view, i);
  const known = view.nameTokenAnswer(i);
  if (known !== 0) return known === 2;
  const yes = isCapitalisedNameToken(view, i);
  view.rememberNameToken(i, yes);
  return yes;
}

/** isNameToken of capitalised token i, before its answer is remembered. */
function isCapitalisedNameToken(view: TokenView, i: number): boolean {
  if (isInitialOfNickname(view, i)) return true;
  if (view.hasDigit(i) ? isAmountInLetteredCurrency(view, i) : isLetteredCurrencyBeforeAmount(view, i)) return false;
  const lower = view.lower(i);
  if (isFiscalPeriod(view, i, lower)) return false;
  // "US" and "WHO" are names, though "us" and "who" are stop words.
  if (isInitialsPairAfterTitle(view, i)) return true;
  if (isPrefixOfLowerCompound(view, i)) return false;
  if (isInSlashedCode(view, i)) return false;
  if (isWorldRankingAt(view, i)) return false;
  if (isInsideWebAddress(view, i)) return false;
  if (view.isAllCaps(i)) return (!NON_NAME_ACRONYMS.has(lower.replace(/\./g, '')) || isAiInName(view, i) || isTvInName(view, i) || opensKnownName(view, i, view.count)) && !isShoutedConnective(lower) && !SPOKEN_CAPITALS.has(lower) && !labelsLongNumber(view, i) && !isZoneAfterClock(view, i, lower) && !qualifiesNonNameAcronym(view, i);
  if (isAcronymsPlural(view, i) || isMixedCaseNonName(view, i, lower)) return false;
  return (!view.hasClass(i, WordClass.Stop) || isHyphenedSyllableOfName(view, i) || isInitialBesideInitial(view, i) || opensCapitalisedCompound(view, i) || isAmpersandInitialAfterName(view, i)) && (!view.hasClass(i, WordClass.MonthOrDay) || isSunInName(view, i)) && (!view.hasClass(i, WordClass.Furniture) || isWatchdogHead(view, i) || isAgencysImages(view, i)) && (!view.hasClass(i, WordClass.Interjection) || opensKunya(view, i)) && !isContraction(lower);
}

/** "SaaS", "SoC": a term of NON_NAME_ACRONYMS written with a capital inside as well as small letters. */
function isMixedCaseNonName(view: TokenView, i: number, lower: string): boolean {
  if (view.length(i) > 5 || !NON_NAME_ACRONYMS.has(lower)) return false;
  const word = view.raw(i);
  return word.slice(1) !== word.slice(1).toLowerCase();
}

/**
 * "(http://www.wikihow.com/wikiHow:Statistics)", "https://twitter.com/SenSchumer/status/1": a word
 * inside a web address, after its scheme or "www.", is a path's or a page's, no name (it was
 * "wikiHow" the site, "SenSchumer" a name). A word opening the address stays, "Amazon.com".
 */
function isInsideWebAddress(view: TokenView, i: number): boolean {
  if (i === 0 || !view.adjacent(i - 1)) return false;
  let opener = i - 1;
  while (opener > 0 && i - opener < 48 && view.adjacent(opener - 1)) opener--;
  const before = view.text.slice(view.start(opener), view.start(i));
  return WEB_ADDRESS_OPENING.test(before);
}

const WEB_ADDRESS_OPENING = /^[("'“‘<[]?(?:https?:\/\/|www\.)/i;

/**
 * "Justice KM Joseph", "Justice AS Bopanna", "Justice MR Shah", "Cabinet Secretary TV Somanathan": two
 * initials written together in capitals after a title, before a name's word no dictionary holds, are
 * the person's initials (India's press writes them so), not the lists' "KM", "AS", "MR" or "TV" (the
 * name was cut to "Joseph", or kept its title). Offices written so stay titles: "Deputy CM Ajit Pawar".
 */
export function isInitialsPairAfterTitle(view: TokenView, i: number): boolean {
  if (i < 1 || i + 1 >= view.count || view.length(i) !== 2 || !view.isAllCaps(i) || view.kind(i) !== TokenKind.Word) return false;
  if (OFFICE_ACRONYMS.has(view.lower(i)) || !view.spaceBefore(i) || !view.spaceBefore(i + 1)) return false;
  const title = i - 1;
  if (view.kind(title) !== TokenKind.Word || !view.isCapitalized(title) || view.isAllCaps(title) || !view.hasClass(title, WordClass.Title)) return false;
  const next = i + 1;
  if (view.kind(next) !== TokenKind.Word || !view.isCapitalized(next) || view.isAllCaps(next) || view.hasDigit(next)) return false;
  return !isCommonWord(view.key(next)) && !view.hasClass(next, WordClass.Title) && !view.hasClass(next, WordClass.Head) && !view.hasClass(next, WordClass.Stop);
}

/**
 * "Ex-foreign minister Bilawal Bhutto said", "Pro-government lawmakers", "Anti-war protesters": a
 * prefix opening a sentence, hyphened to a dictionary word in lower case, opens a common word (they
 * were names "Ex", a person, and "Pro"); "Pro-Russian separatists" and "the Co-op" stay names.
 */
function isPrefixOfLowerCompound(view: TokenView, i: number): boolean {
  if (!HYPHEN_PREFIXES.has(view.lower(i)) || !view.isChar(i + 1, '-') || !view.adjacent(i) || !view.adjacent(i + 1)) return false;
  // Inside a name it is a word of the name: "the National Anti-corruption Commission".
  if (i > 0 && view.kind(i - 1) === TokenKind.Word && view.isCapitalized(i - 1)) return false;
  const word = i + 2;
  return word < view.count && view.kind(word) === TokenKind.Word && view.isLowerWord(word) && isCommonWord(view.lower(word));
}

/**
 * "Planning Applications 16/01370/OUT and 16/01373/OUT", "application 20/02412/FP", "the resolution
 * A/HRC/55/L.1", "trial CTRI/2023/12/060772": letters and numbers joined by slashes with no space are a
 * reference's code; none of its parts is a name ("OUT" and "FP" were bodies, "16" made "Planning
 * Applications 16" a vessel). A code has a number between two slashes or two numbers joined by one;
 * "F-35/F-16" and "Rodrigues/SF" have neither.
 */
export function isInSlashedCode(view: TokenView, i: number): boolean {
  let first = i;
  while (first > 0 && i - first < 12 && view.adjacent(first - 1)) first--;
  let last = i;
  while (last + 1 < view.count && last - i < 12 && view.adjacent(last)) last++;
  for (let k = first + 1; k < last; k++) if (view.kind(k) === TokenKind.Number && isSlashedNumber(view, k, first, last)) return true;
  return false;
}

function isSlashedNumber(view: TokenView, k: number, first: number, last: number): boolean {
  const slashBefore = view.isChar(k - 1, '/');
  const slashAfter = k < last && view.isChar(k + 1, '/');
  if (slashBefore && slashAfter) return true;
  return (slashBefore && k - 2 >= first && view.kind(k - 2) === TokenKind.Number) || (slashAfter && k + 2 <= last && view.kind(k + 2) === TokenKind.Number);
}

/**
 * "The World No 120 now awaits the winner", "World No. 1 Iga Swiatek": a player's world ranking, no
 * name ("World" was a person, "World No. 1" a vessel by its number).
 */
function isWorldRankingAt(view: TokenView, i: number): boolean {
  if (view.lower(i) !== 'world' || i + 2 >= view.count || !view.spaceBefore(i + 1)) return false;
  const no = view.lower(i + 1);
  if (no !== 'no' && no !== 'number') return false;
  const rank = view.isChar(i + 2, '.') && view.adjacent(i + 1) ? i + 3 : i + 2;
  return rank < view.count && view.kind(rank) === TokenKind.Number;
}

/** Offices India's press writes in two capitals before a name: "PM Modi", "CM Yogi Adityanath", "MP Shashi Tharoor". */
const OFFICE_ACRONYMS = new Set(['pm', 'cm', 'mp']);

/**
 * "confirmed with RT-PCR", "an RT-qPCR test": capitals joined by a hyphen before a list's non-name
 * acronym qualify that term ("RT" was the broadcaster's body once "PCR" was no name).
 */
function qualifiesNonNameAcronym(view: TokenView, i: number): boolean {
  const term = i + 2;
  if (term >= view.count || !view.isChar(i + 1, '-') || !view.adjacent(i) || !view.adjacent(i + 1)) return false;
  return view.isAllCaps(term) && NON_NAME_ACRONYMS.has(view.lower(term));
}

/**
 * "Updated 6:42 p.m. ET", "at 10:30 a.m. PT Tuesday": the US zones' short letters after a clock
 * time (they were bodies "ET" and "PT"); those letters stand for other things elsewhere ("the PT
 * won", Brazil's Workers' Party), so they are no list's non-names (NON_NAME_ACRONYMS has "EDT").
 * However the time is written: "at 10:00a.m ET", "4 p.m ET", "4:00 PM ET" (bodies "ET" too).
 */
function isZoneAfterClock(view: TokenView, i: number, lower: string): boolean {
  if (!US_ZONE_LETTERS.has(lower) || i < 1) return false;
  return CLOCK_TIME_END.test(view.slice(Math.max(0, i - 5), i));
}

/** A clock time's hour and its "am" or "pm", dotted or not, at the end of a text: "10:00a.m ", "4 PM ", "6:42 p.m. ". */
const CLOCK_TIME_END = /\d\s*[ap]\.?\s?m\b\.?\s*$/i;

const US_ZONE_LETTERS = new Set(['et', 'pt', 'ct', 'mt']);

/**
 * "Inflation hit 3% in Q3", "in H1", "Revenue in FY2024 rose": a year's quarter, half or fiscal year
 * (places and a body); not beside another word of a name: "the Audi Q3", "H2 Global invested".
 */
function isFiscalPeriod(view: TokenView, i: number, lower: string): boolean {
  if (!view.hasDigit(i) || !FISCAL_PERIOD.test(lower)) return false;
  const nameBeside = (j: number) => j >= 0 && j < view.count && view.kind(j) === TokenKind.Word && view.isCapitalized(j);
  return !(nameBeside(i - 1) && view.spaceBefore(i)) && !(nameBeside(i + 1) && view.spaceBefore(i + 1));
}

const FISCAL_PERIOD = /^(?:q[1-4]|h[12]|fy\d{2}(?:\d{2})?)$/;

/**
 * "the tanker Vinland (IMO 9268801)", "MMSI 636019825": letters before a number of six digits or more
 * label a registry's number, no body ("IMO" was a place); "NY 10001" (a ZIP code's five) keeps its state.
 */
function labelsLongNumber(view: TokenView, i: number): boolean {
  const next = i + 1;
  return next < view.count && view.kind(next) === TokenKind.Number && view.spaceBefore(next) && view.length(next) >= 6;
}

/**
 * "a R2 billion upgrade", "R14,000 a month", "Sh2.4 billion", "RM1.2bn": a currency written with
 * letters before the amount (rand, rupees, shillings, ringgit, naira, kwacha…) is no name ("R2" and
 * "R500" were names, other). Only with a sign of money: an amount word after it, a thousands' comma
 * or a closing "bn"; "K9 howitzers" and "N95 masks" stay names.
 */
function isAmountInLetteredCurrency(view: TokenView, i: number): boolean {
  const raw = view.raw(i);
  let digit = 0;
  while (digit < raw.length && (raw.charCodeAt(digit) < 48 || raw.charCodeAt(digit) > 57)) digit++;
  if (digit === 0 || digit > 3 || !LETTERED_CURRENCIES.has(raw.slice(0, digit))) return false;
  if (raw.includes(',') || raw.endsWith('bn') || raw.endsWith('tn')) return true;
  return i + 1 < view.count && view.spaceBefore(i + 1) && view.isLowerWord(i + 1) && MONEY_AMOUNT_WORDS.has(view.lower(i + 1));
}

const LETTERED_CURRENCIES = new Set(['R', 'Rs', 'Rp', 'RM', 'Sh', 'KSh', 'Ksh', 'Kshs', 'TSh', 'Tsh', 'USh', 'N', 'K', 'Tk', 'P']);

/**
 * "Rs 1,500 crore", "Rs. 100", "Sh 200", "KSh 50,000": the same currencies written apart from the
 * amount ("Rs 100" was a vessel's name, hull number and all). Letters that are a currency only
 * (LETTERED_CURRENCIES of two or more) need the number alone; a single letter needs a sign of money
 * after it too: "R 20 billion", but "K 9" and "P 5" stay names.
 */
function isLetteredCurrencyBeforeAmount(view: TokenView, i: number): boolean {
  if (view.length(i) > 4 || !LETTERED_CURRENCIES.has(view.raw(i))) return false;
  const amount = view.isChar(i + 1, '.') && view.adjacent(i) ? i + 2 : i + 1;
  if (amount >= view.count || view.kind(amount) !== TokenKind.Number || !view.spaceBefore(amount)) return false;
  if (view.length(i) > 1) return true;
  const after = amount + 1;
  return after < view.count && view.spaceBefore(after) && view.isLowerWord(after) && MONEY_AMOUNT_WORDS.has(view.lower(after));
}
const MONEY_AMOUNT_WORDS = new Set(['million', 'billion', 'trillion', 'crore', 'lakh', 'bn', 'm']);

/**
 * "NGOs", "ETFs", "MPs", "ICBMs": an acronym's plural names a kind of thing, no one thing ("Several
 * NGOs" was a person, "U.S.-listed ADRs" other).
 */
function isAcronymsPlural(view: TokenView, i: number): boolean {
  const start = view.start(i);
  const last = view.end(i) - 1;
  if (last - start < 2 || view.text.charCodeAt(last) !== 115 /* s */) return false;
  for (let c = start; c < last; c++) {
    const code = view.text.charCodeAt(c);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

/**
 * "Investors backed Stability AI", "Mistral AI raised money", "the EU AI Act": "AI" after a name's
 * capitalised word inside its sentence, or before a law's or a body's head word, is a word of the
 * name (the company was lost, and the law cut to "Act"). "Generative AI tools spread" opens its
 * sentence with a dictionary word.
 */
function isAiInName(view: TokenView, i: number): boolean {
  if (view.lower(i) !== 'ai' || !view.spaceBefore(i) || i < 1) return false;
  if (opensBodysName(view, i + 1)) return true;
  const before = view.lower(i - 1);
  if (view.kind(i - 1) !== TokenKind.Word || !view.isCapitalized(i - 1) || STOPWORDS.has(before)) return false;
  // "Getty Images v. Stability AI": the period of "v." closes no sentence.
  const insideSentence = i >= 2 && ((view.kind(i - 2) === TokenKind.Word && view.isLowerWord(i - 2)) || (i >= 3 && view.kind(i - 2) === TokenKind.Period && (view.lower(i - 3) === 'v' || view.lower(i - 3) === 'vs')));
  return insideSentence || (!isCommonWord(before) && !ADJECTIVE_ENDING.test(before));
}

/**
 * "the EU AI Act", "Britain's AI Safety Institute", "the AI Now Institute": capitalised words from
 * `i` on, up to three, the last a law's or a body's head word ("AI" was cut off, "Safety Institute" left).
 */
function opensBodysName(view: TokenView, i: number): boolean {
  for (let k = i; k < view.count && k < i + 3 && view.spaceBefore(k) && view.isCapitalized(k); k++) if (view.hasClass(k, WordClass.Head)) return true;
  return false;
}

/**
 * "told Al Masirah TV", "Rossiya TV reported": "TV" right after a capitalised word that is no
 * dictionary word, no people's adjective and no acronym closes a broadcaster's name (the channel was a
 * person "Al Masirah", and a place "Rossiya"). "Ukrainian TV showed", "on state TV" and "BBC TV" keep it a word.
 */
function isTvInName(view: TokenView, i: number): boolean {
  if (view.lower(i) !== 'tv' || i < 1 || !view.spaceBefore(i) || view.kind(i - 1) !== TokenKind.Word) return false;
  if (!view.isCapitalized(i - 1) || view.isAllCaps(i - 1)) return false;
  const before = view.key(i - 1);
  return !isCommonWord(before) && !STOPWORDS.has(before) && !gazetteer().demonyms.has(before);
}

/** "Generative", "Agentic", "Conversational": an adjective no dictionary holds, before "AI" at a sentence's start. */
const ADJECTIVE_ENDING = /(?:ive|ic|tional|ible|able)$/;

/**
 * "Lee's lawyer, Lee In-jae, said": a Korean given name's first syllable that is an English stop word
 * ("In", "On", "A"), hyphened to a syllable no dictionary holds, after a capitalised word. "Smith
 * In-house" and "the Jones In-law" are dictionary words.
 */
function isHyphenedSyllableOfName(view: TokenView, i: number): boolean {
  if (i < 1 || i + 2 >= view.count || !view.spaceBefore(i) || view.kind(i + 1) !== TokenKind.Hyphen || !view.adjacent(i) || !view.adjacent(i + 1)) return false;
  if (!view.isLowerWord(i + 2) || view.hasClass(i + 2, WordClass.Common)) return false;
  return view.kind(i - 1) === TokenKind.Word && view.isCapitalized(i - 1) && !view.isAllCaps(i - 1) && !view.hasClass(i - 1, WordClass.Stop);
}

/**
 * "an All-Star", "the All-Star Game", "the All-Ireland final": a stop word written with a capital and
 * hyphened to a capitalised word opens a compound name ("All" was left out, leaving "Star" [other]
 * and dropping the game). In lower case it is a prefix to a name ("all-Russian" is Russian's).
 */
function opensCapitalisedCompound(view: TokenView, i: number): boolean {
  if (i + 2 >= view.count || view.kind(i + 1) !== TokenKind.Hyphen || !view.adjacent(i) || !view.adjacent(i + 1)) return false;
  return view.isCapitalized(i) && !view.isAllCaps(i) && view.isWord(i + 2) && view.isCapitalized(i + 2);
}

/**
 * "Chicago Sun-Times", "Springfield News-Sun", "the Baltimore Sun", "Sun Yat-sen": "Sun", the one
 * day's abbreviation that is a surname and a newspaper's word, is a name's word beside another
 * capitalised word (the three were cut or lost); "Sun, March 3" and "Sun Mar 3" are a date's.
 */
function isSunInName(view: TokenView, i: number): boolean {
  if (view.lower(i) === 'jun') return isJunInName(view, i);
  if (view.lower(i) !== 'sun') return false;
  const nameWordAt = (j: number) => j >= 0 && j < view.count && view.isWord(j) && view.isCapitalized(j) && !view.hasClass(j, WordClass.MonthOrDay) && !view.hasClass(j, WordClass.Stop);
  const hyphenBefore = i >= 2 && view.kind(i - 1) === TokenKind.Hyphen && view.adjacent(i - 2) && view.adjacent(i - 1) && nameWordAt(i - 2);
  const hyphenAfter = view.kind(i + 1) === TokenKind.Hyphen && view.adjacent(i) && view.adjacent(i + 1) && nameWordAt(i + 2);
  const wordBefore = view.spaceBefore(i) && nameWordAt(i - 1);
  const wordAfter = i + 1 < view.count && view.spaceBefore(i + 1) && nameWordAt(i + 1);
  return hyphenBefore || hyphenAfter || wordBefore || wordAfter;
}

/**
 * "Defence Minister Dong Jun", "Cao Jun spoke", "Jun Ji-hyun": "Jun", a month's abbreviation, is a
 * Chinese given name or a Korean surname beside another word of a name, no dictionary word (he
 * was "Dong", she was lost); "Updated Jun 3", "Jun 2025" and "the Jun Follow-up" are a date's.
 */
function isJunInName(view: TokenView, i: number): boolean {
  if (i + 1 < view.count && view.kind(i + 1) === TokenKind.Number) return false;
  // Not a dictionary word: "the Jun Follow-up", "Updated Jun".
  const nameWordAt = (j: number) => j >= 0 && j < view.count && view.isWord(j) && view.isCapitalized(j) && !view.isAllCaps(j) && !view.hasClass(j, WordClass.MonthOrDay) && !view.hasClass(j, WordClass.Stop) && !view.hasClass(j, WordClass.Furniture) && !isCommonWord(view.lower(j));
  return (view.spaceBefore(i) && nameWordAt(i - 1)) || (i + 1 < view.count && view.spaceBefore(i + 1) && nameWordAt(i + 1));
}

/**
 * "the Indonesia Corruption Watch group", "Migrant Rights Watch": "Watch" after a name's word closes
 * a watchdog's name (it was cut to "Indonesia Corruption"); a page's "Video Watch Listen" is no name,
 * nor a company's product ("Apple Watch sales").
 */
function isWatchdogHead(view: TokenView, i: number): boolean {
  if (view.lower(i) !== 'watch' || !view.spaceBefore(i) || !view.isWord(i - 1) || view.isAllCaps(i - 1)) return false;
  return isNameToken(view, i - 1) && gazetteer().byKey.get(view.key(i - 1))?.type !== 'organization';
}

/**
 * "Getty Images sued Stability AI", "Shutterstock Images": "Images" after a capitalised word that
 * is no dictionary word is a picture agency's name, not a caption's label ("Satellite Images Show
 * Damage" is a headline's).
 */
function isAgencysImages(view: TokenView, i: number): boolean {
  if (view.lower(i) !== 'images' || !view.spaceBefore(i) || i < 1 || !view.isWord(i - 1) || view.isAllCaps(i - 1)) return false;
  const before = view.lower(i - 1);
  return !isCommonWord(before) && !FURNITURE_WORDS.has(before) && isNameToken(view, i - 1);
}

/**
 * "A Pakistan International Airlines Airbus A320 crashed", "a Turkish Airlines Boeing 737": an
 * aircraft's maker after an airline's head word opens the plane's name, no word of the airline's.
 */
function isMakerAfterCarrier(view: TokenView, first: number, k: number): boolean {
  if (!AIRCRAFT_MAKERS.has(view.lower(k)) || k - 1 < first) return false;
  const before = view.lower(k - 1);
  // "A Southwest Boeing 737-800 was damaged": a maker before its model's number opens the plane's
  // name after any carrier's name (it was "Southwest Boeing", a place).
  return before === 'airlines' || before === 'airways' || before === 'airline' || isAircraftMakerBeforeNumber(view, k);
}

/**
 * "Boeing 737", "Airbus 380": an aircraft maker right before a number, its model's. Not a year's:
 * "Boeing 2024 results".
 */
export function isAircraftMakerBeforeNumber(view: TokenView, k: number): boolean {
  if (!AIRCRAFT_MAKERS.has(view.lower(k)) || k + 1 >= view.count || view.kind(k + 1) !== TokenKind.Number || !view.spaceBefore(k + 1) || view.lineBreakBefore(k + 1)) return false;
  return !/^(?:19|20)\d\d$/.test(view.raw(k + 1));
}

/** "A-Rod", "J-Lo": a capital letter hyphened to a capitalised word opens a nickname, though "A" alone is an article. */
function isInitialOfNickname(view: TokenView, i: number): boolean {
  return view.length(i) === 1 && i + 2 < view.count && view.kind(i + 1) === TokenKind.Hyphen && view.adjacent(i) && view.adjacent(i + 1) && view.isCapitalized(i + 2) && !view.isAllCaps(i + 2);
}

/** "said Umm Mohammed, 54": "Umm" ("mother of") before a name opens an Arabic kunya, as "Abu" does; "Umm, Mohammed said" is a pause. */
function opensKunya(view: TokenView, i: number): boolean {
  return view.lower(i) === 'umm' && i + 1 < view.count && view.spaceBefore(i + 1) && view.kind(i + 1) === TokenKind.Word && isNameToken(view, i + 1);
}

/**
 * A connective in capitals is shouted text, not an acronym: "LIMITATIONS AND FUTURE DIRECTIONS",
 * a proclamation's "WHEREAS" and "NOW, THEREFORE". Two-letter ones stay names ("US", "AT&T"), and
 * so does "WHO".
 */
function isShoutedConnective(lower: string): boolean {
  return lower.length >= 3 && lower !== 'who' && !HONORIFICS.has(lower) && (STOPWORDS.has(lower) || PROCLAMATION_WORDS.has(lower));
}

/**
 * "chief To Lam", "Truong My Lan", "Vice Premier He Lifeng", "Senior General Than Shwe": a Vietnamese, Chinese or Burmese name's word
 * that is an English stop word too, capitalised mid-sentence before another word of the name.
 * Not before a nationality ("to American"), and never opening a sentence ("He Told" is a pronoun).
 */
function isShortNameWordAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  // Flags first: this runs at every token that opens no run, and most are ruled out without a string.
  if (!view.isCapitalized(k) || view.isAllCaps(k) || view.end(k) - view.start(k) > 4 || !view.spaceBefore(k) || view.lineBreakBefore(k) || !SHORT_NAME_WORDS.has(view.lower(k))) return false;
  const next = k + 1;
  if (next >= sentenceEnd || !view.spaceBefore(next) || !isNameToken(view, next) || view.isAllCaps(next) || gazetteer().demonyms.has(view.key(next))) return false;
  // "Prosecutor Per Lindqvist said": the Nordic given name, before a word no dictionary holds ("Cost Per Share" is a heading's);
  // "Senior General Than Shwe": the Burmese name's word, so too ("More Than Words" is a title's).
  return !BEFORE_UNLISTED_WORD_ONLY.has(view.lower(k)) || !view.hasClass(next, WordClass.Common);
}

const SHORT_NAME_WORDS = new Set(['my', 'to', 'he', 'do', 'per', 'than']);
const BEFORE_UNLISTED_WORD_ONLY = new Set(['per', 'than']);

/**
 * "To Lam said", "He Lifeng met Bessent", "Than Shwe, 92, rarely appears": such a word opening a
 * sentence before another word of the name is the name's too where the file writes the two words
 * inside a sentence ("General Secretary To Lam", "Vice Premier He Lifeng"), as Mikheev's test reads a
 * sentence's first word by the file's other uses of it (they were "Lam", "Lifeng" and "Shwe").
 */
function isShortNameWordOpeningSentence(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (!view.isCapitalized(k) || view.isAllCaps(k) || view.length(k) > 4 || !SHORT_NAME_WORDS.has(view.lower(k)) || k + 1 >= sentenceEnd) return false;
  const next = k + 1;
  if (!view.spaceBefore(next) || view.kind(next) !== TokenKind.Word || !isNameToken(view, next) || view.isAllCaps(next) || gazetteer().demonyms.has(view.key(next))) return false;
  return writesInsideSentence(view.text, `${view.raw(k)} ${view.raw(next)}`);
}

/** Whether `words` stand somewhere in the text after another word and a space (so inside a sentence), as whole words. */
function writesInsideSentence(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (at < 2 || text.charCodeAt(at - 1) !== 32 || /[\p{L}\p{N}]/u.test(text[at + words.length] ?? '')) continue;
    if (/[\p{L}\p{N},]/u.test(text[at - 2]!)) return true;
  }
  return false;
}

/** "Mar-a-Lago": a month's or a day's abbreviation hyphened to a name's words is that name's first word. */
function isMonthWordOpeningHyphenedName(view: TokenView, i: number, end: number): boolean {
  if (!view.isCapitalized(i) || view.isAllCaps(i) || !view.hasClass(i, WordClass.MonthOrDay)) return false;
  if (view.kind(i + 1) !== TokenKind.Hyphen || !view.adjacent(i) || !view.adjacent(i + 1) || i + 2 >= end) return false;
  const connector = view.isLowerWord(i + 2) && view.kind(i + 3) === TokenKind.Hyphen && view.adjacent(i + 2) && view.adjacent(i + 3);
  return connector ? i + 4 < end && isNameToken(view, i + 4) : isNameToken(view, i + 2) && !view.hasClass(i + 2, WordClass.MonthOrDay);
}

/**
 * "Goldman's chief economist, Jan Hatzius, said", "Czech Foreign Minister Jan Lipavský": a month's
 * or a day's abbreviation that is a given name too, without a period and before a capitalised word,
 * opens a person's name. Not a date ("Jan. 5", "Jan 6", "Jan Feb"), nor a month written out ("In
 * June Biden said").
 */
function isGivenNameMonthWord(view: TokenView, i: number, end: number): boolean {
  if (view.length(i) !== 3 || !view.isCapitalized(i) || view.isAllCaps(i) || !view.hasClass(i, WordClass.MonthOrDay) || !isGivenName(view.lower(i))) return false;
  const next = i + 1;
  return next < end && view.spaceBefore(next) && isNameToken(view, next) && !view.isAllCaps(next) && view.kind(next) === TokenKind.Word;
}

/**
 * "Jun Young-hyun, head of the chip business, was named CEO": a month's abbreviation that is a
 * listed surname, before a given name of two syllables joined by a hyphen, opens a Korean or
 * Chinese person's name ("Young-hyun" alone was the person), at a sentence's start too. Not a
 * date ("Jun 5"), nor a hyphened dictionary word after it ("Jun Follow-up").
 */
function isSurnameMonthWordBeforeSyllables(view: TokenView, i: number, end: number): boolean {
  if (view.length(i) !== 3 || !view.isCapitalized(i) || view.isAllCaps(i) || !view.hasClass(i, WordClass.MonthOrDay) || !isListedSurname(view.lower(i))) return false;
  const given = i + 1;
  if (given + 2 >= end || !view.spaceBefore(given) || view.kind(given) !== TokenKind.Word || !view.isCapitalized(given) || view.isAllCaps(given)) return false;
  if (view.kind(given + 1) !== TokenKind.Hyphen || !view.adjacent(given) || !view.adjacent(given + 1) || !view.isLowerWord(given + 2)) return false;
  return view.length(given + 2) <= 5 && !view.hasClass(given + 2, WordClass.Common);
}

/** Finds the name runs of the sentence spanning tokens [first, end). */
export function findNameRuns(view: TokenView, first: number, end: number): NameRun[] {
  const runs: NameRun[] = [];
  const sentenceStart = firstWordOf(view, first, end);
  let i = first;
  while (i < end) {
    // Most tokens are lower-case words, which open a run only as a particle ("van der Veen"): every
    // other rule below asks for a capital, a quote, or (isNameToken) a team's number with its digit.
    if (view.isLowerWord(i) && !(view.end(i) - view.start(i) <= 4 && isParticleInitial(codeAt(view.text, view.start(i))))) {
      i++;
      continue;
    }
    const unquotedEnd = unquotedWorkTitleEnd(view, i, end);
    if (unquotedEnd > 0) {
      // "his comedy The Family That Preys": without its article, as every name goes.
      const titleFirst = view.lower(i) === 'the' ? i + 1 : i;
      runs.push({ first: titleFirst, end: unquotedEnd, hyphenSuffix: null, hyphenJoins: [], sentenceInitial: titleFirst === sentenceStart });
      i = unquotedEnd;
      continue;
    }
    const titleEnd = quotedTitleEnd(view, i, end) || quotedWorkTitleEnd(view, i, end);
    if (titleEnd > 0) {
      // 'her drama "The Salt Road"': the title's name goes without its article, as every name does.
      // 'sat in "The Hague"': not where the article is a known name's own.
      const titleFirst = titleEnd - i > 2 && ARTICLES.has(view.lower(i + 1)) && !gazetteer().byKey.has(view.keyOf(i + 1, titleEnd)) ? i + 2 : i + 1;
      runs.push({ first: titleFirst, end: titleEnd, hyphenSuffix: null, hyphenJoins: [], sentenceInitial: titleFirst === sentenceStart });
      i = titleEnd;
      continue;
    }
    // Particles ("van", "al", "de") are short lower-case words; most tokens are ruled out without a lookup.
    const short = view.end(i) - view.start(i) <= 4;
    const startsWithParticle = short && isParticleInitial(codeAt(view.text, view.start(i))) && view.isLowerWord(i) && particlesBeforeName(view, i, end) > 0;
    const startsWithThe = short && !startsWithParticle && view.isCapitalized(i) && (startsKnownTheName(view, i, end) || isSurnameHeAt(view, i, sentenceStart, end));
    // "Iván DeJesús, Jr.": a generation alone names no one.
    const startsWithShortWord = short && ((i !== sentenceStart ? isShortNameWordAt(view, i, end) || isMonthWordOpeningHyphenedName(view, i, end) || isGivenNameMonthWord(view, i, end) : isShortNameWordOpeningSentence(view, i, end)) || isSurnameMonthWordBeforeSyllables(view, i, end));
    if (!startsWithParticle && !startsWithThe && !startsWithShortWord && (!isNameToken(view, i) || isCenturyAfterOrdinal(view, i) || (view.kind(i) === TokenKind.Word && followedByCurrency(view, i, end)) || isFormOfAddress(view, i) || GENERATION_SUFFIXES.has(view.lower(i)))) {
      i++;
      continue;
    }
    const run = extendRun(view, i, end, startsWithParticle ? particlesBeforeName(view, i, end) : startsWithThe ? 1 : 0);
    if (isSpeciesEpithet(view, run, end)) run.end++;
    else run.end = withPlusAfter(view, withLegalSuffixAfter(view, run.end, end), end);
    if (i - 1 > sentenceStart && acronymSpellsWordBefore(view, run, end)) run.first = i - 1;
    else if (i > first && isOrdinalBeforeHead(view, i - 1, run)) run.first = i - 1;
    else if (i - 1 > sentenceStart && isAllOpeningBody(view, i - 1, run)) run.first = i - 1;
    else if (i - 1 === sentenceStart && isAllOpeningKnownName(view, i - 1, run)) run.first = i - 1;
    else if (i - 2 >= first && isSubBeforeRegion(view, i, run)) run.first = i - 2;
    else if (run.end > i + 2 && honorificOfFoundersFirm(view, i) >= first) run.first = honorificOfFoundersFirm(view, i);
    run.sentenceInitial = i === sentenceStart || run.first === sentenceStart || opensSentenceAfterLegalSuffix(view, i, end);
    if (isModelWordAfterNumber(view, run) && isModelsNumber(view, run.first - 1)) {
      run.first--;
      run.end = modelWordsEnd(view, run.first + 1, end);
    }
    if (!labelsNumber(view, run, end) && !isLoneOrdinal(view, run) && !isModelWordAfterNumber(view, run)) runs.push(run);
    i = Math.max(run.end, i + 1);
  }
  return runs;
}

/**
 * 'Pixar's "Inside Out 2" earned $155 million', '"Dune: Part Two" topped the box office': a quotation
 * of two to six tokens, each a capitalised word, a number or a colon, one at least a number or a colon,
 * is a work's title whole, though
 * a word of it opens no name ("Inside", "Out") or a colon cuts it (it was dropped, or "Part Two"
 * alone). Where the title ends at its closing quote, else 0; 0 too where the runs would take it whole.
 */
function quotedTitleEnd(view: TokenView, i: number, end: number): number {
  if (!view.isChar(i, OPEN_QUOTES) || i + 1 >= end || !view.adjacent(i) || !view.isCapitalized(i + 1)) return 0;
  let broken = false;
  let numberedOrSubtitled = false;
  let e = i + 1;
  for (; e < end && e - i <= 6 && !view.isChar(e, CLOSE_QUOTES); e++) {
    const word = view.kind(e) === TokenKind.Word;
    const mark = view.kind(e) === TokenKind.Number || view.isChar(e, ':');
    if (!(word && view.isCapitalized(e)) && !mark) return 0;
    if (!(word && isNameToken(view, e)) && view.kind(e) !== TokenKind.Number) broken = true;
    numberedOrSubtitled ||= mark;
  }
  if (e >= end || !view.isChar(e, CLOSE_QUOTES) || e - i < 3 || !view.adjacent(e - 1) || view.isChar(e - 1, ':')) return 0;
  // A sequel's number or a subtitle's colon says a title: '"Thank You," he said' is speech.
  return broken && numberedOrSubtitled ? e : 0;
}

/**
 * 'August Wilson\'s "Two Trains Running"', 'will stage "In the Heat of the Night"', '"The Land in Winter"
 * by Andrew Miller', '"Flesh" by David Szalay': a quotation in title case (its words capitalised but
 * for the short words a title keeps in lower case) after a possessive, a work's noun or a verb that
 * takes a work, or before "by" and a capitalised name, is a work's title whole (they were dropped, or
 * cut to "Winter", a place). Where the title ends (before a comma or a "!" inside the quote), else 0.
 */
function quotedWorkTitleEnd(view: TokenView, i: number, end: number): number {
  if (!view.isChar(i, OPEN_QUOTES) || i + 1 >= end || !view.adjacent(i) || !view.isCapitalized(i + 1) || (view.isAllCaps(i + 1) && view.length(i + 1) > 1)) return 0;
  let e = i + 1;
  while (e < end && e - i <= 12 && isTitleCaseToken(view, e)) e++;
  const close = view.isChar(e, ',.!?') && view.adjacent(e - 1) ? e + 1 : e;
  if (close >= end || !view.isChar(close, CLOSE_QUOTES) || !view.adjacent(close - 1) || !view.isCapitalized(e - 1)) return 0;
  const cued = isWorkCueBefore(view, i) || isInListOfQuotedTitles(view, i, close, end);
  if (view.isChar(e, ',.') && !cued) return 0;
  // 'a production of "The Importance of Being Earnest"': a preposition before a title of two words or more.
  const afterPreposition = e - i > 2 && view.isLowerWord(i - 1) && view.spaceBefore(i) && QUOTED_WORK_PREPOSITIONS.has(view.lower(i - 1));
  return cued || afterPreposition || isMakerAfter(view, close + 1, end) ? e : 0;
}

/**
 * "the caper comedy Burn After Reading from the Coens", "his comedy The Family That Preys opened", "the
 * thriller Flight of the Phoenix": an unquoted title in title case right after a work's noun (with its
 * determiner or its maker's possessive) is one name through its capitalised function words ("After",
 * "That", which open no name) and the short words a title keeps in lower case between capitalised ones
 * (it was cut to a place "Reading", a body "Family"). Only where the runs would break it; not on into
 * a place, a day or a month after "in", "on", "at" or "to" ("the film Barbie in London"), nor over
 * words a title keeps in lower case that open the sentence's going on ("from", "by", "with"). Where
 * the title ends, else 0.
 */
function unquotedWorkTitleEnd(view: TokenView, i: number, end: number): number {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i)) return 0;
  const cueAt = view.lower(i) === 'the' && i + 1 < end ? i + 1 : i;
  if (!view.spaceBefore(i) || !opensAfterWorkCue(view, cueAt)) return 0;
  let e = i;
  let titleEnd = i;
  let broken = false;
  for (; e < end && e - i < 10; e++) {
    if (isCapitalisedTitleWord(view, e)) {
      broken ||= e > cueAt && !isNameToken(view, e);
      titleEnd = e + 1;
    } else if (!isInnerTitleWord(view, e, end)) break;
    else broken = true;
  }
  return broken && titleEnd - i >= 2 ? titleEnd : 0;
}

/** A capitalised word of a title at token k; not the pronoun "I", which goes on with the sentence ("the novel Dark Matters I think"). */
function isCapitalisedTitleWord(view: TokenView, k: number): boolean {
  if (view.kind(k) !== TokenKind.Word || !view.isCapitalized(k) || view.isAllCaps(k) || !view.spaceBefore(k)) return false;
  return view.length(k) > 1 || view.lower(k) !== 'i';
}

/** A short word a title keeps in lower case at token k, before a capitalised word of the title: not "in London", "on Friday". */
function isInnerTitleWord(view: TokenView, k: number, end: number): boolean {
  if (!view.isLowerWord(k) || !view.spaceBefore(k) || !INNER_TITLE_WORDS.has(view.lower(k))) return false;
  const next = k + 1 < end && view.isLowerWord(k + 1) && TITLE_ARTICLES.has(view.lower(k + 1)) ? k + 2 : k + 1;
  if (next >= end || !view.isCapitalized(next) || view.isAllCaps(next)) return false;
  if (view.lower(k) === 'of' || view.lower(k) === 'the' || view.lower(k) === 'a') return true;
  return !isKnownPlace(view.key(next)) && !view.hasClass(next, WordClass.MonthOrDay) && !isGivenName(view.lower(next));
}

/** Short words inside a title's run: not "from", "by", "with", "for", which more often go on with the sentence. */
const INNER_TITLE_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'and', 'or']);

/**
 * 'spectacles like "Top Gun: Maverick" and "Avatar: The Way of Water"', 'are: "Elvis"; "The Fabelmans";
 * "Tár"': a quotation (opening at token `open`, closing at `close`) joined by "and", "or", a comma or a
 * semicolon to another quotation in title case is one item of a list of titles (it was "Avatar" and
 * an organisation "Water").
 */
function isInListOfQuotedTitles(view: TokenView, open: number, close: number, end: number): boolean {
  const joinsAt = (k: number) => view.isChar(k, ',;') || ((view.lower(k) === 'and' || view.lower(k) === 'or') && view.isLowerWord(k));
  const before = open - 1;
  if (before >= 1 && joinsAt(before) && view.isChar(before - 1, CLOSE_QUOTES) && opensTitleCaseQuotationBefore(view, before - 1)) return true;
  const after = close + 1;
  return after + 1 < end && joinsAt(after) && view.isChar(after + 1, OPEN_QUOTES) && titleCaseQuotationEnd(view, after + 1, end) > 0;
}

/** Where a quotation opening at token `open` in title case closes (its closing quote), else 0. */
function titleCaseQuotationEnd(view: TokenView, open: number, end: number): number {
  if (!view.isChar(open, OPEN_QUOTES) || !view.adjacent(open) || !view.isCapitalized(open + 1)) return 0;
  let e = open + 1;
  while (e < end && e - open <= 12 && isTitleCaseToken(view, e)) e++;
  const close = view.isChar(e, ',.') && view.adjacent(e - 1) ? e + 1 : e;
  return close < end && view.isChar(close, CLOSE_QUOTES) && view.adjacent(close - 1) && view.isCapitalized(e - 1) ? close : 0;
}

/** Whether the quotation closing at token `close` opens in title case. */
function opensTitleCaseQuotationBefore(view: TokenView, close: number): boolean {
  for (let q = close - 1; q >= 0 && close - q <= 14; q--) if (view.isChar(q, OPEN_QUOTES) && !view.adjacent(q - 1)) return titleCaseQuotationEnd(view, q, close + 1) === close;
  return false;
}

const QUOTED_WORK_PREPOSITIONS = new Set(['for', 'in', 'of', 'from']);

/** A word of a title in title case at token k: capitalised, or a short word in lower case between capitalised ones, or a number. */
function isTitleCaseToken(view: TokenView, k: number): boolean {
  if (isSubtitleColon(view, k)) return true;
  if (!view.spaceBefore(k) && !view.isChar(k - 1, OPEN_QUOTES)) return false;
  if (view.kind(k) === TokenKind.Number) return true;
  if (view.kind(k) !== TokenKind.Word) return false;
  return (view.isCapitalized(k) && !view.isAllCaps(k)) || (view.isLowerWord(k) && TITLE_SMALL_WORDS.has(view.lower(k)));
}

/** "Avatar: The Way of Water": a colon right after a title's word or number, a capitalised word after it. */
function isSubtitleColon(view: TokenView, k: number): boolean {
  return view.isChar(k, ':') && !view.spaceBefore(k) && view.spaceBefore(k + 1) && (view.isCapitalized(k - 1) || view.kind(k - 1) === TokenKind.Number) && view.isCapitalized(k + 1);
}

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

/** A noun of a work that may carry a subtitle, in lower case before its title or capitalised in it ("Movie"). */
function isSubtitledWorkNoun(word: string): boolean {
  return WORK_NOUNS.has(word) || QUOTED_WORK_NOUNS.has(word) || SUBTITLED_WORK_NOUNS.has(word);
}

const SUBTITLED_WORK_NOUNS = new Set(['feature', 'pic', 'flick', 'holdover', 'docuseries', 'textbook', 'production', 'movie', 'musical', 'saga', 'installment', 'instalment', 'spinoff', 'game']);

/** A possessive, a work's noun after its determiner, or a verb that takes a work, right before the opening quote at token q. */
function isWorkCueBefore(view: TokenView, q: number): boolean {
  if (q < 1 || !view.spaceBefore(q)) return false;
  if (view.kind(q - 1) === TokenKind.Possessive) return true;
  const word = view.lower(q - 1);
  // 'her drama "The Salt Road"', 'Bigelow\'s thriller "A House of Dynamite"': a determiner or a possessive before the noun.
  const workNoun = WORK_NOUNS.has(word) || QUOTED_WORK_NOUNS.has(word);
  return view.isLowerWord(q - 1) && (WORK_VERBS.has(word) || (workNoun && q >= 2 && (view.isLowerWord(q - 2) || view.kind(q - 2) === TokenKind.Possessive || isDeterminedAfterModifiers(view, q - 2)) || isPossessedAfterModifiers(view, q - 1)));
}

/**
 * 'Lana Del Rey\'s long-awaited "Chemtrails Over the Country Club,"', 'the band\'s new "Tour Diaries"':
 * one to three modifiers in lower case (a hyphened one too) between a possessive and the quotation
 * ending at token `last`; what someone owns, in title case and quoted, is a work or a thing's name (it
 * was cut to "Chemtrails").
 */
function isPossessedAfterModifiers(view: TokenView, last: number): boolean {
  let words = 0;
  for (let k = last; k >= 1 && words <= 3; k--) {
    if (view.kind(k) === TokenKind.Possessive) return words > 0 && view.spaceBefore(k + 1);
    if (view.kind(k) === TokenKind.Hyphen && view.adjacent(k - 1) && view.adjacent(k)) continue;
    if (!view.isLowerWord(k)) return false;
    words++;
  }
  return false;
}

/** Nouns of a work that stand before its quoted title only ('the sci-fi indie hit "Everything Everywhere All at Once"'). */
const QUOTED_WORK_NOUNS = new Set(['hit', 'hits', 'sequel', 'sequels', 'biopic', 'blockbuster', 'show', 'franchise', 'track', 'video', 'anthem']);

/** "by" and a capitalised word at token k: a title's maker ('"Flesh" by David Szalay'). */
export function isMakerAfter(view: TokenView, k: number, end: number): boolean {
  return k + 1 < end && view.lower(k) === 'by' && view.isLowerWord(k) && view.isCapitalized(k + 1);
}

/**
 * "malaria in sub-Saharan Africa": "sub" and its hyphen open the region's name (it was "Saharan
 * Africa"); a region's adjective after it, then the place ("sub-Saharan countries" names no place).
 */
function isSubBeforeRegion(view: TokenView, i: number, run: NameRun): boolean {
  if (view.lower(i - 2) !== 'sub' || view.kind(i - 1) !== TokenKind.Hyphen || !view.adjacent(i - 2) || !view.adjacent(i - 1)) return false;
  return run.end - i >= 2 && isRegionWord(view.lower(i)) && gazetteer().byKey.get(view.keyOf(i + 1, run.end))?.type === 'place';
}

/**
 * "Mamata Banerjee's All India Trinamool Congress", "the All Party Parliamentary Group", "flew All
 * Nippon Airways": "All" capitalised inside a sentence, before a name closed by a body's head word,
 * is that name's first word; so before a head word inside the name ("the All India Institute of
 * Medical Sciences" was cut to "India Institute …", "All Saints Church" to "Saints Church"), and
 * before the rest of a known name ("the All Blacks" was "Blacks"). Not opening a sentence ("All
 * Labour Party members voted").
 */
function isAllOpeningBody(view: TokenView, k: number, run: NameRun): boolean {
  if (!view.isText(k, 'All') || !view.spaceBefore(run.first)) return false;
  if (HEAD_WORDS.get(view.lower(run.end - 1)) === 'organization') return true;
  if (isAllOpeningKnownName(view, k, run)) return true;
  for (let i = run.first + 1; i < run.end; i++) if (view.isCapitalized(i) && view.hasClass(i, WordClass.Head)) return true;
  return false;
}

/** "beat the All Blacks", "All Blacks coach Scott Robertson said": "All" opening a known name, at a sentence's start too. */
function isAllOpeningKnownName(view: TokenView, k: number, run: NameRun): boolean {
  return view.isText(k, 'All') && view.spaceBefore(run.first) && gazetteer().byKey.has(`all ${view.keyOf(run.first, run.end)}`);
}

/**
 * "Amazon.com Inc", "Booking.com Ltd.": a web address in lower case ends a run, and the company's
 * legal form after it belongs to it (alone, "Inc" named a company of its own). Returns the run's new end.
 */
function withLegalSuffixAfter(view: TokenView, runEnd: number, end: number): number {
  if (runEnd >= end || !view.isLowerWord(runEnd - 1) || !view.spaceBefore(runEnd) || !view.isCapitalized(runEnd) || !LEGAL_SUFFIXES.has(view.lower(runEnd))) return runEnd;
  const period = runEnd + 1;
  return period < end && view.kind(period) === TokenKind.Period && view.adjacent(runEnd) && period + 1 < end ? period + 1 : runEnd + 1;
}

/**
 * "a Dutch speaking DH+Lib community": two capitalised words written against a "+" are one name,
 * a group of its own (it was two names, "DH" and "Lib"). A "+" closing a name ("Disney+") is left
 * out: the service stays its company's mention, which types the words beside it ("Hulu and Disney+").
 */
function withPlusAfter(view: TokenView, runEnd: number, end: number): number {
  if (runEnd + 1 >= end || !view.isChar(runEnd, '+') || !view.adjacent(runEnd - 1) || !view.adjacent(runEnd)) return runEnd;
  return view.kind(runEnd + 1) === TokenKind.Word && view.isCapitalized(runEnd + 1) && !view.hasDigit(runEnd + 1) ? runEnd + 2 : runEnd;
}

/**
 * "Formica fusca", "Beauveria bassiana", "Aedes aegypti": a genus and, in lower case, a word no
 * dictionary holds with a Latin ending name a species together; the genus alone is no one's name.
 * Not after a nationality or a place ("British mini-serial"), nor before a hyphen.
 */
function isSpeciesEpithet(view: TokenView, run: NameRun, end: number): boolean {
  const genus = run.first;
  if (run.end - genus !== 1 || run.end >= end || view.kind(genus) !== TokenKind.Word || view.isAllCaps(genus)) return false;
  // The epithet first: a word after a name is rarely one ("Smith said"), and the lists are asked less.
  if (!isSpeciesEpithetAt(view, run.end) || (view.kind(run.end + 1) === TokenKind.Hyphen && view.adjacent(run.end)) || opensRomanceClause(view, run.end + 1, end)) return false;
  return !gazetteer().demonyms.has(view.key(genus)) && !isKnownPlace(view.key(genus));
}

/**
 * '"Boric designa a Carolina Tohá en Interior" — La Tercera', "Lula afirma que …": a Spanish,
 * Portuguese or Italian verb after a name, in a source line's title, ends in "-a" as an epithet
 * does; the function word after it says it is a sentence, not a species ("Boric designa" was one).
 */
function opensRomanceClause(view: TokenView, k: number, end: number): boolean {
  return k < end && view.isLowerWord(k) && ROMANCE_FUNCTION_WORDS.has(view.lower(k));
}

const ROMANCE_FUNCTION_WORDS = new Set(['a', 'al', 'de', 'del', 'do', 'da', 'en', 'em', 'la', 'el', 'los', 'las', 'que', 'con', 'com', 'por', 'para', 'y', 'e', 'il', 'di', 'che', 'su', 'se', 'no', 'na', 'ao']);

/** Whether token k is a species epithet: in lower case, no dictionary word, a Latin ending ("fusca", "andrillae"). */
export function isSpeciesEpithetAt(view: TokenView, k: number): boolean {
  if (!view.isLowerWord(k) || !view.spaceBefore(k) || view.length(k) < 4) return false;
  const word = view.lower(k);
  return LATIN_EPITHET_ENDING.test(word) && !isCommonWord(word) && !STOPWORDS.has(word) && !NAME_CONNECTORS.has(word);
}

/** Endings of Latin species epithets: "fusca", "andrillae", "aegypti", "falciparum", "bassiana", "sapiens". */
const LATIN_EPITHET_ENDING = /(?:a|ae|i|us|um|is|ens|ans)$/;

/**
 * "including He Weidong, a vice chairman": "He" inside a sentence, before a word no dictionary
 * holds, is the Chinese surname, not the pronoun ("What He Told Congress" is a headline's).
 */
function isSurnameHeAt(view: TokenView, i: number, sentenceStart: number, end: number): boolean {
  if (i <= sentenceStart || i + 1 >= end || !view.isText(i, 'He') || view.isChar(i - 1, OPEN_QUOTES + '(["') || view.lineBreakBefore(i)) return false;
  return view.spaceBefore(i + 1) && isNameToken(view, i + 1) && !view.isAllCaps(i + 1) && !view.hasClass(i + 1, WordClass.Common);
}

/**
 * "the ruling All Progressives Congress (APC)": a capitalised stop word before a name is the name's
 * first word when the acronym after it spells both.
 */
function acronymSpellsWordBefore(view: TokenView, run: NameRun, end: number): boolean {
  const before = run.first - 1;
  if (view.kind(before) !== TokenKind.Word || !view.isCapitalized(before) || view.isAllCaps(before) || !view.hasClass(before, WordClass.Stop) || !view.spaceBefore(run.first)) return false;
  const open = run.end;
  if (open + 2 >= end || !view.isChar(open, '(') || !view.isChar(open + 2, ')') || !view.isAllCaps(open + 1)) return false;
  let initials = '';
  for (let k = before; k < run.end; k++) if (view.kind(k) === TokenKind.Word && view.isCapitalized(k)) initials += view.raw(k)[0];
  return initials === view.raw(open + 1);
}

/** "First, the precedent supports us", "thus: First we provide": an ordinal alone orders an argument ("First Amendment" is a name). */
function isLoneOrdinal(view: TokenView, run: NameRun): boolean {
  return run.end - run.first === 1 && ORDINAL_WORDS.has(view.lower(run.first));
}

const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'firstly', 'secondly', 'thirdly', 'lastly', 'finally']);

/**
 * "the 101st Airborne Division", "down 17th Street", "the 9th U.S. Circuit Court of Appeals": an
 * ordinal in figures before a name closed by a head word is the name's first word (the runs were
 * "Airborne Division" and a place "Street"). Not a century ("17th Century"), nor before other names
 * ("his 5th Grand Slam"), nor a count ("a record 13th CAF Champions League title").
 */
function isOrdinalBeforeHead(view: TokenView, k: number, run: NameRun): boolean {
  if (view.kind(k) === TokenKind.Word && !view.hasDigit(k)) return false;
  if (!ORDINAL_FIGURES.test(view.raw(k)) || !view.spaceBefore(run.first) || isCenturyAfterOrdinal(view, run.first)) return false;
  // "won a record 13th CAF Champions League title", "her 3rd World Cup": a count of wins, no name's number.
  if (k > 0 && view.isLowerWord(k - 1) && COUNTING_DETERMINERS.has(view.lower(k - 1))) return false;
  const head = view.lower(run.end - 1);
  return HEAD_WORDS.has(head) || ORDINAL_UNIT_HEADS.has(head) || isOfOrForHeaded(view, run);
}

const COUNTING_DETERMINERS = new Set(['a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'record']);

export const ORDINAL_FIGURES = /^\d{1,3}(?:st|nd|rd|th)$/i;

/** "Circuit Court of Appeals": a head word before the run's "of" or "for". */
function isOfOrForHeaded(view: TokenView, run: NameRun): boolean {
  for (let i = run.first + 1; i < run.end; i++) if (view.isOfOrFor(i)) return view.hasClass(i - 1, WordClass.Head);
  return false;
}

/** "Century" in "17th Century Zurbarán paintings": a date, not the first word of a name. */
function isCenturyAfterOrdinal(view: TokenView, i: number): boolean {
  const word = view.lower(i);
  return (word === 'century' || word === 'centuries') && i > 0 && /^\d{1,2}(?:st|nd|rd|th)$/i.test(view.raw(i - 1));
}

/**
 * "Figure 1", "Factor 4", "Wave 3", "Rule 11": a dictionary word before a number labels it ("Apollo
 * 11" is a name); not before an amount ("fined Apple 500 million euros").
 */
function labelsNumber(view: TokenView, run: NameRun, end: number): boolean {
  const k = run.end;
  const labels = run.end - run.first === 1 && k < end && view.spaceBefore(k) && view.kind(k) === TokenKind.Number && !view.isAllCaps(run.first) && view.hasClass(run.first, WordClass.Common);
  return labels && !isSecondAuthor(view, run.first, k) && !isAmountAt(view, k, end) && !isTeamBeforeScore(view, run.first, run.end) && !isRoadsNumber(view, run.first, k);
}

/**
 * "The Chiefs beat the Bills 27-20", "lost to the Raiders 31-17": a plural after a match's verb or
 * preposition and "the", before a score, is a team (it named nothing); "see the Tables 2-3" labels.
 * British copy leaves out the article: "Man Utd beat Spurs 2-1", "Arsenal beat Wolves 2-1" (both
 * were dropped), right after a match's verb only ("according to Table 2-1" labels).
 */
function isTeamBeforeScore(view: TokenView, first: number, end: number): boolean {
  if (first >= 1 && view.isLowerWord(first - 1) && MATCH_VERBS_BEFORE_SIDE.has(view.lower(first - 1))) return isSideOfScore(view, first, end);
  if (first < 2 || view.lower(first - 1) !== 'the' || !SIDE_BEFORE_THE.has(view.lower(first - 2))) return false;
  return view.key(first).endsWith('s') && isSideOfScore(view, first, end);
}

const MATCH_VERBS_BEFORE_SIDE = new Set(['beat', 'beats', 'beating', 'defeated', 'edged', 'thrashed', 'routed', 'hammered']);

const SIDE_BEFORE_THE = new Set(['beat', 'beats', 'beating', 'defeated', 'edged', 'thrashed', 'routed', 'hammered', 'to', 'over', 'against', 'with']);

/** A year a citation gives: "2011", "2011a" (1500 to 2099). */
const CITATION_YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;

/** "Vandergrift and Cross 2017", "Dye & Young 2010": the second author of a citation, before its year. */
function isSecondAuthor(view: TokenView, name: number, year: number): boolean {
  const joined = name >= 2 && (view.lower(name - 1) === 'and' || view.isChar(name - 1, '&'));
  return joined && isNameToken(view, name - 2) && isListedSurname(view.key(name)) && CITATION_YEAR.test(view.raw(year));
}

/** The sentence's first word, past opening quotes and brackets. */
export function firstWordOf(view: TokenView, first: number, end: number): number {
  let i = first;
  while (i < end && (view.isChar(i, OPEN_QUOTES + '(["') || view.kind(i) === TokenKind.Hyphen)) i++;
  return i;
}

/** "Your Honor", "My Lord", "His Excellency": a form of address after a possessive determiner names no one ("his Harrow friendships" does). */
function isFormOfAddress(view: TokenView, i: number): boolean {
  return i > 0 && POSSESSIVE_DETERMINERS.has(view.lower(i - 1)) && FORMS_OF_ADDRESS.has(view.lower(i));
}

const POSSESSIVE_DETERMINERS = new Set(['my', 'your', 'his', 'her', 'our', 'their']);
const FORMS_OF_ADDRESS = new Set(['honor', 'honour', 'lord', 'lordship', 'lady', 'ladyship', 'majesty', 'highness', 'excellency', 'holiness', 'eminence', 'grace', 'worship', 'saviour', 'savior']);

/** "US$100": a currency, not the country. */
function followedByCurrency(view: TokenView, i: number, end: number): boolean {
  return i + 1 < end && view.adjacent(i) && view.isChar(i + 1, '$€£¥₩');
}

function extendRun(view: TokenView, first: number, sentenceEnd: number, lead = 0): NameRun {
  // A run may open with particles ("van der", "al-") or "The" ("The Hague"): they come along.
  const run: NameRun = { first, end: first + lead + 1, hyphenSuffix: null, hyphenJoins: [], sentenceInitial: false };
  let capitalisedTokens = 1;
  for (;;) {
    const k = run.end;
    // No name is this long: a title-cased list or a tag cloud is cut into runs of bounded length.
    if (k >= sentenceEnd || k - first >= MAX_RUN_TOKENS) break;
    const step =
      extendAtPunctuation(view, run, k, sentenceEnd) ??
      extendAtConnector(view, first, k, sentenceEnd) ??
      extendAtWord(view, first, k, sentenceEnd, capitalisedTokens) ??
      STOP;
    if (step.end > run.end) run.end = step.end;
    capitalisedTokens += step.capitalised;
    if (step.stop) break;
  }
  return run;
}

/** What one rule of extendRun does at a token: the run's new end, the capitalised tokens it adds, whether the run stops. */
interface RunStep {
  end: number;
  capitalised: number;
  stop: boolean;
}

const STOP: RunStep = { end: 0, capitalised: 0, stop: true };

function step(end: number, capitalised: number, stop = false): RunStep {
  return { end, capitalised, stop };
}

/** Hyphens, possessives, quoted nicknames and periods at token k; null when token k is none of them. */
function extendAtPunctuation(view: TokenView, run: NameRun, k: number, sentenceEnd: number): RunStep | null {
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

/**
 * "the Bottom-Up Economic Transformation Agenda", "Start-Up Nation Central": a capitalised stop word
 * after the hyphen, before more of the name, closes a compound of the name ("Bottom" alone was a
 * place, the town on Saba, and the rest a name of its own). Not at the name's end ("Smith-In"), nor a
 * letter ("Triple-A Indianapolis": a league's class before the club).
 */
function isCapitalisedParticleInCompound(view: TokenView, next: number, sentenceEnd: number): boolean {
  if (next + 1 >= sentenceEnd || !view.isCapitalized(next) || view.isAllCaps(next) || view.length(next) < 2 || !view.hasClass(next, WordClass.Stop)) return false;
  return view.spaceBefore(next + 1) && isNameToken(view, next + 1) && !view.lineBreakBefore(next + 1);
}

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

/** "… Alphabet Inc. Chief executive Nicolai Tangen said": token i opens a sentence the splitter left going on after a legal suffix's period. */
function opensSentenceAfterLegalSuffix(view: TokenView, i: number, sentenceEnd: number): boolean {
  return i >= 2 && view.kind(i - 1) === TokenKind.Period && view.end(i - 2) === view.start(i - 1) && LEGAL_SUFFIXES.has(view.lower(i - 2)) && opensSentenceAfterSuffix(view, i, sentenceEnd);
}

/**
 * A capitalised word, no legal suffix, with a lower-case word after it, at token i; or a
 * given name before a capitalised word: "He bought Tesla Inc. Elon Musk said" (one person's name
 * "Tesla Inc. Elon Musk").
 */
function opensSentenceAfterSuffix(view: TokenView, i: number, sentenceEnd: number): boolean {
  if (i + 1 >= sentenceEnd || !view.spaceBefore(i) || !view.isCapitalized(i) || view.isAllCaps(i) || LEGAL_SUFFIXES.has(view.lower(i))) return false;
  const lower = view.lower(i);
  if (opensWithKnownPlace(view, i, sentenceEnd)) return true;
  // "… Binance Holdings Ltd. Atkins has said", "Gemini Trust Co. Gemini was founded": one capitalised
  // word that is no dictionary word, then a lower-case word that joins no name, is the next sentence's
  // subject (they were names "Binance Holdings Ltd. Atkins" and "Gemini Trust Co. Gemini").
  if (!isCommonWord(lower) && view.isLowerWord(i + 1) && view.spaceBefore(i + 1) && !NAME_CONNECTORS.has(view.lower(i + 1))) return true;
  if (isGivenName(lower, true) && !isCommonWord(lower)) return view.isCapitalized(i + 1) && !view.isAllCaps(i + 1) && view.spaceBefore(i + 1);
  return isCommonWord(lower) && view.isLowerWord(i + 1) && !view.hasClass(i + 1, WordClass.Stop);
}

/**
 * "… led by Sony Group Corp. Hong Kong's Hang Seng Index fell" and "It bought Tesco Plc. London shares
 * fell": a place the lists know, of three words at most, then a possessive or a word in lower case,
 * opens the next sentence (one name "Sony Group Corp. Hong Kong" was typed other). "Toyota Motor
 * Corp. Australia Ltd." goes on to its suffix.
 */
function opensWithKnownPlace(view: TokenView, i: number, sentenceEnd: number): boolean {
  for (let e = i + 1; e <= Math.min(i + 3, sentenceEnd - 1); e++) {
    if (e > i + 1 && !(view.spaceBefore(e - 1) && isNameToken(view, e - 1))) return false;
    if (!isKnownPlace(view.keyOf(i, e))) continue;
    if (view.kind(e) === TokenKind.Possessive || (view.isLowerWord(e) && view.spaceBefore(e))) return true;
  }
  return false;
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
 * "Texas A&M University", "Prairie View A&M": the letter "A" after a capitalised word and before an
 * "&" between capitals is an initial, no article (the name was "Texas" and "M University"). Not after
 * a period: "… AT&T. A&M officials" would join two sentences' names.
 */
function isAmpersandInitialAfterName(view: TokenView, i: number): boolean {
  return i > 0 && view.kind(i - 1) === TokenKind.Word && view.isCapitalized(i - 1) && view.spaceBefore(i) && isAmpersandInitials(view, i + 1, view.count);
}

/**
 * "AT&T", "S&P 500", "J&J", "H&M": an "&" with no space about it, between capitals, is one name's;
 * not a term's ("R&D", "M&A", "Q&A").
 */
function isAmpersandInitials(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (!view.isChar(k, '&') || k + 1 >= sentenceEnd || !view.adjacent(k - 1) || !view.adjacent(k)) return false;
  if (!isCapitals(view, k - 1) || !isCapitals(view, k + 1) || view.kind(k + 1) !== TokenKind.Word) return false;
  return !AMPERSAND_TERMS.has(`${view.lower(k - 1)}&${view.lower(k + 1)}`);
}

/** "Eli Lilly and Company", "McKinsey and Co.": "and" and a firm's partners as the name's last word ("and Company B" goes on). */
function closesWithFirmPartners(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'and' || !view.isLowerWord(k) || k + 1 >= sentenceEnd || !view.isCapitalized(k + 1) || !FIRM_PARTNERS.has(view.lower(k + 1))) return false;
  return !(k + 2 < sentenceEnd && view.spaceBefore(k + 2) && isNameToken(view, k + 2));
}

/**
 * "Banco Central do Brasil", "Partido por la Democracia": "do" and "por", which are English words too,
 * join a name after a body's head word in Portuguese or Spanish ("Banco do Brasil" was cut to "Banco").
 * So do "y" and "e" after the head's "de" or "da": "Ministerio de Ciencia y Tecnología" and "Banco
 * Nacional de Desenvolvimento Econômico e Social" were cut at them ("Ortega y Gasset" has no head).
 */
function isForeignBodysConnector(view: TokenView, first: number, k: number): boolean {
  const word = view.lower(k);
  const conjunction = word === 'y' || word === 'e';
  if (word === 'pour' || word === 'per') return opensWithBodysHead(view, first, k);
  // "Alternative für Deutschland", "Bundesamt für Verfassungsschutz", "Institut für Weltwirtschaft":
  // German "für" stands in English text only inside a German name; "und" joins after it ("Bundesministerium
  // für Bildung und Forschung"). They were cut at it, "Deutschland" other and "Weltwirtschaft" a person.
  if (word === 'für') return true;
  if (word === 'und') return holdsLowerWord(view, first + 1, k, 'für');
  if (word !== 'do' && word !== 'por' && !conjunction) return false;
  if (word === 'y' && isSpanishWordsPair(view, k)) return true;
  for (let i = first; i < k; i++) if (view.kind(i) === TokenKind.Word && FOREIGN_ORGANIZATION_HEADS.has(view.key(i))) return !conjunction || holdsLowerConnector(view, i + 1, k);
  // "the Palácio do Planalto", "Estádio do Maracanã": a building's head opening the name (a person "Palácio" and other "Planalto").
  return word === 'do' && (FOREIGN_CUPS.has(view.key(first)) || (k === first + 1 && FOREIGN_PLACE_HEADS.has(view.key(first))));
}

/**
 * "The Alliance Nationale pour le Changement won", "the Rassemblement pour la République", "Union
 * pour la Majorité Présidentielle": French "pour" (for) joins a name whose first word is a body's
 * head word, English or French (they were cut at it, "le Changement" a person); "Investors pour
 * money into" has no head. So does Italian "per": "the Istituto per gli Studi di Politica
 * Internazionale" (it was other "Istituto" and a person "Studi di Politica Internazionale").
 */
function opensWithBodysHead(view: TokenView, first: number, k: number): boolean {
  const key = view.key(first);
  return k - first <= 3 && (HEAD_WORDS.get(key) === 'organization' || FOREIGN_ORGANIZATION_HEADS.has(key));
}

/**
 * "Consiglio per la Ricerca in Agricoltura", "Centro de Investigación en Salud Pública", "Instituto
 * de Pesquisa em Saúde": Italian "in", Spanish "en" and Portuguese "em" before the field of a body
 * whose foreign name already holds a connector go on with its name (it was cut at "in", the field a
 * place). Not before a place the lists know: "the Istituto di Studi in Milan" is in Milan.
 */
function isFieldInForeignBody(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (!ROMANCE_INS.has(view.lower(k)) || k + 1 >= sentenceEnd || !view.isCapitalized(k + 1) || view.isAllCaps(k + 1) || isKnownPlace(view.key(k + 1))) return false;
  if (!FOREIGN_ORGANIZATION_HEADS.has(view.key(first))) return false;
  return holdsLowerConnector(view, first + 1, k);
}

const ROMANCE_INS = new Set(['in', 'en', 'em']);

/** Whether the lower-case `word` stands among tokens [from, to): the "für" before an "und". */
function holdsLowerWord(view: TokenView, from: number, to: number, word: string): boolean {
  for (let i = from; i < to; i++) if (view.isLowerWord(i) && view.lower(i) === word) return true;
  return false;
}

/**
 * "Ingenieros Civiles y Contratistas Generales", "José Ortega y Gasset": Spanish "y" between two
 * capitalised words no English dictionary holds joins one name, a firm's or a person's double
 * surname, with no head word before it (both were cut at "y", the halves typed people). Not a place
 * on either side.
 */
function isSpanishWordsPair(view: TokenView, k: number): boolean {
  if (!view.isCapitalized(k - 1) || !view.isCapitalized(k + 1) || view.isAllCaps(k + 1)) return false;
  // "Real Madrid y Barcelona": a place on either side is a list of two.
  const before = view.key(k - 1);
  const after = view.key(k + 1);
  return !isCommonWord(before) && !isCommonWord(after) && !isKnownPlace(before) && !isKnownPlace(after);
}

/**
 * "André Corrêa do Lago", "Aldo Rebelo do Nascimento": a Portuguese "do" between a given name's
 * surname and another surname is one person's (it gave "André Corrêa" and a person "Lago"); no
 * dictionary word stands before it or after it ("Can Joe Biden do Iowa" has a place after it).
 */
function isPortugueseSurnamesDo(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'do' || k - 1 <= first || k + 1 >= sentenceEnd || !isGivenName(view.lower(first))) return false;
  const before = view.lower(k - 1);
  const after = view.key(k + 1);
  return !isCommonWord(before) && !isCommonWord(after) && !isKnownPlace(after) && !MONTHS_AND_DAYS.has(after) && !gazetteer().byKey.has(after);
}

/** "the Copa do Brasil", "the Copa do Mundo", "Taça do Brasil": a cup's Portuguese "do" ("Copa do Brasil" was cut to "Copa"). */
const FOREIGN_CUPS = new Set(['copa', 'taça', 'taca']);

/** A connector in lower case ("de", "da", "del") among tokens [from, to). */
function holdsLowerConnector(view: TokenView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (view.isLowerWord(i) && view.hasClass(i, WordClass.NameConnector)) return true;
  return false;
}

/**
 * "The International Agency for Research on Cancer said", "the Trottier Institute for Research on
 * Exoplanets": "on" after "Research" or "Studies" in a body's "for" or "of" phrase goes on with its
 * field (both were cut at "on"); "the Agency for Research on Monday" meets on a day.
 */
function isResearchOnField(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'on' || !view.isLowerWord(k) || !RESEARCH_WORDS.has(view.lower(k - 1)) || k + 1 >= sentenceEnd) return false;
  if (!isNameToken(view, k + 1) || !view.spaceBefore(k + 1) || view.hasClass(k + 1, WordClass.MonthOrDay)) return false;
  return k - 3 >= first && view.isOfOrFor(k - 2) && HEAD_WORDS.get(view.lower(k - 3)) === 'organization';
}

const RESEARCH_WORDS = new Set(['research', 'studies', 'study']);

/**
 * "The Assemblée nationale voted", "the Conseil constitutionnel", "the Parti socialiste", "the Cour des
 * comptes": French writes a body's name in sentence case, so an adjective, or "des" and a noun no
 * English dictionary holds, after a foreign body's head word ends its name (it was cut to
 * "Assemblée", typed other). Where the name ends, else 0; "The Conseil ruled" has a verb after it.
 */
function sentenceCaseBodyEnd(view: TokenView, k: number, sentenceEnd: number): number {
  if (!view.isLowerWord(k) || !view.isCapitalized(k - 1) || !FOREIGN_ORGANIZATION_HEADS.has(view.key(k - 1))) return 0;
  const word = view.lower(k);
  if (ROMANCE_ADJECTIVE_ENDING.test(word) && !STOPWORDS.has(word)) return k + 1;
  const noun = k + 1;
  const ofTheField = (word === 'des' || word === 'du' || word === 'de') && noun < sentenceEnd && view.isLowerWord(noun) && view.spaceBefore(noun);
  // "Universidad de la República", "Banco de la Nación": an article after "de" is no noun, and the
  // name goes on to its capitalised word (they were "Universidad de la" and a person "República").
  const article = view.hasClass(noun, WordClass.NameParticle) || view.hasClass(noun, WordClass.NameConnector);
  return ofTheField && !article && !view.hasClass(noun, WordClass.Common) && !view.hasClass(noun, WordClass.Stop) ? noun + 1 : 0;
}

const ROMANCE_ADJECTIVE_ENDING = /(?:ale|al|el|elle|nel|iste|ista|ique|aire|ienne|aise|ise|ico|ica|ano|ana)$/;

/** A word in capitals, a capital letter alone too ("J" of "J&J", which is no all-caps word). */
function isCapitals(view: TokenView, i: number): boolean {
  return view.isAllCaps(i) || (view.length(i) === 1 && view.isCapitalized(i));
}

/** "&", "and", "of", "for" and "on" inside a body's or a place's name at token k; null when token k is none of them. */
function extendAtConnector(view: TokenView, first: number, k: number, sentenceEnd: number): RunStep | null {
  if (!mayConnectAt(view, k)) return null;
  // "Hanseong Hotels & Resorts"; but "(Dye & Bavelier, 2010)" cites two authors.
  if (view.isChar(k, '&') && view.spaceBefore(k) && isNameToken(view, k + 1) && view.spaceBefore(k + 1) && k + 1 < sentenceEnd && !citesAuthors(view, k + 2, sentenceEnd)) return step(k + 2, 1);
  if (isAmpersandInitials(view, k, sentenceEnd)) return step(k + 2, 1);
  if (closesWithFirmPartners(view, k, sentenceEnd)) return step(k + 2, 1);
  const sentenceCaseEnd = sentenceCaseBodyEnd(view, k, sentenceEnd);
  if (sentenceCaseEnd > 0) return step(sentenceCaseEnd, 0, true);
  // "Food and Drug Administration", "Department of Health and Human Services".
  const conjunctEnd = campusEnd(view, first, k, sentenceEnd) || bodyConjunctEnd(view, first, k, sentenceEnd) || acronymSpelledConnectorEnd(view, first, k, sentenceEnd) || courtAreaEnd(view, first, k, sentenceEnd) || foundersBodyEnd(view, first, k, sentenceEnd) || twoPlacesBodyEnd(view, first, k, sentenceEnd) || twoPlacesServiceEnd(view, first, k, sentenceEnd) || quotedTitleConjunctEnd(view, first, k, sentenceEnd) || worksTitleEnd(view, first, k, sentenceEnd) || possessedPeopleBodyEnd(view, k, sentenceEnd);
  if (conjunctEnd > 0) return step(conjunctEnd, conjunctEnd - k - 1);
  // "Group of 20": a number after the connector goes on only a name the lists know.
  const numberedEnd = view.kind(k + 1) === TokenKind.Number ? knownNameEnd(view, first, k, sentenceEnd) || lawsYearEnd(view, k, sentenceEnd) : 0;
  if (numberedEnd > 0) return step(numberedEnd, numberedEnd - k - 1);
  if (joinsAfterHead(view, first, k, sentenceEnd) || joinsAfterEventOpener(view, first, k)) return extendAfterConnector(view, k, sentenceEnd);
  const onStep = onFieldStep(view, k, sentenceEnd);
  if (onStep) return onStep;
  if (isResearchOnField(view, first, k, sentenceEnd)) return step(k + 2, 1);
  if (isPrizesFieldAt(view, k, sentenceEnd) || isPrizesSecondFieldAt(view, k, sentenceEnd)) return step(k + 2, 1);
  const knownEnd = knownNameEnd(view, first, k, sentenceEnd);
  if (knownEnd > 0) return step(knownEnd, knownEnd - k - 1);
  if (isPurposeClauseAt(view, k, sentenceEnd) || isRightToAt(view, k, sentenceEnd)) return step(k + 2, 1);
  const advocatesEnd = advocatesCauseEnd(view, first, k, sentenceEnd) || freedomFromEnd(view, first, k, sentenceEnd);
  if (advocatesEnd > 0) return step(advocatesEnd, advocatesEnd - k - 1);
  if (opensWithMembersOf(view, first) && k === first + 1) return extendAfterConnector(view, k, sentenceEnd);
  return null;
}

/**
 * Whether any rule of extendAtConnector may hold at token k: each asks for a lower-case word there
 * ("of", "and", "for", "de"), an ampersand, or "and" or "of" in any case ('"Pride And Prejudice"',
 * lawsYearEnd's "Act Of 1998"). The capitalised word that most often stands after a run's word, and
 * punctuation, are asked of none of the twenty-odd rules.
 */
function mayConnectAt(view: TokenView, k: number): boolean {
  if (view.isLowerWord(k) || view.isChar(k, '&')) return true;
  if (view.kind(k) !== TokenKind.Word || view.length(k) > 3) return false;
  const word = view.lower(k);
  return word === 'and' || word === 'of';
}

/**
 * "won the Tour of Flanders", "the Vuelta a España", "the Siege of Leningrad": "of", or the Romance
 * "a", after an event's opening word that opens the run joins the race's place to it (it was a place
 * "Flanders" and a person "España" beside a bare "Tour" and "Vuelta").
 */
function joinsAfterEventOpener(view: TokenView, first: number, k: number): boolean {
  if (k - 1 !== first || !view.isCapitalized(first) || !EVENT_OPENERS.has(view.lower(first)) || !view.isLowerWord(k) || !view.spaceBefore(k)) return false;
  return view.lower(k) === 'of' || view.lower(k) === 'a';
}

/**
 * "of" and "for" join only after the head of a body or a place ("Bank of Korea", "Bay of Bengal"), so
 * that "Babatunde Adeyemi-Cole of the People's Renewal Congress" stays two names. Particles always join.
 */
function joinsAfterHead(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  return (
    view.kind(k) === TokenKind.Word &&
    view.isLowerWord(k) &&
    view.spaceBefore(k) &&
    !isLeaderAfterPartysOf(view, k, sentenceEnd) &&
    (isFieldInForeignBody(view, first, k, sentenceEnd) || joinsByItsClass(view, first, k, sentenceEnd))
  );
}

/** A connector or particle at token k that joins the name [first, k) by its word class and what stands before it (see joinsAfterHead). */
function joinsByItsClass(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  return (
    (view.hasClass(k, WordClass.NameConnector) || view.hasClass(k, WordClass.JoiningNameParticle) || (view.hasClass(k, WordClass.MidNameParticle) && isGivenName(view.lower(k - 1))) || isDutchPlaceParticle(view, k)) &&
    (view.hasClass(k, WordClass.NameParticle) ||
      isDutchPlaceParticle(view, k) ||
      view.hasClass(k, WordClass.MidNameParticle) ||
      view.hasClass(k, WordClass.JoiningNameParticle) ||
      (HEAD_WORDS.has(view.key(k - 1)) && !closesCompanyName(view, k - 1) && !isRaceForItsWinner(view, k) && !isClubForWhatItSells(view, k) && !isPersonWithHeadSurname(view, first, k - 1) && !isSeatAfterMembersChamber(view, k)) ||
      ORGANIZATION_ANCHORS.has(view.key(k - 1)) ||
      // "Cape of Good Hope", "Isle of Man": a landform word opening the name ("Jonathan Cape of London" is a person's).
      (k - 1 === first && view.isOfOrFor(k) && LANDFORM_OPENERS.has(view.lower(k - 1))) ||
      isPlaceEpithetAt(view, first, k, sentenceEnd) ||
      isCompassEpithetAt(view, k, sentenceEnd) ||
      isForeignBodysConnector(view, first, k) ||
      isPortugueseSurnamesDo(view, first, k, sentenceEnd) ||
      isOfInVesselsName(view, first, k, sentenceEnd) ||
      isPatronsTitleBeforeHead(view, first, k, sentenceEnd) ||
      continuesBodyName(view, first, k, sentenceEnd))
  );
}

/**
 * "a Member of Parliament for South Dayi", "Members of the National Assembly for Kano": "for" (token k)
 * after the chamber its members sit in names their seat, no part of the chamber's name (it was one
 * body, "Parliament for South Dayi"). The seat is typed a place by `isRepresentedSeat` in cues.ts.
 */
export function isSeatAfterMembersChamber(view: TokenView, k: number): boolean {
  if (k < 3 || view.lower(k) !== 'for' || !view.isLowerWord(k) || !LEGISLATIVE_CHAMBERS.has(view.lower(k - 1))) return false;
  let of = k - 2;
  while (of > 0 && view.isWord(of) && view.isCapitalized(of)) of--;
  if (view.lower(of) === 'the' && view.isLowerWord(of)) of--;
  return of > 0 && view.lower(of) === 'of' && view.isLowerWord(of) && MEMBER_WORDS.has(view.lower(of - 1));
}

const MEMBER_WORDS = new Set(['member', 'members']);

/** "HMS", "USS", "INS": a vessel's prefix of three letters or more in capitals at token i ("MS Dhoni" opens with initials). */
export function isVesselPrefixAt(view: TokenView, i: number): boolean {
  return view.isAllCaps(i) && view.length(i) >= 3 && VESSEL_PREFIXES.has(view.lower(i));
}

/**
 * "HMS Prince of Wales", "HMS Duke of York", "the USS Bonhomme Richard of the fleet": "of" after a
 * vessel's prefix in capitals and one capitalised word goes on to the next capitalised word, part of
 * the ship's name (it was "HMS Prince" and a place, Wales). Not "of the": a ship's fleet or owner.
 */
function isOfInVesselsName(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'of' || k - first !== 2 || k + 1 >= sentenceEnd || !view.isCapitalized(k + 1) || view.isAllCaps(k + 1)) return false;
  return isVesselPrefixAt(view, first) && view.isCapitalized(first + 1);
}

/**
 * "the Princess of Wales Theatre", "Prince of Wales Hospital", "Duke of York Square": a royal's
 * title, "of", a capitalised word or two and a head word are one place's or body's name (the title
 * went as an office's, and "Wales Theatre" was left). Not the title alone ("the Prince of Wales said").
 */
function isPatronsTitleBeforeHead(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'of' || k - 1 !== first || !ROYAL_PATRON_TITLES.has(view.lower(first))) return false;
  for (let j = k + 1; j < Math.min(sentenceEnd, k + 4); j++) {
    if (!view.isCapitalized(j) || !view.spaceBefore(j)) return false;
    if (j > k + 1 && view.hasClass(j, WordClass.Head)) return true;
  }
  return false;
}

/** Royal and noble titles that name places and bodies after their holders: "Princess of Wales Theatre", "Duke of York Square". */
const ROYAL_PATRON_TITLES = new Set(['prince', 'princess', 'duke', 'duchess', 'king', 'queen', 'earl', 'countess']);

/**
 * "a daughter, Claire Park of Seattle", "Mary Hall of Boston", "Claire Ellison-Park of Seattle": a
 * given name and a surname that is a head word too ("Park", "Hall", "Church") name a person, and
 * "of" after them gives the person's town (it was one person "Claire Park of Seattle"). Not a given
 * name that is a frequent surname too: "Jackson Park of Chicago".
 */
function isPersonWithHeadSurname(view: TokenView, first: number, head: number): boolean {
  if (!isListedSurname(view.lower(head)) || !view.isCapitalized(first) || view.isAllCaps(first) || !isGivenName(view.lower(first)) || isFrequentSurname(view.lower(first))) return false;
  if (head === first + 1) return true;
  // "Ellison-Park": a double-barrelled surname after the given name.
  return head === first + 3 && view.kind(first + 2) === TokenKind.Hyphen && view.adjacent(first + 1) && view.adjacent(first + 2) && isListedSurname(view.lower(first + 1));
}

/**
 * "agreed a deal with Manchester City for Kevin De Bruyne", "Leicester City for £30 million": "for"
 * after a town's word and a club's closer that is a place's head word ("City", "Town") names what a
 * deal with the club is for, no part of its name (it was "Manchester City for Kevin De Bruyne", other).
 */
function isClubForWhatItSells(view: TokenView, k: number): boolean {
  return view.lower(k) === 'for' && k >= 2 && isClubCloser(view.lower(k - 1)) && view.isCapitalized(k - 2) && !view.isAllCaps(k - 2) && view.spaceBefore(k - 1);
}

/**
 * "Verstappen won the Monaco Grand Prix for Red Bull", "won the Ryder Cup for Europe", "the Berlin
 * Marathon for Kenya": "for" after a race's or a match's head word names whom it was won for, no
 * part of its name (the names were "Monaco Grand Prix for Red Bull" and the like, other). "Nobel
 * Prize for Literature" and "Summit for Democracy" are no sport's.
 */
export function isRaceForItsWinner(view: TokenView, k: number): boolean {
  // A contest's name has a word before its head ("Open for Business" is a slogan's, one name).
  return view.lower(k) === 'for' && CONTEST_HEADS.has(view.key(k - 1)) && k >= 2 && view.isCapitalized(k - 2);
}

const CONTEST_HEADS = new Set(['prix', 'cup', 'open', 'marathon', 'masters', 'trophy', 'classic', 'championship', 'championships', 'derby', 'bowl', 'tournament', 'invitational', 'finals']);

/**
 * "House Subcommittee on Technology Security": "on" after the head of a body; "United Nations
 * Convention on the Law of the Sea", "Declaration on the Rights of Indigenous Peoples" with "the".
 */
function onFieldStep(view: TokenView, k: number, sentenceEnd: number): RunStep | null {
  if (view.lower(k) === 'on' && view.isLowerWord(k) && ON_HEADS.has(view.lower(k - 1))) {
    const field = view.lower(k + 1) === 'the' && view.isLowerWord(k + 1) ? k + 2 : k + 1;
    if (field < sentenceEnd && isNameToken(view, field)) {
      const listEnd = fieldListEnd(view, field + 1, sentenceEnd);
      return step(listEnd, 1 + (listEnd > field + 1 ? 1 : 0));
    }
  }
  return null;
}

/**
 * "the Grandmothers of the Plaza de Mayo", "the Daughters of the American Revolution", "Veterans of
 * Foreign Wars", "Knights of Columbus": a capitalised plural of kin or members opening the run,
 * then "of" (a body's name, which was cut to "Grandmothers" or not found).
 */
export function opensWithMembersOf(view: TokenView, first: number): boolean {
  const k = first + 1;
  if (k >= view.count || view.lower(k) !== 'of' || !view.isLowerWord(k) || !view.isCapitalized(first) || view.isAllCaps(first)) return false;
  return MEMBERS_PLURALS.has(view.lower(first));
}

/** Plurals of kin and members that name a body before "of": "Mothers of the Plaza de Mayo", "Sons of Liberty". */
const MEMBERS_PLURALS = new Set(['mothers', 'grandmothers', 'fathers', 'daughters', 'sons', 'sisters', 'knights', 'veterans', 'friends', 'defenders', 'guardians', 'servants']);

/**
 * "House Committee on Science, Space, and Technology", "Senate Committee on Health, Education, Labor
 * and Pensions": a committee's fields listed with commas and closed by "and" are its name's (it was
 * cut at the first comma, and "Space" and "Technology" made bodies). Where the list ends, or k when
 * no "and" and a capitalised word close one there.
 */
function fieldListEnd(view: TokenView, k: number, sentenceEnd: number): number {
  let i = k;
  while (view.isChar(i, ',') && i + 1 < sentenceEnd && isListedFieldWord(view, i + 1) && !view.isChar(i + 2, '-')) i += 2;
  if (i === k) return k;
  const and = view.isChar(i, ',') ? i + 1 : i;
  return and + 1 < sentenceEnd && view.isText(and, 'and') && isListedFieldWord(view, and + 1) ? and + 2 : k;
}

/**
 * A capitalised word of a committee's field: a dictionary word ("Space", "Labor", though a party's
 * name too) or one no list knows as a name; not "NASA" or "Google" of "the Committee on Finance,
 * NASA and the FAA", nor a place.
 */
function isListedFieldWord(view: TokenView, i: number): boolean {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i)) return false;
  const key = view.key(i);
  return !isKnownPlace(key) && (isCommonWord(key) || !gazetteer().byKey.has(key));
}

/**
 * "Students for Fair Admissions", "Physicians for Human Rights", "Americans for Prosperity": a
 * group's plural opening the run, "for" or "against" and a cause in dictionary words name one
 * advocacy group (they named nothing). Where the cause ends, else 0. Not "Doctors for Ukraine" or
 * "Americans for Trump" (a name the cause is), nor "lawyers for Amazon" (no advocates' noun).
 */
function advocatesCauseEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  // "Fairfax Families for Fair Boundaries", "Texas Mothers Against Drunk Driving": a place may open the group's name
  // (it was "Fairfax Families", a person, and the dateline's "FAIRFAX" its short form).
  if ((k - 1 !== first && !(k - 2 === first && opensWithPlaceWord(view, first))) || !opensWithAdvocates(view, k - 1)) return 0;
  // "Students for a Democratic Society": the cause's "a".
  const cause = view.isText(k + 1, 'a') || view.isText(k + 1, 'an') ? k + 2 : k + 1;
  let e = cause;
  while (e < sentenceEnd && e - cause < 3 && view.spaceBefore(e) && isDictionaryNameWord(view, e) && !view.hasClass(e, WordClass.MonthOrDay) && !isGivenName(view.lower(e))) e++;
  if (e === cause || (e < sentenceEnd && view.spaceBefore(e) && isNameToken(view, e))) return 0;
  return e;
}

/** A known place, or a capitalised word no dictionary holds ("Fairfax", a given name too), at token i. */
function opensWithPlaceWord(view: TokenView, i: number): boolean {
  const key = view.key(i);
  return view.isCapitalized(i) && !view.isAllCaps(i) && (isKnownPlace(key) || !isCommonWord(key));
}

/**
 * "the charity Freedom from Torture", "Relief from Hunger": one capitalised dictionary word, a
 * lower-case "from" and up to three more such words are one name, a cause's (it was "Freedom"); not
 * a plural, a title, a role, a body's head or a people before it ("Lawmakers from Popular Force",
 * "Senator from Ohio"; "Troops from Britain": a place is no dictionary word), nor a body's head or a
 * title after it ("Help from Parliament"), nor when a name goes on after them. Where it ends, else 0.
 */
function freedomFromEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (k - 1 !== first || view.lower(k) !== 'from' || !view.isLowerWord(k) || !isDictionaryNameWord(view, first)) return 0;
  const opener = view.key(first);
  if (opener.endsWith('s') || TITLE_WORDS.has(opener) || HEAD_WORDS.has(opener) || ROLE_NOUNS.has(opener) || namesAPeople(opener) || isGivenName(opener)) return 0;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 3 && view.spaceBefore(e) && isDictionaryNameWord(view, e) && !view.hasClass(e, WordClass.MonthOrDay) && !view.hasClass(e, WordClass.Head) && !view.hasClass(e, WordClass.Title)) e++;
  if (e === k + 1 || (e < sentenceEnd && view.spaceBefore(e) && isNameToken(view, e))) return 0;
  return e;
}

/** A group's plural and "for" or "against" after it at token first: "Students for …", "Mothers against …". */
export function opensWithAdvocates(view: TokenView, first: number): boolean {
  const k = first + 1;
  if (k >= view.count || !view.isLowerWord(k) || (view.lower(k) !== 'for' && view.lower(k) !== 'against') || !view.isCapitalized(first)) return false;
  const group = view.key(first);
  return ADVOCATES.has(group) || namesAPeople(group);
}

/** Plurals of people who band together for a cause ("Students for Fair Admissions", "Mothers Against Drunk Driving"). */
const ADVOCATES = new Set(
  `students physicians doctors scientists citizens parents mothers fathers moms dads families veterans women nurses teachers journalists
  economists farmers voters taxpayers christians muslims jews friends neighbors neighbours residents patients survivors
  engineers architects artists writers musicians athletes workers people`.split(/\s+/),
);

/**
 * A Dutch particle of places at token k after a capitalised word: "op", "aan", "bij" ("Bergen op
 * Zoom" was two places), or "ten" and "ter" after a word no English dictionary holds ("Huis ten
 * Bosch" was "Huis" and "Bosch"; "Top ten Republicans" is a count).
 */
function isDutchPlaceParticle(view: TokenView, k: number): boolean {
  const word = view.lower(k);
  if (!view.isCapitalized(k - 1) || view.isAllCaps(k - 1)) return false;
  if (DUTCH_PLACE_PARTICLES.has(word)) return true;
  return MID_NAME_PARTICLES.has(word) && !view.hasClass(k - 1, WordClass.Common);
}

/**
 * "Committee to Protect Journalists", "Campaign to Stop Killer Robots": a body's head word, "to"
 * and a capitalised verb before another capitalised word name what the body is for. In prose a
 * verb after "to" is in lower case ("the committee to review the case").
 */
function isPurposeClauseAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'to' || !view.isLowerWord(k) || k + 2 >= sentenceEnd || !isBodyWord(view.lower(k - 1))) return false;
  const verb = k + 1;
  return view.isCapitalized(verb) && !view.isAllCaps(verb) && view.hasClass(verb, WordClass.Common) && view.spaceBefore(k + 2) && isNameToken(view, k + 2);
}

/**
 * "Tennessee Right to Life", "National Right to Work Committee", "the Right to Information Act": a
 * capitalised "Right", "to" and a capitalised dictionary word name a cause, a body or a law (it was
 * a person "Tennessee Right" and a body "Work Committee"). In prose the word after "to" is in lower
 * case ("the Right to vote").
 */
function isRightToAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'to' || !view.isLowerWord(k) || k + 1 >= sentenceEnd || view.lower(k - 1) !== 'right' || !view.isCapitalized(k - 1)) return false;
  const cause = k + 1;
  return view.isCapitalized(cause) && !view.isAllCaps(cause) && view.spaceBefore(cause) && view.hasClass(cause, WordClass.Common);
}

/**
 * "U.S. Court of Appeals for the D.C. Circuit", "… for the 9th Circuit": after a court's name, "for
 * the" and the number or the place of its circuit or district go on the court's name ("for the
 * Ninth Circuit" goes on as any dictionary word after a court does). Where that word ends, else 0.
 */
/**
 * "the University of Texas at Austin", "the University of North Carolina at Chapel Hill": "at" and its
 * campus's place go on a university's name (it was cut at "at"; "Chapel Hill" after it was lost). The
 * place is one the lists know, or one or two capitalised words closing the name that hold no head
 * word nor a day ("the University of Kentucky at Rupp Arena", "at Monday's meeting" stay apart).
 * Where the campus ends, else 0.
 */
function campusEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (view.lower(k) !== 'at' || !view.isLowerWord(k) || !view.spaceBefore(k) || !isNameToken(view, k - 1)) return 0;
  let university = false;
  for (let i = first; i < k && !university; i++) university = view.key(i) === 'university' && view.isCapitalized(i);
  if (!university) return 0;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 3 && view.spaceBefore(e) && isNameToken(view, e) && !view.hasClass(e, WordClass.MonthOrDay)) e++;
  if (e === k + 1) return 0;
  if (isKnownPlace(view.keyOf(k + 1, e))) return e;
  const closesName = e >= sentenceEnd || !isNameToken(view, e);
  const last = view.key(e - 1);
  return closesName && e - k <= 3 && (!HEAD_WORDS.has(last) || TOWN_HEADS.has(last)) && view.kind(e) !== TokenKind.Possessive ? e : 0;
}

function courtAreaEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  const area = k + 2;
  if (view.lower(k) !== 'for' || !view.isLowerWord(k) || view.lower(k + 1) !== 'the' || area + 1 >= sentenceEnd) return 0;
  if (!COURT_AREAS.has(view.lower(area + 1)) || !view.isCapitalized(area + 1) || !view.spaceBefore(area + 1)) return 0;
  let court = false;
  for (let i = first; i < k && !court; i++) court = view.lower(i) === 'court';
  return court && (ORDINAL_FIGURES.test(view.raw(area)) || isNameToken(view, area)) ? area + 2 : 0;
}

const COURT_AREAS = new Set(['circuit', 'district']);

/**
 * "the Punjab and Haryana High Court", "the Kenya and Uganda Railways Corporation": after "the", a place
 * the lists know, "and", another, and capitalised words closed by a body's head word are one body of
 * the two places (it was a body "Punjab" and the "Haryana High Court"). Where the head word ends, else 0.
 * Not "the Punjab and Haryana governments" (no name's head), nor "Britain and France" alone.
 */
function twoPlacesBodyEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (view.lower(k) !== 'and' || !view.isLowerWord(k) || first < 1 || view.lower(first - 1) !== 'the') return 0;
  if (!isKnownPlace(view.keyOf(first, k))) return 0;
  for (let place = k + 2; place <= Math.min(k + 4, sentenceEnd); place++) {
    if (!isNameToken(view, place - 1) || !view.spaceBefore(place - 1)) return 0;
    if (!isKnownPlace(view.keyOf(k + 1, place))) continue;
    let e = place;
    while (e < sentenceEnd && e - place < 3 && view.spaceBefore(e) && view.isCapitalized(e) && !view.isAllCaps(e)) e++;
    return e > place && HEAD_WORDS.get(view.lower(e - 1)) === 'organization' ? e : 0;
  }
  return 0;
}

/**
 * "Avon and Somerset Police said", "Devon and Cornwall Police": without "the" too, a place ("Avon",
 * an old county no list holds, is no dictionary word either), "and", a place the lists know and a
 * police, fire or ambulance service's words are one force (it was "Avon" and "Somerset Police").
 * "Kent and Essex Police" after "Kent Police" alone elsewhere in the text are two forces.
 */
function twoPlacesServiceEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (k !== first + 1 || view.lower(k) !== 'and' || !view.isLowerWord(k) || !view.spaceBefore(k)) return 0;
  const opener = view.lower(first);
  if (view.isAllCaps(first) || (!isKnownPlace(opener) && isCommonWord(opener))) return 0;
  for (let place = k + 2; place <= Math.min(k + 3, sentenceEnd); place++) {
    if (!isNameToken(view, place - 1) || !view.spaceBefore(place - 1)) return 0;
    if (!isKnownPlace(view.keyOf(k + 1, place))) continue;
    if (isCountry(opener) || isCountry(view.keyOf(k + 1, place))) return 0;
    const e = serviceWordsEnd(view, place, sentenceEnd);
    if (e === place || !SERVICE_HEADS.has(view.lower(e - 1))) return 0;
    return isKnownPlace(opener) && writesApart(view.text, `${view.raw(first)} ${view.slice(place, e)}`) ? 0 : e;
  }
  return 0;
}

/** Where a service's words from token `first` end: "Police", "Ambulance Service", "Fire and Rescue Service". */
function serviceWordsEnd(view: TokenView, first: number, sentenceEnd: number): number {
  let e = first;
  while (e < sentenceEnd && e - first < 4 && view.spaceBefore(e)) {
    const joined = e > first && view.lower(e) === 'and' && view.isLowerWord(e) && e + 1 < sentenceEnd && view.isCapitalized(e + 1) && SERVICE_WORDS.has(view.lower(e + 1));
    if (!joined && !(view.isCapitalized(e) && SERVICE_WORDS.has(view.lower(e)))) break;
    e += joined ? 2 : 1;
  }
  return e;
}

/** Whether `text` holds `phrase` as words of their own ("Kent Police", not "Kent Policeman"). */
function writesApart(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[at + phrase.length] ?? ' ')) return true;
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The words of a police, fire or ambulance service's name after its area, and those that close it. */
const SERVICE_WORDS = new Set(['police', 'constabulary', 'fire', 'rescue', 'ambulance', 'service']);
const SERVICE_HEADS = new Set(['police', 'constabulary', 'service']);

/** "Lumber Marine SA of the United Arab Emirates", "Acme Ltd. of London": an abbreviated legal suffix closes a company's name. */
function closesCompanyName(view: TokenView, i: number): boolean {
  const lower = view.lower(i);
  return LEGAL_SUFFIXES.has(lower) && lower !== 'corporation' && lower !== 'incorporated' && lower !== 'limited';
}

/**
 * "the Nobel Prize in Physics", "the Nobel Memorial Prize in Economic Sciences": "in" and a field, a
 * dictionary word, after a prize's head go on with its name ("Physics" and "Literature" were places
 * of their own); not a place or a month ("won the Nobel Prize in Stockholm", "in December").
 */
function isPrizesFieldAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'in' || !view.isLowerWord(k) || !PRIZE_HEADS.has(view.lower(k - 1)) || k + 1 >= sentenceEnd) return false;
  return isDictionaryNameWord(view, k + 1) && !view.hasClass(k + 1, WordClass.MonthOrDay) && !isKnownPlace(view.key(k + 1));
}

const PRIZE_HEADS = new Set(['prize', 'prizes', 'award', 'awards', 'medal']);

/** "the Nobel Prize in Physiology or Medicine": "or" and a second field after a prize's field (it was two names). */
function isPrizesSecondFieldAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'or' || !view.isLowerWord(k) || k < 3 || view.lower(k - 2) !== 'in' || !PRIZE_HEADS.has(view.lower(k - 3))) return false;
  return k + 1 < sentenceEnd && isDictionaryNameWord(view, k + 1) && !isKnownPlace(view.key(k + 1));
}

/**
 * "the Labour Party of Peter Obi", "the Samajwadi Party of Akhilesh Yadav": after a party's or a
 * government's "of", two or three capitalised words that no list holds as a place or a word, with
 * nothing joined after them, are its leader, no part of its name ("Democratic Party of Japan",
 * "Party of Regions", "Communist Party of the Russian Federation" and "Church of Jesus Christ of
 * Latter-day Saints" are whole).
 */
function isLeaderAfterPartysOf(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'of' || !LED_BODIES.has(view.lower(k - 1))) return false;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 4 && isNameToken(view, e) && view.spaceBefore(e) && !view.isAllCaps(e) && (!view.hasClass(e, WordClass.Common) || isGivenName(view.lower(e))) && !HEAD_WORDS.has(view.key(e))) e++;
  const words = e - k - 1;
  if (words < 2 || words > 3 || (e < sentenceEnd && (view.hasClass(e, WordClass.NameConnector) || view.kind(e) === TokenKind.Hyphen || view.kind(e) === TokenKind.Possessive))) return false;
  const key = view.keyOf(k + 1, e);
  return !isKnownPlace(key) && !gazetteer().byKey.has(key) && !isKnownPlace(view.key(k + 1));
}

// "the Medellin Cartel of Pablo Escobar", "the Sinaloa Cartel of Joaquin Guzman": a cartel's or a gang's boss too.
const LED_BODIES = new Set(['party', 'government', 'administration', 'cabinet', 'cartel', 'gang', 'faction']);

/**
 * Where a name the lists know ends when the connector at token k goes on it, else 0: "Rio Grande do
 * Sul", "Friends of the Earth", "Save the Children", "Alternative for Germany" (a connector the rules
 * above do not take: "do" or "for" after no head word, "the"), "Bosnia and Herzegovina", "Law and
 * Justice", "Saint Kitts and Nevis", "Group of 20", and a country's region ("Jammu and Kashmir",
 * "Newfoundland and Labrador", "Kensington and Chelsea"). "and" joins only a name the lists know
 * whole, since it joins two names as often as one ("Britain and France").
 */
function knownNameEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (!view.isLowerWord(k) || !view.spaceBefore(k)) return 0;
  const word = view.lower(k);
  // "Dar es Salaam", "Aix en Provence": a short word of no English inside a place the lists know.
  // The token's word classes (see TokenView.hasClass), looked up once for all the rules that ask.
  const connector = view.hasClass(k, WordClass.NameConnector);
  const foreignWord = word.length <= 3 && !connector && !view.hasClass(k, WordClass.Common);
  if (!(connector || word === 'and' || word === 'the' || foreignWord)) return 0;
  // "Friends of the Earth", "Save the Children": "the" may stand before the name's next word.
  const next = word !== 'the' && view.lower(k + 1) === 'the' && view.isLowerWord(k + 1) && view.spaceBefore(k + 1) ? k + 2 : k + 1;
  // "Group of 20": a number may be the known name's last word.
  if (next >= sentenceEnd || !view.spaceBefore(next) || !(isNameToken(view, next) || view.kind(next) === TokenKind.Number)) return 0;
  // "Board of Control for Cricket in India": the known name may hold another connector further on.
  for (let e = next + 1; e <= Math.min(sentenceEnd, next + 4); e++) {
    if (e > next + 1 && !(view.spaceBefore(e - 1) && (isNameToken(view, e - 1) || isInnerConnector(view, e - 1)))) break;
    const key = view.keyOf(first, e);
    if (foreignWord ? isKnownPlace(key) : (word !== 'and' && isKnownPlace(key)) || gazetteer().byKey.has(key) || (word === 'and' && isRegion(key))) return e;
  }
  return 0;
}

/**
 * "The Civil Rights Act of 1964 banned discrimination", "the Investment Company Act of 1940": the year
 * after a law's "of" at token k is its name's (the name stopped at "Act"); "the Civil Rights Act of
 * 1,200 pages" holds no year.
 */
function lawsYearEnd(view: TokenView, k: number, sentenceEnd: number): number {
  if (view.lower(k) !== 'of' || k + 1 >= sentenceEnd || !LAW_HEADS.has(view.lower(k - 1)) || !view.isCapitalized(k - 1)) return 0;
  return /^(?:1[6-9]|20)\d\d$/.test(view.slice(k + 1, k + 2)) ? k + 2 : 0;
}

/** A connector in lower case inside a longer name: "in" of "Board of Control for Cricket in India". */
function isInnerConnector(view: TokenView, i: number): boolean {
  return view.isLowerWord(i) && (view.hasClass(i, WordClass.NameConnector) || view.lower(i) === 'in');
}

/** "Institute for National Unification", "Bank of the Ryukyus", "Marloes van der Veen", "bin Rashid al-Kaabi": the name after the connector at k. */
function extendAfterConnector(view: TokenView, k: number, sentenceEnd: number): RunStep {
  let next = k + 1;
  // "Bank of the Ryukyus", "Support Office for the Liptako-Gourma". A capitalised "The" opens a
  // work's title instead: "won Academy Awards for The French Connection".
  if ((view.lower(k) === 'of' || view.lower(k) === 'for') && next < sentenceEnd && view.lower(next) === 'the') {
    if (!view.isLowerWord(next)) return STOP;
    next++;
  }
  // "Center for a New American Security", "Alliance for a Green Revolution": a cause's "a" after the
  // "for" of a body that works for one (it was cut to "New American Security", other); not "studied
  // at Boston University for a Master of Education".
  if (view.lower(k) === 'for' && next === k + 1 && next < sentenceEnd && (view.isText(next, 'a') || view.isText(next, 'an')) && CAUSE_HEADS.has(view.key(k - 1))) next++;
  while (next < sentenceEnd && next - k < 3 && view.isLowerWord(next) && view.hasClass(next, WordClass.NameParticle)) next++;
  if (next < sentenceEnd && view.kind(next) === TokenKind.Hyphen && view.adjacent(next - 1) && view.adjacent(next)) next++;
  if (next === k + 1 && isModelCodeClosing(view, next, sentenceEnd)) return STOP;
  if (next < sentenceEnd && isNameToken(view, next) && (view.spaceBefore(next) || view.kind(next - 1) === TokenKind.Hyphen) && !view.lineBreakBefore(next)) return step(next + 1, 1);
  return STOP;
}

/** Heads of bodies that work for a cause, named after "for a": "Center for a New American Security". */
const CAUSE_HEADS = new Set(['center', 'centre', 'alliance', 'coalition', 'campaign', 'partnership', 'movement', 'network', 'fund', 'foundation', 'institute', 'council', 'committee', 'party', 'league', 'project', 'initiative']);

/**
 * "a deal with Hanwha Aerospace for K9 howitzers", "Airbus of A320 jets": a model's code (letters and
 * digits in one word) right after the connector, before lower-case words, is what the deal is for,
 * no part of the body's name (the body was "Hanwha Aerospace for K9").
 */
function isModelCodeClosing(view: TokenView, i: number, sentenceEnd: number): boolean {
  if (i >= sentenceEnd || !view.hasDigit(i) || view.kind(i) !== TokenKind.Word) return false;
  return i + 1 < sentenceEnd && view.isLowerWord(i + 1);
}

/** Words, numbers and initials that go on a name at token k; null when token k goes on none. */
function extendAtWord(view: TokenView, first: number, k: number, sentenceEnd: number, capitalisedTokens: number): RunStep | null {
  // "Peter the Great", "Tsar Peter the Great", "Pliny the Elder": an epithet after a one-word name.
  // "Christ the Good Shepherd Church": a dedication's epithet ("the Good") goes on to its church.
  const dedicationEnd = patronsDedicationEnd(view, first, k, sentenceEnd);
  if (dedicationEnd > 0) return step(dedicationEnd, dedicationEnd - k - 1);
  if (isEpithetAt(view, first, k, sentenceEnd)) return step(k + 2, 0, true);
  // "Pope Damasus I", "Tsar Aleksei I": the first of a regnal name, though "I" is a word too; so is
  // an "I" that ends its clause ('proclaimed himself "Norton I, Emperor of the United States"'),
  // where the pronoun would have its verb.
  if (view.isText(k, 'I') && view.spaceBefore(k) && (followsRegnalTitle(view, first, k) || endsClause(view, k + 1, sentenceEnd)) && !isNameToken(view, k + 1)) return step(k + 1, 0, true);
  // "Marovo II", "World War II": a Roman numeral after a name.
  if (view.isAllCaps(k) && ROMAN.test(view.raw(k)) && view.spaceBefore(k)) return step(k + 1, 0);
  const numbered = numberStep(view, first, k, sentenceEnd, capitalisedTokens);
  if (numbered) return numbered;
  const allEnd = innerAllEnd(view, k, sentenceEnd);
  if (allEnd > 0) return step(allEnd, allEnd - k - 1);
  // "Taipei-Penghu No. 3": "No" is a stop word everywhere but before a number.
  if (view.lower(k) === 'no' && view.spaceBefore(k) && view.kind(k + 1) === TokenKind.Period && view.kind(k + 2) === TokenKind.Number && k + 2 < sentenceEnd) return step(k + 3, 0, true);
  // "Ørsted A/S", "Bavarian Nordic A/S": a Danish or Norwegian company's legal form, written with a slash.
  if (view.spaceBefore(k) && k + 2 < sentenceEnd && isSlashedLegalFormEnd(view, k + 3)) return step(k + 3, 0, true);
  // "Eugene A. Nida", "Robert I. Williams": an initial, though "A" and "I" are words too.
  if (isInitialBeforeName(view, k, sentenceEnd) && view.spaceBefore(k) && !view.lineBreakBefore(k)) return step(k + 3, 1);
  if (isMakerAfterCarrier(view, first, k)) return STOP;
  if (isNameToken(view, k) && view.spaceBefore(k) && !view.lineBreakBefore(k)) return step(k + 1, 1);
  if (isCapitalisedPrepositionInName(view, k, sentenceEnd)) return step(k + 2, 2);
  if (isPhrasalParticleInName(view, k)) return step(k + 1, 1);
  if (isShortNameWordAt(view, k, sentenceEnd)) return step(k + 1, 1);
  if (isMonthSurnameAt(view, first, k, sentenceEnd)) return step(k + 1, 1, true);
  if (isDayWordInsideName(view, first, k, sentenceEnd)) return step(k + 1, 1);
  if (view.isCapitalized(k) && view.spaceBefore(k) && !view.lineBreakBefore(k)) return continuesKnownName(view, first, k, sentenceEnd);
  // "the Bohai sea", "the Yangtze river": "sea" or "river" in lower case closes its name, but not
  // before a noun it qualifies: "Melting sea ice", "the Mekong river basin".
  if (view.isLowerWord(k) && view.spaceBefore(k) && (view.lower(k) === 'sea' || view.lower(k) === 'river') && !qualifiesNextWord(view, k, sentenceEnd)) return step(k + 1, 0, true);
  return null;
}

/** A number closing a name: a team's numbered plural after its place, a ship's or an exercise's number, a known name's. */
function numberStep(view: TokenView, first: number, k: number, sentenceEnd: number, capitalisedTokens: number): RunStep | null {
  // "the San Francisco 49ers", "the Philadelphia 76ers": a numbered plural closes a team's name after its place.
  if (view.hasDigit(k) && view.kind(k) === TokenKind.Word && view.spaceBefore(k) && isNumberedPlural(view.raw(k)) && isKnownPlace(view.keyOf(first, k))) return step(k + 1, 0, true);
  // "Hong Tai 58", "the Chongryu 8": a number closes the name of a ship or an exercise.
  // Not a score or a range: "beat Manchester City 3–1", "Chelsea 2-0"; nor an amount: "fined Meta
  // Platforms 200 million euros", "paid Apple 500 dollars".
  // "London's FTSE 100": a number that a known name closes with.
  const known = () => gazetteer().byKey.has(view.keyOf(first, k + 1));
  if (k === first + 1 && isAircraftMakerBeforeNumber(view, first)) return step(modelWordsEnd(view, variantNumberEnd(view, k, sentenceEnd), sentenceEnd), 0, true);
  if (view.kind(k) === TokenKind.Number && view.spaceBefore(k) && view.length(k) <= 4 && !isInSlashedCode(view, k) && (capitalisedTokens >= 2 || namedThingBefore(view, first) || known() || opensModelWords(view, k + 1, sentenceEnd) || isProductLinesNumber(view, first, k) || isNumberedMission(view, first, k) || isMeetingsSession(view, first, k) || isRoadsNumber(view, first, k) || closesQuotedTitle(view, first, k) || isVersionAfterName(view, first, k, sentenceEnd)) && !isScoreAt(view, k, sentenceEnd) && !isResultLinesGoals(view, k, sentenceEnd) && !isAmountAt(view, k, sentenceEnd) && !isRunsAfterPlayer(view, first, k) && !isPlaceOrClubsCount(view, first, k) && !opensCompoundModifier(view, k, sentenceEnd)) {
    const games = hostsYearGamesEnd(view, first, k, sentenceEnd);
    if (games) return step(games, games - k - 1, true);
    // "Il Sole 24 Ore reported": a known name goes on after its number.
    if (k + 1 < sentenceEnd && view.spaceBefore(k + 1) && isNameToken(view, k + 1) && gazetteer().byKey.has(view.keyOf(first, k + 2))) return step(k + 2, 1);
    if (isIberianDateAfter(view, k, sentenceEnd)) return step(k + 3, 1, true);
    return step(modelWordsEnd(view, k + 1, sentenceEnd), 0, true);
  }
  return null;
}

/**
 * "a Southwest Boeing 737-800", "the Boeing 777-9": the variant's number hyphened to the model's
 * closes the plane's name (it was read as a score); where the number at `k` and its variant end.
 */
function variantNumberEnd(view: TokenView, k: number, sentenceEnd: number): number {
  const hyphened = k + 2 < sentenceEnd && view.isChar(k + 1, '-') && view.adjacent(k) && view.adjacent(k + 1) && view.kind(k + 2) === TokenKind.Number;
  return hyphened ? k + 3 : k + 1;
}

/**
 * "its HBM3E 12-high chips", "the Galaxy S24 5-year plan": a number hyphened to a word in lower case
 * says what the next noun is like, no part of the name before it (they were "HBM3E 12" and "Galaxy S24 5").
 */
function opensCompoundModifier(view: TokenView, k: number, sentenceEnd: number): boolean {
  return k + 2 < sentenceEnd && view.adjacent(k) && view.kind(k + 1) === TokenKind.Hyphen && view.adjacent(k + 1) && view.isLowerWord(k + 2);
}

/**
 * 'Disney\'s "Moana 2" topped the box office', 'the film "Deadpool 3"': a number closing a title
 * quoted whole is the sequel's (the name was "Moana" alone; "Toy Story 4" has two capitalised words).
 */
function closesQuotedTitle(view: TokenView, first: number, k: number): boolean {
  if (first === 0 || !view.isChar(first - 1, OPEN_QUOTES) || !view.adjacent(first - 1) || !view.adjacent(k)) return false;
  return k + 1 < view.count && (view.isChar(k + 1, CLOSE_QUOTES) || (view.isChar(k + 1, ',.') && k + 2 < view.count && view.isChar(k + 2, CLOSE_QUOTES)));
}

/**
 * "grounded the Boeing 737 MAX", "the iPhone 16 Pro Max": a model's words after its number close its
 * name (they were cut off, "MAX" and "Pro Max" a body and a person). Where the words from `i` end.
 */
function modelWordsEnd(view: TokenView, i: number, sentenceEnd: number): number {
  let e = i;
  while (e < sentenceEnd && e - i < 2 && MODEL_WORDS.has(view.lower(e)) && view.isCapitalized(e) && view.spaceBefore(e) && !view.lineBreakBefore(e)) e++;
  // "Boeing 737 Max 9", "Snapdragon 8 Gen 3": the variant's number after the model's words.
  if (e > i && e < sentenceEnd && view.kind(e) === TokenKind.Number && view.length(e) <= 2 && view.spaceBefore(e) && !view.lineBreakBefore(e) && !isUnitOrShareAfter(view, e + 1, sentenceEnd)) e = variantNumberEnd(view, e, sentenceEnd);
  return e;
}

/**
 * "introduced the Pixel 10 Pro and Pixel 10 Pro XL": a model's word in capitals after the number says
 * the number is a model's, whatever stands before the name (the second was "Pixel" and "Pro XL", a body).
 */
function opensModelWords(view: TokenView, i: number, sentenceEnd: number): boolean {
  return i < sentenceEnd && MODEL_WORDS.has(view.lower(i)) && view.isCapitalized(i) && view.spaceBefore(i) && !view.lineBreakBefore(i);
}

/**
 * "the GeForce RTX 5090 and RTX 5060 graphics cards", "the IBM 360": an acronym of three letters or
 * more and a number of three or four digits, no year's, are a product line's model (the second was
 * "RTX" alone). Not a ship's prefix ("USS"), nor a Roman numeral.
 */
function isProductLinesNumber(view: TokenView, first: number, k: number): boolean {
  if (k !== first + 1 || !view.isAllCaps(first) || view.length(first) < 3 || VESSEL_PREFIXES.has(view.lower(first)) || ROMAN.test(view.raw(first))) return false;
  return view.length(k) >= 3 && !/^(?:1[5-9]|20)\d\d$/.test(view.raw(k));
}

/** "9%", "9 percent", "10 jets" read as a count: what follows a number that makes it no variant's. */
function isUnitOrShareAfter(view: TokenView, i: number, sentenceEnd: number): boolean {
  return i < sentenceEnd && (view.isChar(i, '%') || view.lower(i) === 'percent' || view.lower(i) === 'per');
}

/**
 * "Boeing said 737 MAX production would rise", "and iPhone 16 Pro Max have": a model's words right after
 * a number, with no maker before, name nothing (they were "MAX", a body, and "Pro Max", a person).
 */
function isModelWordAfterNumber(view: TokenView, run: NameRun): boolean {
  if (run.first === 0 || view.kind(run.first - 1) !== TokenKind.Number || run.end - run.first > 2) return false;
  for (let k = run.first; k < run.end; k++) if (!MODEL_WORDS.has(view.lower(k))) return false;
  return true;
}

/**
 * "The FAA capped 737 MAX production", "the 737 Max 9": a number of three or four digits, no year's,
 * before a model's words is the model's name (only "MAX" was found, and dropped).
 */
function isModelsNumber(view: TokenView, k: number): boolean {
  if (k < 0 || view.kind(k) !== TokenKind.Number || !view.spaceBefore(k + 1) || view.length(k) < 3 || view.length(k) > 4) return false;
  if (/^(?:1[5-9]|20)\d\d$/.test(view.raw(k)) || (k > 0 && view.adjacent(k - 1) && !view.isChar(k - 1, '('))) return false;
  // "Some 500 Pro members joined": a count's quantifier before the number.
  return !QUANTIFIERS.has(view.lower(k - 1));
}

const QUANTIFIERS = new Set(['some', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'than', 'roughly', 'approximately', 'just', 'only', 'all', 'top', 'first', 'last', 'those', 'these']);

/**
 * "Mothers Against Drunk Driving", "Engineers Without Borders", "Lawyers' Committee for Civil Rights
 * Under Law": a preposition capitalised inside a sentence, between capitalised words, is the name's
 * (the run stopped at it); "against" or "under" in lower case stays outside.
 */
function isCapitalisedPrepositionInName(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (!NAME_PREPOSITIONS.has(view.lower(k)) || !view.isCapitalized(k) || view.isAllCaps(k) || !view.spaceBefore(k) || view.lineBreakBefore(k)) return false;
  return k + 1 < sentenceEnd && view.spaceBefore(k + 1) && isNameToken(view, k + 1);
}

const NAME_PREPOSITIONS = new Set(['against', 'without', 'under', 'beyond', 'across']);

/**
 * "the Department for Levelling Up, Housing and Communities", "the Levelling Up Fund": a phrasal
 * verb's particle capitalised inside a sentence, after a capitalised "-ing" word, is the name's (the
 * run stopped at "Up": "Department for Levelling", and the fund was dropped). "Up" opening a
 * sentence or after any other word stays a stop word.
 */
function isPhrasalParticleInName(view: TokenView, k: number): boolean {
  if (!PHRASAL_PARTICLES.has(view.lower(k)) || !view.isCapitalized(k) || view.isAllCaps(k) || !view.spaceBefore(k) || view.lineBreakBefore(k)) return false;
  return k > 0 && view.isCapitalized(k - 1) && view.lower(k - 1).endsWith('ing') && view.length(k - 1) > 5;
}

const PHRASAL_PARTICLES = new Set(['up', 'out', 'down', 'back', 'off']);

/**
 * "Campaign Against Arms Trade", "Mothers Against Drunk Driving": a name of dictionary words that holds
 * such a capitalised preposition after its first word is a campaign's or a group's (they were
 * dropped as dictionary words with nothing to vouch for them).
 */
export function holdsCapitalisedPreposition(view: TokenView, first: number, end: number): boolean {
  for (let k = first + 1; k + 1 < end; k++) if (view.isCapitalized(k) && view.kind(k) === TokenKind.Word && NAME_PREPOSITIONS.has(view.lower(k))) return true;
  return false;
}

/** The tokens before `end` are "A/S", the legal form of Danish and Norwegian companies ("Novo Nordisk A/S"), the "AS" of LEGAL_SUFFIXES. */
export function isSlashedLegalFormEnd(view: TokenView, end: number): boolean {
  const a = end - 3;
  return a >= 0 && view.isText(a, 'A') && view.isChar(a + 1, '/') && view.isText(a + 2, 'S') && view.adjacent(a) && view.adjacent(a + 1);
}

/**
 * "released Claude Opus 4.1", "made Gemini 2.5 Pro available", "iOS 18.2": a number with a decimal point
 * right after a name is a product's version, part of its name (both were cut before it, "Claude Opus"
 * a person); not a share of something ("Apple 2.5%") nor an amount ("Brent 1.5 million barrels").
 */
function isVersionAfterName(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (!isVersionNumber(view.raw(k)) || !view.isCapitalized(k - 1) || view.hasClass(first, WordClass.Common)) return false;
  return !(k + 1 < sentenceEnd && view.adjacent(k + 1) && view.isChar(k + 1, '%'));
}

/**
 * "Steve Smith made 73 and Alex Carey 61", "with Joe Root 45 not out": a given name and one more word
 * before a number are a player and the runs or points he made (the name was a ship, "Alex Carey
 * 61"); "Hong Tai 58" opens with no given name.
 */
function isRunsAfterPlayer(view: TokenView, first: number, k: number): boolean {
  return k - first === 2 && !isVersionNumber(view.raw(k)) && view.spaceBefore(first + 1) && isGivenName(view.lower(first)) && !view.hasClass(first + 1, WordClass.Head) && !namedThingBefore(view, first);
}

/**
 * "from the Kansas City 40" (a yard line), "2. Manchester City 10" (a table's points): a small number
 * after a place the lists know, or after its club ("Manchester City"), counts something of the place
 * or the club and is no part of the name (they were "Kansas City 40", a place, and "Los Angeles 30", a
 * vessel). Not a name the lists know whole, nor a title quoted whole, nor a year ("London 2012").
 */
function isPlaceOrClubsCount(view: TokenView, first: number, k: number): boolean {
  if (view.length(k) > 3 || gazetteer().byKey.has(view.keyOf(first, k + 1)) || closesQuotedTitle(view, first, k)) return false;
  const town = view.keyOf(first, k - first >= 2 && isClubCloser(view.lower(k - 1)) ? k - 1 : k);
  // "The Toyota 86 sold well": a company the lists know is no town, though a town bears its name.
  return isKnownPlace(town) && gazetteer().byKey.get(town)?.type !== 'organization';
}

/**
 * "the London 2012 Olympics", "the Paris 2024 Summer Olympics": a host town (one word, known or not,
 * "the Rio 2016 Olympics") and its year open the name of the event held there (they were "London
 * 2012", other, and "Olympics"). Where the event's capitalised words after the year at `k` end, or 0.
 */
function hostsYearGamesEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (k !== first + 1 || !HOSTS_YEAR.test(view.raw(k)) || !view.isCapitalized(first)) return 0;
  for (let e = k + 1; e < sentenceEnd && e <= k + 3 && view.isCapitalized(e) && view.spaceBefore(e) && !view.lineBreakBefore(e); e++) {
    if (HEAD_WORDS.get(view.lower(e)) === 'event') return e + 1;
  }
  return 0;
}

const HOSTS_YEAR = /^(?:19|20)\d\d$/;

/**
 * "200 million euros", "500 dollars", "40 percent", "moved to San Francisco 49 years ago" (a vessel
 * "San Francisco 49"): the number at token k counts something in lower case after it.
 */
function isAmountAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  return k + 1 < sentenceEnd && view.spaceBefore(k + 1) && view.isLowerWord(k + 1) && AMOUNT_WORDS.has(view.lower(k + 1));
}

const AMOUNT_WORDS = new Set([
  'million', 'billion', 'trillion', 'thousand', 'hundred', 'euros', 'dollars', 'pounds', 'yuan', 'yen', 'rupees', 'percent', 'per',
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'times', 'people', 'miles', 'kilometres', 'kilometers',
]);

/** "3–1", "2-0", "3:2": the number at token k is the first of a score or a range. */
function isScoreAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  return k + 2 < sentenceEnd && view.isChar(k + 1, '-–—:') && view.adjacent(k) && view.adjacent(k + 1) && view.kind(k + 2) === TokenKind.Number;
}

/**
 * "Human Rights Watch", "Doctors Without Borders": a capitalised word no name holds elsewhere (page
 * furniture, "Watch: the video"; a stop word) goes on with a name the gazetteer knows, alone or
 * with the word after it.
 */
function continuesKnownName(view: TokenView, first: number, k: number, sentenceEnd: number): RunStep | null {
  const known = gazetteer().byKey;
  if (known.has(view.keyOf(first, k + 1))) return step(k + 1, 1);
  if (k + 1 < sentenceEnd && view.spaceBefore(k + 1) && isNameToken(view, k + 1) && known.has(view.keyOf(first, k + 2))) return step(k + 2, 2);
  return null;
}

/**
 * "Theresa May", "Brian May": a month right after a given name is a surname, unless a day follows
 * ("Friday, May 5" has none before); so after a title ("Prime Minister Theresa May", the run opens at
 * "Prime") and after an honorific ("Mrs May, 67,", "Mr. May said").
 */
function isMonthSurnameAt(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (k <= first || !view.spaceBefore(k) || !view.isCapitalized(k) || view.isAllCaps(k) || !MONTH_NAMES.has(view.lower(k))) return false;
  const before = view.lower(k - 1);
  const honorific = view.isChar(k - 1, '.') ? k - 2 : k - 1;
  if (!(isGivenName(before) && !MONTHS_AND_DAYS.has(before)) && !(honorific === first && view.hasClass(honorific, WordClass.Honorific))) return false;
  return k + 1 >= sentenceEnd || view.kind(k + 1) !== TokenKind.Number;
}

/**
 * "Le Thi Thu Thuy", "Nguyen Thu Ha": a day's abbreviation between two words of a name is a
 * Vietnamese name's word ("Thu"), no date: the run stopped at it and gave "Le Thi" and "Thuy". So is
 * a month's abbreviation in a Burmese name ("Daw Khin Mar Aye" gave "Khin" and "Aye"). Not next to a
 * date's other words ("Published Thu Mar 3").
 */
function isDayWordInsideName(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (k <= first || k + 1 >= sentenceEnd || !DATE_ABBREVIATIONS_IN_NAMES.has(view.lower(k)) || !view.isCapitalized(k) || view.isAllCaps(k) || !view.spaceBefore(k)) return false;
  if (!isNameToken(view, k - 1) || view.kind(k - 1) !== TokenKind.Word) return false;
  return view.spaceBefore(k + 1) && view.kind(k + 1) === TokenKind.Word && isNameToken(view, k + 1) && !view.isAllCaps(k + 1);
}

const DATE_ABBREVIATIONS_IN_NAMES = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'feb', 'mar', 'apr', 'aug', 'sep', 'oct', 'nov', 'dec']);

const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

function qualifiesNextWord(view: TokenView, k: number, sentenceEnd: number): boolean {
  return k + 1 < sentenceEnd && view.isLowerWord(k + 1) && NOUNS_AFTER_WATER.has(view.lower(k + 1));
}

/** Nouns that "sea" and "river" qualify: "sea ice", "sea level", "river basin", "river bank", "Magura V5 sea drones". */
const NOUNS_AFTER_WATER = new Set(
  `ice level levels bed beds floor water waters bank banks basin basins delta valley port ports route routes lane lanes
  trade crossing crossings surface temperature temperatures life mouth system systems front traffic boat boats transport
  drone drones mine mines wall walls`.split(/\s+/),
);

/**
 * "The Bill and Melinda Gates Foundation", "the Michael and Susan Dell Foundation": two given names
 * joined by "and", a surname and a body's head are the body named for the couple (it gave a
 * programme "Bill" and a "Melinda Gates Foundation"). Where the name ends, else 0.
 */
function foundersBodyEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (k !== first + 1 || view.lower(k) !== 'and' || !view.isLowerWord(k) || !isGivenName(view.lower(first)) || !isGivenName(view.lower(k + 1))) return 0;
  for (let e = k + 2; e < Math.min(sentenceEnd, k + 5); e++) {
    if (!isNameToken(view, e) || !view.spaceBefore(e)) return 0;
    if (e > k + 2 && isBodyWord(view.lower(e))) return e + 1;
  }
  return 0;
}

/**
 * "Brigham and Women's Hospital", "Rainbow Babies and Children's Hospital": "and", a people's plural
 * in the possessive ("Women's", "Children's", "Veterans'") and capitalised words closed by a head
 * word go on the name before the "and" (it gave a person "Brigham" and a "Women's Hospital"). Where
 * the head word ends, else 0. Not "Britain and France's ministries": a place is no such plural.
 */
function possessedPeopleBodyEnd(view: TokenView, k: number, sentenceEnd: number): number {
  if (view.lower(k) !== 'and' || !view.isLowerWord(k) || !view.isCapitalized(k + 1) || !INNER_POSSESSIVES.has(view.lower(k + 1))) return 0;
  if (!isInnerPossessive(view, k + 2)) return 0;
  for (let e = k + 3; e < Math.min(sentenceEnd, k + 6); e++) {
    if (!view.isCapitalized(e) || !view.spaceBefore(e)) return 0;
    if (view.hasClass(e, WordClass.Head)) return e + 1;
  }
  return 0;
}

/**
 * "University Hospital Limerick and Cork University Hospital": a city right after a body's head word
 * closes that body's name before "and", though a dictionary word too ("limerick"); the two were one name.
 */
function isCityAfterBodyHead(view: TokenView, first: number, k: number): boolean {
  return k - 2 >= first && HEAD_WORDS.get(view.lower(k - 2)) === 'organization' && view.spaceBefore(k - 1) && isCity(view.key(k - 1));
}

/**
 * "the African Union's Peace and Security Council", "a Safety and Security Council": one field word
 * before "and" names nothing alone, so a body the lists know after it ("Security Council") is the
 * end of this body's name, not a name of its own (it gave an organization "Peace"). Not "Shares of
 * Ford and General Motors" (a given name before "and" may be a founder's company).
 */
function isFieldBeforeKnownBody(view: TokenView, first: number, k: number, e: number): boolean {
  if (k - 1 !== first || !isFieldNameWord(view, first) || isGivenName(view.lower(first), true)) return false;
  return !gazetteer().byKey.has(view.key(first)) && HEAD_WORDS.get(view.lower(e - 1)) === 'organization';
}

/**
 * Where the words after an "and" at token k end when they go on a body's name, else 0:
 * - after the head of a body and its "of" or "for" and dictionary words: "Department of Health and
 *   Human Services", "Royal Academy of Painting and Sculpture". Not "University of Virginia and
 *   Duke University" (a place after "of"), nor "Department of Health and Ministry of Defence" (a
 *   body of its own after "and");
 * - after dictionary words, when the words after "and" end with a body's head word: "Food and Drug
 *   Administration", "National Aeronautics and Space Administration", and after a field's head word
 *   that opens the name ("Securities and Exchange Commission"). Not "Britain and France", nor "Army and Air Force".
 */
/**
 * Past the field's words from token `from` (before `limit`): "Intake", "Drug"; a hyphened compound
 * of them, or of a prefix and one, is one ("the Ethics and Anti-Corruption Commission" was cut at
 * "and" to "Ethics" and "Anti-Corruption Commission").
 */
function fieldWordsEnd(view: TokenView, from: number, sentenceEnd: number, limit: number): number {
  let e = from;
  while (e < sentenceEnd && e < limit) {
    const word = e;
    const prefix = !isFieldNameWord(view, word);
    if ((prefix && !(HYPHEN_PREFIXES.has(view.lower(word)) && view.isCapitalized(word))) || !view.spaceBefore(word)) break;
    e++;
    while (e + 1 < sentenceEnd && view.kind(e) === TokenKind.Hyphen && view.adjacent(e - 1) && view.adjacent(e) && isFieldNameWord(view, e + 1)) e += 2;
    // "Anti-Trump": a prefix goes on only into a field's word.
    if (prefix && e === word + 1) return word;
  }
  return e;
}

function bodyConjunctEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (view.lower(k) !== 'and' || !view.isLowerWord(k) || !view.spaceBefore(k)) return 0;
  const peoplesFields = peoplesFieldsEnd(view, first, k, sentenceEnd);
  if (peoplesFields) return peoplesFields;
  let e = headBeforeTitleEnd(view, k + 1, fieldWordsEnd(view, k + 1, sentenceEnd, k + 5));
  // "Central Booking and Intake Center": a body's head word no dictionary holds closes the conjunct.
  if (e > k + 1 && e < sentenceEnd && view.spaceBefore(e) && view.isCapitalized(e) && !view.isAllCaps(e) && HEAD_WORDS.get(view.lower(e)) === 'organization') e++;
  // "Department of Health and Ministry of Defence", "Browning and War Office": a head word after
  // "and" begins another name, but a company's head word may stand inside one ("EU Trade and Technology Council").
  const after = view.lower(k + 1);
  if (e === k + 1 && after === 'the') return fieldAfterTheEnd(view, first, k, sentenceEnd);
  if (e === k + 1 || ORGANIZATION_ANCHORS.has(after) || (HEAD_WORDS.has(after) && HEAD_WORDS.get(after) !== 'organization' && !isPortsBody(view, k + 1, e))) return 0;
  // "Delta Air Lines and United Airlines": two carriers, each closed by its own word of carriage.
  if (CARRIER_CLOSERS.has(view.lower(k - 1)) && CARRIER_CLOSERS.has(view.lower(e - 1)) && e - k > 2) return 0;
  // "Ford and General Motors": a name the lists know whole after "and" is a name of its own.
  if ((gazetteer().byKey.has(view.keyOf(k + 1, e)) && !isFieldBeforeKnownBody(view, first, k, e)) || knownNameOverThe(view, k + 1, e, sentenceEnd)) return 0;
  // "Relief and Works Agency for Palestine Refugees": the name goes on after its head; other words
  // before "of" or "for" are another name's ("Britain and France for …").
  const fieldsOfEnd = view.isOfOrFor(e) ? fieldOfFieldEnd(view, first, k, e, sentenceEnd) : 0;
  if (fieldsOfEnd > 0) return fieldsOfEnd;
  if (view.isOfOrFor(e) && HEAD_WORDS.get(view.lower(e - 1)) !== 'organization' && !LAW_HEADS.has(view.lower(e - 1))) return 0;
  if (isCityAfterBodyHead(view, first, k)) return 0;
  // "Shell, BP and Duke Energy said": letters in capitals right before "and", a name not in capitals
  // after it, are a name of their own (it was "BP and Duke Energy"); a law may join them ("the NHS and Community Care Act").
  if (isAcronymBeforeMixedCase(view, k) && !LAW_HEADS.has(view.lower(e - 1))) return 0;
  if (closesFirmOfFields(view, first, k, e)) return e;
  let connector = -1;
  for (let i = first + 1; i < k; i++) if (view.isOfOrFor(i) || isOnAfterBodyHead(view, i)) connector = i;
  let from = connector >= 0 ? connector + 1 : first;
  if (from === first) from = afterOpeningQualifier(view, first, k);
  // "Peoples' Equality and Democracy Party": a plural's possessive inside the name is no word of its own.
  // "Department of Labor and Industries": a known short name's dictionary word after a body's "of" is a field's too.
  const closesLaw = LAW_HEADS.has(view.lower(e - 1)) || (connector >= 0 && HEAD_WORDS.get(view.lower(connector - 1)) === 'organization');
  for (let i = from; i < k; i++) if (!isFieldNameWord(view, i) && !(closesLaw && isKnownWordInLaw(view, i)) && view.lower(i) !== 'the' && !isInnerPossessive(view, i)) return 0;
  // "the Association for Democratic Reforms and Communist Party of India": after a body's "of" or
  // "for", words after "and" closed by a head word and going on with "of" are a body of their own.
  if (connector >= 0) return view.hasClass(connector - 1, WordClass.Head) && !view.isOfOrFor(e) ? e : 0;
  return dictionaryConjunctEnd(view, k, e, from, sentenceEnd);
}

const CARRIER_CLOSERS = new Set(['lines', 'airlines', 'airways', 'ferries', 'railways']);

/**
 * "the Centre for Irish and Scottish Studies", "the Institute of Latin American and Caribbean
 * Studies": after a body's head and its "of" or "for", a people's or a region's word after "and" and
 * the field it qualifies close one body's name (it was cut at "and" into "Centre for Irish" and
 * "Studies"). Where the field ends, or 0.
 */
function peoplesFieldsEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  let connector = -1;
  for (let i = first + 1; i < k; i++) if (view.isOfOrFor(i)) connector = i;
  if (connector < 0 || HEAD_WORDS.get(view.lower(connector - 1)) !== 'organization') return 0;
  for (let i = connector + 1; i < k; i++) if (!isPeoplesWord(view, i) && !isFieldNameWord(view, i)) return 0;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 2 && view.spaceBefore(e) && isPeoplesWord(view, e)) e++;
  if (e === k + 1) return 0;
  let end = e;
  // Not a body's head: "the University of California and Columbia University" are two.
  while (end < sentenceEnd && end - e < 2 && view.spaceBefore(end) && isFieldNameWord(view, end) && !isPeoplesWord(view, end) && !HEAD_WORDS.has(view.lower(end))) end++;
  if (end === e || (end < sentenceEnd && view.isWord(end) && view.isCapitalized(end))) return 0;
  return end;
}

/** A capitalised word a people or a region is called by: "Irish", "African", "Latin" of "Latin American", "Caribbean". */
function isPeoplesWord(view: TokenView, i: number): boolean {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i)) return false;
  return gazetteer().demonyms.has(view.lower(i)) || opensDemonymOfWords(view.lower(i)) || isKnownPlace(view.key(i));
}

/**
 * "the Society for Science and the Public", "the Center for Science and the Humanities": after a
 * body's head, its "of" or "for" and fields, "and the" and one or two fields closing the capitals
 * go on with the name (it was cut at "and", and "Public" an organization). Not where they are a
 * body or a known name of their own ("the Institute for Fiscal Studies and the Treasury", "and the
 * Pentagon"), nor after a government's head ("the Ministry of Health and the Interior" may be two).
 */
function fieldAfterTheEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (!view.isLowerWord(k + 1)) return 0;
  let connector = -1;
  for (let i = first + 1; i < k && connector < 0; i++) if (view.isOfOrFor(i)) connector = i;
  const head = view.lower(connector - 1);
  if (connector < 0 || HEAD_WORDS.get(head) !== 'organization' || GOVERNMENT_HEADS.has(head)) return 0;
  for (let i = connector + 1; i < k; i++) if (!isFieldNameWord(view, i)) return 0;
  let end = k + 2;
  while (end < sentenceEnd && end - (k + 2) < 2 && view.spaceBefore(end) && isFieldNameWord(view, end) && !HEAD_WORDS.has(view.lower(end)) && !view.hasClass(end, WordClass.Title)) end++;
  if (end === k + 2 || (end < sentenceEnd && view.isWord(end) && view.isCapitalized(end))) return 0;
  return gazetteer().byKey.has(view.keyOf(k + 2, end)) ? 0 : end;
}

/** A government's heads, whose "and the" after a field may name another office ("the Ministry of Health and the Interior"). */
const GOVERNMENT_HEADS = new Set(['ministry', 'department', 'office', 'bureau', 'secretariat', 'directorate']);

/**
 * "the Food and Drug Administration Commissioner Robert Califf", "the Independent Electoral and
 * Boundaries Commission Chairman Wafula Chebukati": a body's head word right before a title closes
 * the words after "and" (the title and its holder's name went with them, and the body was cut at
 * "and" into "Food" and "Drug Administration"). Where the conjunct's field words end.
 */
function headBeforeTitleEnd(view: TokenView, from: number, e: number): number {
  for (let i = from; i + 1 < e; i++) if (HEAD_WORDS.get(view.lower(i)) === 'organization' && view.hasClass(i + 1, WordClass.Title)) return i + 1;
  return e;
}

/** A word of two letters or more in capitals right before the "and" at k, and the word after "and" not in capitals. */
function isAcronymBeforeMixedCase(view: TokenView, k: number): boolean {
  return view.isAllCaps(k - 1) && view.length(k - 1) >= 2 && !view.isAllCaps(k + 1);
}

/**
 * bodyConjunctEnd's last case: dictionary words from token `from` to the "and" at k, and words from
 * k + 1 to e after it, are one body's or law's name when e closes it with a head word.
 */
function dictionaryConjunctEnd(view: TokenView, k: number, e: number, from: number, sentenceEnd: number): number {
  // "NAACP Legal Defense and Educational Fund": "Defense" closes a body's name only at its end
  // (CLOSING_HEADS); before "and" it is an office's field, as in "National Security and Defense Council".
  const before = view.lower(k - 1);
  // So does a body's head that closes names only ("Health and Human Services": "Avera Health" is a body).
  const headBefore = HEAD_WORDS.has(before) && !OFFICE_WORDS.has(before) && !(CLOSING_ONLY_HEADS.has(before) && HEAD_WORDS.get(before) === 'organization');
  // "Duke Energy and Southern Company": a field's head after a word of the name's own closes that
  // name; "Director of Media and Communications": fields alone, with no body's head after them, are no body.
  const opensWithField = FIELD_HEADS.has(before) && from === k - 1 && !FIELD_HEADS.has(view.lower(e - 1));
  // "Rivers and Harbors Act", "Food, Drug, and Cosmetic Act": fields closed by a law's head are one law's name.
  // "the Hostages and Missing Families Forum said": a forum of fields is one body's name (it was cut at "and").
  const closesBodyOrLaw = HEAD_WORDS.get(view.lower(e - 1)) === 'organization' || LAW_HEADS.has(view.lower(e - 1)) || STANDING_MEETING_HEADS.has(view.lower(e - 1));
  if (closesBodyOrLaw && (!headBefore || opensWithField)) return e;
  if (headBefore) return 0;
  if (e - 1 > k + 1 && isDepartmentsHeadAt(view, e - 1, sentenceEnd)) return e - 1;
  return isPartyNounAt(view, e, sentenceEnd) ? e : 0;
}

/**
 * "Norwegian Academy for Literature and Freedom of Expression", "Committee for Peace and Freedom of
 * the Press": after a body's head, its "of" or "for" and fields, the field after "and" may have an
 * "of" of its own (token e), closed by dictionary words where the capitals end (it was cut at "and",
 * and "Freedom" an organization). Not "Britain and France for …" (no body's head before), nor
 * "University of Oslo and Museum of Art" (a head word after "and", refused before).
 */
function fieldOfFieldEnd(view: TokenView, first: number, k: number, e: number, sentenceEnd: number): number {
  let connector = -1;
  for (let i = first + 1; i < k; i++) if (view.isOfOrFor(i)) connector = i;
  if (connector < 0 || HEAD_WORDS.get(view.lower(connector - 1)) !== 'organization') return 0;
  for (let i = connector + 1; i < k; i++) if (!isFieldNameWord(view, i)) return 0;
  // "Ministry of Health and Minister of Defence": a title after "and" opens someone's office.
  for (let i = k + 1; i < e; i++) if (view.hasClass(i, WordClass.Title) || view.hasClass(i, WordClass.Role)) return 0;
  let from = e + 1;
  if (view.lower(from) === 'the' && view.isLowerWord(from)) from++;
  let end = from;
  while (end < sentenceEnd && end - from < 3 && view.spaceBefore(end) && isFieldNameWord(view, end)) end++;
  if (end === from || (end < sentenceEnd && view.kind(end) === TokenKind.Word && view.isCapitalized(end))) return 0;
  return end;
}

/**
 * "the International Organization for Migration and Save the Children announced": a name the lists
 * know goes on past "the" at token e from the conjunct's first word i, a name of its own (it gave
 * "International Organization for Migration and Save").
 */
function knownNameOverThe(view: TokenView, i: number, e: number, sentenceEnd: number): boolean {
  if (view.lower(e) !== 'the' || !view.isLowerWord(e)) return false;
  for (let f = e + 2; f <= Math.min(sentenceEnd, e + 3); f++) if (gazetteer().byKey.has(view.keyOf(i, f))) return true;
  return false;
}

/**
 * 'his breakthrough came in "Bonnie and Clyde," which …', 'a staging of "Pride and Prejudice"', '"The
 * Jenna and Julien Podcast"': a quotation that holds only capitalised words joined by "and" (its own
 * "The" first) is one title (it made two persons),
 * unless the lists know both ('"Russia and Ukraine"'). Where the words after "and" end at the closing quote, else 0.
 */
function quotedTitleConjunctEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (first === 0 || view.lower(k) !== 'and') return 0;
  // '(formerly "The Jenna and Julien Podcast")': the title's own "The" may open the quotation (it was cut at "and").
  const open = first >= 2 && view.lower(first - 1) === 'the' && view.isCapitalized(first - 1) && view.spaceBefore(first) ? first - 2 : first - 1;
  if (!view.isChar(open, OPEN_QUOTES) || !view.adjacent(open)) return 0;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 3 && view.spaceBefore(e) && isNameToken(view, e)) e++;
  if (e === k + 1 || e >= sentenceEnd) return 0;
  const closes = view.isChar(e, CLOSE_QUOTES) || (view.isChar(e, ',.') && e + 1 < view.count && view.isChar(e + 1, CLOSE_QUOTES));
  if (!closes || !view.adjacent(e - 1)) return 0;
  // '"Russia and Ukraine" must talk': two names the lists know are two.
  const known = gazetteer().byKey;
  return known.has(view.keyOf(first, k)) && known.has(view.keyOf(k + 1, e)) ? 0 : e;
}

/**
 * "an adaptation of Alice in Wonderland", "the film Lord of Misrule", "her novel Night in Harbin
 * Street": an unquoted title right after a work's noun (with its determiner or its maker's
 * possessive) or after "adaptation of" or "author of", goes on through "in" or "of" to the capitalised words after
 * it (it was a person "Alice" and a place "Wonderland"). Not to a place the lists know: "the film
 * Oppenheimer in London" was shown there. Where the title ends, else 0.
 */
function worksTitleEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (k - first > 3 || !view.isLowerWord(k) || !TITLE_INNER_CONNECTORS.has(view.lower(k)) || !opensAfterWorkCue(view, first)) return 0;
  // "the TV film Confessions of an Ugly Stepsister", "the film All Quiet on the Western Front": an article after the connector, and "on" only before one.
  const article = view.isLowerWord(k + 1) && TITLE_ARTICLES.has(view.lower(k + 1));
  if (view.lower(k) === 'on' && !article) return 0;
  const next = article ? k + 2 : k + 1;
  let e = next;
  while (e < sentenceEnd && e - next < 3 && view.spaceBefore(e) && view.isCapitalized(e) && !view.isAllCaps(e)) e++;
  if (e === next || (e < sentenceEnd && view.isCapitalized(e))) return 0;
  // "the thriller Flight of the Phoenix": a known place after "of" is the title's own (it was a place
  // "Phoenix"); after "in" or "on" it is where the work was shown.
  if (view.lower(k) === 'of') return e;
  return isKnownPlace(view.keyOf(next, e)) || gazetteer().byKey.has(view.keyOf(next, e)) ? 0 : e;
}

const TITLE_INNER_CONNECTORS = new Set(['in', 'of', 'on']);
const TITLE_ARTICLES = new Set(['the', 'a', 'an']);

/** A work's noun after its determiner or its maker's possessive right before token `first` ("the film", "her novel"), or a work's source noun and "of". */
function opensAfterWorkCue(view: TokenView, first: number): boolean {
  // "an adaptation of Alice in Wonderland", "Lewis Carroll, author of Alice in Wonderland": a work's source or its maker, and "of".
  if (first >= 2 && view.lower(first - 1) === 'of' && view.isLowerWord(first - 1) && view.isLowerWord(first - 2) && (WORK_SOURCE_NOUNS.has(view.lower(first - 2)) || WORK_MAKER_NOUNS.has(view.lower(first - 2)))) return true;
  // "the movie The Banshees of Inisherin": the title's own "The" between the noun and its run.
  const title = first >= 3 && view.lower(first - 1) === 'the' && view.isCapitalized(first - 1) && view.isLowerWord(first - 2) ? first - 1 : first;
  if (title < 2 || !view.isLowerWord(title - 1) || !isSubtitledWorkNoun(view.lower(title - 1))) return false;
  // "starring Ana Ruiz of Velmora Pictures": a verb that takes a work opens no title here.
  // "the Martin McDonagh movie The Banshees of Inisherin", "ABC's TV film feature Confessions of an
  // Ugly Stepsister": its maker's name or an adjective may stand between the determiner and the noun.
  return ARTICLES.has(view.lower(title - 2)) || view.kind(title - 2) === TokenKind.Possessive || POSSESSIVE_DETERMINERS.has(view.lower(title - 2)) || isDeterminedAfterModifiers(view, title - 2);
}

/**
 * Up to three words before a work's noun (a maker's capitalised name, a hyphened adjective) at token
 * `last` and back, after "the", "a", a possessive or a possessive determiner ("his low-budget comedy",
 * "The radical comedic thriller" opening the sentence).
 */
export function isDeterminedAfterModifiers(view: TokenView, last: number): boolean {
  for (let q = last; q >= 0 && last - q < 5; q--) {
    if (isDeterminerOfNoun(view, q) || view.kind(q) === TokenKind.Possessive) return q < last;
    if (!(view.kind(q) === TokenKind.Word || view.kind(q) === TokenKind.Hyphen) || (view.isLowerWord(q) && !view.adjacent(q) && !view.adjacent(q - 1) && STOPWORDS_OF_CLAUSE.has(view.lower(q)))) return false;
  }
  return false;
}

/** "the", "a", "his", "their" at token q; "The", "His" capitalised too (a sentence's opener), but not "A", an initial as often. */
function isDeterminerOfNoun(view: TokenView, q: number): boolean {
  if (view.kind(q) !== TokenKind.Word) return false;
  const word = view.lower(q);
  if (view.isLowerWord(q)) return ARTICLES.has(word) || POSSESSIVE_DETERMINERS.has(word);
  return word === 'the' || POSSESSIVE_DETERMINERS.has(word);
}

/** Words that start a clause or a phrase of their own, which no modifier before a work's noun holds. */
const STOPWORDS_OF_CLAUSE = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'to', 'in', 'of', 'on', 'at', 'for', 'with', 'by', 'from', 'is', 'was', 'are', 'were']);

/**
 * "the Maritime and Port Authority of Singapore", "the Environment and Ports Board": a place's head
 * word after "and" is a field of a body when the conjunct [i, e) closes with a body's head (the run
 * gave "Maritime" and "Port Authority of Singapore"); "Ministry of Health and Port of Rotterdam" names
 * two, and a war is no place ("Browning and War Office").
 */
function isPortsBody(view: TokenView, i: number, e: number): boolean {
  return e - 1 > i && HEAD_WORDS.get(view.lower(i)) === 'place' && HEAD_WORDS.get(view.lower(e - 1)) === 'organization';
}

/**
 * "He said Health and Human Services Secretary Robert F. Kennedy Jr. was wrong", "Housing and Urban
 * Development Secretary": a department's fields joined by "and" end before its secretary's or
 * minister's title at token i, capitalised, and a name: one name (it gave "Health" and "Human Services").
 */
function isDepartmentsHeadAt(view: TokenView, i: number, sentenceEnd: number): boolean {
  return i + 1 < sentenceEnd && view.isCapitalized(i) && DEPARTMENT_HEADS.has(view.lower(i)) && view.spaceBefore(i + 1) && isNameToken(view, i + 1);
}

const DEPARTMENT_HEADS = new Set(['secretary', 'minister']);

/**
 * "Adani Ports and Special Economic Zone Ltd.", "Tata Iron and Steel Co.": a firm's own word and a
 * field's, then "and" and fields closed by a legal suffix (token e - 1), are one company (it was cut at "and");
 * "Barclays and Standard Chartered Plc" has no field before "and" and stays two.
 */
function closesFirmOfFields(view: TokenView, first: number, k: number, e: number): boolean {
  return k - first >= 2 && e - 1 > k + 1 && isFieldNameWord(view, k - 1) && LEGAL_SUFFIXES.has(view.lower(e - 1));
}

/**
 * "West Yorkshire Fire and Rescue Service", "Merseyside Fire and …", "Greater Manchester Fire …": a
 * county no list knows opening a service's name, a compass word or "Greater" and up to two words no
 * dictionary holds nor a given name opens ("Merseyside Fire" and "Rescue Service" were two bodies).
 * Where the body's own words begin, else first.
 */
function afterOpeningPlaceName(view: TokenView, first: number, k: number): number {
  let i = view.hasClass(first, WordClass.Compass) || view.lower(first) === 'greater' ? first + 1 : first;
  const start = i;
  while (i < k - 1 && i - start < 2 && view.spaceBefore(i) && view.kind(i) === TokenKind.Word && view.isCapitalized(i) && !view.isAllCaps(i) && (isKnownPlace(view.key(i)) || (!view.hasClass(i, WordClass.Common) && !isGivenName(view.lower(i), true)))) i++;
  return i > start ? i : first;
}

/**
 * Where a body's own words begin after what qualifies it at the run's start, split off later:
 * - a nationality: "the pro-Kurdish Peoples' Equality and …";
 * - a country's or a body's acronym: "U.S. Fish and Wildlife Service", "US Food and Drug Administration";
 * - places joined by hyphens: "US-China Economic and Security Review Commission", "Britain-France …";
 * - a place the lists know: "Taipei Economic and Cultural Representative Office" (cut at "and").
 */
function afterOpeningQualifier(view: TokenView, first: number, k: number): number {
  const qualifies = gazetteer().demonyms.has(view.key(first)) || isAcronymToken(view, first);
  if (!qualifies && !isKnownPlace(view.key(first))) return afterOpeningPlaceName(view, first, k);
  let i = first + 1;
  while (i + 1 < k && view.kind(i) === TokenKind.Hyphen && view.adjacent(i - 1) && view.adjacent(i) && isKnownPlace(view.key(i + 1))) i += 2;
  // "Taipei Economic and Cultural Representative Office": a city before a field's word ("Britain and France" has none).
  return i > first + 1 || qualifies || (i < k && view.spaceBefore(i)) ? i : first;
}

/**
 * "the far-right Freedom and Direct Democracy party", "the Mayors and Independents party": a
 * party's noun in lower case right after dictionary words joined by "and" closes one party's name
 * (they were two bodies, "Freedom" and "Direct Democracy"). Not "parties" ("the Labour and
 * Conservative parties" are two), nor the noun before a plural ("the Republican and Democratic
 * party leaders" are of two).
 */
function isPartyNounAt(view: TokenView, i: number, sentenceEnd: number): boolean {
  if (i >= sentenceEnd || !view.isLowerWord(i) || !view.spaceBefore(i) || !PARTY_NOUNS.has(view.lower(i))) return false;
  const next = view.lower(i + 1);
  const pluralAfter = i + 1 < sentenceEnd && view.isLowerWord(i + 1) && /[^s]s$/.test(next) && !SPEECH_VERBS.has(next) && !PERSON_VERBS.has(next);
  return !pluralAfter;
}

const PARTY_NOUNS = new Set(['party', 'movement', 'alliance', 'bloc']);

/** "U.S.", "U.N.", "EU", "NATO": initials or a word in capitals. */
function isAcronymToken(view: TokenView, i: number): boolean {
  return view.kind(i) === TokenKind.Initialism || (view.kind(i) === TokenKind.Word && view.isAllCaps(i));
}

/**
 * Where the names after a connector ("and", "of", "for") at token k end when the acronym in
 * brackets after them spells every capitalised word from the run's first: "Cybersecurity and
 * Infrastructure Security Agency (CISA)", "African Growth and Opportunity Act (AGOA)", "Rally of
 * Houphouëtists for Democracy and Peace (RHDP)", where the words are no dictionary words or the
 * head no body's. Not "Britain and France (BF)": three letters at least.
 */
function acronymSpelledConnectorEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (!view.isLowerWord(k) || !SPELLED_CONNECTORS.has(view.lower(k)) || !view.spaceBefore(k)) return 0;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 8 && view.spaceBefore(e) && ((isNameToken(view, e) && !view.isAllCaps(e)) || (view.isLowerWord(e) && SPELLED_CONNECTORS.has(view.lower(e))))) e++;
  if (e === k + 1 || !isNameToken(view, e - 1)) return 0;
  if (e + 2 >= sentenceEnd || !view.isChar(e, '(') || !view.isChar(e + 2, ')') || !view.isAllCaps(e + 1)) return isSpelledElsewhere(view, first, e) ? e : 0;
  const acronym = view.raw(e + 1);
  return acronym.length >= 3 && view.initials(first, e) === acronym ? e : 0;
}

/**
 * "The Comisión Nacional de los Mercados y la Competencia has fined banks before" after "the Comisión
 * Nacional de los Mercados y la Competencia (CNMC)": words the article writes elsewhere, as they
 * are, with the acronym their initials spell in brackets after them, are that one name here too (it
 * was cut into "Comisión Nacional", "Mercados" and "la Competencia").
 */
function isSpelledElsewhere(view: TokenView, first: number, end: number): boolean {
  const initials = view.initials(first, end);
  return initials.length >= 3 && bracketedInText(view).has(initials) && view.text.includes(`${view.text.slice(view.start(first), view.end(end - 1))} (${initials})`);
}

/** Per view: what the text writes between each "(" and the ")" after it. "(CNMC)" must be there before the text is searched for the words and it. */
const BRACKETED = new WeakMap<TokenView, Set<string>>();

function bracketedInText(view: TokenView): Set<string> {
  let found = BRACKETED.get(view);
  if (found) return found;
  found = new Set();
  const { text } = view;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    found.add(text.slice(open + 1, close));
  }
  BRACKETED.set(view, found);
  return found;
}

// "Comisión Nacional de los Mercados y la Competencia (CNMC)", "Conselho Administrativo de Defesa
// Econômica (CADE)": the Romance connectors and articles too (the first was cut into three names).
const SPELLED_CONNECTORS = new Set(['and', 'of', 'for', 'the', 'on', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'do', 'da', 'dos', 'das', 'des', 'du', 'et', 'le', 'les', 'di', 'della', 'per']);

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
  if (connector < 0 || !view.hasClass(connector - 1, WordClass.Head) || connector + 1 === k) return 0;
  // "Department for Levelling Up, Housing and Communities": a phrasal verb's particle is the field's too.
  for (let i = connector + 1; i < k; i++) if (!isFieldWord(view, i) && !isPhrasalParticleInName(view, i)) return 0;
  let e = k + 1;
  for (let items = 0; items < 6; items++) {
    const sawAnd = view.lower(e) === 'and' && view.isLowerWord(e);
    if (sawAnd) e++;
    const itemFirst = e;
    while (e < sentenceEnd && e - itemFirst < 3 && isFieldWord(view, e) && view.spaceBefore(e)) e++;
    if (e === itemFirst) return 0;
    if (sawAnd) return e;
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
 * "Dr. Reddy's Laboratories said its profit rose": an honorific, one word and its possessive before
 * a body's capitalised head word name a firm after its founder, honorific and all (it was a body
 * "Reddy" and another, "Laboratories"). The honorific's token, or -1; `name` is the word before the
 * possessive. "Dr. Smith's patients" is in lower case; "Dr. Smith's Clinic" is a venue's head.
 */
function honorificOfFoundersFirm(view: TokenView, name: number): number {
  const k = name + 1;
  if (k + 1 >= view.count || view.kind(k) !== TokenKind.Possessive || !view.adjacent(name) || !view.spaceBefore(k + 1) || HEAD_WORDS.get(view.lower(k + 1)) !== 'organization' || !view.isCapitalized(k + 1)) return -1;
  const honorific = name >= 2 && view.kind(name - 1) === TokenKind.Period ? name - 2 : name - 1;
  return honorific >= 0 && isHonorificAt(view, honorific) ? honorific : -1;
}

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

/** The apostrophe of "Workers' Party" or "People's Army" at token i. */
function isInnerPossessive(view: TokenView, i: number): boolean {
  const kind = view.kind(i);
  return (kind === TokenKind.Possessive || kind === TokenKind.Apostrophe) && view.adjacent(i - 1) && INNER_POSSESSIVES.has(view.lower(i - 1));
}

/** A capitalised dictionary word that no list knows as a name or a given name ("Health", "Drug"; not "Virginia", "Penny"). */
/**
 * A dictionary word, or a field's or a discipline's word the dictionary lacks, inside a body's name:
 * "Neurological" of "National Institute of Neurological Disorders and Stroke", "Volcanology" and
 * "Mitigation" of "Center for Volcanology and Geological Hazard Mitigation" (both were cut at "and").
 * No given name, surname or place: "University of Virginia and Duke" are two.
 */
export function isFieldNameWord(view: TokenView, i: number): boolean {
  if (isDictionaryNameWord(view, i)) return true;
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i)) return false;
  const lower = view.lower(i);
  return FIELD_WORD_ENDING.test(lower) && !isGivenName(lower, true) && !isListedSurname(lower) && !gazetteer().byKey.has(view.key(i)) && !isKnownPlace(view.key(i));
}

const FIELD_WORD_ENDING = /(?:ology|ological|ical|ation|ations|ics|ism|ment|ments|ity|ities|ence|ance|edness|iness)$/;

/** "Office on Drugs and Crime", "Commission on Human Rights": "on" after a body's head word is its connector. */
function isOnAfterBodyHead(view: TokenView, i: number): boolean {
  return view.isLowerWord(i) && view.lower(i) === 'on' && HEAD_WORDS.get(view.lower(i - 1)) === 'organization';
}

/**
 * "the Labor and Management Relations Act": a dictionary word the lists know as a short name
 * ("Labor", the Australian Labor Party's) is a field's word of a law's name all the same.
 */
function isKnownWordInLaw(view: TokenView, i: number): boolean {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i)) return false;
  const lower = view.lower(i);
  return isCommonWord(lower) && !STOPWORDS.has(lower) && !isKnownPlace(view.key(i));
}

function isDictionaryNameWord(view: TokenView, i: number): boolean {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i)) return false;
  const lower = view.lower(i);
  return isCommonWord(lower) && !STOPWORDS.has(lower) && !gazetteer().byKey.has(view.key(i));
}

/**
 * What follows "X & Y" in an author citation: a year ("2011", ", 2011", "(2011)"), a numbered
 * reference ("Carrano & Biewener [7]") or "et al.". A hyphenated second author comes whole first
 * ("Faretta-Stutenberg & Morgan-Short, 2011").
 */
export function citesAuthors(view: TokenView, k: number, sentenceEnd: number): boolean {
  let i = k;
  while (i + 1 < sentenceEnd && view.kind(i) === TokenKind.Hyphen && view.adjacent(i - 1) && view.adjacent(i) && isNameToken(view, i + 1)) i += 2;
  if (i < sentenceEnd && view.isChar(i, '[') && view.kind(i + 1) === TokenKind.Number && view.isChar(i + 2, ']')) return true;
  if (i < sentenceEnd && (view.isChar(i, ',') || view.isChar(i, '('))) i++;
  if (i < sentenceEnd && view.kind(i) === TokenKind.Number && CITATION_YEAR.test(view.raw(i))) return true;
  return view.lower(i) === 'et' && view.lower(i + 1) === 'al';
}

/**
 * "International Centre for Settlement of Investment Disputes": a second connector, "of", at token k
 * goes on a body's name that already holds one after its head word, when a dictionary word follows
 * ("Ministry of Finance of Japan" is the ministry and Japan). A court's goes on through "for" too:
 * "U.S. Court of Appeals for the Federal Circuit" (not into a place no dictionary holds: "Court of
 * Appeal for Ontario" stays the court and Ontario), and so does an office's title ("Office of the High
 * Commissioner for Human Rights"); so does a body's or a treaty's after its "on" phrase ("Committee
 * on the Elimination of Racial Discrimination").
 */
function continuesBodyName(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  // "of" only, but after a court: "Award for Best Actress for Seven Days" goes on to a film's title.
  if (!view.isOfOrFor(k) || k + 1 >= sentenceEnd) return false;
  let head = -1;
  for (let i = first + 1; i < k && head < 0; i++) {
    if (view.isOfOrFor(i) && (HEAD_WORDS.has(view.key(i - 1)) || ORGANIZATION_ANCHORS.has(view.key(i - 1)))) head = i - 1;
    // "Committee on the Elimination of Racial Discrimination", "Convention on the Rights of the Child".
    else if (view.lower(i) === 'on' && view.isLowerWord(i) && ON_HEADS.has(view.lower(i - 1))) head = i - 1;
  }
  // "Senate Committee on Foreign Relations of the United States" ends before the country.
  if (head >= 0 && view.lower(head + 1) === 'on' && opensKnownName(view, view.lower(k + 1) === 'the' ? k + 2 : k + 1, sentenceEnd)) return false;
  // "Office of the High Commissioner for Human Rights": an office's title goes on through "for" too
  // ("He left the Office of the Prime Minister for Downing Street" names two).
  const titleFor = view.lower(k) === 'for' && view.hasClass(k - 1, WordClass.Title);
  const headed = head >= 0 && (view.lower(k) === 'of' || view.key(head) === 'court' || titleFor);
  // A dictionary word next, as a body's subject is: "He left the Bank of England for Barclays" names two.
  const next = view.lower(k + 1) === 'the' ? k + 2 : k + 1;
  const ofPlace = isStateOfRegion(view, k, next) || isPurposesPlace(view, head, k, next, sentenceEnd) || isPeoplesPlace(view, k, next, sentenceEnd);
  return headed && (isDictionaryNameWord(view, next) || ofPlace) && !(titleFor && opensKnownName(view, next, sentenceEnd));
}

/**
 * "Front for the Liberation of the People of Sudan", "Strategic Framework for the Defence of the
 * People of Azawad", "Union of the Workers of Zambia": "the People" inside a body's name is the people
 * of the place named next, and the place goes on with the name (the names stopped at "People", the
 * place standing alone; "Azawad" was a person). "Ministry of Finance of Japan" names no people.
 */
function isPeoplesPlace(view: TokenView, k: number, next: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'of' || next !== k + 1 || next >= sentenceEnd || view.lower(k - 2) !== 'the' || !view.isLowerWord(k - 2)) return false;
  return PEOPLES_IN_NAMES.has(view.lower(k - 1)) && view.isCapitalized(k - 1) && isNameToken(view, next) && !view.isAllCaps(next);
}

const PEOPLES_IN_NAMES = new Set(['people', 'peoples', 'workers', 'citizens', 'women', 'children', 'youth', 'nations']);

/** An action's or a state's noun: "Liberation", "Development", "Independence", "Freedom", "Unity" ("Studies of London" is no purpose). */
const ACTION_NOUN_END = /(?:tion|sion|ment|ence|ance|dom|ity)$/;

/**
 * "Democratic Forces for the Liberation of Rwanda", "Popular Front for the Liberation of Palestine",
 * "Movement for the Emancipation of the Niger Delta": a body's purpose after "for" goes on through
 * "of" to the place it is for, after an action's noun (the names stopped at "Liberation", and the place stood alone).
 */
function isPurposesPlace(view: TokenView, head: number, k: number, next: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'of' || view.lower(head + 1) !== 'for' || k - head < 3 || !isDictionaryNameWord(view, k - 1) || !ACTION_NOUN_END.test(view.lower(k - 1))) return false;
  for (let e = next + 1; e <= Math.min(sentenceEnd, next + 3); e++) if (isKnownPlace(view.keyOf(next, e))) return true;
  return false;
}

/**
 * "the Supreme Court of the State of Hawaii", "the Superior Court of the Commonwealth of
 * Massachusetts": a court's state named by its style, "State of" or "Commonwealth of" and a region
 * ("… of the State" was the court's whole name; "of New York" went on, its first word being a dictionary word).
 */
function isStateOfRegion(view: TokenView, k: number, next: number): boolean {
  return view.lower(k) === 'of' && next === k + 1 && STATE_STYLES.has(view.lower(k - 1)) && view.isCapitalized(k - 1) && isRegion(view.key(next));
}

const STATE_STYLES = new Set(['state', 'commonwealth']);

/** A name the lists know begins at token k: "Downing Street", "United States". */
function opensKnownName(view: TokenView, k: number, sentenceEnd: number): boolean {
  for (let e = k + 1; e <= Math.min(sentenceEnd, k + 4); e++) if (gazetteer().byKey.has(view.keyOf(k, e))) return true;
  return false;
}

/**
 * "Hilary of Poitiers", "St. Theodorus of Tabennese", "Bonosus of Sardica": "of" at token k after a
 * saint's, a ruler's or a cleric's one name, and the place that name is known by. The name is a
 * given name or has a title before it, or else is no word, surname or known name; the place is no
 * country or body the word lists know ("Xi of China", "Gazprom of Russia" and "Smith of Reuters"
 * stay two names), nor a body's letters in capitals: "Chigumba of ZEC", "Madhuku of NCA" are a
 * person and the body they lead (they were one name).
 */
function isPlaceEpithetAt(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'of' || k + 1 >= sentenceEnd) return false;
  const name = k - 1;
  if (name < first || view.kind(name) !== TokenKind.Word || view.isAllCaps(name)) return false;
  const known = gazetteer().byKey;
  const place = k + 1;
  if (known.has(view.key(place)) || isNameToken(view, place + 1) || (view.isAllCaps(place) && view.length(place) >= 2)) return false;
  const word = view.lower(name);
  if (isCommonWord(word) && !isGivenName(word)) return false;
  const titleAt = view.wordBefore(name);
  if (titleAt >= first && SAINT_OR_RULER.has(view.lower(titleAt))) return true;
  return name === first && (isGivenName(word, true) || (!isSurname(word) && !known.has(view.key(name))));
}

/**
 * "Eldorado do Sul", "Mato Grosso do Sul", "Santa Cruz del Norte": "do", "da", "de" or "del" at token
 * k before a compass word of the place's language goes on with the place's name, whatever comes before it.
 */
function isCompassEpithetAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  return COMPASS_CONNECTORS.has(view.lower(k)) && k + 1 < sentenceEnd && view.isCapitalized(k + 1) && FOREIGN_COMPASS.has(view.lower(k + 1));
}

const SAINT_OR_RULER = new Set(['st', 'saint', ...REGNAL_TITLES]);

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
 * "Christ the Good Shepherd Church", "Christ the King College", "St. John the Baptist Church", "St.
 * Mary the Virgin Church": "the" after Christ or a saint, then capitalised words closed by a head
 * word, is inside the name of a church or a school dedicated to them (it was cut into "Christ the
 * Good" and "Shepherd Church"). Where the head word ends the name, else 0; "Christ the Redeemer"
 * has no head word.
 */
function patronsDedicationEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (view.lower(k) !== 'the' || !view.isLowerWord(k) || !isPatronBefore(view, first, k)) return 0;
  for (let e = k + 1; e < sentenceEnd && e <= k + 4; e++) {
    if (!view.spaceBefore(e) || !isNameToken(view, e)) return 0;
    if (view.hasClass(e, WordClass.Head)) return e + 1;
  }
  return 0;
}

/** Christ alone, or a saint and the saint's name, before token k ("St. John", "Saint Mary"). */
function isPatronBefore(view: TokenView, first: number, k: number): boolean {
  const opener = view.lower(first);
  if (opener === 'christ') return k === first + 1;
  return (opener === 'st' || opener === 'saint') && k - first <= 3;
}

/** "the Great" at token k, after a name of one word (and a ruler's title before it: "Tsar Peter"). */
function isEpithetAt(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'the' || !view.isLowerWord(k) || k + 1 >= sentenceEnd || !view.isCapitalized(k + 1)) return false;
  const name = k - 1;
  if (!EPITHETS.has(view.lower(k + 1)) && !isParticipleEpithetAt(view, name, k + 1, sentenceEnd)) return false;
  if ((view.hasClass(name, WordClass.Common) && !isGivenName(view.lower(name))) || view.isAllCaps(name)) return false;
  return name === first || (name === first + 1 && REGNAL_TITLES.has(view.lower(first)));
}

/**
 * "Theodore the Sanctified", "Basil the Blessed", "Alfonso the Learned": a dictionary word closing
 * with "-ed" after a given name and "the" is an epithet too, the last word of the name (the name was
 * "Theodore" alone). Not before another capitalised word ("Kate the Rescued Dog" is a title's).
 */
function isParticipleEpithetAt(view: TokenView, name: number, epithet: number, sentenceEnd: number): boolean {
  const word = view.lower(epithet);
  if (word.length < 6 || !word.endsWith('ed') || view.isAllCaps(epithet) || !view.hasClass(epithet, WordClass.Common)) return false;
  return isGivenName(view.lower(name)) && (epithet + 1 >= sentenceEnd || !view.isCapitalized(epithet + 1));
}

/** A ruler's title one or two words before token k, in the run from `first` ("Queen Elizabeth", "Pope Damasus"). */
/** Token k closes a clause: a comma, a closing quote or bracket, a colon or semicolon, or the sentence's end. */
function endsClause(view: TokenView, k: number, sentenceEnd: number): boolean {
  return k >= sentenceEnd || view.isChar(k, ',;:)]') || view.isChar(k, CLOSE_QUOTES) || (view.kind(k) === TokenKind.Period && k + 1 >= sentenceEnd);
}

function followsRegnalTitle(view: TokenView, first: number, k: number): boolean {
  for (let i = Math.max(first, k - 3); i < k - 1; i++) if (REGNAL_TITLES.has(view.lower(i)) || NUMBERED_PRELATES.has(view.lower(i))) return true;
  return false;
}

/** "Ecumenical Patriarch Bartholomew I", "Catholicos Karekin II": prelates who take a numeral as rulers do ("Bartholomew" lost its "I"). */
const NUMBERED_PRELATES = new Set(['patriarch', 'catholicos']);

/**
 * An honorific at token i ("Mr.", "Ms", "Dr"). In capitals it is one only where the name after it is
 * in capitals too ("MR JOHN SMITH"): "DR Congo" is the country and "MRS Oil Nigeria Plc" a company.
 */
export function isHonorificAt(view: TokenView, i: number): boolean {
  if (!view.hasClass(i, WordClass.Honorific) || !view.isCapitalized(i)) return false;
  if (!view.isAllCaps(i) || view.length(i) === 1) return true;
  const next = view.kind(i + 1) === TokenKind.Period ? i + 2 : i + 1;
  return next < view.count && view.isWord(next) && view.isAllCaps(next);
}

/** "Luiz Inácio Lula da Silva", "Ursula von der Leyen": the lower-case particles of a name, which its count of words leaves out. */
export function particleWordsIn(view: TokenView, first: number, end: number): number {
  let particles = 0;
  for (let i = first; i < end; i++) if (view.isLowerWord(i) && view.hasClass(i, WordClass.NameParticle)) particles++;
  return particles;
}

/** Where a name ends before its generational suffix ("Martin Luther King" of "Martin Luther King Jr."), else `end`. */
export function withoutGenerationSuffix(view: TokenView, first: number, end: number): number {
  const last = view.wordBefore(end);
  return last > first && view.spaceBefore(last) && GENERATION_SUFFIXES.has(view.lower(last)) ? last : end;
}

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
/** The words that close a law's title after its bracket: "(Amendment) Act", "(Miscellaneous Provisions) Order". */
const LAW_TITLE_HEADS = new Set([...LAW_HEADS, 'ordinance', 'order', 'regulations', 'rules', 'decree', 'law']);

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

/** A capital letter, its period and a name after them. */
function isInitialBeforeName(view: TokenView, k: number, sentenceEnd: number): boolean {
  return (
    k + 2 < sentenceEnd &&
    view.end(k) - view.start(k) === 1 &&
    view.isCapitalized(k) &&
    view.kind(k + 1) === TokenKind.Period &&
    view.adjacent(k) &&
    view.spaceBefore(k + 2) &&
    isNameToken(view, k + 2)
  );
}

/**
 * "Avenida 9 de Julio", "the Ponte 25 de Abril", "Avenida Marginal 12 de Julho": a street, a square or
 * a bridge named after a date in Spanish or Portuguese; "de" and the month after the day at token k
 * are the name's (they were a person "de Julio").
 */
function isIberianDateAfter(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (k + 2 >= sentenceEnd || view.lower(k + 1) !== 'de' || !view.isLowerWord(k + 1) || !view.isCapitalized(k + 2)) return false;
  return IBERIAN_MONTHS.has(view.lower(k + 2)) && view.spaceBefore(k + 2) && Number(view.raw(k)) <= 31;
}

const IBERIAN_MONTHS = new Set([
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
]);

/**
 * "the Tadawul All Share Index closed higher", "the MSCI All Country World Index": a capitalised
 * "All" inside a name, before capitalised words closed by a head word, is the name's (it gave
 * "Tadawul" and "Share Index"). Where the name ends, else 0.
 */
function innerAllEnd(view: TokenView, k: number, sentenceEnd: number): number {
  if (view.lower(k) !== 'all' || !view.isCapitalized(k) || view.isAllCaps(k) || !view.spaceBefore(k)) return 0;
  for (let e = k + 2; e <= Math.min(sentenceEnd, k + 4); e++) {
    if (!view.spaceBefore(e - 1) || !isNameToken(view, e - 1)) return 0;
    if (view.hasClass(e - 1, WordClass.Head)) return e;
  }
  return 0;
}

/**
 * "Apollo 11 landed on the Moon", "Russia's Luna 25 crashed", "China's Chang'e 6 returned": one word
 * no dictionary, list of given names or of places holds, then a number of one to three digits, name
 * a mission or a craft before a word in lower case (the run stopped before the number). "Section
 * 230", "Ward 2", "London 2012" and a footnote's number ("the name Kusiilay 1 ‘the language of
 * Essil’") keep the number apart.
 */
/**
 * "closed Highway 89", "drivers on Interstate 80", "Route 66": a road's word, capitalised, and its
 * number name the road, a place ("Highway" alone labelled the number and "Interstate 80" was a vessel).
 */
function isRoadsNumber(view: TokenView, first: number, k: number): boolean {
  return k === first + 1 && view.isCapitalized(first) && !view.isAllCaps(first) && ROAD_WORDS.has(view.lower(first)) && view.length(k) <= 4;
}

const ROAD_WORDS = new Set(['highway', 'interstate', 'route', 'freeway', 'motorway', 'expressway']);

/**
 * "COP 13", "the CMA 5", "MOP 33": a treaty meeting's letters and its session's number are the
 * meeting's name (the number was cut off, "COP" alone a place or a body): a conference's number is
 * part of its name, as "COP28" written in one word.
 */
function isMeetingsSession(view: TokenView, first: number, k: number): boolean {
  return k === first + 1 && view.isAllCaps(first) && MEETINGS_LETTERS.has(view.lower(first)) && view.length(k) <= 2;
}

function isNumberedMission(view: TokenView, first: number, k: number): boolean {
  if (k !== first + 1 || view.length(k) > 3 || !view.isCapitalized(first) || view.isAllCaps(first) || !view.isLowerWord(k + 1)) return false;
  const key = view.key(first);
  return !isCommonWord(key) && !isGivenName(key) && !isKnownPlace(key) && !gazetteer().byKey.has(key);
}

/**
 * "the Chongryu 8", "tanker Chongryu 8": a one-word name may end in a number when named as a thing.
 * So after another determiner of one thing ("grounded their Boeing 737 jets", "a Porsche 911") or a
 * name's possessive ("Apple's iPhone 16 Pro went on sale"): the number was cut off.
 */
function namedThingBefore(view: TokenView, first: number): boolean {
  if (first === 0) return false;
  const before = view.lower(first - 1);
  if (before === 'the' || PRECEDING_TYPE_CUES.get(before) === 'vessel') return true;
  // Not a dictionary word's label: "a Category 3 storm", "a Factor 4 analysis", "Florida's Chapter 91".
  if (view.hasClass(first, WordClass.Common)) return isPossessorsNumberedWord(view, first);
  return ONE_THING_DETERMINERS.has(before) || (first >= 2 && view.kind(first - 1) === TokenKind.Possessive && view.isCapitalized(first - 2));
}

/**
 * "Nintendo's Switch 2", "Tesla's Model 3": a dictionary word and a number after a name's possessive
 * are what the name made (the number was cut off, and "Switch" alone dropped as a dictionary word).
 * Not after a place's ("Florida's Chapter 91", a statute's label), nor a date: "Trump's April 2 tariffs".
 */
function isPossessorsNumberedWord(view: TokenView, first: number): boolean {
  if (first < 2 || view.kind(first - 1) !== TokenKind.Possessive || !view.isCapitalized(first - 2) || view.hasClass(first, WordClass.MonthOrDay)) return false;
  const possessor = view.key(first - 2);
  return !isKnownPlace(possessor) && gazetteer().byKey.get(possessor)?.type !== 'place';
}

const ONE_THING_DETERMINERS = new Set(['a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that']);

/** Longer runs of capitalised words are cut: no name has this many tokens. */
const MAX_RUN_TOKENS = 24;

const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;
/** First letters of the name particles: a cheap test before looking a word up. */
const PARTICLE_INITIALS = 'vdlaebi';

/** A character code of PARTICLE_INITIALS, read without making a one-character string of each short token. */
function isParticleInitial(code: number): boolean {
  for (let j = 0; j < PARTICLE_INITIALS.length; j++) if (PARTICLE_INITIALS.charCodeAt(j) === code) return true;
  return false;
}

/** Lower-case particles (and a hyphen) before a capitalised name: "van der Veen", "al-Tayeb", "de Barros". */
function particlesBeforeName(view: TokenView, i: number, end: number): number {
  let k = i;
  while (k < end && k - i < 3 && view.isLowerWord(k) && view.hasClass(k, WordClass.NameParticle)) k++;
  if (k === i) return 0;
  if (k < end && view.kind(k) === TokenKind.Hyphen && view.adjacent(k - 1) && view.adjacent(k)) k++;
  else if (!view.spaceBefore(k)) return 0;
  if (k >= end || !isNameToken(view, k) || view.hasClass(k, WordClass.Common)) return 0;
  // Only where the particle is not English: "de Barros" yes, "la Paz"... yes too; never after "of the".
  return k - i;
}

/** "The Hague", "The Gambia": names whose "The" is part of them. */
function startsKnownTheName(view: TokenView, i: number, end: number): boolean {
  if (view.lower(i) !== 'the' || !view.isCapitalized(i) || i + 1 >= end || !isNameToken(view, i + 1)) return false;
  // "The Bottom-Up Economic Transformation Agenda": "The Bottom" (a town on Saba) is no name's opening here.
  if (view.kind(i + 2) === TokenKind.Hyphen && view.adjacent(i + 1) && isCapitalisedParticleInCompound(view, i + 3, end)) return false;
  return gazetteer().byKey.has(`the ${view.key(i + 1)}`);
}
