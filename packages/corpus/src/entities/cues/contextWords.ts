import { TokenKind } from '../../text/tokenize.js';
import { gazetteer, isCity, isKnownPlace } from '../gazetteer.js';
import type { EntityType } from '../types.js';
import { HEAD_WORDS, isCommonWord, isGivenName, isFrequentSurname, isSurname, isListedSurname, PRECEDING_TYPE_CUES } from '../lexicon.js';
import { isClubCloser, isPlaceWordCloser, isNumberedPlural, TEAM_WORDS } from '../sportsClubs.js';
import { isNameToken } from '../nameRuns/nameTokens.js';
import type { TokenView } from '../tokenView.js';
import { opensWithForename, opensWithInitials, closesWithGroupPlural, singularOf, looksLikePersonName } from './nameShapes.js';

export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'into', 'across', 'toward', 'towards', 'outside', 'inside']);
/**
 * Verbs of where something is or happened: after them "in" or "at" opens a place however many words
 * it has ("killed in Khan Younis", "born in Rio de Janeiro", "based in Santa Clara"; "refugees had
 * arrived in Tiné", a town that is a given name too, was a person), where a bare
 * "in" before a two-word name may open a person ("a role in Jane Eyre", "faith in Joe Biden").
 */
const LOCATIVE_VERBS = new Set(
  `born died killed wounded injured based held located arrested detained lived living buried stationed
  headquartered situated settled resided residing stranded displaced landed crashed
  arrived arrive arrives arriving sheltering sheltered trapped camped`.split(/\s+/),
);
/** Prepositions of a journey's way or end, after JOURNEY_WORDS. */
const JOURNEY_PREPOSITIONS = new Set(['to', 'through', 'into', 'via']);
/** Verbs and nouns of travel, before JOURNEY_PREPOSITIONS: what follows is a place ("fled to Gaul", a surname too). */
const JOURNEY_WORDS = new Set(
  `travelled traveled travel travels travelling traveling journeyed journey journeys trip trips voyage voyages
  sailed sail sails sailing flew fly flies flying flight flights fled flee flees fleeing emigrated emigrate
  emigrating immigrated migrated deported deportation exiled banished evacuated relocated trekked pilgrimage
  expedition expeditions drove driven marched march marches marching advanced advancing retreated retreating
  deployed deploying redeployed dispatched airlifted rushed`.split(/\s+/),
);

/** A member's letters ("MP"; not "TD", a touchdown as often) or an executive's ("CEO", "CFO") as a title right before a name. */
export function isPersonsLettersTitle(lower: string): boolean {
  return (MEMBERS_OF_PARLIAMENT.has(lower) && !lower.startsWith('td')) || EXECUTIVES_LETTERS.has(lower);
}

const EXECUTIVES_LETTERS = new Set(['ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo']);

/** Members of a parliament as news writes them: "MP", "MSPs", "MLA", "TD". */
export const MEMBERS_OF_PARLIAMENT = new Set(['mp', 'mps', 'msp', 'msps', 'mla', 'mlas', 'mep', 'meps', 'mpp', 'mpps', 'td', 'tds']);

export function isPossessiveBefore(view: TokenView, k: number): boolean {
  return k >= 1 && view.kind(k - 1) === TokenKind.Possessive && view.spaceBefore(k);
}

/** A regnal or ordinal numeral up to XXXIX ("II", "XIV"); "CDC" is letters. */
export const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

/** A lower-case noun of a made thing at `k` ("drug", "vaccine", "missile": PRECEDING_TYPE_CUES' products). */
export function isMadeThingBefore(view: TokenView, k: number, sentenceFirst: number): boolean {
  return k >= sentenceFirst && view.isLowerWord(k) && PRECEDING_TYPE_CUES.get(view.lower(k)) === 'product';
}

/** "killed in", "based at": the preposition follows a verb of where (LOCATIVE_VERBS); "travelled to", "a journey through": one of a journey (JOURNEY_WORDS). */
export function afterLocativeVerb(view: TokenView, preposition: number, sentenceFirst: number): boolean {
  const word = view.lower(preposition);
  // "Born in Great Falls in 1938, she …": the verb may open the sentence (the town was dropped as dictionary words).
  const verb = preposition - 1;
  if (word === 'in' || word === 'at') return verb >= sentenceFirst && (view.isLowerWord(verb) || verb === sentenceFirst) && LOCATIVE_VERBS.has(view.lower(verb));
  return JOURNEY_PREPOSITIONS.has(word) && followsAJourney(view, preposition, sentenceFirst);
}

/**
 * The word before `preposition` is a verb or a noun of a journey, or one is before a companion
 * "with <Name>" ("he travelled with Bonosus to Gaul"): "fled to Kfar Kila", "a journey through
 * Thrace". Not "went", "moved" or "returned": one goes to Harvard and moves or returns to Ferrari.
 */
function followsAJourney(view: TokenView, preposition: number, sentenceFirst: number): boolean {
  let k = preposition - 1;
  if (k >= sentenceFirst && view.isWord(k) && view.isCapitalized(k)) {
    while (k > sentenceFirst && view.isWord(k) && view.isCapitalized(k)) k--;
    if (view.lower(k) !== 'with') return false;
    k--;
  }
  return k >= sentenceFirst && view.isLowerWord(k) && JOURNEY_WORDS.has(view.lower(k));
}

/** Verbs that follow a subject and modify no noun: "The Jharkhand Mukti Morcha won", "the Shiv Sena is". */
export const VERBS_AFTER_SUBJECT = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'won', 'wins', 'lost', 'leads', 'led', 'holds', 'held', 'rules', 'ruled', 'says']);

/**
 * "property developer Malik Riaz Hussain", "Hollywood producer Arnon Milchan", "publisher A.G.
 * Sulzberger": a developer, a producer or a publisher is a firm or a person, and a name opening with
 * a given name or initials, or of a person's shape, says a person's (all three were organisations);
 * "the developer Emaar", "publisher Penguin Random House", "producer Saudi Aramco",
 * "developer Sun Hung Kai Properties" stay bodies.
 */
export function cueOfAgentNoun(view: TokenView, word: string, first: number, end: number, cue: EntityType, personToo = false): EntityType {
  if (isPersonsMakerCompound(view, word, first)) return 'person';
  if (!(personToo || PERSON_OR_FIRM_AGENTS.has(word)) || end - first < 2 || closesWithGroupPlural(view, first, end)) return cue;
  const firstLower = view.lower(first);
  return opensWithForename(view, first, end, firstLower) || opensWithInitials(view, first, end) || looksLikePersonName(view, first, end, firstLower) ? 'person' : cue;
}

export const PERSON_OR_FIRM_AGENTS = new Set(['developer', 'producer', 'publisher']);
/**
 * "in the Russian service Alexander Gordon of Auchintoul": a person's name right after "service" is one
 * who serves in it ("the streaming service Hulu" is a firm). Not in apposition: "Météo France, the
 * national weather service," is the service.
 */
export const SERVICE_NOUNS = new Set(['service', 'services']);

/**
 * "The policy maker Janet Yellen said", "the decision makers Kim and Lee": a maker of policy, of
 * decisions, of films or of peace is a person, though "maker" alone names a firm ("the maker Toyota").
 */
function isPersonsMakerCompound(view: TokenView, word: string, first: number): boolean {
  if (word !== 'maker' && word !== 'makers') return false;
  const made = first - 2;
  return made >= 0 && view.isLowerWord(made) && PERSONS_MADE_THINGS.has(view.lower(made));
}

const PERSONS_MADE_THINGS = new Set(['policy', 'decision', 'film', 'movie', 'peace', 'king', 'deal', 'rule', 'law', 'trouble', 'match']);

/** "his play", "the 1977 play", "a novel": a determiner or a possessive (and a year) before the noun at `noun`. */
export function isDeterminedNoun(view: TokenView, noun: number, sentenceFirst: number): boolean {
  let before = noun - 1;
  if (before > sentenceFirst && view.kind(before) === TokenKind.Number) before--;
  // 'Her novel "Harbour Street" sold well': the determiner may open the sentence; 'Bigelow's thriller
  // "A House of Dynamite"': a possessive is one too.
  if (before > sentenceFirst && view.kind(before) === TokenKind.Possessive) return true;
  return before >= sentenceFirst && (view.isLowerWord(before) || (before === sentenceFirst && view.isWord(before) && !view.isAllCaps(before))) && WORK_DETERMINERS.has(view.lower(before));
}

const WORK_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'whose', 'debut', 'new', 'latest', 'first', 'last', 'hit']);

/** "Beyond the Clouds", "Calling the Shots": "the" after a capitalised word is inside a title. */
export function inTitleCase(view: TokenView, the: number, sentenceFirst: number): boolean {
  return the - 1 >= sentenceFirst && view.isWord(the - 1) && view.isCapitalized(the - 1);
}

/** What a noun before a name says it is, in the singular or the plural ("ports", "companies"). */
export function typeCueOfNoun(lower: string): EntityType | undefined {
  return PRECEDING_TYPE_CUES.get(lower) ?? PRECEDING_TYPE_CUES.get(singularOf(lower));
}

export const MAKER_NOUNS = new Set(['maker', 'makers', 'manufacturer', 'manufacturers', 'developer', 'developers']);

/**
 * "construction companies Obrainsa and Graña y Montero", "the lenders Santander and BBVA": a body's
 * noun in the plural before a name says a body, as the singular does ("Obrainsa" was other); so does a
 * place's ("the villages Kessel and Ouarkoye", "the towns Vuhledar and Kurakhove" were persons). Not
 * "sites", whose examples are places ("sites Fordow and Natanz").
 */
export function pluralBodysCue(word: string): EntityType | undefined {
  if (!word.endsWith('s') || word === 'sites') return undefined;
  const cue = PRECEDING_TYPE_CUES.get(singularOf(word));
  return cue === 'organization' || cue === 'place' ? cue : undefined;
}

/** Roles a firm holds as often as a person: "investors such as Blackstone", "advisers like McKinsey". */
export const ROLES_FIRMS_HOLD = new Set(['investor', 'banker', 'adviser', 'advisor', 'manager', 'designer', 'broadcaster', 'host', 'developer', 'producer', 'publisher', 'founder', 'executive', 'challenger', 'opponent', 'incumbent', 'nominee', 'candidate', 'starter', 'guard', 'forward', 'anchor', 'boss']);

/** Relatives in the plural, set off by commas before their names: "two daughters, Ngozi and Adaeze". */
export const RELATIVES = new Set(['sons', 'daughters', 'brothers', 'sisters', 'children', 'grandchildren', 'grandsons', 'granddaughters', 'nephews', 'nieces', 'cousins', 'parents', 'twins', 'stepsons', 'stepdaughters']);

/**
 * What may close a name set off by a comma after a noun: a comma or a semicolon ("a son, Emeka; a
 * brother, Chidi Okafor"), the sentence's end ("She leaves a son, Tobenna."), or, after relatives, the
 * "and" of a list ("her sons, Obinna and Kelechi, spoke": the list's last name takes the type by
 * coordination), "of" and a name. Not "In the villages, Musa and Kelechi fled": the fronted phrase names no one.
 */
export function closesApposition(view: TokenView, noun: number, end: number): boolean {
  if (view.isChar(end, ',;')) return true;
  // "a son, David Church of Denver;": the person's town after "of" (the name's run stopped there).
  if (view.lower(end) === 'of' && view.isLowerWord(end) && isNameToken(view, end + 1)) return true;
  if (view.kind(end) === TokenKind.Period) return end + 1 >= view.count || !view.adjacent(end);
  return view.lower(end) === 'and' && view.isLowerWord(end) && RELATIVES.has(view.lower(noun)) && isNameToken(view, end + 1);
}

/** The name ending before token `end` owns what follows it: "Shaw's", "Galois'". */
export function isPossessor(view: TokenView, end: number): boolean {
  return end < view.count && (view.kind(end) === TokenKind.Possessive || (view.kind(end) === TokenKind.Apostrophe && view.adjacent(end - 1)));
}

export const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** Polls and surveys: "a survey by Datafolha" and "a Gallup Korea poll" name who took them. */
export const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);

export const RESIDENT_NOUNS = new Set(['man', 'woman', 'teenager', 'teen', 'boy', 'girl', 'couple', 'pensioner', 'resident', 'toddler', 'motorist', 'cyclist', 'pedestrian', 'landlord', 'farmer', 'youth']);

/** A preposition of where right before token first ("in Raleigh", "at Boston"): the name is its object, no verb's subject. */
export function followsPlacePreposition(view: TokenView, first: number): boolean {
  return first > 0 && view.isLowerWord(first - 1) && PLACE_PREPOSITIONS.has(view.lower(first - 1));
}

export const COPULAS = new Set(['is', 'was', 'remains', 'became']);

/**
 * "Houston Astros", "Pittsburgh Pirates", "Chicago White Sox", "Brooklyn Nets": a city or region,
 * then a plural that names no place ("Rocky Mountains", "Virgin Islands" end in a head word), is a
 * team; so is one of the words teams are named with in the singular ("Manchester United", "Miami
 * Heat"). Not "Paris Hilton" (no plural), nor "Iowa City" ("City" names places too).
 */
export function isTeamName(view: TokenView, first: number, lastWord: number): boolean {
  if (lastWord - first < 1 || lastWord - first > 4 || view.isAllCaps(lastWord)) return false;
  // "the San Francisco 49ers": a numbered plural closes a team's name, though no capital opens it.
  if (!view.isCapitalized(lastWord)) return isNumberedPlural(view.raw(lastWord)) && isKnownPlace(view.keyOf(first, lastWord));
  const last = view.key(lastWord);
  // "played for Barnsworth Rovers", "Holbeck Wanderers": a club's closing word that no place's name
  // takes makes a team after any town, one no list holds too (both were persons).
  if (isClubCloser(last) && !isPlaceWordCloser(last)) return !(isGivenName(view.lower(first)) && isSurname(last));
  const plural = (last.endsWith('s') && !last.endsWith('ss')) || TEAM_WORDS.has(last) || CITY_TEAM_WORDS.has(last);
  // A name a list knows as a place is no team's ("the Philippines"); a body's alias may be ("San Antonio Spurs", not only Tottenham's "Spurs").
  if (!plural || HEAD_WORDS.has(last) || isCity(last) || (gazetteer().byKey.has(last) && gazetteer().byKey.get(last)!.type !== 'organization')) return false;
  // "Paul Matthews", "David Edwards": a given name that is also a town's, and a surname, make a person ("Orlando Magic" is a team);
  // so does a surname the census lists in a plural's form, "Madison Keys" (it was an organization), where it is all of the
  // name and no "the" goes before it ("the Charlotte Knights" is a team).
  if (isGivenName(view.lower(first)) && (isSurname(last) || isGivenNameAndPluralSurname(view, first, lastWord))) return false;
  // "David Petraeus", "David Morpheus" after a town "David": after a given name, a team's plural is a
  // dictionary word's ("Orlando Magic", "Austin Spurs"); the general was a body.
  if (isGivenName(view.lower(first)) && !TEAM_WORDS.has(last) && !isCommonWord(last.slice(0, -1)) && !isCommonWord(last)) return false;
  // "Tyre Nichols", "Tyre Jones": a frequent surname no dictionary holds is a person's, after a town's name too ("Boston Bruins" is a team).
  if (isFrequentSurname(last) && !isCommonWord(last)) return false;
  // "played for the Red Sox", "the White Sox traded him": a team's word that is no plural closes no
  // one's name, with or without a town before it (Red Sox was a person by its given name "Red").
  if (TEAM_WORDS.has(last)) return true;
  for (let split = first + 1; split <= lastWord && split - first <= 3; split++) {
    if (view.spaceBefore(split) && isCity(view.keyOf(first, split))) return !isCity(view.keyOf(first, lastWord + 1));
  }
  return false;
}



/** "Madison Keys", "Austin Rivers": two words, the second a surname the census lists though it reads as a plural, with no "the" before. */
function isGivenNameAndPluralSurname(view: TokenView, first: number, lastWord: number): boolean {
  const last = view.key(lastWord);
  return lastWord === first + 1 && !TEAM_WORDS.has(last) && !(first > 0 && view.lower(first - 1) === 'the') && isListedSurname(last);
}

/**
 * Singular words that name a team only after its city: "Perth Glory", "Brisbane Roar", "Melbourne
 * Victory", "LA Galaxy", "Seattle Storm", "Indiana Fever" ("Perth Glory captain Dylan Rourke" was
 * other). Not "Morning Glory", no city; not "Sun", a newspaper's too, nor "Sky", a ship's ("the
 * Marshall Islands-registered Aurora Sky").
 */
const CITY_TEAM_WORDS = new Set(['glory', 'roar', 'victory', 'galaxy', 'storm', 'fever']);

/** "YouGov", "PitchBook": a capital after a small letter inside a word, the way brands are written and Slavic surnames ("Lavrov") never are. */
export function isCamelCase(view: TokenView, k: number): boolean {
  return /\p{Ll}\p{Lu}/u.test(view.text.slice(view.start(k), view.end(k)));
}

export const EITHER_KIND_ROLES = new Set(['successor', 'predecessor', 'rival']);

export const OPENING_PREPOSITIONS = new Set(['under', 'in', 'at', 'for', 'after', 'before', 'since', 'from', 'with', 'without', 'like', 'unlike', 'despite', 'during', 'to', 'on', 'by', 'across', 'outside', 'inside', 'beyond', 'near']);

/** "Prosecutors from the Eastern District of New York said", "the Northern Province of Rwanda": a region's adjective before a place word's "of" phrase (the first was a person). */
export const REGION_ADJECTIVES = new Set(['eastern', 'western', 'northern', 'southern', 'central', 'middle']);
