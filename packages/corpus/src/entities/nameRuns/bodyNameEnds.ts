import { TokenKind } from '../../text/tokenize.js';
import {
  CLOSING_ONLY_HEADS,
  FIELD_HEADS,
  isBodyWord,
  INNER_POSSESSIVES,
  isCommonWord,
  isGivenName,
  isListedSurname,
  HEAD_WORDS,
  OFFICE_WORDS,
  HYPHEN_PREFIXES,
  COMMITTEE_WORDS,
  LAW_HEADS,
  LEGISLATIVE_CHAMBERS,
  STANDING_MEETING_HEADS,
  LEGAL_SUFFIXES,
  PERSON_VERBS,
  ORGANIZATION_ANCHORS,
  SPEECH_VERBS,
  STOPWORDS,
  TOWN_HEADS,
  TITLE_WORDS,
  ROLE_NOUNS,
  UTILITY_SUPPLIES,
  WordClass,
} from '../lexicon.js';
import { gazetteer, isCity, isCountry, isKnownPlace, opensDemonymOfWords } from '../gazetteer.js';
import type { TokenView } from '../tokenView.js';
import { ORDINAL_FIGURES, SPELLED_CONNECTORS, isFieldNameWord, isFieldsJoinedByAnd } from './runWords.js';
import { isNameToken } from './nameTokens.js';
import { lawTitleConjunctEnd } from './lawTitles.js';

/**
 * "the University of Texas at Austin", "the University of North Carolina at Chapel Hill": "at" and its
 * campus's place go on a university's name (it was cut at "at"; "Chapel Hill" after it was lost). The
 * place is one the lists know, or one or two capitalised words closing the name that hold no head
 * word nor a day ("the University of Kentucky at Rupp Arena", "at Monday's meeting" stay apart).
 * Where the campus ends, else 0.
 */
export function campusEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (view.lower(k) !== 'at' || !view.isLowerWord(k) || !view.spaceBefore(k) || !isNameToken(view, k - 1)) return 0;
  let university = false;
  for (let i = first; i < k && !university; i++) university = view.key(i) === 'university' && view.isCapitalized(i);
  if (!university) return 0;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 3 && view.spaceBefore(e) && isNameToken(view, e) && !view.hasClass(e, WordClass.MonthOrDay)) e++;
  if (e === k + 1) return 0;
  if (isKnownPlace(view.keyOf(k + 1, e))) return e;
  const closesName = e >= sentenceEnd || !isNameToken(view, e);
  const last = view.key(e - 1);
  return closesName && e - k <= 3 && (!HEAD_WORDS.has(last) || TOWN_HEADS.has(last)) && view.kind(e) !== TokenKind.Possessive ? e : 0;
}

/**
 * "U.S. Court of Appeals for the D.C. Circuit", "… for the 9th Circuit": after a court's name, "for
 * the" and the number or the place of its circuit or district go on the court's name ("for the
 * Ninth Circuit" goes on as any dictionary word after a court does). Where that word ends, else 0.
 */
export function courtAreaEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  const area = k + 2;
  const connector = view.lower(k);
  if ((connector !== 'for' && connector !== 'of') || !view.isLowerWord(k) || view.lower(k + 1) !== 'the' || area + 1 >= sentenceEnd) return 0;
  if (!COURT_AREAS.has(view.lower(area + 1)) || !view.isCapitalized(area + 1) || !view.spaceBefore(area + 1)) return 0;
  let court = false;
  for (let i = first; i < k && !court; i++) court = view.lower(i) === 'court';
  // "the Regional Federal Court of the 1st Region (TRF-1)", Brazil's appeal courts: after "of", its
  // number only (it was cut at "of", and the region with its letters made a place "TRF-1").
  const numbered = ORDINAL_FIGURES.test(view.raw(area));
  return court && (numbered || (connector === 'for' && isNameToken(view, area))) ? area + 2 : 0;
}

const COURT_AREAS = new Set(['circuit', 'district', 'region']);

/**
 * "the Punjab and Haryana High Court", "the Kenya and Uganda Railways Corporation": after "the", a place
 * the lists know, "and", another, and capitalised words closed by a body's head word are one body of
 * the two places (it was a body "Punjab" and the "Haryana High Court"). Where the head word ends, else 0.
 * Not "the Punjab and Haryana governments" (no name's head), nor "Britain and France" alone.
 */
export function twoPlacesBodyEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (view.lower(k) !== 'and' || !view.isLowerWord(k) || first < 1 || view.lower(first - 1) !== 'the') return 0;
  if (!isKnownPlace(view.keyOf(first, k))) return 0;
  for (let place = k + 2; place <= Math.min(k + 4, sentenceEnd); place++) {
    if (!isNameToken(view, place - 1) || !view.spaceBefore(place - 1)) return 0;
    if (!isKnownPlace(view.keyOf(k + 1, place))) continue;
    let e = place;
    while (e < sentenceEnd && e - place < 3 && view.spaceBefore(e) && view.isCapitalized(e) && !view.isAllCaps(e)) e++;
    return e > place && HEAD_WORDS.get(view.lower(e - 1)) === 'organization' ? e : 0;
  }
  return 0;
}

/**
 * "the High Court of Punjab and Haryana granted bail", "the Bar Council of Maharashtra and Goa": a
 * body's head, "of", a place the lists know, "and" (token k) and another place closing the name are one
 * body of the two places (the second place was a body of its own, "Haryana", "Goa"). Not before a
 * possessive or a further capitalised word ("the Bank of Japan and China's central bank", "the
 * University of Oxford and Harvard University"). Where the second place ends, else 0.
 */
export function bodyOfTwoPlacesEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (view.lower(k) !== 'and' || !view.isLowerWord(k) || k - first < 3) return 0;
  let of = k - 2;
  while (of > first + 1 && view.lower(of) !== 'of') of--;
  if (view.lower(of) !== 'of' || !view.isLowerWord(of) || k - of > 3 || !isBodyHeadAt(view, of - 1) || !isKnownPlace(view.keyOf(of + 1, k))) return 0;
  for (let place = k + 2; place <= Math.min(k + 4, sentenceEnd); place++) {
    if (!isNameToken(view, place - 1) || !view.spaceBefore(place - 1)) return 0;
    if (!isKnownPlace(view.keyOf(k + 1, place))) continue;
    const closes = place >= sentenceEnd || (!isNameToken(view, place) && view.kind(place) !== TokenKind.Possessive);
    return closes ? place : 0;
  }
  return 0;
}

function isBodyHeadAt(view: TokenView, i: number): boolean {
  return view.isCapitalized(i) && (HEAD_WORDS.get(view.key(i)) === 'organization' || ORGANIZATION_ANCHORS.has(view.key(i)));
}

/**
 * "Avon and Somerset Police said", "Devon and Cornwall Police": without "the" too, a place ("Avon",
 * an old county no list holds, is no dictionary word either), "and", a place the lists know and a
 * police, fire or ambulance service's words are one force (it was "Avon" and "Somerset Police").
 * "Kent and Essex Police" after "Kent Police" alone elsewhere in the text are two forces.
 */
export function twoPlacesServiceEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (k !== first + 1 || view.lower(k) !== 'and' || !view.isLowerWord(k) || !view.spaceBefore(k)) return 0;
  const opener = view.lower(first);
  if (view.isAllCaps(first) || (!isKnownPlace(opener) && isCommonWord(opener))) return 0;
  for (let place = k + 2; place <= Math.min(k + 3, sentenceEnd); place++) {
    if (!isNameToken(view, place - 1) || !view.spaceBefore(place - 1)) return 0;
    if (!isKnownPlace(view.keyOf(k + 1, place))) continue;
    if (isCountry(opener) || isCountry(view.keyOf(k + 1, place))) return 0;
    const e = serviceWordsEnd(view, place, sentenceEnd);
    if (e === place || !SERVICE_HEADS.has(view.lower(e - 1))) return 0;
    return isKnownPlace(opener) && writesApart(view.text, `${view.raw(first)} ${view.slice(place, e)}`) ? 0 : e;
  }
  return 0;
}

/** Where a service's words from token `first` end: "Police", "Ambulance Service", "Fire and Rescue Service". */
function serviceWordsEnd(view: TokenView, first: number, sentenceEnd: number): number {
  let e = first;
  while (e < sentenceEnd && e - first < 4 && view.spaceBefore(e)) {
    const joined = e > first && view.lower(e) === 'and' && view.isLowerWord(e) && e + 1 < sentenceEnd && view.isCapitalized(e + 1) && SERVICE_WORDS.has(view.lower(e + 1));
    if (!joined && !(view.isCapitalized(e) && SERVICE_WORDS.has(view.lower(e)))) break;
    e += joined ? 2 : 1;
  }
  return e;
}

/** Whether `text` holds `phrase` as words of their own ("Kent Police", not "Kent Policeman"). */
function writesApart(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[at + phrase.length] ?? ' ')) return true;
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The words of a police, fire or ambulance service's name after its area, and those that close it. */
const SERVICE_WORDS = new Set(['police', 'constabulary', 'fire', 'rescue', 'ambulance', 'service']);
const SERVICE_HEADS = new Set(['police', 'constabulary', 'service']);

/**
 * "The Bill and Melinda Gates Foundation", "the Michael and Susan Dell Foundation": two given names
 * joined by "and", a surname and a body's head are the body named for the couple (it gave a
 * programme "Bill" and a "Melinda Gates Foundation"). So are two given names right before a head word
 * of a body or a place: "the Victoria and Albert Museum", "the Peter and Paul Fortress" (it gave a
 * place "Victoria" and an "Albert Museum"). Where the name ends, else 0.
 */
export function foundersBodyEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (k !== first + 1 || view.lower(k) !== 'and' || !view.isLowerWord(k) || !isGivenName(view.lower(first)) || !isGivenName(view.lower(k + 1))) return 0;
  if (k + 2 < sentenceEnd && view.spaceBefore(k + 2) && view.isCapitalized(k + 2) && isNamesakesHead(view.lower(k + 2))) return k + 3;
  for (let e = k + 2; e < Math.min(sentenceEnd, k + 5); e++) {
    if (!isNameToken(view, e) || !view.spaceBefore(e)) return 0;
    if (e > k + 2 && isBodyWord(view.lower(e))) return e + 1;
  }
  return 0;
}

/** A head word of a body or a place named after people ("museum", "foundation", "fortress"), no title or role. */
function isNamesakesHead(word: string): boolean {
  const type = HEAD_WORDS.get(word);
  return (type === 'organization' || type === 'place') && !TITLE_WORDS.has(word) && !ROLE_NOUNS.has(word);
}

/**
 * "Brigham and Women's Hospital", "Rainbow Babies and Children's Hospital": "and", a people's plural
 * in the possessive ("Women's", "Children's", "Veterans'") and capitalised words closed by a head
 * word go on the name before the "and" (it gave a person "Brigham" and a "Women's Hospital"). Where
 * the head word ends, else 0. Not "Britain and France's ministries": a place is no such plural.
 */
export function possessedPeopleBodyEnd(view: TokenView, k: number, sentenceEnd: number): number {
  if (view.lower(k) !== 'and' || !view.isLowerWord(k) || !view.isCapitalized(k + 1) || !INNER_POSSESSIVES.has(view.lower(k + 1))) return 0;
  if (!isInnerPossessive(view, k + 2)) return 0;
  for (let e = k + 3; e < Math.min(sentenceEnd, k + 6); e++) {
    if (!view.isCapitalized(e) || !view.spaceBefore(e)) return 0;
    if (view.hasClass(e, WordClass.Head)) return e + 1;
  }
  return 0;
}

/**
 * "University Hospital Limerick and Cork University Hospital": a city right after a body's head word
 * closes that body's name before "and", though a dictionary word too ("limerick"); the two were one name.
 */
function isCityAfterBodyHead(view: TokenView, first: number, k: number): boolean {
  return k - 2 >= first && HEAD_WORDS.get(view.lower(k - 2)) === 'organization' && view.spaceBefore(k - 1) && isCity(view.key(k - 1));
}

/**
 * "the African Union's Peace and Security Council", "a Safety and Security Council": one field word
 * before "and" names nothing alone, so a body the lists know after it ("Security Council") is the
 * end of this body's name, not a name of its own (it gave an organization "Peace"). Not "Shares of
 * Ford and General Motors" (a given name before "and" may be a founder's company).
 */
function isFieldBeforeKnownBody(view: TokenView, first: number, k: number, e: number): boolean {
  const field = k - 1;
  if (field < first || !isFieldNameWord(view, field) || isGivenName(view.lower(field), true) || gazetteer().byKey.has(view.key(field))) return false;
  // "the African Union Peace and Security Council": the parent body the lists know may stand before the field word.
  if (field > first && gazetteer().byKey.get(view.keyOf(first, field))?.type !== 'organization') return false;
  return HEAD_WORDS.get(view.lower(e - 1)) === 'organization';
}

/**
 * Where the words after an "and" at token k end when they go on a body's name, else 0:
 * - after the head of a body and its "of" or "for" and dictionary words: "Department of Health and
 *   Human Services", "Royal Academy of Painting and Sculpture". Not "University of Virginia and
 *   Duke University" (a place after "of"), nor "Department of Health and Ministry of Defence" (a
 *   body of its own after "and");
 * - after dictionary words, when the words after "and" end with a body's head word: "Food and Drug
 *   Administration", "National Aeronautics and Space Administration", and after a field's head word
 *   that opens the name ("Securities and Exchange Commission"). Not "Britain and France", nor "Army and Air Force".
 */
/**
 * Past the field's words from token `from` (before `limit`): "Intake", "Drug"; a hyphened compound
 * of them, or of a prefix and one, is one ("the Ethics and Anti-Corruption Commission" was cut at
 * "and" to "Ethics" and "Anti-Corruption Commission").
 */
function fieldWordsEnd(view: TokenView, from: number, sentenceEnd: number, limit: number): number {
  let e = from;
  while (e < sentenceEnd && e < limit) {
    const word = e;
    const prefix = !isFieldNameWord(view, word);
    if ((prefix && !(HYPHEN_PREFIXES.has(view.lower(word)) && view.isCapitalized(word))) || !view.spaceBefore(word)) break;
    e++;
    while (e + 1 < sentenceEnd && view.kind(e) === TokenKind.Hyphen && view.adjacent(e - 1) && view.adjacent(e) && isFieldNameWord(view, e + 1)) e += 2;
    // "Anti-Trump": a prefix goes on only into a field's word.
    if (prefix && e === word + 1) return word;
  }
  return e;
}

export function bodyConjunctEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (view.lower(k) !== 'and' || !view.isLowerWord(k) || !view.spaceBefore(k)) return 0;
  const peoplesFields = peoplesFieldsEnd(view, first, k, sentenceEnd) || lawTitleConjunctEnd(view, first, k, sentenceEnd) || peoplesMovementEnd(view, first, k, sentenceEnd);
  if (peoplesFields) return peoplesFields;
  const portfolioEnd = portfolioBeforeMinisterEnd(view, first, k, sentenceEnd);
  if (portfolioEnd) return portfolioEnd;
  let e = headBeforeTitleEnd(view, k + 1, fieldWordsEnd(view, k + 1, sentenceEnd, k + 5));
  // "Central Booking and Intake Center": a body's head word no dictionary holds closes the conjunct.
  if (e > k + 1 && e < sentenceEnd && view.spaceBefore(e) && view.isCapitalized(e) && !view.isAllCaps(e) && HEAD_WORDS.get(view.lower(e)) === 'organization') e++;
  // "Department of Health and Ministry of Defence", "Browning and War Office": a head word after
  // "and" begins another name, but a company's head word may stand inside one ("EU Trade and Technology Council").
  const after = view.lower(k + 1);
  if (e === k + 1 && after === 'the') return fieldAfterTheEnd(view, first, k, sentenceEnd);
  if (e === k + 1 || ORGANIZATION_ANCHORS.has(after) || (HEAD_WORDS.has(after) && HEAD_WORDS.get(after) !== 'organization' && !isPortsBody(view, k + 1, e))) return 0;
  // "Delta Air Lines and United Airlines": two carriers, each closed by its own word of carriage.
  if (CARRIER_CLOSERS.has(view.lower(k - 1)) && CARRIER_CLOSERS.has(view.lower(e - 1)) && e - k > 2) return 0;
  // "Ford and General Motors": a name the lists know whole after "and" is a name of its own.
  if ((gazetteer().byKey.has(view.keyOf(k + 1, e)) && !isFieldBeforeKnownBody(view, first, k, e)) || knownNameOverThe(view, k + 1, e, sentenceEnd)) return 0;
  // "Relief and Works Agency for Palestine Refugees": the name goes on after its head; other words
  // before "of" or "for" are another name's ("Britain and France for …").
  const fieldsOfEnd = view.isOfOrFor(e) ? fieldOfFieldEnd(view, first, k, e, sentenceEnd) : 0;
  if (fieldsOfEnd > 0) return fieldsOfEnd;
  if (view.isOfOrFor(e) && HEAD_WORDS.get(view.lower(e - 1)) !== 'organization' && !LAW_HEADS.has(view.lower(e - 1)) && !VENUE_HEADS.has(view.lower(e - 1))) return 0;
  if (isCityAfterBodyHead(view, first, k)) return 0;
  // "Shell, BP and Duke Energy said": letters in capitals right before "and", a name not in capitals
  // after it, are a name of their own (it was "BP and Duke Energy"); a law may join them ("the NHS and Community Care Act").
  if (isAcronymBeforeMixedCase(view, k) && !LAW_HEADS.has(view.lower(e - 1))) return 0;
  if (closesFirmOfFields(view, first, k, e) || isUtilitysPair(view, first, k, e, sentenceEnd)) return e;
  return fieldsConjunctEnd(view, first, k, e, sentenceEnd);
}

/**
 * The end of a body's name going on over "and" at token k to token e, where the words before "and"
 * (after the run's last "of" or "for", if any) are all a field's ("Department of Labor and
 * Industries", "Peoples' Equality and Democracy Party"); else 0.
 */
function fieldsConjunctEnd(view: TokenView, first: number, k: number, e: number, sentenceEnd: number): number {
  let connector = -1;
  for (let i = first + 1; i < k; i++) if (view.isOfOrFor(i) || isOnAfterBodyHead(view, i)) connector = i;
  let from = connector >= 0 ? connector + 1 : first;
  if (from === first) from = afterOpeningQualifier(view, first, k);
  // "Peoples' Equality and Democracy Party": a plural's possessive inside the name is no word of its own.
  // "Department of Labor and Industries": a known short name's dictionary word after a body's "of" is a field's too.
  const closesLaw = LAW_HEADS.has(view.lower(e - 1)) || (connector >= 0 && HEAD_WORDS.get(view.lower(connector - 1)) === 'organization');
  for (let i = from; i < k; i++) if (!isFieldNameWord(view, i) && !(closesLaw && isKnownWordInLaw(view, i)) && view.lower(i) !== 'the' && !isInnerPossessive(view, i) && !isCompoundFieldHyphen(view, i, k)) return 0;
  // "the Association for Democratic Reforms and Communist Party of India": after a body's "of" or
  // "for", words after "and" closed by a head word and going on with "of" are a body of their own.
  if (connector >= 0) return view.hasClass(connector - 1, WordClass.Head) && !view.isOfOrFor(e) ? e : 0;
  if (isChambersCommittee(view, first, e)) return e;
  return dictionaryConjunctEnd(view, k, e, from, sentenceEnd);
}

/**
 * "the House Energy and Commerce Committee", "the Senate Agriculture and Forestry Committee": a
 * chamber's word opening the name and a committee's closing it make every field between one
 * committee's, a body's head among them too ("Energy", which closes firms' names: "Duke Energy and
 * Southern Company" are two; it was cut into "House Energy" and "Commerce Committee").
 */
function isChambersCommittee(view: TokenView, first: number, e: number): boolean {
  return LEGISLATIVE_CHAMBERS.has(view.lower(first)) && view.isCapitalized(first) && COMMITTEE_WORDS.has(view.lower(e - 1));
}

const CARRIER_CLOSERS = new Set(['lines', 'airlines', 'airways', 'ferries', 'railways']);

/** Buildings where games, concerts and meetings are held, whose names may join two fields with "and". */
const VENUE_HEADS = new Set(['stadium', 'arena', 'hall', 'auditorium', 'centre', 'center', 'theatre', 'theater', 'coliseum', 'velodrome']);

/**
 * "the Centre for Irish and Scottish Studies", "the Institute of Latin American and Caribbean
 * Studies": after a body's head and its "of" or "for", a people's or a region's word after "and" and
 * the field it qualifies close one body's name (it was cut at "and" into "Centre for Irish" and
 * "Studies"). Where the field ends, or 0.
 */
function peoplesFieldsEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  let connector = -1;
  for (let i = first + 1; i < k; i++) if (view.isOfOrFor(i)) connector = i;
  if (connector < 0 || HEAD_WORDS.get(view.lower(connector - 1)) !== 'organization') return 0;
  for (let i = connector + 1; i < k; i++) if (!isPeoplesWord(view, i) && !isFieldNameWord(view, i)) return 0;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 2 && view.spaceBefore(e) && isPeoplesWord(view, e)) e++;
  if (e === k + 1) return 0;
  let end = e;
  // Not a body's head: "the University of California and Columbia University" are two.
  while (end < sentenceEnd && end - e < 2 && view.spaceBefore(end) && isFieldNameWord(view, end) && !isPeoplesWord(view, end) && !HEAD_WORDS.has(view.lower(end))) end++;
  if (end === e || (end < sentenceEnd && view.isWord(end) && view.isCapitalized(end))) return 0;
  return end;
}

/**
 * "the Kanak and Socialist National Liberation Front": after "the", one word no list or dictionary
 * holds (a people's own name), "and" (token k) and up to four dictionary words closed by a movement's
 * head word are one movement's name (it was cut at "and": a body "Kanak" and "Socialist National
 * Liberation Front"). Not a party the lists know before "and" ("the Likud and National Unity Party"),
 * nor a given name or a surname ("the Smith and Jones Party"). Where it ends, else 0.
 */
function peoplesMovementEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (k !== first + 1 || first === 0 || !view.isText(first - 1, 'the') || !isOwnNameWord(view, first)) return 0;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 5 && view.spaceBefore(e) && isFieldNameWord(view, e) && !MOVEMENT_HEADS.has(view.lower(e))) e++;
  return e > k + 1 && e < sentenceEnd && view.spaceBefore(e) && view.isCapitalized(e) && MOVEMENT_HEADS.has(view.lower(e)) ? e + 1 : 0;
}

/** The head words of political movements' names: "Front", "Movement", "Party", "Alliance", "Union", "League", "Coalition". */
const MOVEMENT_HEADS = new Set(['front', 'movement', 'party', 'alliance', 'union', 'league', 'coalition']);

/** A capitalised word of letters that no dictionary, no list of names and no gazetteer holds: "Kanak". */
function isOwnNameWord(view: TokenView, i: number): boolean {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i)) return false;
  const lower = view.lower(i);
  return !isCommonWord(lower) && !isGivenName(lower, true) && !isListedSurname(lower) && !gazetteer().byKey.has(view.key(i)) && !isKnownPlace(view.key(i));
}

/** A capitalised word a people or a region is called by: "Irish", "African", "Latin" of "Latin American", "Caribbean". */
function isPeoplesWord(view: TokenView, i: number): boolean {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i)) return false;
  return gazetteer().demonyms.has(view.lower(i)) || opensDemonymOfWords(view.lower(i)) || isKnownPlace(view.key(i));
}

/**
 * "the Society for Science and the Public", "the Center for Science and the Humanities": after a
 * body's head, its "of" or "for" and fields, "and the" and one or two fields closing the capitals
 * go on with the name (it was cut at "and", and "Public" an organization). Not where they are a
 * body or a known name of their own ("the Institute for Fiscal Studies and the Treasury", "and the
 * Pentagon"), nor after a government's head ("the Ministry of Health and the Interior" may be two).
 */
function fieldAfterTheEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (!view.isLowerWord(k + 1)) return 0;
  let connector = -1;
  for (let i = first + 1; i < k && connector < 0; i++) if (view.isOfOrFor(i)) connector = i;
  const head = view.lower(connector - 1);
  if (connector < 0 || HEAD_WORDS.get(head) !== 'organization' || GOVERNMENT_HEADS.has(head)) return 0;
  for (let i = connector + 1; i < k; i++) if (!isFieldNameWord(view, i)) return 0;
  let end = k + 2;
  while (end < sentenceEnd && end - (k + 2) < 2 && view.spaceBefore(end) && isFieldNameWord(view, end) && !HEAD_WORDS.has(view.lower(end)) && !view.hasClass(end, WordClass.Title)) end++;
  if (end === k + 2 || (end < sentenceEnd && view.isWord(end) && view.isCapitalized(end))) return 0;
  return gazetteer().byKey.has(view.keyOf(k + 2, end)) ? 0 : end;
}

/** A government's heads, whose "and the" after a field may name another office ("the Ministry of Health and the Interior"). */
const GOVERNMENT_HEADS = new Set(['ministry', 'department', 'office', 'bureau', 'secretariat', 'directorate']);

/**
 * "the Food and Drug Administration Commissioner Robert Califf", "the Independent Electoral and
 * Boundaries Commission Chairman Wafula Chebukati": a body's head word right before a title closes
 * the words after "and" (the title and its holder's name went with them, and the body was cut at
 * "and" into "Food" and "Drug Administration"). Where the conjunct's field words end.
 */
function headBeforeTitleEnd(view: TokenView, from: number, e: number): number {
  for (let i = from; i + 1 < e; i++) if (HEAD_WORDS.get(view.lower(i)) === 'organization' && view.hasClass(i + 1, WordClass.Title)) return i + 1;
  return e;
}

/** A word of two letters or more in capitals right before the "and" at k, and the word after "and" not in capitals. */
function isAcronymBeforeMixedCase(view: TokenView, k: number): boolean {
  return view.isAllCaps(k - 1) && view.length(k - 1) >= 2 && !view.isAllCaps(k + 1);
}

/**
 * bodyConjunctEnd's last case: dictionary words from token `from` to the "and" at k, and words from
 * k + 1 to e after it, are one body's or law's name when e closes it with a head word.
 */
function dictionaryConjunctEnd(view: TokenView, k: number, e: number, from: number, sentenceEnd: number): number {
  // "NAACP Legal Defense and Educational Fund": "Defense" closes a body's name only at its end
  // (CLOSING_HEADS); before "and" it is an office's field, as in "National Security and Defense Council".
  const before = view.lower(k - 1);
  // So does a body's head that closes names only ("Health and Human Services": "Avera Health" is a body).
  const headBefore = HEAD_WORDS.has(before) && !OFFICE_WORDS.has(before) && !(CLOSING_ONLY_HEADS.has(before) && HEAD_WORDS.get(before) === 'organization');
  // "Duke Energy and Southern Company": a field's head after a word of the name's own closes that
  // name; "Director of Media and Communications": fields alone, with no body's head after them, are no body.
  const opensWithField = FIELD_HEADS.has(before) && from === k - 1 && !FIELD_HEADS.has(view.lower(e - 1));
  // "Rivers and Harbors Act", "Food, Drug, and Cosmetic Act": fields closed by a law's head are one law's name.
  // "the Hostages and Missing Families Forum said": a forum of fields is one body's name (it was cut at "and").
  // "the Peace and Friendship Stadium", "the Arts and Leisure Centre": a venue of fields is one place's name (it was cut at "and").
  const closesBodyOrLaw = HEAD_WORDS.get(view.lower(e - 1)) === 'organization' || LAW_HEADS.has(view.lower(e - 1)) || STANDING_MEETING_HEADS.has(view.lower(e - 1)) || VENUE_HEADS.has(view.lower(e - 1));
  if (closesBodyOrLaw && (!headBefore || opensWithField)) return e;
  if (headBefore) return 0;
  if (e - 1 > k + 1 && isDepartmentsHeadAt(view, e - 1, sentenceEnd)) return e - 1;
  return isPartyNounAt(view, e, sentenceEnd) ? e : 0;
}

/**
 * "Norwegian Academy for Literature and Freedom of Expression", "Committee for Peace and Freedom of
 * the Press": after a body's head, its "of" or "for" and fields, the field after "and" may have an
 * "of" of its own (token e), closed by dictionary words where the capitals end (it was cut at "and",
 * and "Freedom" an organization). Not "Britain and France for …" (no body's head before), nor
 * "University of Oslo and Museum of Art" (a head word after "and", refused before).
 */
function fieldOfFieldEnd(view: TokenView, first: number, k: number, e: number, sentenceEnd: number): number {
  let connector = -1;
  for (let i = first + 1; i < k; i++) if (view.isOfOrFor(i)) connector = i;
  if (connector < 0 || HEAD_WORDS.get(view.lower(connector - 1)) !== 'organization') return 0;
  for (let i = connector + 1; i < k; i++) if (!isFieldNameWord(view, i)) return 0;
  // "Ministry of Health and Minister of Defence": a title after "and" opens someone's office.
  for (let i = k + 1; i < e; i++) if (view.hasClass(i, WordClass.Title) || view.hasClass(i, WordClass.Role)) return 0;
  let from = e + 1;
  if (view.lower(from) === 'the' && view.isLowerWord(from)) from++;
  let end = from;
  while (end < sentenceEnd && end - from < 3 && view.spaceBefore(end) && isFieldNameWord(view, end)) end++;
  if (end === from || (end < sentenceEnd && view.kind(end) === TokenKind.Word && view.isCapitalized(end))) return 0;
  return end;
}

/**
 * "the International Organization for Migration and Save the Children announced": a name the lists
 * know goes on past "the" at token e from the conjunct's first word i, a name of its own (it gave
 * "International Organization for Migration and Save").
 */
function knownNameOverThe(view: TokenView, i: number, e: number, sentenceEnd: number): boolean {
  if (view.lower(e) !== 'the' || !view.isLowerWord(e)) return false;
  for (let f = e + 2; f <= Math.min(sentenceEnd, e + 3); f++) if (gazetteer().byKey.has(view.keyOf(i, f))) return true;
  return false;
}

/**
 * "the Maritime and Port Authority of Singapore", "the Environment and Ports Board": a place's head
 * word after "and" is a field of a body when the conjunct [i, e) closes with a body's head (the run
 * gave "Maritime" and "Port Authority of Singapore"); "Ministry of Health and Port of Rotterdam" names
 * two, and a war is no place ("Browning and War Office").
 */
function isPortsBody(view: TokenView, i: number, e: number): boolean {
  return e - 1 > i && HEAD_WORDS.get(view.lower(i)) === 'place' && HEAD_WORDS.get(view.lower(e - 1)) === 'organization';
}

/**
 * "He said Health and Human Services Secretary Robert F. Kennedy Jr. was wrong", "Housing and Urban
 * Development Secretary": a department's fields joined by "and" end before its secretary's or
 * minister's title at token i, capitalised, and a name: one name (it gave "Health" and "Human Services").
 */
function isDepartmentsHeadAt(view: TokenView, i: number, sentenceEnd: number): boolean {
  return i + 1 < sentenceEnd && view.isCapitalized(i) && DEPARTMENT_HEADS.has(view.lower(i)) && view.spaceBefore(i + 1) && isNameToken(view, i + 1);
}

const DEPARTMENT_HEADS = new Set(['secretary', 'minister']);

/**
 * "Climate Crisis and Civil Protection Minister Giannis Kefalogiannis said", "Water and Sanitation
 * Minister Senzo Mchunu", "Ports and Shipping Minister …": a minister's fields joined by "and" go on
 * to the title at the end returned, whatever head words they hold ("Climate Crisis" was an event,
 * "Water" and "Ports" bodies). A people's word or a place may open them ("Greek Climate Crisis and …").
 */
function portfolioBeforeMinisterEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  const title = fieldWordsEnd(view, k + 1, sentenceEnd, k + 5) - 1;
  if (title <= k + 1 || !isDepartmentsHeadAt(view, title, sentenceEnd)) return 0;
  return isFieldsJoinedByAnd(view, afterOpeningQualifier(view, first, k), title) ? title : 0;
}

/**
 * "Adani Ports and Special Economic Zone Ltd.", "Tata Iron and Steel Co.": a firm's own word and a
 * field's, then "and" and fields closed by a legal suffix (token e - 1), are one company (it was cut at "and");
 * "Barclays and Standard Chartered Plc" has no field before "and" and stays two.
 */
function closesFirmOfFields(view: TokenView, first: number, k: number, e: number): boolean {
  return k - first >= 2 && e - 1 > k + 1 && isFieldNameWord(view, k - 1) && LEGAL_SUFFIXES.has(view.lower(e - 1));
}

/**
 * "Pacific Gas and Electric said", "Florida Power and Light", "Baltimore Gas and Electric": a word of
 * the name's own, then two of what a utility supplies joined by "and", closing the capitals, are one
 * company (it gave "Pacific Gas" and a body "Electric"); "Oil and Gas" alone opens no company.
 */
function isUtilitysPair(view: TokenView, first: number, k: number, e: number, sentenceEnd: number): boolean {
  if (k - first < 2 || e !== k + 2 || !UTILITY_SUPPLIES.has(view.lower(k - 1)) || !UTILITY_SUPPLIES.has(view.lower(k + 1))) return false;
  return e >= sentenceEnd || !(view.isWord(e) && view.isCapitalized(e));
}

/**
 * "West Yorkshire Fire and Rescue Service", "Merseyside Fire and …", "Greater Manchester Fire …": a
 * county no list knows opening a service's name, a compass word or "Greater" and up to two words no
 * dictionary holds nor a given name opens ("Merseyside Fire" and "Rescue Service" were two bodies).
 * Where the body's own words begin, else first.
 */
function afterOpeningPlaceName(view: TokenView, first: number, k: number): number {
  let i = view.hasClass(first, WordClass.Compass) || view.lower(first) === 'greater' ? first + 1 : first;
  const start = i;
  while (i < k - 1 && i - start < 2 && view.spaceBefore(i) && view.kind(i) === TokenKind.Word && view.isCapitalized(i) && !view.isAllCaps(i) && (isKnownPlace(view.key(i)) || (!view.hasClass(i, WordClass.Common) && !isGivenName(view.lower(i), true)))) i++;
  return i > start ? i : first;
}

/**
 * Where a body's own words begin after what qualifies it at the run's start, split off later:
 * - a nationality: "the pro-Kurdish Peoples' Equality and …";
 * - a country's or a body's acronym: "U.S. Fish and Wildlife Service", "US Food and Drug Administration";
 * - places joined by hyphens: "US-China Economic and Security Review Commission", "Britain-France …";
 * - a place the lists know: "Taipei Economic and Cultural Representative Office" (cut at "and").
 */
function afterOpeningQualifier(view: TokenView, first: number, k: number): number {
  const qualifies = gazetteer().demonyms.has(view.key(first)) || isAcronymToken(view, first);
  if (!qualifies && !isKnownPlace(view.key(first))) return afterOpeningPlaceName(view, first, k);
  let i = first + 1;
  while (i + 1 < k && view.kind(i) === TokenKind.Hyphen && view.adjacent(i - 1) && view.adjacent(i) && isKnownPlace(view.key(i + 1))) i += 2;
  // "Taipei Economic and Cultural Representative Office": a city before a field's word ("Britain and France" has none).
  return i > first + 1 || qualifies || (i < k && view.spaceBefore(i)) ? i : first;
}

/**
 * "the far-right Freedom and Direct Democracy party", "the Mayors and Independents party": a
 * party's noun in lower case right after dictionary words joined by "and" closes one party's name
 * (they were two bodies, "Freedom" and "Direct Democracy"). Not "parties" ("the Labour and
 * Conservative parties" are two), nor the noun before a plural ("the Republican and Democratic
 * party leaders" are of two).
 */
function isPartyNounAt(view: TokenView, i: number, sentenceEnd: number): boolean {
  if (i >= sentenceEnd || !view.isLowerWord(i) || !view.spaceBefore(i) || !PARTY_NOUNS.has(view.lower(i))) return false;
  const next = view.lower(i + 1);
  const pluralAfter = i + 1 < sentenceEnd && view.isLowerWord(i + 1) && /[^s]s$/.test(next) && !SPEECH_VERBS.has(next) && !PERSON_VERBS.has(next);
  return !pluralAfter;
}

const PARTY_NOUNS = new Set(['party', 'movement', 'alliance', 'bloc']);

/** "U.S.", "U.N.", "EU", "NATO": initials or a word in capitals. */
function isAcronymToken(view: TokenView, i: number): boolean {
  return view.kind(i) === TokenKind.Initialism || (view.kind(i) === TokenKind.Word && view.isAllCaps(i));
}

/**
 * Where the names after a connector ("and", "of", "for") at token k end when the acronym in
 * brackets after them spells every capitalised word from the run's first: "Cybersecurity and
 * Infrastructure Security Agency (CISA)", "African Growth and Opportunity Act (AGOA)", "Rally of
 * Houphouëtists for Democracy and Peace (RHDP)", where the words are no dictionary words or the
 * head no body's. Not "Britain and France (BF)": three letters at least.
 */
export function acronymSpelledConnectorEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (!view.isLowerWord(k) || !SPELLED_CONNECTORS.has(view.lower(k)) || !view.spaceBefore(k)) return 0;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 8 && view.spaceBefore(e) && ((isNameToken(view, e) && !view.isAllCaps(e)) || (view.isLowerWord(e) && SPELLED_CONNECTORS.has(view.lower(e))))) e++;
  if (e === k + 1 || !isNameToken(view, e - 1)) return 0;
  // "Hamburger Hafen und Logistik AG (HHLA)": a legal form in capitals closes the name its letters spell.
  if (e < sentenceEnd && view.spaceBefore(e) && view.isAllCaps(e) && LEGAL_SUFFIXES.has(view.lower(e)) && view.isChar(e + 1, '(')) e++;
  if (e + 2 >= sentenceEnd || !view.isChar(e, '(') || !view.isChar(e + 2, ')') || !view.isAllCaps(e + 1)) return isSpelledElsewhere(view, first, e) ? e : acronymUsedInTextEnd(view, first, k, e);
  const acronym = view.raw(e + 1);
  return acronym.length >= 3 && view.initials(first, e) === acronym ? e : 0;
}

/**
 * "The Comisión Nacional de los Mercados y la Competencia has fined banks before" after "the Comisión
 * Nacional de los Mercados y la Competencia (CNMC)": words the article writes elsewhere, as they
 * are, with the acronym their initials spell in brackets after them, are that one name here too (it
 * was cut into "Comisión Nacional", "Mercados" and "la Competencia").
 */
function isSpelledElsewhere(view: TokenView, first: number, end: number): boolean {
  const initials = view.initials(first, end);
  return initials.length >= 3 && bracketedInText(view).has(initials) && view.text.includes(`${view.text.slice(view.start(first), view.end(end - 1))} (${initials})`);
}

/**
 * "The Office of Rail and Road, the regulator, said … ORR chair Declan Fitzmaurice", "Immigration and
 * Customs Enforcement said … ICE officials declined": capitalised words across a connector whose
 * initials the article writes as a word of its own in capitals, three letters or more, are one
 * body's name, the one its acronym stands for (they were "Office of Rail" and "Road"). The longest
 * such words from the run's first, over at least one word after the connector; none when the
 * article writes no such acronym ("Britain and France said").
 */
function acronymUsedInTextEnd(view: TokenView, first: number, k: number, maxEnd: number): number {
  if (HONOUR_GRADES.has(view.lower(first))) return 0;
  for (let end = maxEnd; end > k + 1; end--) {
    if (!isNameToken(view, end - 1)) continue;
    const initials = view.initials(first, end);
    if (initials.length >= 3 && acronymsInText(view).has(initials)) return end;
  }
  return 0;
}

/**
 * The grades that open an honour's name, whose letters follow a person's name: "Daniel Bernoulli FRS …
 * Fellow of the Royal Society" is an honour, not a body (the Royal Society is one).
 */
const HONOUR_GRADES = new Set(['fellow', 'member', 'officer', 'companion', 'commander', 'knight', 'dame']);

/** Per view: the words of three letters or more the text writes in capitals alone ("ORR", "ICE"), looked for once a connector's words may be spelled. */
const ACRONYMS = new WeakMap<TokenView, Set<string>>();

function acronymsInText(view: TokenView): Set<string> {
  let found = ACRONYMS.get(view);
  if (found) return found;
  found = capitalsWordsOf(view.text);
  ACRONYMS.set(view, found);
  return found;
}

/**
 * The words of `text` written wholly in capitals, three to eight letters: each a whole run of letters
 * and digits, as `/(?<![\p{L}\p{N}])\p{Lu}{3,8}(?![\p{L}\p{N}])/gu` matches, read in one pass with
 * ASCII by char codes (that expression over each article was 3% of the analysis's CPU on the 10k corpus).
 */
export function capitalsWordsOf(text: string): Set<string> {
  const found = new Set<string>();
  let i = 0;
  while (i < text.length) {
    if (!isLetterOrDigitAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let capitals = 0;
    let allCapitals = true;
    while (i < text.length && isLetterOrDigitAt(text, i)) {
      if (allCapitals && isCapitalAt(text, i)) capitals++;
      else allCapitals = false;
      i += codeUnitsAt(text, i);
    }
    if (allCapitals && capitals >= 3 && capitals <= 8) found.add(text.slice(start, i));
  }
  return found;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITAL = /\p{Lu}/u;

function codeUnitsAt(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

function isCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Per view: what the text writes between each "(" and the ")" after it. "(CNMC)" must be there before the text is searched for the words and it. */
const BRACKETED = new WeakMap<TokenView, Set<string>>();

function bracketedInText(view: TokenView): Set<string> {
  let found = BRACKETED.get(view);
  if (found) return found;
  found = new Set();
  const { text } = view;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    found.add(text.slice(open + 1, close));
  }
  BRACKETED.set(view, found);
  return found;
}

/** The apostrophe of "Workers' Party" or "People's Army" at token i. */
function isInnerPossessive(view: TokenView, i: number): boolean {
  const kind = view.kind(i);
  return (kind === TokenKind.Possessive || kind === TokenKind.Apostrophe) && view.adjacent(i - 1) && INNER_POSSESSIVES.has(view.lower(i - 1));
}

/**
 * "Japan Agency for Marine-Earth Science and Technology": a hyphen joining a field word to a
 * capitalised dictionary word before "and" (token k), and that word, are inside the field (the name
 * was cut at "and" into "… Marine-Earth Science" and a body "Technology"; "Earth" is a place of the
 * lists, but a dictionary word in the compound).
 */
function isCompoundFieldHyphen(view: TokenView, i: number, k: number): boolean {
  const hyphen = view.kind(i) === TokenKind.Hyphen ? i : i - 1;
  if (view.kind(hyphen) !== TokenKind.Hyphen || hyphen + 1 >= k || !view.adjacent(hyphen - 1) || !view.adjacent(hyphen) || !isFieldNameWord(view, hyphen - 1)) return false;
  return view.isCapitalized(hyphen + 1) && !view.isAllCaps(hyphen + 1) && isCommonWord(view.lower(hyphen + 1));
}

/** "Office on Drugs and Crime", "Commission on Human Rights": "on" after a body's head word is its connector. */
function isOnAfterBodyHead(view: TokenView, i: number): boolean {
  return view.isLowerWord(i) && view.lower(i) === 'on' && HEAD_WORDS.get(view.lower(i - 1)) === 'organization';
}

/**
 * "the Labor and Management Relations Act": a dictionary word the lists know as a short name
 * ("Labor", the Australian Labor Party's) is a field's word of a law's name all the same.
 */
function isKnownWordInLaw(view: TokenView, i: number): boolean {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i)) return false;
  const lower = view.lower(i);
  return isCommonWord(lower) && !STOPWORDS.has(lower) && !isKnownPlace(view.key(i));
}
