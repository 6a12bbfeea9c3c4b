import { TokenKind } from '../../text/tokenize.js';
import {
  GENERATION_SUFFIXES,
  isCommonWord,
  isGivenName,
  isListedSurname,
  HEAD_WORDS,
  LEGAL_SUFFIXES,
  NAME_CONNECTORS,
  MODEL_WORDS,
  ORGANIZATION_ANCHORS,
  STOPWORDS,
  TITLE_SMALL_WORDS,
  WordClass,
  WORK_NOUNS,
} from '../lexicon.js';
import { gazetteer, isKnownPlace } from '../gazetteer.js';
import { OPEN_QUOTES, type TokenView } from '../tokenView.js';
import { isNameToken } from './nameTokens.js';

/**
 * "chief To Lam", "Truong My Lan", "Vice Premier He Lifeng", "Senior General Than Shwe": a Vietnamese, Chinese or Burmese name's word
 * that is an English stop word too, capitalised mid-sentence before another word of the name.
 * Not before a nationality ("to American"), and never opening a sentence ("He Told" is a pronoun).
 */
export function isShortNameWordAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  // Flags first: this runs at every token that opens no run, and most are ruled out without a string.
  if (!view.isCapitalized(k) || view.isAllCaps(k) || view.end(k) - view.start(k) > 4 || !view.spaceBefore(k) || view.lineBreakBefore(k) || !SHORT_NAME_WORDS.has(view.lower(k))) return false;
  const next = k + 1;
  if (next >= sentenceEnd || !view.spaceBefore(next) || !isNameToken(view, next) || view.isAllCaps(next) || gazetteer().demonyms.has(view.key(next))) return false;
  // "Prosecutor Per Lindqvist said": the Nordic given name, before a word no dictionary holds ("Cost Per Share" is a heading's);
  // "Senior General Than Shwe": the Burmese name's word, so too ("More Than Words" is a title's).
  return !BEFORE_UNLISTED_WORD_ONLY.has(view.lower(k)) || !view.hasClass(next, WordClass.Common);
}

export const SHORT_NAME_WORDS = new Set(['my', 'to', 'he', 'do', 'per', 'than']);
const BEFORE_UNLISTED_WORD_ONLY = new Set(['per', 'than']);

/** A word of a title in title case at token k: capitalised, or a short word in lower case between capitalised ones, or a number. */
export function isTitleCaseToken(view: TokenView, k: number): boolean {
  if (isSubtitleColon(view, k)) return true;
  if (!view.spaceBefore(k) && !view.isChar(k - 1, OPEN_QUOTES)) return false;
  if (view.kind(k) === TokenKind.Number) return true;
  if (view.kind(k) !== TokenKind.Word) return false;
  return (view.isCapitalized(k) && !view.isAllCaps(k)) || (view.isLowerWord(k) && TITLE_SMALL_WORDS.has(view.lower(k)));
}

/** "Avatar: The Way of Water": a colon right after a title's word or number, a capitalised word after it. */
export function isSubtitleColon(view: TokenView, k: number): boolean {
  return view.isChar(k, ':') && !view.spaceBefore(k) && view.spaceBefore(k + 1) && (view.isCapitalized(k - 1) || view.kind(k - 1) === TokenKind.Number) && view.isCapitalized(k + 1);
}

/** A noun of a work that may carry a subtitle, in lower case before its title or capitalised in it ("Movie"). */
export function isSubtitledWorkNoun(word: string): boolean {
  return WORK_NOUNS.has(word) || QUOTED_WORK_NOUNS.has(word) || SUBTITLED_WORK_NOUNS.has(word);
}

const SUBTITLED_WORK_NOUNS = new Set(['feature', 'pic', 'flick', 'holdover', 'docuseries', 'textbook', 'production', 'movie', 'musical', 'saga', 'installment', 'instalment', 'spinoff', 'game']);

/** Nouns of a work that stand before its quoted title only ('the sci-fi indie hit "Everything Everywhere All at Once"'). */
export const QUOTED_WORK_NOUNS = new Set(['hit', 'hits', 'sequel', 'sequels', 'biopic', 'blockbuster', 'show', 'franchise', 'track', 'video', 'anthem']);

export const ORDINAL_FIGURES = /^\d{1,3}(?:st|nd|rd|th)$/i;

/** Ordinals written as words, and the adverbs that order an argument with them ("First, …", "Lastly, …"). */
export const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'firstly', 'secondly', 'thirdly', 'lastly', 'finally']);

/** A year a citation gives: "2011", "2011a" (1500 to 2099). */
export const CITATION_YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;

export const POSSESSIVE_DETERMINERS = new Set(['my', 'your', 'his', 'her', 'our', 'their']);

/**
 * "the Bottom-Up Economic Transformation Agenda", "Start-Up Nation Central": a capitalised stop word
 * after the hyphen, before more of the name, closes a compound of the name ("Bottom" alone was a
 * place, the town on Saba, and the rest a name of its own). Not at the name's end ("Smith-In"), nor a
 * letter ("Triple-A Indianapolis": a league's class before the club).
 */
export function isCapitalisedParticleInCompound(view: TokenView, next: number, sentenceEnd: number): boolean {
  if (next + 1 >= sentenceEnd || !view.isCapitalized(next) || view.isAllCaps(next) || view.length(next) < 2 || !view.hasClass(next, WordClass.Stop)) return false;
  return view.spaceBefore(next + 1) && isNameToken(view, next + 1) && !view.lineBreakBefore(next + 1);
}

/**
 * A capitalised word, no legal suffix, with a lower-case word after it, at token i; or a
 * given name before a capitalised word: "He bought Tesla Inc. Elon Musk said" (one person's name
 * "Tesla Inc. Elon Musk").
 */
export function opensSentenceAfterSuffix(view: TokenView, i: number, sentenceEnd: number): boolean {
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
 * "a Southwest Boeing 737-800", "the Boeing 777-9": the variant's number hyphened to the model's
 * closes the plane's name (it was read as a score); where the number at `k` and its variant end.
 */
export function variantNumberEnd(view: TokenView, k: number, sentenceEnd: number): number {
  const hyphened = k + 2 < sentenceEnd && view.isChar(k + 1, '-') && view.adjacent(k) && view.adjacent(k + 1) && view.kind(k + 2) === TokenKind.Number;
  return hyphened ? k + 3 : k + 1;
}

/**
 * "grounded the Boeing 737 MAX", "the iPhone 16 Pro Max": a model's words after its number close its
 * name (they were cut off, "MAX" and "Pro Max" a body and a person). Where the words from `i` end.
 */
export function modelWordsEnd(view: TokenView, i: number, sentenceEnd: number): number {
  let e = i;
  while (e < sentenceEnd && e - i < 2 && MODEL_WORDS.has(view.lower(e)) && view.isCapitalized(e) && view.spaceBefore(e) && !view.lineBreakBefore(e)) e++;
  // "Boeing 737 Max 9", "Snapdragon 8 Gen 3": the variant's number after the model's words.
  if (e > i && e < sentenceEnd && view.kind(e) === TokenKind.Number && view.length(e) <= 2 && view.spaceBefore(e) && !view.lineBreakBefore(e) && !isUnitOrShareAfter(view, e + 1, sentenceEnd)) e = variantNumberEnd(view, e, sentenceEnd);
  return e;
}

/** "9%", "9 percent", "10 jets" read as a count: what follows a number that makes it no variant's. */
function isUnitOrShareAfter(view: TokenView, i: number, sentenceEnd: number): boolean {
  return i < sentenceEnd && (view.isChar(i, '%') || view.lower(i) === 'percent' || view.lower(i) === 'per');
}

/**
 * "the Department for Levelling Up, Housing and Communities", "the Levelling Up Fund": a phrasal
 * verb's particle capitalised inside a sentence, after a capitalised "-ing" word, is the name's (the
 * run stopped at "Up": "Department for Levelling", and the fund was dropped). "Up" opening a
 * sentence or after any other word stays a stop word.
 */
export function isPhrasalParticleInName(view: TokenView, k: number): boolean {
  if (!PHRASAL_PARTICLES.has(view.lower(k)) || !view.isCapitalized(k) || view.isAllCaps(k) || !view.spaceBefore(k) || view.lineBreakBefore(k)) return false;
  return k > 0 && view.isCapitalized(k - 1) && view.lower(k - 1).endsWith('ing') && view.length(k - 1) > 5;
}

const PHRASAL_PARTICLES = new Set(['up', 'out', 'down', 'back', 'off']);

/**
 * "200 million euros", "500 dollars", "40 percent", "moved to San Francisco 49 years ago" (a vessel
 * "San Francisco 49"): the number at token k counts something in lower case after it.
 */
export function isAmountAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  return k + 1 < sentenceEnd && view.spaceBefore(k + 1) && view.isLowerWord(k + 1) && AMOUNT_WORDS.has(view.lower(k + 1));
}

const AMOUNT_WORDS = new Set([
  'million', 'billion', 'trillion', 'thousand', 'hundred', 'euros', 'dollars', 'pounds', 'yuan', 'yen', 'rupees', 'percent', 'per',
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'times', 'people', 'miles', 'kilometres', 'kilometers',
]);

// "Comisión Nacional de los Mercados y la Competencia (CNMC)", "Conselho Administrativo de Defesa
// Econômica (CADE)": the Romance connectors and articles too (the first was cut into three names);
// and the Germanic and Nordic ones, "Hamburger Hafen und Logistik AG (HHLA)", "Deutsches Institut für
// Wirtschaftsforschung (DIW)", "Centraal Bureau voor de Statistiek (CBS)" ("Hamburger Hafen" was a person).
export const SPELLED_CONNECTORS = new Set(['and', 'of', 'for', 'the', 'on', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'do', 'da', 'dos', 'das', 'des', 'du', 'et', 'le', 'les', 'di', 'della', 'per',
  'und', 'für', 'fur', 'der', 'voor', 'en', 'og', 'och', 'för']);

/**
 * "Dr. Reddy's Laboratories said its profit rose": an honorific, one word and its possessive before
 * a body's capitalised head word name a firm after its founder, honorific and all (it was a body
 * "Reddy" and another, "Laboratories"). The honorific's token, or -1; `name` is the word before the
 * possessive. "Dr. Smith's patients" is in lower case; "Dr. Smith's Clinic" is a venue's head.
 */
export function honorificOfFoundersFirm(view: TokenView, name: number): number {
  const k = name + 1;
  if (k + 1 >= view.count || view.kind(k) !== TokenKind.Possessive || !view.adjacent(name) || !view.spaceBefore(k + 1) || HEAD_WORDS.get(view.lower(k + 1)) !== 'organization' || !view.isCapitalized(k + 1)) return -1;
  const honorific = name >= 2 && view.kind(name - 1) === TokenKind.Period ? name - 2 : name - 1;
  return honorific >= 0 && isHonorificAt(view, honorific) ? honorific : -1;
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

export function isDictionaryNameWord(view: TokenView, i: number): boolean {
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
export function isRoadsNumber(view: TokenView, first: number, k: number): boolean {
  return k === first + 1 && view.isCapitalized(first) && !view.isAllCaps(first) && ROAD_WORDS.has(view.lower(first)) && view.length(k) <= 4;
}

const ROAD_WORDS = new Set(['highway', 'interstate', 'route', 'freeway', 'motorway', 'expressway']);

/**
 * "xAI released Grok 4 last month", "the company unveiled the Pixel 9": what is released or unveiled,
 * closed by a number, is a product (both were vessels), and so is a word and its number after such a verb, "Nimbus unveiled
 * Atlas 3, its new model" (the number was cut off). Not "launched": a ship is launched too.
 */
export function followsReleaseVerb(view: TokenView, first: number): boolean {
  const verb = first >= 1 && view.lower(first - 1) === 'the' ? first - 2 : first - 1;
  return verb >= 0 && RELEASE_VERBS.has(view.lower(verb));
}

const RELEASE_VERBS = new Set(['release', 'releases', 'released', 'releasing', 'unveil', 'unveils', 'unveiled', 'unveiling', 'debuted', 'debuts']);

/**
 * "California's SB 53", "the House passed HB 1205", "H.R. 815": a legislature's letters for a bill
 * and its number name the bill, a law ("SB" alone was an organization, "H.R. 815" a vessel). The
 * run is the letters, one word or one initialism ("H.R."), right before the number token k.
 */
export function isBillsNumber(view: TokenView, first: number, k: number): boolean {
  if (k === first || view.kind(k) !== TokenKind.Number || !view.spaceBefore(k) || view.length(k) > 5) return false;
  if (k !== first + 1 || !view.isAllCaps(first)) return false;
  const kind = view.kind(first);
  if (kind === TokenKind.Word) return BILL_LETTERS.has(view.lower(first));
  return kind === TokenKind.Initialism && BILL_LETTERS.has(view.lower(first).replaceAll('.', ''));
}

/**
 * The letters American legislatures number their bills and resolutions by: Senate, House and
 * Assembly bills (SB, HB, AB), a unicameral legislature's (LB), House and Senate files (HF, SF),
 * H.R. for a House bill in Congress, and joint and concurrent resolutions (SJR, HJR, SCR, HCR).
 * Not "SR" ("SR 520" is a state route) nor "S." alone (an initial).
 */
const BILL_LETTERS = new Set(['sb', 'hb', 'ab', 'lb', 'hf', 'sf', 'hr', 'sjr', 'hjr', 'scr', 'hcr']);

/**
 * "Mines and Energy Minister Andrés Camacho", "Climate Crisis and Civil Protection Minister Giannis
 * Kefalogiannis", "Housing and Local Government Minister Nga Kor Ming": fields of up to three words
 * each joined by one "and" over [first, end) (bodies "Mines and Energy", "Housing and Local
 * Government" were found). Not where a word that always heads a body closes them ("Peace and
 * Security Council Secretary" names a council).
 */
export function isFieldsJoinedByAnd(view: TokenView, first: number, end: number): boolean {
  let and = -1;
  for (let i = first; i < end; i++) {
    if (view.lower(i) === 'and' && view.isLowerWord(i) && and < 0) and = i;
    else if (!isPortfolioField(view, i)) return false;
  }
  return and > first && and < end - 1 && and - first <= 3 && end - and - 1 <= 3 && !ORGANIZATION_ANCHORS.has(view.lower(end - 1));
}

/** A capitalised dictionary word no place is named by: "Labour", "Energy", "Mines" (not "Turkey"). */
export function isPortfolioField(view: TokenView, i: number): boolean {
  const word = view.lower(i);
  return view.kind(i) === TokenKind.Word && view.isCapitalized(i) && isCommonWord(word) && !isKnownPlace(word);
}
