import { codeAt } from '../../text/chars.js';
import { TokenKind } from '../../text/tokenize.js';
import { gazetteer, isKnownPlace } from '../gazetteer.js';
import { HEAD_WORDS, COMPASS_ADJECTIVES, HONOURS_STYLES, isCommonWord, JUDICIAL_POST_NOMINALS, isGivenName, isListedSurname, PARTY_MEMBERS, PEOPLE_QUALIFIERS, ROLE_NOUNS, TITLE_WORDS, WordClass, RANK_ABBREVIATIONS, SPEECH_VERBS } from '../lexicon.js';
import type { NameRun } from '../nameRuns/runSteps.js';
import type { TokenView } from '../tokenView.js';
import { PARTY_LETTERS } from '../stateAbbreviations.js';
import { isPossessiveInRun, AGENT_NOUN } from './nameParts.js';
import { isAddressStyleBeforeTitle, isMemberOfChamberAt } from './titleWords.js';

/** "44 degrees Celsius", "100 degrees Fahrenheit": a temperature's scale after "degrees" names no one (it was other). */
export function isTemperatureScale(view: TokenView, i: number): boolean {
  const lower = view.lower(i);
  return (lower === 'celsius' || lower === 'fahrenheit') && i > 0 && view.lower(i - 1) === 'degrees';
}

/** A count that is a year: "In 2016 NATO and Russia". */
const YEAR = /^(1[5-9]|20)\d\d$/;

/**
 * "hitting .203 with 11 RBI.", "a 1.74 ERA season", "produces 500 MW of power": capital letters
 * right after a count are its unit or its statistic, no body's name (each was an organization). Not
 * after a year ("In 2016 NATO and Russia"), nor before a noun after a whole count, where a body's
 * letters qualify what is counted ("two BBC reporters"), nor letters the lists know as a name.
 */
export function isMeasureAfterCount(view: TokenView, i: number): boolean {
  if (i < 1 || view.kind(i - 1) !== TokenKind.Number || !view.isAllCaps(i) || view.length(i) > 4 || !view.spaceBefore(i)) return false;
  if (YEAR.test(view.raw(i - 1))) return false;
  if (gazetteer().byKey.has(view.key(i))) return false;
  if (view.raw(i - 1).includes('.')) return true;
  return i + 1 >= view.count || !view.isWord(i + 1) || view.hasClass(i + 1, WordClass.Stop);
}

/**
 * "an Orwellian nightmare", "on Keynesian economics", "of Illyrian ancestry", "several Pachomian
 * monasteries": an adjective made from a person's or a place's name ("-ian", "-ean"), between a
 * function word or a quantifier and the noun it qualifies, names no one (each was an other or a
 * place). Not a given name, a surname or a place the lists know ("the Kardashian family"), nor a
 * short word ("Heian poetry" names a period), nor before a verb ("that Petrosian said").
 */
export function isAdjectiveOfNameBeforeNoun(view: TokenView, i: number): boolean {
  if (i < 1 || i + 1 >= view.count || !view.isLowerWord(i - 1) || !view.isLowerWord(i + 1)) return false;
  if (!view.hasClass(i - 1, WordClass.Stop) && !PEOPLE_QUALIFIERS.has(view.lower(i - 1))) return false;
  if (!endsInIanOrEan(view, i) || !NAMES_ADJECTIVE.test(view.raw(i)) || view.hasClass(i + 1, WordClass.Stop) || SPEECH_VERBS.has(view.lower(i + 1)) || view.lower(i + 1).endsWith('ed')) return false;
  // "struck Minxian and Zhangxian counties": a word before a county's or a village's noun is its name
  // (pinyin's "-xian", "-tian", "-jian" end like "Hegelian"; Zhangxian was dropped).
  if (LOCALITY_NOUNS.has(view.lower(i + 1))) return false;
  const key = view.key(i);
  return !isGivenName(key, true) && !isListedSurname(key) && !isKnownPlace(key) && !gazetteer().byKey.has(key);
}

const NAMES_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}[ei]an$/u;

/** Token i ends in "ian" or "ean", as NAMES_ADJECTIVE asks: tested on its last letters, without a slice or the expression. */
function endsInIanOrEan(view: TokenView, i: number): boolean {
  const end = view.end(i);
  if (end - view.start(i) < 7 || codeAt(view.text, end - 1) !== 0x6e || codeAt(view.text, end - 2) !== 0x61) return false;
  const vowel = codeAt(view.text, end - 3);
  return vowel === 0x69 || vowel === 0x65;
}

/** Nouns of a place's kind that follow its name, in the singular or the plural: "Zhangxian county", "Dahe villages". */
const LOCALITY_NOUNS = new Set(['county', 'counties', 'district', 'districts', 'province', 'provinces', 'prefecture', 'prefectures', 'township', 'townships', 'village', 'villages', 'town', 'towns']);

/**
 * "[CONV_050815c_03.10]", "[Maize1_1017013]": a word joined to an underscore is a piece of a file's
 * or a recording's identifier, no name (they gave an organization "CONV" and an other "Maize1").
 */
export function isIdentifierPiece(view: TokenView, i: number): boolean {
  return (view.isChar(i + 1, '_') && view.adjacent(i)) || (view.isChar(i - 1, '_') && view.adjacent(i - 1));
}

/**
 * "Sen. Jason Esteves, D-Atlanta,", "Rep. Ro Khanna (D-Calif.)": a party's letter and its hyphen
 * before a lawmaker's district or state, after a comma or a bracket, are no words of the place's
 * name ("D-Atlanta" was other, "R-Peachtree Corners" a body). Where the place begins, else first.
 */
export function districtAfterPartyLetter(view: TokenView, first: number, end: number): number {
  if (first < 1 || first + 2 >= end || view.length(first) !== 1 || !PARTY_LETTERS.has(view.raw(first))) return first;
  // Not an abbreviation of two initials: "Dynamic Equivalence (D-E)"; nor a state's abbreviation
  // ("D-Calif.", "R-Ga."), which stateAbbreviations.ts and the party tags of articleMentions.ts read.
  if (view.kind(first + 1) !== TokenKind.Hyphen || !view.adjacent(first) || !view.adjacent(first + 1) || view.length(first + 2) < 2) return first;
  if (first + 3 < view.count && view.kind(first + 3) === TokenKind.Period && view.adjacent(first + 2)) return first;
  return view.isChar(first - 1, ',') || view.isChar(first - 1, '(') ? first + 2 : first;
}

/**
 * "the main Opposition Bangladesh Nationalist Party (BNP)", "The Opposition Samajwadi Party joined": South
 * Asian and Westminster house styles capitalise "Opposition" before a party's name, of which it is no word
 * (it was "Opposition Bangladesh Nationalist Party", and a later "Opposition leader" its short form). Only
 * before a name of two words or more: "Opposition Bloc" is a party of that name.
 */
export function opensWithHouseStyleDescriptor(view: TokenView, first: number, end: number): boolean {
  if (view.lower(first) !== 'opposition' || !view.isCapitalized(first) || view.isAllCaps(first)) return false;
  let words = 0;
  for (let k = first + 1; k < end; k++) if (view.isWord(k)) words++;
  return words >= 2 && view.isWord(first + 1) && view.isCapitalized(first + 1);
}

/**
 * Where a name begins after a style of honours opening at token i ("Datuk Seri", "Tan Sri", "Dato'"),
 * a capitalised word after it; i where none does, or where the run names a body.
 */
export function afterHonoursStyle(view: TokenView, i: number, end: number): number {
  // Most runs open with no style's word (nor the "Sri" after "Dato'"): no token to read.
  const opener = view.lower(i);
  if (!HONOURS_STYLE_OPENERS.has(opener) && opener !== 'sri' && opener !== 'seri') return i;
  // "the Tun Razak Exchange", "Hospital Tuanku Ja'afar": a body's head word makes the style a word of its name.
  for (let k = i; k < end; k++) if (view.hasClass(k, WordClass.Head)) return i;
  for (const words of HONOURS_STYLES) {
    let k = i;
    let matched = 0;
    while (matched < words.length && k < end && view.isWord(k) && view.isCapitalized(k) && !view.isAllCaps(k) && view.lower(k) === words[matched]) {
      matched++;
      k++;
      // "Dato' Sri Tajuddin": the style's apostrophe.
      if (k < end && isPossessiveInRun(view, k)) k++;
    }
    if (matched === words.length && k < end && view.isWord(k) && view.isCapitalized(k)) return k;
  }
  // "Dato' Sri Tajuddin": the apostrophe ends the run, whose next one opens with the style's second word.
  const after = i >= 2 && isPossessiveInRun(view, i - 1) ? view.lower(i - 2) : '';
  if ((after === 'dato' || after === 'datuk') && (view.lower(i) === 'sri' || view.lower(i) === 'seri') && i + 1 < end && view.isCapitalized(i + 1)) return i + 1;
  return i;
}

/**
 * "Datuk Seri Dr Wan Azizah Wan Ismail", "Tan Sri Dr Noor Hisham Abdullah": an honours style alone,
 * a doctor's title after it, names no one (the title ended the run, which left a person "Seri" or
 * "Tan Sri"); the name after the title is found by itself.
 */
export function isStyleBeforeTitle(view: TokenView, first: number, end: number): boolean {
  if (isAddressStyleBeforeTitle(view, first, end)) return true;
  if (!HONOURS_STYLE_OPENERS.has(view.lower(first)) || end >= view.count || !view.isCapitalized(end) || !view.hasClass(end, WordClass.Title)) return false;
  const words: string[] = [];
  for (let k = first; k < end; k++) if (view.isWord(k)) words.push(view.lower(k));
  return HONOURS_STYLES.some((style) => style.length === words.length && style.every((w, i) => w === words[i]));
}

/**
 * "ELEVEN candidates have filed their papers", "TWO men were arrested": a number word in capitals
 * opening a story's sentence before a word in lower case is a house style's first word, no name (it
 * was an organization "ELEVEN", a place "TWO"). "ONE" is left alone: the ONE Campaign.
 */
export function isShoutedNumberOpener(view: TokenView, run: NameRun, end: number): boolean {
  const { first } = run;
  return run.sentenceInitial && end - first === 1 && view.isAllCaps(first) && NUMBER_WORDS.has(view.lower(first)) && end < view.count && view.isLowerWord(end);
}

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundreds', 'thousands', 'millions', 'dozens']);

/**
 * "the nineteen Northern states", "Western diplomats": a compass adjective alone before a noun in
 * lower case qualifies it and names nothing (it was a place by "states"). "Northern Ireland", "the
 * Western Cape" and "Eastern and Central Europe" are other runs.
 */
export function isCompassAdjectiveBeforeNoun(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1 || !COMPASS_ADJECTIVES.has(view.lower(first)) || end >= view.count || !view.isLowerWord(end)) return false;
  return !COMPASS_ADJECTIVE_CONNECTORS.has(view.lower(end));
}

/**
 * "West African states", "North African migrants", "the longest-running North American sci-fi
 * series", "the West European system": a compass word and a continent's people before a noun in
 * lower case qualify it and name nothing (each was an other, a place or a product). A country's
 * people stays the lists' ("South Korean", "South African"), and "West Africa" is another run.
 */
export function isRegionsPeopleBeforeNoun(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 2 || !REGION_COMPASS_WORDS.has(view.lower(first)) || !CONTINENTS_PEOPLES.has(view.lower(first + 1))) return false;
  return end < view.count && view.isLowerWord(end) && !COMPASS_ADJECTIVE_CONNECTORS.has(view.lower(end));
}

const REGION_COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);
const CONTINENTS_PEOPLES = new Set(['african', 'american', 'asian', 'european']);

const COMPASS_ADJECTIVE_CONNECTORS = new Set(['and', 'or', 'to']);

/**
 * "Ricardo Monreal, MORENA's Deputy Coordinator, and …", "signed by Maria Gomez, Executive Director,
 * and Tom Reyes, Programme Manager.": a post in capitals set off after a person's name and its comma,
 * or after a possessive ("the party's"), names no one (each was a person). Dictionary words only, one of them
 * a title or a role noun, the last an agent noun; the appositive closes at a comma, a full stop or
 * "and". "the Secretary" and "Mr. President" are other runs (roleMentions.ts).
 */
export function isAppositivePost(view: TokenView, first: number, end: number): boolean {
  if (end - first < 2 || end - first > 4 || !closesAppositive(view, end)) return false;
  const afterName = first >= 2 && view.isChar(first - 1, ',') && view.isCapitalized(first - 2);
  if (!afterName && !(first >= 2 && view.kind(first - 1) === TokenKind.Possessive)) return false;
  let role = false;
  for (let k = first; k < end; k++) {
    const word = view.lower(k);
    if (view.kind(k) !== TokenKind.Word || !view.isCapitalized(k) || !isCommonWord(word) || isGivenName(word)) return false;
    role ||= TITLE_WORDS.has(word) || ROLE_NOUNS.has(word);
  }
  const last = view.lower(end - 1);
  return role && (TITLE_WORDS.has(last) || ROLE_NOUNS.has(last) || AGENT_NOUN.test(last));
}

/** A comma, a full stop or "and" right after the run: where an appositive ends. */
function closesAppositive(view: TokenView, end: number): boolean {
  if (end >= view.count) return true;
  return view.isChar(end, ',') || view.isChar(end, '.') || (view.isLowerWord(end) && view.lower(end) === 'and');
}

/** The first words of HONOURS_STYLES: "datuk", "tan", "yang". */
const HONOURS_STYLE_OPENERS = new Set(HONOURS_STYLES.map((words) => words[0]!));

/**
 * Enlisted ranks with a class, "Airman 1st Class Chase Hedrick", "Petty Officer 2nd Class Maria
 * Lopez", "Private First Class Tom Reed": the rank is no name, and "Class" no word of the person's
 * (they were "Airman", other, and "Class Chase Hedrick", other). Where the person's name starts in
 * the run; -2 for a run that holds the rank and nothing after it; -1 for a run with no such rank.
 */
export function classRankBefore(view: TokenView, first: number, end: number): number {
  if (isClassRankAt(view, first)) {
    const classWord = classRankEndAt(view, first);
    // The run may stop before the ordinal in figures: "Airman" alone.
    if (end - first === 1 || (end - first === 2 && view.lower(first) === 'petty') || classWord + 1 >= end) return -2;
    return classWord + 1;
  }
  if (view.lower(first) === 'class' && view.isCapitalized(first) && first >= 2 && end - first >= 2 && isClassRankAt(view, first - 2)) return first + 1;
  return -1;
}

/** A rank word before an ordinal and "Class": "Airman 1st Class", "Petty Officer 2nd Class", "Private First Class". */
function isClassRankAt(view: TokenView, i: number): boolean {
  const word = view.lower(i);
  if (!view.isCapitalized(i) || !(CLASS_RANKS.has(word) || (word === 'petty' && view.lower(i + 1) === 'officer'))) return false;
  return classRankEndAt(view, i) > 0;
}

/** The index of "Class" two words after the rank at `rank`, or -1. */
function classRankEndAt(view: TokenView, i: number): number {
  const rank = view.lower(i) === 'petty' ? i + 1 : i;
  const ordinal = view.lower(rank + 1);
  if (!(/^[1-3](?:st|nd|rd)$/.test(ordinal) || CLASS_ORDINALS.has(ordinal))) return -1;
  return view.lower(rank + 2) === 'class' && view.isCapitalized(rank + 2) ? rank + 2 : -1;
}

const CLASS_RANKS = new Set(['airman', 'officer', 'private', 'seaman', 'specialist', 'sergeant', 'sgt', 'fireman', 'hospitalman']);
const CLASS_ORDINALS = new Set(['first', 'second', 'third']);

/**
 * "said Lt. Gen. (ret.) Ben Hodges", "Maj. Gen. (Ret.) Mark Kimmitt": abbreviated ranks cut from
 * their name by a bracket name no one (they gave "Lt. Gen" and "Ret", other).
 */
export function isRankAbbreviationsOnly(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.isWord(i) ? !RANKS_AND_RETIRED.has(view.lower(i)) || !view.isChar(i + 1, '.') : !view.isChar(i, '.')) return false;
  return true;
}

/** The ranks, and "ret." or "retd." (retired) after them. */
const RANKS_AND_RETIRED = new Set([...RANK_ABBREVIATIONS, 'ret', 'retd']);

/**
 * "Daniel Bernoulli FRS", "Zaha Mohammad Hadid DBE RA": honours and degrees after a name are no part
 * of it, nor is a judge's post-nominal after the surname ("Ekwo J. said" was "Ekwo J", a person apart
 * from "Justice Inyang Ekwo"; "Koome CJ" a body).
 */
export function withoutPostNominals(view: TokenView, first: number, end: number): number {
  if (isJudicialPostNominal(view, first, end - 1)) return end - 1;
  let e = end;
  while (e - 1 > first + 1 && isPostNominalShape(view.raw(e - 1)) && POST_NOMINALS.has(view.lower(e - 1)) && view.spaceBefore(e - 1)) e--;
  return e;
}

/** Letters as honours and degrees are written: all capitals ("KBE") or two capitals or more among small letters ("FREng", "PhD", "FMedSci"). */
function isPostNominalShape(raw: string): boolean {
  let capitals = 0;
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) >= 65 && raw.charCodeAt(i) <= 90) capitals++;
  return capitals >= 2 && raw.charCodeAt(0) >= 65 && raw.charCodeAt(0) <= 90;
}

/**
 * Whether token k, after a surname, is a judge's post-nominal: its letters in capitals, as
 * JUDICIAL_POST_NOMINALS has them, after no body's head word ("Turan Energy JA"); a "J" only after
 * a word no dictionary holds ("Block J", "Plan J").
 */
export function isJudicialPostNominal(view: TokenView, first: number, k: number): boolean {
  if (k <= first || !view.isWord(k) || !view.spaceBefore(k) || !view.isCapitalized(k - 1) || view.isAllCaps(k - 1) || HEAD_WORDS.has(view.lower(k - 1))) return false;
  const letters = view.raw(k);
  return JUDICIAL_POST_NOMINALS.has(letters) && (letters !== 'J' || !view.hasClass(k - 1, WordClass.Common));
}

/**
 * "Labour MPs cheered", "SNP MPs walked out", "Tesla CEOs": members named by an acronym's plural are no
 * part of their body's name; nor is "Member" before "of" and a chamber, "the South Dayi Member of
 * Parliament", "former WP Member of Parliament Raeesah Khan" (they were "South Dayi Member", other).
 */
export function withoutRolePlural(view: TokenView, first: number, end: number): number {
  if (end - 1 > first && isMemberOfChamberAt(view, end - 1)) return end - 1;
  return end - 1 > first && ROLE_ACRONYM_PLURALS.has(view.text.slice(view.start(end - 1), view.end(end - 1))) && view.spaceBefore(end - 1) ? end - 1 : end;
}

const ROLE_ACRONYM_PLURALS = new Set(['MPs', 'MEPs', 'MSPs', 'MLAs', 'MKs', 'TDs', 'CEOs', 'CFOs', 'GPs']);

/** "a Conservative MP said", "Conservative MP James Arkwell": one party's adjective, no name the lists know, before a member cut off the run or left out of it. */
export function isPartysAdjectiveBeforeMembers(view: TokenView, first: number, end: number, runEnd: number): boolean {
  if (end - first !== 1 || !PARTY_MEMBERS.has(view.lower(first)) || gazetteer().byKey.has(view.key(first))) return false;
  return end < runEnd || isPartyMembersNounAt(view, end);
}

/** A party's members or voters written right after its adjective, outside the run: "Conservative MP James Arkwell", "Liberal senators". */
function isPartyMembersNounAt(view: TokenView, i: number): boolean {
  if (i >= view.count || !view.isWord(i) || !view.spaceBefore(i)) return false;
  const word = view.text.slice(view.start(i), view.end(i));
  return PARTY_MEMBERS_NOUNS.has(word.toLowerCase()) && (view.isLowerWord(i) || word.startsWith('M') || word.startsWith('T'));
}

const PARTY_MEMBERS_NOUNS = new Set([
  'mp', 'mps', 'mep', 'meps', 'msp', 'msps', 'mla', 'mlas', 'td', 'tds',
  'lawmaker', 'lawmakers', 'legislator', 'legislators', 'senator', 'senators', 'deputy', 'deputies', 'congressman', 'congresswoman',
  'voters', 'members', 'councillors', 'councilors', 'delegates', 'candidate', 'candidates',
]);

/**
 * Honours, fellowships and degrees written after a name: the Order of Merit and the Companions of
 * Honour ("Sir Tim Berners-Lee OM KBE FRS", "Dame Judi Dench CH DBE" made "Tim Berners-Lee OM" and
 * "Judi Dench CH", and "Berners-Lee" and "Dench" people apart), the orders of knighthood, Australia's
 * order, the royal colleges and societies, doctorates.
 */
const POST_NOMINALS = new Set([
  'dbe', 'cbe', 'obe', 'mbe', 'kbe', 'gbe', 'om', 'ch', 'kg', 'kt', 'gcb', 'kcb', 'cmg', 'kcmg', 'gcmg', 'cvo', 'kcvo', 'gcvo', 'lvo', 'mvo', 'dso', 'ao',
  'frs', 'frse', 'fba', 'freng', 'fmedsci', 'frsa', 'frsl', 'frcp', 'frcs', 'ra', 'qc', 'kc', 'mp', 'mep', 'phd', 'dphil',
]);
