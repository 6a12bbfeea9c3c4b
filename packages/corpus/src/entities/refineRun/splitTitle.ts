import { TokenKind } from '../../text/tokenize.js';
import { gazetteer, isCity, isKnownPlace, isNationalityUsedAsName } from '../gazetteer.js';
import { REGNAL_NUMERALS, FOLLOWING_TYPE_CUES, FOREIGN_ORGANIZATION_HEADS, givenNameGender, HEAD_WORDS, isCommonWord, isGivenName, isListedSurname, isOccupationByEnding, LEGAL_SUFFIXES, NAME_CONNECTORS, NAME_HONORIFICS, NAME_PARTICLES, PARTY_MEMBERS, PATRON_TITLES, REGNAL_TITLES, ROLE_NOUNS, SURNAME_HEADS, TITLE_WORDS, WordClass, SPEECH_VERBS } from '../lexicon.js';
import { isFieldsJoinedByAnd, isPortfolioField, particleWordsIn, withoutGenerationSuffix } from '../nameRuns/runWords.js';
import { isInitialsPairAfterTitle } from '../nameRuns/nameTokens.js';
import type { TokenView } from '../tokenView.js';
import { keyOf, knownPrefixEnd, namesFederalState, isDemonymAt, noDictionaryWords, AGENT_NOUN, spaceWords } from './nameParts.js';
import { CORE_TITLES, isCoreTitleAt, afterTitleModifiers, isTitleGivenBeforeFamily } from './titleWords.js';
import { afterHonoursStyle } from './runTrims.js';

/**
 * "Samoan Prime Minister Tuilaepa Lupesoliai Neioti Aiono Sailele Malielegaoi": a Pacific name with
 * its chiefly titles may run past four words after an office; where no dictionary holds any of them
 * they are one person's (the office stayed in a name typed other).
 */
const MAX_TITLED_UNLISTED_WORDS = 7;

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
 * A ruler's or a patron's title names a building after them: "Queen Elizabeth Hall". A nationality
 * used as a given name counts: "Chairman French Hill" (it was a place, title and all).
 */
function isTitledGivenNameAndSurnameHead(view: TokenView, title: number, first: number, end: number): boolean {
  if (end - first !== 2 || !SURNAME_HEADS.has(view.lower(first + 1)) || REGNAL_TITLES.has(view.lower(title)) || PATRON_TITLES.has(view.lower(title))) return false;
  return view.spaceBefore(first + 1) && (isGivenName(view.lower(first), true) || isNationalityUsedAsName(view.lower(first))) && HEAD_WORDS.get(view.lower(first)) !== 'place';
}

/**
 * "[Russian|U.S.|SNSA] [Deputy Foreign] Minister Name", "Rear Adm. Name", "Secretary of State Name":
 * the title (and any place, nationality or agency before it) is not the name. Organisation names
 * that contain a title word are left alone ("General Bureau of Ocean Transport", "Foreign Ministry").
 */
export function splitTitle(
  view: TokenView,
  first: number,
  end: number,
): { title: string; titleFirst: number; nameFirst: number; prefix: { first: number; end: number } | null } | null {
  if (isSpelledByLettersAfter(view, first, end)) return null;
  let lastCore = -1;
  for (let i = first; i < end; i++) {
    if (isHonorificOfNameAfterOffice(view, lastCore, i, end) || (i === first && isHonorificOfUnlistedName(view, i, end))) break;
    if (isHonorificInsideName(view, first, i, end)) continue;
    // The name opens there: no title at all before it ("Sultan Al Jaber"), or an office's ("Industry Minister Sultan Al Jaber").
    if (isTitleGivenBeforeFamily(view, i, end)) {
      if (lastCore < 0) return null;
      break;
    }
    if ((isCoreTitleAt(view, i) && !isSurnameAfterTitledName(view, lastCore, i, end) && !qualifiesForeignBody(view, first, i)) || isFirstLady(view, first, i)) lastCore = i;
  }
  if (lastCore < 0) lastCore = roleBeforeGivenName(view, first, end);
  const roleAfterName = lastCore < 0 && end - first >= 4 ? roleAfterNameBeforeGivenName(view, first, end) : -1;
  if (roleAfterName >= 0) lastCore = roleAfterName;
  if (lastCore < 0 || lastCore - first > 6 || namesAPlaceAfterItsPatron(view, lastCore, end) || namesAThingAfterItsPatron(view, lastCore, end)) return null;
  let nameFirst = lastCore + 1;
  while (nameFirst < end && !isHonorificOfNameAfterOffice(view, lastCore, nameFirst, end) && !isInitialsPairAfterTitle(view, nameFirst) && !isTitleGivenBeforeFamily(view, nameFirst, end) && (view.kind(nameFirst) === TokenKind.Period || view.hasClass(nameFirst, WordClass.Title) || isConnectorAfterTitle(view, nameFirst) || view.kind(nameFirst) === TokenKind.Hyphen)) {
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
  // "Prime Minister Nguyen Tan Dung met", "President Le Van Long": after an office of state, a surname no
  // dictionary holds opening two or more words names its holder, surname first; the last word is a
  // given name that is a word too (the run was one name of type other, title and all).
  if (nameFirst === lastCore + 1 && end - nameFirst >= 2 && OFFICES_OF_STATE.has(view.lower(lastCore)) && isSurnameNoWord(view.lower(nameFirst))) return false;
  return !view.hasClass(lastCore, WordClass.Honorific) && !view.hasClass(end - 2, WordClass.NameParticle);
}

function isSurnameNoWord(word: string): boolean {
  return isListedSurname(word) && !isCommonWord(word);
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
 * "Labor Secretary Julie Su", "Labour Minister Simon Lalong": one dictionary word right before
 * "Minister" or "Secretary" is the office's portfolio, though a party is known by it ("Labor" was
 * the Australian Labor Party); "Labour leader Keir Starmer" and "Labour MP" keep the party, and a
 * place named by a word keeps its place ("Turkey Finance Minister" opens no portfolio of one word).
 * The minister's title may go on with another ("Saudi Energy Minister Prince Abdulaziz bin Salman":
 * "Saudi Energy" was a body).
 */
function isPortfolioBeforeMinister(view: TokenView, first: number, orgEnd: number, lastCore: number): boolean {
  if (!MINISTER_TITLES.has(view.lower(orgEnd)) || !(orgEnd === lastCore || isRoyalStyleAfter(view, orgEnd, lastCore))) return false;
  if (orgEnd === first + 1) return isPortfolioField(view, first);
  // "Health and Human Services Secretary Robert F. Kennedy Jr.": a secretary's department keeps its name.
  return orgEnd === first + 3 ? isFieldsJoinedByAnd(view, first, orgEnd) : view.lower(orgEnd) === 'minister' && isFieldsJoinedByAnd(view, first, orgEnd);
}

/** "Minister Prince Abdulaziz", "Minister Sheikh Mohammed": a royal style, spaced, right after the office's word at `title` (no "Secretary-General"). */
function isRoyalStyleAfter(view: TokenView, title: number, lastCore: number): boolean {
  return lastCore === title + 1 && view.spaceBefore(lastCore) && (PATRON_TITLES.has(view.lower(lastCore)) || NAME_HONORIFICS.has(view.lower(lastCore)));
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
export function personAfterBody(view: TokenView, first: number, end: number): number {
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
