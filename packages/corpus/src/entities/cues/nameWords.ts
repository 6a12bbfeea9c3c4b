import { TokenKind } from '../../text/tokenize.js';
import { gazetteer, isBodyHeadBeforeCity, isCity, isCountry, isKnownPlace } from '../gazetteer.js';
import type { EntityType } from '../types.js';
import {
  EVENT_OPENERS,
  isTitleWord,
  ORGANIZATION_ANCHORS,
  HEAD_WORDS,
  MISSION_HEADS,
  PARTY_FOR_OPENERS,
  COMPASS,
  isBodyWord,
  isCommonWord,
  isGivenName,
  isListedSurname,
  LEGAL_SUFFIXES,
  PARTY_MEMBERS,
  SURNAME_HEADS,
  WordClass,
} from '../lexicon.js';
import { isGeneralAfterBodysHead, isSlashedLegalFormEnd } from '../nameRuns/wordSteps.js';
import { ORDINAL_WORDS } from '../nameRuns/runWords.js';
import type { TokenView } from '../tokenView.js';
import { isCampusInitials } from './nameShapes.js';
import { isMakersModel } from './productModels.js';
import { followsPlacePreposition } from './contextWords.js';

/** A name's words as nameEvidenceFor's rules read them. */
export interface NameWords {
  first: number;
  /** The name's end before a generation suffix ("Jr."). */
  end: number;
  length: number;
  firstLower: string;
  /** The head: the last word, past a serial number or a year ("Arctic Passage Forum 2026") and periods ("S.A."). */
  lastWord: number;
  lastLower: string;
  /** The type the head word says, if any. */
  head: EntityType | undefined;
  /** An event's opening word, a storm's name or a prize in a field. */
  event: boolean;
  /** A maker's name and a model's ("Audi A3"). */
  makersModel: boolean;
}

export function nameWordsOf(view: TokenView, first: number, end: number): NameWords {
  const length = end - first;
  const firstLower = view.key(first);
  let lastWord = end - 1;
  // "Super Bowl LIX" (a body): an edition's numeral in capitals too.
  while (lastWord > first && (view.kind(lastWord) === TokenKind.Number || view.kind(lastWord) === TokenKind.Period || isEditionNumeral(view, lastWord))) lastWord--;
  // "the U.S. Consulate General", "the Directorate General": "General" after a body's head word (it was other).
  if (isGeneralAfterBodysHead(view, first, lastWord)) lastWord -= view.isChar(lastWord - 1, '-') ? 2 : 1;
  // "King Street West", "Bloor Street West", "Queen Street East": a road's head word before a closing
  // compass word heads the name (they were a person, other and a person).
  if (lastWord - 2 >= first && COMPASS.has(view.key(lastWord)) && ROAD_HEADS.has(view.key(lastWord - 1))) lastWord--;
  const lastLower = isSlashedLegalFormEnd(view, end) || closesWithWrittenLegalForm(view, first, lastWord) ? 'as' : view.key(lastWord);
  const anchored = anchorHeadsPhrase(view, first, end) || (isServiceDistrict(view, first, lastWord) || isPlacesUtility(view, first, lastWord) || isPowerCompany(view, first, lastWord) || isSportsBody(view, first, end) || isCampusInitials(view, first, end) ? 'organization' : undefined);
  const head = headTypeOf(view, first, end, lastWord, lastLower, Boolean(anchored));
  const event = length >= 2 && (EVENT_OPENERS.has(firstLower) || isNamedStorm(view, first, length) || isPrizeInAField(view, first, end));
  return { first, end, length, firstLower, lastWord, lastLower, head, event, makersModel: isMakersModel(view, first, end) };
}

/**
 * "Harbourline Nigeria Limited said", "the Zambian National Mining Company Limited": a legal form
 * written out closes a company's name as "Ltd" does, though no head list holds the word (a common
 * adjective: "limited edition"); such names had no type of their own and became other or a person.
 */
function closesWithWrittenLegalForm(view: TokenView, first: number, lastWord: number): boolean {
  return lastWord > first && view.isCapitalized(lastWord) && LEGAL_SUFFIXES.has(view.key(lastWord)) && !HEAD_WORDS.has(view.key(lastWord));
}

/** A road's head words, which a compass word may follow in its name ("Yonge Street North", "Pennsylvania Avenue Northwest"). */
const ROAD_HEADS = new Set(['street', 'avenue', 'road', 'boulevard', 'drive', 'lane', 'way', 'highway', 'parkway', 'st', 'ave', 'rd', 'blvd']);

/**
 * "the Los Angeles Unified School District", "the Sangamon Mass Transit District", "Springfield
 * Public Schools District 186": a district named for the service it runs is a body, not a place.
 * "the Central District" and "Jiangbei District" stay places.
 */
function isServiceDistrict(view: TokenView, first: number, lastWord: number): boolean {
  return lastWord > first && view.key(lastWord) === 'district' && SERVICE_DISTRICT_WORDS.has(view.lower(lastWord - 1));
}

/**
 * "Georgia Power said outages rose", "Tampa Electric", "Ohio Edison": a known place and the word of
 * the power it sells name a utility, though the place be a given name ("Georgia"). "Samantha Power"
 * opens with no place.
 */
function isPlacesUtility(view: TokenView, first: number, lastWord: number): boolean {
  return lastWord > first && UTILITY_WORDS.has(view.key(lastWord)) && view.isCapitalized(lastWord) && isKnownPlace(view.keyOf(first, lastWord));
}

const UTILITY_WORDS = new Set(['power', 'electric', 'edison']);

/**
 * "Hokuriku Electric Power said it had restarted a reactor", "Kansai Electric Power": the source of
 * the power it makes before "Power", after the company's own word, names a utility (both were persons:
 * "Power" is a listed surname, and nothing else in the name says a body). "Samantha Power" has no
 * source before it; "Wind Power" alone is a topic's words.
 */
function isPowerCompany(view: TokenView, first: number, lastWord: number): boolean {
  return lastWord - first >= 2 && view.key(lastWord) === 'power' && view.isCapitalized(lastWord - 1) && POWER_SOURCES.has(view.key(lastWord - 1));
}

const POWER_SOURCES = new Set(['electric', 'electrical', 'electricity', 'nuclear', 'hydro', 'hydroelectric', 'solar', 'wind', 'thermal', 'atomic', 'geothermal']);

/**
 * "Tennis Australia said", "Cricket Australia fined him", "Athletics Kenya", "Hockey Canada": a sport
 * before a country names that sport's national body (they were other). "Australia" alone stays the country.
 */
function isSportsBody(view: TokenView, first: number, end: number): boolean {
  return end - first >= 2 && SPORTS.has(view.key(first)) && view.isCapitalized(first) && isCountry(view.keyOf(first + 1, end));
}

const SPORTS = new Set([
  'tennis', 'cricket', 'hockey', 'rugby', 'football', 'soccer', 'athletics', 'swimming', 'cycling', 'golf', 'netball', 'basketball',
  'volleyball', 'rowing', 'sailing', 'gymnastics', 'triathlon', 'skiing', 'boxing', 'badminton', 'squash', 'baseball', 'softball', 'judo',
]);

const SERVICE_DISTRICT_WORDS = new Set(['school', 'schools', 'transit', 'water', 'utility', 'sanitation', 'sewer', 'sewerage', 'fire', 'hospital', 'irrigation', 'library', 'conservation', 'health']);

/**
 * "Storm Bert", "Storm Éowyn": a storm named as Europe's weather services name them (though
 * "Storm" is a given name too); not "Storm Shadow", a dictionary word (the missile).
 */
function isNamedStorm(view: TokenView, first: number, length: number): boolean {
  // "Tropical Storm Trami", "Super Typhoon Man-yi": a storm's class before its word (both were other).
  if (length >= 3 && STORM_CLASSES.has(view.lower(first)) && STORM_WORDS.has(view.lower(first + 1))) return view.isCapitalized(first + 2) && (!view.hasClass(first + 2, WordClass.Common) || view.kind(first + 3) === TokenKind.Hyphen);
  return length === 2 && view.lower(first) === 'storm' && view.isCapitalized(first + 1) && !view.hasClass(first + 1, WordClass.Common);
}

const STORM_CLASSES = new Set(['tropical', 'super', 'severe']);
const STORM_WORDS = new Set(['storm', 'typhoon', 'cyclone']);

/** "LIX" of "Super Bowl LIX", "XIV" of "Louis XIV": a Roman numeral of two letters or more, up to 89. */
function isEditionNumeral(view: TokenView, i: number): boolean {
  return view.length(i) >= 2 && view.isAllCaps(i) && EDITION_NUMERAL.test(view.raw(i));
}

const EDITION_NUMERAL = /^L?X{0,3}(?:IX|IV|V?I{0,3})$/;

/** "Nobel Prize in Physics", "Nobel Memorial Prize in Economic Sciences": a prize's head before "in" and its field (see nameRuns). */
function isPrizeInAField(view: TokenView, first: number, end: number): boolean {
  for (let i = first + 1; i + 1 < end; i++) if (view.lower(i) === 'in' && view.isLowerWord(i) && HEAD_WORDS.get(view.key(i - 1)) === 'event') return true;
  return false;
}

/** "Institute for Maritime Strategy", "Bank of Korea", "Committee to Protect Journalists": an organisation word heads the phrase after it. */
function anchorHeadsPhrase(view: TokenView, first: number, end: number): boolean {
  let firstPhrase = true;
  for (let k = first; k + 1 < end; k++) {
    // "Committee to Protect Journalists": a body's purpose after "to" (see nameRuns); "Unión por la
    // Patria": Spanish "for", after a head word keyed without its accent.
    if (!view.isLowerWord(k + 1)) continue;
    // "United Nations Mission in South Sudan": a mission's or a force's "in" and its country (it was a person by "Sudan").
    if (view.lower(k + 1) === 'in' && MISSION_HEADS.has(view.key(k))) return true;
    if (!['of', 'for', 'on', 'to', 'por'].includes(view.lower(k + 1))) continue;
    const lower = view.key(k);
    if (ORGANIZATION_ANCHORS.has(lower)) return true;
    // "Congress of Arts and Sciences": a body's head word before the name's first "of" phrase.
    if (firstPhrase && isBodyWord(lower)) return true;
    firstPhrase = false;
  }
  return false;
}

/**
 * The type the name's head word gives it: a treaty's before its first "on", "of" or "for" phrase
 * ("Treaty of Versailles", "Bill of Rights", "United Nations Convention on the Law of the Sea" were
 * a place, a person and a place by their last words), a body's anchor anywhere, else its last
 * word's, else the head before a first "of" or "on" phrase ("Battle of Hastings", "Conference on the
 * Future of Europe"; not "for": "Open for Business" is a slogan).
 */
function headTypeOf(view: TokenView, first: number, end: number, lastWord: number, lastLower: string, anchored: boolean): EntityType | undefined {
  const phraseHead = firstPhraseHead(view, first, end);
  const phraseType = phraseHead >= 0 ? HEAD_WORDS.get(view.key(phraseHead)) : undefined;
  if (!anchored && phraseType === 'programme') return 'programme';
  if (anchored || ORGANIZATION_ANCHORS.has(lastLower)) return 'organization';
  // "the Umbrella for Democratic Change": a party's word before its "for" (it had no type and was dropped).
  if (phraseHead === first && view.lower(first + 1) === 'for' && PARTY_FOR_OPENERS.has(view.key(first))) return 'organization';
  // "the U.S. Conference of Catholic Bishops", "the Conference of Presidents": a conference of office holders is their body (it was an event).
  if (phraseType === 'event' && view.key(phraseHead) === 'conference' && lastLower.endsWith('s') && isTitleWord(lastLower.slice(0, -1))) return 'organization';
  if (SURNAME_HEADS.has(lastLower) && closesPersonsName(view, first, lastWord) && !namesHallAfterPlacePreposition(view, first, lastWord)) return undefined;
  // "Lord Hill of Oareford", "Baron Hall of Birkenhead": a title, a surname that is a place's head too, and
  // the place of the peerage name a person (it was a place).
  if (phraseHead > first && SURNAME_HEADS.has(view.key(phraseHead)) && isTitleWord(view.lower(phraseHead - 1))) return undefined;
  if (isBodyHeadBeforeItsCity(view, first, lastWord) || isCircuitsTour(view, first, lastLower) || namesPartyByItsMembers(view, first, lastWord, lastLower) || isBodysProvince(view, first, lastWord, lastLower) || isBodysLongBranch(lastWord - first, lastLower)) return 'organization';
  if (isBowlAsVenue(view, first, lastWord, lastLower) || isForestAsPlace(view, first, lastWord, lastLower) || isFarmsAsPlace(view, first, lastWord, lastLower)) return 'place';
  // "In the Third Quarter, sales rose": a year's quarter is a time, no town's district ("the Latin Quarter").
  if (lastLower === 'quarter' && lastWord > first && ORDINAL_WORDS.has(view.key(lastWord - 1))) return undefined;
  const zoneOrFire = zoneOrFireType(view, first, lastWord, lastLower);
  if (zoneOrFire) return zoneOrFire;
  return HEAD_WORDS.get(lastLower) ?? compoundFirmHeadType(lastLower) ?? (phraseHead >= 0 && view.lower(phraseHead + 1) !== 'for' ? phraseType : undefined);
}

/**
 * "She won on the WTA Tour", "the DP World Tour": a tour whose name opens with a body's letters is
 * the circuit that body runs, a body (as the lists' "PGA Tour" is), no singer's tour (an event).
 */
function isCircuitsTour(view: TokenView, first: number, lastLower: string): boolean {
  return lastLower === 'tour' && view.isAllCaps(first) && view.length(first) >= 2;
}

/** A firm's head words that close a one-word compound: "Microsystems", "Biotechnologies", "Telecommunications". */
const COMPOUND_FIRM_TAILS = ['systems', 'technologies', 'communications', 'pharmaceuticals', 'therapeutics', 'electronics', 'networks'];

/**
 * "Sun Microsystems's planned buy", "Arcturus Biotechnologies": a head word no list holds that closes
 * with a firm's head word is a firm's head too (the first was a person: "Sun" is a listed surname).
 */
function compoundFirmHeadType(lastLower: string): EntityType | undefined {
  if (lastLower.length < 10) return undefined;
  for (const tail of COMPOUND_FIRM_TAILS) if (lastLower.length >= tail.length + 3 && lastLower.endsWith(tail)) return 'organization';
  return undefined;
}

/**
 * "Visitors to Sierra National Forest", "Sherwood Forest drew tourists", "the Black Forest": a forest
 * is a place (the first was dropped, the second a person by "Sherwood", a given name). Not after a
 * town the city lists know: "Nottingham Forest" is the club. The surname is spelt "Forrest".
 */
function isForestAsPlace(view: TokenView, first: number, lastWord: number, lastLower: string): boolean {
  return lastLower === 'forest' && lastWord > first && !isCity(view.key(lastWord - 1));
}

/**
 * "Britain's Air Accidents Investigation Branch have sent teams", "the Marine Accident Investigation
 * Branch": three words or more closed by "Branch" are a body's (an investigating branch, a library's;
 * dictionary words without evidence, dropped). Not two, which name a town or a creek as often ("Long
 * Branch", "Mill Branch"), nor a surname's ("Taylor Branch": a given name's person stays).
 */
function isBodysLongBranch(wordsBeforeLast: number, lastLower: string): boolean {
  return lastLower === 'branch' && wordsBeforeLast >= 2;
}

/**
 * "Israeli artillery struck the Shebaa Farms", "Hezbollah claims the Shebaa Farms": a district of farms
 * named by "the" and one word no list knows is a place (it was a body by the head "Farms"). Not a
 * company named after its founder ("the Sanderson Farms plant": a listed surname) or a word ("the Sunny
 * Farms brand").
 */
function isFarmsAsPlace(view: TokenView, first: number, lastWord: number, lastLower: string): boolean {
  if (lastLower !== 'farms' || lastWord !== first + 1 || first === 0 || view.lower(first - 1) !== 'the') return false;
  const word = view.lower(first);
  return !isListedSurname(word) && !isGivenName(word) && !isCommonWord(word);
}

/**
 * "the Masereka Health Zones", "the Butembo Health Zone": a zone is a place (the first was a body by
 * "Health", the second dropped); "the County Fire burned 90,000 acres", "the Eaton Fire": a fire named
 * so is an event, a wildfire (both were dropped). Not after a town the city lists know: "the Chicago
 * Fire beat Orlando City" is the club.
 */
function zoneOrFireType(view: TokenView, first: number, lastWord: number, lastLower: string): EntityType | undefined {
  if (lastWord === first) return undefined;
  if (lastLower === 'zone' || lastLower === 'zones') return 'place';
  return lastLower === 'fire' && !isCity(view.key(lastWord - 1)) ? 'event' : undefined;
}

/**
 * "three nights at the Hollywood Bowl", "a concert at the Rose Bowl": a bowl after "at the" is the
 * amphitheatre or the stadium, a place (it was an event); "played in the Rose Bowl", "won the Las
 * Vegas Bowl" are the games.
 */
function isBowlAsVenue(view: TokenView, first: number, lastWord: number, lastLower: string): boolean {
  return lastLower === 'bowl' && lastWord > first && first >= 2 && view.lower(first - 1) === 'the' && view.isLowerWord(first - 1) && view.lower(first - 2) === 'at';
}

/**
 * "his Social Democrats will lose", "Sweden's Social Democrats", "the Free Democrats": a capitalised
 * word before a party's members in the plural names the party (the first two were dropped). Not a
 * chamber's members ("House Republicans", "Senate Democrats"), whose word before is a body's head.
 */
function namesPartyByItsMembers(view: TokenView, first: number, lastWord: number, lastLower: string): boolean {
  if (lastWord === first || !lastLower.endsWith('s') || !PARTY_MEMBERS.has(lastLower.slice(0, -1))) return false;
  return view.isCapitalized(lastWord - 1) && !HEAD_WORDS.has(view.key(lastWord - 1)) && !CHAMBER_WORDS.has(view.key(lastWord - 1));
}

/** A legislature's words before its members: "House Republicans", "Senate Democrats", "Assembly Democrats". */
const CHAMBER_WORDS = new Set(['house', 'senate', 'congressional', 'assembly', 'parliamentary', 'council', 'legislative']);

/**
 * "Islamic State Khorasan Province", "Islamic State West Africa Province": a body the lists know, a
 * region and "Province" name the body's branch there, a body (they were places, by "Province").
 */
function isBodysProvince(view: TokenView, first: number, lastWord: number, lastLower: string): boolean {
  if (lastLower !== 'province' || lastWord - first < 2) return false;
  for (let e = lastWord - 1; e > first; e--) if (gazetteer().byKey.get(view.keyOf(first, e))?.type === 'organization') return true;
  return false;
}

/**
 * "King's College London", "Queen's University Belfast", "University Hospital Zurich": a body's head
 * word before a city closing the name heads it (they were other: a city is no head). Not "Carnegie
 * Hall Tokyo"'s hall, a place's head, nor a dictionary word the city list also holds
 * ("America's Finest News Source").
 */
function isBodyHeadBeforeItsCity(view: TokenView, first: number, lastWord: number): boolean {
  return lastWord - 1 > first && view.isCapitalized(lastWord - 1) && isBodyHeadBeforeCity(view.lower(lastWord - 1), view.key(lastWord));
}

/**
 * "Jerry Hall said", "Sarah Jones Hall": a head that is a surname as often closes a person's name
 * after a given name and the name's words ("Carnegie Hall" and "the Walt Disney Concert Hall" are places).
 */
/**
 * "perform at Roy Thomson Hall", "held in David Geffen Hall": a person's full name and a head word
 * that is a surname too, after a preposition of where, is a building named after the person (it was
 * the person). Two words keep the person ("a lecture at Stuart Hall" may be either).
 */
function namesHallAfterPlacePreposition(view: TokenView, first: number, lastWord: number): boolean {
  return lastWord - first >= 2 && followsPlacePreposition(view, first);
}

function closesPersonsName(view: TokenView, first: number, lastWord: number): boolean {
  if (lastWord === first || !isGivenName(view.lower(first))) return false;
  const before = view.lower(lastWord - 1);
  return lastWord - 1 === first || isListedSurname(before) || !isCommonWord(before);
}

/** The word before the name's first lower-case "on", "of" or "for" ("Convention" of "European Convention on Human Rights"); -1 if none. */
function firstPhraseHead(view: TokenView, first: number, end: number): number {
  for (let k = first + 1; k + 1 < end; k++) {
    if (!view.isLowerWord(k)) continue;
    const word = view.lower(k);
    if (word !== 'on' && word !== 'of' && word !== 'for') continue;
    // "the Directorate General of Civil Aviation": the body's head before its "General".
    return isGeneralAfterBodysHead(view, first, k - 1) ? (view.isChar(k - 2, '-') ? k - 3 : k - 2) : k - 1;
  }
  return -1;
}
