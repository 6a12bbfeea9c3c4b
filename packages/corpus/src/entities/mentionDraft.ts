import type { Span } from '../text/positions.js';

/** The drafts an article's names become: what extraction hands to the corpus-wide merge. */

export const enum RegionKind {
  Title = 0,
  Body = 1,
  Caption = 2,
  Dateline = 3,
}

/**
 * A name found in an article, before the corpus-wide merge decides which entity it is. Every field
 * is set when a draft is made (makeDraft), none added later: drafts of one shape keep the
 * optimized code of the functions that read them (a flag added to some drafts of some files gave
 * them other hidden classes, and 3,000 files deoptimized those functions about 200 times).
 */
export interface MentionDraft {
  start: number;
  end: number;
  surface: string;
  key: string;
  region: RegionKind;
  /** Index into the file's sentence list. */
  sentence: number;
  /** Capitals prove nothing here: the name opens its sentence. */
  initial: boolean;
  /** One all-capitals word: an acronym. */
  acronym: boolean;
  /** Every capitalised word is a common English word ("Structural Problem Meets"). */
  commonWordsOnly: boolean;
  /**
   * Dictionary words that no mention of their file shows to be a name (none mid-sentence with
   * evidence around it, none a fuller name they could be a short form of): "Games were postponed
   * in Seville", "his theory of Frame semantics". Another file's use of the words ("the
   * Commonwealth Games … the Games") says nothing of these (set in fileAnalysis.ts).
   */
  unvouchedInFile: boolean;
  /** Written in quotes ("'Make America Great Again'"). */
  quoted: boolean;
  /** What the words around this mention say it is (weights per type, see evidence.ts): summed over an entity's mentions. */
  evidence: number[];
  /** What the name itself says it is (head word, given name, shape): counted once per form of an entity. */
  nameEvidence: number[];
  descriptions: string[];
  /** The key of the fuller name this short form stands for in the article ("putin" → "vladimir putin"). */
  link: string | null;
  /**
   * Keys of the first and last space-separated words of a name of two words or more, which a short
   * form may repeat ("Kim", "Putin"); empty for one-word names ("Komsomolsk-on-Amur" included).
   */
  shortFormKeys: string[];
  /**
   * The name modifies a word it is hyphenated to ("Akizuki-class", "Togo-flagged"), stands inside a
   * longer name ("Boston" in "Boston Red Sox") or names a relative the article introduces ("his
   * mother, Jennifer,"): never a short form of another name.
   */
  modifier: boolean;
  /**
   * A fuller name the article introduces as the relative of someone it named before by part of it
   * ("Alcaraz's father, Carlos Alcaraz González" after "Carlos Alcaraz"): the key of that name, of
   * which this one is no fuller form; null for any other name.
   */
  relativeOfNamesake: string | null;
  /**
   * A city its sentence makes a side of a fixture ("Kansas City visits the Raiders", "Buffalo's
   * final drive stalled"): the story's team named after that city, where it names one (shortForms.ts).
   */
  sideOfFixture: boolean;
  /**
   * One word its context makes an award ("won the Oscar for best picture", "Oscar nominations"): the
   * award the article names in full with that first word ("Pulitzer Prize"), else no short form at all
   * (it went to "Oscar Isaac"; shortForms.ts).
   */
  award: boolean;
  /**
   * One word its context makes a school ("educated at Harrow", "was sent to Harrow at the age of
   * 13"): the story's school of that word and a school's head ("Harrow School"), though the word
   * is a known place's, which alone stays the place (shortForms.ts).
   */
  school: boolean;
  /**
   * One word its context makes the town where someone lives, was born or grew up ("Holt, who lives
   * in Kelsworth"): no short form of the school, club or company the story names by it
   * ("Kelsworth School"; shortForms.ts).
   */
  home: boolean;
}

/**
 * A copy of a draft, field by field in makeDraft's order (articleMentions.ts): an object spread
 * (`{ ...draft }`) gave the copy another hidden class than the drafts makeDraft makes.
 */
export function copyDraft(d: MentionDraft): MentionDraft {
  return {
    start: d.start,
    end: d.end,
    surface: d.surface,
    key: d.key,
    region: d.region,
    sentence: d.sentence,
    initial: d.initial,
    acronym: d.acronym,
    commonWordsOnly: d.commonWordsOnly,
    unvouchedInFile: d.unvouchedInFile,
    quoted: d.quoted,
    evidence: d.evidence,
    nameEvidence: d.nameEvidence,
    descriptions: d.descriptions,
    link: d.link,
    shortFormKeys: d.shortFormKeys,
    modifier: d.modifier,
    relativeOfNamesake: d.relativeOfNamesake,
    sideOfFixture: d.sideOfFixture,
    award: d.award,
    school: d.school,
    home: d.home,
  };
}

export interface AliasDefinition {
  /** "cga", "台 積 電" */
  alias: string;
  /** "coast guard administration" */
  of: string;
  /** "otherName": "Abu Mohammed al-Jolani, also known as Ahmed al-Sharaa" (see aliasPhrases.ts). */
  kind: 'acronym' | 'translation' | 'otherName';
}

export interface ArticleMentions {
  mentions: MentionDraft[];
  aliases: AliasDefinition[];
  /** Acronyms the article defines as common terms ("maintenance, repair, and overhaul (MRO)"). */
  terms: string[];
}

export interface Region {
  kind: RegionKind;
  span: Span;
}
