import { TokenKind } from '../../text/tokenize.js';
import { addEvidence, WEIGHT, type Evidence } from '../evidence.js';
import { gazetteer, isAmericanState, isCity, isKnownBodysBranch, isCountry, isKnownPlace } from '../gazetteer.js';
import {
  isTitleWord,
  FOREIGN_PLACE_HEADS,
  DUTCH_PLACE_PARTICLES,
  PLACE_OPENERS,
  HEAD_WORDS,
  COMPASS,
  COMPASS_ADJECTIVES,
  isCommonWord,
  isGivenName,
  isListedSurname,
  isFrequentSurname,
  isSurname,
  FOREIGN_NATIONAL_OPENERS,
  NATIONAL_SOCIETIES,
  WordClass,
} from '../lexicon.js';
import { isNumberedPlural, opensWithClubWord } from '../sportsClubs.js';
import { namesRegionOfPlace } from '../nestedNames.js';
import { opensWithAdvocates, opensWithMembersOf } from '../nameRuns/connectorSteps.js';
import { hasBandsShape } from '../nameRuns/bandNames.js';
import type { TokenView } from '../tokenView.js';
import type { NameWords } from './nameWords.js';
import { joinsWithAmpersand, holdsNoWordOfAPersonsName, closesWithGroupPlural, singularOf, spaceSeparatedWords } from './nameShapes.js';
import { ROMAN_NUMERAL, isTeamName } from './contextWords.js';

/** A Dutch place's particle in lower case between the name's first and last words: "Bergen op Zoom". */
function holdsDutchPlaceParticle(view: TokenView, first: number, end: number): boolean {
  for (let i = first + 1; i < end - 1; i++) if (view.isLowerWord(i) && DUTCH_PLACE_PARTICLES.has(view.lower(i))) return true;
  return false;
}

/**
 * "clinics in South Kivu", "floods in East Nusa Tenggara": a compass word opening a name whose other
 * words no dictionary or name list holds, or a town, names a region (both were other; "East Prussia" and
 * "East Cleveland" too). Weakly: "West Brom beat
 * Leeds" is a club, and a match's cue outweighs it; "West Ham" holds a dictionary word. A compass
 * adjective before a place of the lists or such words names one too ("Western Tigray", "Eastern
 * Ghouta" were other); not "Southern Company", a dictionary word.
 */
function opensRegionByCompass(view: TokenView, first: number, end: number, firstLower: string): boolean {
  // Not a people's word: "a North American series", "North Korean troops".
  if (!(COMPASS.has(firstLower) || COMPASS_ADJECTIVES.has(firstLower)) || !view.isCapitalized(first) || view.isAllCaps(first) || gazetteer().demonyms.has(view.key(end - 1))) return false;
  // "grew up in East Cleveland", "West Berlin": a town the lists know, though a surname too ("Cleveland").
  if (first + 1 >= end || holdsNoWordOfAPersonsName(view, first + 1, end)) return first + 1 < end;
  return COMPASS.has(firstLower) ? isCity(view.keyOf(first + 1, end)) : isKnownPlace(view.keyOf(first + 1, end));
}

/**
 * "deployed to Mbeere North and Malava", "the MP for Kabete West": a compass word closing a name
 * whose other words no dictionary or name list holds names a constituency or a district (it was a
 * person). Not "Oliver North" or "Kanye West": a given name or a surname stands before the compass word.
 */
function closesDistrictByCompass(view: TokenView, first: number, end: number): boolean {
  const last = end - 1;
  if (!COMPASS.has(view.key(last)) || !view.isCapitalized(last) || view.isAllCaps(last) || !view.spaceBefore(last)) return false;
  return holdsNoWordOfAPersonsName(view, first, last);
}

/**
 * "in the Bungo Channel", "the Kii Channel", "the Mozambique Channel": "Channel" closing a name
 * whose other words are a place the lists know, or words no dictionary or name list holds, names a
 * sea channel (they were a body, a person and an other); a broadcaster's "History Channel" or
 * "Hallmark Channel" holds a dictionary word. After "the", a word a name list holds may open it:
 * "through the Bashi Channel" (a person's, "Bashi" a given name); no person takes "the".
 */
function closesSeaChannel(view: TokenView, first: number, end: number): boolean {
  const last = end - 1;
  if (view.key(last) !== 'channel' || !view.isCapitalized(last) || view.isAllCaps(last) || !view.spaceBefore(last)) return false;
  const place = view.keyOf(first, last);
  return (isKnownPlace(place) && gazetteer().byKey.get(place)?.type !== 'organization') || holdsNoWordOfAPersonsName(view, first, last) || isTheChannelOfNoWord(view, first, last);
}

/** "the Bashi Channel": after "the", words no dictionary holds and no body the lists know ("the Disney Channel" is one). */
function isTheChannelOfNoWord(view: TokenView, first: number, last: number): boolean {
  if (first === 0 || view.lower(first - 1) !== 'the' || gazetteer().byKey.get(view.keyOf(first, last))?.type === 'organization') return false;
  for (let i = first; i < last; i++) if (!view.isWord(i) || view.isAllCaps(i) || !view.isCapitalized(i) || isCommonWord(view.lower(i))) return false;
  return true;
}

/** A maker's model, a known body's unit, a team, a place's opening word, a group's plural. */
export function addBodyShapeEvidence(view: TokenView, name: NameWords, evidence: Evidence): void {
  const { first, end, length, firstLower, lastWord, head, event, makersModel } = name;
  if (makersModel) addEvidence(evidence, 'product', WEIGHT.headWord);
  else if (isCodedFlight(view, first, end)) addEvidence(evidence, 'vessel', WEIGHT.headWord);
  else if (length >= 2 && !head && opensWithKnownBody(view, first, end, firstLower)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  else if (length >= 3 && !head && holdsFirmsAbbreviationInside(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  else if (length === 2 && !head && isBodyWordBeforeCountry(view, first, end, firstLower)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  else if ((length === 2 || length === 3) && !head && isServiceBeforeCountry(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  // "Josef Newgarden finished 12th for Team Penske", "Team GB won gold", "Team Sky": "Team" opening a name is a team (Team Penske was other).
  // Not a role in a team ("Team Manager", "Team Leader").
  if (firstLower === 'team' && length >= 2 && !head && view.isCapitalized(first) && !view.hasClass(first + 1, WordClass.Role)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  if (length >= 2 && FOREIGN_PLACE_HEADS.has(firstLower)) addEvidence(evidence, 'place', WEIGHT.headWord);
  if (length >= 3 && isInstallationOpening(view, first, firstLower)) addEvidence(evidence, 'place', WEIGHT.headWord);
  if (length >= 2 && PLACE_OPENERS.has(firstLower) && !head && spaceSeparatedWords(view, first, end) === 2) addEvidence(evidence, 'place', WEIGHT.headWord);
  if (length >= 2 && !head && opensRegionByCompass(view, first, end, firstLower)) addEvidence(evidence, 'place', WEIGHT.weakHeadWord);
  // As strong as a known town: it outweighs the surname "North" and a verb's subject ("Mbeere North voted"), not an appositive's role.
  if (length >= 2 && !head && closesDistrictByCompass(view, first, end)) addEvidence(evidence, 'place', WEIGHT.city);
  if (length >= 2 && closesSeaChannel(view, first, end)) addEvidence(evidence, 'place', WEIGHT.headWord);
  // "Alphen aan den Rijn", "Katwijk aan Zee" were persons: a Dutch place's particle inside the name.
  if (length >= 3 && !head && holdsDutchPlaceParticle(view, first, end)) addEvidence(evidence, 'place', WEIGHT.headWord);
  if (length >= 2 && lastWord === end - 1 && namesStateOfAPlace(view, first, lastWord)) addEvidence(evidence, 'place', WEIGHT.headWord);
  // "The 49ers improved": a numbered plural alone is a team's name, as it closes one ("the San Francisco 49ers").
  const numberedTeam = length === 1 && !view.isCapitalized(first) && isNumberedPlural(view.raw(first));
  if (numberedTeam || isTeamName(view, first, lastWord) || opensWithClubWord(view, first, end) || isNewspaperOfAPlace(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  // "ESB Networks", "Aviva Investors": a dictionary word's plural closing a name is a body's, no person's.
  // Not where every word is a dictionary word ("Digital Humanities"): then it says nothing of a name
  // at all; nor after a surname ("Gilmore Girls" is a show).
  else if (length >= 2 && !head && !event && lastWord === end - 1 && !isGivenName(firstLower) && !isSurname(firstLower) && closesWithGroupPlural(view, first, end) && !allCommonBefore(view, first, lastWord) && !isForenameAndSurnameInS(view, first, lastWord)) {
    addEvidence(evidence, 'organization', WEIGHT.weakHeadWord);
  }
}

/** A cause's group, a law in another language, a company's coined word, an acronym closing the name, a branch, a web address. */
export function addBodyWordEvidence(view: TokenView, name: NameWords, evidence: Evidence): void {
  const { first, end, length, firstLower, lastWord, lastLower, head } = name;
  // "Students for Fair Admissions", "Americans for Prosperity": a group's plural and its cause.
  if (length >= 3 && (opensWithAdvocates(view, first) || opensWithMembersOf(view, first))) addEvidence(evidence, 'organization', WEIGHT.headWord);
  // "Texas Right to Life": a cause's group named for a right (see nameRuns); a law has its head ("Right to Information Act").
  if (length >= 3 && !head && holdsRightTo(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  // "Philippine Red Cross", "Palestine Red Crescent": a country's society of the movement.
  if (length >= 3 && NATIONAL_SOCIETIES.has(view.keyOf(end - 2, end))) addEvidence(evidence, 'organization', WEIGHT.headWord);
  // "Lei da Fronteira Verde", "Ley de Amnistía", "Loi Evin": a law in another language.
  // A head that is an English word too ("wet", "lag") needs a connector or an acronym after it:
  // "the Wet Tropics of Queensland" is a region, "Wet WOZ" and "Lag om …" are laws.
  if (length >= 2 && FOREIGN_LAW_HEADS.has(firstLower) && (!isCommonWord(firstLower) || view.isLowerWord(first + 1) || view.isAllCaps(first + 1))) addEvidence(evidence, 'programme', WEIGHT.headWord);
  // "Kanto Aerotech", "Hanseong Infotech": a company's coined last word.
  if (length >= 2 && COMPANY_WORD_ENDING.test(lastLower) && !isGivenName(firstLower) && !isSurname(lastLower)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  // "the race with Safaricom", "crown from Vodacom", "Globacom said": a telecom's or a maker's coined one word
  // (a place by "from"); not a dictionary word ("Sitcom").
  if (length === 1 && ONE_WORD_COMPANY_ENDING.test(lastLower) && !isCommonWord(lastLower) && !isSurname(lastLower)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  // "Africa CDC", "China CDC": a name closed by an acronym is a body's, no person's (honours such as
  // "FRS" are cut off before; "Elizabeth II" closes with a numeral). A code with digits is no
  // acronym: "Flight MH17", "Galaxy S24" were bodies.
  if (length >= 2 && view.isWord(lastWord) && view.isAllCaps(lastWord) && !view.hasDigit(lastWord) && view.length(lastWord) >= 2 && !view.isAllCaps(first) && !ROMAN_NUMERAL.test(view.raw(lastWord))) {
    addEvidence(evidence, 'organization', WEIGHT.weakHeadWord);
  }
  addFirmOrRegionShapeEvidence(view, name, evidence);
}

/** addBodyWordEvidence's shapes of a firm's, an airline's, a bank's or a region's name. */
function addFirmOrRegionShapeEvidence(view: TokenView, name: NameWords, evidence: Evidence): void {
  const { first, end, length, firstLower, head } = name;
  if (length === 2 && view.isAllCaps(first) && isBranchInCountry(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  else if (length === 2 && isBrandsBranch(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  // "Johnson & Johnson", "Procter & Gamble", "Marks & Spencer": an ampersand inside a name (two cited
  // authors are split apart before) joins a firm's founders, no one person's names: as sure as a title,
  // over what a person does ("Sullivan & Cromwell served as its counsel" was a person).
  if (length >= 3 && !head && joinsWithAmpersand(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.title);
  // "Florence and the Machine", "Echo and the Bunnymen": a band's name (bandNameEnd), no person's though it opens with a given name.
  else if (length >= 3 && !head && hasBandsShape(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.title);
  // "worked 20-plus years at AT&T", "shares in P&G": a firm's letters joined by an ampersand (AT&T was a place by "at").
  else if (areLettersJoinedByAmpersand(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.title);
  if (length >= 2 && FOREIGN_NATIONAL_OPENERS.has(firstLower)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  // "Hindenburg Research disclosed a short position", "Counterpoint Research said": a research house named
  // by a word no dictionary holds (it was other); not a field or a heading, "Linguistic Research", "Previous Research".
  if (length >= 2 && name.lastLower === 'research' && !allCommonBefore(view, first, name.lastWord)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  // "JD(U)", "PML(N)": a party's letters and its faction's letter in brackets (`isFactionLetterInBrackets` in nameRuns.ts; they were an other).
  if (end - first === 4 && view.isAllCaps(first) && view.isChar(first + 1, '(') && view.isChar(end - 1, ')')) addEvidence(evidence, 'organization', WEIGHT.headWord);
  // "Air India", "Air New Zealand": "Air" and a country or a nationality is an airline.
  if (length >= 2 && firstLower === 'air' && (gazetteer().byKey.get(view.keyOf(first + 1, end))?.type === 'place' || gazetteer().demonyms.has(view.keyOf(first + 1, end)))) {
    addEvidence(evidence, 'organization', WEIGHT.headWord);
  }
  // "Bundesbank", "Nedbank", "Sberbank": a bank's one-word name; not a surname ("Fairbank") or a city ("Burbank").
  if (length === 1 && BANK_WORD.test(firstLower) && !isSurname(firstLower) && !isCity(firstLower)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  // "North America", "South Asia", "Saharan Africa": a compass word or a region's adjective before a known place names a region of it.
  if (length >= 2 && namesRegionOfPlace(view, first, end)) addEvidence(evidence, 'place', WEIGHT.headWord);
  // "Police in Greater Manchester", "Greater Sydney": "Greater" and a city or a known place name its region (they were people).
  else if (length >= 2 && firstLower === 'greater' && isKnownPlace(view.keyOf(first + 1, end))) addEvidence(evidence, 'place', WEIGHT.headWord);
  // "Amazon.com", "Metro.us": a web address names a business or a publication.
  if (length >= 3 && view.kind(end - 2) === TokenKind.Period && view.adjacent(end - 3) && view.adjacent(end - 2) && view.isLowerWord(end - 1)) {
    addEvidence(evidence, 'organization', WEIGHT.headWord);
  }
}

/** "AT&T", "H&M", "B&Q": capitals of three letters at most each side of an "&" written without spaces. */
function areLettersJoinedByAmpersand(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 3 || !view.isChar(first + 1, '&') || !view.adjacent(first) || !view.adjacent(first + 1)) return false;
  return isCapitalLetters(view, first) && isCapitalLetters(view, first + 2);
}

function isCapitalLetters(view: TokenView, i: number): boolean {
  return view.kind(i) === TokenKind.Word && view.length(i) <= 3 && (view.isAllCaps(i) || (view.length(i) === 1 && view.isCapitalized(i)));
}

/** Every word of [first, last) is a dictionary word or a nationality ("East Asian Studies"). */
function allCommonBefore(view: TokenView, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (view.isWord(i) && !view.hasClass(i, WordClass.Common) && !gazetteer().demonyms.has(view.key(i))) return false;
  return true;
}

const FOREIGN_LAW_HEADS = new Set(['lei', 'ley', 'loi', 'legge', 'gesetz', 'wet', 'lag', 'lov', 'zakon', 'ustawa']);

/** Coined endings of company names, five letters or more before them: "Aerotech", "Infotronics", "Medipharma". */
const COMPANY_WORD_ENDING = /^\p{L}{3,}(?:tech|tronics|soft|pharma|chem|corp|telecom)$/u;
const ONE_WORD_COMPANY_ENDING = /^\p{L}{4,}(?:com|soft|tronics|pharma|telecom)$/u;
const BANK_WORD = /^\p{L}{3,}bank$/u;

/**
 * "booked on British Airways Flight BA12 were told", "Qantas Flight QF1": an airline's flight by its
 * code is named as a numbered one is, a craft (the first was a person, by the verb after it).
 */
function isCodedFlight(view: TokenView, first: number, end: number): boolean {
  if (end - first < 3 || view.lower(end - 2) !== 'flight' || !view.isCapitalized(end - 2) || !view.spaceBefore(end - 1)) return false;
  return view.kind(end - 1) === TokenKind.Word && view.hasDigit(end - 1) && /^\p{Lu}{1,3}\d{1,4}$/u.test(view.raw(end - 1));
}

/**
 * "gunmen in Kaduna State", "Lagos State officials", "Borno State": a known region or city before
 * "State" is a federal state (Nigeria's, India's, Malaysia's; "Borno State" was a person, "Sokoto
 * State" other). Not an American state's name, that of a university and its teams as well ("Ohio
 * State beat Michigan"), nor a word that is no place ("Islamic State").
 */
function namesStateOfAPlace(view: TokenView, first: number, last: number): boolean {
  if (view.key(last) !== 'state' || !view.isCapitalized(last)) return false;
  const place = view.keyOf(first, last);
  // "Gombara State Governor, Inuwa Dankaka,": a name no list knows before the state's title is a state too.
  return (isKnownPlace(place) || (isCapitalizedTitleAt(view, last + 1) && !isCommonWord(place))) && !isAmericanState(place);
}

function isCapitalizedTitleAt(view: TokenView, i: number): boolean {
  return i < view.count && view.kind(i) === TokenKind.Word && view.isCapitalized(i) && isTitleWord(view.lower(i));
}

/**
 * "Google DeepMind", "Hyundai Mobis", "Oxfam Novib": a body the lists know by one word, no given name,
 * before one more word is that body's unit or branch (each was a person by its two capitalised
 * words). Not "Mercedes Sosa" (a given name first) nor "Apple Martin" (a listed surname after).
 */
function opensWithKnownBody(view: TokenView, first: number, end: number, firstLower: string): boolean {
  // "Transparency International Bangladesh", "Amnesty International Kenya": an international body's branch in a country.
  if (end - first >= 3 && view.lower(end - 2) === 'international') return isKnownBodysBranch(view.keyOf(first, end - 1), view.key(end - 1));
  // "Amnesty Kenya director Irungu Houghton": the same branch without "International" (it was a person).
  if (end - first === 2 && isCountry(view.key(end - 1)) && view.spaceBefore(end - 1)) return isKnownBodysBranch(`${firstLower} international`, view.key(end - 1));
  if (spaceSeparatedWords(view, first, end) !== 2 || gazetteer().byKey.get(firstLower)?.type !== 'organization' || isGivenName(firstLower)) return false;
  const second = view.key(end - 1);
  // "NHS England said on Thursday", "BBC Scotland": letters the lists know before a country or a region name its branch there;
  // so does a word no list holds, a region the lists lack ("NHS Lothian said", "NHS Tayside": persons by their
  // two capitalised words). Not a dictionary word or a name ("told CNN Sunday", "FBI Director", "ABC Kelly").
  if (view.isAllCaps(first)) return isKnownBodysBranch(firstLower, second) || isWordOfNoList(second);
  return !isListedSurname(second);
}

/** A word no dictionary, given names' or head words' list holds, nor one of the census's most frequent surnames: "lothian", "tayside". */
function isWordOfNoList(key: string): boolean {
  return !isCommonWord(key) && !isGivenName(key, true) && !isFrequentSurname(key) && !HEAD_WORDS.has(key);
}

/**
 * "Warner Bros Discovery said it would split", "Paramount Corp Studios": a firm's abbreviation inside a
 * name, not closing it, is a firm's (Warner Bros Discovery was a person by "Warner" and "said"); no
 * person's name holds "Bros" or "Corp".
 */
function holdsFirmsAbbreviationInside(view: TokenView, first: number, end: number): boolean {
  for (let i = first + 1; i < end - 1; i++) if (view.isWord(i) && view.isCapitalized(i) && FIRMS_ABBREVIATIONS.has(view.lower(i))) return true;
  return false;
}

const FIRMS_ABBREVIATIONS = new Set(['bros', 'corp', 'inc', 'ltd', 'plc', 'llc']);

/**
 * "Bank Indonesia cut its rate", "Police Scotland said": a body's head word opening a name before a
 * country is that country's body (it was other, the head word reading as no head at the start).
 */
function isBodyWordBeforeCountry(view: TokenView, first: number, end: number, firstLower: string): boolean {
  return HEAD_WORDS.get(firstLower) === 'organization' && view.spaceBefore(end - 1) && isCountry(view.key(end - 1)) && !view.isAllCaps(first);
}

/**
 * "Public Health Scotland reported 40 new cases", "Transport Scotland said", "Sport England",
 * "Health Canada": a public service's field (after "Public") before a country is that country's
 * agency (they were other, a person, or nothing).
 */
function isServiceBeforeCountry(view: TokenView, first: number, end: number): boolean {
  if (!PUBLIC_SERVICE_FIELDS.has(view.lower(end - 2)) || !view.spaceBefore(end - 1) || !isCountry(view.key(end - 1))) return false;
  return end - first === 2 || (view.lower(first) === 'public' && view.spaceBefore(first + 1));
}

const PUBLIC_SERVICE_FIELDS = new Set(['health', 'transport', 'sport', 'tourism', 'enterprise', 'forestry', 'heritage']);

/** "the Kursk region", "Angara rockets", "Buy American rules", "Peskov said", "Galois died", "Byron's mother". */
/**
 * "PETA India said", "ActionAid Kenya", "KPMG Nigeria": a body's acronym and a country is its branch
 * there (it was a person, "India" a given name, and took the country's mentions). Not a place's own
 * letters before another place ("US Georgia").
 */
function isBranchInCountry(view: TokenView, first: number, end: number): boolean {
  if (view.length(first) < 2 || !view.spaceBefore(end - 1) || !isCountry(view.key(end - 1))) return false;
  return gazetteer().byKey.get(view.key(first))?.type !== 'place';
}

/**
 * "Airtel Africa reported", "Safaricom Ethiopia launched in 2022": a word no list holds (no dictionary
 * word, name or place) and a country or a continent is a company's branch there (it was a person:
 * "Africa" is a listed surname, and a coined word a given name no list holds). Not "Ahmed Egypt".
 */
function isBrandsBranch(view: TokenView, first: number, end: number): boolean {
  const place = view.key(end - 1);
  // "Punjab CM Bhagwant Mann": a country's name that is a surname too ("Mann", of the Isle of Man) says nothing.
  if (!(CONTINENTS.has(place) || (isCountry(place) && !isListedSurname(place))) || !view.spaceBefore(end - 1) || !view.isWord(first) || view.isAllCaps(first)) return false;
  const brand = view.key(first);
  return !isCommonWord(brand) && !isGivenName(brand, true) && !isSurname(brand) && !isKnownPlace(brand);
}

const CONTINENTS = new Set(['africa', 'asia', 'europe', 'americas', 'oceania']);

/** A capitalised "Right" and a lower-case "to" inside the name: "Tennessee Right to Life". */
function holdsRightTo(view: TokenView, first: number, end: number): boolean {
  for (let k = first; k + 2 < end; k++) if (view.lower(k) === 'right' && view.isCapitalized(k) && view.lower(k + 1) === 'to' && view.isLowerWord(k + 1)) return true;
  return false;
}

/**
 * "Geert Wilders": a word no dictionary holds nor any list of places, then a listed
 * surname's "-s" form, is a person's name, no group's plural ("The party of Geert Wilders won" made
 * him a body, "wilder" a dictionary word); "Arctic Monkeys" opens with a word and stays a group.
 */
function isForenameAndSurnameInS(view: TokenView, first: number, lastWord: number): boolean {
  const firstLower = view.lower(first);
  return lastWord === first + 1 && !isCommonWord(firstLower) && !isKnownPlace(view.key(first)) && isListedSurname(singularOf(view.lower(lastWord)));
}

/** Words of newspapers' names after their town: "Baltimore Sun", "Toronto Star", "Chicago Sun-Times", "Lexington Herald-Leader". */
const NEWSPAPER_WORDS = new Set(['sun', 'star', 'times', 'news', 'post', 'herald', 'journal', 'tribune', 'gazette', 'courier', 'chronicle', 'observer', 'telegraph', 'inquirer', 'examiner', 'globe', 'mirror']);

/**
 * "the Baltimore Sun", "the Springfield News-Sun", "the Atlanta Journal-Constitution": a known town,
 * then a newspaper's word closing the name or opening its last hyphened pair, is a newspaper (the
 * three were persons, "Sun" a surname). Not a given name and one word ("Dakota Star").
 */
function isNewspaperOfAPlace(view: TokenView, first: number, end: number): boolean {
  let compound = end - 1;
  while (compound - 2 > first && view.kind(compound - 1) === TokenKind.Hyphen && view.adjacent(compound - 2) && view.adjacent(compound - 1)) compound -= 2;
  if (compound <= first || !view.spaceBefore(compound) || (end - first === 2 && isGivenName(view.lower(first)))) return false;
  const last = view.lower(end - 1);
  const newspaperWord = NEWSPAPER_WORDS.has(view.lower(compound)) || (compound < end - 1 && NEWSPAPER_WORDS.has(last));
  return newspaperWord && isKnownPlace(view.keyOf(first, compound));
}

/**
 * "Sailors returned to Naval Station Norfolk", "Naval Base San Diego", "Joint Base Andrews", "killed
 * at Forward Operating Base Chapman": a military installation's words open the name of a place
 * (both Navy bases were other, the forward base a person "Base Chapman").
 */
function isInstallationOpening(view: TokenView, first: number, firstLower: string): boolean {
  if (!INSTALLATION_OPENERS.has(firstLower)) return false;
  const next = view.lower(first + 1);
  return next === 'base' || next === 'station' || ((next === 'air' || next === 'operating') && INSTALLATION_HEADS.has(view.lower(first + 2)));
}

const INSTALLATION_HEADS = new Set(['station', 'base']);

const INSTALLATION_OPENERS = new Set(['naval', 'joint', 'forward']);
