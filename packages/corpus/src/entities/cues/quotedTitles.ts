import { TokenKind } from '../../text/tokenize.js';
import { addEvidence, WEIGHT, type Evidence } from '../evidence.js';
import { ARTICLES, isGivenName, isListedSurname, WordClass, WORK_NOUNS } from '../lexicon.js';
import { isMakerAfter } from '../nameRuns/workTitles.js';
import { CLOSE_QUOTES, OPEN_QUOTES, type TokenView } from '../tokenView.js';
import { isPossessiveBefore, isDeterminedNoun } from './contextWords.js';

/** A name in quotation marks: a quoted phrase, or a work's title when a possessive, a work's noun or its maker says so. */
export function addQuotedTitleCues(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number, evidence: Evidence): { quoted: boolean; worksTitle: boolean } {
  // 'Bigelow's "A House of Dynamite"': the quote opens before the title's article, which its name leaves out.
  const openQuote = view.isChar(first - 1, OPEN_QUOTES) ? first - 1 : isCapitalisedArticle(view, first - 1) && view.isChar(first - 2, OPEN_QUOTES) ? first - 2 : -1;
  const fillsQuote = openQuote >= 0 && closesQuote(view, end);
  const quoted = fillsQuote && end - first >= 2;
  if (quoted) addEvidence(evidence, 'other', WEIGHT.quotedPhrase);
  // '"Moana 2" topped the box office': a number closing a quoted title is a sequel's, no ship's serial number.
  if (quoted && view.kind(end - 1) === TokenKind.Number) addEvidence(evidence, 'other', WEIGHT.serialNumber);
  // 'Christopher Nolan's "Oppenheimer"', 'Bowie's "Hunky Dory"': a name quoted whole after someone's possessive is their work's title.
  // 'her drama "The Salt Road"': quoted with its "The", as much a title as one quoted whole (it was a place by "Road").
  const quotedWithThe = isWorkQuotedWithThe(view, first, end, sentenceFirst);
  // '"Flesh" by David Szalay': a quoted word before its maker is a work's title too (it was dropped as a dictionary word).
  const worksTitle = (fillsQuote && (isPossessiveBefore(view, openQuote) || (quoted && isWorkCueBefore(view, openQuote, sentenceFirst)) || isWorkNounBefore(view, openQuote, sentenceFirst) || isMakerAfter(view, closingQuoteAfter(view, end) + 1, sentenceEnd) || isGivenNameAsWorksTitle(view, first, end, openQuote, sentenceFirst))) || quotedWithThe;
  if (worksTitle) addEvidence(evidence, 'other', WEIGHT.contextNoun + (quotedWithThe ? WEIGHT.quotedPhrase : 0));
  // "Kingsman: The Secret Service", "Avatar: The Way of Water": a subtitle's colon inside the name says a work, whatever head word closes it (they were bodies by "Service", "Water").
  const subtitled = holdsSubtitleColon(view, first, end);
  if (subtitled) addEvidence(evidence, 'other', WEIGHT.headWord + WEIGHT.quotedPhrase);
  return { quoted, worksTitle: worksTitle || subtitled };
}

/** A colon right after a word of the name [first, end) and before another of its words. */
function holdsSubtitleColon(view: TokenView, first: number, end: number): boolean {
  for (let k = first + 1; k < end - 1; k++) if (view.isChar(k, ':') && !view.spaceBefore(k) && view.spaceBefore(k + 1)) return true;
  return false;
}

/**
 * 'best known for "The Nanny"', 'starred in "The Crown"': a work's title quoted whole with the "The"
 * that the name leaves out, after a preposition or a work's noun ("Nanny" was a person).
 */
function isWorkQuotedWithThe(view: TokenView, first: number, end: number, sentenceFirst: number): boolean {
  if (first < 2 || view.lower(first - 1) !== 'the' || !view.isCapitalized(first - 1) || !view.isChar(first - 2, OPEN_QUOTES)) return false;
  return closesQuote(view, end) && isWorkCueBefore(view, first - 2, sentenceFirst);
}

/** "The", "A" or "An" capitalised at token k. */
function isCapitalisedArticle(view: TokenView, k: number): boolean {
  return k >= 0 && view.isCapitalized(k) && ARTICLES.has(view.lower(k));
}

/** A closing quote at token k, or a comma or a period set inside it ('"Emilia Perez," a musical'). */
function closesQuote(view: TokenView, k: number): boolean {
  if (view.isChar(k, CLOSE_QUOTES)) return true;
  return view.isChar(k, ',.') && view.adjacent(k - 1) && view.adjacent(k) && view.isChar(k + 1, CLOSE_QUOTES);
}

/** The closing quote at token k, or after the comma or the full stop at k ('"Flesh," by'). */
function closingQuoteAfter(view: TokenView, k: number): number {
  return view.isChar(k, CLOSE_QUOTES) ? k : k + 1;
}

/**
 * 'won best actress for "Emilia Pérez"', 'starred in "Jackie Brown"', 'Demi Moore of "The
 * Substance"', 'the song "Billie Jean"': a name quoted whole after a preposition or a work's noun is
 * the work's title (they were people); one word is left to the rules of quoted words ("appeared in
 * 'Language'", a journal). The open quote is token k.
 */
function isWorkCueBefore(view: TokenView, k: number, sentenceFirst: number): boolean {
  if (k - 1 < sentenceFirst || !view.isLowerWord(k - 1) || !view.spaceBefore(k)) return false;
  const word = view.lower(k - 1);
  return QUOTED_WORK_PREPOSITIONS.has(word) || (WORK_NOUNS.has(word) && isDeterminedNoun(view, k - 1, sentenceFirst));
}

const QUOTED_WORK_PREPOSITIONS = new Set(['for', 'in', 'of', 'from']);

/**
 * 'The series "Startup" returns', 'the podcast "Downside"': a work's noun after its determiner right
 * before the open quote at token k makes one quoted word a title too ("Startup", a listed surname,
 * was a person).
 */
function isWorkNounBefore(view: TokenView, k: number, sentenceFirst: number): boolean {
  return k - 1 >= sentenceFirst && view.isLowerWord(k - 1) && view.spaceBefore(k) && WORK_NOUNS.has(view.lower(k - 1)) && isDeterminedNoun(view, k - 1, sentenceFirst);
}

/**
 * 'Larraín also produced "Jackie"', 'the Pulitzer went to Everett for "James,"', 'starred in
 * "Matilda"': a given name alone, quoted whole after a verb of making a work, a work's noun, "for"
 * or "in", is the work's title (each was a person). Not after "of": 'the case of "Maria"' is a
 * source named so; nor a nickname given ('known as "Queenie"').
 */
function isGivenNameAsWorksTitle(view: TokenView, first: number, end: number, openQuote: number, sentenceFirst: number): boolean {
  // "\"Rock 'n' Roll Star\"": the quote closing the name follows it at once, else it is another's.
  if (end - first !== 1 || !view.adjacent(first) || !isGivenName(view.lower(first), true) || openQuote - 1 < sentenceFirst || !view.isLowerWord(openQuote - 1) || !view.spaceBefore(openQuote)) return false;
  const word = view.lower(openQuote - 1);
  if (word === 'for' || word === 'in') return true;
  return WORK_MAKING_VERBS.has(word) || (WORK_NOUNS.has(word) && isDeterminedNoun(view, openQuote - 1, sentenceFirst));
}

const WORK_MAKING_VERBS = new Set(['directed', 'produced', 'wrote', 'written', 'filmed', 'staged', 'adapted', 'recorded', 'released', 'published', 'co-wrote', 'starred', 'narrated', 'remade']);

/** A possessive ends right before token k: "Nolan's" before the quote of 'Nolan's "Oppenheimer"'. */
/**
 * 'Universal's "Wicked"', 'Paramount's "Gladiator II"', 'Penguin's "Intermezzo"': one capitalised
 * dictionary word whose possessive opens a quoted title is the work's studio or publisher (each was
 * dropped as a capitalised word), opening its sentence too. No surname nor given name: 'Stone's "Poor Things"' is Emma Stone's.
 */
export function isStudioBeforeTitle(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1 || view.kind(end) !== TokenKind.Possessive || !view.isChar(end + 1, OPEN_QUOTES) || !view.isCapitalized(end + 2)) return false;
  const lower = view.lower(first);
  return view.hasClass(first, WordClass.Common) && !view.isAllCaps(first) && !isListedSurname(lower) && !isGivenName(lower, true);
}
