import { codeAt } from '../text/chars.js';
import { TokenKind } from '../text/tokenize.js';
import {
  GENERATION_SUFFIXES,
  isCommonWord,
  isGivenName,
  isListedSurname,
  HEAD_WORDS,
  ORDINAL_UNIT_HEADS,
  LEGAL_SUFFIXES,
  NAME_CONNECTORS,
  MODEL_WORDS,
  STOPWORDS,
  isRegionWord,
  ARTICLES,
  WordClass,
} from './lexicon.js';
import { gazetteer, isKnownPlace } from './gazetteer.js';
import { isSideOfScore } from './sportsClubs.js';
import { OPEN_QUOTES, type TokenView } from './tokenView.js';
import { isShortNameWordAt, SHORT_NAME_WORDS, ORDINAL_FIGURES, ORDINAL_WORDS, CITATION_YEAR, POSSESSIVE_DETERMINERS, isCapitalisedParticleInCompound, opensSentenceAfterSuffix, modelWordsEnd, isAmountAt, honorificOfFoundersFirm, isRoadsNumber } from './nameRuns/runWords.js';
import { isNameToken } from './nameRuns/nameTokens.js';
import { type NameRun, STOP } from './nameRuns/runSteps.js';
import { quotedTitleEnd, quotedWorkTitleEnd, unquotedWorkTitleEnd } from './nameRuns/workTitles.js';
import { extendAtConnector } from './nameRuns/connectorSteps.js';
import { extendAtPunctuation } from './nameRuns/punctuationSteps.js';
import { extendAtWord } from './nameRuns/wordSteps.js';

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
    if (isLowerWordOfNoName(view, i)) {
      i++;
      continue;
    }
    const title = workTitleRunAt(view, i, end, sentenceStart);
    if (title !== null) {
      runs.push(title);
      i = title.end;
      continue;
    }
    const lead = leadingWordsOfRunAt(view, i, end, sentenceStart);
    if (lead === NO_RUN) {
      i++;
      continue;
    }
    const run = nameRunAt(view, i, first, end, sentenceStart, lead);
    if (!labelsNumber(view, run, end) && !isLoneOrdinal(view, run) && !isModelWordAfterNumber(view, run)) runs.push(run);
    i = Math.max(run.end, i + 1);
  }
  return runs;
}

/**
 * Most tokens are lower-case words, which open a run only as a particle ("van der Veen"): every
 * other rule of findNameRuns asks for a capital, a quote, or (isNameToken) a team's number with its digit.
 */
function isLowerWordOfNoName(view: TokenView, i: number): boolean {
  return view.isLowerWord(i) && !(view.end(i) - view.start(i) <= 4 && isParticleInitial(codeAt(view.text, view.start(i))));
}

/** The run of a work's title opening at token i, quoted or not, without its article; null if none opens there. */
function workTitleRunAt(view: TokenView, i: number, end: number, sentenceStart: number): NameRun | null {
  const unquotedEnd = unquotedWorkTitleEnd(view, i, end);
  if (unquotedEnd > 0) {
    // "his comedy The Family That Preys": without its article, as every name goes.
    const titleFirst = view.lower(i) === 'the' ? i + 1 : i;
    return { first: titleFirst, end: unquotedEnd, hyphenSuffix: null, hyphenJoins: [], sentenceInitial: titleFirst === sentenceStart };
  }
  const titleEnd = quotedTitleEnd(view, i, end) || quotedWorkTitleEnd(view, i, end);
  if (titleEnd === 0) return null;
  // 'her drama "The Salt Road"': the title's name goes without its article, as every name does.
  // 'sat in "The Hague"': not where the article is a known name's own.
  const titleFirst = titleEnd - i > 2 && ARTICLES.has(view.lower(i + 1)) && !gazetteer().byKey.has(view.keyOf(i + 1, titleEnd)) ? i + 2 : i + 1;
  return { first: titleFirst, end: titleEnd, hyphenSuffix: null, hyphenJoins: [], sentenceInitial: titleFirst === sentenceStart };
}

/** What leadingWordsOfRunAt returns where no run opens. */
const NO_RUN = -1;

/**
 * Whether a name run opens at token i and how many words lead it before its first name word (the
 * particles of "van der Veen", the "The" of "The Hague"; 0 for none), or NO_RUN.
 */
function leadingWordsOfRunAt(view: TokenView, i: number, end: number, sentenceStart: number): number {
  // Particles ("van", "al", "de") are short lower-case words; most tokens are ruled out without a lookup.
  if (view.end(i) - view.start(i) <= 4) {
    const lead = leadingWordsOfShortWordAt(view, i, end, sentenceStart);
    if (lead !== NO_RUN) return lead;
  }
  if (!isNameToken(view, i) || isCenturyAfterOrdinal(view, i) || (view.kind(i) === TokenKind.Word && followedByCurrency(view, i, end))) return NO_RUN;
  // "Iván DeJesús, Jr.": a generation alone names no one.
  return isFormOfAddress(view, i) || GENERATION_SUFFIXES.has(view.lower(i)) ? NO_RUN : 0;
}

/** leadingWordsOfRunAt for a word of up to four characters: particles, a known name's "The", a short name word; NO_RUN if none. */
function leadingWordsOfShortWordAt(view: TokenView, i: number, end: number, sentenceStart: number): number {
  if (isParticleInitial(codeAt(view.text, view.start(i))) && view.isLowerWord(i)) {
    const particles = particlesBeforeName(view, i, end);
    if (particles > 0) return particles;
  }
  if (view.isCapitalized(i) && (startsKnownTheName(view, i, end) || isSurnameHeAt(view, i, sentenceStart, end))) return 1;
  const opensName = i !== sentenceStart ? isShortNameWordAt(view, i, end) || isMonthWordOpeningHyphenedName(view, i, end) || isGivenNameMonthWord(view, i, end) : isShortNameWordOpeningSentence(view, i, end);
  return opensName || isSurnameMonthWordBeforeSyllables(view, i, end) ? 0 : NO_RUN;
}

/**
 * The name run opening at token i of the sentence [first, end) with `lead` words before its name:
 * extended over the name, then by a word after it or before it that the name's words call for.
 */
function nameRunAt(view: TokenView, i: number, first: number, end: number, sentenceStart: number, lead: number): NameRun {
  const run = extendRun(view, i, end, lead);
  if (isSpeciesEpithet(view, run, end)) run.end++;
  else run.end = withPlusAfter(view, withLegalSuffixAfter(view, run.end, end), end);
  run.first = runFirstWithWordBefore(view, i, first, end, sentenceStart, run);
  run.sentenceInitial = i === sentenceStart || run.first === sentenceStart || opensSentenceAfterLegalSuffix(view, i, end);
  if (isModelWordAfterNumber(view, run) && isModelsNumber(view, run.first - 1)) {
    run.first--;
    run.end = modelWordsEnd(view, run.first + 1, end);
  }
  return run;
}

/**
 * The first token of `run`, opened at token i of the sentence [first, end): one, two or three
 * words before it when they are the name's ("All", "101st", "His Majesty's", "sub-", the "Dr." of
 * "Dr. Reddy's Laboratories"), else run.first.
 */
function runFirstWithWordBefore(view: TokenView, i: number, first: number, end: number, sentenceStart: number, run: NameRun): number {
  if (i - 1 > sentenceStart && acronymSpellsWordBefore(view, run, end)) return i - 1;
  if (i > first && isOrdinalBeforeHead(view, i - 1, run)) return i - 1;
  if (i - 1 > sentenceStart && isAllOpeningBody(view, i - 1, run)) return i - 1;
  if (i - 3 >= first && isMajestysName(view, i, run)) return i - 3;
  if (i - 1 === sentenceStart && isAllOpeningKnownName(view, i - 1, run)) return i - 1;
  if (i - 2 >= first && isSubBeforeRegion(view, i, run)) return i - 2;
  if (run.end > i + 2 && honorificOfFoundersFirm(view, i) >= first) return honorificOfFoundersFirm(view, i);
  return run.first;
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

/**
 * "move to His Majesty's Theatre on Haymarket", "Her Majesty's Prison Belmarsh": "His Majesty's" or
 * "Her Majesty's" before a run closed, or opened, by a head word is the name's beginning (it was cut
 * to "Theatre", a place, and "Majesty" skipped as a form of address). Not "Her Majesty's reign", nor
 * "His Majesty's Tony Blair" (no head word).
 */
function isMajestysName(view: TokenView, i: number, run: NameRun): boolean {
  if (view.kind(i - 1) !== TokenKind.Possessive || !view.isText(i - 2, 'Majesty')) return false;
  if (!view.isText(i - 3, 'His') && !view.isText(i - 3, 'Her')) return false;
  return HEAD_WORDS.has(view.lower(run.end - 1)) || HEAD_WORDS.has(view.lower(run.first));
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
  // "the club's 400th A-League match": a possessive before the ordinal counts the owner's matches too.
  if (k > 0 && ((view.isLowerWord(k - 1) && COUNTING_DETERMINERS.has(view.lower(k - 1))) || view.kind(k - 1) === TokenKind.Possessive)) return false;
  const head = view.lower(run.end - 1);
  return HEAD_WORDS.has(head) || ORDINAL_UNIT_HEADS.has(head) || isOfOrForHeaded(view, run);
}

const COUNTING_DETERMINERS = new Set(['a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'record']);

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

/** "… Alphabet Inc. Chief executive Nicolai Tangen said": token i opens a sentence the splitter left going on after a legal suffix's period. */
function opensSentenceAfterLegalSuffix(view: TokenView, i: number, sentenceEnd: number): boolean {
  return i >= 2 && view.kind(i - 1) === TokenKind.Period && view.end(i - 2) === view.start(i - 1) && LEGAL_SUFFIXES.has(view.lower(i - 2)) && opensSentenceAfterSuffix(view, i, sentenceEnd);
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

/** Longer runs of capitalised words are cut: no name has this many tokens. */
const MAX_RUN_TOKENS = 24;
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
