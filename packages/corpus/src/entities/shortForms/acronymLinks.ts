import { nameKey } from '../../text/tokenize.js';
import { gazetteer, isKnownPlace } from '../gazetteer.js';
import { COMPANY_GROUP_WORDS, CONNECTOR_ACRONYM, connectorAcronymLetters, isBodyWord, LEGAL_SUFFIXES } from '../lexicon.js';
import type { MentionDraft } from '../mentionDraft.js';
import { mayHoldInnerCapital, oneMentionPerName, initialsOf, closesWithLegalForm, NO_WORDS } from './nameKeyWords.js';

/**
 * "MIT" in a story that names the "Massachusetts Institute of Technology": an acronym no parenthesis
 * defined, made of the initials of exactly one of the story's names, is that name. So is a body's
 * acronym the lists know by its letters alone ("UEFA said … The Union of European Football
 * Associations fined City" gave two bodies; isKnownBodysLetters).
 */
export function linkAcronyms(story: MentionDraft[]): void {
  const known = gazetteer().byKey;
  const unexplained = (d: MentionDraft) => (d.acronym || isAmpersandInitials(d.surface) || DOTTED_INITIALS.test(d.surface) || isHyphenedInitials(d.surface)) && !d.link && (!known.has(d.key) || isKnownBodysLetters(d));
  if (!story.some(unexplained)) return;
  const initials = indexInitials(story);
  for (const d of story) {
    if (!unexplained(d)) continue;
    // "J&J" of "Johnson & Johnson": the ampersand is no letter of either.
    // "H-P" of "Hewlett-Packard Co.": the hyphen is no letter either.
    const letters = CONNECTOR_ACRONYM.test(d.surface) ? connectorAcronymLetters(d.surface) : d.surface.replace(/[.&-]/g, '').toUpperCase();
    // "Analysts at S&P said banks in São Paulo": an ampersand's initials stand for two names joined, no one name.
    if (isAmpersandInitials(d.surface)) {
      const joined = initials.byJoinedInitials.get(letters);
      if (joined) d.link = joined;
      continue;
    }
    const target = initials.byInitials.has(letters) ? initials.byInitials.get(letters) : initials.byInitialsAfterPlace.get(letters);
    if (target) d.link = target;
  }
}

/** The story's names by the letters that may stand for them; null where two names share the letters. */
interface InitialsIndex {
  byInitials: Map<string, string | null>;
  /** Without a place opening the name: "NHTSA" of the "U.S. National Highway Traffic Safety Administration". */
  byInitialsAfterPlace: Map<string, string | null>;
  /** Of names joined by "&" or "and": "J&J" of "Johnson & Johnson". */
  byJoinedInitials: Map<string, string | null>;
}

function indexInitials(story: readonly MentionDraft[]): InitialsIndex {
  const known = gazetteer().byKey;
  const byInitials = new Map<string, string | null>();
  const byInitialsAfterPlace = new Map<string, string | null>();
  const byJoinedInitials = new Map<string, string | null>();
  const add = (map: Map<string, string | null>, initials: string, key: string) => map.set(initials, map.has(initials) && map.get(initials) !== key ? null : key);
  let unlinked: Set<string> | undefined;
  // A name's letters are its words': each name once, its other mentions would add the same letters.
  for (const d of oneMentionPerName(story.filter((m) => !m.link))) {
    const words = d.surface.split(/[\s-]+/);
    const initials = d.shortFormKeys.length > 0 ? initialsOf(words) : [camelCaseInitials(d.surface)];
    for (const letters of initials) if (letters.length >= 2) add(byInitials, letters, d.key);
    const joined = JOINED_NAME.test(d.surface);
    if (joined) for (const letters of initials) if (letters.length >= 2) add(byJoinedInitials, letters, d.key);
    // "P&G" of "Procter & Gamble Co.", "BMS" of "Bristol Myers Squibb Co.": the legal form is no letter of it.
    const bare = d.shortFormKeys.length > 0 ? withoutLegalFormWords(words) : words;
    // "H&F" of "Harlow & Finch Group Plc" or "Harlow & Finch Group": the group's word is none either,
    // unless the story names the company without it apart ("Harlow & Finch (H&F)"), which spells the letters.
    const ungrouped = withoutGroupWords(bare);
    for (const stem of [bare, ungrouped]) {
      if (stem.length === words.length || (stem === ungrouped && (stem.length === bare.length || (unlinked ??= new Set(story.filter((f) => !f.link).map((f) => f.key))).has(nameKey(stem.join(' ')))))) continue;
      // "ICBC" of "Industrial and Commercial Bank of China Ltd.", though its words are joined by "and".
      for (const letters of initialsOf(stem)) if (letters.length >= 2) for (const map of joined ? [byInitials, byJoinedInitials] : [byInitials]) add(map, letters, d.key);
    }
    // "CDC" of the "Centers for Disease Control and Prevention": the words before a last "and" may keep the older name's letters.
    for (const letters of initialsOf(wordsBeforeLastAnd(words))) if (letters.length >= 3) add(byInitials, letters, d.key);
    // "HHS" of the "Department of Health and Human Services", "HUD" of the "Department of Housing and Urban Development": the field after a lone body word and "of".
    if (words.length > 3 && words[1] === 'of' && isBodyWord(words[0]!.toLowerCase())) {
      const [capitals] = initialsOf(words.slice(2));
      if (capitals!.length >= 3) add(byInitials, capitals!, d.key);
    }
    // "NHTSA" of the "U.S. National Highway Traffic Safety Administration", "DOJ" of the "U.S. Department of Justice": the country before a body is no letter of it.
    if (words.length > 2 && known.get(d.shortFormKeys[0]!)?.type === 'place') {
      for (const letters of initialsOf(words.slice(1))) if (letters.length >= 3) add(byInitialsAfterPlace, letters, d.key);
    }
  }
  return { byInitials, byInitialsAfterPlace, byJoinedInitials };
}

/** "L.A. Times": capitals each with its period, then the rest of a name. */
const DOTTED_OPENING = /^((?:\p{Lu}\.){2,}) (.+)$/u;
/** "UP Police": two to four capitals without periods, then the rest of a name. */
const CAPITALS_OPENING = /^(\p{Lu}{2,4}) (.+)$/u;

/**
 * "The Los Angeles Times reported … The L.A. Times said": a name opening with the dotted initials
 * of the words a fuller name of the story opens with, the rest the same, is that name. Not "L.A.
 * Times" beside the "New York Times" (other initials), nor beside "Lake Arrowhead Times" too (two),
 * nor "U.S. Congress", whose listed letters name a country. Capitals without periods stand so for
 * a place the lists know: "UP Police" after "the Uttar Pradesh Police".
 */
export function linkDottedOpenings(story: MentionDraft[]): void {
  if (!story.some(opensWithInitials)) return;
  for (const d of story) {
    const match = opensWithInitials(d);
    if (!match) continue;
    const [, initials, rest] = match;
    const letters = initials!.replace(/\./g, '');
    // "U.S. Congress": a country's letters the lists hold are the merge's to spell (countryFirstKey).
    if (gazetteer().byKey.has(letters.toLowerCase())) continue;
    const dotted = letters !== initials;
    let target: string | null | undefined;
    for (const full of story) {
      if (full.link || full.key === d.key || !full.surface.endsWith(` ${rest}`)) continue;
      const head = full.surface.slice(0, -rest!.length - 1).split(' ');
      if (head.length < 2 || !initialsOf(head).includes(letters) || (!dotted && !isKnownPlace(nameKey(head.join(' '))) && !isUniversityOfPlace(head))) continue;
      target = target === undefined || target === full.key ? full.key : null;
    }
    if (target) d.link = target;
  }
}

/**
 * "University of California," of "University of California, Berkeley", "University of Texas at" of
 * "University of Texas at Austin": a university of a place the lists know, whose capitals open the
 * names of its campuses ("UC Berkeley", "UT Austin"), as a place's do ("UP Police").
 */
function isUniversityOfPlace(head: readonly string[]): boolean {
  if (head.length < 3 || head[0] !== 'University' || head[1] !== 'of') return false;
  const place = head.slice(2, head.at(-1) === 'at' ? -1 : undefined).join(' ').replace(/,$/, '');
  return place.length > 0 && isKnownPlace(nameKey(place));
}

/** "Africa CDC": words, then two to five capitals closing the name. */
const CAPITALS_CLOSING = /^(.+) (\p{Lu}{2,5})$/u;

/**
 * "The Africa Centres for Disease Control and Prevention said … director-general of Africa CDC": a
 * name whose opening words are those a fuller name of the story opens with, closed by the capitals
 * of that name's other words, is that name (they were two bodies). The letters are the other words'
 * as an acronym takes them ("CDC" of "Centres for Disease Control", the words before a last "and").
 * Not where two of the story's names give those letters after those words.
 */
export function linkClosingInitials(story: MentionDraft[]): void {
  for (const d of story) {
    const match = d.link || d.shortFormKeys.length === 0 ? null : CAPITALS_CLOSING.exec(d.surface);
    if (!match || !/\p{Ll}/u.test(match[1]!)) continue;
    const [, opening, letters] = match;
    let target: string | null | undefined;
    for (const full of story) {
      if (full.link || full.key === d.key || !full.surface.startsWith(`${opening} `)) continue;
      const rest = full.surface.slice(opening!.length + 1).split(/[\s-]+/);
      if (rest.length < 2 || ![...initialsOf(rest), ...initialsOf(wordsBeforeLastAnd(rest))].includes(letters!)) continue;
      target = target === undefined || target === full.key ? full.key : null;
    }
    if (target) d.link = target;
  }
}

/** "DPDP Act", "RTI Act", "POCSO Bill": two to six capitals, then a law's head word. */
const LAWS_LETTERS = /^(\p{Lu}{2,6}) (Act|Bill|Code)$/u;

/**
 * "The Digital Personal Data Protection Act, 2023 … Under the DPDP Act, firms must": a law named by
 * capitals and its head word is the story's one law with that head whose other words give those
 * letters, as an acronym takes them ("RTI Act" of the "Right to Information Act"; each was a law of
 * its own). Not where two of the story's laws give the letters.
 */
export function linkLawsLetters(story: MentionDraft[]): void {
  for (const d of story) {
    const match = d.link ? null : LAWS_LETTERS.exec(d.surface);
    if (!match) continue;
    const [, letters, head] = match;
    let target: string | null | undefined;
    for (const full of story) {
      if (full.link || full.key === d.key || !full.surface.endsWith(` ${head}`)) continue;
      const words = full.surface.slice(0, -head!.length - 1).split(/[\s-]+/);
      if (words.length < 2 || !initialsOf(words).includes(letters!)) continue;
      target = target === undefined || target === full.key ? full.key : null;
    }
    if (target) d.link = target;
  }
}

/** The initials and the rest of a name opening "L.A. Times" or "UP Police", if it opens so and is linked to nothing yet. */
function opensWithInitials(d: MentionDraft): RegExpExecArray | null {
  if (d.link) return null;
  const second = d.surface.charCodeAt(1);
  if (second === 46) return DOTTED_OPENING.exec(d.surface);
  return second >= 65 && second <= 90 ? CAPITALS_OPENING.exec(d.surface) : null;
}

/**
 * "UEFA", "FIFA", "HSBC": an acronym of three letters or more that the lists know as a body and by
 * no spelled-out name, so that only the story's own name of those initials can spell it. Not "NATO",
 * whose spelled name the lists hold, nor a place's letters ("UAE").
 */
function isKnownBodysLetters(d: MentionDraft): boolean {
  const entry = gazetteer().byKey.get(d.key);
  return d.acronym && d.key.length >= 3 && entry?.type === 'organization' && !entry.aliases.some((alias) => alias.includes(' '));
}

/**
 * "Taiwan Semiconductor Manufacturing Co. … TSMC said", where the lists write "… Manufacturing
 * Company": a listed company's acronym is the story's one company (a name closing with a legal
 * form) whose initials it is. "TSMC" beside "Acme Semiconductor Manufacturing Co." stays the lists'.
 */
export function linkListedCompanyAcronyms(story: MentionDraft[]): void {
  const known = gazetteer().byKey;
  const listedCompany = (d: MentionDraft) => d.acronym && !d.link && known.get(d.key)?.type === 'organization';
  if (!story.some(listedCompany)) return;
  const byInitials = new Map<string, string | null>();
  for (const d of story) {
    if (d.link || d.shortFormKeys.length === 0 || !closesWithLegalForm(d.key)) continue;
    const words = d.surface.split(/[\s-]+/);
    // "TSMC" takes the legal form's letter, "ICBC" of "Industrial and Commercial Bank of China Ltd." none.
    for (const letters of [...initialsOf(words), ...initialsOf(withoutLegalFormWords(words))]) {
      if (letters.length >= 3) byInitials.set(letters, byInitials.has(letters) && byInitials.get(letters) !== d.key ? null : d.key);
    }
  }
  for (const d of story) if (listedCompany(d)) d.link = byInitials.get(d.surface) ?? null;
}

/** "Centers", "for", "Disease", "Control" of the "Centers for Disease Control and Prevention": none without an "and" after the second word. */
function wordsBeforeLastAnd(words: readonly string[]): readonly string[] {
  const and = words.lastIndexOf('and');
  return and > 1 ? words.slice(0, and) : NO_WORDS;
}

/** "Procter", "&", "Gamble" of "Procter & Gamble Co.": a name's words without the legal forms closing it, two words at least. */
function withoutLegalFormWords(words: readonly string[]): readonly string[] {
  let end = words.length;
  while (end > 2 && LEGAL_SUFFIXES.has(nameKey(words[end - 1]!))) end--;
  return end < words.length ? words.slice(0, end) : words;
}

/** "Harlow", "&", "Finch" of "Harlow", "&", "Finch", "Group": without the group's words closing them, two words at least. */
function withoutGroupWords(words: readonly string[]): readonly string[] {
  let end = words.length;
  while (end > 2 && COMPANY_GROUP_WORDS.has(nameKey(words[end - 1]!))) end--;
  return words.slice(0, end);
}

/** "L.A." for "Los Angeles", "N.O." for "New Orleans": capitals each with its period, of a story's name (the lists hold "U.S.", "U.K."). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;
/** Capitals joined by ampersands, "J&J", "P&G": an acronym, though "J" alone is no word in capitals. */
const AMPERSAND_INITIALS = /^\p{Lu}+(?:&\p{Lu}+)+$/u;

/** AMPERSAND_INITIALS ("AT&T", "P&G"), run only on a surface with an ampersand. */
function isAmpersandInitials(surface: string): boolean {
  return surface.includes('&') && AMPERSAND_INITIALS.test(surface);
}
/** "H-P" of "Hewlett-Packard", "A-B" of "Anheuser-Busch": single capitals joined by hyphens, the initials of a hyphened name. */
const HYPHENED_INITIALS = /^\p{Lu}(?:-\p{Lu})+$/u;

function isHyphenedInitials(surface: string): boolean {
  return surface.length <= 7 && surface.includes('-') && HYPHENED_INITIALS.test(surface);
}
/** A name of two joined by "&" or "and": "Johnson & Johnson", "Marks and Spencer", whose initials an ampersand's acronym takes. */
const JOINED_NAME = /\s(?:&|and)\s/u;

/**
 * The capitals of one word written in two parts or more: "LibriVox" gives "LV", "PlayStation" "PS",
 * the Dutch party "BoerBurgerBeweging" "BBB" ("the BBB's leader" was a body of its own). Not of a
 * surname's prefix ("McDonald", "DeSantis", "MacArthur"): "" then.
 */
function camelCaseInitials(surface: string): string {
  if (!mayHoldInnerCapital(surface) || !/^\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)+$/u.test(surface) || /^Ma?c/.test(surface)) return '';
  return surface.replace(/\p{Ll}+/gu, '');
}
