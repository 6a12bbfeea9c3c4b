import { TokenKind } from '../text/tokenize.js';
import { wordBeforeSpaces } from '../text/wordBefore.js';
import { namesAPeople } from './gazetteer.js';
import { ARTICLES, HEAD_WORDS, isCommonWord, isGivenName, NAME_PARTICLES, PARTY_MEMBERS, PEOPLE_QUALIFIERS, PRECEDING_TYPE_CUES, WordClass, WORK_NOUNS } from './lexicon.js';
import type { NameRun } from './nameRuns/runSteps.js';
import type { TokenView } from './tokenView.js';
import { type NamePart, namesAVessel, part, noDictionaryWords, GROUP_ADJECTIVES } from './refineRun/nameParts.js';
import { isAddressStyleBeforeTitle } from './refineRun/titleWords.js';
import { isTemperatureScale, isMeasureAfterCount, isAdjectiveOfNameBeforeNoun, isIdentifierPiece, districtAfterPartyLetter, opensWithHouseStyleDescriptor, afterHonoursStyle, isStyleBeforeTitle, isShoutedNumberOpener, isCompassAdjectiveBeforeNoun, isRegionsPeopleBeforeNoun, isAppositivePost, classRankBefore, isRankAbbreviationsOnly, withoutPostNominals, withoutRolePlural, isPartysAdjectiveBeforeMembers } from './refineRun/runTrims.js';
import { officeParts } from './refineRun/officeParts.js';
import { followsRoleOf, holderStart } from './refineRun/bodyHolders.js';
import { splitTitle, personAfterBody } from './refineRun/splitTitle.js';
import { plainParts } from './refineRun/plainParts.js';

/**
 * Cuts a run into names: drops a sentence-initial common word ("Losing Pokrovsk"), separates
 * titles ("Russian President Vladimir Putin") and nationality words ("Donbas Russian"), and
 * splits names joined by a hyphen ("US-Russia").
 */
export function refineRun(view: TokenView, run: NameRun): NamePart[] {
  const { first } = run;
  const district = districtAfterPartyLetter(view, first, run.end);
  if (district > first) return refineRun(view, { ...run, first: district, sentenceInitial: false, hyphenJoins: run.hyphenJoins.filter((j) => j > district) });
  if (opensWithHouseStyleDescriptor(view, first, run.end)) return refineRun(view, { ...run, first: first + 1, sentenceInitial: false, hyphenJoins: run.hyphenJoins.filter((j) => j > first + 1) });
  if (run.end - first === 1 && isTemperatureScale(view, first)) return [];
  if (run.end - first === 1 && (isMeasureAfterCount(view, first) || isIdentifierPiece(view, first) || isAdjectiveOfNameBeforeNoun(view, first))) return [];
  if (isRankAbbreviationsOnly(view, first, run.end)) return [];
  const classRank = classRankBefore(view, first, run.end);
  if (classRank === -2) return [];
  if (classRank >= 0) return refineRun(view, { ...run, first: classRank, sentenceInitial: false, hyphenJoins: run.hyphenJoins.filter((j) => j > classRank) });
  const beforeRoles = withoutPostNominals(view, first, run.end);
  const end = withoutRolePlural(view, first, beforeRoles);
  // "Several Conservative MPs rebelled": a party's adjective before its members names no one; nor
  // before one member, "a Conservative MP said" ("MP" was cut as a post-nominal), nor before members the
  // run leaves out, "Conservative MP James Arkwell said" (each left "Conservative" other). A party's
  // name the lists know stays the party, as "Labour MPs" is: "Tory MPs".
  if (end < beforeRoles && PARTY_MEMBERS.has(view.lower(end - 1))) return [];
  if (isPartysAdjectiveBeforeMembers(view, first, end, run.end)) return [];
  // "Young Palestinians protested", "Two Americans were detained": a people qualified at the sentence's start.
  if (run.sentenceInitial && end - first === 2 && PEOPLE_QUALIFIERS.has(view.lower(first)) && namesAPeople(view.key(first + 1))) return [];
  if (isStyleBeforeTitle(view, first, end) || isCompassAdjectiveBeforeNoun(view, first, end) || isRegionsPeopleBeforeNoun(view, first, end) || isShoutedNumberOpener(view, run, end)) return [];
  if (isAppositivePost(view, first, end)) return [];
  const named = afterHonoursStyle(view, first, end);
  if (named > first) return [part(named, end, view.slice(first, named), false, run.hyphenSuffix, first)];
  return constituencyParts(view, run, end) ?? definedAcronymParts(view, run, end) ?? officeParts(view, run, end) ?? holderAfterBodyParts(view, run, end) ?? titledParts(view, run, end) ?? plainParts(view, run, end);
}

/**
 * "the Awami League (AL) … AL Jahangir Kabir Nanak said": letters the article defined in brackets
 * before a person's name are the body's, no word of the person's (it was one person "AL Jahangir
 * Kabir Nanak"). The person's first word is no dictionary word and no word is a body's head: "UN
 * Security Council" after "(UN)" stays one name. Undefined where the run is no such pair.
 */
function definedAcronymParts(view: TokenView, run: NameRun, end: number): NamePart[] | undefined {
  const { first } = run;
  if (end - first < 3 || !view.isAllCaps(first) || view.length(first) < 2 || view.kind(first) !== TokenKind.Word || !view.spaceBefore(first + 1)) return undefined;
  const opener = first + 1;
  if (!view.isWord(opener) || !view.isCapitalized(opener) || view.isAllCaps(opener) || isCommonWord(view.lower(opener)) || view.hasClass(opener, WordClass.Title)) return undefined;
  for (let k = opener; k < end; k++) if (!view.isWord(k) || view.isAllCaps(k) || HEAD_WORDS.has(view.lower(k))) return undefined;
  if (!definedBefore(view, view.raw(first), first)) return undefined;
  return [part(first, opener, null, false, null), ...refineRun(view, { ...run, first: opener, sentenceInitial: false, hyphenJoins: run.hyphenJoins.filter((k) => k > opener) })];
}

/** Per article: where each acronym written alone in brackets is defined ("(AL)" at token 12). */
const ACRONYM_DEFINITIONS = new WeakMap<TokenView, Map<string, number>>();

function definedAcronyms(view: TokenView): Map<string, number> {
  let found = ACRONYM_DEFINITIONS.get(view);
  if (found) return found;
  found = new Map();
  for (let k = 1; k + 1 < view.count; k++) {
    if (view.isChar(k - 1, '(') && view.isChar(k + 1, ')') && view.kind(k) === TokenKind.Word && view.isAllCaps(k) && !found.has(view.raw(k))) found.set(view.raw(k), k);
  }
  ACRONYM_DEFINITIONS.set(view, found);
  return found;
}

/** The acronym is defined in brackets before token i. */
function definedBefore(view: TokenView, acronym: string, i: number): boolean {
  return (definedAcronyms(view).get(acronym) ?? view.count) < i;
}

/** The style's words, its opener read as the title's last word ("Minister Datuk" and "Seri"), close [titleFirst, end) right before a title. */
function endsWithStyleBeforeTitle(view: TokenView, titleFirst: number, nameFirst: number, end: number): boolean {
  for (let k = nameFirst; k >= titleFirst && k >= nameFirst - 2; k--) if (isStyleBeforeTitle(view, k, end)) return true;
  return false;
}

/**
 * "Labour MP for Battersea Marsha de Cordova", "the MP for Islington North Jeremy Corbyn": after a
 * title's "for", the seat's name and then its holder's, from the first given name with a word after
 * it (they were one person, "Battersea Marsha de Cordova"); a seat the gazetteer knows is split
 * before already ("Senator for Victoria Jane Hume"). Undefined when no given name opens a person.
 */
function constituencyParts(view: TokenView, run: NameRun, end: number): NamePart[] | undefined {
  const { first } = run;
  if (first < 2 || end - first < 3 || view.lower(first - 1) !== 'for' || !view.isLowerWord(first - 1) || !view.hasClass(first - 2, WordClass.Title)) return undefined;
  // A portfolio is no seat: "Minister for Disaster Preparedness Hilary Onek" names the person alone.
  if (isCommonWord(view.lower(first))) return undefined;
  for (let j = first + 1; j < end - 1; j++) {
    if (!view.isWord(j) || !view.isCapitalized(j)) return undefined;
    // A given name no dictionary holds: "North" is one too, but "Islington North" is the seat.
    if (isGivenName(view.lower(j)) && (view.isCapitalized(j + 1) || NAME_PARTICLES.has(view.lower(j + 1))) && !view.isAllCaps(j)) {
      return [part(first, j, null, false, null), ...refineRun(view, { ...run, first: j, sentenceInitial: false, hyphenJoins: run.hyphenJoins.filter((k) => k > j) })];
    }
    if (isGivenName(view.lower(j - 1))) return undefined;
  }
  return undefined;
}

/**
 * "the owner of Chelsea Todd Boehly", "Captain of USS Nimitz Craig Clapperton", "Governor of the
 * Central Bank of Nigeria Godwin Emefiele", "Minister of National Defence Bill Blair": after a role's
 * "of", the body's name and then its holder's (they were one name: a person "Chelsea Todd Boehly", a
 * vessel "USS Nimitz Craig Clapperton", other "National Defence Bill Blair"). Undefined when no
 * person's name closes the run.
 */
function holderAfterBodyParts(view: TokenView, run: NameRun, end: number): NamePart[] | undefined {
  const { first } = run;
  if (end - first < 3 || !followsRoleOf(view, first)) return undefined;
  const holder = holderStart(view, first, end);
  if (holder < 0) return undefined;
  const body = refineRun(view, { ...run, end: holder, hyphenSuffix: null, hyphenJoins: run.hyphenJoins.filter((j) => j < holder) });
  return [...body, ...refineRun(view, { ...run, first: holder, sentenceInitial: false, hyphenJoins: run.hyphenJoins.filter((j) => j > holder) })];
}

/** A body's name before a person's ("Ferrari driver Charles Leclerc"), or a title before a name ("Russian President Vladimir Putin"); undefined when neither. */
function titledParts(view: TokenView, run: NameRun, end: number): NamePart[] | undefined {
  const { first } = run;
  const initial = run.sentenceInitial;
  const personFirst = personAfterBody(view, first, end);
  if (personFirst > 0) {
    const joins = (keep: (j: number) => boolean) => run.hyphenJoins.filter(keep);
    const body = refineRun(view, { ...run, end: personFirst, hyphenSuffix: null, hyphenJoins: joins((j) => j < personFirst) });
    return [...body, ...refineRun(view, { ...run, first: personFirst, sentenceInitial: false, hyphenJoins: joins((j) => j > personFirst) })];
  }

  const titled = isGivenAsName(view, first) || namesAVessel(view, first) || isVesselByItsDescription(view, first, end) || namesAWork(view, first) ? null : splitTitle(view, first, end);
  if (titled) {
    const parts: NamePart[] = [];
    // "Bekasi Mayor Tri Adhianto said" opening a sentence: a word no dictionary holds before a title is a name, capitals or not.
    // "Hon Minister Kwame Mensah": the style of address before the title is no name of its own.
    if (titled.prefix && !isAddressStyleBeforeTitle(view, titled.prefix.first, titled.prefix.end)) parts.push(part(titled.prefix.first, titled.prefix.end, null, initial && !noDictionaryWords(view, titled.prefix.first, titled.prefix.end), null));
    // "Health Minister Datuk Seri Dr Dzulkefly Ahmad": an office, then a style alone before a doctor's title, names no one (it left a person "Seri").
    if (!endsWithStyleBeforeTitle(view, titled.titleFirst, titled.nameFirst, end)) parts.push(part(titled.nameFirst, end, titled.title, false, run.hyphenSuffix, titled.titleFirst));
    return parts;
  }
  return undefined;
}

/**
 * "known as Emperor Norton", "nicknamed Chairman Mao", "dubbed Captain America": a name the text
 * gives someone is the whole of it, title and all; the title then names no office.
 */
function isGivenAsName(view: TokenView, first: number): boolean {
  const start = view.start(first);
  return GIVEN_AS_WORDS.has(wordBeforeSpaces(view.text, Math.max(0, start - 40), start).toLowerCase()) && GIVEN_AS_NAME.test(view.text.slice(Math.max(0, start - 40), start));
}

/**
 * "the Admiral Makarov, a Grigorovich-class frigate", "The Admiral Kuznetsov, Russia's only aircraft
 * carrier": a titled name after "the" that the words after it call a
 * ship is the ship's, title and all (it was a person "Makarov"). The ship's noun heads the words after
 * the name: "the Captain Jones, a fishing boat skipper" describes a person.
 */
function isVesselByItsDescription(view: TokenView, first: number, end: number): boolean {
  if (first < 1 || view.lower(first - 1) !== 'the' || !view.hasClass(first, WordClass.Title)) return false;
  let k = view.isChar(end, ',') ? end + 1 : end;
  for (const last = Math.min(view.count, k + 6); k < last; k++) {
    if (view.kind(k) !== TokenKind.Word && view.kind(k) !== TokenKind.Hyphen && view.kind(k) !== TokenKind.Possessive) return false;
    if (view.isLowerWord(k) && PRECEDING_TYPE_CUES.get(view.lower(k)) === 'vessel') return !(k + 1 < view.count && view.isLowerWord(k + 1) && !view.hasClass(k + 1, WordClass.Stop));
  }
  return false;
}

/**
 * "the musical Miss Saigon", "her novel Mrs Dalloway", "the film Dr. Strangelove": a work's noun
 * after its determiner or its maker's possessive, right before the name, says the title opens the
 * work's name and holds no office (it was cut, and "Saigon" was a person).
 */
function namesAWork(view: TokenView, first: number): boolean {
  const noun = first - 1;
  if (noun < 1 || !view.isLowerWord(noun) || !WORK_NOUNS.has(view.lower(noun))) return false;
  return view.isLowerWord(noun - 1) || ARTICLES.has(view.lower(noun - 1)) || view.kind(noun - 1) === TokenKind.Possessive;
}

/** The words GIVEN_AS_NAME can end with, looked up first: "dubbed", the "as" of "known as". */
const GIVEN_AS_WORDS = new Set(['known', 'called', 'nicknamed', 'dubbed', 'styled', 'as']);

const GIVEN_AS_NAME = /\b(?:known|called|nicknamed|dubbed|styled)\s+(?:as\s+)?$/i;

/** "republican", "catholic": a word of a party or a creed that no demonym list holds (see GROUP_ADJECTIVES). */
export function isGroupAdjectiveWord(key: string): boolean {
  return GROUP_ADJECTIVES.has(key);
}
