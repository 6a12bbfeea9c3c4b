import { TokenKind } from '../../text/tokenize.js';
import { gazetteer, isKnownPlace } from '../gazetteer.js';
import type { EntityType } from '../types.js';
import { CAR_MAKERS, DOCUMENT_LABELS, HEAD_WORDS, isCommonWord, isFrequentSurname, isGivenName, MODEL_WORDS, PLACE_WORDS, isVersionNumber, VESSEL_PREFIXES, WordClass, MEETINGS_LETTERS } from '../lexicon.js';
import { isAircraftMakerBeforeNumber } from '../nameRuns/wordSteps.js';
import { followsReleaseVerb, isBillsNumber } from '../nameRuns/runWords.js';
import type { TokenView } from '../tokenView.js';
import { spaceSeparatedWords } from './nameShapes.js';
import { ROMAN_NUMERAL, isCamelCase } from './contextWords.js';

/** "Ocean Lantern 3", "Golden Osprey 7": a name of two words or more ending in a small number (not a year). */
/**
 * "The Toyota 86 sold well", "a Fiat 500", "the Ferrari 296": a company the lists know, then a number, is
 * its model, a product (a vessel by the number, or the company itself). Not a year ("Toyota 2024").
 */
export function isMakersModel(view: TokenView, first: number, nameEnd: number): boolean {
  // "737 MAX production": a number and a model's words are a model (it was an organisation).
  if (view.kind(first) === TokenKind.Number && nameEnd - first >= 2 && MODEL_WORDS.has(view.lower(first + 1))) return true;
  if (isCarMakersModel(view, first, nameEnd)) return true;
  // "a Southwest Boeing 737-800": an aircraft maker and its model's number (it was an organisation);
  // a maker the lists of bodies lack too, "The Cessna 208 Caravan crashed" (it was a vessel by its number).
  if (nameEnd - first >= 2 && isAircraftMakerBeforeNumber(view, first)) return true;
  if (gazetteer().byKey.get(view.key(first))?.type !== 'organization') return false;
  if (spaceSeparatedWords(view, first, nameEnd) === 2 && isModelCode(lastSpaceSeparatedWord(view, first, nameEnd))) return true;
  const end = beforeModelWords(view, first, nameEnd);
  if (end - first !== 2 || view.kind(end - 1) !== TokenKind.Number || !view.spaceBefore(end - 1)) return false;
  return endsInSerialNumber(view, first, end);
}

/**
 * "a stolen Volkswagen Gol", "a Fiat Uno", "the Toyota Hilux": a car maker and one word after it is its
 * model, a product (organisations, and "Fiat Uno" a person). Not a body's or a place's word ("Toyota
 * Motor", "Ford Foundation", "Honda Center", "Ford Field"), a team's plural ("Kia Tigers"), a given name
 * ("a Renault Clio" stays a person: "Clio" is one), another maker ("Fiat Chrysler"), nor a body the
 * lists know ("Hyundai Mobis" is a maker of parts).
 */
function isCarMakersModel(view: TokenView, first: number, nameEnd: number): boolean {
  if (nameEnd - first !== 2 || !CAR_MAKERS.has(view.lower(first)) || !view.spaceBefore(first + 1) || view.kind(first + 1) !== TokenKind.Word || !view.isCapitalized(first + 1)) return false;
  const model = view.lower(first + 1);
  if (gazetteer().byKey.has(view.keyOf(first, nameEnd)) || HEAD_WORDS.has(model) || PLACE_WORDS.has(model) || CAR_MAKERS.has(model) || isGivenName(model) || isKnownPlace(model)) return false;
  // "Kia Stevens won", "Audi Thompson": a common surname after a maker's name makes it a person's (not
  // "Fiat Uno" or "Ford Ranger", rarer surnames).
  if (isFrequentSurname(model)) return false;
  return !(model.endsWith('s') && isCommonWord(model.slice(0, -1)));
}

/**
 * "ordered the Airbus A350-900", "the Airbus A350F", "an Audi A3": a company the lists know, then a code
 * of letters and digits, is its model, a product (Airbus's two were organisations).
 */
function isModelCode(word: string): boolean {
  return /^[\p{L}\d]+(?:-[\p{L}\d]+)*$/u.test(word) && /\p{L}/u.test(word) && /\d/u.test(word);
}

function lastSpaceSeparatedWord(view: TokenView, first: number, end: number): string {
  let k = end - 1;
  while (k > first && !view.spaceBefore(k)) k--;
  return view.text.slice(view.start(k), view.end(end - 1));
}

/** "grounded the Boeing 737 MAX", "Gemini 2.5 Pro", "Snapdragon 8 Gen 3": where the name ends before the model's words after its number (see modelWordsEnd in nameRuns.ts). */
export function beforeModelWords(view: TokenView, first: number, nameEnd: number): number {
  let end = nameEnd;
  // "Boeing 737 Max 9", "Snapdragon 8 Gen 3": the variant's number after the model's words.
  if (end - first > 3 && view.kind(end - 1) === TokenKind.Number && MODEL_WORDS.has(view.lower(end - 2))) end--;
  while (end - first > 2 && MODEL_WORDS.has(view.lower(end - 1))) end--;
  return end;
}

/**
 * What a name closed by a number is: "the iPhone 17", "the PlayStation 5", a word in camel case
 * before it, a device's model, and so is a version with a decimal point, "Claude Opus 4.1" (a person,
 * by its given name, and a vessel, by its number); "Security Council Resolution 1701", a document's label before it, a
 * text (it was a vessel); a union's "Local 710", a body; else a craft's serial number ("Apollo 11").
 */
export function serialNumbersType(view: TokenView, first: number, end: number): EntityType {
  // "COP 13", "UNGA 78": a treaty meeting's session (it was a product by its letters).
  if (end - first === 2 && view.isAllCaps(first) && MEETINGS_LETTERS.has(view.lower(first))) return 'event';
  // "California's SB 53", "H.R. 815": a legislature's letters for a bill and its number, a law (they were an organization "SB" and a vessel).
  if (isBillsNumber(view, first, end - 1)) return 'programme';
  if ((end - first === 2 && (isCamelCase(view, first) || isPossessedWordsModel(view, first))) || isVersionNumber(view.raw(end - 1)) || isModelsAcronym(view, end - 2) || isMakersPossession(view, first) || followsReleaseVerb(view, first)) return 'product';
  // "Teamsters Local 710", "UAW Local 600": a union's local by its number is a body (they were vessels);
  // so is a court's or a lodge's numbered unit, "Manila Regional Trial Court Branch 12", "American Legion Post 112".
  if (NUMBERED_UNIT_WORDS.has(view.lower(end - 2)) && end - first >= 3) return 'organization';
  // "the Billboard 200", "the FTSE 100", "the S&P 500", "the Fortune 500": a round hundreds' count is a
  // chart's or an index's size, no craft's serial number ("Billboard 200" was a vessel).
  return DOCUMENT_LABELS.has(view.lower(end - 2)) || isListsSize(view.raw(end - 1)) ? 'other' : 'vessel';
}

/** A body's unit named by its number: a union's local, a court's branch, a lodge, a veterans' post, a scout troop. */
const NUMBERED_UNIT_WORDS = new Set(['local', 'branch', 'lodge', 'post', 'chapter', 'troop', 'precinct']);

/** 100, 200, 250, 500, 1000, 2000: a multiple of 50 from 100 up, the size of a chart or an index ("Apollo 11", "Hong Tai 58" are none). */
function isListsSize(raw: string): boolean {
  return /^[1-9]\d{2,3}$/.test(raw) && Number(raw) % 50 === 0;
}

/**
 * "the RTX 5070 will sell for $549": an acronym of three letters or more before the number is a
 * product line's (it was a vessel). Not a ship's prefix ("USS"); two letters are an airline's code
 * as often ("MH 17").
 */
function isModelsAcronym(view: TokenView, k: number): boolean {
  return view.isWord(k) && view.isAllCaps(k) && view.length(k) >= 3 && !VESSEL_PREFIXES.has(view.lower(k)) && !ROMAN_NUMERAL.test(view.raw(k));
}

/**
 * "Nintendo's Switch 2", "the company's Model 3": a dictionary word and its number after a possessive
 * are a model of what the possessor makes (a vessel by the number). Reads the possessive's kind only,
 * which the name's evidence key holds.
 */
function isPossessedWordsModel(view: TokenView, first: number): boolean {
  return first >= 1 && view.kind(first - 1) === TokenKind.Possessive && view.hasClass(first, WordClass.Common);
}

/**
 * "Google's Pixel 9 sold out", "Samsung's Galaxy Z Fold 7": a company the lists know, in the possessive
 * before a numbered name, made it, a product (both were vessels by their numbers).
 */
export function isMakersPossession(view: TokenView, first: number): boolean {
  return first >= 2 && view.kind(first - 1) === TokenKind.Possessive && gazetteer().byKey.get(view.key(first - 2))?.type === 'organization';
}

export function endsInSerialNumber(view: TokenView, first: number, end: number): boolean {
  if (end - first < 2 || view.kind(end - 1) !== TokenKind.Number) return false;
  const n = Number(view.raw(end - 1));
  return n < 1900 || n > 2100;
}

/**
 * A model a name is by its shape and the words beside it, a product: a code of letters and digits
 * before a made thing's noun, "unveiled the QX9 sport utility vehicle", "the K40 phone" (QX9 was an
 * organization by its capitals, K40 other); a dictionary word and a model's letter after a maker's
 * possessive, "Tesla's Model Y", "Ford's Model T" (other).
 */
export function isNamedModel(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  if (end - first === 2 && view.hasClass(first, WordClass.Common) && isModelsLetter(view, first + 1)) return isMakersPossession(view, first);
  if (end - first !== 1 || !view.isCapitalized(first) || !isModelCode(view.raw(first))) return false;
  // "the QX9 sport utility vehicle": up to two words may qualify the noun.
  for (let k = end; k < Math.min(sentenceEnd, end + 3) && view.isLowerWord(k); k++) if (MADE_THINGS.has(view.lower(k))) return true;
  return false;
}

/** "Model Y", "Model T": one capital letter after a space, the model's. */
function isModelsLetter(view: TokenView, k: number): boolean {
  return view.spaceBefore(k) && view.length(k) === 1 && view.isCapitalized(k);
}

/** The nouns of vehicles and devices a model's code names (not a vaccine's, whose code is a disease's: "the COVID-19 vaccine"). */
const MADE_THINGS = new Set(['vehicle', 'vehicles', 'suv', 'suvs', 'sedan', 'sedans', 'car', 'cars', 'truck', 'trucks', 'pickup', 'van', 'minivan', 'motorcycle', 'scooter', 'phone', 'phones', 'smartphone', 'smartphones', 'handset', 'handsets', 'chip', 'chips', 'processor', 'processors', 'laptop', 'laptops', 'tablet', 'tablets', 'camera', 'cameras', 'console', 'consoles', 'headset', 'headsets', 'smartwatch', 'model', 'models']);
