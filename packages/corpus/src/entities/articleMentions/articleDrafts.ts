import { TokenKind } from '../../text/tokenize.js';
import { WEIGHT, strongestType } from '../evidence.js';
import { gazetteer, isCity } from '../gazetteer.js';
import { FAMILY_NUMERALS, PATRON_TITLES, REGNAL_TITLES, HEAD_WORDS, isCommonWord, isFrequentSurname, isGivenName, isListedSurname, KUNYA_WORDS, MID_NAME_PARTICLES, NAME_PARTICLES, WordClass } from '../lexicon.js';
import { withoutGenerationSuffix } from '../nameRuns/runWords.js';
import type { RoleWords } from '../roleMentions.js';
import type { NamePart } from '../refineRun/nameParts.js';
import { WordSurnames } from '../wordSurnames.js';
import { TokenView } from '../tokenView.js';
import { RegionKind, type AliasDefinition, type MentionDraft } from '../mentionDraft.js';

/** An office written alone ("the Secretary"), with the sentence it stands in: see withRoleMentions. */
export interface RoleInSentence extends RoleWords {
  region: RegionKind;
  sentence: number;
  sentenceFirst: number;
  sentenceEnd: number;
}

export interface DraftWithTokens {
  draft: MentionDraft;
  part: NamePart;
  view: TokenView;
  first: number;
  end: number;
  sentenceFirst: number;
  sentenceEnd: number;
  /** The sentence capitalises most of its words (a headline repeated in a list, a teaser): its capitals prove little. */
  titleCase: boolean;
  /** The sentence is written in capitals throughout ("4.1. LIMITATIONS AND FUTURE DIRECTIONS."): its capitals prove nothing. */
  shouted: boolean;
  /** The name stands inside a quotation in title case ('a note called "Risks Skewed To The Downside"'): its capitals prove nothing. */
  inQuotedTitle: boolean;
}

/**
 * A copy of a found name with some of its fields changed. Every found name is made with its
 * fields in makeDraft's order, here and there, and none is added later, so that all have one
 * hidden class: spread copies (`{ ...f, inQuotedTitle: false }`) and flags set on some names only
 * gave them others, and the functions reading found names were deoptimized again each time a
 * file first brought one (a title-case headline, a shouted sentence).
 */
export function changedFound(f: DraftWithTokens, changes: Partial<DraftWithTokens>): DraftWithTokens {
  const copy: DraftWithTokens = {
    part: f.part,
    draft: f.draft,
    view: f.view,
    first: f.first,
    end: f.end,
    sentenceFirst: f.sentenceFirst,
    sentenceEnd: f.sentenceEnd,
    titleCase: f.titleCase,
    shouted: f.shouted,
    inQuotedTitle: f.inQuotedTitle,
  };
  return Object.assign(copy, changes);
}

/** What extractArticleMentions gathers of one article as it reads its regions' sentences. */
export interface ArticleDrafts {
  found: DraftWithTokens[];
  aliases: AliasDefinition[];
  terms: string[];
  roles: RoleInSentence[];
  wordSurnames: WordSurnames;
  surnamesOfPeople: Set<string>;
  /** Keys of bodies the article named as a text's part, by a cue before them: "the rights group Article 19" (see addDocumentPartBodies). */
  documentPartBodies: Set<string>;
}



/** A typed evidence vector as plain numbers (analyses are plain data); Array.from iterates, which was a third of makeDraft. */
export function plainNumbers(values: Float32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) out.push(values[i]!);
  return out;
}

/** Keys of the first and last space-separated words ("kim" and "jong un" for "Kim Jong-un"). */
export function spaceSeparatedKeys(view: TokenView, first: number, nameEnd: number): string[] {
  // "King", not "Jr", is the surname of "Martin Luther King Jr."; "Sotto", not "III", of "Vicente Sotto III".
  const end = withoutFamilyNumeral(view, first, withoutGenerationSuffix(view, first, nameEnd));
  let lastWordStart = -1;
  let firstWordEnd = -1;
  for (let i = first + 1; i < end; i++) {
    if (view.spaceBefore(i)) {
      if (firstWordEnd < 0) firstWordEnd = i;
      lastWordStart = i;
    }
  }
  if (firstWordEnd < 0 || isParticleSurname(view, first, lastWordStart) || isKunyaAlone(view, first, firstWordEnd, lastWordStart, end)) return [];
  return [view.keyOf(first, firstWordEnd), view.keyOf(lastWordStart, end)];
}

/**
 * "Abu Yusuf, who took over the group": "Abu" or "Umm" and a given name are one name, a kunya, no
 * given name and surname; alone it may stand for the longer name it opens ("Abu Yusuf al-Halabi").
 */
function isKunyaAlone(view: TokenView, first: number, firstWordEnd: number, lastWordStart: number, end: number): boolean {
  if (firstWordEnd !== lastWordStart || firstWordEnd !== first + 1 || lastWordStart + 1 !== end) return false;
  return KUNYA_WORDS.has(view.lower(first)) && isGivenName(view.lower(lastWordStart), true);
}

/**
 * "Vicente Sotto III", "Benigno Aquino III", "Jose dela Cruz III": a numeral after a given name and a
 * surname is the family's generation, as "Jr." is, and the surname before it stands for the person
 * ("Sotto said" was another person). Not a ruler's or a pope's ("Pope John Paul II"), nor a
 * sequel's or a war's after a dictionary word ("World War II").
 */
function withoutFamilyNumeral(view: TokenView, first: number, end: number): number {
  const last = end - 1;
  if (end - first < 3 || !FAMILY_NUMERALS.has(view.lower(last)) || !view.isAllCaps(last) || !view.spaceBefore(last)) return end;
  if (isCommonWord(view.lower(first)) || isCommonWord(view.lower(last - 1)) || !view.isCapitalized(last - 1)) return end;
  const before = view.wordBefore(first);
  return before >= 0 && (REGNAL_TITLES.has(view.lower(before)) || PATRON_TITLES.has(view.lower(before))) ? end : last;
}

/** "Von der Leyen", "Le Pen", "da Silva", "Ten Hag": particles and one word are a surname alone, no full name. */
function isParticleSurname(view: TokenView, first: number, lastWordStart: number): boolean {
  for (let i = first; i < lastWordStart; i++) if (view.kind(i) !== TokenKind.Word || !isSurnamesParticle(view.lower(i))) return false;
  return true;
}

/** "von", "le", and the Dutch "ten" ("Ten Hag said" after "Erik ten Hag"); not a given name's "Des" ("Des Smith"). */
function isSurnamesParticle(lower: string): boolean {
  return NAME_PARTICLES.has(lower) || (MID_NAME_PARTICLES.has(lower) && !isGivenName(lower));
}

export function namesBodyByItsWords(d: MentionDraft): boolean {
  const strongest = strongestType(d.nameEvidence);
  return !!strongest && strongest.type === 'organization' && strongest.weight >= WEIGHT.headWord;
}

/** Every word of tokens [first, end) is in the dictionary or a head word ("Launch Talks"); acronyms are not. */
export function allDictionaryWords(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    if (view.kind(i) !== TokenKind.Word) continue;
    if (view.isAllCaps(i) || !(view.hasClass(i, WordClass.Common) || view.hasClass(i, WordClass.Head) || view.hasClass(i, WordClass.Stop))) return false;
  }
  return true;
}

/**
 * Places that are given names too, which the English name lists lack: "Paris Hilton … Hilton said",
 * "India Walton … Walton", "Kenya Moore … Moore" are one person each, no place and a surname.
 */
const PLACES_GIVEN_AS_NAMES: ReadonlySet<string> = new Set(['paris', 'india', 'kenya', 'asia', 'dakota', 'brooklyn']);

/** A given name opens the run at `first`: a listed one, or a place given as a name where no preposition of place stands before it ("talks in India Modi hosted"). */
export function opensWithGivenName(view: TokenView, first: number): boolean {
  const opener = view.lower(first);
  if (isGivenName(opener, true)) return true;
  return PLACES_GIVEN_AS_NAMES.has(opener) && (first === 0 || !PLACE_PREPOSITIONS_BEFORE.has(view.lower(first - 1)));
}

const PLACE_PREPOSITIONS_BEFORE = new Set(['in', 'at', 'from', 'to', 'into', 'across', 'near', 'outside']);

/**
 * "Chase Strangio of the ACLU argued", then "Strangio said": a given name that is a word too ("Chase",
 * "Hope", "Will") before one word no list holds is a person's whole name, though the surname stands
 * alone later. Not before a place the lists know ("Will Kyiv fall?") or a dictionary word.
 */
export function isGivenNameBeforeSurname(opener: string, restKey: string, titled: boolean, owns = false): boolean {
  if (NAME_PARTICLES.has(opener) || gazetteer().byKey.has(restKey)) return false;
  // "Santiago Ramón y Cajal … Ramón y Cajal studied": two surnames joined by the Spanish "y".
  const words = restKey.split(' ').filter((w, i, all) => !(w === 'y' && i === 1 && all.length === 3));
  // "Governor Victoria Rodríguez Ceja … Rodríguez Ceja noted": two surnames; "Governor Victoria
  // Smith … Smith noted": after a person's title, a listed surname though a word.
  if (words.length > 2) return false;
  // A listed surname that some small town bears too ("Rodriguez") after the title as well; "Will Kyiv fall?" has none.
  const listed = (w: string) => titled && isListedSurname(w);
  // "Paris Jackson … Jackson said": one of the census's most frequent surnames is a surname, though a city bear it too.
  // "Nick Berry, defending, said … Mr Berry said": one of the census's most frequent surnames, though a word,
  // after a given name that opens no question ("Will Price rise?") is a surname (it was "Berry" alone).
  // "Will Smith's R-rated heist pic Focus won": a modal's given name owning something in a sentence
  // that asks nothing opens no question (it was "Smith" alone).
  const frequent = (w: string) => words.length === 1 && (!QUESTION_OPENING_NAMES.has(opener) || owns) && isFrequentSurname(w);
  const surname = (w: string) => (!isCommonWord(w) || listed(w) || frequent(w)) && !HEAD_WORDS.has(w) && !gazetteer().byKey.has(w) && (!isCity(w) || listed(w) || isFrequentSurname(w));
  return words.every(surname);
}

/** Given names that are modals or auxiliaries opening a question: "Will Price rise?", "May Day". */
const QUESTION_OPENING_NAMES = new Set(['will', 'may', 'can', 'did', 'shall']);
