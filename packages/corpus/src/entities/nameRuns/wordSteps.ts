import { TokenKind } from '../../text/tokenize.js';
import {
  EPITHETS,
  isCommonWord,
  isGivenName,
  MONTHS_AND_DAYS,
  HEAD_WORDS,
  MODEL_WORDS,
  AIRCRAFT_MAKERS,
  VESSEL_PREFIXES,
  isVersionNumber,
  PRECEDING_TYPE_CUES,
  DOCUMENT_LABELS,
  REGNAL_TITLES,
  WordClass,
  MEETINGS_LETTERS,
} from '../lexicon.js';
import { gazetteer, isKnownPlace } from '../gazetteer.js';
import { isClubCloser, isNumberedPlural, isResultLinesGoals } from '../sportsClubs.js';
import { CLOSE_QUOTES, OPEN_QUOTES, type TokenView } from '../tokenView.js';
import { isShortNameWordAt, variantNumberEnd, modelWordsEnd, isPhrasalParticleInName, isAmountAt, isRoadsNumber, isBillsNumber, followsReleaseVerb } from './runWords.js';
import { isNameToken, isInSlashedCode } from './nameTokens.js';
import { type RunStep, STOP, step } from './runSteps.js';

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

/** Words, numbers and initials that go on a name at token k; null when token k goes on none. */
export function extendAtWord(view: TokenView, first: number, k: number, sentenceEnd: number, capitalisedTokens: number): RunStep | null {
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
  if (isLowerWordSpelledAround(view, first, k, sentenceEnd)) return step(k + 1, 0);
  // "the Bohai sea", "the Yangtze river": "sea" or "river" in lower case closes its name, but not
  // before a noun it qualifies: "Melting sea ice", "the Mekong river basin".
  if (view.isLowerWord(k) && view.spaceBefore(k) && (view.lower(k) === 'sea' || view.lower(k) === 'river') && !qualifiesNextWord(view, k, sentenceEnd)) return step(k + 1, 0, true);
  return null;
}

/**
 * "the Medicines and Healthcare products Regulatory Agency (MHRA)": a lower-case word inside a name
 * whose letters in brackets spell the capitalised words on both sides of it (the name was cut at
 * "products", leaving "Medicines and Healthcare" and "Regulatory Agency").
 */
function isLowerWordSpelledAround(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (!view.isLowerWord(k) || !view.spaceBefore(k) || !view.isCapitalized(first)) return false;
  let bracket = k + 1;
  while (bracket < sentenceEnd && bracket - k <= 4 && isNameToken(view, bracket) && !view.isAllCaps(bracket)) bracket++;
  if (bracket === k + 1 || !view.isChar(bracket, '(') || !view.isAllCaps(bracket + 1) || !view.isChar(bracket + 2, ')')) return false;
  let initials = '';
  for (let i = first; i < bracket; i++) if (view.isCapitalized(i)) initials += view.raw(i).charAt(0);
  return initials.length >= 3 && initials === view.raw(bracket + 1);
}

/** A number closing a name: a team's numbered plural after its place, a ship's or an exercise's number, a known name's. */
function numberStep(view: TokenView, first: number, k: number, sentenceEnd: number, capitalisedTokens: number): RunStep | null {
  // "the San Francisco 49ers", "the Philadelphia 76ers": a numbered plural closes a team's name after its place.
  if (view.hasDigit(k) && view.kind(k) === TokenKind.Word && view.spaceBefore(k) && isNumberedPlural(view.raw(k)) && isKnownPlace(view.keyOf(first, k))) return step(k + 1, 0, true);
  // "Hong Tai 58", "the Chongryu 8": a number closes the name of a ship or an exercise.
  // Not a score or a range: "beat Manchester City 3–1", "Chelsea 2-0"; nor an amount: "fined Meta
  // Platforms 200 million euros", "paid Apple 500 dollars".
  if (k === first + 1 && isAircraftMakerBeforeNumber(view, first)) return step(modelWordsEnd(view, variantNumberEnd(view, k, sentenceEnd), sentenceEnd), 0, true);
  if (isNameClosingNumber(view, first, k, sentenceEnd, capitalisedTokens)) {
    const games = hostsYearGamesEnd(view, first, k, sentenceEnd);
    if (games) return step(games, games - k - 1, true);
    // "Il Sole 24 Ore reported": a known name goes on after its number.
    if (k + 1 < sentenceEnd && view.spaceBefore(k + 1) && isNameToken(view, k + 1) && gazetteer().byKey.has(view.keyOf(first, k + 2))) return step(k + 2, 1);
    if (isIberianDateAfter(view, k, sentenceEnd)) return step(k + 3, 1, true);
    return step(modelWordsEnd(view, k + 1, sentenceEnd), 0, true);
  }
  return null;
}

/** A short number at token k that closes the name opened at `first` (numberClosesName), and no score, amount or count's. */
function isNameClosingNumber(view: TokenView, first: number, k: number, sentenceEnd: number, capitalisedTokens: number): boolean {
  if (view.kind(k) !== TokenKind.Number || !view.spaceBefore(k) || view.length(k) > 4 || isInSlashedCode(view, k)) return false;
  return numberClosesName(view, first, k, sentenceEnd, capitalisedTokens) && !countsOrScoresAt(view, first, k, sentenceEnd);
}

/** The shapes in which a number closes a name: after two capitalised words, a named thing, a model's or a product line's name, a mission, a meeting, a road, a bill, a released product, a quoted title, a version, a body named as a text's part. */
function numberClosesName(view: TokenView, first: number, k: number, sentenceEnd: number, capitalisedTokens: number): boolean {
  return (
    capitalisedTokens >= 2 ||
    namedThingBefore(view, first) ||
    // "London's FTSE 100": a number that a known name closes with.
    gazetteer().byKey.has(view.keyOf(first, k + 1)) ||
    opensModelWords(view, k + 1, sentenceEnd) ||
    isProductLinesNumber(view, first, k) ||
    isNumberedMission(view, first, k) ||
    isMeetingsSession(view, first, k) ||
    isRoadsNumber(view, first, k) ||
    isBillsNumber(view, first, k) ||
    (k === first + 1 && followsReleaseVerb(view, first)) ||
    closesQuotedTitle(view, first, k) ||
    isVersionAfterName(view, first, k, sentenceEnd) ||
    isBodyNamedAsDocumentPart(view, first, k)
  );
}

/** A number that scores or counts, no name's: "beat Manchester City 3–1", "Chelsea 2-0", "fined Meta Platforms 200 million euros". */
function countsOrScoresAt(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  return (
    isScoreAt(view, k, sentenceEnd) ||
    isResultLinesGoals(view, k, sentenceEnd) ||
    isAmountAt(view, k, sentenceEnd) ||
    isRunsAfterPlayer(view, first, k) ||
    isPlaceOrClubsCount(view, first, k) ||
    opensCompoundModifier(view, k, sentenceEnd)
  );
}

/**
 * "the rights group Article 19 said", "the free-speech group Article 19": a word that numbers a part of
 * a text ("Article", "Section") and its number, right after a kind of body's noun, are that body's
 * name (it was dropped: "Article" alone is a dictionary word). "Article 5 of the treaty" has no such noun.
 */
function isBodyNamedAsDocumentPart(view: TokenView, first: number, k: number): boolean {
  if (k !== first + 1 || first === 0 || !DOCUMENT_LABELS.has(view.lower(first)) || !view.isCapitalized(first)) return false;
  return view.isLowerWord(first - 1) && PRECEDING_TYPE_CUES.get(view.lower(first - 1)) === 'organization';
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
 * "Campaign Against Arms Trade", "Mothers Against Drunk Driving": a name of dictionary words that holds
 * such a capitalised preposition after its first word is a campaign's or a group's (they were
 * dropped as dictionary words with nothing to vouch for them).
 */
export function holdsCapitalisedPreposition(view: TokenView, first: number, end: number): boolean {
  for (let k = first + 1; k + 1 < end; k++) if (view.isCapitalized(k) && view.kind(k) === TokenKind.Word && NAME_PREPOSITIONS.has(view.lower(k))) return true;
  return false;
}

/**
 * "the Directorate General of Civil Aviation", "the U.S. Consulate General", "the Directorate-General
 * for Trade": "General" at token k after a body's head word (a hyphen between or not) is part of the
 * body's head, as in a title ("Director General"); not after an office's holder ("Attorney General").
 */
export function isGeneralAfterBodysHead(view: TokenView, first: number, k: number): boolean {
  if (view.key(k) !== 'general') return false;
  const head = view.isChar(k - 1, '-') && !view.spaceBefore(k) ? k - 2 : k - 1;
  return head >= first && HEAD_WORDS.get(view.key(head)) === 'organization';
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

const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;
