import { TokenKind } from '../../text/tokenize.js';
import { SHORT_RANKS } from '../../text/sentences.js';
import { gazetteer, isKnownPlace } from '../gazetteer.js';
import { NAME_TITLE_ABBREVIATIONS, HEAD_WORDS, HONORIFICS, isCommonWord, isGivenName, isListedSurname, LEGISLATIVE_CHAMBERS, WordClass } from '../lexicon.js';
import { isHonorificAt } from '../nameRuns/runWords.js';
import type { TokenView } from '../tokenView.js';
import { knownPrefixEnd } from './nameParts.js';

/** Titles that make what follows a person; the other title words only qualify them ("Foreign", "Vice"). */
export const CORE_TITLES = new Set(
  `president chancellor premier minister secretary leader king queen prince princess emperor sultan sheikh emir pope
  commissioner secretary-general ombudsman inspector superintendent chairperson undersecretary under-secretary whip parliamentarian
  senator representative congressman congresswoman governor mayor ambassador envoy spokesman spokeswoman spokesperson admiral general commander chief director
  chairman chairwoman ceo judge justice prosecutor marshal colonel captain lieutenant sergeant major gen adm sen gov rep
  col lt maj capt sgt cmdr brig detective officer sheriff trooper comptroller treasurer auditor
  professor speaker administrator adviser advisor counsel attorney commodore brigadier corporal laureate chair regent headteacher headmaster headmistress constable coroner magistrate principal
  councillor councilor councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman assemblymember
  mp mep msp mla td cllr
  justices senators judges generals governors ministers presidents sens reps govs drs
  havildar sepoy subedar jemadar risaldar
  delegate delegado delegada`
    .split(/\s+/)
    .filter(Boolean)
    .concat([...HONORIFICS, ...SHORT_RANKS]),
);

/** A title that makes what follows a person; an honorific only where it is one ("DR Congo" is the country). */
export function isCoreTitleAt(view: TokenView, i: number): boolean {
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
export const CLERICAL_TITLES = new Set(['cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'rev', 'reverend', 'fr', 'deacon', 'monsignor', 'msgr', 'patriarch', 'metropolitan', 'ayatollah', 'mufti', 'catholicos']);

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

/**
 * "Hon Minister Kwame Mensah opened", "The Hon. Minister of Finance, Ken Ofori-Atta,", "the Rt Hon
 * Speaker": the style of address alone before a capitalised title names no one, as Malay's "Yang
 * Berhormat" does (it was a person "Hon"). "Hon. Aminu Jaji" keeps its name, found after the style.
 */
export function isAddressStyleBeforeTitle(view: TokenView, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    if (view.isChar(k, '.') && k > first) continue;
    if (!view.isWord(k) || !ADDRESS_STYLES.has(view.lower(k))) return false;
  }
  const title = end < view.count && view.isChar(end, '.') ? end + 1 : end;
  return title < view.count && view.isCapitalized(title) && view.hasClass(title, WordClass.Title);
}

/** Words of the English style of address before an office: "the Hon.", "the Rt Hon", "the Right Honourable". */
const ADDRESS_STYLES = new Set(['hon', 'honourable', 'honorable', 'rt', 'right']);

/** "Member" or "Members" at k, capitalised, before "of", perhaps "the", and a chamber: "Member of Parliament", "Members of the Senate". */
export function isMemberOfChamberAt(view: TokenView, k: number): boolean {
  const word = view.lower(k);
  if ((word !== 'member' && word !== 'members') || !view.spaceBefore(k) || view.lower(k + 1) !== 'of' || !view.isLowerWord(k + 1)) return false;
  const chamber = view.lower(k + 2) === 'the' ? k + 3 : k + 2;
  return chamber < view.count && view.isCapitalized(chamber) && LEGISLATIVE_CHAMBERS.has(view.lower(chamber));
}

/** The longest prefix of [first, end) that the gazetteer knows, as an end index; 0 when none. */
/** Past the words that qualify a title rather than name anything: "Former", "Acting" in "Former US Secretary". */
export function afterTitleModifiers(view: TokenView, first: number, end: number): number {
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

/**
 * "ADNOC chief executive Sultan Al Jaber", "astronaut Sultan Al Neyadi", "Industry Minister Sultan Al
 * Jaber", "Minister of State Sultan Al Jaber": a ruler's title that is a Gulf given name too, right
 * before a family's "Al" and its name, is the given name (each was "Al Jaber", titled "Sultan"); a
 * ruler's given name comes first, "Sultan Haitham bin Tarik". "Emir Al Thani" keeps its title: no
 * man is named Emir. Read by splitTitle and, after an office's "of", by officeParts.
 */
export function isTitleGivenBeforeFamily(view: TokenView, i: number, end: number): boolean {
  return TITLES_GIVEN_AS_NAMES.has(view.lower(i)) && i + 2 < end && view.isText(i + 1, 'Al') && view.spaceBefore(i + 1) && view.spaceBefore(i + 2) && view.isCapitalized(i + 2);
}

/** Rulers' titles that are given names in the Gulf: "Sultan Al Jaber", "Malik Al Hamad". */
const TITLES_GIVEN_AS_NAMES = new Set(['sultan', 'malik']);
