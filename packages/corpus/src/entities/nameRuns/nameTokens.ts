import { TokenKind } from '../../text/tokenize.js';
import {
  AMPERSAND_TERMS,
  FURNITURE_WORDS,
  HONORIFICS,
  isContraction,
  isCommonWord,
  HYPHEN_PREFIXES,
  LAW_TITLE_HEADS,
  NON_NAME_ACRONYMS,
  SPOKEN_CAPITALS,
  SPEECH_VERBS,
  PROCLAMATION_WORDS,
  STOPWORDS,
  VESSEL_PREFIXES,
  WordClass,
} from '../lexicon.js';
import { gazetteer } from '../gazetteer.js';
import { isNumberedPlural } from '../sportsClubs.js';
import type { TokenView } from '../tokenView.js';

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
  if (view.isAllCaps(i)) return (!NON_NAME_ACRONYMS.has(lower.replace(/\./g, '')) || isAiInName(view, i) || isTvInName(view, i) || isVesselPrefixAfterThe(view, i) || namesLawByLetters(view, i) || opensKnownName(view, i, view.count)) && !isShoutedConnective(lower) && !SPOKEN_CAPITALS.has(lower) && !labelsLongNumber(view, i) && !isZoneAfterClock(view, i, lower) && !qualifiesNonNameAcronym(view, i) && !isDropCapLede(view, i, lower);
  if (isAcronymsPlural(view, i) || isMixedCaseNonName(view, i, lower)) return false;
  return (!view.hasClass(i, WordClass.Stop) || isHyphenedSyllableOfName(view, i) || isInitialBesideInitial(view, i) || opensCapitalisedCompound(view, i) || isAmpersandInitialAfterName(view, i) || isItalianStreetsVia(view, i, lower)) && (!view.hasClass(i, WordClass.MonthOrDay) || isSunInName(view, i)) && (!view.hasClass(i, WordClass.Furniture) || isWatchdogHead(view, i) || isAgencysImages(view, i)) && (!view.hasClass(i, WordClass.Interjection) || opensKunya(view, i)) && !isContraction(lower);
}

/**
 * "near Via del Corso", "Via dei Fori Imperiali": a capitalised "Via" before an Italian article's
 * particle and a capital opens a street's name, no preposition (the name was cut to "del Corso", a
 * person). "Via Twitter, he said" has no particle.
 */
function isItalianStreetsVia(view: TokenView, i: number, lower: string): boolean {
  if (lower !== 'via' || i + 2 >= view.count || !view.isLowerWord(i + 1) || !ITALIAN_STREET_PARTICLES.has(view.lower(i + 1))) return false;
  return view.isCapitalized(i + 2) && !view.isAllCaps(i + 2);
}

/** Italian "of the" and "of" between a street's "Via" and its name: "Via del Corso", "Via della Conciliazione", "Via di Ripetta". */
const ITALIAN_STREET_PARTICLES = new Set(['del', 'della', 'dei', 'degli', 'delle', 'dello', 'di']);

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
 * "struck down under the IT Act", "the IT Rules, 2021", "a new TV Bill": a list's non-name acronym
 * right before a law's head word (LAW_TITLE_HEADS, written with one capital) names the law by its
 * letters (the law was cut to "Act", a body); "IT ACT" in a shouted headline is no law's title.
 */
function namesLawByLetters(view: TokenView, i: number): boolean {
  const head = i + 1;
  if (head >= view.count || !view.spaceBefore(head) || view.kind(head) !== TokenKind.Word || view.isAllCaps(head)) return false;
  return view.isCapitalized(head) && LAW_TITLE_HEADS.has(view.lower(head));
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
  // "Chirchir told Citizen TV that", "in an interview with Joy TV": a dictionary word capitalised
  // after a lower-case word (no sentence's opening) names the channel as well (it was dropped).
  const midSentence = i >= 2 && view.isLowerWord(i - 2) && !STOPWORDS.has(before);
  return (!isCommonWord(before) || midSentence) && !STOPWORDS.has(before) && !gazetteer().demonyms.has(before);
}

/**
 * "the ferry, the KM Sinar Bahari, was carrying": a vessel's prefix that is a measure's letters too
 * ("35 KM"), in capitals after "the" and before a capitalised word, opens the ship's name (it was
 * cut off, and the ship left a person "Sinar Bahari"). "Justice KM Joseph" has no "the".
 */
function isVesselPrefixAfterThe(view: TokenView, i: number): boolean {
  if (i < 1 || view.lower(i - 1) !== 'the' || !VESSEL_PREFIXES.has(view.lower(i)) || !view.spaceBefore(i + 1)) return false;
  return view.kind(i + 1) === TokenKind.Word && view.isCapitalized(i + 1) && !view.isAllCaps(i + 1);
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
  return hyphenBefore || hyphenAfter || wordBefore || wordAfter || isSpeakerBeforeVerb(view, i);
}

/**
 * "Sun said the deal was worth $300 million" after "Sun Microsystems", "Sun told reporters" after
 * "Minister Sun Weidong": a day's abbreviation right before a verb of saying is a company's or a
 * person's name ("Sun" was lost); a date's "Sun" goes before a number or a comma.
 */
function isSpeakerBeforeVerb(view: TokenView, i: number): boolean {
  return i + 1 < view.count && view.spaceBefore(i + 1) && view.isLowerWord(i + 1) && SPEECH_VERBS.has(view.lower(i + 1));
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
/**
 * "IN advanced democracies, losers concede", "A CONTROVERSIAL plan to sell the port": a paper's lede
 * opens its first words in capitals; before a lower-case word, a preposition or a dictionary word of
 * five letters or more opening the paragraph so is no name (they were bodies "IN" and
 * "CONTROVERSIAL"). Not a name the lists know ("APPLE shares rose"), nor before a capital ("AS Roma").
 */
function isDropCapLede(view: TokenView, i: number, lower: string): boolean {
  if (i + 1 >= view.count || !view.isLowerWord(i + 1)) return false;
  if (lower.length < 5 ? !DROP_CAP_PREPOSITIONS.has(lower) : !isCommonWord(lower) || gazetteer().byKey.has(lower)) return false;
  return opensParagraph(view, i) || (i > 0 && view.isText(i - 1, 'A') && opensParagraph(view, i - 1));
}

const DROP_CAP_PREPOSITIONS = new Set(['in', 'on', 'at', 'as', 'if']);

/** Token i opens the text or a paragraph: a line break between it and the token before (a paragraph's first token may carry no line-break flag). */
function opensParagraph(view: TokenView, i: number): boolean {
  if (i <= 0 || view.lineBreakBefore(i)) return true;
  for (let c = view.end(i - 1); c < view.start(i); c++) if (view.text.charCodeAt(c) === 10) return true;
  return false;
}

function isShoutedConnective(lower: string): boolean {
  return lower.length >= 3 && lower !== 'who' && !HONORIFICS.has(lower) && (STOPWORDS.has(lower) || PROCLAMATION_WORDS.has(lower));
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
export function isAmpersandInitials(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (!view.isChar(k, '&') || k + 1 >= sentenceEnd || !view.adjacent(k - 1) || !view.adjacent(k)) return false;
  if (!isCapitals(view, k - 1) || !isCapitals(view, k + 1) || view.kind(k + 1) !== TokenKind.Word) return false;
  return !AMPERSAND_TERMS.has(`${view.lower(k - 1)}&${view.lower(k + 1)}`);
}

/** A word in capitals, a capital letter alone too ("J" of "J&J", which is no all-caps word). */
function isCapitals(view: TokenView, i: number): boolean {
  return view.isAllCaps(i) || (view.length(i) === 1 && view.isCapitalized(i));
}

/** A name the lists know begins at token k: "Downing Street", "United States". */
export function opensKnownName(view: TokenView, k: number, sentenceEnd: number): boolean {
  for (let e = k + 1; e <= Math.min(sentenceEnd, k + 4); e++) if (gazetteer().byKey.has(view.keyOf(k, e))) return true;
  return false;
}
