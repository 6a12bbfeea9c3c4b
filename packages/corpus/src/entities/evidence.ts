import { ENTITY_TYPES, type EntityType } from './types.js';

/**
 * Type evidence as weights per type, summed over an entity's mentions; the heaviest type wins.
 * Weights say how much a cue is worth, so that one strong cue (a title before a name) beats
 * several weak ones (a preposition before it).
 */
export const WEIGHT = {
  gazetteer: 6,
  userDeclared: 100,
  vesselPrefix: 6,
  title: 5,
  roleNoun: 4,
  headWord: 3,
  weakHeadWord: 1.5,
  contextNoun: 3,
  /** Outweighs a body's head word (3): "the Dogger Bank area", "the Rosebank oil field" are places. */
  siteNoun: 4,
  hyphenSuffix: 2.5,
  acronymOfExpansion: 1,
  productShape: 3,
  givenName: 1.5,
  loneGivenName: 0.5,
  surname: 0.7,
  coordination: 1.5,
  quotedWithAcronym: 2.5,
  quotedPhrase: 1,
  personShape: 1,
  siblingName: 2,
  family: 2,
  eponym: 2.5,
  preposition: 0.8,
  nearPreposition: 1.5,
  capitalisedArticle: 1,
  definiteArticle: 1.5,
  motionPreposition: 0.3,
  speechVerb: 0.3,
  personVerb: 1.5,
  personPossession: 2,
  pronounAfter: 1.5,
  honorific: 5,
  citedAuthor: 3,
  caseParty: 3,
  matchSide: 3,
  eponymousCondition: 5,
  generationSuffix: 4,
  acronym: 0.8,
  surnameReuse: 2.5,
  serialNumber: 1,
  city: 2,
  dateline: 4,
  /** Outweighs a person's shape (initials 1.5, a given name 1.5, the shape 1): "Gil Luria of D.A. Davidson". */
  foundersFirm: 5,
} as const;

export type Evidence = Float32Array;

/** An evidence vector as a draft keeps it (plain numbers, so that analyses are plain data) or as a typed array. */
export type EvidenceLike = { [type: number]: number; readonly length: number };

export function newEvidence(): Evidence {
  return new Float32Array(ENTITY_TYPES.length);
}

/**
 * Each type's place in a vector: a frozen object, not a Map, so that the optimizing compiler reads
 * `INDEX.person` as the constant it is (Map.get was a call and a hash look-up per weight added or read).
 */
const INDEX: Readonly<Record<EntityType, number>> = indexOfTypes();

function indexOfTypes(): Readonly<Record<EntityType, number>> {
  const index = {} as Record<EntityType, number>;
  ENTITY_TYPES.forEach((type, i) => (index[type] = i));
  return Object.freeze(index);
}

export function addEvidence(evidence: EvidenceLike, type: EntityType, weight: number): void {
  evidence[INDEX[type]]! += weight;
}

/** The weight evidence gives one type. */
export function weightOf(evidence: ArrayLike<number>, type: EntityType): number {
  return evidence[INDEX[type]]!;
}

/** Some weight for a type other than `type`: "Shiv Sena" says person only, "Han River" a place too. */
export function saysOtherThan(evidence: ArrayLike<number>, type: EntityType): boolean {
  const own = INDEX[type];
  for (let i = 0; i < evidence.length; i++) if (i !== own && evidence[i]! > 0) return true;
  return false;
}

/** No weight for any type: "Pep Guardiola" of "Pep Guardiola's team", before the census surname says a person. */
export function saysNothing(evidence: ArrayLike<number>): boolean {
  for (let i = 0; i < evidence.length; i++) if (evidence[i]! > 0) return false;
  return true;
}

export function mergeEvidence(into: EvidenceLike, from: ArrayLike<number>, scale = 1): void {
  for (let i = 0; i < into.length; i++) into[i]! += from[i]! * scale;
}

/** The sum of a vector's weights. */
export function totalWeight(evidence: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < evidence.length; i++) total += evidence[i]!;
  return total;
}

/**
 * A mention that shows its words are a name where it stands, and so vouches for them where they
 * open a sentence: written mid-sentence (or after a person's title, "Prince Harry and Meghan
 * visited Nigeria"), and if made of dictionary words, with some evidence ("at the Daily"; `total`:
 * its context's and its own words' weights summed).
 */
export function vouchesForNameMidSentence(form: { initial: boolean; commonWordsOnly: boolean; evidence: ArrayLike<number> }, total: number): boolean {
  return (!form.initial || weightOf(form.evidence, 'person') >= WEIGHT.title) && (!form.commonWordsOnly || total >= WEIGHT.preposition);
}

/** The heaviest type, or null when there is no evidence at all; of the sum of two vectors when `plus` is given. */
export function strongestType(evidence: ArrayLike<number>, plus?: ArrayLike<number>): { type: EntityType; weight: number; total: number } | null {
  let best = -1;
  let bestWeight = 0;
  let total = 0;
  for (let i = 0; i < evidence.length; i++) {
    const w = evidence[i]! + (plus ? plus[i]! : 0);
    total += w;
    if (w > bestWeight) {
      bestWeight = w;
      best = i;
    }
  }
  return best < 0 ? null : { type: ENTITY_TYPES[best]!, weight: bestWeight, total };
}
