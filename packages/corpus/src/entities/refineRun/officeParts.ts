import { TokenKind } from '../../text/tokenize.js';
import { gazetteer, isCity } from '../gazetteer.js';
import { HEAD_WORDS, isCommonWord, isGivenName, isListedSurname, LEGISLATIVE_CHAMBERS, NAME_DESCRIPTORS, OFFICE_WORDS, WordClass } from '../lexicon.js';
import { isFieldNameWord } from '../nameRuns/runWords.js';
import type { NameRun } from '../nameRuns/runSteps.js';
import type { TokenView } from '../tokenView.js';
import { isRoleOnlyForm, mayCloseRoleOnlyForm } from '../roleMentions.js';
import { type NamePart, part, keyOf, knownPrefixEnd, namesFederalState, isDemonymSpan, spaceWords } from './nameParts.js';
import { CORE_TITLES, isCoreTitleAt, CLERICAL_TITLES, isMemberOfChamberAt, afterTitleModifiers, isTitleGivenBeforeFamily } from './titleWords.js';

/** An office or a title after a place ("US Secretary of State John Kerry"), or no name at all ("the Governor of Virginia"); undefined when the run holds none. */
export function officeParts(view: TokenView, run: NameRun, end: number): NamePart[] | undefined {
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
    const named = namesPlaceOrBodyOfOffice(place) || chamber || isPlaceByItsKnownWord(view, first, office.nameFirst);
    return named ? [part(first, office.nameFirst, null, false, null), person] : [person];
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

/**
 * "Governor of South Sulawesi Andi Sudirman", "Governor of Lagos State Babajide Sanwo-Olu": an office's
 * place the lists do not know whole, but by one of its words ("Sulawesi", "Lagos"), is still named
 * (each word read as the portfolio's, as "Health" is, and the place was dropped). Capitalised words
 * only: "Minister of Europe and Foreign Affairs" is a portfolio.
 */
function isPlaceByItsKnownWord(view: TokenView, first: number, end: number): boolean {
  if (end - first < 2) return false;
  for (let k = first; k < end; k++) if (!view.isWord(k) || !view.isCapitalized(k)) return false;
  for (let k = first; k < end; k++) if (gazetteer().byKey.get(view.key(k))?.type === 'place' || isCity(view.key(k))) return true;
  return false;
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
  while (nameFirst + 3 <= end && isCoreTitleAt(view, nameFirst) && !isTitleGivenBeforeFamily(view, nameFirst, end)) nameFirst += view.kind(nameFirst + 1) === TokenKind.Period ? 2 : 1;
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
  // "Minister of State Sultan Al Jaber": a ruler's title before a family's "Al" is the holder's given name.
  if (!view.isCapitalized(k) || isGivenName(view.lower(k), true) || isTitleGivenBeforeFamily(view, k, view.count)) return false;
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
