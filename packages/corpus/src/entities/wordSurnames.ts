import { TokenKind } from '../text/tokenize.js';
import { COMPASS, isGivenName, MONTHS_AND_DAYS } from './lexicon.js';
import type { TokenView } from './tokenView.js';

/** A lone surname found where the run finder saw a word: its token, and the full name it is short for. */
export interface WordSurname {
  token: number;
  of: string;
}

/**
 * Surnames that are also compass words or months: "Douglass North … Coase and North", "Theresa
 * May … May said". The run finder drops such a word alone ("the North", "in May"), so an article
 * that has named the person in full gets its lone surname back here, read as the reader reads it:
 * capitalised inside a sentence, standing alone, after no preposition or determiner that makes it
 * a date or a region ("in May", "since May", "the North"), and before no number or name ("May 5",
 * "North Korea").
 */
export class WordSurnames {
  private readonly fullNameByWord = new Map<string, string>();

  /** Notes a name of the article: a given name and such a surname make it one to look for. */
  learn(name: { key: string; link: string | null; shortFormKeys: readonly string[] }): void {
    if (name.shortFormKeys.length === 0) return;
    const [firstWord, lastWord] = name.shortFormKeys as [string, string];
    if (!(COMPASS.has(lastWord) || MONTHS_AND_DAYS.has(lastWord)) || !isGivenName(firstWord, true)) return;
    if (!this.fullNameByWord.has(lastWord)) this.fullNameByWord.set(lastWord, name.link ?? name.key);
  }

  /** The lone surnames in the sentence of tokens [first, end), past its first word; `taken` tells tokens already in a name. */
  findIn(view: TokenView, first: number, end: number, taken: (token: number) => boolean): WordSurname[] {
    if (this.fullNameByWord.size === 0) return [];
    const found: WordSurname[] = [];
    for (let i = first + 1; i < end; i++) {
      if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i)) continue;
      const of = this.fullNameByWord.get(view.lower(i));
      if (of && standsAlone(view, i, end) && !taken(i)) found.push({ token: i, of });
    }
    return found;
  }
}

function standsAlone(view: TokenView, i: number, end: number): boolean {
  if (!view.spaceBefore(i) || DATE_OR_REGION_BEFORE.has(view.lower(i - 1))) return false;
  if (i + 1 >= end) return true;
  const next = i + 1;
  return !(view.kind(next) === TokenKind.Number || (view.kind(next) === TokenKind.Word && view.isCapitalized(next)));
}

/** Words before a month or a compass point that make it a date or a region: "in May", "last May", "the North". */
const DATE_OR_REGION_BEFORE = new Set(
  `in on since until till by from to of last next this early late mid the every each during before after through
  between far up down out into toward towards across throughout around`.split(/\s+/),
);
