import { nameKey } from '../../text/tokenize.js';
import { isCity, isKnownPlace } from '../gazetteer.js';
import { GENERATION_SUFFIXES, HEAD_WORDS, isGivenName, isTitleWord, LEGAL_SUFFIXES, MID_NAME_PARTICLES, NAME_PARTICLES, ROLE_NOUNS } from '../lexicon.js';
import { ENTITY_TYPES } from '../types.js';
import type { MentionDraft } from '../mentionDraft.js';

/**
 * "Kansas City Chiefs": a place, then people in the plural that a head word is too ("chiefs",
 * "guards"), names a team by its players, and the plural alone stands for it ("Chiefs coach Andy
 * Reid" was a team of its own).
 */
export function namesTeamByPlayers(key: string, lastSpace: number, last: string): boolean {
  if (lastSpace < 0 || !last.endsWith('s') || !ROLE_NOUNS.has(last.slice(0, -1))) return false;
  const place = key.slice(0, lastSpace);
  return isKnownPlace(place);
}

export const PATRONYMIC_PARTICLES = new Set(['bin', 'ibn', 'bint', 'binti']);

export function titleWord(description: string): string {
  return nameKey(description.slice(description.lastIndexOf(' ') + 1));
}

const PERSON = ENTITY_TYPES.indexOf('person');
const ORGANIZATION = ENTITY_TYPES.indexOf('organization');

/** A full name whose context and words say person more than anything else. */
export function isPersonWithName(d: MentionDraft): boolean {
  const sum = d.evidence.slice();
  for (let i = 0; i < sum.length; i++) sum[i]! += d.nameEvidence[i]!;
  return isPersonByContext(sum);
}

/**
 * A full name ending with a known place's word whose words and context say person. A country's name
 * is a surname only after a given name the lists know ("Michael Jordan"): "Météo France placed 16
 * departments on red alert … to help France" names no person "France" ("Météo" is no given name).
 * A city's name is many people's surname ("Denzel Washington", "Jack London").
 */
export function isPersonBearingPlace(d: MentionDraft): boolean {
  return isPersonWithName(d) && (isGivenName(d.shortFormKeys[0]!, true) || isCity(d.shortFormKeys[1]!));
}

/** Evidence that weighs more for a person than for anything else. */
export function isPersonByContext(evidence: readonly number[]): boolean {
  return outweighsTheRest(evidence, PERSON);
}

/** Evidence that weighs more for a body than for anything else. */
export function isBodyByContext(evidence: readonly number[]): boolean {
  return outweighsTheRest(evidence, ORGANIZATION);
}

/** Evidence for the type at `index` is above zero and above every other type's. */
export function outweighsTheRest(evidence: readonly number[], index: number): boolean {
  const weight = evidence[index]!;
  if (weight <= 0) return false;
  for (let i = 0; i < evidence.length; i++) if (i !== index && evidence[i]! >= weight) return false;
  return true;
}

/** The longest known place opening a name of two words or more: "tampa bay" of "tampa bay lightning". */
export function openingPlace(key: string): string | null {
  const words = key.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const place = words.slice(0, n).join(' ');
    if (isKnownPlace(place)) return place;
  }
  return null;
}

/** "red sox" of "boston red sox", "stock exchange" of "new york stock exchange": the two words or more after a known place opening a name. */
export function restAfterPlace(key: string): string | null {
  const last = key.lastIndexOf(' ');
  for (let space = key.indexOf(' '); space > 0 && space < last; space = key.indexOf(' ', space + 1)) {
    if (isKnownPlace(key.slice(0, space))) return key.slice(space + 1);
  }
  return null;
}
/**
 * Whether a capital may stand after a word's first character, as FUSED_CAPITALS and camelCaseInitials
 * need: an ASCII capital there, or any character beyond ASCII (left to the expressions' \p{Lu}).
 * "Washington", most one-word names, has none, and neither expression runs on it.
 */
export function mayHoldInnerCapital(surface: string): boolean {
  for (let i = 1; i < surface.length; i++) {
    const code = surface.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || code > 0x7f) return true;
  }
  return false;
}

/** "bobby" of 'robert " bobby " tanaka', "hitman" of 'thomas " the hitman " okoye': the words between a full name's quotes, with words before and after them; else null. */
export function quotedNicknameOf(key: string): string | null {
  const open = key.search(QUOTE_KEY_OPENING);
  if (open < 0) return null;
  const close = key.slice(open + 3).search(QUOTE_KEY_CLOSING);
  if (close <= 0) return null;
  // 'Thomas "The Hitman" Okoye … "The Hitman" lost his title': the mention alone is "Hitman", its "The" an article's.
  const words = key.slice(open + 3, open + 3 + close);
  return words.startsWith('the ') ? words.slice(4) : words;
}

/** A quotation mark as a key writes it, a word before it; one before the words after it. */
const QUOTE_KEY_OPENING = / ["“'‘«] (?=\S)/u;
const QUOTE_KEY_CLOSING = / ["”'’»] \S/u;

/** Of mentions, the first of each name (key, surface, words and relative alike): what depends on the name alone is worked out once. */
export function oneMentionPerName(mentions: Iterable<MentionDraft>): MentionDraft[] {
  const firstByKey = new Map<string, MentionDraft>();
  const first: MentionDraft[] = [];
  for (const d of mentions) {
    const seen = firstByKey.get(d.key);
    if (seen && seen.surface === d.surface && seen.shortFormKeys.length === d.shortFormKeys.length && seen.relativeOfNamesake === d.relativeOfNamesake) continue;
    if (!seen) firstByKey.set(d.key, d);
    first.push(d);
  }
  return first;
}

/** Capitalised words, and name particles between them ("Jaap de Hoop Scheffer"); no other lower-case word. */
export function capitalisedOrParticles(surface: string): boolean {
  const words = surface.split(/\s+/);
  return words.every((word, i) => /^\p{Lu}/u.test(word) || (i < words.length - 1 && (NAME_PARTICLES.has(word) || (word === 'y' && i > 0))) || !/\p{Ll}/u.test(word));
}

export function initialsOf(words: readonly string[]): string[] {
  let capitals = '';
  let all = '';
  for (const word of words) {
    const letters = /^(?:\p{Lu}\.)+$/u.test(word) ? word.replace(/\./g, '') : word.charAt(0);
    if (/^\p{Lu}/u.test(word)) capitals += letters;
    if (/^\p{L}/u.test(word)) all += letters.toUpperCase();
  }
  return all === capitals ? [capitals] : [capitals, all];
}

export function wordCount(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * "van der leyen" → "vn dr leyen": a surname's particles without their vowels, the rest as written,
 * so that "Critics said van der Leyen had ignored" finds "Ursula von der Leyen" (it was a person of
 * its own). The key itself where it opens with no particle.
 */
export function particleFold(key: string): string {
  const words = key.split(' ');
  if (words.length < 2 || !NAME_PARTICLES.has(words[0]!)) return key;
  return words.map((w, i) => (i < words.length - 1 && (NAME_PARTICLES.has(w) || MID_NAME_PARTICLES.has(w)) ? w.replace(/[aeiou]/g, '') : w)).join(' ');
}
export const WORDS_MEMO_LIMIT = 20_000;

/** Marks the byShortKey keys of transliterated surnames, so that no short form's own key meets them. */
export const TRANSLITERATED = '~';

/**
 * "He transferred to Brandeis … Brandeis University named a hall after him": a university, a
 * college or a school is called by the one word before its head, whichever comes first (the word
 * was a place of its own; "was sent to Westbrook at 13 … the governors of Westbrook School" a
 * person). "Harvard Medical School" is a part of Harvard, and stays apart.
 */
export function isClippedToItsWord(short: string, key: string): boolean {
  return key.length > short.length + 1 && CLIPPED_INSTITUTION_HEADS.has(key.slice(short.length + 1));
}

const CLIPPED_INSTITUTION_HEADS = new Set(['university', 'college', 'school']);

export function closesWithLegalForm(key: string): boolean {
  return LEGAL_SUFFIXES.has(key.slice(key.lastIndexOf(' ') + 1));
}

/** "jr" of "donald trump jr": the generation a name's key ends with, if any. */
export function generationOf(key: string): string | null {
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return key.includes(' ') && GENERATION_SUFFIXES.has(last) ? last : null;
}

/** "Ford Motor Company", "Apple Inc.": dictionary words, but a body's by its last word; no column's name ("Savage Love"). */
export function closesWithBodyWord(key: string): boolean {
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return HEAD_WORDS.get(last) === 'organization' || LEGAL_SUFFIXES.has(last);
}

/**
 * "von der leyen" of "ursula von der leyen", "le pen" of "marine le pen": the particles before a
 * name's last word and that word, the surname as written alone ("Von der Leyen said"); null when no
 * particle comes before the last word or nothing comes before the particles.
 */
export function particleSurnameOf(key: string): string | null {
  // Read by positions in the key, not split into words: it is asked of every full name of every
  // article ("marloes van der veen": the start moves from "veen" back over "der" and "van").
  const lastStart = key.lastIndexOf(' ') + 1;
  let start = lastStart;
  // The word before the one at `start` is a particle, and it is not the name's first word.
  while (start >= 2) {
    const previousStart = key.lastIndexOf(' ', start - 2) + 1;
    const particle = key.slice(previousStart, start - 1);
    if (previousStart === 0 || (!NAME_PARTICLES.has(particle) && !MID_NAME_PARTICLES.has(particle))) break;
    start = previousStart;
  }
  return start < lastStart ? key.slice(start) : null;
}

export const NO_WORDS: readonly string[] = [];

/**
 * "John Lee Ka-chiu", "Christopher Hui Ching-yu", "Regina Ip Lau Suk-yee": Hong Kong's way of
 * writing a name, an English given name, the family name, and a Chinese given name hyphened in lower
 * case. The family name after the English one stands for the name ("Lee said", "Mr Hui"), as does
 * the name without the English given name ("Lee Ka-chiu"); the key of that family name, or null.
 */
export function surnameAfterEnglishNameOf(d: Pick<MentionDraft, 'key' | 'surface'>): string | null {
  const surfaceWords = d.surface.split(' ');
  if (surfaceWords.length !== 3 && surfaceWords.length !== 4) return null;
  if (!HYPHENED_CHINESE_GIVEN_NAME.test(surfaceWords[surfaceWords.length - 1]!) || !surfaceWords.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  const words = d.key.split(' ');
  const [given, family] = words as [string, string];
  // A Chinese family name is one short syllable, and may be a word as well ("Lee", "Tang").
  return isGivenName(given, true) && family.length <= 6 && !NAME_PARTICLES.has(family) ? family : null;
}

/** "Ka-chiu", "Ching-yu", "Suk-yee": a Chinese given name's two syllables, hyphened, the second in lower case. */
const HYPHENED_CHINESE_GIVEN_NAME = /^\p{Lu}\p{Ll}{0,5}-\p{Ll}{1,6}$/u;

/** "Lord Cameron", "Father Lombardi": a title and one word. */
export function isTitleAndOneWord(d: MentionDraft): boolean {
  return d.shortFormKeys.length === 2 && isTitleWord(d.shortFormKeys[0]!) && isTitledKey(d.key);
}

export function isTitledKey(key: string): boolean {
  const space = key.indexOf(' ');
  return space > 0 && key.indexOf(' ', space + 1) < 0 && isTitleWord(key.slice(0, space));
}

/** The key seen most recently in `seen`, if any. */
export function choose(keys: readonly string[], seen: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestAt = -1;
  for (const key of keys) {
    const at = seen.get(key);
    if (at !== undefined && at > bestAt) {
      best = key;
      bestAt = at;
    }
  }
  return best;
}
