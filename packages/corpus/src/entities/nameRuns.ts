import { TokenKind } from '../text/tokenize.js';
import {
  FURNITURE_WORDS,
  HYPHEN_SUFFIXES,
  INNER_POSSESSIVES,
  isCommonWord,
  MONTHS_AND_DAYS,
  NAME_CONNECTORS,
  NON_NAME_ACRONYMS,
  PRECEDING_TYPE_CUES,
  STOPWORDS,
} from './lexicon.js';
import { OPEN_QUOTES, type TokenView } from './tokenView.js';

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

/** Abbreviations whose period stays inside a name: "Co. Ltd", "No. 3", "St. Petersburg". */
const PERIOD_IN_NAME = new Set(['co', 'corp', 'inc', 'no', 'st', 'mt', 'ft', 'jr', 'sr', 'bros', 'adm', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cmdr', 'sen', 'rep', 'gov', 'dr', 'mr', 'mrs', 'ms', 'prof', 'rev']);

/** Capitalised tokens that can be (part of) a name. */
export function isNameToken(view: TokenView, i: number): boolean {
  if (i < 0 || i >= view.count || !view.isCapitalized(i)) return false;
  const lower = view.lower(i);
  // "US" and "WHO" are names, though "us" and "who" are stop words.
  if (view.isAllCaps(i)) return !NON_NAME_ACRONYMS.has(lower.replace(/\./g, ''));
  return !STOPWORDS.has(lower) && !MONTHS_AND_DAYS.has(lower) && !FURNITURE_WORDS.has(lower);
}

/** Finds the name runs of the sentence spanning tokens [first, end). */
export function findNameRuns(view: TokenView, first: number, end: number): NameRun[] {
  const runs: NameRun[] = [];
  const sentenceStart = firstWordOf(view, first, end);
  let i = first;
  while (i < end) {
    if (!isNameToken(view, i) || (view.kind(i) === TokenKind.Word && followedByCurrency(view, i, end))) {
      i++;
      continue;
    }
    const run = extendRun(view, i, end);
    run.sentenceInitial = i === sentenceStart;
    runs.push(run);
    i = Math.max(run.end, i + 1);
  }
  return runs;
}

/** The sentence's first word, past opening quotes and brackets. */
function firstWordOf(view: TokenView, first: number, end: number): number {
  let i = first;
  while (i < end && (view.isChar(i, OPEN_QUOTES + '(["') || view.kind(i) === TokenKind.Hyphen)) i++;
  return i;
}

/** "US$100": a currency, not the country. */
function followedByCurrency(view: TokenView, i: number, end: number): boolean {
  return i + 1 < end && view.adjacent(i) && view.isChar(i + 1, '$€£¥₩');
}

function extendRun(view: TokenView, first: number, sentenceEnd: number): NameRun {
  const run: NameRun = { first, end: first + 1, hyphenSuffix: null, hyphenJoins: [], sentenceInitial: false };
  let capitalisedTokens = 1;
  for (;;) {
    const k = run.end;
    if (k >= sentenceEnd) break;
    const kind = view.kind(k);

    if (kind === TokenKind.Hyphen && view.adjacent(k - 1) && view.adjacent(k) && k + 1 < sentenceEnd) {
      const next = k + 1;
      if (isNameToken(view, next) || view.kind(next) === TokenKind.Number || view.hasDigit(next)) {
        run.hyphenJoins.push(k);
        run.end = next + 1;
        continue;
      }
      if (view.isLowerWord(next)) {
        const word = view.lower(next);
        if (HYPHEN_SUFFIXES.has(word)) {
          run.hyphenSuffix = word;
          break;
        }
        // "Komsomolsk-on-Amur": a connector between two hyphens.
        if (next + 2 < sentenceEnd && view.kind(next + 1) === TokenKind.Hyphen && view.adjacent(next) && isNameToken(view, next + 2)) {
          run.end = next + 3;
          continue;
        }
        // "Jong-un", "Sung-jun", "Ming-lung": a romanised syllable after a capitalised one.
        if ((word.length <= 5 && !isCommonWord(word)) || (word.length <= 4 && view.raw(k - 1).length <= 5)) {
          run.end = next + 1;
          continue;
        }
        run.hyphenSuffix = word;
      }
      break;
    }

    if ((kind === TokenKind.Possessive || kind === TokenKind.Apostrophe) && view.adjacent(k - 1)) {
      // "Korean People's Army", "Workers' Party": the possessive is part of the name.
      const possessor = view.lower(k - 1);
      if (INNER_POSSESSIVES.has(possessor) && isNameToken(view, k + 1) && k + 1 < sentenceEnd) {
        run.end = k + 2;
        continue;
      }
      break;
    }

    if (kind === TokenKind.Period && view.adjacent(k - 1) && k + 1 < sentenceEnd) {
      const before = view.raw(k - 1);
      const initial = before.length === 1 && view.isCapitalized(k - 1);
      const next = k + 1;
      if ((initial || PERIOD_IN_NAME.has(before.toLowerCase())) && !view.lineBreakBefore(next) && (isNameToken(view, next) || view.kind(next) === TokenKind.Number)) {
        run.end = next + 1;
        continue;
      }
      break;
    }

    if (kind === TokenKind.Word && view.isLowerWord(k) && view.spaceBefore(k) && NAME_CONNECTORS.has(view.lower(k))) {
      // "Institute for National Unification", "Bank of the Ryukyus".
      let next = k + 1;
      if (view.lower(k) === 'of' && next < sentenceEnd && view.lower(next) === 'the') next++;
      if (next < sentenceEnd && isNameToken(view, next) && view.spaceBefore(next) && !view.lineBreakBefore(next)) {
        run.end = next + 1;
        capitalisedTokens++;
        continue;
      }
      break;
    }

    if (kind === TokenKind.Number && view.spaceBefore(k) && view.raw(k).length <= 4 && (capitalisedTokens >= 2 || namedThingBefore(view, first))) {
      // "Hong Tai 58", "the Chongryu 8": a number closes the name of a ship or an exercise.
      run.end = k + 1;
      break;
    }

    // "Taipei-Penghu No. 3": "No" is a stop word everywhere but before a number.
    if (view.lower(k) === 'no' && view.spaceBefore(k) && view.kind(k + 1) === TokenKind.Period && view.kind(k + 2) === TokenKind.Number && k + 2 < sentenceEnd) {
      run.end = k + 3;
      break;
    }

    if (isNameToken(view, k) && view.spaceBefore(k) && !view.lineBreakBefore(k)) {
      run.end = k + 1;
      capitalisedTokens++;
      continue;
    }
    break;
  }
  return run;
}

/** "the Chongryu 8", "tanker Chongryu 8": a one-word name may end in a number when named as a thing. */
function namedThingBefore(view: TokenView, first: number): boolean {
  if (first === 0) return false;
  const before = view.lower(first - 1);
  return before === 'the' || PRECEDING_TYPE_CUES.get(before) === 'vessel';
}
