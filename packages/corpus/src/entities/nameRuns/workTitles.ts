import { TokenKind } from '../../text/tokenize.js';
import { isGivenName, ARTICLES, HEAD_WORDS, WordClass, WORK_NOUNS, WORK_MAKER_NOUNS, WORK_SOURCE_NOUNS, WORK_VERBS } from '../lexicon.js';
import { gazetteer, isKnownPlace } from '../gazetteer.js';
import { CLOSE_QUOTES, OPEN_QUOTES, type TokenView } from '../tokenView.js';
import { isTitleCaseToken, isSubtitledWorkNoun, QUOTED_WORK_NOUNS, POSSESSIVE_DETERMINERS } from './runWords.js';
import { isNameToken } from './nameTokens.js';

/**
 * 'Pixar's "Inside Out 2" earned $155 million', '"Dune: Part Two" topped the box office': a quotation
 * of two to six tokens, each a capitalised word, a number or a colon, one at least a number or a colon,
 * is a work's title whole, though
 * a word of it opens no name ("Inside", "Out") or a colon cuts it (it was dropped, or "Part Two"
 * alone). Where the title ends at its closing quote, else 0; 0 too where the runs would take it whole.
 */
export function quotedTitleEnd(view: TokenView, i: number, end: number): number {
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
export function quotedWorkTitleEnd(view: TokenView, i: number, end: number): number {
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
export function unquotedWorkTitleEnd(view: TokenView, i: number, end: number): number {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i)) return 0;
  const cueAt = view.lower(i) === 'the' && i + 1 < end ? i + 1 : i;
  if (!view.spaceBefore(i) || !opensAfterWorkCue(view, cueAt)) return 0;
  let e = i;
  let titleEnd = i;
  // "The Iranian drama A Quiet Winter won": the title's own "A" or "An" after the noun (it was "Quiet Winter", of no type).
  let broken = isTitlesOwnArticle(view, i);
  for (; e < end && e - i < 10; e++) {
    if (isCapitalisedTitleWord(view, e)) {
      broken ||= e > cueAt && !isNameToken(view, e);
      titleEnd = e + 1;
    } else if (!isInnerTitleWord(view, e, end) && !isPossessiveInsideTitle(view, i, e, end)) break;
    else broken = true;
  }
  return broken && titleEnd - i >= 2 ? titleEnd : 0;
}

/** A capitalised "A" or "An" at token k: a title's own article, as it opens no person's or body's name. */
export function isTitlesOwnArticle(view: TokenView, k: number): boolean {
  return view.isText(k, 'A') || view.isText(k, 'An');
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

/**
 * "the franchise Assassin's Creed", "the game Baldur's Gate": a possessive at token k, against the
 * title's first word (at `first`) and before a capitalised word, is inside the title (it was "Assassin"
 * and "Creed", each alone). Not after a person's name: "an adaptation of Evelyn Waugh's Brideshead
 * Revisited" names the novel's author, then the novel.
 */
function isPossessiveInsideTitle(view: TokenView, first: number, k: number, end: number): boolean {
  if (view.kind(k) !== TokenKind.Possessive || k !== first + 1 || k + 1 >= end || !view.adjacent(k - 1)) return false;
  return isCapitalisedTitleWord(view, k + 1) && !isGivenName(view.lower(first));
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

/** "by" and a capitalised word at token k: a title's maker ('"Flesh" by David Szalay'). */
export function isMakerAfter(view: TokenView, k: number, end: number): boolean {
  return k + 1 < end && view.lower(k) === 'by' && view.isLowerWord(k) && view.isCapitalized(k + 1);
}

/**
 * 'his breakthrough came in "Bonnie and Clyde," which …', 'a staging of "Pride and Prejudice"', '"The
 * Jenna and Julien Podcast"': a quotation that holds only capitalised words joined by "and" (its own
 * "The" first) is one title (it made two persons),
 * unless the lists know both ('"Russia and Ukraine"'). Where the words after "and" end at the closing quote, else 0.
 */
export function quotedTitleConjunctEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
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
export function worksTitleEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
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

/**
 * "that the Music of the Spheres Tour would return", "the Lord of the Rings Festival": a tour or a
 * festival named after a work whose title holds "of" ("of the") is one name through it, up to an
 * event's closing head (it was cut to "Spheres Tour"). The words before "of" are one or two
 * dictionary words, no title or role ("Minister of the Commonwealth Games" is an office), after a
 * lower-case word (a sentence's "Fans of the Eras Tour" are fans). Where the name ends, else 0.
 */
export function eventAfterTitleOfEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (k - first > 2 || view.lower(k) !== 'of' || !view.isLowerWord(k) || first < 1 || !view.isLowerWord(first - 1)) return 0;
  for (let i = first; i < k; i++) if (!view.hasClass(i, WordClass.Common) || view.hasClass(i, WordClass.Title | WordClass.Role | WordClass.Head)) return 0;
  const next = view.isText(k + 1, 'the') ? k + 2 : k + 1;
  let e = next;
  while (e < sentenceEnd && e - next < 4 && view.spaceBefore(e) && isNameToken(view, e)) e++;
  return e - next >= 2 && HEAD_WORDS.get(view.lower(e - 1)) === 'event' ? e : 0;
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
