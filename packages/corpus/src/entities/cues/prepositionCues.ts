import { TokenKind } from '../../text/tokenize.js';
import { addEvidence, WEIGHT, type Evidence } from '../evidence.js';
import { gazetteer, isCity, isKnownPlace } from '../gazetteer.js';
import type { EntityType } from '../types.js';
import {
  HEAD_WORDS,
  COMPASS,
  isGivenName,
  isListedSurname,
  isCommonWord,
  ABOARD_WORDS,
  PEERAGE_TITLES,
  REGNAL_TITLES,
  WordClass,
  WORK_MAKER_NOUNS,
  WORK_SOURCE_NOUNS,
} from '../lexicon.js';
import { isRegionNoun } from '../refineRun/plainParts.js';
import type { TokenView } from '../tokenView.js';
import { opensWithInitials, isUnknownLongAcronym, closesWithGroupPlural, holdsLowerWordInside, looksLikePersonName, spaceSeparatedWords } from './nameShapes.js';
import { afterLocativeVerb, inTitleCase, typeCueOfNoun, MAKER_NOUNS, pluralBodysCue, closesApposition, isPossessor, INDEFINITE_ARTICLES } from './contextWords.js';

/** Nouns of a military strike, and the prepositions after them before where it fell. */
const STRIKE_NOUNS = new Set(
  `strike strikes airstrike airstrikes air-strike raid raids airraid shelling bombardment bombardments bombing bombings
  offensive incursion incursions shellings`.split(/\s+/),
);
const STRIKE_PREPOSITIONS = new Set(['on', 'of', 'against']);
/** Nouns of an attack, a strike only when a weapon fired from afar makes it one: "the rocket attack on Majdal Shams". */
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'assault', 'assaults']);
/** Weapons fired from afar, before ATTACK_NOUNS (not "knife", "gun": "the knife attack on Salman Rushdie"). */
const STANDOFF_WEAPONS = new Set(
  `rocket rockets missile missiles drone drones mortar artillery air aerial airborne ballistic cruise`.split(/\s+/),
);
/** "to Galois", "from Pachomius": where people are sent and come from too, so weaker evidence of a place. */
const MOTION_PREPOSITIONS = new Set(['from', 'to']);

/** "from" after a transfer or an age, or a motion's preposition, before a name; true when one matched. */
export function addPrepositionCueBefore(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number, evidence: Evidence): boolean {
  if (STRIKE_PREPOSITIONS.has(word) && isStrikeNounAt(view, before - 1, sentenceFirst) && !isPossessor(view, end)) {
    // "the strike on Haret Hreik", "a rocket attack … the shelling of Majdal Shams": where a strike
    // falls is a place (both were persons by their shape). Not "an attack on", which people suffer.
    addEvidence(evidence, 'place', WEIGHT.city);
    return true;
  }
  if (isCitysAirportAfterTravelWord(view, first, end, before, word, sentenceFirst)) {
    addEvidence(evidence, 'place', WEIGHT.city);
    return true;
  }
  if (word === 'from' && before - 1 >= sentenceFirst && TRANSFER_VERBS.has(view.lower(before - 1))) {
    // "Eze, who joined from Crystal Palace", "signed from Ajax", "on loan from Chelsea", "She joined
    // from Goldman Sachs": where someone moves from is the club or the firm they left.
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (word === 'from' && spaceSeparatedWords(view, first, end) <= 2 && followsAge(view, before, sentenceFirst)) {
    // "Nemo, 24, from Biel,", "Sarah Jones, 31, from Morgan Hill,": where someone comes from, as "of" says it.
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  // "Traffic rose 40%, according to Quantcast", "according to Comscore": a source, a body or a person
  // (its surname outweighs this), no place where one goes (both were places). A known place stays one.
  // Not a possessor: "according to Trump's order" is the order's, whoever gave it (Trump was a body).
  if (word === 'to' && before - 1 >= sentenceFirst && view.lower(before - 1) === 'according') {
    if (!isPossessor(view, end)) addEvidence(evidence, 'organization', WEIGHT.motionPreposition);
    return true;
  }
  if ((word === 'to' || word === 'through' || word === 'via') && !isPossessor(view, end) && !isUnknownLongAcronym(view, first, end) && afterLocativeVerb(view, before, sentenceFirst)) {
    // "he travelled with Bonosus to Gaul" (a surname too, was a person), "a journey through Thrace and Asia Minor".
    addEvidence(evidence, 'place', WEIGHT.nearPreposition);
    return true;
  }
  if (word === 'from' && isWordOfSpeakerAt(view, before - 1, sentenceFirst) && spaceSeparatedWords(view, first, end) === 1 && !isPossessor(view, end)) {
    // "drew criticism from Kavelashvi", "a letter from Ardelean", "a call from Mbatharo": what comes
    // from a name after a word's noun comes from a speaker, as after a verb of saying (all three were places).
    addEvidence(evidence, 'person', WEIGHT.speechVerb);
    return true;
  }
  if (MOTION_PREPOSITIONS.has(word) && spaceSeparatedWords(view, first, end) === 1 && !isPossessor(view, end) && !isUnknownLongAcronym(view, first, end)) {
    addEvidence(evidence, 'place', WEIGHT.motionPreposition);
    return true;
  }
  return false;
}

/**
 * "Flight AI171, bound for London Gatwick", "a jet that flew from Rome Fiumicino", "landed at Tokyo
 * Haneda": a city the lists know, then one word no list knows as a name or a dictionary word, after
 * where one travels from or to, is the city's airport, a place (the first two were persons by their
 * shape). Not a person named like a city ("to Paris Hilton", "from Austin Rivers": a surname closes them).
 */
function isCitysAirportAfterTravelWord(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number): boolean {
  if (!(TRAVEL_PREPOSITIONS.has(word) || (word === 'for' && before - 1 >= sentenceFirst && DEPARTING_WORDS.has(view.lower(before - 1))))) return false;
  if (end - first !== 2 || !view.spaceBefore(first + 1) || view.kind(first + 1) !== TokenKind.Word || view.isAllCaps(first + 1) || !isCity(view.key(first))) return false;
  const airport = view.key(first + 1);
  return !isGivenName(airport) && !isCommonWord(airport) && (!isListedSurname(airport) || isCity(airport)) && !HEAD_WORDS.has(airport);
}

const TRAVEL_PREPOSITIONS = new Set(['from', 'to', 'at', 'via', 'into']);

/** Words of leaving before "for" and where one goes: "bound for", "headed for", "left for". */
const DEPARTING_WORDS = new Set(['bound', 'headed', 'heading', 'departed', 'departing', 'left', 'leaving']);

/** A noun of what a speaker says or sends at `k` ("criticism", "letter", "call"): SPEAKERS_NOUNS. */
function isWordOfSpeakerAt(view: TokenView, k: number, sentenceFirst: number): boolean {
  return k >= sentenceFirst && view.isLowerWord(k) && SPEAKERS_NOUNS.has(view.lower(k));
}

const SPEAKERS_NOUNS = new Set([
  'criticism', 'criticisms', 'condemnation', 'rebuke', 'praise', 'letter', 'letters', 'call', 'calls', 'message', 'messages', 'statement',
  'remarks', 'comments', 'comment', 'warning', 'warnings', 'reply', 'response', 'appeal', 'plea', 'apology', 'endorsement', 'tweet', 'post',
  'email', 'e-mail', 'invitation', 'request', 'demand', 'demands', 'complaint', 'complaints', 'objection', 'objections', 'testimony', 'speech',
]);

/** "of", a self-naming verb or "the" before a name; true when one matched. */
export function addOfOrTheCueBefore(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number, evidence: Evidence): boolean {
  if (word === 'of' && addOfCueBefore(view, first, end, before, sentenceFirst, evidence)) return true;
  if (SELF_NAMERS.has(word) && before - 1 >= sentenceFirst && NAMING_VERBS.has(view.lower(before - 1))) {
    // "The group, which calls itself Akira," (a person's given name), "rebels calling themselves
    // Saraya Awliya al-Dam": what names itself so is a body; "a man who called himself Marbles" a person.
    addEvidence(evidence, SELF_NAMERS.get(word)!, WEIGHT.contextNoun);
    return true;
  }
  const namedNoun = nounNamedBefore(view, before, word, sentenceFirst);
  if (namedNoun) {
    addEvidence(evidence, namedNoun, WEIGHT.contextNoun);
    return true;
  }
  if (word === 'the' && isRegionNoun(view, first, end) && gazetteer().demonyms.has(view.key(first))) {
    // "logistics across the Baltic" (other), "shipping in the Arctic": a people's adjective alone after "the" is its region or sea.
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  if (word === 'the' && closesWithGroupPlural(view, first, end) && !inTitleCase(view, before, sentenceFirst) && !nameGoesOn(view, end)) {
    addEvidence(evidence, 'organization', WEIGHT.capitalisedArticle);
    return true;
  }
  if (word === 'the' && (isVesselApposedWithThe(view, end, before, sentenceFirst) || isAboardThe(view, before, sentenceFirst))) {
    addEvidence(evidence, 'vessel', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/** What "of" before a name says: a prelate's see, a peer's territory, a place's noun or office, a residence; true when one decided. */
function addOfCueBefore(view: TokenView, first: number, end: number, before: number, sentenceFirst: number, evidence: Evidence): boolean {
  if (isPrelatesSee(view, before, sentenceFirst)) {
    // "Bishop Robert Barron of Winona-Rochester" (a person), "Patriarch Bartholomew of Constantinople"
    // (other), "the archbishop of Chicago": a prelate's see is a place.
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  if (before - 1 >= sentenceFirst && isTerritorialTitle(view.lower(before - 1)) && view.isCapitalized(before - 1)) {
    // "The Duke of Sussex stayed in California", "the Earl of Wessex": a peer's or a prince's title
    // names his territory (Sussex was typed other); "the Princess of Wales" holds a known place.
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  if (isMembersOfBody(view, end, before, sentenceFirst)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (before - 1 >= sentenceFirst && (view.isLowerWord(before - 1) || opensWithInhabitants(view, before - 1, sentenceFirst))) {
    // "the city of Pokrovsk", "the ports of Kaohsiung", "the premier of Bavaria", "residents of Tara"; but
    // "the party of Keiko Fujimori" is led by her, and "the ruling party of Georgia" is in it: no body after it.
    const noun = placesOfficeOrPeople(view, before - 1, end) ? 'place' : LEADERS_GROUPS.has(view.lower(before - 1)) ? undefined : madeByNoun(view, before - 1, end) || MADE_THINGS_NOUNS.has(view.lower(before - 1)) ? 'product' : isTitleAfterSourceNoun(view, first, end, before - 1) ? 'other' : FIRMS_OFFICES.has(view.lower(before - 1)) && !isKnownPlace(view.keyOf(first, end)) ? 'organization' : typeCueOfNoun(view.lower(before - 1));
    if (noun) addEvidence(evidence, noun, WEIGHT.contextNoun);
    return true;
  }
  if (namesFoundersFirm(view, first, end, before, sentenceFirst)) {
    // "Gil Luria of D.A. Davidson", "Michael Rose of Raymond James": a name shaped like a person's
    // after a person's name and "of" is the firm named after its founders, neither a second person
    // nor where the first lives (both firms were persons).
    addEvidence(evidence, 'organization', WEIGHT.foundersFirm);
    return true;
  }
  if (spaceSeparatedWords(view, first, end) <= 2 && isResidenceOf(view, before, sentenceFirst)) {
    // "Margaret Hughes, 71, of Bicton Heath": after an age, where someone lives outweighs a surname's look ("Heath").
    addEvidence(evidence, 'place', followsAge(view, before, sentenceFirst) ? WEIGHT.contextNoun : WEIGHT.nearPreposition);
    return true;
  }
  if (followsPersonsName(view, before, sentenceFirst)) {
    // "Evelyn Matthei of Chile Vamos said she would run", "Yolanda Díaz of Sumar": after a person's
    // name, "of" and a name give the party or the body the person belongs to (the party was a person).
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/** A person-shaped name no list places, after "<given name> <surname> of" (see addOfCueBefore). */
function namesFoundersFirm(view: TokenView, first: number, end: number, of: number, sentenceFirst: number): boolean {
  const personShaped = looksLikePersonName(view, first, end, view.key(first)) || opensWithInitials(view, first, end);
  return personShaped && !isKnownPlace(view.keyOf(first, end)) && followsPersonsName(view, of, sentenceFirst);
}

/**
 * "Evelyn Matthei of", "Kim Moon-soo of": the word before "of" closes a person's name, a listed
 * given name a word or two before a capitalised word no title, head word or place word is.
 */
function followsPersonsName(view: TokenView, of: number, sentenceFirst: number): boolean {
  const surname = of - 1;
  if (surname - 1 < sentenceFirst || !view.isWord(surname) || !view.isCapitalized(surname) || view.isAllCaps(surname)) return false;
  if (view.hasClass(surname, WordClass.Title) || view.hasClass(surname, WordClass.Head) || isKnownPlace(view.key(surname))) return false;
  for (let given = surname - 1; given >= Math.max(sentenceFirst, surname - 2) && view.isWord(given) && view.isCapitalized(given) && !view.hasClass(given, WordClass.Title); given--) {
    if (isGivenName(view.lower(given), true) && (given === sentenceFirst || !view.isCapitalized(given - 1) || view.hasClass(given - 1, WordClass.Title))) return true;
  }
  return false;
}

/**
 * "Migrants aboard the Ocean Viking", "crew aboard the Galaxy Leader", "passengers aboard the Diamond
 * Princess": what one is aboard, named with "the", is a ship (other, or dropped as dictionary words).
 */
function isAboardThe(view: TokenView, the: number, sentenceFirst: number): boolean {
  return the - 1 >= sentenceFirst && view.isLowerWord(the - 1) && ABOARD_WORDS.has(view.lower(the - 1));
}

/**
 * "A cargo ship, the Fu Shun, sank", "a tanker, the Eagle S,": a ship is named with its "the", so a
 * vessel's noun, a comma and "the" before a name set off by commas say a vessel (Fu Shun was a place).
 */
function isVesselApposedWithThe(view: TokenView, end: number, the: number, sentenceFirst: number): boolean {
  const noun = the - 2;
  return noun >= sentenceFirst && view.isChar(the - 1, ',') && view.isLowerWord(noun) && typeCueOfNoun(view.lower(noun)) === 'vessel' && closesApposition(view, noun, end);
}

/**
 * "members of Unite at the council", "Members of Equity voted", "a member of Hamas": who has members
 * is a body, a union, a party, a band (Unite and Equity, dictionary words, were dropped). Not a
 * possessor ("members of Smith's team") nor a place the lists know ("members of Britain's …").
 */
function isMembersOfBody(view: TokenView, end: number, of: number, sentenceFirst: number): boolean {
  const noun = of - 1;
  if (noun < sentenceFirst || (!view.isLowerWord(noun) && noun !== sentenceFirst) || !MEMBER_NOUNS.has(view.lower(noun))) return false;
  return !isPossessor(view, end) && !isKnownPlace(view.keyOf(of + 1, end));
}

const MEMBER_NOUNS = new Set(['member', 'members']);

/**
 * "the river known as Kamobeul Bolon", "a village called Umm al-Kheir", "a militia known as Jaish
 * Malik", "a ship named Olena Pchilka": what a type's noun is known as or called is of that type (all
 * were persons). "called" and "named" after "a" only: "The company named Jane Doe chief executive".
 */
function nounNamedBefore(view: TokenView, before: number, word: string, sentenceFirst: number): EntityType | undefined {
  const knownAs = word === 'as' && view.lower(before - 1) === 'known' && view.isLowerWord(before - 1);
  const noun = knownAs ? before - 2 : NAMED_BY_WORDS.has(word) ? before - 1 : -1;
  if (noun < sentenceFirst || !view.isLowerWord(noun)) return undefined;
  if (!knownAs && !(noun - 1 >= sentenceFirst && INDEFINITE_ARTICLES.has(view.lower(noun - 1)))) return undefined;
  const lower = view.lower(noun);
  // "the river known as …", "a festival called …": a name's head word said as a noun.
  return typeCueOfNoun(lower) ?? pluralBodysCue(lower) ?? HEAD_WORDS.get(lower);
}

const NAMED_BY_WORDS = new Set(['called', 'named', 'dubbed', 'nicknamed']);

/** Reflexive pronouns after a verb of naming, by what they say of the name after them. */
const SELF_NAMERS = new Map<string, EntityType>([
  ['itself', 'organization'],
  ['themselves', 'organization'],
  ['himself', 'person'],
  ['herself', 'person'],
]);

const NAMING_VERBS = new Set(['calls', 'call', 'calling', 'called', 'styles', 'styled', 'styling', 'names', 'named', 'naming', 'brands', 'branded', 'branding', 'dubs', 'dubbed', 'dubbing']);

/** The "of" at token `of` follows a prelate's title, alone or before his name: "the archbishop of", "Bishop Robert Barron of". */
function isPrelatesSee(view: TokenView, of: number, sentenceFirst: number): boolean {
  for (let k = of - 1; k >= sentenceFirst && k >= of - 4; k--) {
    if (SEE_TITLES.has(view.lower(k))) return true;
    if (!view.isCapitalized(k) || view.isAllCaps(k)) return false;
  }
  return false;
}

/** Titles of prelates who hold a see. */
const SEE_TITLES = new Set(['bishop', 'archbishop', 'patriarch', 'metropolitan', 'eparch', 'primate']);

/** A title held of a territory: a peer's ("Duke", "Countess") or a ruler's ("Prince", "Emir", "King"). */
function isTerritorialTitle(lower: string): boolean {
  return PEERAGE_TITLES.has(lower) || REGNAL_TITLES.has(lower) || TERRITORIAL_RULERS.has(lower);
}

const TERRITORIAL_RULERS = new Set(['prince', 'princess', 'emir', 'margrave', 'elector', 'khan', 'nawab', 'maharaja', 'raja']);

/** Verbs (and "loan") of a player's or an employee's move, before the "from" of the club or the firm left. */
const TRANSFER_VERBS = new Set(['joined', 'signed', 'loan', 'recruited', 'poached', 'transferred']);

/**
 * "Darnell Whitaker of Dundalk", "John Smith, 34, of Towson": "of" after a person's given name and
 * surname, or after an age set off by commas, says where the person lives. Not "the Bank of",
 * "Duke of": a word in lower case or none stands before their first word.
 */
function isResidenceOf(view: TokenView, of: number, sentenceFirst: number): boolean {
  if (followsAge(view, of, sentenceFirst)) return true;
  // A survivors' list: "his son, Michael Dempsey (Angela) of Greer", "his wife, Colleen, of Shrewsbury"
  // (Greer and Shrewsbury were persons): a spouse's name in brackets or a comma stands between.
  const apposed = view.isChar(of - 1, ',');
  const surname = apposed ? of - 2 : view.isChar(of - 1, ')') ? bracketedNameOpening(view, of - 1, sentenceFirst) - 1 : of - 1;
  if (surname - 1 < sentenceFirst || !view.isWord(surname) || !view.isCapitalized(surname) || view.isAllCaps(surname) || view.hasClass(surname, WordClass.Title)) return false;
  if (apposed && view.isChar(surname - 1, ',') && isGivenName(view.lower(surname), true)) return true;
  if (!isListedSurname(view.lower(surname))) return false;
  // "Karen Dempsey Wallace (Tom) of Simpsonville": a given name opens the name, a word or two before its surname.
  for (let given = surname - 1; given >= Math.max(sentenceFirst, surname - 3) && view.isWord(given) && view.isCapitalized(given); given--) {
    if (isGivenName(view.lower(given), true)) return true;
  }
  return false;
}

/** "(Angela)", "(Tom)": where a bracketed capitalised name closing at `close` opens, the token of its "("; else `close` + 1. */
function bracketedNameOpening(view: TokenView, close: number, sentenceFirst: number): number {
  let i = close - 1;
  while (i > sentenceFirst && i > close - 4 && view.isWord(i) && view.isCapitalized(i)) i--;
  return i < close - 1 && view.isChar(i, '(') ? i : close + 1;
}

/** ", 34, of", ", 24, from": the word at `of` follows an age set off by commas. */
function followsAge(view: TokenView, of: number, sentenceFirst: number): boolean {
  return of - 3 >= sentenceFirst && view.isChar(of - 1, ',') && view.kind(of - 2) === TokenKind.Number && view.isChar(of - 3, ',');
}

/**
 * A strike's noun ends at `k`: "the strike", "the shelling", or an attack a weapon fired from afar
 * makes one, "the rocket attack", "a drone attack" (not "the attack": people suffer those too).
 */
function isStrikeNounAt(view: TokenView, k: number, sentenceFirst: number): boolean {
  if (k < sentenceFirst || !view.isLowerWord(k)) return false;
  if (STRIKE_NOUNS.has(view.lower(k))) return true;
  // "Missile attacks on Kostiantynivka continued": the weapon may open the sentence.
  const weapon = k - 1;
  return ATTACK_NOUNS.has(view.lower(k)) && weapon >= sentenceFirst && (view.isLowerWord(weapon) || (weapon === sentenceFirst && view.isWord(weapon))) && STANDOFF_WEAPONS.has(view.lower(weapon));
}

/** "the Instruments for Research into Second Languages", "the Arts and Humanities Citation Index": a connector and a capital go on with the name. */
function nameGoesOn(view: TokenView, end: number): boolean {
  const joins = view.isChar(end, '&') || (view.isWord(end) && GOING_ON.has(view.lower(end)));
  return joins && view.isWord(end + 1) && view.isCapitalized(end + 1);
}

const GOING_ON = new Set(['of', 'for', 'and']);

/** Groups named after their leader with "of": "the party of Keiko Fujimori", "the movement of billionaire Andrej Babiš". */
const LEADERS_GROUPS = new Set(['party', 'movement', 'faction']);

/**
 * "OpenAI, the maker of ChatGPT", "the manufacturer of Ozempic": what a maker's "of" names is what
 * it makes (ChatGPT was a body, by "maker"); not a possessor ("the developer of Trump's tower").
 */
function madeByNoun(view: TokenView, noun: number, end: number): boolean {
  return MAKER_NOUNS.has(view.lower(noun)) && !isPossessor(view, end);
}

/**
 * "to change the label of Wegovy", "doses of Paxlovid", "a shortage of Ozempic", "copies of Windows":
 * nouns whose "of" names a made thing, a product (the first was a body by "the label Def Jam", a
 * record label; the others nothing or a body).
 */
/**
 * "an adaptation of Alice in Wonderland", "author of Alice in Wonderland": a title of several words,
 * lower-case ones inside, after a noun of what a work is made from or of who writes it (nameRuns.ts
 * `worksTitleEnd` joined it; the given name made it a person). Not "an adaptation of Tolstoy", its author.
 */
function isTitleAfterSourceNoun(view: TokenView, first: number, end: number, noun: number): boolean {
  return (WORK_SOURCE_NOUNS.has(view.lower(noun)) || WORK_MAKER_NOUNS.has(view.lower(noun))) && holdsLowerWordInside(view, first, end);
}

const MADE_THINGS_NOUNS = new Set(['label', 'labels', 'dose', 'doses', 'shortage', 'shortages', 'prescriptions', 'copies']);

/** Offices held over a place: "the premier of Bavaria", "the governor of Sinaloa", "the mayor of Kharkiv" (a president may be a company's). */
const JURISDICTION_TITLES = new Set(['premier', 'governor', 'mayor', 'governors', 'mayors']);

/**
 * Who lives in a place: "Police told residents of Tara to leave" and "the villagers of Miles" (a given
 * name, "Tara", made a person of the town); "a friend of Tara" says nothing.
 */
const INHABITANTS = new Set(['residents', 'inhabitants', 'villagers', 'townspeople', 'citizens', 'natives', 'resident', 'inhabitant', 'native', 'citizen']);

/**
 * Parts only a town has: "through the streets of Paiporta and Catarroja", "on the outskirts of Kherson"
 * (both towns were other); "the streets of Tara Smith's town" are hers.
 */
const TOWN_PARTS = new Set(['streets', 'outskirts']);

/**
 * "the mayor of", "residents of", "the streets of" at `noun`; not "residents of Tara Smith's street".
 * A compass point's "of" too: "60 nautical miles west of Hodeidah" (other), "north of Pokrovsk";
 * not "west of Smith's farm".
 */
function placesOfficeOrPeople(view: TokenView, noun: number, end: number): boolean {
  const lower = view.lower(noun);
  return JURISDICTION_TITLES.has(lower) || ((INHABITANTS.has(lower) || TOWN_PARTS.has(lower) || COMPASS.has(lower) || isCentreGoneInto(view, noun) || isCommunityNamed(view, noun, end)) && !isPossessor(view, end));
}

/**
 * "lifted the orders for the community of Brooks", "the communities of Capay and Guinda", "the
 * community of Kibera": a community of a name alone is a settlement (Brooks was a body, Kibera other,
 * Capay not found). Not "the community of Reddit users": a noun after the name says whose it is.
 */
function isCommunityNamed(view: TokenView, noun: number, end: number): boolean {
  if (!COMMUNITY_NOUNS.has(view.lower(noun))) return false;
  return end >= view.count || !view.isLowerWord(end) || view.hasClass(end, WordClass.Stop);
}

const COMMUNITY_NOUNS = new Set(['community', 'communities']);

/**
 * "Fans gathered in the centre of Swansea", "marched through the heart of Leeds": the middle of a
 * place one is in or goes through is a town's (Swansea, in a match report, was its club). Not "at
 * the heart of Barclays' plans" nor "the centre of attention": "at" is no such preposition.
 */
function isCentreGoneInto(view: TokenView, noun: number): boolean {
  if (!TOWN_MIDDLES.has(view.lower(noun)) || noun < 2 || view.lower(noun - 1) !== 'the') return false;
  return view.isLowerWord(noun - 2) && INTO_PREPOSITIONS.has(view.lower(noun - 2));
}

const TOWN_MIDDLES = new Set(['centre', 'center', 'heart']);
const INTO_PREPOSITIONS = new Set(['in', 'into', 'through', 'across', 'around']);

/** "Residents of Tara should leave": the sentence opens with its inhabitants' noun, capitalised. */
function opensWithInhabitants(view: TokenView, noun: number, sentenceFirst: number): boolean {
  return noun === sentenceFirst && INHABITANTS.has(view.lower(noun));
}

/**
 * "chief executive of Stena Line", "shareholders of Wiz": an executive's office or a stake in a firm
 * names the firm after "of" (the first was a place, by "Line"; others said nothing). Not a known place:
 * "the executive of Lagos".
 */
const FIRMS_OFFICES = new Set(['executive', 'executives', 'shareholders', 'shareholder', 'stockholders', 'cofounder', 'co-founder']);
