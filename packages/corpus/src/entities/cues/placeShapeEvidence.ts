import { TokenKind } from '../../text/tokenize.js';
import { addEvidence, WEIGHT, type Evidence } from '../evidence.js';
import { isCity, isKnownPlace } from '../gazetteer.js';
import { HEAD_WORDS, isCommonWord, isGivenName, isListedSurname, LANDFORM_OPENERS, OWNERS_PLACE_HEADS, PLACE_WORDS, PLACE_NAMING_TITLES } from '../lexicon.js';
import { isSpeciesEpithetAt } from '../nameRuns.js';
import type { TokenView } from '../tokenView.js';
import type { NameWords } from './nameWords.js';
import { isAcronymAfterThe, spaceSeparatedWords } from './nameShapes.js';
import { beforeModelWords, serialNumbersType, endsInSerialNumber } from './productModels.js';
import { REGION_ADJECTIVES } from './contextWords.js';

/**
 * "across the Carolinas", "the Dakotas", "the two Koreas": the plural of a name that two places the
 * lists know share, told apart by compass points ("North Carolina", "South Carolina"), names them
 * together (they were a person and others).
 */
function namesPlacesSharingAName(lower: string): boolean {
  if (lower.length < 5 || !lower.endsWith('s') || lower.endsWith('ss')) return false;
  const singular = lower.slice(0, -1);
  // Two by their compass points: "Bengals" is no plural of "West Bengal" and "Bengal" (it made the team a place).
  return SPLITTING_COMPASS.filter((compass) => isKnownPlace(`${compass} ${singular}`)).length >= 2;
}

const SPLITTING_COMPASS = ['north', 'south', 'east', 'west'];

/** A place word heading an "of" phrase, a landform, a serial number, a city, a system, a species. */
export function addPlaceShapeEvidence(view: TokenView, name: NameWords, evidence: Evidence): void {
  const { first, end, length, firstLower, lastLower, head, makersModel } = name;
  // "Bay of Bengal", "Strait of Hormuz", "Cape of Good Hope": a place word heading an "of" phrase.
  if (length >= 3 && view.lower(first + 1) === 'of' && (HEAD_WORDS.get(firstLower) === 'place' || LANDFORM_OPENERS.has(firstLower))) addEvidence(evidence, 'place', WEIGHT.headWord);
  // "near Simon's Town", "on Martha's Vineyard", "King's Lynn": a possessive before a town's word, or a
  // sovereign's or a bishop's before a word no dictionary holds or a place's word ("Earl's Court"), closes
  // a place's name (they were persons; see isPossessorsPlace).
  if (length >= 3 && view.kind(name.lastWord - 1) === TokenKind.Possessive && (OWNERS_PLACE_HEADS.has(lastLower) || (length === 3 && PLACE_NAMING_TITLES.has(firstLower) && (!isCommonWord(lastLower) || PLACE_WORDS.has(lastLower))))) {
    addEvidence(evidence, 'place', WEIGHT.headWord);
  }
  else if (length >= 4 && REGION_ADJECTIVES.has(firstLower) && view.lower(first + 2) === 'of' && HEAD_WORDS.get(view.lower(first + 1)) === 'place') addEvidence(evidence, 'place', WEIGHT.headWord);
  if (closesWithSponsorsVenue(view, first, name.lastWord, end)) addEvidence(evidence, 'place', WEIGHT.headWord);
  // "Lake Victoria", "Valley Forge", "Cape Canaveral": a landform's word opening a two-word name.
  if (spaceSeparatedWords(view, first, end) === 2 && LANDFORM_OPENERS.has(firstLower) && !head) addEvidence(evidence, 'place', WEIGHT.headWord);
  // "the iPhone 17", "the PlayStation 5": a word in camel case before a number is a device's model, no ship (both were vessels).
  const numberEnd = beforeModelWords(view, first, end);
  // "the Snapdragon 8 Gen 3", "the Boeing 737 Max 9": a model's words after the number say a product, no ship.
  if (!makersModel && endsInSerialNumber(view, first, numberEnd)) addEvidence(evidence, numberEnd < end ? 'product' : serialNumbersType(view, first, numberEnd), WEIGHT.serialNumber);
  if (spaceSeparatedWords(view, first, end) <= 3 && isCity(view.keyOf(first, end)) && !isBodysAcronymAfterThe(view, first, end)) addEvidence(evidence, 'place', WEIGHT.city);
  if (isNewPlaceAfterKnownOne(view, name)) addEvidence(evidence, 'place', WEIGHT.city);
  if (length === 1 && namesPlacesSharingAName(firstLower)) addEvidence(evidence, 'place', WEIGHT.gazetteer);
  if (lastLower === 'system' || lastLower === 'systems') addEvidence(evidence, isServiceSystem(view, name) ? 'organization' : 'product', WEIGHT.headWord);
  // "Formica fusca": a genus and its species epithet name a living thing, no person.
  if (length === 2 && isSpeciesEpithetAt(view, first + 1)) addEvidence(evidence, 'other', WEIGHT.headWord);
}

/**
 * "the highlands of New Guinea", "New Britain", "Nuevo Laredo": "New" before a place the lists know
 * names a place after it (New Guinea was dropped, its words are dictionary words; New Britain was a
 * person). Only a name the lists do not know as a whole: "New York" needs nothing more.
 */
function isNewPlaceAfterKnownOne(view: TokenView, name: NameWords): boolean {
  const { first, end, length, firstLower } = name;
  if (length !== 2 || !NEW_PLACE_OPENERS.has(firstLower) || !view.spaceBefore(first + 1) || !view.isCapitalized(first + 1)) return false;
  return isKnownPlace(view.key(first + 1)) && !isKnownPlace(view.keyOf(first, end));
}

const NEW_PLACE_OPENERS = new Set(['new', 'nuevo', 'nueva']);

/**
 * "Memorial Hermann Health System", "San Antonio Water System", "California State Teachers'
 * Retirement System": a public service's field before "System" names the body that runs it (they
 * were products, as "Aegis Combat System" and "Global Positioning System" are).
 */
function isServiceSystem(view: TokenView, name: NameWords): boolean {
  return name.lastWord > name.first && SERVICE_SYSTEM_FIELDS.has(view.lower(name.lastWord - 1));
}

const SERVICE_SYSTEM_FIELDS = new Set(['health', 'healthcare', 'hospital', 'medical', 'water', 'retirement', 'pension', 'school', 'schools', 'library', 'transit', 'university', 'college', 'court', 'prison', 'prisons', 'reserve']);

/**
 * "Lincoln Financial Field", "Lucas Oil Field": a place's word that is a surname too ("Sally Field")
 * closing three words or more, after a dictionary word that is no given name or surname, is a
 * sponsor's venue (both were persons by their opening given name). "Mary Jo Field" has a given name before it.
 */
function closesWithSponsorsVenue(view: TokenView, first: number, lastWord: number, end: number): boolean {
  if (lastWord !== end - 1 || spaceSeparatedWords(view, first, end) < 3 || !PLACE_WORDS.has(view.lower(lastWord)) || !view.isCapitalized(lastWord)) return false;
  const before = view.lower(lastWord - 1);
  return view.isWord(lastWord - 1) && view.isCapitalized(lastWord - 1) && isCommonWord(before) && !isListedSurname(before) && !isGivenName(before, true);
}

/**
 * "the IMO said", "the ECOWAS summit": an acronym of three letters or more after a lower-case "the" is
 * a body's, not the region or town the lists spell with those letters ("Imo", a Nigerian state, made
 * the International Maritime Organization a place). Not a country's ("the UAE": the gazetteer's).
 */
function isBodysAcronymAfterThe(view: TokenView, first: number, end: number): boolean {
  return view.isAllCaps(first) && view.length(first) >= 3 && first > 0 && isAcronymAfterThe(view, first, end, first - 1) && view.isLowerWord(first - 1);
}
