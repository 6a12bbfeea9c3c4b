import { TokenKind } from '../text/tokenize.js';
import { COMPASS, IRREGULAR_PAST_VERBS, isCommonWord, isGivenName, MONTHS_AND_DAYS, PERSON_VERBS, SPEECH_VERBS } from './lexicon.js';
import { isPlaceAdjective } from './gazetteer.js';
import { firstWordOf } from './nameRuns.js';
import { surnameWithoutArticle } from './shortForms/shortKeys.js';
import { strongestType, WEIGHT, weightOf } from './evidence.js';
import type { TokenView } from './tokenView.js';

/** A lone surname found where the run finder saw a word: its token, and the full name it is short for. */
export interface WordSurname {
  token: number;
  /** Null where two full names of the article end with the word. */
  of: string | null;
}

/**
 * Surnames that are also words. The run finder drops such a word alone where it reads as the word,
 * so an article that has named the person in full gets the lone surname back here, read as the
 * reader reads it:
 * - compass words and months, capitalised inside a sentence ("Douglass North … Coase and North",
 *   "Theresa May … May said"), standing alone, after no preposition or determiner that makes it
 *   a date or a region ("in May", "since May", "the North"), and before no number or name ("May 5",
 *   "North Korea"), and so is a family name written first that is a month's or a day's word
 *   ("Jun Young-hyun … Jun said": "Jun" was read as June);
 * - any dictionary word opening a sentence before what a person does or has ("Tim Cook … Cook said
 *   the talks went well", "Dan Savage … Savage's readers voted"), not before anything else ("Cook
 *   the rice slowly");
 * - a word read as a place's adjective ("Sudani" of Sudan, as "Punjabi" of Punjab), anywhere in a
 *   sentence, where no noun follows it for it to qualify ("Mohammed Shia al-Sudani … Sudani said",
 *   "Sudani's office", "a rival to Sudani."), not "Punjabi voters".
 */
export class WordSurnames {
  private readonly fullNameByWord = new Map<string, string>();
  private readonly fullNameByOpener = new Map<string, string>();
  private readonly fullNameByAdjective = new Map<string, string>();
  /** Words two full names of the article end with ("Theresa May", "Philip May"). */
  private readonly shared = new Set<string>();

  /** Notes a name of the article: a given name and a surname that is a word make it one to look for. */
  learn(name: { key: string; link: string | null; shortFormKeys: readonly string[]; evidence: readonly number[]; nameEvidence: readonly number[] }): void {
    if (name.shortFormKeys.length === 0 || isNoPersonsName(name)) return;
    const [firstWord, lastWord] = name.shortFormKeys as [string, string];
    if (isFamilyNameFirstMonth(firstWord, lastWord)) {
      this.note(this.fullNameByWord, firstWord, name.link ?? name.key);
      return;
    }
    const afterArticle = surnameWithoutArticle(lastWord);
    // "Mohammed Shia al-Sudani … Sudani said": the surname after the Arabic article, read as Sudan's adjective.
    if (afterArticle && isPlaceAdjective(afterArticle) && isGivenNameOrTitledFirstWord(firstWord, name.evidence)) this.note(this.fullNameByAdjective, afterArticle, name.link ?? name.key);
    if (lastWord.includes(' ')) return;
    const byWord = COMPASS.has(lastWord) || MONTHS_AND_DAYS.has(lastWord) ? this.fullNameByWord : isCommonWord(lastWord) ? this.fullNameByOpener : isPlaceAdjective(lastWord) ? this.fullNameByAdjective : null;
    if (!byWord || !isGivenNameOrTitledFirstWord(firstWord, name.evidence)) return;
    this.note(byWord, lastWord, name.link ?? name.key);
  }

  private note(byWord: Map<string, string>, word: string, fullName: string): void {
    const known = byWord.get(word);
    if (known === undefined) byWord.set(word, fullName);
    else if (known !== fullName) this.shared.add(word);
  }

  /**
   * The lone surnames in the sentence of tokens [first, end). `taken` tells how many tokens the
   * name already found at a token has (0 for none): a one-word name opening the sentence is the
   * run finder's own "Cook", which the caller replaces with the surname.
   */
  findIn(view: TokenView, first: number, end: number, taken: (token: number) => number): WordSurname[] {
    if (this.fullNameByWord.size === 0 && this.fullNameByOpener.size === 0 && this.fullNameByAdjective.size === 0) return [];
    const found: WordSurname[] = [];
    const opener = firstWordOf(view, first, end);
    // Past the opener only compass words, months and place adjectives are looked for (most articles name none).
    const last = this.fullNameByWord.size > 0 || this.fullNameByAdjective.size > 0 ? end : Math.min(end, opener + 1);
    for (let i = opener; i < last; i++) {
      if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i)) continue;
      const takenWords = taken(i);
      if (takenWords > 1 || (takenWords === 1 && i !== opener)) continue;
      const lower = view.lower(i);
      const adjectiveOf = this.fullNameByAdjective.get(lower);
      if (adjectiveOf !== undefined) {
        if (qualifiesNoNoun(view, i, end)) found.push({ token: i, of: this.shared.has(lower) ? null : adjectiveOf });
        continue;
      }
      const of = i === opener ? (this.fullNameByOpener.get(lower) ?? this.fullNameByWord.get(lower)) : this.fullNameByWord.get(lower);
      if (!of) continue;
      // "Mr. May said" beside "Theresa May" and "Philip May": found, but left for the short-form
      // linking to weigh (the honorific's sex), not given to the first full name.
      if (i === opener ? opensWithPerson(view, i, end) : standsAlone(view, i, end)) found.push({ token: i, of: this.shared.has(lower) ? null : of });
    }
    return found;
  }
}

/**
 * "West Ham United", "Virginia Beach": a name its words or its sentence make another thing's than a
 * person's, though it opens with a given name, has no surname ("United said the manager would
 * leave", after "Manchester United", went to West Ham).
 */
function isNoPersonsName(name: { evidence: readonly number[]; nameEvidence: readonly number[] }): boolean {
  const strongest = strongestType(name.evidence, name.nameEvidence);
  return strongest !== null && strongest.type !== 'person';
}

/**
 * "Jun Young-hyun … Jun said", "Sun Yang … Sun won": a family name written first that is a month's or
 * a day's word, before a hyphened given name or a word no dictionary holds ("Sun Valley" names no one).
 */
function isFamilyNameFirstMonth(firstWord: string, lastWord: string): boolean {
  return MONTHS_AND_DAYS.has(firstWord) && (lastWord.includes(' ') || !isCommonWord(lastWord));
}

/**
 * A listed given name, or a first word the lists lack where a role or a title before the name says a
 * person's ("the rapper Kanye West … West had sampled a song"; "Kanye" is in no list).
 */
function isGivenNameOrTitledFirstWord(firstWord: string, evidence: readonly number[]): boolean {
  if (isGivenName(firstWord, true)) return true;
  return weightOf(evidence, 'person') >= WEIGHT.roleNoun && !isCommonWord(firstWord) && !COMPASS.has(firstWord);
}

/**
 * "Cook said", "Savage's readers", "May told": the sentence's first word is followed by what a person
 * does or has; so is "Long was promoted in 2022", "Cook has resigned" after "Nguyen Van Long", "Tim
 * Cook": an auxiliary and a verb in the past (it was dropped as the word, "In a long speech" written).
 */
function opensWithPerson(view: TokenView, i: number, end: number): boolean {
  const next = i + 1;
  if (next >= end) return false;
  if (view.kind(next) === TokenKind.Possessive) return true;
  if (!view.spaceBefore(next) || !view.isLowerWord(next)) return false;
  const word = view.lower(next);
  return PERSON_VERBS.has(word) || SPEECH_VERBS.has(word) || isAuxiliaryBeforePastVerb(view, next, end);
}

function isAuxiliaryBeforePastVerb(view: TokenView, k: number, end: number): boolean {
  if (!AUXILIARIES.has(view.lower(k)) || k + 1 >= end || !view.spaceBefore(k + 1) || !view.isLowerWord(k + 1)) return false;
  const verb = view.lower(k + 1);
  return IRREGULAR_PAST_VERBS.has(verb) || (verb.length >= 5 && verb.endsWith('ed') && isCommonWord(verb));
}

const AUXILIARIES = new Set(['was', 'is', 'has', 'had', 'have']);

function standsAlone(view: TokenView, i: number, end: number): boolean {
  if (!view.spaceBefore(i) || DATE_OR_REGION_BEFORE.has(view.lower(i - 1))) return false;
  if (i + 1 >= end) return true;
  const next = i + 1;
  return !(view.kind(next) === TokenKind.Number || (view.kind(next) === TokenKind.Word && view.isCapitalized(next)));
}

/**
 * "Sudani said", "Sudani's office", "to Sudani.", "Sudani, 54,": after the word comes its possessive,
 * punctuation, the sentence's end, or a lower-case verb or function word; never a noun it qualifies
 * ("Sudani forces") nor another capitalised word ("Sudani Army").
 */
function qualifiesNoNoun(view: TokenView, i: number, end: number): boolean {
  const next = i + 1;
  if (next >= end) return true;
  const kind = view.kind(next);
  if (kind === TokenKind.Possessive) return true;
  if (kind !== TokenKind.Word) return kind !== TokenKind.Number && kind !== TokenKind.Hyphen;
  if (!view.isLowerWord(next)) return false;
  const word = view.lower(next);
  return PERSON_VERBS.has(word) || SPEECH_VERBS.has(word) || WORDS_AFTER_A_NAME.has(word);
}

/** Lower-case words that follow a person's name and never a noun's adjective: "Sudani to power", "Sudani and Barzani". */
const WORDS_AFTER_A_NAME = new Set(
  `to and or of in on at for with from by who whom whose was were is has had have would will could should can may might
  also did does did not then as than later again himself herself`.split(/\s+/),
);

/** Words before a month or a compass point that make it a date or a region: "in May", "last May", "the North". */
const DATE_OR_REGION_BEFORE = new Set(
  `in on since until till by from to of last next this early late mid the every each during before after through
  between far up down out into toward towards across throughout around`.split(/\s+/),
);
