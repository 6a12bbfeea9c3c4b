import { codeAt } from '../text/chars.js';
import { TokenKind } from '../text/tokenize.js';
import { SHORT_RANKS } from '../text/sentences.js';
import { wordBeforeSpaces } from '../text/wordBefore.js';
import { gazetteer, isCity, isKnownPlace, isPlaceAdjective, namesAPeople, opensGazetteerKey, opensLongerGazetteerKey, isAmericanState, isRegion } from './gazetteer.js';
import { ABOARD_WORDS, REGNAL_NUMERALS, isTitleWord, NAME_TITLE_ABBREVIATIONS, ARTICLES, ENCOUNTER_NOUNS, FOLLOWING_TYPE_CUES, NATIONAL_SOCIETIES, FOREIGN_ORGANIZATION_HEADS, givenNameGender, HEAD_WORDS, HONORIFICS, HONOURS_STYLES, HYPHEN_PREFIXES, isCommonWord, JUDICIAL_POST_NOMINALS, isFirmKindNoun, isGivenName, isListedSurname, isOccupationByEnding, LANDFORM_OPENERS, LEGAL_SUFFIXES, LEGISLATIVE_CHAMBERS, NAME_CONNECTORS, NAME_DESCRIPTORS, NAME_HONORIFICS, NAME_PARTICLES, OFFICE_WORDS, PARTY_MEMBERS, PATRON_TITLES, PEOPLE_PHRASE_CONTINUERS, PEOPLE_QUALIFIERS, PRECEDING_TYPE_CUES, REGNAL_TITLES, ROLE_NOUNS, STOPWORDS, SURNAME_HEADS, TITLE_WORDS, WordClass, RANK_ABBREVIATIONS, SPEECH_VERBS, WORK_NOUNS } from './lexicon.js';
import { isFieldNameWord, isHonorificAt, particleWordsIn, withoutGenerationSuffix } from './nameRuns/runWords.js';
import { isInitialsPairAfterTitle } from './nameRuns/nameTokens.js';
import { isSlashedLegalFormEnd } from './nameRuns/wordSteps.js';
import { isVesselPrefixAt, opensWithAdvocates } from './nameRuns/connectorSteps.js';
import type { NameRun } from './nameRuns/runSteps.js';
import { opensWithClubWord } from './sportsClubs.js';
import type { TokenView } from './tokenView.js';
import { isRoleOnlyForm, mayCloseRoleOnlyForm } from './roleMentions.js';
import { PARTY_LETTERS } from './stateAbbreviations.js';

/** One name cut out of a run, with what the run said about it. */
export interface NamePart {
  first: number;
  end: number;
  /** A title before the name inside the run ("German Chancellor"): a person's description. */
  title: string | null;
  /** Where that title starts. */
  titleFirst: number | null;
  /** The part begins its sentence, where capitals prove nothing. */
  sentenceInitial: boolean;
  /** Its first word is a common word that may only open the sentence ("Losing" in "Losing Pokrovsk"). */
  initialCommonWord: boolean;
  hyphenSuffix: string | null;
}

/** Titles that make what follows a person; the other title words only qualify them ("Foreign", "Vice"). */
const CORE_TITLES = new Set(
  `president chancellor premier minister secretary leader king queen prince princess emperor sultan sheikh emir pope
  commissioner secretary-general ombudsman inspector superintendent chairperson undersecretary under-secretary whip parliamentarian
  senator representative congressman congresswoman governor mayor ambassador envoy spokesman spokeswoman spokesperson admiral general commander chief director
  chairman chairwoman ceo judge justice prosecutor marshal colonel captain lieutenant sergeant major gen adm sen gov rep
  col lt maj capt sgt cmdr brig detective officer sheriff trooper comptroller treasurer auditor
  professor speaker administrator adviser advisor counsel attorney commodore brigadier corporal laureate chair regent headteacher headmaster headmistress constable coroner magistrate principal
  councillor councilor councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman assemblymember
  mp mep msp mla td cllr
  justices senators judges generals governors ministers presidents
  havildar sepoy subedar jemadar risaldar`
    .split(/\s+/)
    .filter(Boolean)
    .concat([...HONORIFICS, ...SHORT_RANKS]),
);

/** A title that makes what follows a person; an honorific only where it is one ("DR Congo" is the country). */
function isCoreTitleAt(view: TokenView, i: number): boolean {
  if (!coreTitleWords().has(view.lower(i))) return false;
  if (NAME_TITLE_ABBREVIATIONS.has(view.lower(i))) return (view.kind(i + 1) === TokenKind.Period && view.adjacent(i)) || isBareHonourableAt(view, i);
  if (OFFICES_IN_CAPITALS.has(view.lower(i))) return view.isAllCaps(i);
  if (view.lower(i) === 'md') return isManagingDirectorAt(view, i);
  if (CLERICAL_TITLES.has(view.lower(i))) return isClericalTitleAt(view, i);
  // "Wake County Sheriff's Office Deputy Ned Byrd": a sheriff's deputy right before a name; "Deputy
  // Prime Minister" qualifies the title after it (the body, the title and the man were one person).
  if (view.lower(i) === 'deputy') return view.isCapitalized(i + 1) && !view.hasClass(i + 1, WordClass.Title);
  return CORE_TITLES.has(view.lower(i)) && (!view.hasClass(i, WordClass.Honorific) || isHonorificAt(view, i));
}

let coreTitleWordsSet: ReadonlySet<string> | undefined;

/** Every word isCoreTitleAt may take, its lists' together: one look-up rules out a run's other words (splitTitle asks at each). */
function coreTitleWords(): ReadonlySet<string> {
  coreTitleWordsSet ??= new Set([...NAME_TITLE_ABBREVIATIONS, ...OFFICES_IN_CAPITALS, 'md', ...CLERICAL_TITLES, 'deputy', ...CORE_TITLES]);
  return coreTitleWordsSet;
}

/**
 * "Hon Isah Liman Kantigi", "Hon Kimaru Luka Kiprotich": "Hon" without its period, as Nigeria's and
 * Kenya's press write it, before two or more words no dictionary holds (the title stayed in the
 * name). Not "Hon Hai Precision Industry", a firm.
 */
function isBareHonourableAt(view: TokenView, i: number): boolean {
  if (view.lower(i) !== 'hon' || view.isAllCaps(i)) return false;
  let k = i + 1;
  while (k < view.count && view.kind(k) === TokenKind.Word && view.isCapitalized(k) && !view.isAllCaps(k) && !isCommonWord(view.lower(k)) && !HEAD_WORDS.has(view.lower(k))) k++;
  return k - i >= 3;
}

/**
 * A cleric's title before a given name or a religious name ("Cardinal Luis Tagle", "Patriarch Kirill"),
 * its abbreviation's full stop between them: "the Rev. Al Sharpton" (the title stayed in a name of
 * type other). Before a surname alone the title stays, as "Rabbi Sacks" does.
 */
function isClericalTitleAt(view: TokenView, i: number): boolean {
  const next = CLERICAL_ABBREVIATIONS.has(view.lower(i)) && view.kind(i + 1) === TokenKind.Period && view.adjacent(i) ? i + 2 : i + 1;
  return view.isCapitalized(next) && (isGivenName(view.lower(next), true) || isReligiousName(view, next) || isNameBeforeReligiousName(view, next));
}

const CLERICAL_ABBREVIATIONS = new Set(['rev', 'fr', 'msgr']);

/**
 * "AG Bondi" after "Attorney General Pam Bondi", "CM Adityanath", "DA Alvin Bragg": an office's
 * letters before a name are its title, in capitals only ("Lei da Fronteira Verde" has the particle).
 * So are a British constable's and detective's ranks: "PC Daniel Hughes", "DCI Kate Fleming" (the rank
 * stayed in the name, other); "a PC", "DC United" and "Washington DC" have no given name after them.
 */
const OFFICES_IN_CAPITALS = new Set(['ag', 'cm', 'da', 'pc', 'dc', 'dci', 'pcso']);

/**
 * "led by Chairman Jeremiah Kiereini and MD Gerald Mahinda": a managing director's letters before a
 * given name and a surname are his title (it stayed in the name). Not before one word: "treated at MD
 * Anderson" is the hospital.
 */
function isManagingDirectorAt(view: TokenView, i: number): boolean {
  const given = i + 1;
  if (!view.isAllCaps(i) || given + 1 >= view.count || !view.spaceBefore(given) || !isGivenName(view.lower(given))) return false;
  return view.kind(given + 1) === TokenKind.Word && view.isCapitalized(given + 1) && view.spaceBefore(given + 1);
}

/**
 * A cleric's title is a title before a given name: "U.S. Cardinal Raymond Burke" and "Philippine
 * Cardinal Luis Tagle" kept the title in the name (other). "Cardinal Health" and "Bishop Auckland"
 * (a town) have none after it.
 */
const CLERICAL_TITLES = new Set(['cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'rev', 'reverend', 'fr', 'deacon', 'monsignor', 'msgr', 'patriarch', 'metropolitan', 'ayatollah', 'mufti', 'catholicos']);

/**
 * "Patriarch Kirill of Moscow", "Archbishop Elpidophoros", "Metropolitan Epiphanius": a church's
 * leader goes by one religious name no list of given names holds (the title stayed in a name of type
 * other). A word of the dictionary or a place is no such name: "Cardinal Health", "Bishop Auckland",
 * "Metropolitan Police"; a surname keeps its title, "Rabbi Cohen" after "David Cohen".
 */
function isReligiousName(view: TokenView, i: number): boolean {
  if (view.kind(i) !== TokenKind.Word || view.isAllCaps(i) || !view.spaceBefore(i)) return false;
  const lower = view.lower(i);
  return !isCommonWord(lower) && !isListedSurname(lower) && !HEAD_WORDS.has(lower) && !isKnownPlace(lower) && !gazetteer().byKey.has(lower);
}

/**
 * "Cardinal Blase Cupich said": a given name no list holds (a listed surname, "Blase") before a word
 * no list holds at all is a cleric's name too (it was "Cardinal Blase Cupich", other). Not a
 * dictionary word, a head word or a place: "Bishop Auckland Town", "Cardinal Health".
 */
function isNameBeforeReligiousName(view: TokenView, i: number): boolean {
  if (i + 1 >= view.count || view.kind(i) !== TokenKind.Word || view.isAllCaps(i) || !view.isCapitalized(i + 1)) return false;
  const lower = view.lower(i);
  return !isCommonWord(lower) && !HEAD_WORDS.has(lower) && !isKnownPlace(lower) && isReligiousName(view, i + 1);
}

/** "44 degrees Celsius", "100 degrees Fahrenheit": a temperature's scale after "degrees" names no one (it was other). */
function isTemperatureScale(view: TokenView, i: number): boolean {
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
function isMeasureAfterCount(view: TokenView, i: number): boolean {
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
function isAdjectiveOfNameBeforeNoun(view: TokenView, i: number): boolean {
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
function isIdentifierPiece(view: TokenView, i: number): boolean {
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

/**
 * "the main Opposition Bangladesh Nationalist Party (BNP)", "The Opposition Samajwadi Party joined": South
 * Asian and Westminster house styles capitalise "Opposition" before a party's name, of which it is no word
 * (it was "Opposition Bangladesh Nationalist Party", and a later "Opposition leader" its short form). Only
 * before a name of two words or more: "Opposition Bloc" is a party of that name.
 */
function opensWithHouseStyleDescriptor(view: TokenView, first: number, end: number): boolean {
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
function isStyleBeforeTitle(view: TokenView, first: number, end: number): boolean {
  if (isAddressStyleBeforeTitle(view, first, end)) return true;
  if (!HONOURS_STYLE_OPENERS.has(view.lower(first)) || end >= view.count || !view.isCapitalized(end) || !view.hasClass(end, WordClass.Title)) return false;
  const words: string[] = [];
  for (let k = first; k < end; k++) if (view.isWord(k)) words.push(view.lower(k));
  return HONOURS_STYLES.some((style) => style.length === words.length && style.every((w, i) => w === words[i]));
}

/** The style's words, its opener read as the title's last word ("Minister Datuk" and "Seri"), close [titleFirst, end) right before a title. */
function endsWithStyleBeforeTitle(view: TokenView, titleFirst: number, nameFirst: number, end: number): boolean {
  for (let k = nameFirst; k >= titleFirst && k >= nameFirst - 2; k--) if (isStyleBeforeTitle(view, k, end)) return true;
  return false;
}

/**
 * "ELEVEN candidates have filed their papers", "TWO men were arrested": a number word in capitals
 * opening a story's sentence before a word in lower case is a house style's first word, no name (it
 * was an organization "ELEVEN", a place "TWO"). "ONE" is left alone: the ONE Campaign.
 */
function isShoutedNumberOpener(view: TokenView, run: NameRun, end: number): boolean {
  const { first } = run;
  return run.sentenceInitial && end - first === 1 && view.isAllCaps(first) && NUMBER_WORDS.has(view.lower(first)) && end < view.count && view.isLowerWord(end);
}

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundreds', 'thousands', 'millions', 'dozens']);

/**
 * "the nineteen Northern states", "Western diplomats": a compass adjective alone before a noun in
 * lower case qualifies it and names nothing (it was a place by "states"). "Northern Ireland", "the
 * Western Cape" and "Eastern and Central Europe" are other runs.
 */
function isCompassAdjectiveBeforeNoun(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1 || !LONE_COMPASS_ADJECTIVES.has(view.lower(first)) || end >= view.count || !view.isLowerWord(end)) return false;
  return !COMPASS_ADJECTIVE_CONNECTORS.has(view.lower(end));
}

/**
 * "West African states", "North African migrants", "the longest-running North American sci-fi
 * series", "the West European system": a compass word and a continent's people before a noun in
 * lower case qualify it and name nothing (each was an other, a place or a product). A country's
 * people stays the lists' ("South Korean", "South African"), and "West Africa" is another run.
 */
function isRegionsPeopleBeforeNoun(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 2 || !REGION_COMPASS_WORDS.has(view.lower(first)) || !CONTINENTS_PEOPLES.has(view.lower(first + 1))) return false;
  return end < view.count && view.isLowerWord(end) && !COMPASS_ADJECTIVE_CONNECTORS.has(view.lower(end));
}

const REGION_COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);
const CONTINENTS_PEOPLES = new Set(['african', 'american', 'asian', 'european']);

const LONE_COMPASS_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
const COMPASS_ADJECTIVE_CONNECTORS = new Set(['and', 'or', 'to']);

/**
 * "Ricardo Monreal, MORENA's Deputy Coordinator, and …", "signed by Maria Gomez, Executive Director,
 * and Tom Reyes, Programme Manager.": a post in capitals set off after a person's name and its comma,
 * or after a possessive ("the party's"), names no one (each was a person). Dictionary words only, one of them
 * a title or a role noun, the last an agent noun; the appositive closes at a comma, a full stop or
 * "and". "the Secretary" and "Mr. President" are other runs (roleMentions.ts).
 */
function isAppositivePost(view: TokenView, first: number, end: number): boolean {
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

/**
 * "Samoan Prime Minister Tuilaepa Lupesoliai Neioti Aiono Sailele Malielegaoi": a Pacific name with
 * its chiefly titles may run past four words after an office; where no dictionary holds any of them
 * they are one person's (the office stayed in a name typed other).
 */
const MAX_TITLED_UNLISTED_WORDS = 7;

/**
 * "Hon Minister Kwame Mensah opened", "The Hon. Minister of Finance, Ken Ofori-Atta,", "the Rt Hon
 * Speaker": the style of address alone before a capitalised title names no one, as Malay's "Yang
 * Berhormat" does (it was a person "Hon"). "Hon. Aminu Jaji" keeps its name, found after the style.
 */
function isAddressStyleBeforeTitle(view: TokenView, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    if (view.isChar(k, '.') && k > first) continue;
    if (!view.isWord(k) || !ADDRESS_STYLES.has(view.lower(k))) return false;
  }
  const title = end < view.count && view.isChar(end, '.') ? end + 1 : end;
  return title < view.count && view.isCapitalized(title) && view.hasClass(title, WordClass.Title);
}

/** Words of the English style of address before an office: "the Hon.", "the Rt Hon", "the Right Honourable". */
const ADDRESS_STYLES = new Set(['hon', 'honourable', 'honorable', 'rt', 'right']);

/** The first words of HONOURS_STYLES: "datuk", "tan", "yang". */
const HONOURS_STYLE_OPENERS = new Set(HONOURS_STYLES.map((words) => words[0]!));

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

/** A role noun or a title before "of" (and "the") before `first`: "the head of", "Commanding Officer of the". */
function followsRoleOf(view: TokenView, first: number): boolean {
  let k = first - 1;
  if (k > 0 && view.lower(k) === 'the' && view.isLowerWord(k)) k--;
  if (k < 1 || view.lower(k) !== 'of' || !view.isLowerWord(k)) return false;
  const role = view.lower(k - 1);
  return ROLE_NOUNS.has(role) || HOLDER_ROLES.has(role) || view.hasClass(k - 1, WordClass.Title);
}

/** Role nouns of a body's holder that ROLE_NOUNS leaves out: "the owner of Chelsea Todd Boehly". */
const HOLDER_ROLES = new Set(['owner', 'skipper', 'co-founder', 'cofounder']);

/**
 * Where the holder's name starts: the last given name with a person's name after it, or a rank or
 * title before one ("HMS Kent Commander Matt Millyard"). A given name after another is the first's
 * middle name ("Sarah Jessica Parker") unless the words before are a known name ("Chelsea", "Morgan
 * Stanley") or a vessel's ("HMS Duncan Tom Trent"). -1 when none, or when the body would be empty.
 */
function holderStart(view: TokenView, first: number, end: number): number {
  const minBody = namesAVessel(view, first) ? first + 2 : first + 1;
  for (let j = end - 2; j >= minBody; j--) {
    if (!isHolderName(view, j, end)) continue;
    let start = j;
    while (start - 1 >= minBody && isGivenName(view.lower(start - 1)) && !isCompleteBody(view, first, start) && isHolderName(view, start - 1, end)) start--;
    if (isGivenName(view.lower(start - 1)) && !isCompleteBody(view, first, start)) return -1;
    // The holder's rank or title goes with the holder: "HMS Kent Commander Matt Millyard", "Lt. Col. Luke Donovan".
    // A portfolio's word is no rank: "Minister of National Defence Bill Blair" keeps "Defence" out.
    const closesWithRank = isCoreTitleAt(view, start - 1) || (view.isChar(start - 1, '.') && isCoreTitleAt(view, start - 2));
    while (closesWithRank && start - 1 >= minBody && (isCapitalizedTitle(view, start - 1) || (view.isChar(start - 1, '.') && isCapitalizedTitle(view, start - 2)))) start--;
    return start;
  }
  return unlistedHolderStart(view, first, end);
}

/**
 * "Speaker of the Seimas Viktoras Pranckietis", "the head of Interpol Juergen Stock", "chairperson of
 * the LDP Policy Research Council Shigeyuki Goto": a holder whose given name no list holds. The last
 * two words are the holder's where no dictionary holds them (a listed surname may close them:
 * "Stock") and the words before are a whole body: one the lists know, one closing with a body's
 * head word ("Council", or "Central Bank of Kenya"), or one word no dictionary holds ("Seimas").
 * They were one person "Seimas Viktoras Pranckietis", or other. -1 when none.
 */
function unlistedHolderStart(view: TokenView, first: number, end: number): number {
  const holder = lastTwoWordsStart(view, first, end);
  if (holder <= first || !isUnlistedHolderName(view, holder, end) || gazetteer().byKey.has(keyOf(view, first, end))) return -1;
  return isWholeBody(view, first, holder) ? holder : -1;
}

/** Where the last two words of the run start (a hyphened word is one: "Choi Sang-mok"), or -1. */
function lastTwoWordsStart(view: TokenView, first: number, end: number): number {
  let words = 0;
  for (let k = end - 1; k >= first; k--) {
    if (view.kind(k) === TokenKind.Word && (k === first || view.spaceBefore(k)) && ++words === 2) return k;
    if (view.kind(k) !== TokenKind.Word && view.kind(k) !== TokenKind.Hyphen) return -1;
  }
  return -1;
}

/** Two capitalised words from `k`: no head word, no title, and no dictionary word but a listed surname closing them. */
function isUnlistedHolderName(view: TokenView, k: number, end: number): boolean {
  for (let i = k; i < end; i++) {
    if (view.kind(i) === TokenKind.Hyphen) continue;
    const word = view.lower(i);
    const opensWord = i === k || view.spaceBefore(i);
    if (opensWord && !view.isCapitalized(i)) return false;
    if (HEAD_WORDS.has(word) || view.hasClass(i, WordClass.Title) || (isCommonWord(word) && !(i === end - 1 && i > k && isListedSurname(word)))) return false;
  }
  return true;
}

/** A body's whole name from `first` to `end`: known, closed by an organization's head word (or its "of" and a place), or one word no dictionary holds. */
function isWholeBody(view: TokenView, first: number, end: number): boolean {
  if (gazetteer().byKey.get(keyOf(view, first, end))?.type === 'organization') return true;
  if (end - first === 1) return view.kind(first) === TokenKind.Word && !isCommonWord(view.lower(first)) && !isGivenName(view.lower(first));
  const head = end >= first + 3 && view.lower(end - 2) === 'of' && gazetteer().byKey.get(view.key(end - 1))?.type === 'place' ? end - 3 : end - 1;
  return head > first && HEAD_WORDS.get(view.lower(head)) === 'organization';
}

function isCapitalizedTitle(view: TokenView, i: number): boolean {
  return view.hasClass(i, WordClass.Title) && view.isCapitalized(i);
}

/** A body's name the lists know, or a vessel's prefix and a word: "Morgan Stanley", "HMS Duncan". */
function isCompleteBody(view: TokenView, first: number, end: number): boolean {
  return gazetteer().byKey.has(keyOf(view, first, end)) || (namesAVessel(view, first) && end - first >= 2);
}

/** A person's name from `k` to `end`: two to four capitalised words or initials, a given name first, no head word or dictionary word but a surname last ("Tom Brown"). */
function isHolderName(view: TokenView, k: number, end: number): boolean {
  // A given name that is a word too, before a name: "Minister of National Defence Bill Blair", "HMS Kent Commander Matt Millyard".
  if (end - k < 2 || end - k > 5 || !view.isCapitalized(k) || !isGivenName(view.lower(k), true)) return false;
  const last = withoutGenerationSuffix(view, k, end) - 1;
  if (last <= k || view.kind(last) !== TokenKind.Word) return false;
  for (let i = k + 1; i < end; i++) {
    const word = view.lower(i);
    if (view.isChar(i, '.')) continue;
    if (view.kind(i) !== TokenKind.Word || HEAD_WORDS.has(word) || view.hasClass(i, WordClass.Title) || (isCommonWord(word) && !isGivenName(word, true) && !NAME_PARTICLES.has(word) && !(i === last && isListedSurname(word)))) return false;
  }
  return true;
}

/**
 * Enlisted ranks with a class, "Airman 1st Class Chase Hedrick", "Petty Officer 2nd Class Maria
 * Lopez", "Private First Class Tom Reed": the rank is no name, and "Class" no word of the person's
 * (they were "Airman", other, and "Class Chase Hedrick", other). Where the person's name starts in
 * the run; -2 for a run that holds the rank and nothing after it; -1 for a run with no such rank.
 */
function classRankBefore(view: TokenView, first: number, end: number): number {
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
function isRankAbbreviationsOnly(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.isWord(i) ? !RANKS_AND_RETIRED.has(view.lower(i)) || !view.isChar(i + 1, '.') : !view.isChar(i, '.')) return false;
  return true;
}

/** The ranks, and "ret." or "retd." (retired) after them. */
const RANKS_AND_RETIRED = new Set([...RANK_ABBREVIATIONS, 'ret', 'retd']);

/**
 * Whether the run's first word opens its sentence as a common word before the name ("Losing
 * Pokrovsk", "Senior EU officials"); whether it is cut off is decided with the rest of the article
 * (see extractArticleMentions).
 */
function opensWithCommonWord(view: TokenView, run: NameRun, end: number): boolean {
  const { first } = run;
  // A given name is no opener to cut off, though it be a word too: "Jack Herrick", "Will Middlebrooks".
  const opener = view.lower(first);
  // "Centrist Rodrigo Paz won", "Climatologist Francisco Aquino said": a descriptor or an occupation no
  // dictionary holds ("centrist", "climatologist") is such an opener too.
  // "King's College Hospital declared": a possessive the run holds joins its opener to the name ("Hospital" was left).
  // "Sporting Cristal won 2-0" opening a sentence: a club's opening word is the club's, no opener (it left a person "Cristal").
  return run.sentenceInitial && end - first > 1 && !isPossessiveInRun(view, first + 1) && !startsKnownName(view, first, end) && !opensWithClubWord(view, first, end) && (isCommonWord(opener) || NAME_DESCRIPTORS.has(opener) || isOccupationByEnding(opener) || isFirmKindNoun(opener)) && !isGivenName(opener) && !LANDFORM_OPENERS.has(opener);
}

/** An office or a title after a place ("US Secretary of State John Kerry"), or no name at all ("the Governor of Virginia"); undefined when the run holds none. */
function officeParts(view: TokenView, run: NameRun, end: number): NamePart[] | undefined {
  const { first } = run;
  const initial = run.sentenceInitial;
  // "the US Secretary of Defense", "US Secretary of State John Kerry" (whose run ends before "of"):
  // a known place before title words alone is the only name there, though an office's "of" follows.
  // "Former US Secretary of State John Kerry" opening a sentence: "Former" is the title's, "US" the place.
  const placeFirst = afterTitleModifiers(view, first, end);
  // "Former Brazilian president Jair Bolsonaro was indicted": a title's modifier and a nationality
  // opening the sentence name no one (the modifier was dropped as an opener, and "Brazilian" kept).
  // So do a descriptor and a nationality: "Veteran British actor Tom Pelling died", "Renowned
  // Australian novelist Craig Silvey" (the descriptor was cut as an opener, and "British" kept).
  const nationalityFirst = placeFirst === first && NAME_DESCRIPTORS.has(view.lower(first)) ? first + 1 : placeFirst;
  if (initial && nationalityFirst > first && isDemonymSpan(view, nationalityFirst, end)) return [];
  const stateBeforeTitles = stateOfTitleAt(view, placeFirst, end);
  if (stateBeforeTitles > 0) return [part(placeFirst, stateBeforeTitles + 1, null, initial && placeFirst === first, null)];
  // The title's word closing the run first: most runs have none, and need no known prefix.
  const placeBeforeTitles = mayCloseRoleOnlyForm(view, end) ? knownPrefixEnd(view, placeFirst, end) : 0;
  if (placeBeforeTitles > 0 && placeBeforeTitles < end && isRoleOnlyForm(keyOf(view, placeBeforeTitles, end))) {
    return [part(placeFirst, placeBeforeTitles, null, initial && placeFirst === first, null)];
  }
  // "the Governor of Virginia", "the Minister for Trade": an office, not a name. Its place stays a name.
  if (headsOfficePhrase(view, first, end) || isOfficeTail(view, first, end)) return [];
  const countryOfOffice = placeAfterOfficeTail(view, first, end);
  if (countryOfOffice > 0) return [part(countryOfOffice, end, null, false, null)];
  const office = officeBefore(view, first, end);
  if (office) {
    const person = part(office.nameFirst, end, office.title, false, run.hyphenSuffix, office.titleFirst);
    // "President of France Emmanuel Macron", "Archbishop of Canterbury Justin Welby": the country or
    // the city is still named, inside the title.
    const place = keyOf(view, first, office.nameFirst);
    const chamber = isMemberOfChamberAt(view, office.titleFirst) && LEGISLATIVE_CHAMBERS.has(place);
    return namesPlaceOrBodyOfOffice(place) || chamber ? [part(first, office.nameFirst, null, false, null), person] : [person];
  }
  return undefined;
}

/**
 * What an office is "of", named before its holder: a place or a body the lists know ("President of
 * France Emmanuel Macron", "Secretary General of NATO Mark Rutte"); not a portfolio that is a
 * dictionary word, though a party is known by it ("Secretary of Labor Hilda Solis", "Minister of
 * Labour Ada Vell": "Labor" was the Australian Labor Party).
 */
function namesPlaceOrBodyOfOffice(key: string): boolean {
  const known = gazetteer().byKey.get(key);
  if (known) return known.type === 'place' || !isCommonWord(key);
  return isCity(key);
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

/** The run without nationality words, split at its hyphens ("US-Russia"), peoples and place adjectives dropped. */
function plainParts(view: TokenView, run: NameRun, end: number): NamePart[] {
  const { first } = run;
  const initial = run.sentenceInitial;
  const trimmed = trimDemonyms(view, first, end);
  if (!trimmed) return [];
  const initialCommonWord = opensWithCommonWord(view, run, end);
  const parts: NamePart[] = [];
  for (const piece of splitAtHyphens(view, trimmed.first, trimmed.end, run.hyphenJoins)) {
    const opensSentence = initial && piece.first === first;
    if (piece.end - piece.first === 1 && namesAPeople(view.key(piece.first))) {
      if (standsAloneAsNoun(view, piece.first, piece.end, opensSentence)) parts.push(part(piece.first, piece.end, null, opensSentence, null));
      continue;
    }
    if (isDemonymSpan(view, piece.first, piece.end) && !isRegionNoun(view, piece.first, piece.end) && !gazetteer().byKey.has(keyOf(view, piece.first, piece.end))) continue;
    if (isCombinedDemonym(view, piece.first, piece.end)) continue;
    if (isGroupAdjective(view, piece.first, piece.end) || isRaceBeforePeople(view, piece.first, piece.end)) continue;
    // "its Bavarian sister party", "Greenlanders wanted independence".
    if (piece.end - piece.first === 1 && isPlaceAdjective(view.key(piece.first))) continue;
    if (piece.end - piece.first === 1 && view.hasClass(piece.first, WordClass.Compass)) continue;
    if (isPluralOfPlace(view, piece.first, piece.end)) continue;
    const suffix = piece.end === end ? run.hyphenSuffix : null;
    parts.push(part(piece.first, piece.end, null, opensSentence, suffix, null, opensSentence && initialCommonWord));
  }
  return parts;
}

/** The possessive of "King's College" or "Workers' Party" at token i, written against the word before it. */
function isPossessiveInRun(view: TokenView, i: number): boolean {
  const kind = view.kind(i);
  return (kind === TokenKind.Possessive || kind === TokenKind.Apostrophe) && view.adjacent(i - 1);
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
 * "the carrier Admiral Kuznetsov", "the cruise ship Queen Mary 2", "His yacht, the Lady Maura,", "aboard the Admiral Nakhimov": a
 * ship named after someone keeps the title of its name, which names no office (it was cut, and the
 * rest was a person "Kuznetsov", "Mary 2").
 */
function namesAVessel(view: TokenView, first: number): boolean {
  // "HMS Prince of Wales", "HMS King George V": a vessel's prefix in capitals opens the name.
  if (isVesselPrefixAt(view, first)) return true;
  const the = first >= 2 && view.lower(first - 1) === 'the';
  // "Sailors aboard the Admiral Nakhimov cheered".
  if (the && view.isLowerWord(first - 2) && ABOARD_WORDS.has(view.lower(first - 2))) return true;
  const noun = the && first >= 3 && view.isChar(first - 2, ',') ? first - 3 : first - 1;
  return noun >= 0 && view.isLowerWord(noun) && PRECEDING_TYPE_CUES.get(view.lower(noun)) === 'vessel';
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

/**
 * "Daniel Bernoulli FRS", "Zaha Mohammad Hadid DBE RA": honours and degrees after a name are no part
 * of it, nor is a judge's post-nominal after the surname ("Ekwo J. said" was "Ekwo J", a person apart
 * from "Justice Inyang Ekwo"; "Koome CJ" a body).
 */
function withoutPostNominals(view: TokenView, first: number, end: number): number {
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
function withoutRolePlural(view: TokenView, first: number, end: number): number {
  if (end - 1 > first && isMemberOfChamberAt(view, end - 1)) return end - 1;
  return end - 1 > first && ROLE_ACRONYM_PLURALS.has(view.text.slice(view.start(end - 1), view.end(end - 1))) && view.spaceBefore(end - 1) ? end - 1 : end;
}

/** "Member" or "Members" at k, capitalised, before "of", perhaps "the", and a chamber: "Member of Parliament", "Members of the Senate". */
function isMemberOfChamberAt(view: TokenView, k: number): boolean {
  const word = view.lower(k);
  if ((word !== 'member' && word !== 'members') || !view.spaceBefore(k) || view.lower(k + 1) !== 'of' || !view.isLowerWord(k + 1)) return false;
  const chamber = view.lower(k + 2) === 'the' ? k + 3 : k + 2;
  return chamber < view.count && view.isCapitalized(chamber) && LEGISLATIVE_CHAMBERS.has(view.lower(chamber));
}

const ROLE_ACRONYM_PLURALS = new Set(['MPs', 'MEPs', 'MSPs', 'MLAs', 'MKs', 'TDs', 'CEOs', 'CFOs', 'GPs']);

/** "a Conservative MP said", "Conservative MP James Arkwell": one party's adjective, no name the lists know, before a member cut off the run or left out of it. */
function isPartysAdjectiveBeforeMembers(view: TokenView, first: number, end: number, runEnd: number): boolean {
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

/** A part of a run, made whole (a spread of one part into another cost a generic object copy per name). */
function part(
  first: number,
  end: number,
  title: string | null,
  sentenceInitial: boolean,
  hyphenSuffix: string | null,
  titleFirst: number | null = null,
  initialCommonWord = false,
): NamePart {
  return { first, end, title, titleFirst, sentenceInitial, initialCommonWord, hyphenSuffix };
}

/**
 * A copy of a part with some of its fields changed. Every part is made with its fields in
 * NamePart's order, here and in `part`, so that all have one hidden class: an object spread
 * (`{ ...part, first }`) gave its copies another, and the functions reading parts were
 * deoptimized each time a file first brought them one ("Losing Pokrovsk" cut to "Pokrovsk").
 */
export function changedPart(p: NamePart, changes: Partial<NamePart>): NamePart {
  const copy: NamePart = { first: p.first, end: p.end, title: p.title, titleFirst: p.titleFirst, sentenceInitial: p.sentenceInitial, initialCommonWord: p.initialCommonWord, hyphenSuffix: p.hyphenSuffix };
  return Object.assign(copy, changes);
}

function keyOf(view: TokenView, first: number, end: number): string {
  return view.keyOf(first, end);
}

/** The longest prefix of [first, end) that the gazetteer knows, as an end index; 0 when none. */
/** Past the words that qualify a title rather than name anything: "Former", "Acting" in "Former US Secretary". */
function afterTitleModifiers(view: TokenView, first: number, end: number): number {
  let i = first;
  while (i < end - 1 && (isTitleModifier(view, i) || isRankBeforePlace(view, i, end)) && view.isCapitalized(i + 1)) i++;
  return i;
}

function isTitleModifier(view: TokenView, i: number): boolean {
  return view.hasClass(i, WordClass.Title) && !CORE_TITLES.has(view.lower(i));
}

/** "Chief U.S. District Judge Beryl Howell", "Senior U.S. District Judge …": a rank before a known place qualifies the title after it ("Chief U.S." was other). */
function isRankBeforePlace(view: TokenView, i: number, end: number): boolean {
  return (view.lower(i) === 'chief' || view.lower(i) === 'senior') && knownPrefixEnd(view, i + 1, end) > 0;
}

export function knownPrefixEnd(view: TokenView, first: number, end: number): number {
  // Most runs open with a word no gazetteer key opens ("Vladimir Putin"): then no prefix is keyed.
  if (end <= first || (view.opensKeys(first) && !opensGazetteerKey(view.key(first)))) return 0;
  const known = gazetteer().byKey;
  // No known name is longer than the longest in the gazetteer: a long run costs no more than a short one.
  // Read from the shortest prefix on, and stop where no key goes on: "United States Secretary of
  // State John Kerry" is keyed to "united states secretary" and no further. A prefix whose key
  // is empty (a hyphen alone) or is known goes on, since the next token may add nothing to it.
  let longest = 0;
  const last = Math.min(end, first + maxGazetteerTokens());
  for (let e = first + 1; e <= last; e++) {
    const key = keyOf(view, first, e);
    // "the Dublin–Holyhead crossing": a hyphen or a dash after the known name is no part of it (it
    // was "Dublin–", its key the city's).
    if (known.has(key)) longest = isJoiningMark(view, e - 1) || isStateOfTitle(view, e) ? longest : e;
    else if (key !== '' && !opensLongerGazetteerKey(key)) break;
  }
  return longest;
}

/**
 * "Gombe State Governor, Inuwa Yahaya, thanked voters", "The Kano State Governor said": words no
 * dictionary holds, then "State" and title words closing the run, are the state's name, before its
 * title (the run was one name, of type other or person). Where "State" stands, or 0: the state's name ends after it.
 * So are a region the lists know, though a dictionary word ("Delta State Governor, Sheriff
 * Oborevwori, said", "Rivers State Governor": the whole run was one name of dictionary words, dropped),
 * and a known town ("Kano State Governor" gave "Kano" alone). An American state's "State" is the
 * title's, knownPrefixEnd's ("Ohio State Treasurer", "Iowa State Senator").
 */
function stateOfTitleAt(view: TokenView, first: number, end: number): number {
  for (let k = first + 1; k < end - 1; k++) {
    if (view.lower(k) !== 'state' || !view.isCapitalized(k)) continue;
    return isRoleOnlyForm(keyOf(view, k, end)) && namesFederalState(view, first, k) ? k : 0;
  }
  return 0;
}

/** The words from `first` to `state` ("State") name a federal state: words no dictionary holds, or a region the lists know, no American state's. */
function namesFederalState(view: TokenView, first: number, state: number): boolean {
  const place = keyOf(view, first, state);
  return !isAmericanState(place) && (noDictionaryWords(view, first, state) || isRegion(place));
}

/**
 * "Ohio State Treasurer Robert Sprague", "Iowa State Senator …": a known name closing with "State"
 * ("Ohio State", the university) before a title word gives its "State" to the title; the place
 * before it is the prefix.
 */
function isStateOfTitle(view: TokenView, e: number): boolean {
  return e < view.count && view.lower(e - 1) === 'state' && view.isCapitalized(e) && isTitleWord(view.lower(e));
}

function isJoiningMark(view: TokenView, i: number): boolean {
  return view.kind(i) === TokenKind.Hyphen || view.isChar(i, '–');
}

let longestKnown = 0;

/** The most tokens any gazetteer name has (with its hyphens and periods, as keys are read). */
function maxGazetteerTokens(): number {
  if (!longestKnown) {
    for (const key of gazetteer().byKey.keys()) longestKnown = Math.max(longestKnown, key.split(' ').length);
    // Hyphens and periods are tokens in the text but not words of the key.
    longestKnown = longestKnown * 2 + 2;
  }
  return longestKnown;
}

function startsKnownName(view: TokenView, first: number, end: number): boolean {
  return knownPrefixEnd(view, first, end) > 0;
}

function isDemonymAt(view: TokenView, i: number, end: number): number {
  const demonyms = gazetteer().demonyms;
  if (i + 1 < end && demonyms.has(keyOf(view, i, i + 2))) return 2; // "South Korean"
  return demonyms.has(view.key(i)) ? 1 : 0;
}

/**
 * "Anglo-American relations", "the Franco-German alliance", "Sino-Russian ties": a combining form, a
 * hyphen and a demonym are an adjective of two peoples, no name ("Anglo-American" was other, and the
 * company Anglo American's key). Not "Indo-Pacific", a place, nor "the Russo-Japanese War".
 */
function isCombinedDemonym(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 3 || view.kind(first + 1) !== TokenKind.Hyphen || !COMBINING_FORMS.has(view.lower(first))) return false;
  return isDemonymAt(view, first + 2, end) === 1;
}

const COMBINING_FORMS = new Set(['anglo', 'franco', 'sino', 'russo', 'indo', 'afro', 'greco', 'italo', 'austro', 'judeo', 'turco', 'serbo', 'hispano', 'luso', 'germano', 'polono', 'euro']);

function isDemonymSpan(view: TokenView, first: number, end: number): boolean {
  let i = first;
  while (i < end) {
    const n = isDemonymAt(view, i, end);
    if (n === 0) return false;
    i += n;
  }
  return true;
}

/**
 * Two words, a given name and a surname the census lists, though it be a body's head word: "Frank
 * Church", "Margaret Court", "Tom Press". Not a place's head word: "Emperor Norton Bridge" is a bridge.
 */
function isGivenNameAndSurname(view: TokenView, first: number, end: number): boolean {
  const surname = view.lower(first + 1);
  // "Forward Operating Base Chapman": a place's head word is no given name ("Base" is a rare one), though a
  // surname follow it ("Chairman Bill Ford" has a law's).
  return end - first === 2 && view.spaceBefore(first + 1) && isGivenName(view.lower(first), true) && HEAD_WORDS.get(view.lower(first)) !== 'place' && isListedSurname(surname) && HEAD_WORDS.get(surname) !== 'place' && !namesBodyAfterItsPatron(view, first, end);
}

/**
 * "Deputy Prime Minister Vu Duc Dam has exhorted the ministry", "Foreign Minister Bui Thanh Son said":
 * an office of two words or more, no ruler's or patron's, and a verb of saying or "has" and a past
 * participle after the name make its head word ("Dam", "Son", "Hall") a holder's name, no place named
 * after a patron (the run, title and all, was a place).
 */
function isOfficeHolderSpeaking(view: TokenView, first: number, lastCore: number, end: number): boolean {
  if (lastCore <= first || end + 1 >= view.count || !view.isLowerWord(end)) return false;
  // Title words only, with spaces between them: "Sun Yat-sen University said" holds a senator's "Sen" after a hyphen.
  for (let i = first; i <= lastCore; i++) {
    if (REGNAL_TITLES.has(view.lower(i)) || PATRON_TITLES.has(view.lower(i))) return false;
    if (view.kind(i) !== TokenKind.Word || !view.hasClass(i, WordClass.Title) || (i > first && !view.spaceBefore(i))) return false;
  }
  const verb = view.lower(end);
  return SPEECH_VERBS.has(verb) || ((verb === 'has' || verb === 'had') && view.isLowerWord(end + 1) && view.lower(end + 1).endsWith('ed'));
}

/**
 * "the King Abdulaziz Center", "King Khalid Foundation", "Prince Sultan Center": a ruler's title, a
 * given name and a body's head word that is a surname too name the body after its patron, title and
 * all ("Abdulaziz Center" was a person); "Senator Frank Church" has no patron's title.
 */
function namesBodyAfterItsPatron(view: TokenView, first: number, end: number): boolean {
  const title = view.wordBefore(first);
  return title >= 0 && (REGNAL_TITLES.has(view.lower(title)) || PATRON_TITLES.has(view.lower(title))) && HEAD_WORDS.get(view.lower(end - 1)) === 'organization';
}

/**
 * "House Speaker Matt Hall", "Senator Sarah Cross": after an office's title, a given name and a place's head
 * that is a frequent surname (SURNAME_HEADS) are a person's name (the run was one place, title and all).
 * A ruler's or a patron's title names a building after them: "Queen Elizabeth Hall".
 */
function isTitledGivenNameAndSurnameHead(view: TokenView, title: number, first: number, end: number): boolean {
  if (end - first !== 2 || !SURNAME_HEADS.has(view.lower(first + 1)) || REGNAL_TITLES.has(view.lower(title)) || PATRON_TITLES.has(view.lower(title))) return false;
  return view.spaceBefore(first + 1) && isGivenName(view.lower(first), true) && HEAD_WORDS.get(view.lower(first)) !== 'place';
}

/**
 * "[Russian|U.S.|SNSA] [Deputy Foreign] Minister Name", "Rear Adm. Name", "Secretary of State Name":
 * the title (and any place, nationality or agency before it) is not the name. Organisation names
 * that contain a title word are left alone ("General Bureau of Ocean Transport", "Foreign Ministry").
 */
function splitTitle(
  view: TokenView,
  first: number,
  end: number,
): { title: string; titleFirst: number; nameFirst: number; prefix: { first: number; end: number } | null } | null {
  if (isSpelledByLettersAfter(view, first, end)) return null;
  let lastCore = -1;
  for (let i = first; i < end; i++) {
    if (isHonorificOfNameAfterOffice(view, lastCore, i, end) || (i === first && isHonorificOfUnlistedName(view, i, end))) break;
    if (isHonorificInsideName(view, first, i, end)) continue;
    if ((isCoreTitleAt(view, i) && !isSurnameAfterTitledName(view, lastCore, i, end) && !qualifiesForeignBody(view, first, i)) || isFirstLady(view, first, i)) lastCore = i;
  }
  if (lastCore < 0) lastCore = roleBeforeGivenName(view, first, end);
  const roleAfterName = lastCore < 0 && end - first >= 4 ? roleAfterNameBeforeGivenName(view, first, end) : -1;
  if (roleAfterName >= 0) lastCore = roleAfterName;
  if (lastCore < 0 || lastCore - first > 6 || namesAPlaceAfterItsPatron(view, lastCore, end) || namesAThingAfterItsPatron(view, lastCore, end)) return null;
  let nameFirst = lastCore + 1;
  while (nameFirst < end && !isHonorificOfNameAfterOffice(view, lastCore, nameFirst, end) && !isInitialsPairAfterTitle(view, nameFirst) && (view.kind(nameFirst) === TokenKind.Period || view.hasClass(nameFirst, WordClass.Title) || isConnectorAfterTitle(view, nameFirst) || view.kind(nameFirst) === TokenKind.Hyphen)) {
    nameFirst++;
  }
  // "Prime Minister Datuk Seri Anwar Ibrahim": the style after the office is no word of the name.
  nameFirst = afterHonoursStyle(view, nameFirst, end);
  if (nameFirst >= end || !(view.isCapitalized(nameFirst) || (view.hasClass(nameFirst, WordClass.NameParticle) && view.isCapitalized(nameFirst + 1)))) return null;
  if (isFirmOpenedByGeneral(view, first, lastCore, end) || isFirmWithGeneralInside(view, first, lastCore, end)) return null;
  // "Martin Luther King Jr.": "King" is the surname when only "Jr." follows it.
  if (withoutGenerationSuffix(view, nameFirst - 1, end) === nameFirst) return null;
  // "Martin Luther King III spoke": so is it before a son's numeral alone (it left "III", a person).
  if (nameFirst + 1 === end && lastCore > first && view.isAllCaps(nameFirst) && REGNAL_NUMERALS.has(view.lower(nameFirst))) return null;
  // "Park" heads a place's name ("Victoria Park") and is a Korean surname ("Judge Shanlyn Park"); after
  // a title, a given name and a surname the census lists are a person's ("Senator Frank Church").
  if (!isGivenNameAndSurname(view, nameFirst, end) && !isTitledGivenNameAndSurnameHead(view, lastCore, nameFirst, end) && !isOfficeHolderSpeaking(view, first, lastCore, end)) for (let i = nameFirst; i < end; i++) if (view.hasClass(i, WordClass.Head) && view.lower(i) !== 'park' && !isInitialsPairAfterTitle(view, i) && !isWordGivenNameBeforeUnlistedSurname(view, lastCore, i, end)) return null;
  if (closesWithThingWord(view, lastCore, nameFirst, end)) return null;
  // "President Luiz Inácio Lula da Silva": particles are no words of their own here, nor is the
  // honorific opening the name ("Emir Sheikh Tamim bin Hamad Al Thani").
  const honorific = NAME_HONORIFICS.has(view.lower(nameFirst)) ? 1 : 0;
  const nameWords = spaceWords(view, nameFirst, end) - particleWordsIn(view, nameFirst, end) - familyArticlesIn(view, nameFirst, end) - honorific;
  if (nameWords > 4 && !(nameWords <= MAX_TITLED_UNLISTED_WORDS && noDictionaryWords(view, nameFirst, end))) return null;

  // "Leeds United Manager Daniel Farke": the name before such a role is a name of its own, the lists' or not.
  const prefix = prefixBeforeTitle(view, first, lastCore) ?? (roleAfterName >= 0 ? { first, end: lastCore } : null);
  const titleFirst = prefix ? first : titleAfterCoordinatedName(view, first, lastCore);
  return { title: view.slice(titleFirst, nameFirst), titleFirst, nameFirst, prefix };
}

/**
 * "brought him to the Detective Branch (DB) office": letters in brackets right after the run that spell
 * all its capitalised words, the title's too, make the title a word of a body's name (it was a person
 * "Branch", the rank cut off).
 */
function isSpelledByLettersAfter(view: TokenView, first: number, end: number): boolean {
  if (end + 2 >= view.count || !view.isChar(end, '(') || !view.isChar(end + 2, ')') || !view.isAllCaps(end + 1) || view.kind(end + 1) !== TokenKind.Word) return false;
  let initials = '';
  for (let k = first; k < end; k++) if (view.kind(k) === TokenKind.Word && view.isCapitalized(k)) initials += view.raw(k)[0];
  return initials.length >= 2 && initials === view.raw(end + 1);
}

/**
 * "Saudi Crown Prince Faisal bin Turki bin Abdulaziz Al Saud": the Arabic article capitalised before a
 * ruling family's name inside a name is a particle as "bin" is, no word of its own (the run, title
 * and all, was one name of type other).
 */
function familyArticlesIn(view: TokenView, first: number, end: number): number {
  let articles = 0;
  for (let i = first + 1; i + 1 < end; i++) if (view.isText(i, 'Al') && view.spaceBefore(i + 1) && view.isCapitalized(i + 1)) articles++;
  return articles;
}

/**
 * "General Mills cut its forecast", "Shares of General Dynamics fell", "General Atomics won": "General" opening a run before one
 * dictionary word (or a field's "-ics" plural of one) that is no given name, a word the file never writes without "General" before it, is
 * the first word of a firm's name, no rank ("Mills" was a person). A rank stands before a person's name,
 * which the story writes alone or in full too: "Gen. Charles Brown … General Brown" stays the general.
 */
function isFirmOpenedByGeneral(view: TokenView, first: number, title: number, end: number): boolean {
  if (title !== first || view.lower(title) !== 'general' || end - title !== 2 || !view.spaceBefore(title + 1)) return false;
  const word = view.lower(title + 1);
  return (isCommonWord(word) || isFieldOfAdjective(word)) && !isGivenName(word, true) && !writesWordWithoutGeneral(view.text, view.raw(title + 1));
}

/** "General Atomics", "Applied Genomics": a field's plural in "-ics" made of a dictionary adjective, which the dictionary lacks ("atomic" + "s"). */
function isFieldOfAdjective(word: string): boolean {
  return word.length > 5 && word.endsWith('ics') && isCommonWord(word.slice(0, -1));
}

/**
 * "Mass General Brigham said it would cut jobs": "General" between a capitalised dictionary word that
 * says nothing of a rank (no title, role, body's head, people or place, nor a participle: "Retired
 * General Petraeus") and one word is inside a body's name ("Brigham" was a person, "Mass" dropped).
 * "Army General Munir", "Attorney General Bondi", "Surgeon General Murthy", "Solicitor General Prelogar"
 * keep their titles.
 */
function isFirmWithGeneralInside(view: TokenView, first: number, title: number, end: number): boolean {
  if (title !== first + 1 || view.lower(title) !== 'general' || end - title !== 2 || !view.isCapitalized(first) || view.isAllCaps(first)) return false;
  const word = view.lower(first);
  if (!isCommonWord(word) || word.endsWith('ed') || OFFICE_NOUN_ENDING.test(word) || view.hasClass(first, WordClass.Title) || ROLE_NOUNS.has(word) || isOccupationByEnding(word) || HEAD_WORDS.has(word)) return false;
  return !gazetteer().demonyms.has(view.key(first)) && !isKnownPlace(view.key(first));
}

/** An agent noun's ending, as the offices before "General" have: "Solicitor", "Postmaster", "Adjutant", "Advocate", "Registrar". */
const OFFICE_NOUN_ENDING = /(?:or|er|ar|ant|ent|ate|ist)$/;

/** Whether the text holds `word` (as written, a whole word) anywhere but right after "General ". */
function writesWordWithoutGeneral(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (isWordCharAt(text, at - 1) || isWordCharAt(text, at + word.length)) continue;
    if (text.slice(Math.max(0, at - 8), at) !== 'General ') return true;
  }
  return false;
}

function isWordCharAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]!);
}

/**
 * "Prime Minister Sheikh Hasina", "Foreign Minister Sheikh Abdullah bin Zayed": an honorific that
 * news writes as part of a name (NAME_HONORIFICS), right after an office's title and before a
 * capitalised word, opens the name; it is no second title (the name was "Hasina" alone).
 */
function isHonorificOfNameAfterOffice(view: TokenView, lastCore: number, i: number, end: number): boolean {
  if (lastCore < 0 || i + 1 >= end || !NAME_HONORIFICS.has(view.lower(i)) || !view.isCapitalized(i + 1)) return false;
  let k = i - 1;
  while (k > lastCore && (view.kind(k) === TokenKind.Period || view.hasClass(k, WordClass.Title))) k--;
  return k === lastCore && !view.hasClass(lastCore, WordClass.Honorific);
}

/**
 * "President Hassan Sheikh Mohamud", "Ahmed Sheikh Nur said": an honorific that news writes as part of
 * a name (NAME_HONORIFICS), between a given name and another capitalised word, is a word of a
 * Somali or Arabic name, no title (they were "Hassan", a place, and "Mohamud" titled "Hassan Sheikh").
 */
function isHonorificInsideName(view: TokenView, first: number, i: number, end: number): boolean {
  if (i <= first || i + 1 >= end || !NAME_HONORIFICS.has(view.lower(i)) || !view.spaceBefore(i) || !view.spaceBefore(i + 1)) return false;
  const given = i - 1;
  if (view.kind(given) !== TokenKind.Word || !view.isCapitalized(given) || view.isAllCaps(given) || view.hasClass(given, WordClass.Title)) return false;
  return isGivenName(view.lower(given), true) && !isCommonWord(view.lower(given)) && view.kind(i + 1) === TokenKind.Word && view.isCapitalized(i + 1) && !view.hasClass(i + 1, WordClass.Title);
}

/**
 * "Sheikh Hasina fled to India", "Sheikh Mujibur Rahman": an honorific that news writes as part of a
 * name (NAME_HONORIFICS), opening the run before a word the lists hold as no given name of the
 * honorific's sex, is the name's own first word (the name was "Hasina"). Before a man's given name
 * it is the title it looks ("Qatar's emir, Sheikh Tamim," is "Tamim"), and so before a ruling
 * family's name of particles ("Sheikh Nawaf al-Ahmad al-Sabah", "Sheikh Sabah Khalid al-Sabah").
 */
function isHonorificOfUnlistedName(view: TokenView, i: number, end: number): boolean {
  if (i + 1 >= end || !NAME_HONORIFICS.has(view.lower(i)) || !view.isCapitalized(i + 1) || !view.spaceBefore(i + 1)) return false;
  for (let k = i + 2; k < end; k++) if (view.hasClass(k, WordClass.NameParticle)) return false;
  const given = view.lower(i + 1);
  const sex = view.lower(i).endsWith('a') ? 'female' : 'male';
  return !isGivenName(given, true) || givenNameGender(given) === (sex === 'male' ? 'female' : 'male');
}

/**
 * "Fiscalía General de la República", "Secretaría General", "Dirección General de Migración": in
 * Spanish and Portuguese the adjective follows the body's head word, so a title word there is the
 * body's, no person's title.
 */
function qualifiesForeignBody(view: TokenView, first: number, i: number): boolean {
  return i > first && view.kind(i - 1) === TokenKind.Word && FOREIGN_ORGANIZATION_HEADS.has(view.key(i - 1));
}

/**
 * "Senator Angus King", "Transport Minister Catherine King": a title word closing the run after a
 * title and a given name is the surname (the run was one name of type other, title and all).
 * "President-elect Joe Biden" and "Prime Minister Theresa May" have no title word after the name.
 */
function isSurnameAfterTitledName(view: TokenView, lastCore: number, i: number, end: number): boolean {
  if (lastCore < 0 || i !== end - 1 || i - lastCore !== 2) return false;
  const given = lastCore + 1;
  return view.isCapitalized(given) && !view.hasClass(given, WordClass.Title) && isGivenName(view.lower(given), true);
}

/**
 * "Aleppo's Sheikh Maqsoud district", "the King Fahd hospital": a ruler's or a cleric's title and
 * name before a place's noun in lower case name the place after its patron; the title stays in it.
 */
function namesAPlaceAfterItsPatron(view: TokenView, title: number, end: number): boolean {
  const word = view.lower(title);
  if (!REGNAL_TITLES.has(word) && !PATRON_TITLES.has(word)) return false;
  return view.isLowerWord(end) && FOLLOWING_TYPE_CUES.get(view.lower(end)) === 'place';
}

/**
 * "the Queen Mary 2", "the Queen Elizabeth 2": a ruler's title and a name closed by a number in
 * digits name a ship or a model after its patron (no ruler's number is written so); the title stays
 * in it (both were persons "Mary 2" and "Elizabeth 2").
 */
function namesAThingAfterItsPatron(view: TokenView, title: number, end: number): boolean {
  return REGNAL_TITLES.has(view.lower(title)) && end - title >= 3 && view.kind(end - 1) === TokenKind.Number;
}

/**
 * "Order and Direct Major-General Scott", "the Arts and Humanities Citation Index Professor
 * Chomsky": a run opened right after "and" or "&" between capitalised words goes on with the name
 * before it, so its words up to the title's own words are that name's, not the title's.
 */
function titleAfterCoordinatedName(view: TokenView, first: number, lastCore: number): number {
  if (first < 2 || !['and', '&'].includes(view.lower(first - 1)) || !view.isCapitalized(first - 2)) return first;
  let titleFirst = lastCore;
  while (titleFirst > first && (view.hasClass(titleFirst - 1, WordClass.Title) || view.kind(titleFirst - 1) === TokenKind.Hyphen)) titleFirst--;
  return titleFirst;
}

/**
 * "Warhol's Prince Series", "Inspector Lynley Mysteries": a name after a title that closes with a
 * dictionary word no census lists as a surname is a thing's, the title word its first. Not after
 * an honorific or a particle ("Mlle. du Motel"), not a surname that is a word ("President Bush"),
 * and not a given name and one more word ("Chief Executive Elon Musk"), or more words no dictionary
 * holds ("Prime Minister Jonas Gahr Store" was other, title and all).
 */
function closesWithThingWord(view: TokenView, lastCore: number, nameFirst: number, end: number): boolean {
  const last = view.lower(end - 1);
  if (view.kind(end - 1) !== TokenKind.Word || !isCommonWord(last) || isListedSurname(last) || isGivenName(last, true)) return false;
  if (end - nameFirst === 2 && view.spaceBefore(end - 1) && isGivenName(view.lower(nameFirst), true)) return false;
  // "Prime Minister Jonas Gahr Store": a given name and words no dictionary holds before the last one too.
  if (end - nameFirst >= 3 && isGivenName(view.lower(nameFirst), true) && noDictionaryWords(view, nameFirst + 1, end - 1)) return false;
  // "Quarterback Jalen Hurts": after a player's position, a surname that is a word (isWordSurnameAfterUnlistedName).
  if (nameFirst === lastCore + 1 && PLAYER_POSITIONS.has(view.lower(lastCore)) && isWordSurnameAfterUnlistedName(view, lastCore, end - 1, end)) return false;
  // "Prime Minister Tusk and I met", "President Tusk said": after an office of state, one word is its
  // holder's surname, a word or not (the run was one name of type other, title and all); things are
  // named after a prince or a captain ("Prince Series", "Captain Planet"), not after a minister. Not a
  // plural, nor after "for": "MP Materials", "High Commissioner for Refugees" stay one name.
  if (nameFirst === lastCore + 1 && end - nameFirst === 1 && OFFICES_OF_STATE.has(view.lower(lastCore)) && !last.endsWith('s')) return false;
  return !view.hasClass(lastCore, WordClass.Honorific) && !view.hasClass(end - 2, WordClass.NameParticle);
}

/** The offices of state whose title before one word makes it the holder's surname (see closesWithThingWord). */
const OFFICES_OF_STATE = new Set(
  `president premier minister chancellor senator sen governor gov mayor ambassador congressman congresswoman representative rep commissioner speaker mp mep`.split(' '),
);

/** Titles only a company's head holds, never a country's: "Chairman", "CEO", and the two-word ones by their first word. */
const COMPANY_HEAD_TITLES = new Set(['chairman', 'chairwoman', 'chairperson', 'ceo']);
const COMPANY_HEAD_TITLE_PAIRS = new Map([['chief', 'executive'], ['managing', 'director']]);

/**
 * Where a company head's title that holds token `i` begins ("Chairman", "Chief Executive",
 * "Managing Director"), or -1: "Korea Zinc Chairman Choi Yoon-beom", "Kenya Power Managing Director
 * Joseph Siror".
 */
function companyHeadTitleFirst(view: TokenView, i: number): number {
  if (companyHeadTitleEnd(view, i) > 0) return i;
  return i > 0 && COMPANY_HEAD_TITLE_PAIRS.get(view.lower(i - 1)) === view.lower(i) ? i - 1 : -1;
}

/** Where a company head's title that begins at token `i` ends, or -1. */
export function companyHeadTitleEnd(view: TokenView, i: number): number {
  const word = view.lower(i);
  if (COMPANY_HEAD_TITLES.has(word)) return i + 1;
  return COMPANY_HEAD_TITLE_PAIRS.get(word) === view.lower(i + 1) ? i + 2 : -1;
}

/** "National Beverage Corp.", "Tamsu Heavy Industries Co Ltd": a legal form, its period or not, closes the words [first, end) of four words at most. */
function closesWithLegalForm(view: TokenView, first: number, end: number): boolean {
  const last = view.isChar(end - 1, '.') ? end - 2 : end - 1;
  return last > first && spaceWords(view, first, last + 1) <= 4 && view.isWord(last) && LEGAL_SUFFIXES.has(view.lower(last));
}

/**
 * The place or body named before a title: "US" in "US President Joe Biden", "Hanseong Group" in
 * "Hanseong Group Vice Chairman …", "European Commission" in "European Commission President Ursula
 * von der Leyen" (a body's name may open with a nationality; "Russian President" names no body).
 */
function prefixBeforeTitle(view: TokenView, runFirst: number, lastCore: number): { first: number; end: number } | null {
  const first = afterTitleModifiers(view, runFirst, lastCore);
  const companyTitle = companyHeadTitleFirst(view, lastCore);
  let orgEnd = companyTitle >= 0 ? companyTitle : lastCore;
  // "Arab League Secretary-General Ahmed Aboul Gheit": a hyphen inside the title is the title's too (the league was dropped).
  while (orgEnd > first && (view.hasClass(orgEnd - 1, WordClass.Title) || isCabinetOfTitle(view, orgEnd - 1, lastCore) || isHyphenInTitle(view, orgEnd - 1, first))) orgEnd--;
  // "Kano State Governor Abba Yusuf", "Kalu State Governor Ahmed Baraje": a federal state's "State" is
  // its name's, not the title's ("Kano" was left, and "Kalu" other); "Ohio State Treasurer" keeps it in the title.
  if (orgEnd > first && orgEnd < lastCore && view.lower(orgEnd) === 'state' && namesFederalState(view, first, orgEnd)) return { first, end: orgEnd + 1 };
  // "the Liberal Democratic Party of Prime Minister Fumio Kishida": a body's name, its "of", then its
  // leader's title (the party was the title's words, and no name).
  if (orgEnd - first >= 3 && view.isOfOrFor(orgEnd - 1) && HEAD_WORDS.get(view.lower(orgEnd - 2)) === 'organization' && !view.hasClass(first, WordClass.Title)) return { first, end: orgEnd - 1 };
  // "Chief Cabinet Secretary Yoshimasa Hayashi": a title word opening the words is the title's, no body's name.
  const namesBody = orgEnd - first >= 2 && (HEAD_WORDS.get(view.lower(orgEnd - 1)) === 'organization' || opensBodyWithConnector(view, first, orgEnd)) && !view.hasClass(first, WordClass.Title);
  // "Czech Energy Minister Lukas Vlcek", "Saudi Energy Minister Abdulaziz bin Salman": a portfolio after
  // the people's word is the title's, though "Energy" closes bodies' names ("Czech Energy" was a body).
  if (isDemonymAt(view, first, lastCore + 1)) return namesBody && !isPortfolioBeforeMinister(view, first + 1, orgEnd, lastCore) ? { first, end: orgEnd } : null;
  if (isPortfolioBeforeMinister(view, first, orgEnd, lastCore)) return null;
  const placeEnd = knownPrefixEnd(view, first, lastCore);
  // "China Securities Regulatory Commission Chairman Wu Qing", "Japan Airlines President Mitsuko
  // Tottori", "Korea Zinc Chairman Choi Yoon-beom": a country opening a body's or a company's name
  // before its head's title (each kept only the country, or nothing).
  // Not a portfolio before a minister's title: "US Energy Secretary Chris Wright" names the country.
  if (placeEnd > 0 && placeEnd < orgEnd && (namesBody || companyTitle >= 0) && !isPortfolioBeforeMinister(view, placeEnd, orgEnd, lastCore)) return { first, end: orgEnd };
  if (placeEnd > 0) return { first, end: placeEnd + placeHeadWordAfter(view, first, placeEnd, orgEnd) };
  if (namesBody) return { first, end: orgEnd };
  // "St. Petersburg Governor Alexander Beglov", "Saint Petersburg Mayor …", "San Pedro Sula Mayor …": a
  // town or a region the city lists know before the title is a place of its own (it was the title's).
  if (orgEnd > first && isCity(keyOf(view, first, orgEnd))) return { first, end: orgEnd };
  const headedPlaceEnd = placeByHeadWordEnd(view, first, orgEnd);
  if (headedPlaceEnd > 0) return { first, end: headedPlaceEnd };
  // "NATO Secretary General Mark Rutte": an acronym before a title is a body's. Not a title word in
  // capitals: "CHIEF JUSTICE ROBERTS" is one title ("CHIEF" was an organisation).
  if (view.isAllCaps(first) && view.kind(first) === TokenKind.Word && first < lastCore && !view.hasClass(first, WordClass.Title)) return { first, end: first + 1 };
  // "Korea Zinc Chairman Choi Yoon-beom": two or three words before a company head's title are the
  // company's, dictionary words or not ("Board Chairman", one word, may be the title's).
  // "National Beverage Corp. Chief Executive Nick Caporella", "Rising Star Holdings Inc. President
  // Ann Boyd": a company's legal form before any title closes the company's name (it was the title's).
  if ((companyTitle >= 0 && orgEnd - first >= 2 && orgEnd - first <= 3) || closesWithLegalForm(view, first, orgEnd)) return { first, end: orgEnd };
  // "Bekasi Mayor Tri Adhianto", "Zorvex CEO Jensen Huang": words no dictionary holds before the
  // title are a place's or a company's name, not the title's ("Foreign Minister", "Health Secretary").
  return orgEnd > first && orgEnd - first <= 2 && noDictionaryWords(view, first, orgEnd) ? { first, end: orgEnd } : null;
}

/** The hyphen at `k` joins two title words, "Secretary-General", "Director-General", "Attorney-General". */
function isHyphenInTitle(view: TokenView, k: number, first: number): boolean {
  return k > first && view.kind(k) === TokenKind.Hyphen && view.adjacent(k - 1) && view.adjacent(k) && view.hasClass(k - 1, WordClass.Title) && view.hasClass(k + 1, WordClass.Title);
}

/**
 * "Kansas City Mayor Quinton Lucas", "New York City Comptroller Brad Lander": a place's head word
 * after a known place and right before the title is the place's ("Kansas" and "New York" were
 * cut from their "City"). "Ohio State Treasurer" and "U.S. District Judge" keep theirs in the title. 1 or 0.
 */
function placeHeadWordAfter(view: TokenView, first: number, placeEnd: number, orgEnd: number): number {
  if (placeEnd >= orgEnd || isDistrictAttorneyAt(view, placeEnd) || HEAD_WORDS.get(view.lower(placeEnd)) !== 'place' || !view.isCapitalized(placeEnd)) return 0;
  // "Kansas City Fed President Jeffrey Schmid": a city named for its state keeps its head word before
  // more of the title's words (the state "Kansas" was named, no city).
  return placeEnd + 1 === orgEnd || isCity(keyOf(view, first, placeEnd + 1)) ? 1 : 0;
}

/**
 * "Tourism Minister Ahmed Issa": a field the dictionary lacks ("-ism", "-ation", "-ology", "-ics")
 * is the title's portfolio, no place's or firm's name before it ("Tourism" was other); "Bekasi
 * Mayor Tri Adhianto" keeps its city.
 */
function isPortfolioWord(lower: string): boolean {
  return /(?:ism|ation|ology|ics)$/.test(lower) && !isGivenName(lower, true) && !isListedSurname(lower);
}

/**
 * "Labor Secretary Julie Su", "Labour Minister Simon Lalong": one dictionary word right before
 * "Minister" or "Secretary" is the office's portfolio, though a party is known by it ("Labor" was
 * the Australian Labor Party); "Labour leader Keir Starmer" and "Labour MP" keep the party, and a
 * place named by a word keeps its place ("Turkey Finance Minister" opens no portfolio of one word).
 */
function isPortfolioBeforeMinister(view: TokenView, first: number, orgEnd: number, lastCore: number): boolean {
  if (orgEnd !== lastCore || !MINISTER_TITLES.has(view.lower(lastCore))) return false;
  if (orgEnd === first + 1) return isPortfolioField(view, first);
  // "Mines and Energy Minister Andrés Camacho": two fields joined by "and" (a body "Mines and Energy" was found).
  return orgEnd === first + 3 && view.lower(first + 1) === 'and' && view.isLowerWord(first + 1) && isPortfolioField(view, first) && isPortfolioField(view, first + 2);
}

/** A capitalised dictionary word no place is named by: "Labour", "Energy", "Mines" (not "Turkey"). */
function isPortfolioField(view: TokenView, i: number): boolean {
  const word = view.lower(i);
  return view.kind(i) === TokenKind.Word && view.isCapitalized(i) && isCommonWord(word) && !isKnownPlace(word);
}

const MINISTER_TITLES = new Set(['minister', 'secretary']);

/**
 * "Banco de México Governor Victoria Rodríguez Ceja", "University of Tokyo President Teruo Fujii": a
 * body's head word opening the words, with its connector, names the body before the title (the
 * first made no name at all: its place closes no head word).
 */
function opensBodyWithConnector(view: TokenView, first: number, end: number): boolean {
  const head = view.lower(first);
  if (end - first < 3 || !(HEAD_WORDS.get(head) === 'organization' || FOREIGN_ORGANIZATION_HEADS.has(head))) return false;
  return view.isLowerWord(first + 1) && view.hasClass(first + 1, WordClass.NameConnector) && view.isCapitalized(first + 2);
}

/** Capitalised words no dictionary holds, no title's or portfolio's: "Bekasi", "Harbourline" (a name before a title, capitals or not). */
export function noDictionaryWords(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.hasClass(i, WordClass.Common) || view.hasClass(i, WordClass.Title) || isPortfolioWord(view.lower(i))) return false;
  return true;
}

/**
 * "Health Cabinet Secretary Susan Nakhumicha", "Cabinet Minister Gyude Moore": "Cabinet" right
 * before the title's last word is the title's ("Cabinet Secretary" is Kenya's minister), so the
 * words before it name the portfolio, no body "Health Cabinet".
 */
function isCabinetOfTitle(view: TokenView, i: number, lastCore: number): boolean {
  return i === lastCore - 1 && view.lower(i) === 'cabinet' && (view.lower(lastCore) === 'secretary' || view.lower(lastCore) === 'minister');
}

/**
 * "Shelby County District Attorney Steve Mulroy", "Harris County Judge Lina Hidalgo", "Kherson
 * Oblast Governor …": a place named by its head word opens the words before a title; the words
 * after it are the title's ("District Attorney"). The end of the place's name, or 0.
 */
function placeByHeadWordEnd(view: TokenView, first: number, end: number): number {
  for (let k = first + 1; k < end; k++) {
    if (!view.isCapitalized(k - 1)) return 0;
    if (isDistrictAttorneyAt(view, k)) return k;
    if (HEAD_WORDS.get(view.lower(k)) === 'place' && view.isCapitalized(k)) return k + 1;
  }
  return 0;
}

/**
 * "Manhattan District Attorney Alvin Bragg", "Brooklyn District Attorney Eric Gonzalez": "District"
 * before "Attorney" opens the title, and the place is the words before it (a place "Manhattan
 * District" was made); "Harris County District Attorney Kim Ogg" keeps "Harris County".
 */
function isDistrictAttorneyAt(view: TokenView, k: number): boolean {
  return view.lower(k) === 'district' && DISTRICT_TITLES.has(view.lower(k + 1)) && view.isCapitalized(k + 1);
}

/** "District Attorney", and "U.S. District Judge Brian Cogan" (a place "U.S. District" was made). */
const DISTRICT_TITLES = new Set(['attorney', 'judge']);

/** "Secretary of State John Kerry": a connector of the title's; but the lower-case particle of "Mlle. du Motel" is the surname's. */
function isConnectorAfterTitle(view: TokenView, i: number): boolean {
  const word = view.lower(i);
  if (!NAME_CONNECTORS.has(word)) return false;
  // "Senator Al Franken", "the Rev. Al Sharpton", "Emir Al Thani": "Al" in capitals before a word opens the name (it was "Franken").
  // So does the Nordic given name "Per" ("Prosecutor Per Lindqvist"), which is Italian's "for" in lower case.
  if ((word === 'al' || word === 'per') && view.isCapitalized(i) && view.kind(i + 1) === TokenKind.Word && view.spaceBefore(i + 1)) return false;
  // "Senator Le Minh Hung", "President Van Buren", "General De Gaulle": a surname's particle
  // capitalised before a capitalised word opens the name (they were "Minh Hung", "Buren", "Gaulle").
  if (NAME_PARTICLES.has(word) && view.isCapitalized(i) && !view.isAllCaps(i) && view.kind(i + 1) === TokenKind.Word && view.spaceBefore(i + 1) && view.isCapitalized(i + 1)) return false;
  return !(NAME_PARTICLES.has(word) && view.isLowerWord(i) && view.kind(i - 1) === TokenKind.Period);
}

/** "First Lady Jill Biden": "Lady" is a title after "First" only ("Lady Gaga" is a name). */
function isFirstLady(view: TokenView, first: number, i: number): boolean {
  return i > first && view.lower(i) === 'lady' && view.lower(i - 1) === 'first';
}

/**
 * "Attorney Robert Sarvis", "Biologist Nick Bos", "Reporter Jack Kim": a role noun (or a
 * dictionary word of an agent: "-ist", "-ian", "-er", "-or") right before a given name and a
 * surname is the person's role, not a head word of a place or a body ("Port Elizabeth", "Lake
 * Victoria") nor a surname first ("Park Min-jae"). Its index, or -1.
 */
function roleBeforeGivenName(view: TokenView, first: number, end: number): number {
  if (end - first === 2 && isRoleBeforeOneName(view, first)) return first;
  if (end - first < 3) return -1;
  const role = roleOpeningName(view, first, end);
  // A place or a body the lists know whole holds no role: asked only where a role opens the name (most names have none).
  return role >= 0 && !gazetteer().byKey.has(view.keyOf(first, end)) && !isCity(view.keyOf(first, end)) ? role : -1;
}

/** roleBeforeGivenName's role in a name of three words or more, whatever the lists know of the whole: its index, or -1. */
function roleOpeningName(view: TokenView, first: number, end: number): number {
  // "Indian National Security Adviser Ajit Doval": a nationality may stand before them (the whole was a place).
  const from = end - first >= 4 && gazetteer().demonyms.has(view.key(first)) ? first + 1 : first;
  // "Editorial Manager Chet Clem", "Executive Producer Jane Doe": the role may have its own modifiers.
  for (let r = from; r <= from + 2 && r + 2 < end + (r === first ? 1 : 0); r++) {
    if (!view.isCapitalized(r) || view.isAllCaps(r)) return -1;
    if (isRoleBeforeName(view, r) || isRoleBeforeUnlistedName(view, r, end)) return r;
    if (!view.hasClass(r, WordClass.Common) || isGivenName(view.lower(r)) || view.hasClass(r, WordClass.Head)) return -1;
  }
  return -1;
}

/**
 * "Leeds United Manager Daniel Farke resigned", "England Coach Thomas Tuchel": a capitalised role noun
 * after a name, before a given name and a surname, is the person's role (the run was one person, or an
 * other, with the club's name and the role in it). Its index, or -1. Not a title word (see
 * isCoreTitleAt) nor a head word ("Guard", of "National Guard").
 */
function roleAfterNameBeforeGivenName(view: TokenView, first: number, end: number): number {
  for (let r = first + 1; r + 2 < end; r++) {
    if (!view.isCapitalized(r) || view.isAllCaps(r)) continue;
    const role = view.lower(r);
    if (!ROLE_NOUNS.has(role) || HEAD_WORDS.has(role) || TITLE_WORDS.has(role) || isGivenName(role)) continue;
    if (view.isCapitalized(r + 1) && (isGivenName(view.lower(r + 1), true) || isTwoUnlistedWords(view, r + 1, end))) return r;
  }
  return -1;
}

/** "Real Madrid Striker Kylian Mbappe": the run closes with two capitalised words, the first in no dictionary (a given name no list holds). */
function isTwoUnlistedWords(view: TokenView, i: number, end: number): boolean {
  return end - i === 2 && view.isCapitalized(i + 1) && view.spaceBefore(i + 1) && !view.hasClass(i, WordClass.Common) && !view.hasClass(i + 1, WordClass.Head);
}

/**
 * "Forward Pedro scored a hat-trick", "Midfielder Casemiro": a role noun of the list before one given
 * name that is no dictionary word and no place is a player's role before the name he goes by (the
 * person was "Forward Pedro"). Only a player's position: "Mother Teresa", "Father Lombardi" and
 * "Grandma Ngozi" are names of their own.
 */
function isRoleBeforeOneName(view: TokenView, r: number): boolean {
  if (!PLAYER_POSITIONS.has(view.lower(r)) || !view.isCapitalized(r) || view.isAllCaps(r)) return false;
  const name = view.lower(r + 1);
  return view.isWord(r + 1) && view.spaceBefore(r + 1) && !view.isAllCaps(r + 1) && isGivenName(name, true) && !isCommonWord(name) && !isKnownPlace(name);
}

const PLAYER_POSITIONS = new Set(['forward', 'striker', 'midfielder', 'winger', 'defender', 'goalkeeper', 'fullback', 'playmaker', 'quarterback', 'pitcher', 'catcher', 'shortstop', 'outfielder', 'defenseman', 'defenceman']);

/** Token r is a role noun (or an agent's dictionary word) and a given name follows it. */
function isRoleBeforeName(view: TokenView, r: number): boolean {
  const role = view.lower(r);
  // "Fellow Democrat Nancy Pelosi", "Republican Mitch McConnell": a party's member is a role too.
  const isRole = ROLE_NOUNS.has(role) || TITLE_WORDS.has(role) || PARTY_MEMBERS.has(role) || (AGENT_NOUN.test(role) && isCommonWord(role));
  // "Later von der Leyen left": a particle in lower case is a surname's, no given name.
  return isRole && !isGivenName(role) && !HEAD_WORDS.has(role) && view.isCapitalized(r + 1) && isGivenName(view.lower(r + 1), true);
}

const AGENT_NOUN = /(?:ist|ian|er|or)$/;

/**
 * A role noun of the list, or a dictionary word of an agent no given name spells: "Parishioner Ngozi
 * Okafor said" and "Shopkeeper Emeka Nwosu said" kept the word in the person's name.
 */
function isRoleOrAgentNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || isOccupationByEnding(word) || (AGENT_NOUN.test(word) && isCommonWord(word) && !isGivenName(word, true) && !isListedSurname(word));
}

/**
 * "Winger Bukayo Saka scored", "Imam Feisal Abdul Rauf spoke": a role noun of the list, then the two
 * or three last words of the run, none a dictionary word or a head word, is a role before a name whose
 * given name no list holds. Not "Head Office Supplies" (dictionary words), nor "General Motors" (two words).
 */
function isRoleBeforeUnlistedName(view: TokenView, r: number, end: number): boolean {
  // "Founder Pham Nhat Vuong said": a title word that no core title is and a role noun too ("founder",
  // "deputy", "executive") is a role here (the person was "Founder Pham Nhat Vuong").
  if (r + 1 >= end || !isRoleOrAgentNoun(view.lower(r)) || (view.hasClass(r, WordClass.Title) && !isRoleNotCoreTitle(view.lower(r)))) return false;
  const words = spaceWords(view, r + 1, end);
  if (words < 2 || words > 3) return false;
  for (let i = r + 1; i < end; i++) {
    if (!view.spaceBefore(i) && isHyphenatedNamePart(view, i)) continue;
    // "Author J.K. Rowling": initials before the surname.
    if (i === r + 1 && i + 1 < end && view.kind(i) === TokenKind.Initialism && /^(?:[A-Z]\.){1,3}$/.test(view.raw(i))) continue;
    const lower = view.lower(i);
    if (!view.isWord(i) || !view.isCapitalized(i) || view.isAllCaps(i) || !view.spaceBefore(i) || (HEAD_WORDS.has(lower) && !isWordGivenNameBeforeUnlistedSurname(view, r, i, end))) return false;
    // "Singer Nguyen Van Ha": a word that is a surname too ("Van", "Ha") may be the name's, beside one no dictionary holds.
    if (isCommonWord(lower) && !(isListedSurname(lower) && !view.hasClass(r + 1, WordClass.Common)) && !isWordSurnameAfterUnlistedName(view, r, i, end) && !isWordGivenNameBeforeUnlistedSurname(view, r, i, end)) return false;
  }
  return true;
}

function isRoleNotCoreTitle(word: string): boolean {
  return ROLE_NOUNS.has(word) && !CORE_TITLES.has(word);
}

/**
 * "Quarterback Jalen Hurts ran": the last of two words after a player's position may be a dictionary
 * word ("hurts") when the first is in no dictionary (a given name no list holds); the person was
 * "Quarterback Jalen Hurts", an organization. Only a position: "Founder Pizza Hut" stays whole.
 */
function isWordSurnameAfterUnlistedName(view: TokenView, r: number, i: number, end: number): boolean {
  return i === end - 1 && i === r + 2 && PLAYER_POSITIONS.has(view.lower(r)) && !view.hasClass(r + 1, WordClass.Common);
}

/**
 * "Poet Ocean Vuong read", "Novelist Tash Aw spoke": the first of two words after an artist's or an
 * athlete's occupation may be a dictionary word ("ocean") when the second is in no dictionary (a
 * surname no list holds), a head word of a place's too; the role stayed in an other "Poet Ocean Vuong".
 * Only a role no body holds: "Carmaker Great Wall" and "Broadcaster Sky News" stay whole.
 */
function isWordGivenNameBeforeUnlistedSurname(view: TokenView, r: number, i: number, end: number): boolean {
  return i === r + 1 && end === r + 3 && PERSONAL_OCCUPATIONS.has(view.lower(r)) && !view.hasClass(r + 2, WordClass.Common);
}

const PERSONAL_OCCUPATIONS = new Set(['actor', 'actress', 'singer', 'rapper', 'songwriter', 'musician', 'guitarist', 'drummer', 'painter', 'sculptor', 'poet', 'novelist', 'playwright', 'filmmaker', 'comedian', 'author', 'writer', 'journalist', 'columnist', 'athlete', 'swimmer', 'cyclist', 'boxer', 'golfer', 'sprinter', 'gymnast', 'dancer', 'composer']);

/** "Cheol-soo" in "Lawmaker Ahn Cheol-soo": the hyphen of a given name, or the word right after it. */
function isHyphenatedNamePart(view: TokenView, i: number): boolean {
  if (view.kind(i) === TokenKind.Hyphen) return view.isWord(i + 1) && view.adjacent(i);
  return view.isWord(i) && view.kind(i - 1) === TokenKind.Hyphen && view.isWord(i - 2);
}

/**
 * "professor at Washington State University Simon Ličen": a body's name ends at its head word, and
 * a given name and a surname after it are a person's (an affiliation line, a byline). Where the
 * person's name starts, or -1. "Columbia University Irving Medical Center" is one body: a head
 * word follows; "Bank Julius Baer" too: no body's name is its head word alone.
 */
function personAfterBody(view: TokenView, first: number, end: number): number {
  const known = knownBodyEnd(view, first, end);
  if (known > 0 && isPersonsNameFrom(view, known, end)) return known;
  for (let i = first + 2; i < end - 1; i++) {
    if (HEAD_WORDS.get(view.lower(i - 1)) !== 'organization' || !view.spaceBefore(i) || !isGivenName(view.lower(i))) continue;
    return isPersonsNameFrom(view, i, end) ? i : -1;
  }
  return -1;
}

/**
 * "the leader of Hamas Ismail Haniyeh said", "The head of Hezbollah Hassan Nasrallah spoke": a body
 * the lists know, then a person's name, are two names (it was one person "Hamas Ismail Haniyeh", as a
 * known place and a person already are two). Where the body's known name ends, or 0.
 */
function knownBodyEnd(view: TokenView, first: number, end: number): number {
  // A body and a person's two words are three tokens at least: a shorter run needs no prefix looked up.
  if (end - first < 3) return 0;
  const known = knownPrefixEnd(view, first, end);
  return known > first && known < end - 1 && gazetteer().byKey.get(keyOf(view, first, known))?.type === 'organization' ? known : 0;
}

/**
 * A given name at token i, opening two or three capitalised words to the run's end with no body's
 * head word and no dictionary word after it that no census lists as a surname: a person's name.
 * "Fiat Chrysler Automobiles" is one company ("Chrysler" is in a given-name list, "Automobiles" a word).
 */
function isPersonsNameFrom(view: TokenView, i: number, end: number): boolean {
  if (!view.spaceBefore(i) || !isGivenName(view.lower(i))) return false;
  const words = spaceWords(view, i, end);
  if (words < 2 || words > 3) return false;
  for (let k = i; k < end; k++) if (view.hasClass(k, WordClass.Head) || (view.kind(k) === TokenKind.Word && !view.isCapitalized(k))) return false;
  for (let k = i + 1; k < end; k++) if (view.kind(k) === TokenKind.Word && isCommonWord(view.lower(k)) && !isListedSurname(view.lower(k))) return false;
  return true;
}

function spaceWords(view: TokenView, first: number, end: number): number {
  let words = 1;
  for (let i = first + 1; i < end; i++) if (view.spaceBefore(i)) words++;
  return words;
}

/** Token i follows a lower-case word and a hyphen with no space: "Kurdish" in "pro-Kurdish". */
function afterPrefixHyphen(view: TokenView, i: number): boolean {
  return i >= 2 && view.kind(i - 1) === TokenKind.Hyphen && view.adjacent(i - 1) && view.adjacent(i - 2) && view.isLowerWord(i - 2);
}

/**
 * "The Philippine Red Cross deployed boats", "the American Red Cross": each country's society of the
 * movement is named by its nationality, which is no adjective to cut off (both were "Red Cross").
 */
function namesNationalSociety(view: TokenView, first: number, end: number): boolean {
  const n = isDemonymAt(view, first, end);
  return n > 0 && NATIONAL_SOCIETIES.has(keyOf(view, first + n, end));
}

/**
 * "The Mumbai Indians beat …", "the Cleveland Indians": "the", a city and a people in the plural
 * are a team (both were cut to the city); "Donbas Russians" without "the" keep losing the people.
 */
function namesCitysTeam(view: TokenView, first: number, end: number): boolean {
  const last = view.lower(end - 1);
  return first > 0 && view.lower(first - 1) === 'the' && last.endsWith('s') && isCity(keyOf(view, first, end - 1));
}

/**
 * The word a name's head would be: its last, before an abbreviation's period ("Saudi Arabian Oil
 * Co.", "American Airlines Group Inc.") and before a legal form that closes a company's head: "the
 * Nigerian National Petroleum Company Limited" (it lost "Nigerian"), "Kenyan Airways Co. Ltd.".
 */
function lastBeforeLegalForm(view: TokenView, first: number, end: number): number {
  let last = view.kind(end - 1) === TokenKind.Period && end - 2 > first ? end - 2 : end - 1;
  let k = last;
  while (k - 1 > first && LEGAL_SUFFIXES.has(view.lower(k))) {
    k--;
    if (view.kind(k) === TokenKind.Period && k - 1 > first) k--;
    if (view.hasClass(k, WordClass.Head)) last = k;
  }
  return last;
}

/** Nationality words before a name that is not an organisation's ("Ukrainian Zelenskyy"), or after one ("Donbas Russian"). */
function trimDemonyms(view: TokenView, first: number, end: number): { first: number; end: number } | null {
  // Most runs neither open nor close with a people's word: only the chamber's rule below may then cut them.
  if (!opensOrClosesWithDemonym(view, first, end)) return chamberBeforeParty(view, first, end) ?? (first < end ? { first, end } : null);
  let f = first;
  let e = end;
  const last = lastBeforeLegalForm(view, first, end);
  // "Americans for Prosperity": a people's plural before its cause names an advocacy group.
  // "Prensa Latina", "Aerolíneas Argentinas": a foreign body's head opens its name, its people's word after it.
  const namesOrganisation = view.hasClass(last, WordClass.Head) || isSlashedLegalFormEnd(view, end) || headsOfPhrase(view, first, end) || namesNationalSociety(view, first, end) || (end - first >= 3 && opensWithAdvocates(view, first)) || FOREIGN_ORGANIZATION_HEADS.has(view.key(first));
  // "the pro-Kurdish Peoples' Equality and Democracy Party", "anti-American Party": a nationality
  // after a lower-case prefix and its hyphen is an adjective, even before a body's name.
  if (namesOrganisation && isDemonymAt(view, f, e) === 1 && f + 1 < e && afterPrefixHyphen(view, f)) f++;
  // "Senate Republicans blocked it", "House Democrats walked out", "the House Democratic leader": a
  // chamber before its party's members or adjective is the chamber (the two words were dropped as one name).
  const chamber = chamberBeforeParty(view, f, e);
  if (chamber) return chamber;
  if (!namesOrganisation && !namesNumberedFlight(view, first, end) && opensOrClosesWithDemonym(view, f, e) && !isKnownWhole(keyOf(view, first, end))) {
    // "the American League Championship Series", "the Eastern League All-Star Game": a people's word
    // before a body's head word names the body, wherever the name ends (it was "League Championship Series").
    for (let n = isDemonymAt(view, f, e); n > 0 && f + n < e && !namesRegionOfPlace(view, f, n, e) && !view.hasClass(f + n, WordClass.Head); n = isDemonymAt(view, f, e)) {
      f += n;
      while (f < e && view.kind(f) === TokenKind.Hyphen) f++; // "South Korean-U.S."
    }
    // "Donbas Russian" loses its nationality word; "Buy American", a common word before it, keeps it.
    while (e - 1 > f && isDemonymAt(view, e - 1, e) === 1 && view.spaceBefore(e - 1) && !view.hasClass(e - 2, WordClass.Common) && !namesCitysTeam(view, f, e) && !isGivenNameAndDemonymSurname(view, f, e)) e--;
    // "a Massachusetts Democrat", "a Texas Republican": a party's member from a place; the place is the name.
    if (e - 1 > f && PARTY_MEMBERS.has(view.lower(e - 1)) && namesMembersPlace(view, f, e - 1)) e--;
  }
  return f < e ? { first: f, end: e } : null;
}

/** "Senate Republicans", "House Democratic": the chamber alone, else null. */
function chamberBeforeParty(view: TokenView, first: number, end: number): { first: number; end: number } | null {
  return end - first === 2 && LEGISLATIVE_CHAMBERS.has(view.key(first)) && isPartyWord(view.key(first + 1)) ? { first, end: first + 1 } : null;
}

/** "republican", "republicans", "democratic": a party's member, its members or its adjective. */
function isPartyWord(key: string): boolean {
  return PARTY_MEMBERS.has(key) || (key.endsWith('s') && PARTY_MEMBERS.has(key.slice(0, -1))) || GROUP_ADJECTIVES.has(key);
}

/**
 * "American Eagle Flight 5342", "Egyptian Air Flight 990": a flight is named by its airline's words, a
 * nationality among them (the flight was "Eagle Flight 5342").
 */
function namesNumberedFlight(view: TokenView, first: number, end: number): boolean {
  return end - first >= 3 && view.kind(end - 1) === TokenKind.Number && view.lower(end - 2) === 'flight';
}

/**
 * The words before a party's member ("a Texas Republican") name a place the lists know, a town
 * ("a Nashville Democrat", "the Brooklyn Democrat"), or, after an article, any town: "a Roseburg
 * Republican". Not a word of the party's own name: "a Liberal Democrat", "a Christian Democrat".
 */
function namesMembersPlace(view: TokenView, first: number, end: number): boolean {
  const key = keyOf(view, first, end);
  if (gazetteer().byKey.get(key)?.type === 'place' || isCity(key)) return true;
  if (first === 0 || !ARTICLES.has(view.lower(first - 1))) return false;
  for (let i = first; i < end; i++) if (!view.isWord(i) || view.hasClass(i, WordClass.Common) || GROUP_ADJECTIVES.has(view.key(i))) return false;
  return true;
}

/**
 * What trimDemonyms' loops and its party member's test read first: a people's word opening the
 * name, one closing it, or a party's member closing it. Without any the lists need not be asked
 * whether the whole is known (three look-ups per name, and most names hold no demonym).
 */
function opensOrClosesWithDemonym(view: TokenView, first: number, end: number): boolean {
  return isDemonymAt(view, first, end) > 0 || (end - 1 > first && (isDemonymAt(view, end - 1, end) === 1 || PARTY_MEMBERS.has(view.lower(end - 1))));
}

/** A name the gazetteer holds, or a place the lists know. */
function isKnownWhole(key: string): boolean {
  return gazetteer().byKey.has(key) || isKnownPlace(key);
}

/**
 * "his first marriage, to Faye Maltese", "Irene French said": a given name no place shares, then a
 * nationality the census lists as a surname, is a person's whole name (it was "Faye" alone). Not
 * "Donbas Russian" nor "Georgia Russian" (places).
 */
function isGivenNameAndDemonymSurname(view: TokenView, first: number, end: number): boolean {
  return end - first === 2 && isGivenName(view.lower(first)) && isListedSurname(view.lower(first + 1)) && !isKnownPlace(view.key(first));
}

/**
 * "Eastern Europe", "Western Canada": a compass adjective the demonym list holds, then a known place,
 * names a region of it; "Chinese Taipei" and "Ukrainian Zelenskyy" lose their nationality word.
 */
function namesRegionOfPlace(view: TokenView, first: number, demonymTokens: number, end: number): boolean {
  return demonymTokens === 1 && COMPASS_ADJECTIVES.has(view.key(first)) && gazetteer().byKey.get(keyOf(view, first + 1, end))?.type === 'place';
}

const COMPASS_ADJECTIVES = new Set(['eastern', 'western']);

/**
 * "Minister of Defence Rustem Umerov", "Minister for Foreign Affairs Penny Wong", "President of
 * France Emmanuel Macron": the run after a title's "of" or "for" opens with the office's own
 * dictionary words or a country; the name is the rest, and the whole office its title. Null when
 * the run is no such thing.
 */
function officeBefore(view: TokenView, first: number, end: number): { nameFirst: number; title: string; titleFirst: number } | null {
  const titleFirst = officeTitleBefore(view, first);
  if (titleFirst < 0) return null;
  // A country first, in as many words as it takes ("South Korea"); or a city or a region, a see's
  // or a mayor's ("Archbishop of Canterbury Justin Welby" was a place, "Canterbury Justin Welby").
  let nameFirst = first;
  for (let e = Math.min(end - 2, first + 3); e > first; e--) {
    if (gazetteer().byKey.get(keyOf(view, first, e))?.type === 'place' || isCity(keyOf(view, first, e))) {
      nameFirst = e;
      break;
    }
  }
  // "Secretary of Health and Human Services Robert F. Kennedy Jr.": a portfolio's "and" between its words.
  while (nameFirst + 2 <= end && (isOfficeWord(view, nameFirst) || isAndBeforeOfficeWord(view, nameFirst))) nameFirst++;
  // "Chief of Staff Atty. Zuleika Lopez": a title after the office, written short or not, is no word of the name.
  while (nameFirst + 3 <= end && isCoreTitleAt(view, nameFirst)) nameFirst += view.kind(nameFirst + 1) === TokenKind.Period ? 2 : 1;
  if (nameFirst === first || end - nameFirst < 2 || !view.isCapitalized(nameFirst)) return null;
  // What is left must read as a person's name: "Professor of East Asian Studies" names a subject.
  // After a given name, a surname the census lists may be a dictionary word ("… and Youth Edwin Tong").
  let dictionaryWords = 0;
  for (let k = nameFirst; k < end; k++) {
    const word = view.lower(k);
    if (view.kind(k) !== TokenKind.Word) continue;
    if (HEAD_WORDS.has(word)) return null;
    if (isCommonWord(word) && !isGivenName(word, true) && !isSurnameAfterGivenName(view, nameFirst, k)) dictionaryWords++;
  }
  if (dictionaryWords > 0 && !isOneWordOfThreeNameWords(view, nameFirst, end, dictionaryWords)) return null;
  return { nameFirst, title: view.slice(titleFirst, nameFirst), titleFirst };
}

/**
 * "Deputy Minister of Health Nguyen Thanh Long", "Minister of Finance Ho Duc Phoc": a name of three
 * words, no more, among which one dictionary word ("long", "ho") stands beside two words no
 * dictionary holds, is a person's (as in Vietnamese, Chinese or Korean names); the office's field
 * went on the name ("Health Nguyen Thanh Long"). "Professor of East Asian Studies" has two.
 */
function isOneWordOfThreeNameWords(view: TokenView, nameFirst: number, end: number, dictionaryWords: number): boolean {
  return dictionaryWords === 1 && end - nameFirst === 3 && spaceWords(view, nameFirst, end) === 3;
}

/**
 * Where the title of an office starts when the run at `first` follows its "of" or "for": "Minister
 * of Defence", "Chancellor of the Exchequer", "President of France". -1 when no title stands there.
 */
function officeTitleBefore(view: TokenView, first: number): number {
  let connector = portfolioStartBeforeAnd(view, first) - 1;
  if (view.lower(connector) === 'the' && view.isLowerWord(connector)) connector--;
  if (!view.isOfOrFor(connector)) return -1;
  // "Secretary of State for Health Wes Streeting", "Minister of State for Trade Greg Hands": the title has its own "of".
  const title = isOfStateBefore(view, connector) ? connector - 3 : connector - 1;
  // "Archbishop of Canterbury Justin Welby": a prelate's see, as an office's place; "Member of Parliament Nadia Rahim", a chamber's member.
  if (!CORE_TITLES.has(view.lower(title)) && !CLERICAL_TITLES.has(view.lower(title)) && !DEPARTMENT_HEADS.has(view.lower(title)) && !isMemberOfChamberAt(view, title)) return -1;
  return view.isCapitalized(title) ? title : -1;
}

/**
 * A firm's or a broadcaster's head of a department, before the department's "of": "Netflix VP of
 * Originals Cindy Holland", "Head of Drama Piers Wenger" (runs "Originals Cindy Holland", other, and
 * "Drama Piers Wenger"; the department's words then opened a place "Holland" of her surname).
 */
const DEPARTMENT_HEADS = new Set(['vp', 'svp', 'evp', 'head']);

/** The word at `k` closes a name opened by a given name no dictionary holds, and the census lists it as a surname: "Edwin Tong". */
function isSurnameAfterGivenName(view: TokenView, nameFirst: number, k: number): boolean {
  const given = view.lower(nameFirst);
  return k === nameFirst + 1 && view.spaceBefore(k) && isGivenName(given, true) && !isCommonWord(given) && isListedSurname(view.lower(k));
}

/** "of State" before the office's "for" at `connector`: "Secretary of State for", "Minister of State for". */
function isOfStateBefore(view: TokenView, connector: number): boolean {
  return view.lower(connector) === 'for' && view.lower(connector - 1) === 'state' && view.isCapitalized(connector - 1) && view.lower(connector - 2) === 'of';
}

/**
 * A word of an office's name after its "of": a dictionary word or a place, never a given name
 * ("Penny"); "Defence" is in no dictionary list, nor "Preparedness" of "Minister for Disaster
 * Preparedness Hilary Onek" (a field's word: it went on the person's name).
 */
/** A lower-case "and" between two words of an office's portfolio ("Health and Human Services"). */
function isAndBeforeOfficeWord(view: TokenView, k: number): boolean {
  return view.lower(k) === 'and' && view.isLowerWord(k) && isOfficeWord(view, k + 1);
}

/**
 * Where a portfolio begins when the run at `first` is its part after "and" or a comma: "Minister for
 * Trade and Industry Gan Kim Yong", "Coordinating Minister for Political and Security Affairs Budi
 * Gunawan" (runs "Industry Gan Kim Yong" and "Security Affairs Budi Gunawan", other), "Minister for
 * Culture, Community and Youth Edwin Tong" (runs "Community", an organization, and "Youth Edwin
 * Tong"). Else `first`.
 */
function portfolioStartBeforeAnd(view: TokenView, first: number): number {
  if (first < 2 || !isPortfolioSeparator(view, first - 1)) return first;
  let k = first - 2;
  for (;;) {
    while (k > 0 && isOfficeWord(view, k - 1)) k--;
    if (k < 3 || !isPortfolioSeparator(view, k - 1) || !isOfficeWord(view, k - 2)) break;
    k -= 2;
  }
  return isOfficeWord(view, k) && view.isOfOrFor(k - 1) ? k : first;
}

/** A lower-case "and", or a comma, between two words of an office's portfolio. */
function isPortfolioSeparator(view: TokenView, k: number): boolean {
  return isAndBeforeOfficeWord(view, k) || (view.isChar(k, ',') && isOfficeWord(view, k + 1));
}

function isOfficeWord(view: TokenView, k: number): boolean {
  if (!view.isCapitalized(k) || isGivenName(view.lower(k), true)) return false;
  return view.hasClass(k, WordClass.Common) || OFFICE_WORDS.has(view.lower(k)) || gazetteer().byKey.get(view.key(k))?.type === 'place' || isFieldNameWord(view, k);
}

/**
 * "Defence" in "the Minister of Defence said", "Exchequer" in "the Chancellor of the Exchequer": the
 * rest of an office's name, with no name after it, names no one. A place there stays a place
 * ("the King of Spain").
 */
function isOfficeTail(view: TokenView, first: number, end: number): boolean {
  // "a Member of Parliament": the chamber is still named.
  const title = officeTitleBefore(view, first);
  if (title < 0 || isMemberOfChamberAt(view, title)) return false;
  for (let k = first; k < end; k++) {
    if (view.kind(k) !== TokenKind.Word) continue;
    if (!isOfficeWord(view, k) || gazetteer().byKey.get(view.key(k))?.type === 'place') return false;
  }
  return !namesPlaceOrBodyOfOffice(keyOf(view, first, end));
}

/**
 * "the Minister of Health of the Democratic Republic of the Congo", "the Minister for Foreign Affairs of
 * Japan": an office's field, then "of" and a place the lists know, closing the run, name the place
 * alone (the field and the country were a body "Health of the …", and a place nested in it). Where the
 * place begins, or 0.
 */
function placeAfterOfficeTail(view: TokenView, first: number, end: number): number {
  if (officeTitleBefore(view, first) < 0) return 0;
  let of = first;
  while (of < end && view.lower(of) !== 'of') of++;
  if (of === first || of >= end - 1 || !view.isLowerWord(of)) return 0;
  // "President of the Linguistic Society of America": a body's head word closing two words or more
  // makes them a body's name ("Health" and "Defence" alone are portfolios).
  if (of - first > 1 && HEAD_WORDS.has(view.lower(of - 1))) return 0;
  for (let k = first; k < of; k++) if (view.kind(k) === TokenKind.Word && (!isOfficeWord(view, k) || gazetteer().byKey.get(view.key(k))?.type === 'place')) return 0;
  const place = view.lower(of + 1) === 'the' && view.isLowerWord(of + 1) ? of + 2 : of + 1;
  return place < end && gazetteer().byKey.get(keyOf(view, place, end))?.type === 'place' ? place : 0;
}

/**
 * "Governor" in "the Governor of Virginia", "Foreign Minister" in "the Foreign Minister of Japan":
 * title words only, before "of" or "for" and a capitalised word, are the head of an office, not
 * someone's name. With a name after the office the name is found on its own ("President of France
 * Emmanuel Macron").
 */
function headsOfficePhrase(view: TokenView, first: number, end: number): boolean {
  if (!view.isOfOrFor(end) || !CORE_TITLES.has(view.lower(end - 1))) return false;
  const next = view.lower(end + 1) === 'the' ? end + 2 : end + 1;
  if (next >= view.count || !view.isCapitalized(next)) return false;
  for (let k = first; k < end; k++) if (view.kind(k) === TokenKind.Word && !view.hasClass(k, WordClass.Title)) return false;
  return true;
}

/** "American University of Beirut", "Russian Academy of Sciences", "European Convention on Human Rights": a head word before the name's "of", "for" or "on" phrase. */
function headsOfPhrase(view: TokenView, first: number, end: number): boolean {
  for (let k = first + 1; k + 1 < end; k++) if (view.isOfOrFor(k) || (view.isLowerWord(k) && view.lower(k) === 'on')) return view.hasClass(k - 1, WordClass.Head);
  return false;
}

/**
 * Splits at hyphens that join two known names ("US-Russia", "South Korea-U.S.", "South Korean-U.S."),
 * but not inside a known name ("Indo-Pacific"), where one side is unknown ("Taipei-Penghu") or
 * before a head word closing the name ("United States-Mexico-Canada Agreement").
 */
function splitAtHyphens(view: TokenView, first: number, end: number, joins: number[]): { first: number; end: number }[] {
  const inside = hyphensInside(joins, first, end);
  if (inside.length === 0 || gazetteer().byKey.has(keyOf(view, first, end))) return [{ first, end }];
  // "United States-Mexico-Canada Agreement", "US-China Economic and Security Review Commission": a
  // head word closing the run after its last hyphen makes the joined places one name's words.
  if (view.hasClass(end - 1, WordClass.Head) && end - 1 > inside[inside.length - 1]! + 1) return [{ first, end }];

  if (isRivalsPair(view, first, end, inside)) return [{ first, end: inside[0]! }, { first: inside[0]! + 1, end }];
  const pieces: { first: number; end: number }[] = [];
  let start = first;
  for (const h of inside) {
    const left = { first: start, end: h };
    const nextHyphen = inside.find((x) => x > h) ?? end;
    const right = { first: h + 1, end: nextHyphen };
    if ((isKnownOrDemonym(view, left) && isKnownOrDemonym(view, right)) || isCityPair(view, first, end, left, right)) {
      pieces.push(left);
      start = h + 1;
    } else if (left.end - left.first === 1 && view.length(left.first) === 1 && isKnownOrDemonym(view, right)) {
      // "R-Ohio": a party letter and a state; the state is the name.
      start = h + 1;
    }
  }
  pieces.push({ first: start, end });
  return pieces;
}

/**
 * The hyphens of `joins` inside tokens [first, end), neither first nor last. A loop, not a filter
 * with a closure reading `first` and `end`: that allocated a context at every run's split.
 */
function hyphensInside(joins: readonly number[], first: number, end: number): number[] {
  const inside: number[] = [];
  for (const h of joins) if (h > first && h < end - 1) inside.push(h);
  return inside;
}

/**
 * "the Alcaraz-Sinner final", "the Biden-Xi meeting": two single words, each no common word, joined
 * by one hyphen before what two sides meet in are the two sides (a double-barrelled surname is
 * written before a given name or alone: "Ocasio-Cortez said"); so are two full names.
 */
function isRivalsPair(view: TokenView, first: number, end: number, inside: number[]): boolean {
  if (inside.length !== 1 || end >= view.count || !view.isLowerWord(end) || !ENCOUNTER_NOUNS.has(view.lower(end))) return false;
  // "the Jake Paul-Mike Tyson fight", "the Donald Trump-Kamala Harris debate": a given name opens each side.
  if (end - first === 5 && inside[0] === first + 2) return isGivenName(view.lower(first), true) && isGivenName(view.lower(first + 3), true);
  if (end - first !== 3) return false;
  const left = view.lower(first);
  const right = view.lower(end - 1);
  // "the Arsenal-Chelsea match": one side may be a word too; "the Follow-Up meeting", "the Pre-Season game" are no sides.
  return !(isCommonWord(left) && isCommonWord(right)) && !HYPHEN_PREFIXES.has(left) && !STOPWORDS.has(left) && !STOPWORDS.has(right);
}

/**
 * "the Shanghai-Rotterdam route", "the Beijing-Shanghai railway": two cities the lists know, one word
 * each, joined by a hyphen are two places (it was one name, other); not a city named so itself
 * ("Winston-Salem", "Baden-Baden").
 */
function isCityPair(view: TokenView, first: number, end: number, left: { first: number; end: number }, right: { first: number; end: number }): boolean {
  if (left.end - left.first !== 1 || right.end - right.first !== 1 || view.key(left.first) === view.key(right.first)) return false;
  return isCity(view.key(left.first)) && isCity(view.key(right.first)) && !isCity(keyOf(view, first, end));
}

function isKnownOrDemonym(view: TokenView, span: { first: number; end: number }): boolean {
  if (span.first >= span.end) return false;
  return gazetteer().byKey.has(keyOf(view, span.first, span.end)) || isDemonymSpan(view, span.first, span.end);
}

/**
 * "the Republican party", "Christian monasteries", "an Olympic record", "an Islamic school": an
 * adjective of party, creed or the Games before a common noun names nothing ("He became a
 * Christian", a member's noun, is a mention of him).
 */
function isGroupAdjective(view: TokenView, first: number, end: number): boolean {
  return end - first === 1 && GROUP_ADJECTIVES.has(view.key(first)) && end < view.count && view.isLowerWord(end) && !view.hasClass(end, WordClass.Stop);
}

/**
 * "one of the first Black executives", "White voters", "Hispanic students": a race's capitalised
 * adjective before a noun of people names no one (it was a body "Black"). Before other words it
 * may be a surname: "White said", "Black added".
 */
function isRaceBeforePeople(view: TokenView, first: number, end: number): boolean {
  return end - first === 1 && RACE_ADJECTIVES.has(view.key(first)) && end < view.count && view.isLowerWord(end) && PEOPLE_NOUNS.has(view.lower(end));
}

const RACE_ADJECTIVES = new Set(['black', 'white', 'hispanic', 'latino', 'latina', 'latinx', 'indigenous']);
const PEOPLE_NOUNS = new Set([
  'people', 'person', 'men', 'man', 'women', 'woman', 'children', 'child', 'boys', 'girls', 'youth', 'families', 'family', 'voters', 'voter',
  'students', 'executives', 'workers', 'residents', 'americans', 'communities', 'community', 'neighborhoods', 'neighbourhoods', 'churches',
  'leaders', 'officers', 'owners', 'lawmakers', 'candidates', 'athletes', 'players', 'artists', 'writers', 'musicians', 'journalists',
  'doctors', 'patients', 'employees', 'victims', 'defendants', 'jurors', 'farmers', 'homeowners', 'entrepreneurs', 'population', 'populations',
]);

/** "republican", "catholic": a word of a party or a creed that no demonym list holds (see GROUP_ADJECTIVES). */
export function isGroupAdjectiveWord(key: string): boolean {
  return GROUP_ADJECTIVES.has(key);
}

/**
 * Words of parties, creeds and the Games that are also given names or common words, or that no
 * demonym list holds, so not demonyms ("Christian Bale", "Olympic Stadium", "Islamic State").
 */
const GROUP_ADJECTIVES = new Set([
  'christian', 'republican', 'democrat', 'democratic', 'libertarian', 'conservative', 'liberal', 'socialist', 'communist', 'marxist', 'evangelical', 'orthodox', 'olympic', 'paralympic',
  'islamic', 'catholic', 'protestant', 'anglican', 'lutheran', 'methodist', 'presbyterian', 'pentecostal', 'coptic', 'hindu', 'buddhist', 'jewish', 'sikh', 'muslim', 'sunni', 'shiite', 'shia',
]);

/**
 * "Palestinians fled", "between Jews and Arabs", "the Kurds", "both Republicans and Democrats": a
 * people named alone as a noun is a name (a person's, see nameEvidenceFor). Not where a word before
 * counts or qualifies it ("millions of Americans", "ordinary Russians", "43 million Americans"), nor
 * where the words after carry the phrase on ("Arabs who did it", "the Americans with Disabilities Act")
 * or it qualifies them ("Inuit hunters").
 */
function standsAloneAsNoun(view: TokenView, first: number, end: number, opensSentence: boolean): boolean {
  if (end < view.count && view.isLowerWord(end) && PEOPLE_PHRASE_CONTINUERS.has(view.lower(end))) return false;
  // "Inuit hunters", "Rohingya refugees": a people not written as a plural, before a noun, qualifies it.
  if (!view.key(end - 1).endsWith('s') && end < view.count && view.isLowerWord(end) && !view.hasClass(end, WordClass.Stop)) return false;
  if (opensSentence || first === 0) return true;
  if (view.kind(first - 1) === TokenKind.Number) return false;
  // "Many Russians left": the word before may open the sentence.
  return !view.isWord(first - 1) || !PEOPLE_QUALIFIERS.has(view.lower(first - 1));
}

/** "the two Koreas": a counted plural refers to several things, it is not a name. */
function isPluralOfPlace(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1) return false;
  if (!view.key(first).endsWith('s') || first === 0) return false;
  return ['two', 'both', 'three', 'four'].includes(view.lower(first - 1));
}

/** "the Baltic", "the Arctic": an adjective in -ic used alone after "the" names the region or sea. */
export function isRegionNoun(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1 || !view.lower(first).endsWith('ic') || first === 0 || view.lower(first - 1) !== 'the') return false;
  return end >= view.count || !view.isLowerWord(end) || view.hasClass(end, WordClass.Stop);
}
