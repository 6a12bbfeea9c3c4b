import { TokenKind } from '../../text/tokenize.js';
import { addEvidence, WEIGHT, type Evidence } from '../evidence.js';
import { gazetteer, isCity, isCountry, isKnownPlace, isRegion } from '../gazetteer.js';
import {
  ARTICLES,
  HEAD_WORDS,
  isCommonWord,
  isGivenName,
  isListedSurname,
  isFrequentSurname,
  LEGAL_SUFFIXES,
  PARTY_MEMBERS,
  ROLE_NOUNS,
  EPONYMOUS_CONDITIONS,
  CONDITION_EPONYMS,
  CONDITION_QUALIFIED_NOUNS,
  EPONYMOUS_FINDINGS,
  STOPWORDS,
  WordClass,
} from '../lexicon.js';
import { COMPETING_VERBS, holdsSetScore, isSideOfScore, reachesRecord } from '../sportsClubs.js';
import { isPartyNamedAsTown, winsElectedSeats } from '../electionResults.js';
import { citesAuthors } from '../nameRuns/runWords.js';
import { isNameToken } from '../nameRuns/nameTokens.js';
import { companyHeadTitleEnd } from '../refineRun/splitTitle.js';
import { isGroupAdjectiveWord } from '../refineRun.js';
import { isJudicialPostNominal } from '../refineRun/runTrims.js';
import type { TokenView } from '../tokenView.js';
import { opensWithForename, isPluralClubName, spaceSeparatedWords, namesAPersonByItsWords } from './nameShapes.js';
import { namesAwardBeforeItsCategory, namesAwardByItsContext, namesAwardWonByName } from './namedByContext.js';
import { addFollowingWordCues } from './followingWordCues.js';
import { ROLES_FIRMS_HOLD, RESIDENT_NOUNS, followsPlacePreposition, COPULAS, EITHER_KIND_ROLES } from './contextWords.js';

/** Nouns of those who won an award, after its name: "Nobel laureate", "Oscar winner" (not "nominee": "the Trump nominee" is his). */
const AWARD_FOLLOWERS = new Set(['laureate', 'laureates', 'winner', 'winners', 'winning']);

/** "by-election" or "bye-election" from token k, a hyphen's parts. */
function opensByElection(view: TokenView, k: number, sentenceEnd: number): boolean {
  return k + 2 < sentenceEnd && (view.lower(k) === 'by' || view.lower(k) === 'bye') && view.kind(k + 1) === TokenKind.Hyphen && view.adjacent(k) && view.lower(k + 2) === 'election';
}

/**
 * "Sochi, Russia — Australian player…", "grew up in Ballarat, Victoria, and", "in Hayes, west London": a
 * name followed by a comma and a known country or region (or a compass word or "near" and a known place), itself
 * closed by punctuation, is a town: the way a dateline
 * or a birthplace is written. Only at a sentence's start or after a preposition of place: "between
 * Bush, Russia and China" is a list. "in" may come before the region ("to Camboriú, in Santa Catarina state,").
 */
function isQualifiedByPlace(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (end + 1 >= sentenceEnd || !view.isChar(end, ',')) return false;
  if (first !== sentenceFirst && !(view.isLowerWord(first - 1) && BEFORE_A_TOWN.has(view.lower(first - 1)))) return false;
  // "Mary Okafor, Austin, Texas, said", "Jim Graham, Washington, DC city councilman, died": a sentence's
  // opening name that a given name opens is a person from that place (she was a place). A town the
  // lists know keeps its qualifier ("Alice Springs, Australia").
  if (first === sentenceFirst && end - first >= 2 && opensWithForename(view, first, end, view.lower(first)) && !isKnownPlace(view.keyOf(first, end))) return false;
  // "travelled to Balneário Camboriú, in Santa Catarina state,": the region may come with "in" and its noun.
  const inRegion = view.isLowerWord(end + 1) && view.lower(end + 1) === 'in';
  // "a substation in Hayes, west London,": a compass word in lower case may stand before the city, and
  // so may "near" or "outside" ("recorded 46C in El Granado, near Huelva" was a body).
  const compass = !inRegion && view.isLowerWord(end + 1) && (view.hasClass(end + 1, WordClass.Compass) || NEARBY_WORDS.has(view.lower(end + 1)));
  const placeFirst = inRegion || compass ? end + 2 : end + 1;
  if (placeFirst >= sentenceEnd || !view.isCapitalized(placeFirst)) return false;
  for (let e = placeFirst + 1; e <= Math.min(sentenceEnd, placeFirst + 3); e++) {
    if (e < sentenceEnd && view.kind(e) === TokenKind.Word && view.isCapitalized(e)) continue;
    // With "in", only a region's noun makes it a place's ("wrote to Tom Stone, in London," is a person).
    if (inRegion && !(e < sentenceEnd && view.isLowerWord(e) && REGION_NOUNS.has(view.lower(e)))) return false;
    const close = inRegion ? e + 1 : e;
    if (close < sentenceEnd && view.kind(close) !== TokenKind.Hyphen && !view.isChar(close, ',.;:)—–')) return false;
    return isKnownPlace(view.keyOf(placeFirst, e));
  }
  return false;
}

/** Prepositions that place a town by a better-known one after its comma: "in El Granado, near Huelva". */
const NEARBY_WORDS = new Set(['near', 'outside']);

/**
 * "Depsang and Demchok in the Ladakh region", "Hostomel in the Kyiv region", "Kupiansk in Kharkiv
 * oblast": a name right before "in" a known place and a region's noun lies in it (both were other).
 * Without the noun the name may be a person's ("Okafor in Lagos said"), and so is one with a given name.
 */
function liesInRegion(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  if (end + 2 >= sentenceEnd || !view.isLowerWord(end) || view.lower(end) !== 'in') return false;
  // "Maria Okonkwo in the Kyiv region said": a person's given name opens it (asked after the "in": the lists cost more).
  if (end - first >= 2 && opensWithForename(view, first, end, view.lower(first))) return false;
  const placeFirst = view.isLowerWord(end + 1) && view.lower(end + 1) === 'the' ? end + 2 : end + 1;
  for (let e = placeFirst + 1; e < Math.min(sentenceEnd, placeFirst + 4); e++) {
    if (!view.isCapitalized(e - 1)) return false;
    if (view.isLowerWord(e) && REGION_NOUNS.has(view.lower(e))) return isKnownPlace(view.keyOf(placeFirst, e));
  }
  return false;
}

/**
 * "difficulties at Corby in the UK and strikes", "a plant near Blyth in England": a name of one word
 * after "at" or "near" and before "in" a country the lists know, closing the clause or before "and",
 * lies in it (Corby was a person: a listed surname). Not after "with" or a verb ("met Okafor in
 * Britain"), nor before more words.
 */
function liesInCountryAfterAt(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (end - first !== 1 || first - 1 < sentenceFirst || !view.isLowerWord(end) || view.lower(end) !== 'in' || end + 1 >= sentenceEnd) return false;
  const before = view.lower(first - 1);
  if ((before !== 'at' && before !== 'near') || !view.isLowerWord(first - 1)) return false;
  const placeFirst = view.isLowerWord(end + 1) && view.lower(end + 1) === 'the' ? end + 2 : end + 1;
  for (let e = placeFirst + 1; e <= Math.min(sentenceEnd, placeFirst + 3); e++) {
    if (!view.isCapitalized(e - 1)) return false;
    const closes = e >= sentenceEnd || view.isChar(e, ',.;:') || (view.isLowerWord(e) && view.lower(e) === 'and');
    if (closes) return isCountry(view.keyOf(placeFirst, e));
  }
  return false;
}

/**
 * ", 62," after a name: a person's age, the way news gives it. A number of one to three figures up to
 * 119 between commas; not a year ("London, 2012,"), nor an amount or a count with a word after it.
 */
function isAgeAfter(view: TokenView, end: number, sentenceEnd: number): boolean {
  if (end + 2 >= sentenceEnd || !view.isChar(end, ',') || view.kind(end + 1) !== TokenKind.Number || !view.isChar(end + 2, ',')) return false;
  const raw = view.raw(end + 1);
  return /^\d{1,3}$/.test(raw) && Number(raw) >= 1 && Number(raw) < 120;
}

/** Nouns that may close a region after its name: "Santa Catarina state", "Hubei province". */
const REGION_NOUNS = new Set(['state', 'province', 'region', 'county', 'district', 'prefecture', 'oblast']);

const BEFORE_A_TOWN = new Set(['in', 'at', 'near', 'from', 'to']);

function endsWithLegalSuffix(view: TokenView, end: number): boolean {
  return LEGAL_SUFFIXES.has(view.lower(view.wordBefore(end)));
}

/**
 * "RSF commander Mohamed Hamdan Dagalo", "Hamas official Khalil al-Hayya", "AfD co-leader Alice
 * Weidel", "Likud lawmakers said": a name before a member's role (and a person's name) is the body
 * the member belongs to. Only roles no person has of another ("Netanyahu spokesman", "Trump adviser").
 */
export function namesAffiliation(view: TokenView, end: number, sentenceEnd: number): boolean {
  if (isCompanyHeadBefore(view, end, sentenceEnd)) return true;
  let k = end;
  if (k + 1 < sentenceEnd && view.isLowerWord(k) && ROLE_MODIFIERS.has(view.lower(k)) && !isHyphenedAt(view, k, sentenceEnd)) k++;
  if (k >= sentenceEnd || !view.isLowerWord(k)) return false;
  let word = view.lower(k);
  // "co-leader": a hyphenated role is three tokens.
  if (isHyphenedAt(view, k, sentenceEnd)) {
    word = `${word}-${view.lower(k + 2)}`;
    k += 2;
  }
  if (!MEMBER_ROLES.has(word) && !(LEADER_ROLES.has(word) && !isGroupAdjectiveWord(view.key(end - 1)))) return false;
  return word.endsWith('s') || isNameToken(view, k + 1);
}

/** The word at `k` and a lower-case word joined to it by a hyphen: "co-leader", "team-mate". */
function isHyphenedAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  return k + 2 < sentenceEnd && view.kind(k + 1) === TokenKind.Hyphen && view.adjacent(k) && view.adjacent(k + 1) && view.isLowerWord(k + 2);
}

/**
 * "SAG-AFTRA president Fran Drescher", "FIFA president Gianni Infantino": letters in capitals before
 * "president" and a person's name are the body the person heads ("SAG-AFTRA" found nothing, opening
 * its sentence). Not a country's letters: "US president Joe Biden" stays the place.
 */
function isAcronymsPresident(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  if (end + 1 >= sentenceEnd || !view.isAllCaps(end - 1) || view.lower(end) !== 'president' || !view.isAllCaps(first)) return false;
  return isNameToken(view, end + 1) && !isKnownPlace(view.keyOf(first, end));
}

/**
 * "Korea Zinc Chairman Choi Yoon-beom", "Zorvex CEO Jensen Huang", "Kenya Power Managing Director
 * Joseph Siror": a company head's title, capitalised as a title before a name is, and a name after it
 * (the company found nothing: its words had no other cue). Only titles no country's head holds.
 */
function isCompanyHeadBefore(view: TokenView, end: number, sentenceEnd: number): boolean {
  if (end + 1 >= sentenceEnd || !view.isCapitalized(end)) return false;
  const role = companyHeadTitleEnd(view, end);
  return role > 0 && role < sentenceEnd && isNameToken(view, role);
}

/**
 * "Christian Democratic Appeal leader Henri Bontenbal said", "Civic Platform leader Donald Tusk",
 * "Hamas leaders said": a party's or a movement's name before its leader (the first was a person, the
 * second dropped as a sentence's opener). Not after a party's adjective: "House Republican leader
 * Kevin McCarthy" names the House's Republicans, no body of that name.
 */
const LEADER_ROLES = new Set(['leader', 'leaders']);

/**
 * "Chicago officials said the city would", "Texas lawmakers", "Chicago leaders": a known place's officials are its
 * government's, the place's own (they gave the city to "the Chicago Bulls" of the article); "Hamas
 * officials", "Chicago coach Billy Donovan" stay a body's.
 */
function isPlacesOfficials(view: TokenView, first: number, end: number): boolean {
  const role = ROLE_MODIFIERS.has(view.lower(end)) ? end + 1 : end;
  return PUBLIC_OFFICERS.has(view.lower(role)) && isKnownPlace(view.keyOf(first, end));
}

/**
 * "Denver Mayor Mike Johnston attended the game", "Denver police said": a known place before its
 * civic office is the town, no club named after it ("Denver" went to the Denver Nuggets of the
 * article, as "Denver" is a given name too); "Denver coach Michael Malone" stays the club's.
 */
function isPlacesCivicOffice(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd || !view.isWord(end) || !view.spaceBefore(end) || !CIVIC_OFFICES.has(view.lower(end))) return false;
  return isKnownPlace(view.keyOf(first, end)) || (TOWNS_OWN_OFFICES.has(view.lower(end)) && isUnlistedTownWord(view, first, end));
}

/**
 * "Marikina Mayor Marcelino Teodoro", "the Marikina mayor said": one word no list holds (no
 * dictionary word, given name, party member or people's word, not in capitals) before an office
 * only a town has is that town (it was other, or a person "Marikina"). Not a governor's: "Fed
 * Governor" and "BoE Governor" are a bank's.
 */
function isUnlistedTownWord(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1 || !view.isWord(first) || !view.isCapitalized(first) || view.isAllCaps(first)) return false;
  const key = view.key(first);
  return !isCommonWord(key) && !isGivenName(key) && !PARTY_MEMBERS.has(key) && !gazetteer().demonyms.has(key) && !gazetteer().byKey.has(key);
}

const TOWNS_OWN_OFFICES = new Set(['mayor', 'sheriff', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman']);

const CIVIC_OFFICES = new Set(['mayor', 'governor', 'police', 'sheriff', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'firefighters']);

const PUBLIC_OFFICERS = new Set(['official', 'officials', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'leader', 'leaders']);

const MEMBER_ROLES = new Set([
  'commander', 'co-leader', 'founder', 'co-founder', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'official', 'officials', 'militants',
  // "Mercedes driver Lewis Hamilton", "Mercedes team boss Toto Wolff", "EMC chief executive Joe Tucci", "Arsenal striker Bukayo Saka".
  // "Ineos Grenadiers rider Tom Pidcock": a cycling team's.
  'driver', 'drivers', 'rider', 'riders', 'boss', 'ceo', 'executive', 'chairman', 'chairwoman', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger',
  // "Chelsea owner Todd Boehly": who owns a club or a firm.
  'owner', 'co-owner',
  // "whose Mercedes team-mate Lewis Hamilton", "Alpine teammate Esteban Ocon": a driver's or a
  // player's team before a team-mate (Mercedes, a given name, was a person); a person's team-mate is
  // written with the possessive ("Verstappen's teammate Sergio Perez").
  'teammate', 'teammates', 'team-mate', 'team-mates',
  // "Bernstein analyst Mihir Bhatia", "Hargreaves Lansdown analyst Susannah Streeter": a research firm's
  // or a bank's staff (both firms were persons by their names' shapes).
  'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists',
  // "a study by Stanford researchers", "Mayo scientists tested it", "Google engineer Blake Lemoine": a
  // university's, a clinic's or a firm's research staff (Stanford was a person, Mayo a place).
  'researcher', 'researchers', 'scientist', 'scientists', 'engineer', 'engineers',
  // "represented by Reed Smith partner Gary Thompson", "Sequoia managing partner Roelof Botha": a law,
  // venture or accounting firm's partner (the firm was a person by its name's shape); a person's
  // partner is written with the possessive ("Smith's partner").
  'partner', 'partners',
]);
// "Tottenham head coach Thomas Frank", "Chelsea assistant manager": a coach's rank before the role; "managing partner".
const ROLE_MODIFIERS = new Set(['military', 'senior', 'top', 'political', 'former', 'local', 'regional', 'field', 'chief', 'team', 'head', 'assistant', 'interim', 'managing']);

/**
 * "The Ineos Grenadiers rider finished third", "the Alpine driver retired": "the", a name and a
 * member's role in the singular with no one's name after it: no person is "the Tom Pidcock rider",
 * so the name is the team or the firm the member is of (it was a person by its shape). Not a place
 * ("the England striker" stays the country the lists know).
 */
function isTeamOfMemberAfterThe(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  const the = first - 1;
  if (the < sentenceFirst || view.lower(the) !== 'the' || end + 1 > sentenceEnd || !view.isLowerWord(end)) return false;
  const role = view.lower(end);
  if (!MEMBER_ROLES.has(role) || role.endsWith('s') || (end + 1 < sentenceEnd && isNameToken(view, end + 1))) return false;
  return !isKnownPlace(view.keyOf(first, end));
}

/** A given name the lists know, then a capitalised word: "Sebastian Vettel", "Max Verstappen". */
function opensPersonsName(view: TokenView, i: number, sentenceEnd: number): boolean {
  return i + 1 < sentenceEnd && view.isCapitalized(i) && isGivenName(view.lower(i)) && view.spaceBefore(i + 1) && view.isCapitalized(i + 1) && !view.isAllCaps(i + 1);
}

/** "Patricia McBride of Fermilab", "Nick Bos at Helsinki": a name after "of" or "at" and a capitalised word before them. */
function isAffiliationOfName(view: TokenView, first: number): boolean {
  if (first < 2 || !view.isLowerWord(first - 1)) return false;
  const word = view.lower(first - 1);
  return (word === 'of' || word === 'at') && view.kind(first - 2) === TokenKind.Word && view.isCapitalized(first - 2);
}

/**
 * "A Mosgiel man was jailed", "an Oamaru teenager was charged": between "a" and a resident's noun, a
 * name is the place the person lives in (the towns were other).
 */
function isHomeOfResident(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd || !view.isLowerWord(end) || !RESIDENT_NOUNS.has(view.lower(end)) || first === 0) return false;
  const article = view.lower(first - 1);
  return article === 'a' || article === 'an';
}

/** What the words after a name say of its type: the first rule that decides adds its evidence, in this order. */
export function addCuesAfter(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number, evidence: Evidence): void {
  // "Koome CJ and Mwilu DCJ concurred": a judge's post-nominal is a title after the surname.
  if (end < sentenceEnd && isJudicialPostNominal(view, first, end)) {
    addEvidence(evidence, 'person', WEIGHT.title);
    return;
  }
  if (addPlaceOrBodyCuesAfter(view, first, end, sentenceFirst, sentenceEnd, evidence)) return;
  // Only a town's name, a given name too ("Morena"): a person who wins seats is the party's leader ("Modi won 303 seats"), a country stays one.
  if (winsElectedSeats(view, end, sentenceEnd) && isPartyNamedAsTown(view.keyOf(first, end))) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return;
  }
  if (addPersonClauseCuesAfter(view, first, end, sentenceEnd, evidence)) return;
  // As telling as a role noun before it: it outweighs a rival's cue ("compete with Leqembi" said a body).
  if (isSoldByItsMaker(view, end, sentenceEnd) && !namesAPersonByItsWords(view, first, end)) {
    addEvidence(evidence, 'product', WEIGHT.roleNoun);
    return;
  }
  let after = end;
  const possessive = after < sentenceEnd && (view.kind(after) === TokenKind.Possessive || (view.kind(after) === TokenKind.Apostrophe && view.adjacent(after - 1)));
  if (possessive) after++;
  if (addEponymCuesAfter(view, first, end, after, possessive, sentenceEnd, evidence)) return;
  if (addClubCuesAfter(view, first, end, after, possessive, sentenceFirst, sentenceEnd, evidence)) return;
  if (!possessive && isPlaceByPredicate(view, after, sentenceEnd)) {
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return;
  }
  if (!possessive && (isPersonByPredicate(view, after, sentenceEnd) || isElectedToOffice(view, after, sentenceEnd))) {
    addEvidence(evidence, 'person', WEIGHT.contextNoun);
    return;
  }
  addFollowingWordCues(view, first, end, after, possessive, sentenceEnd, evidence);
}

/** What a place, a citation or an affiliation right after a name says; true when one decided. */
function addPlaceOrBodyCuesAfter(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number, evidence: Evidence): boolean {
  if (isQualifiedByPlace(view, first, end, sentenceFirst, sentenceEnd) || liesInRegion(view, first, end, sentenceEnd) || liesInCountryAfterAt(view, first, end, sentenceFirst, sentenceEnd)) {
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  // "Atlantic Lottery Corporation, Inc. et al.": a company is a party, not an author; "(R Core Team, 2023)",
  // "(Pew Research Center, 2021)": a body's head word closing a name of two words or more says a body
  // that wrote it ("Daily et al." is Ms Daily).
  if ((isCitedAuthor(view, end, sentenceEnd) || isCitedPair(view, first, end, sentenceEnd)) && !endsWithLegalSuffix(view, end) && !(end - first >= 2 && HEAD_WORDS.get(view.lower(end - 1)) === 'organization')) {
    addEvidence(evidence, 'person', WEIGHT.citedAuthor);
    return true;
  }
  if (namesAffiliation(view, end, sentenceEnd) || isAcronymsPresident(view, first, end, sentenceEnd) || isTeamOfMemberAfterThe(view, first, end, sentenceFirst, sentenceEnd)) {
    addEvidence(evidence, isPlacesOfficials(view, first, end) ? 'place' : 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (isPlacesCivicOffice(view, first, end, sentenceEnd)) {
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  if (isBodyInPlace(view, first, end, sentenceEnd)) {
    addEvidence(evidence, 'organization', WEIGHT.capitalisedArticle);
    return true;
  }
  if (isHomeOfResident(view, first, end, sentenceEnd)) {
    addEvidence(evidence, 'place', WEIGHT.nearPreposition);
    return true;
  }
  return false;
}

/** An age, a by-election or a "who" clause after a name; true when one decided. */
function addPersonClauseCuesAfter(view: TokenView, first: number, end: number, sentenceEnd: number, evidence: Evidence): boolean {
  // "Tran Thanh Man, 62, was elected", "Joel Cauchi, 40, from Toowoomba": an age set off by commas.
  if (isAgeAfter(view, end, sentenceEnd)) {
    addEvidence(evidence, 'person', WEIGHT.contextNoun);
    return true;
  }
  // "the Runcorn and Helsby by-election", "the Hamilton by-election": a constituency's place (both towns were other).
  if (opensByElection(view, end, sentenceEnd)) {
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  // "Musk, who also runs Tesla,": the relative pronoun of people (a body takes "which"). After a
  // name's "of" it is that name's: "Patricia McBride of Fermilab, who leads CMS," (the lab was a person).
  // A team's plural nickname takes it too: "The Lions, who had won eight straight games," (a body; it was a person).
  if (view.isChar(end, ',') && view.lower(end + 1) === 'who' && end + 1 < sentenceEnd && !isAffiliationOfName(view, first)) {
    addEvidence(evidence, isPluralNickname(view, first, end) ? 'organization' : 'person', WEIGHT.pronounAfter);
    return true;
  }
  if (isMemberOfBodysLetters(view, first, end, sentenceEnd)) {
    addEvidence(evidence, 'person', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/**
 * "Kisunla will compete with Leqembi, sold by Japan's Eisai", "Zolgensma, which is made by Novartis":
 * a name set off by a comma before a maker's or a seller's participle and "by" is what they make (the
 * drug was a body, or other). Not a person's name ("starring Tom Hanks, made by Spielberg").
 */
function isSoldByItsMaker(view: TokenView, end: number, sentenceEnd: number): boolean {
  if (!view.isChar(end, ',')) return false;
  let verb = end + 1;
  if (view.lower(verb) === 'which' && (view.lower(verb + 1) === 'is' || view.lower(verb + 1) === 'are')) verb += 2;
  return verb + 1 < sentenceEnd && view.isLowerWord(verb) && MAKERS_PARTICIPLES.has(view.lower(verb)) && view.isText(verb + 1, 'by');
}

/** Participles of making and selling a thing: "sold by", "marketed by", "manufactured by", "made by". */
const MAKERS_PARTICIPLES = new Set(['sold', 'marketed', 'manufactured', 'made']);

/**
 * "Moyo of ZAP agreed", "Professor Lovemore Madhuku of NCA": one or two words that are no dictionary
 * word, then "of" and a body's letters in capitals (no country's, "Kabila of DRC" aside), name the
 * body's member or leader (the one word was a place, a town the lists hold).
 */
function isMemberOfBodysLetters(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  if (end - first > 2 || end + 1 >= sentenceEnd || view.lower(end) !== 'of' || !view.isLowerWord(end)) return false;
  const letters = end + 1;
  if (!view.isAllCaps(letters) || view.length(letters) < 2 || isCountry(view.key(letters)) || isRegion(view.key(letters))) return false;
  for (let i = first; i < end; i++) if (view.isAllCaps(i) || isCommonWord(view.lower(i))) return false;
  return true;
}

/** A condition, a finding or an award named after a name's word; true when one decided. */
function addEponymCuesAfter(view: TokenView, first: number, end: number, after: number, possessive: boolean, sentenceEnd: number, evidence: Evidence): boolean {
  // "Parkinson's disease", "Huntington's disease", "Asperger's syndrome": a condition named after its
  // describer, no one of the story nor a town ("Parkinson" was a person, "Huntington" a place).
  // Without the possessive too: "a rise in Guillain-Barré syndrome" ("Guillain-Barré" was a place by
  // "in"), "Tourette syndrome"; there a known place keeps its type ("Havana syndrome").
  if (after < sentenceEnd && view.isLowerWord(after) && EPONYMOUS_CONDITIONS.has(view.lower(after)) && (possessive || !isKnownPlace(view.keyOf(first, end)))) {
    addEvidence(evidence, 'other', WEIGHT.eponymousCondition);
    return true;
  }
  // "a new Alzheimer's drug", "doctors who treat Parkinson's patients": a condition's describer alone
  // in the possessive before what treats, studies or suffers it is the condition (a product and a person were made).
  if (possessive && end - first === 1 && after < sentenceEnd && view.isLowerWord(after) && CONDITION_EPONYMS.has(view.lower(first)) && CONDITION_QUALIFIED_NOUNS.has(view.lower(after))) {
    addEvidence(evidence, 'other', WEIGHT.eponymousCondition);
    return true;
  }
  // "Peter Higgs … the Higgs boson", "the Riemann hypothesis", "Fermat's theorem": a finding named
  // after its finder ("Higgs" of the boson was Peter Higgs); with the possessive only a theorem or a conjecture.
  if (after < sentenceEnd && view.isLowerWord(after) && EPONYMOUS_FINDINGS.has(view.lower(after)) && (!possessive || isProvedFinding(view.lower(after)))) {
    addEvidence(evidence, 'other', WEIGHT.eponymousCondition);
    return true;
  }
  // "The Nobel laureate said", "the Oscar winner", "a Pulitzer winning reporter": a one-word award
  // before those who won it ("Nobel" and "Oscar" were persons), as "Oscar-winning" is.
  if ((!possessive && end - first === 1 && view.isLowerWord(after) && AWARD_FOLLOWERS.has(view.lower(after)) && !isWinnerOfComplement(view, after)) || namesAwardByItsContext(view, first, end) || namesAwardBeforeItsCategory(view, first, end) || namesAwardWonByName(view, first, end)) {
    addEvidence(evidence, 'event', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/**
 * "The electoral umpire announced Bago winner of the election", "declared Ruto winner of the
 * poll": a winner "of" something after a name is what the name was declared, no award's winner
 * ("Bago" was an event).
 */
function isWinnerOfComplement(view: TokenView, after: number): boolean {
  return view.lower(after + 1) === 'of' && view.isLowerWord(after + 1);
}

/** A city or a name that competes, wins, has fans or takes a plural verb: a club or a team; true when one decided. */
function addClubCuesAfter(view: TokenView, first: number, end: number, after: number, possessive: boolean, sentenceFirst: number, sentenceEnd: number, evidence: Evidence): boolean {
  // "Ferrari's Sebastian Vettel", "Red Bull's Max Verstappen": whose a person is by name is a team, a firm or a place;
  // "It was Madrid's first home defeat": what a city wins or loses is its club's.
  // "Boston rallied late", "Madrid beat Sevilla": a city that plays or wins is its club. Not a city
  // after "in" or "at": "The rally in Raleigh drew thousands" (an organization) drew them, not the city.
  const competes = !possessive && after < sentenceEnd && view.isLowerWord(after) && !followsPlacePreposition(view, first) && (COMPETING_VERBS.has(view.lower(after)) || takesPluralVerb(view, first, after) || (end - first === 1 && (leadsScoringLine(view, after, sentenceEnd) || (reachesRecord(view, after) && opensClauseAt(view, first)))));
  // "Aston Villa lost 1-0 to Brentford": a side of a score is a club, whatever the lists say of the
  // town; not a tennis player's ("Sinner beat Zverev 6-3, 7-6").
  if (!possessive && end - first === 1 && isSideOfScore(view, first, end) && !holdsSetScore(view, sentenceFirst, sentenceEnd)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if ((possessive && opensPersonsName(view, after, sentenceEnd)) || ((competes || (possessive && namesMatchResult(view, after, sentenceEnd))) && isCity(view.keyOf(first, end)))) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  // "Collingwood were too good", "Oasis have split": one word no list makes a place, with a plural
  // verb, is a team, a band or a firm, as British pages write them (Collingwood was a person).
  if (!possessive && end - first === 1 && after < sentenceEnd && view.isLowerWord(after) && takesPluralVerb(view, first, after) && !SUBJUNCTIVE_OPENERS.has(view.lower(first - 1)) && !isKnownPlace(view.keyOf(first, end))) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  // "a Rabbitohs fan", "Magpies supporters": a plural one-word name before its fans is a team's
  // nickname (or a band's); no surname's ("Sanders supporters") nor a people's ("Americans"), nor
  // a title's last word after its "of" ("Game of Thrones fans", "a Lord of the Rings fan").
  if (!possessive && end - first === 1 && after < sentenceEnd && view.isLowerWord(after) && FAN_NOUNS.has(view.lower(after)) && isPluralClubName(view.lower(first)) && !followsTitlesOf(view, first)) {
    addEvidence(evidence, 'organization', WEIGHT.pronounAfter);
    return true;
  }
  return false;
}

/**
 * "Newcastle are sixth in the Premier League", "Villa were beaten": a town's one word with a
 * plural verb is its club, as British sports pages write it. Not a list's last place ("Paris and
 * Berlin are far apart") nor a plural's own name ("Athens" has its "s").
 */
function takesPluralVerb(view: TokenView, first: number, after: number): boolean {
  if (!PLURAL_VERBS.has(view.lower(after)) || view.lower(first).endsWith('s')) return false;
  // "Fans in Newcastle were happy": after a preposition the verb is another subject's.
  return first === 0 || view.isChar(first - 1, '.') || !(view.isChar(first - 1, ',') || view.isLowerWord(first - 1)) || CLAUSE_OPENERS.has(view.lower(first - 1));
}

/** "as Philadelphia improved to 11-1": the name at `first` opens its clause ("The vote in Denver fell to 4-3" is the vote's). */
function opensClauseAt(view: TokenView, first: number): boolean {
  return first === 0 || !(view.isChar(first - 1, ',') || view.isLowerWord(first - 1)) || CLAUSE_OPENERS.has(view.lower(first - 1));
}

const CLAUSE_OPENERS = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'since', 'as', 'when', 'after', 'before', 'where']);

/** Verbs in the plural a club's town takes: "Newcastle are sixth", "Liverpool face Newcastle at Anfield" (a town "faces"). */
const PLURAL_VERBS = new Set(['are', 'were', 'have', 'face', 'host', 'visit', 'play']);
const FAN_NOUNS = new Set(['fan', 'fans', 'supporter', 'supporters']);

/** "of" or "of the" just before `first`: the close of a title ("Game of Thrones", "Lord of the Rings"). */
function followsTitlesOf(view: TokenView, first: number): boolean {
  const before = view.lower(first - 1);
  return before === 'of' || (before === 'the' && view.lower(first - 2) === 'of');
}

/** "If Smith were here", "I wish Smith were": a singular subject's "were" after these. */
const SUBJUNCTIVE_OPENERS = new Set(['if', 'wish', 'though']);

/**
 * "Munich is the capital of Bavaria", "Kherson was a port city": a copula, "the" or "a", and a
 * noun of settlements say the subject is a place, though the story names its club ("Bayern
 * Munich"). Not "Munich is the club's home" nor "Apple is a company".
 */
function isPlaceByPredicate(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (k + 2 >= sentenceEnd || !view.isLowerWord(k) || !COPULAS.has(view.lower(k))) return false;
  if (!view.isLowerWord(k + 1) || !ARTICLES.has(view.lower(k + 1))) return false;
  for (let j = k + 2; j < Math.min(sentenceEnd, k + 4) && view.isLowerWord(j); j++) if (SETTLEMENT_NOUNS.has(view.lower(j))) return true;
  return false;
}

/**
 * "Kapil became the first Indian captain with a Test win", "Okoro was the team's doctor": a copula,
 * a determiner, up to three modifiers (a nationality too) and a role only people hold say the
 * subject is a person (Kapil was other). Not a role firms hold as well ("Temasek was the lead investor").
 */
function isPersonByPredicate(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (k + 2 >= sentenceEnd || !view.isLowerWord(k) || !COPULAS.has(view.lower(k))) return false;
  let j = k + 1;
  if (!view.isLowerWord(j) || !ARTICLES.has(view.lower(j))) return false;
  for (j++; j < Math.min(sentenceEnd, k + 6); j++) {
    const lower = view.lower(j);
    if (view.isLowerWord(j) && ROLE_NOUNS.has(lower)) return !EITHER_KIND_ROLES.has(lower) && !ROLES_FIRMS_HOLD.has(lower);
    // "the team's doctor": a possessor before the role.
    if (view.kind(j) === TokenKind.Possessive) continue;
    if (!(view.isLowerWord(j) && !STOPWORDS.has(lower)) && !gazetteer().demonyms.has(view.key(j))) return false;
  }
  return false;
}

/**
 * "Lourenço is re-elected president of the republic", "Ruto was sworn in as president", "Okafor was
 * named chairman": a copula, a participle of taking office and an office's word after a name say a
 * person (the first, one unlisted word, was dropped). "The party was elected to govern" holds no office.
 */
function isElectedToOffice(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (k + 2 >= sentenceEnd || !view.isLowerWord(k) || (view.lower(k) !== 'is' && view.lower(k) !== 'was')) return false;
  let j = k + 1;
  if (view.lower(j) === 're' && view.kind(j + 1) === TokenKind.Hyphen) j += 2;
  if (!view.isLowerWord(j) || !OFFICE_PARTICIPLES.has(view.lower(j))) return false;
  j++;
  if (view.lower(j) === 'in' && view.isLowerWord(j)) j++;
  if (view.lower(j) === 'as' && view.isLowerWord(j)) j++;
  return j < sentenceEnd && view.isLowerWord(j) && ELECTED_OFFICES.has(view.lower(j));
}

const OFFICE_PARTICIPLES = new Set(['elected', 'reelected', 'appointed', 'named', 'sworn', 'inaugurated']);
const ELECTED_OFFICES = new Set(['president', 'prime', 'premier', 'governor', 'mayor', 'chancellor', 'senator', 'speaker', 'chairman', 'chairwoman', 'leader', 'minister', 'vice-president']);

const SETTLEMENT_NOUNS = new Set(['capital', 'city', 'town', 'village', 'port', 'province', 'country']);

/** "first home defeat", "unbeaten run", "goals": up to three lower-case words from `k` that hold a club's result or play. */
function namesMatchResult(view: TokenView, k: number, sentenceEnd: number): boolean {
  for (let seen = 0; k < sentenceEnd && seen < 3 && view.isLowerWord(k); k++, seen++) if (MATCH_RESULTS.has(view.lower(k))) return true;
  return false;
}


const MATCH_RESULTS = new Set(['defeat', 'defeats', 'victory', 'victories', 'draw', 'goal', 'goals', 'equaliser', 'equalizer', 'unbeaten', 'lineup', 'squad', 'fans', 'supporters']);

/** "Jayson Tatum led Boston with 24 points": "with", a number and a box score's noun after a (one-word) city say its team. */
function leadsScoringLine(view: TokenView, after: number, sentenceEnd: number): boolean {
  if (after + 2 >= sentenceEnd || view.lower(after) !== 'with' || !/^\d+$/.test(view.raw(after + 1))) return false;
  return SCORING_NOUNS.has(view.lower(after + 2));
}

const SCORING_NOUNS = new Set(['points', 'rebounds', 'assists', 'goals', 'touchdowns', 'saves', 'strikeouts', 'hits', 'runs']);

/**
 * "the Magic Circle in London", "the Old Bailey in London": after "the", capitalised words before
 * "in" or "at" and a known place name a body or a venue there, though they be dictionary words.
 * Two words at least, and no office: "the Embassy in Kyiv", "the Prime Minister in London".
 */
function isBodyInPlace(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  if (first === 0 || view.lower(first - 1) !== 'the' || spaceSeparatedWords(view, first, end) < 2 || end + 1 >= sentenceEnd) return false;
  // "the Prime Minister in London" is an office, no body.
  if (view.hasClass(end - 1, WordClass.Title)) return false;
  const preposition = view.lower(end);
  if ((preposition !== 'in' && preposition !== 'at') || !view.isCapitalized(end + 1)) return false;
  for (let placeEnd = end + 2; placeEnd <= Math.min(end + 4, sentenceEnd); placeEnd++) {
    if (!view.isCapitalized(placeEnd - 1)) return false;
    if (isKnownPlace(view.keyOf(end + 1, placeEnd))) return true;
  }
  return false;
}

/**
 * An author cited: "Miller et al.", "(Jasny, Chin, Chong, & Vignieri, 2011)", "Dye & Bavelier, 2010",
 * "(see Brieber 2014; …)": a name before "et al.", before "& Name" and a year, before a year that
 * closes the parenthesis or the reference, or first or inside a list of names that ends so.
 */
function isCitedAuthor(view: TokenView, end: number, sentenceEnd: number): boolean {
  if (view.lower(end) === 'et' && view.lower(end + 1) === 'al') return true;
  if (view.isChar(end, '&') && citesAuthors(view, end + 2, sentenceEnd)) return true;
  if (view.isChar(end, '&') || view.isChar(end - 1, '&')) return citesAuthors(view, end, sentenceEnd);
  if (view.kind(end) === TokenKind.Number && citesAuthors(view, end, sentenceEnd) && closesReference(view, end + 1)) return true;
  if (view.isChar(end, ',') && citesAuthors(view, end, sentenceEnd) && closesReference(view, end + 2)) return true;
  return authorListAhead(view, end, sentenceEnd);
}

/**
 * "Vandergrift and Cross 2017", "Smith and Young (2015)": two one-word surnames joined by "and",
 * then the year, cite two authors, though their names be dictionary words.
 */
function isCitedPair(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  // The "and" first: most names have none beside them, and need no word list.
  const andAfter = view.lower(end) === 'and';
  if ((!andAfter && view.lower(first - 1) !== 'and') || afterHyphenated(view, first + 1) !== end || !maySurname(view, first)) return false;
  const next = end + 1;
  if (andAfter && isNameToken(view, next) && maySurname(view, next) && citesAuthors(view, afterHyphenated(view, next + 1), sentenceEnd)) return true;
  const other = first - 2;
  return other >= 0 && view.lower(first - 1) === 'and' && isNameToken(view, other) && !isNameToken(view, other - 1) && maySurname(view, other) && citesAuthors(view, end, sentenceEnd);
}

/** A word that may be a surname: none of the dictionary's, or one the census lists ("Cross", "Young"; not "Origin" of a book's title). */
function maySurname(view: TokenView, k: number): boolean {
  const key = view.key(k);
  return !isCommonWord(key) || isListedSurname(key);
}

/** ")" or ";" closes a citation, also after its page: "(Jasny, Chin, Chong, & Vignieri, 2011, p. 1225)". */
function closesReference(view: TokenView, k: number): boolean {
  if (view.isChar(k, ')') || view.isChar(k, ';')) return true;
  const pageEnd = view.isChar(k, ',') ? afterPageLocator(view, k + 1) : k + 1;
  return pageEnd > k + 1 && (view.isChar(pageEnd, ')') || view.isChar(pageEnd, ';'));
}

/** Past "p. 1225" or "pp. 12–15" at k, or k itself when no page is cited there. */
function afterPageLocator(view: TokenView, k: number): number {
  const word = view.lower(k);
  if ((word !== 'p' && word !== 'pp') || !view.isChar(k + 1, '.') || view.kind(k + 2) !== TokenKind.Number) return k;
  let i = k + 3;
  while ((view.kind(i) === TokenKind.Hyphen || view.isChar(i, '–')) && view.kind(i + 1) === TokenKind.Number) i += 2;
  return i;
}

/** ", Polat, Scalzo, & Bavelier, 2010)" after a name: the other authors of one citation, then its year. */
function authorListAhead(view: TokenView, end: number, sentenceEnd: number): boolean {
  let i = end;
  for (let names = 0; names < 12 && i < sentenceEnd && view.isChar(i, ','); names++) {
    i++;
    const last = view.isChar(i, '&');
    if (last) i++;
    if (!isNameToken(view, i)) return false;
    i = afterHyphenated(view, i + 1);
    if (last) return citesAuthors(view, i, sentenceEnd);
  }
  return false;
}

/** Past the other parts of a hyphenated name ("Morgan-Short", "Pereira-Soto"). */
function afterHyphenated(view: TokenView, i: number): number {
  while (view.kind(i) === TokenKind.Hyphen && isNameToken(view, i + 1)) i += 2;
  return i;
}

/** "theorem", "conjecture": what is still named with its finder's possessive ("Fermat's theorem"), unlike "Smith's hypothesis". */
function isProvedFinding(word: string): boolean {
  return word === 'theorem' || word === 'conjecture';
}

/**
 * "Lions", "Magpies": one word, the plural of a dictionary noun that is no frequent surname, which
 * "who" after it makes a body (a team's nickname); "The Smiths, who run the farm," are a family,
 * "The Americans, who" people.
 */
function isPluralNickname(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1) return false;
  const lower = view.lower(first);
  if (lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss')) return false;
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return isCommonWord(singular) && !isFrequentSurname(singular) && !gazetteer().demonyms.has(lower) && !gazetteer().demonyms.has(singular);
}
