import { codeAt } from '../text/chars.js';
import { TokenKind } from '../text/tokenize.js';
import { addEvidence, newEvidence, saysNothing, saysOtherThan, weightOf, WEIGHT, type Evidence } from './evidence.js';
import { CodeKey, EvidenceMemo } from './evidenceMemo.js';
import { gazetteer } from './gazetteer.js';
import type { EntityType } from './types.js';
import { isAmericanState, isBodyHeadBeforeCity, isCity, isKnownBodysBranch, isCountry, isKnownPlace, isPlaceAndCompassPoints, isPlaceNotPersonName, isRegion, namesAPeople } from './gazetteer.js';
import {
  EVENT_OPENERS,
  ORDINAL_UNIT_HEADS,
  isTitleWord,
  CLUB_ABBREVIATIONS,
  FOREIGN_ORGANIZATION_HEADS,
  FOREIGN_PLACE_HEADS,
  DUTCH_PLACE_PARTICLES,
  ARTICLES,
  DOCUMENT_LABELS,
  PLACE_OPENERS,
  FOLLOWING_TYPE_CUES,
  ORGANIZATION_ANCHORS,
  HEAD_WORDS,
  COMPASS,
  isBodyWord,
  isCommonWord,
  AWARD_SHORT_NAMES,
  isGivenName,
  LEGAL_PREFIXES,
  isListedSurname,
  isOccupationByEnding,
  isFrequentSurname,
  isSurname,
  LANDFORM_OPENERS,
  OWNERS_PLACE_HEADS,
  PLACE_WORDS,
  MODEL_WORDS,
  isVersionNumber,
  FOREIGN_NATIONAL_OPENERS,
  PLACE_NAMING_TITLES,
  CLOSING_ONLY_HEADS,
  ABOARD_WORDS,
  HONOUR_HEADS,
  IRREGULAR_PAST_VERBS,
  LEGAL_SUFFIXES,
  LEGISLATIVE_CHAMBERS,
  NAME_HONORIFICS,
  NAME_PARTICLES,
  NATIONAL_SOCIETIES,
  NICKNAMES,
  opensWithForeignArticle,
  FOREIGN_COMPASS,
  COMPASS_CONNECTORS,
  PARTY_MEMBERS,
  LEADERS_STAFF,
  PERSON_POSSESSIONS,
  PERSON_VERBS,
  PRECEDING_TYPE_CUES,
  PEERAGE_TITLES,
  REGNAL_TITLES,
  ROLE_NOUNS,
  EPONYMOUS_CONDITIONS,
  EPONYMOUS_FINDINGS,
  SLAVIC_SURNAME_ENDING,
  SPEECH_VERBS,
  STOCK_EXCHANGES,
  RESULTS_VERBS,
  BODY_ACTION_VERBS,
  BUSINESS_NOUNS,
  BODY_DEED_VERBS,
  THING_VERBS_AFTER_MODAL,
  STOPWORDS,
  SURNAME_HEADS,
  TITLE_WORDS,
  VESSEL_PREFIXES,
  WordClass,
  WORK_NOUNS,
  WORK_MAKER_NOUNS,
  WORK_SOURCE_NOUNS,
  MEETINGS_LETTERS,
} from './lexicon.js';
import { COMPETING_VERBS, tallysPlayer, followsClubsStanding, sidesAResultLine, speaksOfAFixture, hiresClubStaff, sidesAVersus, takesAClubsPluralVerb, takesTheLeadThrough, holdsSetScore, isClubCloser, isPlaceWordCloser, isGroundOfMatch, isGuestOfFixture, isHostOfFixture, isNumberedPlural, isVisitingSide, isOpponentOfGoals, isSideOfScore, isTeamWithTheAtMatch, namesClubInMatch, opensWithClubWord, racesFor, reachesRecord, sideOfMatch, standsInATable, TEAM_WORDS } from './sportsClubs.js';
import { isCompanyBought } from './dealObjects.js';
import { isPartyNamedAsTown, winsElectedSeats } from './electionResults.js';
import { namesRegionOfPlace } from './nestedNames.js';
import { ORDINAL_FIGURES, citesAuthors, isSeatAfterMembersChamber, firstWordOf, isAircraftMakerBeforeNumber, isDeterminedAfterModifiers, holdsCapitalisedPreposition, isHonorificAt, isMakerAfter, isRaceForItsWinner, opensWithAdvocates, opensWithMembersOf, isNameToken, isSlashedLegalFormEnd, isSpeciesEpithetAt, particleWordsIn, withoutGenerationSuffix } from './nameRuns.js';
import { companyHeadTitleEnd, districtAfterPartyLetter, isGroupAdjectiveWord, isJudicialPostNominal, isRegionNoun, type NamePart } from './refineRun.js';
import { CLOSE_QUOTES, OPEN_QUOTES, type TokenView } from './tokenView.js';

export interface Cues {
  /** What the words around this mention say it is: summed over an entity's mentions. */
  evidence: Evidence;
  /** What the name itself says it is (its head word, its first name, its shape): counted once per form. */
  nameEvidence: Evidence;
  descriptions: string[];
  quoted: boolean;
  /** Quoted whole after a possessive: 'Christopher Nolan's "Oppenheimer"' names a work, no person's short form. */
  worksTitle: boolean;
  /**
   * An appositive in lower case says a place: "Europa, an icy moon of Jupiter" is no short form of the
   * "Europa Clipper" probe. Not a town's region ("Changzhou, Jiangsu province"), which widens the town's mention.
   */
  placeByAppositive: boolean;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'into', 'across', 'toward', 'towards', 'outside', 'inside']);
/** "near Velyka Novosilka", "outside Port Moresby": prepositions of where that never stand before a person's name, however long. */
const NEAR_PREPOSITIONS = new Set(['near', 'across', 'toward', 'towards', 'outside', 'inside']);
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
/** "the semi-official Tasnim news agency": a role noun hyphened to a word before it is an adjective's half, no role. */
function isHyphenedToPrefix(view: TokenView, word: number, sentenceFirst: number): boolean {
  return word - 2 >= sentenceFirst && view.kind(word - 1) === TokenKind.Hyphen && view.adjacent(word - 2) && view.adjacent(word - 1);
}

/** Words before a role noun that make it an award's category: "best actor", "supporting actress". */
const AWARD_CATEGORY_OPENERS = new Set(['best', 'supporting']);
/** Nouns of those who won an award, after its name: "Nobel laureate", "Oscar winner" (not "nominee": "the Trump nominee" is his). */
const AWARD_FOLLOWERS = new Set(['laureate', 'laureates', 'winner', 'winners', 'winning']);
/**
 * "won the Oscar for best picture", "the Pulitzer for fiction", "Oscar nominations": an award's one-word
 * name before its category or its nominations is the award, no short form of a person the article
 * names (it went to Oscar Isaac); a given name before a category is one too ("the Emmy for outstanding drama").
 */
export function namesAwardByItsContext(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1 || end + 1 >= view.count || !view.isLowerWord(end)) return false;
  const word = view.lower(first);
  if (AWARD_NOMINATIONS.has(view.lower(end))) return AWARD_SHORT_NAMES.has(word);
  const afterThe = first > 0 && view.isWord(first - 1) && view.lower(first - 1) === 'the';
  const beforeCategory = view.lower(end) === 'for' && view.isLowerWord(end + 1) && AWARD_CATEGORY_WORDS.has(view.lower(end + 1));
  return afterThe && beforeCategory && (AWARD_SHORT_NAMES.has(word) || isGivenName(word));
}

/**
 * "attended Harrow", "was sent to Harrow at the age of 13", "was sent to Harrow, where he remained
 * until 1805": one word after "attended", or after "sent to" before the pupil's age or a clause of
 * the time spent there, names a school (whether the story names one of that word, shortForms.ts
 * decides; "educated at Harrow" needs no cue there, as "at" says no place). "moved to Oldham at the
 * age of 13" names where a family lived.
 */
export function namesSchoolByItsContext(view: TokenView, first: number, end: number, sentenceFirst: number): boolean {
  if (end - first !== 1 || first - 2 < sentenceFirst || !view.isLowerWord(first - 1)) return false;
  const before = view.lower(first - 1);
  if (before === 'attended') return true;
  return before === 'to' && view.lower(first - 2) === 'sent' && (isPupilsAgeAt(view, end) || opensStayThere(view, end));
}

/** ", where he remained", ", where she stayed": a comma, "where", a pronoun and a verb of staying from token k. */
function opensStayThere(view: TokenView, k: number): boolean {
  if (k + 3 >= view.count || !view.isChar(k, ',') || !view.isLowerWord(k + 1) || view.lower(k + 1) !== 'where') return false;
  return SUBJECT_PRONOUNS.has(view.lower(k + 2)) && STAYING_VERBS.has(view.lower(k + 3));
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);
const STAYING_VERBS = new Set(['remained', 'stayed', 'studied', 'boarded', 'spent']);

/**
 * "Holt, who lives in Kelsworth", "grew up in Barnsworth", "was born in Tamsford": the word after a
 * verb of where one lives, was born or grew up names a town, though the story names a school, a
 * club or a company by it ("Kelsworth School", "Barnsworth Town"): the town stays itself
 * (shortForms.ts; it went to the school). "at Kelsworth he edited the magazine" says no such thing.
 */
export function namesHomeByItsContext(view: TokenView, first: number, sentenceFirst: number): boolean {
  if (first - 2 < sentenceFirst || !view.isLowerWord(first - 1) || !view.isLowerWord(first - 2)) return false;
  const preposition = view.lower(first - 1);
  const verb = view.lower(first - 2);
  if (preposition === 'in') return HOME_VERBS.has(verb) || (verb === 'up' && first - 3 >= sentenceFirst && GROWN_UP.has(view.lower(first - 3)));
  return preposition === 'of' && (verb === 'native' || verb === 'resident');
}

/** Verbs before "in" and a town one lives in or comes from: "lives in", "was born in", "settled in". */
const HOME_VERBS = new Set(['live', 'lives', 'lived', 'living', 'born', 'raised', 'settled', 'reside', 'resides', 'resided', 'residing']);
const GROWN_UP = new Set(['grew', 'grow', 'grows', 'growing', 'grown']);

/** "at the age of 13", "at 13", "aged 13" at token k. */
function isPupilsAgeAt(view: TokenView, k: number): boolean {
  if (k + 1 >= view.count) return false;
  const word = view.lower(k);
  if (word === 'aged') return view.kind(k + 1) === TokenKind.Number;
  if (word !== 'at') return false;
  if (view.kind(k + 1) === TokenKind.Number) return true;
  return k + 4 < view.count && view.lower(k + 1) === 'the' && view.lower(k + 2) === 'age' && view.lower(k + 3) === 'of' && view.kind(k + 4) === TokenKind.Number;
}

/** Words opening an award's category after "for": "the Oscar for best picture", "the Pulitzer for fiction". */
const AWARD_CATEGORY_WORDS = new Set(['best', 'outstanding', 'supporting', 'lead', 'original', 'album', 'record', 'song', 'fiction', 'nonfiction', 'poetry', 'drama', 'history', 'biography', 'physics', 'chemistry', 'medicine', 'literature', 'peace', 'economics', 'lifetime']);
const AWARD_NOMINATIONS = new Set(['nomination', 'nominations', 'nod', 'nods']);
/** "to Galois", "from Pachomius": where people are sent and come from too, so weaker evidence of a place. */
const MOTION_PREPOSITIONS = new Set(['from', 'to']);
/** Words a hyphen glues after a name that say what the name is ("Togo-flagged": a place). */
const SUFFIX_TYPES = new Map<string, 'place' | 'product' | 'event'>([
  // "the Oscar-winning actor", "Emmy-nominated": an award, no one's given name.
  ['winning', 'event'],
  ['nominated', 'event'],
  ['flagged', 'place'],
  ['based', 'place'],
  ['made', 'place'],
  ['born', 'place'],
  ['registered', 'place'],
  ['class', 'product'],
  ['type', 'product'],
  // "Fortnite-maker Epic", "ChatGPT-maker OpenAI": what a maker makes (not an owner's: "Chelsea-owner Todd Boehly").
  ['maker', 'product'],
  ['makers', 'product'],
]);
/** Words after a name that make it a rule, law or scheme ("Buy American rules"). */
const PROGRAMME_FOLLOWERS = new Set(['rules', 'rule', 'provisions', 'law', 'laws', 'legislation', 'regulations', 'programme', 'program', 'initiative', 'proposal', 'scheme', 'policy']);

/** The two vectors every cuesFor returns, zeroed for each call: a name's draft copies them at once (see makeDraft). */
const contextEvidence = newEvidence();
const ownEvidence = newEvidence();

/**
 * What the words around a name, and its own shape, say about what it is. The evidence vectors
 * returned are reused by the next call: read them at once (two new typed arrays per name drafted
 * were over half a million on the 10k corpus's 279,935 mentions).
 */
export function cuesFor(view: TokenView, part: NamePart, sentenceFirst: number, sentenceEnd: number): Cues {
  const evidence = contextEvidence.fill(0);
  const descriptions: string[] = [];
  const { first, end } = part;
  if (part.title) {
    addEvidence(evidence, 'person', WEIGHT.title);
    descriptions.push(withPrecedingModifiers(view, part.titleFirst ?? first, sentenceFirst, part.title));
  }
  if (part.hyphenSuffix) {
    const t = SUFFIX_TYPES.get(part.hyphenSuffix);
    if (t) addEvidence(evidence, t, WEIGHT.hyphenSuffix);
  }
  addCuesBefore(view, first, end, sentenceFirst, evidence, descriptions);
  addCuesAfter(view, first, end, sentenceFirst, sentenceEnd, evidence);
  if (isChamberAfterThe(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  if (isFloodedAfter(view, end)) addEvidence(evidence, 'place', WEIGHT.contextNoun);
  const work = possessorsWorkType(view, first, end, sentenceFirst);
  if (work) addEvidence(evidence, work, WEIGHT.contextNoun);
  const nameEvidence = ownNameEvidence(view, first, end);
  if (looksLikeAPersonsOnly(nameEvidence) && isNamedWithTheArticle(view, first, end, sentenceFirst)) addEvidence(evidence, 'organization', WEIGHT.definiteArticle);
  if (looksLikeAPersonsOnly(nameEvidence) && isHonourAfterArticle(view, first, end, sentenceFirst)) addEvidence(evidence, 'other', WEIGHT.contextNoun);
  if (!saysOtherThan(nameEvidence, 'person') && isVenueAfterAtThe(view, first, end, sentenceFirst)) addEvidence(evidence, 'place', WEIGHT.contextNoun);
  if (isCaseParty(view, first, end, sentenceFirst, sentenceEnd)) addEvidence(evidence, 'person', WEIGHT.caseParty);
  if (isCompanyBought(view, first, end, sentenceFirst, sentenceEnd) || isStudioBeforeTitle(view, first, end) || isOutletToldAtClose(view, first, end, sentenceEnd)) addEvidence(evidence, 'organization', WEIGHT.contextNoun);
  if (isOwnersSite(view, first, end, sentenceFirst, sentenceEnd) || isPartyMembersHome(view, first, end, sentenceFirst, sentenceEnd) || isRepresentedSeat(view, first, sentenceFirst)) addEvidence(evidence, 'place', WEIGHT.contextNoun);
  // A seat in parentheses outweighs the firm an ampersand's name shape says (as sure as a title):
  // "Conservative MP Gareth Holbrook (Grantham & Stamford) said" (it was an organization).
  if (isSeatInParentheses(view, first, end, sentenceFirst)) addEvidence(evidence, 'place', (joinsWithAmpersand(view, first, end) ? WEIGHT.title : WEIGHT.contextNoun) + WEIGHT.preposition);
  // A court's head word says a body (3); where play is, "on" it, outweighs that.
  if (isPlayingCourt(view, first, end, sentenceFirst, sentenceEnd)) addEvidence(evidence, 'place', WEIGHT.contextNoun + WEIGHT.preposition);
  addMatchCues(view, first, end, sentenceFirst, sentenceEnd, evidence);
  const appositive = isAdverbOpener(view, first, end, sentenceFirst) ? null : appositiveAfter(view, first, end, sentenceEnd);
  // "Chase Strangio of the American Civil Liberties Union, the first transgender lawyer to argue
  // …": a person's appositive after a body's name is about the person named before it.
  if (appositive && !(appositive.type === 'person' && namesABodyOrPlace(nameEvidence))) {
    addEvidence(evidence, appositive.type, appositive.type === 'person' ? WEIGHT.roleNoun : WEIGHT.contextNoun);
    descriptions.push(appositive.text);
  }
  const { quoted, worksTitle } = addQuotedTitleCues(view, first, end, sentenceFirst, sentenceEnd, evidence);
  return { evidence, nameEvidence, descriptions: descriptions.filter(isReadableDescription), quoted, worksTitle, placeByAppositive: appositive?.type === 'place' && view.isLowerWord(end + 1) };
}

/**
 * "The Diet approved spending", "lawmakers in the Diet": a chamber's capitalised word alone after
 * "the" is the chamber, though no head word's list holds it (Japan's "Diet", a dictionary word, was
 * dropped); "Senate" and "Parliament" are head words already.
 */
function isChamberAfterThe(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1 || !view.isCapitalized(first) || view.isAllCaps(first) || view.lower(first - 1) !== 'the') return false;
  const key = view.key(first);
  return LEGISLATIVE_CHAMBERS.has(key) && !HEAD_WORDS.has(key);
}

/**
 * "Lupin and Dr. Reddy's have all expanded", "Dr. Reddy's said it would launch": an honorific, a name and
 * a possessive that owns nothing (punctuation, "and", a verb or a body's head word after it) are a firm's name after its
 * founder, as "Macy's said" is; "Dr. Smith's patients" are his (Reddy was a person by the honorific).
 */
function isFirmNamedByPossessive(view: TokenView, honorific: number, end: number): boolean {
  if (!view.hasClass(honorific, WordClass.Honorific) || view.kind(end) !== TokenKind.Possessive) return false;
  const after = end + 1;
  if (after >= view.count || view.isChar(after, ',.;:)')) return true;
  // "Shares of Dr. Reddy's Laboratories rose": a body's head word after it says so too.
  if (view.isCapitalized(after) && HEAD_WORDS.get(view.lower(after)) === 'organization') return true;
  return view.isLowerWord(after) && WORDS_AFTER_FIRMS_POSSESSIVE.has(view.lower(after));
}

const WORDS_AFTER_FIRMS_POSSESSIVE = new Set(['and', 'or', 'said', 'says', 'has', 'have', 'had', 'will', 'would', 'is', 'are', 'was', 'were', 'reported', 'posted', 'plans', 'planned', 'expects', 'expected']);

/**
 * "The singer's Cowboy Carter tour opened", "her Eras tour", "his Hit Me Hard and Soft album": a name
 * between a possessor and a tour's or a record's noun is that work's title (Cowboy Carter was a person).
 */
function possessorsWorkType(view: TokenView, first: number, end: number, sentenceFirst: number): EntityType | null {
  if (end >= view.count || !view.isLowerWord(end) || first - 1 < sentenceFirst) return null;
  const type = POSSESSED_WORKS.get(view.lower(end));
  if (!type) return null;
  const possessed = view.kind(first - 1) === TokenKind.Possessive || (view.isLowerWord(first - 1) && POSSESSIVE_PRONOUNS.has(view.lower(first - 1)));
  return possessed ? type : null;
}

const POSSESSED_WORKS = new Map<string, EntityType>([
  ['tour', 'event'],
  ['tours', 'event'],
  ['album', 'other'],
  ['albums', 'other'],
  ['single', 'other'],
  ['mixtape', 'other'],
]);
const POSSESSIVE_PRONOUNS = new Set(['her', 'his', 'their', 'its']);

/** A name in quotation marks: a quoted phrase, or a work's title when a possessive, a work's noun or its maker says so. */
function addQuotedTitleCues(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number, evidence: Evidence): { quoted: boolean; worksTitle: boolean } {
  // 'Bigelow's "A House of Dynamite"': the quote opens before the title's article, which its name leaves out.
  const openQuote = view.isChar(first - 1, OPEN_QUOTES) ? first - 1 : isCapitalisedArticle(view, first - 1) && view.isChar(first - 2, OPEN_QUOTES) ? first - 2 : -1;
  const fillsQuote = openQuote >= 0 && closesQuote(view, end);
  const quoted = fillsQuote && end - first >= 2;
  if (quoted) addEvidence(evidence, 'other', WEIGHT.quotedPhrase);
  // '"Moana 2" topped the box office': a number closing a quoted title is a sequel's, no ship's serial number.
  if (quoted && view.kind(end - 1) === TokenKind.Number) addEvidence(evidence, 'other', WEIGHT.serialNumber);
  // 'Christopher Nolan's "Oppenheimer"', 'Bowie's "Hunky Dory"': a name quoted whole after someone's possessive is their work's title.
  // 'her drama "The Salt Road"': quoted with its "The", as much a title as one quoted whole (it was a place by "Road").
  const quotedWithThe = isWorkQuotedWithThe(view, first, end, sentenceFirst);
  // '"Flesh" by David Szalay': a quoted word before its maker is a work's title too (it was dropped as a dictionary word).
  const worksTitle = (fillsQuote && (isPossessiveBefore(view, openQuote) || (quoted && isWorkCueBefore(view, openQuote, sentenceFirst)) || isWorkNounBefore(view, openQuote, sentenceFirst) || isMakerAfter(view, closingQuoteAfter(view, end) + 1, sentenceEnd) || isGivenNameAsWorksTitle(view, first, end, openQuote, sentenceFirst))) || quotedWithThe;
  if (worksTitle) addEvidence(evidence, 'other', WEIGHT.contextNoun + (quotedWithThe ? WEIGHT.quotedPhrase : 0));
  // "Kingsman: The Secret Service", "Avatar: The Way of Water": a subtitle's colon inside the name says a work, whatever head word closes it (they were bodies by "Service", "Water").
  const subtitled = holdsSubtitleColon(view, first, end);
  if (subtitled) addEvidence(evidence, 'other', WEIGHT.headWord + WEIGHT.quotedPhrase);
  return { quoted, worksTitle: worksTitle || subtitled };
}

/** A colon right after a word of the name [first, end) and before another of its words. */
function holdsSubtitleColon(view: TokenView, first: number, end: number): boolean {
  for (let k = first + 1; k < end - 1; k++) if (view.isChar(k, ':') && !view.spaceBefore(k) && view.spaceBefore(k + 1)) return true;
  return false;
}

/** The sides of a match, a club in a league's table, the leaders at a meeting. */
function addMatchCues(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number, evidence: Evidence): void {
  // "Real Madrid won 2-1 at Celta Vigo", "Chelsea beat Leicester City 3-0": a club, not a person nor a city.
  if (namesClubInMatch(view, first, end, sentenceFirst, sentenceEnd)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  else {
    // A club in a match's report, a player with a set's score.
    const side = sideOfMatch(view, first, end, sentenceFirst, sentenceEnd);
    if (side) addEvidence(evidence, side, WEIGHT.matchSide);
    else if (isHostOfFixture(view, first, end, sentenceFirst) || isVisitingSide(view, first, end, sentenceFirst, sentenceEnd) || isTeamWithTheAtMatch(view, first, end) || isOpponentOfGoals(view, first, end, sentenceFirst, sentenceEnd) || standsInATable(view, first, end, sentenceEnd) || followsClubsStanding(view, first, end, sentenceFirst, sentenceEnd) || hiresClubStaff(view, first, end, sentenceEnd) || takesAClubsPluralVerb(view, first, end, sentenceEnd) || takesTheLeadThrough(view, first, end, sentenceEnd) || sidesAVersus(view, first, end, sentenceFirst, sentenceEnd) || sidesAResultLine(view, first, end, sentenceFirst, sentenceEnd)) addEvidence(evidence, 'organization', WEIGHT.matchSide);
  }
  if (sidesALeadersMeeting(view, first, end)) addEvidence(evidence, 'person', WEIGHT.matchSide);
  if (isGroundOfMatch(view, first, end, sentenceFirst, sentenceEnd)) addEvidence(evidence, 'place', WEIGHT.matchSide);
}

/**
 * "at its Cupertino headquarters", "their Austin offices", "its Shenzhen campus": between an owner's
 * pronoun and a site's noun, a name says where the site is (Cupertino was other). A body the lists
 * know outweighs it ("its Google offices" are rare).
 */
function isOwnersSite(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (first - 1 < sentenceFirst || !view.isLowerWord(first - 1) || !OWNERS_PRONOUNS.has(view.lower(first - 1))) return false;
  return end < sentenceEnd && view.isLowerWord(end) && SITE_NOUNS.has(view.lower(end));
}

/**
 * "Heard, a Roseburg Republican, resigned", "the Nashville Democrat said": between an article and a
 * party's member, a name says where the member is from (Roseburg, which no list holds, was other).
 */
function isPartyMembersHome(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (first - 1 < sentenceFirst || !view.isLowerWord(first - 1) || !ARTICLES.has(view.lower(first - 1))) return false;
  return end < sentenceEnd && view.isWord(end) && !view.isLowerWord(end) && PARTY_MEMBERS.has(view.lower(end));
}

/**
 * "Rachael Maskell, the MP for York Central", "the member for Richmond and Northallerton", "senator
 * for New South Wales": what a member of a parliament sits "for" is a seat, a place ("York Central"
 * was a person's name).
 */
function isRepresentedSeat(view: TokenView, first: number, sentenceFirst: number): boolean {
  if (first - 2 < sentenceFirst || view.lower(first - 1) !== 'for' || !view.isLowerWord(first - 1)) return false;
  return (SEAT_HOLDERS.has(view.lower(first - 2)) && (view.isLowerWord(first - 2) || view.isAllCaps(first - 2))) || isSeatAfterMembersChamber(view, first - 1);
}

/**
 * "Conservative MPs Nick Boles (Grantham & Stamford), Jonathan Djanogly (Huntingdon) and George
 * Freeman (Mid Norfolk) voted": a name in parentheses right after a name, in a sentence about members
 * of a parliament, is the member's seat, a place (they were a body, other and a person).
 */
function isSeatInParentheses(view: TokenView, first: number, end: number, sentenceFirst: number): boolean {
  if (first - 2 < sentenceFirst || !view.isChar(first - 1, '(') || !view.isChar(end, ')') || !view.isCapitalized(first - 2)) return false;
  for (let i = sentenceFirst; i < first - 2; i++) if (view.isWord(i) && MEMBERS_OF_PARLIAMENT.has(view.lower(i))) return true;
  return false;
}

/** A member's letters ("MP"; not "TD", a touchdown as often) or an executive's ("CEO", "CFO") as a title right before a name. */
function isPersonsLettersTitle(lower: string): boolean {
  return (MEMBERS_OF_PARLIAMENT.has(lower) && !lower.startsWith('td')) || EXECUTIVES_LETTERS.has(lower);
}

const EXECUTIVES_LETTERS = new Set(['ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo']);

/** Members of a parliament as news writes them: "MP", "MSPs", "MLA", "TD". */
const MEMBERS_OF_PARLIAMENT = new Set(['mp', 'mps', 'msp', 'msps', 'mla', 'mlas', 'mep', 'meps', 'mpp', 'mpps', 'td', 'tds']);

const SEAT_HOLDERS = new Set(['mp', 'mps', 'mep', 'msp', 'mla', 'mpp', 'member', 'senator', 'deputy', 'congressman', 'congresswoman', 'representative', 'candidate']);
const OWNERS_PRONOUNS = new Set(['its', 'their', 'our']);
const SITE_NOUNS = new Set(['headquarters', 'office', 'offices', 'campus', 'factory', 'factories', 'facility', 'facilities', 'plant', 'plants', 'warehouse', 'store', 'stores', 'site']);

/**
 * "lifted the trophy on Centre Court", "played on Court 2", "on Court Suzanne-Lenglen": a court named
 * right after "on", with no article, is where a match is played, a place (Centre Court was a body).
 * A court of law is sat on with its article ("a seat on the Supreme Court"), and "on High Court
 * orders" holds a noun after the name.
 */
function isPlayingCourt(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (first - 1 < sentenceFirst || view.lower(first - 1) !== 'on' || !view.isLowerWord(first - 1)) return false;
  if (end < sentenceEnd && view.isLowerWord(end) && !view.hasClass(end, WordClass.Stop)) return false;
  return (view.key(end - 1) === 'court' || view.key(first) === 'court') && view.isCapitalized(first) && end - first >= 2;
}

/** nameEvidenceFor's vectors by nameEvidenceKey: 39% of its calls on the 10k corpus were for a name met before. Emptied at 50,000 keys. */
const knownNameEvidence = new EvidenceMemo(50_000);

/** nameEvidenceFor of a name, in ownEvidence (copied out of the memo, never shared with it). */
function ownNameEvidence(view: TokenView, first: number, end: number): Evidence {
  const key = nameEvidenceKey(view, first, end);
  if (knownNameEvidence.copyInto(key, ownEvidence)) {
    if (nameEvidenceMemoCheck.enabled) checkMemoHit(view, first, end, ownEvidence.slice());
    return ownEvidence;
  }
  // The key's buffer is the next name's too: nameEvidenceFor reads words and lists, never another name's cues.
  nameEvidenceFor(view, first, end, ownEvidence.fill(0));
  knownNameEvidence.set(key, ownEvidence);
  return ownEvidence;
}

/**
 * All that nameEvidenceFor reads of the tokens: the name's text, each token's kind, flags and offset,
 * and what its rules read beside the name: a hyphen joined to either end (isHyphenedSurname), the
 * joins at both ends and whether the view goes on past it (adjacent, isJoiningEnDash of keyOf), "A/S"
 * closing a name of one or two tokens (isSlashedLegalFormEnd), a connector before a compass word
 * opening one (addHeadWordEvidence reads lastWord - 1), and two tokens before a numbered name a
 * maker's possessive or a release verb before "the" (isMakersPossession, followsReleaseVerb:
 * "Sarah's Pixel 9" was given "Google's Pixel 9"'s evidence, or the other way). The rules read the
 * fixed lists besides, nothing that an article changes.
 */
function nameEvidenceKey(view: TokenView, first: number, end: number): CodeKey {
  const start = view.start(first);
  const key = nameKeyCodes;
  key.length = 0;
  key.push(end - first);
  for (let i = first; i < end; i++) {
    key.push(view.kind(i) * 256 + view.tokens.flags[i]!);
    key.push(view.start(i) - start);
  }
  key.push(view.kind(first - 1) ?? 255);
  key.push(view.kind(end) ?? 255);
  key.push(Number(view.adjacent(first - 1)));
  key.push(Number(view.adjacent(end - 1)));
  key.push(Number(end < view.count));
  key.push(Number(COMPASS_CONNECTORS.has(view.lower(first - 1))));
  key.push(Number(isSlashedLegalFormEnd(view, end)));
  key.push(Number(isMakersPossession(view, first)));
  key.push(Number(followsReleaseVerb(view, first)));
  // The name's text as char codes too: the key holds no file's text, and no string is made for it.
  const text = view.text;
  for (let at = start, stop = view.end(end - 1); at < stop; at++) key.push(codeAt(text, at));
  return key;
}

/**
 * The memo's guard (nameEvidenceMemo.test.ts): while enabled, every hit is worked out again and a
 * name whose evidence differs is recorded. A rule of nameEvidenceFor that reads a token the key
 * does not hold makes it fail on the fixture corpora; extend nameEvidenceKey with what it reads.
 */
export const nameEvidenceMemoCheck = { enabled: false, hits: 0, mismatches: [] as string[] };

function checkMemoHit(view: TokenView, first: number, end: number, known: Evidence): void {
  nameEvidenceMemoCheck.hits++;
  const fresh = nameEvidenceFor(view, first, end);
  if (fresh.some((weight, i) => weight !== known[i])) nameEvidenceMemoCheck.mismatches.push(`${view.slice(first, end)} at ${view.start(first)}: ${[...known].join(',')} memo, ${[...fresh].join(',')} fresh`);
}

/** nameEvidenceKey's codes (the token count first, so that the text after them is told apart), one buffer reused. */
const nameKeyCodes = new CodeKey();

/**
 * 'best known for "The Nanny"', 'starred in "The Crown"': a work's title quoted whole with the "The"
 * that the name leaves out, after a preposition or a work's noun ("Nanny" was a person).
 */
function isWorkQuotedWithThe(view: TokenView, first: number, end: number, sentenceFirst: number): boolean {
  if (first < 2 || view.lower(first - 1) !== 'the' || !view.isCapitalized(first - 1) || !view.isChar(first - 2, OPEN_QUOTES)) return false;
  return closesQuote(view, end) && isWorkCueBefore(view, first - 2, sentenceFirst);
}

/** A Dutch place's particle in lower case between the name's first and last words: "Bergen op Zoom". */
function holdsDutchPlaceParticle(view: TokenView, first: number, end: number): boolean {
  for (let i = first + 1; i < end - 1; i++) if (view.isLowerWord(i) && DUTCH_PLACE_PARTICLES.has(view.lower(i))) return true;
  return false;
}

/** "The", "A" or "An" capitalised at token k. */
function isCapitalisedArticle(view: TokenView, k: number): boolean {
  return k >= 0 && view.isCapitalized(k) && ARTICLES.has(view.lower(k));
}

/** A closing quote at token k, or a comma or a period set inside it ('"Emilia Perez," a musical'). */
function closesQuote(view: TokenView, k: number): boolean {
  if (view.isChar(k, CLOSE_QUOTES)) return true;
  return view.isChar(k, ',.') && view.adjacent(k - 1) && view.adjacent(k) && view.isChar(k + 1, CLOSE_QUOTES);
}

/** The closing quote at token k, or after the comma or the full stop at k ('"Flesh," by'). */
function closingQuoteAfter(view: TokenView, k: number): number {
  return view.isChar(k, CLOSE_QUOTES) ? k : k + 1;
}

/**
 * 'won best actress for "Emilia Pérez"', 'starred in "Jackie Brown"', 'Demi Moore of "The
 * Substance"', 'the song "Billie Jean"': a name quoted whole after a preposition or a work's noun is
 * the work's title (they were people); one word is left to the rules of quoted words ("appeared in
 * 'Language'", a journal). The open quote is token k.
 */
function isWorkCueBefore(view: TokenView, k: number, sentenceFirst: number): boolean {
  if (k - 1 < sentenceFirst || !view.isLowerWord(k - 1) || !view.spaceBefore(k)) return false;
  const word = view.lower(k - 1);
  return QUOTED_WORK_PREPOSITIONS.has(word) || (WORK_NOUNS.has(word) && isDeterminedNoun(view, k - 1, sentenceFirst));
}

const QUOTED_WORK_PREPOSITIONS = new Set(['for', 'in', 'of', 'from']);

/**
 * 'The series "Startup" returns', 'the podcast "Downside"': a work's noun after its determiner right
 * before the open quote at token k makes one quoted word a title too ("Startup", a listed surname,
 * was a person).
 */
function isWorkNounBefore(view: TokenView, k: number, sentenceFirst: number): boolean {
  return k - 1 >= sentenceFirst && view.isLowerWord(k - 1) && view.spaceBefore(k) && WORK_NOUNS.has(view.lower(k - 1)) && isDeterminedNoun(view, k - 1, sentenceFirst);
}

/**
 * 'Larraín also produced "Jackie"', 'the Pulitzer went to Everett for "James,"', 'starred in
 * "Matilda"': a given name alone, quoted whole after a verb of making a work, a work's noun, "for"
 * or "in", is the work's title (each was a person). Not after "of": 'the case of "Maria"' is a
 * source named so; nor a nickname given ('known as "Queenie"').
 */
function isGivenNameAsWorksTitle(view: TokenView, first: number, end: number, openQuote: number, sentenceFirst: number): boolean {
  // "\"Rock 'n' Roll Star\"": the quote closing the name follows it at once, else it is another's.
  if (end - first !== 1 || !view.adjacent(first) || !isGivenName(view.lower(first), true) || openQuote - 1 < sentenceFirst || !view.isLowerWord(openQuote - 1) || !view.spaceBefore(openQuote)) return false;
  const word = view.lower(openQuote - 1);
  if (word === 'for' || word === 'in') return true;
  return WORK_MAKING_VERBS.has(word) || (WORK_NOUNS.has(word) && isDeterminedNoun(view, openQuote - 1, sentenceFirst));
}

const WORK_MAKING_VERBS = new Set(['directed', 'produced', 'wrote', 'written', 'filmed', 'staged', 'adapted', 'recorded', 'released', 'published', 'co-wrote', 'starred', 'narrated', 'remade']);

/** A possessive ends right before token k: "Nolan's" before the quote of 'Nolan's "Oppenheimer"'. */
/**
 * 'Universal's "Wicked"', 'Paramount's "Gladiator II"', 'Penguin's "Intermezzo"': one capitalised
 * dictionary word whose possessive opens a quoted title is the work's studio or publisher (each was
 * dropped as a capitalised word), opening its sentence too. No surname nor given name: 'Stone's "Poor Things"' is Emma Stone's.
 */
export function isStudioBeforeTitle(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1 || view.kind(end) !== TokenKind.Possessive || !view.isChar(end + 1, OPEN_QUOTES) || !view.isCapitalized(end + 2)) return false;
  const lower = view.lower(first);
  return view.hasClass(first, WordClass.Common) && !view.isAllCaps(first) && !isListedSurname(lower) && !isGivenName(lower, true);
}

/**
 * "Alonso told Sky Sport.", "the minister told Morning Edition.": two capitalised dictionary words or
 * more after "told", closing the sentence, are the outlet a quote was given to (each was dropped as
 * capitalised words). Not a given name before a common surname: "she told Will Green." is a person.
 */
function isOutletToldAtClose(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  if (end - first < 2 || first === 0 || view.lower(first - 1) !== 'told' || !view.isLowerWord(first - 1)) return false;
  if (end < sentenceEnd && !(view.isChar(end, '.') && end + 1 >= sentenceEnd)) return false;
  for (let i = first; i < end; i++) if (!view.isWord(i) || !view.isCapitalized(i) || view.isAllCaps(i) || !view.hasClass(i, WordClass.Common)) return false;
  // "Sky" is a given name and "Sport" a surname of the lists, but no common one: "Green" is.
  return !(isGivenName(view.lower(first), true) && isFrequentSurname(view.lower(end - 1)));
}

function isPossessiveBefore(view: TokenView, k: number): boolean {
  return k >= 1 && view.kind(k - 1) === TokenKind.Possessive && view.spaceBefore(k);
}

/** "Elders' Forum": a plural's bare apostrophe, which the tokenizer keeps apart from "'s". */
function isPluralPossessiveBefore(view: TokenView, k: number): boolean {
  return k >= 2 && view.kind(k - 1) === TokenKind.Apostrophe && view.adjacent(k - 2) && view.spaceBefore(k) && view.lower(k - 2).endsWith('s');
}

/** What the words of a name say it is: "Coast Guard Administration", "JS Akizuki", "Hong Tai 58", "Sue Atkins". Added to `evidence`. */
export function nameEvidenceFor(view: TokenView, first: number, nameEnd: number, evidence: Evidence = newEvidence()): Evidence {
  // "Richard T. Bissen Jr.": only a person's name has a generation; the words before it say the rest.
  const name = nameWordsOf(view, first, withoutGenerationSuffix(view, first, nameEnd));
  if (name.end < nameEnd) addEvidence(evidence, 'person', WEIGHT.generationSuffix);
  // "the Kurds", "Palestinians": a people in the plural names people (see refineRun).
  if (name.length === 1 && namesAPeople(name.firstLower)) addEvidence(evidence, 'person', WEIGHT.headWord);
  addHeadWordEvidence(view, name, evidence);
  addBodyShapeEvidence(view, name, evidence);
  addPlaceShapeEvidence(view, name, evidence);
  addRulerOrForenameEvidence(view, name, evidence);
  addBodyWordEvidence(view, name, evidence);
  if (isArticleAndOneWord(view, name)) addEvidence(evidence, 'organization', WEIGHT.weakHeadWord);
  else addPersonShapeEvidence(view, name, evidence);
  if (name.length === 1 && isLowerOpenedBrand(view.raw(first))) addEvidence(evidence, view.raw(first).startsWith('i') ? 'product' : 'organization', WEIGHT.weakHeadWord);
  return evidence;
}

/**
 * "according to El Tiempo", "the daily La Jornada", "O Globo reported", "Der Spiegel": a Spanish,
 * Portuguese, Italian or German article and one capitalised word no list knows is a newspaper's, a
 * party's or a band's name, no person's (the three were persons by their shape). Not a surname's
 * particle: French "Le" ("Le Pen") and "La" before a listed surname ("La Russa"), nor a given name
 * ("La Toya"); a place the lists know keeps its type ("El Paso").
 */
function isArticleAndOneWord(view: TokenView, name: NameWords): boolean {
  const { first, length, firstLower } = name;
  if (length !== 2 || !ARTICLES_OPENING_NO_SURNAME.has(firstLower) || !view.spaceBefore(first + 1)) return false;
  if (!view.isCapitalized(first) || view.isAllCaps(first + 1) || !view.isCapitalized(first + 1) || view.kind(first + 1) !== TokenKind.Word) return false;
  const word = view.key(first + 1);
  if (isGivenName(word) || (firstLower === 'la' && isListedSurname(word))) return false;
  return !gazetteer().byKey.has(`${firstLower} ${word}`) && !isCity(`${firstLower} ${word}`);
}

const ARTICLES_OPENING_NO_SURNAME = new Set(['el', 'la', 'il', 'o', 'der', 'die', 'das']);

/**
 * "investors in xAI", "a lawyer for eBay", "the iPhone": a word opened by lower-case letters before
 * its capitals (the tokenizer's brand shape) is a company's name, or with Apple's "i" a device's; it
 * was a place by "in" or other with nothing to say.
 */
function isLowerOpenedBrand(raw: string): boolean {
  return /^\p{Ll}{1,4}\p{Lu}/u.test(raw);
}

/** A name's words as nameEvidenceFor's rules read them. */
interface NameWords {
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

function nameWordsOf(view: TokenView, first: number, end: number): NameWords {
  const length = end - first;
  const firstLower = view.key(first);
  let lastWord = end - 1;
  // "Super Bowl LIX" (a body): an edition's numeral in capitals too.
  while (lastWord > first && (view.kind(lastWord) === TokenKind.Number || view.kind(lastWord) === TokenKind.Period || isEditionNumeral(view, lastWord))) lastWord--;
  // "the U.S. Consulate General", "the Directorate General": "General" after a body's head word (it was other).
  if (lastWord - 1 >= first && view.key(lastWord) === 'general' && HEAD_WORDS.get(view.key(lastWord - 1)) === 'organization') lastWord--;
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

const DECORATION_COLOURS = new Set(['bronze', 'silver', 'gold', 'purple']);
const DECORATION_SHAPES = new Set(['star', 'heart']);

/** A vessel's prefix as navies write it: in capitals, or with one small letter inside ("HNoMS Roald Amundsen" was a person). */
function isWrittenAsPrefix(raw: string): boolean {
  return /^[A-Z]+$/.test(raw) || /^[A-Z]{2,}[a-z][A-Z]+$/.test(raw);
}

/**
 * "the Coast Guard Cutter Munro", "Coast Guard Cutter Blackfin": a vessel's kind, capitalised inside
 * the name, right before its one-word name (they were a body and other; "Coast Guard" is its
 * service, and "Cutter" no body's head).
 */
function isVesselKindBeforeItsName(view: TokenView, first: number, lastWord: number): boolean {
  const kind = lastWord - 1;
  return kind > first && VESSEL_KINDS.has(view.lower(kind)) && view.isCapitalized(kind) && view.isCapitalized(lastWord) && !HEAD_WORDS.has(view.lower(lastWord)) && !view.isAllCaps(kind);
}

const VESSEL_KINDS = new Set(['cutter', 'frigate', 'destroyer', 'corvette', 'submarine', 'icebreaker']);

/**
 * "High-speed craft Flying Dolphin Erato (IMO 8861448)", "RoRo Dada Star (IMO 7501613)": a ship's
 * registry number in brackets right after a name makes it a vessel (they were other).
 */
function isImoNumberAfter(view: TokenView, end: number): boolean {
  return view.isChar(end, '(') && view.lower(end + 1) === 'imo' && /^\d{7}$/.test(view.raw(end + 2)) && view.isChar(end + 3, ')');
}

/** What the head word, a vessel's prefix, an event's opening and other closing words say. */
function addHeadWordEvidence(view: TokenView, name: NameWords, evidence: Evidence): void {
  const { first, end, length, firstLower, lastWord, lastLower, head, event } = name;
  if (length >= 2 && VESSEL_PREFIXES.has(firstLower) && isWrittenAsPrefix(view.raw(first))) addEvidence(evidence, 'vessel', WEIGHT.vesselPrefix);
  if (length >= 3 && isVesselKindBeforeItsName(view, first, lastWord)) addEvidence(evidence, 'vessel', WEIGHT.vesselPrefix);
  if (isImoNumberAfter(view, end)) addEvidence(evidence, 'vessel', WEIGHT.vesselPrefix);
  // "Keen Shoal 2026, a joint exercise": a year closing a name says no place, which has none.
  const datedPlace = head === 'place' && lastWord < end - 1 && /^(?:19|20)\d\d$/.test(view.raw(end - 1));
  const weakHead = lastLower === 'ocean' || (head === 'place' && isForenameAndSurnameHead(view, first, end, lastWord));
  const companysOcean = isCompanysOcean(view, first, lastWord, lastLower);
  // "the Northern Elders' Forum has disassociated itself", "the PDP Governors' Forum": a forum of its
  // members, named in the possessive, is their body; the meeting is "the World Economic Forum" (both were events).
  const membersForum = lastLower === 'forum' && (isPossessiveBefore(view, lastWord) || isPluralPossessiveBefore(view, lastWord));
  if (membersForum) addEvidence(evidence, 'organization', WEIGHT.headWord);
  else if (head && !datedPlace && (length >= 2 || !CLOSING_ONLY_HEADS.has(lastLower)) && !companysOcean) addEvidence(evidence, head, weakHead ? WEIGHT.weakHeadWord : WEIGHT.headWord);
  if (companysOcean) addEvidence(evidence, 'organization', WEIGHT.weakHeadWord);
  if (length >= 2 && ORDINAL_UNIT_HEADS.has(lastLower) && ORDINAL_FIGURES.test(view.raw(first))) addEvidence(evidence, 'organization', WEIGHT.headWord);
  if (event && !membersForum) addEvidence(evidence, 'event', WEIGHT.headWord);
  // "the Bronze Star", "a Purple Heart": a medal's metal or colour before "Star" or "Heart" names a
  // decoration (a person and nothing; no honour's head alone: "for Outstanding Guest Star").
  if (length === 2 && DECORATION_COLOURS.has(firstLower) && DECORATION_SHAPES.has(lastLower)) addEvidence(evidence, 'other', WEIGHT.headWord);
  // "Leaders met at COP30", "the COP29 deal": the UN's climate conference by its number (they were bodies).
  if (length === 1 && CLIMATE_CONFERENCE.test(view.raw(first))) addEvidence(evidence, 'event', WEIGHT.headWord);
  if (length >= 2 && hasForeignHead(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  if (length >= 3 && !head && holdsCapitalisedPreposition(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.weakHeadWord);
  // "AFC Bournemouth", "FC Porto": a club's abbreviation; not before an event's head ("the AFC Championship Game" was a body).
  if (length >= 2 && head !== 'event' && !event && (isClubAbbreviation(view, first) || isClubAbbreviation(view, lastWord))) addEvidence(evidence, 'organization', WEIGHT.headWord);
  // "Mato Grosso do Sul", "Santa Cruz del Norte": a compass word of the place's own language closes a
  // place's name, with its connector or without ("Camarines Sur" and "Ilocos Norte" were persons),
  // though not after a given name ("Marie Nord").
  const closedByCompass = COMPASS_CONNECTORS.has(view.lower(lastWord - 1)) || (view.spaceBefore(lastWord) && view.isCapitalized(lastWord) && !view.isAllCaps(lastWord) && !isGivenName(firstLower));
  if (length >= 2 && FOREIGN_COMPASS.has(lastLower) && closedByCompass) {
    addEvidence(evidence, 'place', WEIGHT.headWord);
  }
  // "Sheffield South East": a constituency (a person's by "Sheffield", a given name too).
  if (length >= 2 && COMPASS.has(lastLower) && isPlaceAndCompassPoints(view.keyOf(first, end))) addEvidence(evidence, 'place', WEIGHT.headWord);
  // "Stade de France", "Estadio Azteca": named after a country or a person, but a place.
  if (length >= 2 && LEGAL_PREFIXES.has(firstLower) && view.isAllCaps(first)) addEvidence(evidence, 'organization', WEIGHT.headWord);
}

/** A road's head words, which a compass word may follow in its name ("Yonge Street North", "Pennsylvania Avenue Northwest"). */
const ROAD_HEADS = new Set(['street', 'avenue', 'road', 'boulevard', 'drive', 'lane', 'way', 'highway', 'parkway', 'st', 'ave', 'rd', 'blvd']);

/**
 * "clinics in South Kivu", "floods in East Nusa Tenggara": a compass word opening a name whose other
 * words no dictionary or name list holds, or a town, names a region (both were other; "East Prussia" and
 * "East Cleveland" too). Weakly: "West Brom beat
 * Leeds" is a club, and a match's cue outweighs it; "West Ham" holds a dictionary word.
 */
function opensRegionByCompass(view: TokenView, first: number, end: number, firstLower: string): boolean {
  // Not a people's word: "a North American series", "North Korean troops".
  if (!COMPASS.has(firstLower) || !view.isCapitalized(first) || view.isAllCaps(first) || gazetteer().demonyms.has(view.key(end - 1))) return false;
  // "grew up in East Cleveland", "West Berlin": a town the lists know, though a surname too ("Cleveland").
  return first + 1 < end && (holdsNoWordOfAPersonsName(view, first + 1, end) || isCity(view.keyOf(first + 1, end)));
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
 * "ordered four tankers from South Korea's Hanwha Ocean", "Hanwha Ocean shares rose": "Ocean" after one
 * word no dictionary holds, no list's place or compass word, names a company, no ocean (it was a place);
 * "the Indian Ocean", "the Southern Ocean" and "the Pacific Ocean" are the lists' or the dictionary's.
 */
function isCompanysOcean(view: TokenView, first: number, lastWord: number, lastLower: string): boolean {
  if (lastLower !== 'ocean' || lastWord !== first + 1) return false;
  const word = view.lower(first);
  return !isCommonWord(word) && !isKnownPlace(view.key(first)) && !gazetteer().demonyms.has(view.key(first)) && !gazetteer().byKey.has(view.keyOf(first, lastWord + 1));
}

/** A maker's model, a known body's unit, a team, a place's opening word, a group's plural. */
function addBodyShapeEvidence(view: TokenView, name: NameWords, evidence: Evidence): void {
  const { first, end, length, firstLower, lastWord, head, event, makersModel } = name;
  if (makersModel) addEvidence(evidence, 'product', WEIGHT.headWord);
  else if (isCodedFlight(view, first, end)) addEvidence(evidence, 'vessel', WEIGHT.headWord);
  else if (length >= 2 && !head && opensWithKnownBody(view, first, end, firstLower)) addEvidence(evidence, 'organization', WEIGHT.headWord);
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
function addPlaceShapeEvidence(view: TokenView, name: NameWords, evidence: Evidence): void {
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
  if (length === 1 && namesPlacesSharingAName(firstLower)) addEvidence(evidence, 'place', WEIGHT.gazetteer);
  if (lastLower === 'system' || lastLower === 'systems') addEvidence(evidence, isServiceSystem(view, name) ? 'organization' : 'product', WEIGHT.headWord);
  // "Formica fusca": a genus and its species epithet name a living thing, no person.
  if (length === 2 && isSpeciesEpithetAt(view, first + 1)) addEvidence(evidence, 'other', WEIGHT.headWord);
}

/**
 * "Memorial Hermann Health System", "San Antonio Water System", "California State Teachers'
 * Retirement System": a public service's field before "System" names the body that runs it (they
 * were products, as "Aegis Combat System" and "Global Positioning System" are).
 */
function isServiceSystem(view: TokenView, name: NameWords): boolean {
  return name.lastWord > name.first && SERVICE_SYSTEM_FIELDS.has(view.lower(name.lastWord - 1));
}

const SERVICE_SYSTEM_FIELDS = new Set(['health', 'healthcare', 'hospital', 'medical', 'water', 'retirement', 'pension', 'school', 'schools', 'library', 'transit', 'university', 'college', 'court', 'prison', 'prisons', 'reserve']);

/** A forename, a ruler's or a peer's title, initials, a regnal numeral: a person's. */
function addRulerOrForenameEvidence(view: TokenView, name: NameWords, evidence: Evidence): void {
  const { first, end, length, firstLower, lastWord, head, event } = name;
  // "Min Lian Yu 6038" is a boat, "Audi A3" a car: a name closed by a serial number or a model's code is
  // no person's, whatever its first word. Not before a head word: "Evin Prison", "Grace Hospital" are no one's.
  // Nor a team's: "Red Sox" opens with a given name.
  if (length >= 2 && !head && !event && !isCityNotPersonsName(view, first, end, lastWord) && !isNumberedFlight(view, first, end) && opensWithForename(view, first, end, firstLower) && !isTeamName(view, first, lastWord)) addEvidence(evidence, 'person', WEIGHT.givenName);
  // "Empress Jingū", "Tsar Peter the Great", "Lord Diplock": a ruler's or a peer's title kept in the
  // name makes it a person's; not before a head word: "Emperor Norton Bridge", "King Fahd Causeway",
  // "Lady Margaret Hall" are named after one; nor before a number, as a ship's name is: "Queen Mary 2"
  // (a ruler's is a numeral, "Henry VIII").
  // A title that is a given name too is a title only before a given name: "Kaiser Wilhelm", not "Kaiser Permanente".
  const titleOfName = !isGivenName(firstLower) || isGivenName(view.key(first + 1));
  if (length >= 2 && (REGNAL_TITLES.has(firstLower) || PEERAGE_TITLES.has(firstLower)) && titleOfName && !head && !isPossessor(view, first + 1) && !view.hasDigit(end - 1)) addEvidence(evidence, 'person', WEIGHT.title);
  // "Sheikh Hasina": an honorific kept as a name's first word says person as a forename does; a place's
  // noun after it outweighs it ("Aleppo's Sheikh Maqsoud district").
  if (length >= 2 && NAME_HONORIFICS.has(firstLower) && !head && !event) addEvidence(evidence, 'person', WEIGHT.givenName);
  // "W. W. Rouse Ball", "R. T. Ponce": initials before a name are a person's.
  // Not before a head word: "the D. Y. Patil Stadium" is named after one.
  if (opensWithInitials(view, first, end) && (!head || head === 'person')) addEvidence(evidence, 'person', WEIGHT.givenName);
  if (isRulerWithNumeral(view, first, end) || isSonsNumeralAfterFullName(view, name)) addEvidence(evidence, 'person', WEIGHT.givenName);
}

/**
 * "Martin Luther King III", "Hubert Bleakley II": a given name, more names and a son's numeral are a
 * person's (the first was "III" alone, the title "King" cut off before it). Not before a head word:
 * "Henry Ford Hospital II".
 */
function isSonsNumeralAfterFullName(view: TokenView, name: NameWords): boolean {
  const { end, length, firstLower, head, event } = name;
  return length >= 3 && !event && (!head || head === 'person') && isGivenName(firstLower, true) && view.spaceBefore(end - 1) && SONS_NUMERALS.has(view.raw(end - 1));
}

const SONS_NUMERALS = new Set(['II', 'III', 'IV']);

/** A cause's group, a law in another language, a company's coined word, an acronym closing the name, a branch, a web address. */
function addBodyWordEvidence(view: TokenView, name: NameWords, evidence: Evidence): void {
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
  // "worked 20-plus years at AT&T", "shares in P&G": a firm's letters joined by an ampersand (AT&T was a place by "at").
  else if (areLettersJoinedByAmpersand(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.title);
  if (length >= 2 && FOREIGN_NATIONAL_OPENERS.has(firstLower)) addEvidence(evidence, 'organization', WEIGHT.headWord);
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

/** A case party, a lone given name or surname, a product's code, a person's shape; the gazetteer last, and a word and a surname when nothing else spoke. */
function addPersonShapeEvidence(view: TokenView, name: NameWords, evidence: Evidence): void {
  const { first, end, length, firstLower, lastWord, event } = name;
  // "Petitioner argues", "the Respondent": a party's role in a case, capitalised as a name, is a person's.
  if (length === 1 && CASE_PARTY_ROLES.has(firstLower)) addEvidence(evidence, 'person', WEIGHT.caseParty);
  // "Rebecca called me": a given name alone is someone's, unless the city list or a preposition says otherwise.
  if (length === 1 && isGivenName(firstLower) && !view.isAllCaps(first) && !isCity(firstLower)) addEvidence(evidence, 'person', WEIGHT.loneGivenName);
  if (isProductCode(view, first, end)) addEvidence(evidence, 'product', WEIGHT.productShape);
  if (!event && looksLikePersonName(view, first, end, firstLower)) addEvidence(evidence, 'person', WEIGHT.personShape);
  if (length === 1 && view.isCapitalized(first) && !view.isAllCaps(first) && (isSurname(firstLower) || (hasSurnameSuffix(firstLower) && !isCamelCase(view, first))) && !isCity(firstLower)) {
    addEvidence(evidence, 'person', WEIGHT.surname);
  }
  if (length >= 2 && !isGivenName(firstLower) && closesWithSurnameAfterForename(view, first, lastWord)) addEvidence(evidence, 'person', WEIGHT.givenName);
  if (isSurnameAndHyphenedSyllables(view, first, end)) addEvidence(evidence, 'person', WEIGHT.givenName);
  const known = gazetteer().byKey.get(view.key(first));
  if (length === 1 && known) addEvidence(evidence, known.type, WEIGHT.gazetteer);
  // "Pep Guardiola's team are third": a name that says nothing else, of a word and a census surname, is a person's.
  if (length === 2 && !known && isWordBeforeSurname(view, first) && saysNothing(evidence)) addEvidence(evidence, 'person', WEIGHT.personShape);
}

/**
 * A capitalised dictionary word, no head's, landform's, compass point's or particle's, then a surname
 * of the census that is no word: "Pep Guardiola", "Magic Johnson" ("Fort Bragg" opens with a landform's word).
 */
function isWordBeforeSurname(view: TokenView, first: number): boolean {
  if (!view.isCapitalized(first) || view.isAllCaps(first) || !view.spaceBefore(first + 1) || !view.isCapitalized(first + 1) || view.isAllCaps(first + 1)) return false;
  const word = view.key(first);
  if (!isCommonWord(word) || HEAD_WORDS.has(word) || LANDFORM_OPENERS.has(word) || COMPASS.has(word) || NAME_PARTICLES.has(word)) return false;
  return isSurname(view.key(first + 1));
}

/**
 * "Park Geun-hye", "Moon Jae-in", "Lai Ching-te": a listed surname, then a given name of two
 * syllables joined by a hyphen, the second in lower case, is a Korean or Chinese person's name
 * ("Park", "Moon" and "Lee" are words, so nothing said person and the three were other). Not
 * "New Year-end" (no syllable "year") nor "Ras El-Hekma" (a capital after the hyphen).
 */
function isSurnameAndHyphenedSyllables(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 4 || view.kind(first + 2) !== TokenKind.Hyphen || !view.adjacent(first + 1) || !view.adjacent(first + 2)) return false;
  if (!view.isCapitalized(first) || view.isAllCaps(first) || !isListedSurname(view.lower(first)) || view.length(first) > 6) return false;
  if (!view.isCapitalized(first + 1) || view.isAllCaps(first + 1) || !view.isLowerWord(first + 3)) return false;
  return ROMANISED_SYLLABLE.test(view.lower(first + 1)) && ROMANISED_SYLLABLE.test(view.lower(first + 3));
}

/** One syllable as Korean and Chinese names are romanised: "geun", "hye", "jae", "in", "chung", "wha", "shek". */
const ROMANISED_SYLLABLE = /^[b-df-hj-np-tv-z]{0,2}[aeiouwy]{1,3}(?:ng|n|m|l|k|p|t)?$/;

/** A given name opens the name, or a word reads as one before a surname ("Yoav Gallant", "Rob Ford"). */
function opensWithForename(view: TokenView, first: number, end: number, firstLower: string): boolean {
  // "Deutsche Bahn said": a country's adjective in its own language opens a body's name (it was a person by "Bahn").
  if (FOREIGN_NATIONAL_OPENERS.has(firstLower)) return false;
  // "the Saudi-backed LIV Golf tour" (a person: "Liv"): a word in capitals is letters, no given name.
  if (isGivenName(firstLower)) return !isHyphenedToNonName(view, first) && !view.hasDigit(end - 1) && !view.isAllCaps(first);
  if (end - first !== 2) return false;
  // "He played Clay Miller", "Rusty Baker said": a given name and one of the census's most frequent
  // surnames, though both are words ("the Red Wedding" is no one: "Wedding" is a rarer surname).
  const frequentSurname = isWordSurname(view, first + 1) && isFrequentSurname(view.lower(first + 1));
  return (isWordGivenName(firstLower) && (isUnlistedWord(view, first + 1) || frequentSurname)) || (isUnlistedWord(view, first) && isWordSurname(view, first + 1)) || isHypocoristicBeforeSurname(view, first);
}

/**
 * "Al Ahly won a record 12th title", "Al Hilal signed him", "Al Mayadeen reported": "Al" before a
 * word no name list holds is the Arabic article of a club's, a channel's or a group's name, not the
 * given name of "Al Gore" or "Al Sharpton" (surnames the lists hold).
 */
function opensWithArabicArticle(view: TokenView, first: number, end: number): boolean {
  if (!view.isText(first, 'Al') || first + 1 >= end || !view.spaceBefore(first + 1) || view.kind(first + 1) !== TokenKind.Word) return false;
  const next = view.lower(first + 1);
  return !isListedSurname(next) && !isSurname(next) && !isGivenName(next, true) && !isCommonWord(next);
}

/**
 * "She lives in Des Moines": a city of the list whose last word no name list holds is no one's
 * name, though its first word is a given name ("Des"). "Warner Robins" may be either. Nor is one
 * holding a lower-case word that no person's name holds ("Dar es Salaam"; "Rio de Janeiro" holds a particle).
 */
function isCityNotPersonsName(view: TokenView, first: number, end: number, lastWord: number): boolean {
  const last = view.lower(lastWord);
  if (!isCity(view.keyOf(first, end))) return false;
  // "Santiago de Cuba", "Santiago de Chile": a city of the list closed by a country's name (a census surname too).
  return (!isSurname(last) && !isGivenName(last, true)) || holdsNonParticleWord(view, first, lastWord) || gazetteer().byKey.get(view.key(lastWord))?.type === 'place';
}

/** A lower-case word between first and lastWord that is no particle of a person's name: the "es" of "Dar es Salaam". */
function holdsNonParticleWord(view: TokenView, first: number, lastWord: number): boolean {
  for (let i = first + 1; i < lastWord; i++) if (view.isLowerWord(i) && !view.hasClass(i, WordClass.NameParticle)) return true;
  return false;
}

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

/**
 * "UC Berkeley", "UC Irvine researcher Nomvula Dlamini", "UT Austin": a university's initials, "U"
 * and one or two capitals, before a city or a town name its campus (they were places, other or a person).
 * "US Virgin Islands" and "UK Parliament" open with a country the lists know.
 */
function isCampusInitials(view: TokenView, first: number, end: number): boolean {
  if (end - first < 2 || view.kind(first) !== TokenKind.Word || !CAMPUS_INITIALS.test(view.raw(first)) || gazetteer().byKey.has(view.key(first))) return false;
  return isCity(view.keyOf(first + 1, end)) || namesUnlistedTown(view, first + 1, end);
}

/**
 * "UC Davis", "UC Santa Barbara": towns the city lists miss (under 100,000 people), capitalised words no
 * dictionary holds after the campus's initials (both were persons, "Davis" a surname).
 */
function namesUnlistedTown(view: TokenView, first: number, end: number): boolean {
  if (end - first > 2) return false;
  for (let i = first; i < end; i++) if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i) || isCommonWord(view.lower(i))) return false;
  return true;
}

const CAMPUS_INITIALS = /^U[A-Z]{1,2}$/;

const SPORTS = new Set([
  'tennis', 'cricket', 'hockey', 'rugby', 'football', 'soccer', 'athletics', 'swimming', 'cycling', 'golf', 'netball', 'basketball',
  'volleyball', 'rowing', 'sailing', 'gymnastics', 'triathlon', 'skiing', 'boxing', 'badminton', 'squash', 'baseball', 'softball', 'judo',
]);

const SERVICE_DISTRICT_WORDS = new Set(['school', 'schools', 'transit', 'water', 'utility', 'sanitation', 'sewer', 'sewerage', 'fire', 'hospital', 'irrigation', 'library', 'conservation', 'health']);

/**
 * "the album Love & Hyperbole", "her fourth album, Love & Hyperbole,", "the film Marley & Me": a work's
 * noun right before a title holding a spaced "&" outweighs the firm's shape the "&" gives
 * (addFirmOrRegionShapeEvidence: it was an organization); "the band Mumford & Sons" names no work.
 */
function worksAmpersandWeight(view: TokenView, first: number, end: number, noun: string): number {
  return WORK_NOUNS.has(noun) && joinsWithAmpersand(view, first, end) ? WEIGHT.title : 0;
}

/** "AT&T", "H&M", "B&Q": capitals of three letters at most each side of an "&" written without spaces. */
function areLettersJoinedByAmpersand(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 3 || !view.isChar(first + 1, '&') || !view.adjacent(first) || !view.adjacent(first + 1)) return false;
  return isCapitalLetters(view, first) && isCapitalLetters(view, first + 2);
}

function isCapitalLetters(view: TokenView, i: number): boolean {
  return view.kind(i) === TokenKind.Word && view.length(i) <= 3 && (view.isAllCaps(i) || (view.length(i) === 1 && view.isCapitalized(i)));
}

/** A spaced "&" between two capitalised words inside tokens [first, end): "Johnson & Johnson", not "AT&T". */
function joinsWithAmpersand(view: TokenView, first: number, end: number): boolean {
  for (let i = first + 1; i < end - 1; i++) if (view.isChar(i, '&') && view.spaceBefore(i) && view.spaceBefore(i + 1)) return true;
  return false;
}

/** Every word of [first, last) is a dictionary word or a nationality ("East Asian Studies"). */
function allCommonBefore(view: TokenView, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (view.isWord(i) && !view.hasClass(i, WordClass.Common) && !gazetteer().demonyms.has(view.key(i))) return false;
  return true;
}

/**
 * "Asia-Pacific Economic Cooperation", "Georgia-Pacific": a given name hyphened to a word that is
 * no given name is a place's or a brand's word; "Jean-Pierre" and "Anne-Marie" are given names.
 */
function isHyphenedToNonName(view: TokenView, first: number): boolean {
  return view.kind(first + 1) === TokenKind.Hyphen && view.adjacent(first) && view.adjacent(first + 1) && view.isWord(first + 2) && !isGivenName(view.key(first + 2), true);
}

/**
 * "Victor Wembanyama", "Hope Hicks": after a given name that is a dictionary word too, a capitalised
 * word that no list holds (no dictionary word, head word, city or gazetteer name) is a surname.
 * Not "Victor Hugo Street" (three words) or "Grace Cathedral" (a head word).
 */
function isUnlistedWord(view: TokenView, i: number): boolean {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i) || view.hasDigit(i)) return false;
  const key = view.key(i);
  return !isCommonWord(key) && !HEAD_WORDS.has(key) && !isCity(key) && !gazetteer().byKey.has(key) && !gazetteer().demonyms.has(key);
}

/**
 * "Yoav Gallant", "Mateusz Young": after a word that no list holds, a surname that is a dictionary
 * word too closes a person's name. Not a title ("Nkosi King") or a place's word ("Nariman Point").
 */
function isWordSurname(view: TokenView, i: number): boolean {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i) || !view.spaceBefore(i)) return false;
  const key = view.lower(i);
  return isCommonWord(key) && isListedSurname(key) && !TITLE_WORDS.has(key) && !REGNAL_TITLES.has(key) && !PEERAGE_TITLES.has(key) && !PLACE_WORDS.has(key) && !HEAD_WORDS.has(key);
}

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
 * "Rob Ford", "Bill Gates", "Sue Gray": a short form of a given name, then a surname the census
 * lists, though both are dictionary words too ("Will Power" is taken for a person). Not a title or a
 * head word after it ("Bill Street" is a street).
 */
function isHypocoristicBeforeSurname(view: TokenView, first: number): boolean {
  const surname = first + 1;
  if (!NICKNAMES.has(view.lower(first)) || view.kind(surname) !== TokenKind.Word || !view.isCapitalized(surname) || view.isAllCaps(surname) || !view.spaceBefore(surname)) return false;
  const key = view.lower(surname);
  return isListedSurname(key) && !TITLE_WORDS.has(key) && !HEAD_WORDS.has(key);
}

/** A given name that is a dictionary word too ("Victor", "Hope"); not a particle ("El Fasher") or a compass word ("North American"). */
function isWordGivenName(key: string): boolean {
  return isGivenName(key, true) && !NAME_PARTICLES.has(key) && !COMPASS.has(key);
}

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


/** People named by their work in the plural, before "at" and where they work. */
// "an associate professor at UMD", "a lecturer at LSE" (both places): a university's staff and students.
const STAFF_PLURALS = new Set(['analysts', 'economists', 'strategists', 'researchers', 'scientists', 'engineers', 'executives', 'lawyers', 'bankers', 'traders', 'employees', 'doctors', 'managers',
  'professors', 'lecturers', 'academics', 'scholars', 'fellows', 'physicians', 'surgeons', 'physicists', 'chemists', 'biologists', 'statisticians']);

/**
 * "analysts at", "researchers at the", "executives from" or "an analyst for" ends at token `before`, just before a name; one of them too:
 * "Lindsey Bell, chief strategist at Clearnomics" and "Dan Ives, an analyst at Wedbush" made places.
 */
function worksAt(view: TokenView, before: number, sentenceFirst: number, first: number, end: number): boolean {
  const at = view.lower(before) === 'the' ? before - 1 : before;
  if (at - 1 < sentenceFirst || !view.isLowerWord(at)) return false;
  const staff = view.lower(at - 1);
  // "Jeff Bolton, an analyst for Comscore" (other): an analyst's employer; a lawyer's or an adviser's "for" is a client.
  if (view.lower(at) === 'for') return ANALYSTS_FOR.has(staff) && !isKnownPlace(view.keyOf(first, end));
  if (view.lower(at) !== 'at' && view.lower(at) !== 'from') return false;
  // "questioned executives from Arconic" (a place by "from"); "doctors from Gaza" come from a place the lists know.
  if (view.lower(at) === 'from') return STAFF_PLURALS.has(staff) && !isKnownPlace(view.keyOf(first, end));
  // "a doctor at Kandahar": one may work in a town the lists know.
  if (STAFF_PLURALS.has(staff)) return true;
  // "we at Goal wanted to show you", "all of us at Halvard": a house speaking of itself (Goal was a person).
  if (staff === 'we' || staff === 'us') return !isKnownPlace(view.keyOf(first, end));
  // "an epidemiologist at Imperial", "a psychiatrist at Bellevue": an occupation by its ending is staff too.
  return (STAFF_PLURALS.has(`${staff}s`) || isOccupationByEnding(staff) || headsFieldBefore(view, at, sentenceFirst)) && !isKnownPlace(view.keyOf(first, end));
}

/**
 * "director of research at Janney Montgomery Scott", "co-head of agricultural sales at Marex" (a person
 * and a place): a post's head noun and "of" a field in lower case, right before "at", is a post at a body.
 */
function headsFieldBefore(view: TokenView, at: number, sentenceFirst: number): boolean {
  for (let i = at - 1; i - 1 >= sentenceFirst && i >= at - 4 && view.isLowerWord(i); i--) {
    if (view.lower(i) === 'of') return i < at - 1 && view.isLowerWord(i - 1) && FIELD_POSTS.has(view.lower(i - 1));
    // "head of the jury at the Berlin International Film Festival": a post in a thing named with an article, at an event.
    if (view.hasClass(i, WordClass.Stop)) return false;
  }
  return false;
}

const ANALYSTS_FOR = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists']);

const FIELD_POSTS = new Set(['head', 'director', 'chief', 'president', 'manager', 'professor', 'dean', 'chair', 'chairman', 'chairwoman', 'officer']);

const CASE_PARTY_ROLES = new Set([
  'petitioner', 'petitioners', 'respondent', 'respondents', 'appellant', 'appellants', 'appellee', 'appellees',
  'plaintiff', 'plaintiffs', 'defendant', 'defendants', 'claimant', 'claimants',
  // "Now, Defense on appeal says": the defendant's counsel, capitalised as a party ("defense" is a dictionary word).
  'defense', 'defence', 'counsel',
]);

const FOREIGN_LAW_HEADS = new Set(['lei', 'ley', 'loi', 'legge', 'gesetz', 'wet', 'lag', 'lov', 'zakon', 'ustawa']);

/** Coined endings of company names, five letters or more before them: "Aerotech", "Infotronics", "Medipharma". */
const COMPANY_WORD_ENDING = /^\p{L}{3,}(?:tech|tronics|soft|pharma|chem|corp|telecom)$/u;
const ONE_WORD_COMPANY_ENDING = /^\p{L}{4,}(?:com|soft|tronics|pharma|telecom)$/u;
const BANK_WORD = /^\p{L}{3,}bank$/u;
const CLIMATE_CONFERENCE = /^COP\d{1,2}$/;

/** "LIX" of "Super Bowl LIX", "XIV" of "Louis XIV": a Roman numeral of two letters or more, up to 89. */
function isEditionNumeral(view: TokenView, i: number): boolean {
  return view.length(i) >= 2 && view.isAllCaps(i) && EDITION_NUMERAL.test(view.raw(i));
}

const EDITION_NUMERAL = /^L?X{0,3}(?:IX|IV|V?I{0,3})$/;

/** A regnal or ordinal numeral up to XXXIX ("II", "XIV"); "CDC" is letters. */
const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * One or more initials ("W." or "W", or written together: "A.G."), then at least one capitalised
 * word: "W. W. Rouse Ball", "T. S. Eliot", "A.G. Sulzberger"; not "U.S. Steel", whose letters the
 * gazetteer knows.
 */
function opensWithInitials(view: TokenView, first: number, end: number): boolean {
  let i = first;
  while (i + 1 < end && view.kind(i) === TokenKind.Word && view.length(i) === 1 && view.isCapitalized(i) && view.kind(i + 1) === TokenKind.Period) i += 2;
  // Not before a body's or a team's head word: "D.C. United", "U.K. Treasury" open with a place's letters.
  if (i === first && i + 1 < end && isJoinedInitials(view, i) && !view.hasClass(end - 1, WordClass.Head) && !TEAM_WORDS.has(view.lower(end - 1))) i++;
  if (i === first && end === first + 2 && isInitialsWithoutPeriods(view, first)) i++;
  if (i === first || i >= end || !view.spaceBefore(i)) return false;
  // "F. W. de Klerk": a surname's particles may come before it.
  while (i + 1 < end && view.isLowerWord(i) && view.hasClass(i, WordClass.NameParticle)) i++;
  // A space after the initials: "M.Sc" is a degree.
  return view.kind(i) === TokenKind.Word && view.length(i) > 1 && view.isCapitalized(i) && !view.isAllCaps(i) && !closesWithPluralNoun(view, end);
}

/**
 * "V.O.S. Selections", "J.M. Holdings": a name closed by a dictionary word's plural that no one bears as
 * a surname names a firm's goods or its parts, no person after initials ("Banks", "Mills" are surnames).
 */
function closesWithPluralNoun(view: TokenView, end: number): boolean {
  const last = view.lower(end - 1);
  return last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && isCommonWord(last) && isCommonWord(last.slice(0, -1)) && !isListedSurname(last);
}

/**
 * "JD Vance won the vote", "KL Rahul finished": two capitals no list names, no ship's prefix, before
 * a given name or a surname alone are a person's initials (both were other); "LG Display", "SK Hynix"
 * and a campus ("UC Davis") are no one's.
 */
function isInitialsWithoutPeriods(view: TokenView, first: number): boolean {
  if (view.kind(first) !== TokenKind.Word || view.length(first) !== 2 || !view.isAllCaps(first) || VESSEL_PREFIXES.has(view.key(first)) || isCampusInitials(view, first, first + 2)) return false;
  const name = view.lower(first + 1);
  return wordListEvidence(view.key(first)).length === 0 && (isGivenName(name) || isListedSurname(name)) && !isCommonWord(name);
}

/** "A.G.", "J.R.R.": two or three capitals each closed by a period, as one token, that no list names. */
function isJoinedInitials(view: TokenView, i: number): boolean {
  return view.kind(i) === TokenKind.Initialism && /^(?:[A-Z]\.){2,3}$/.test(view.raw(i)) && wordListEvidence(view.key(i)).length === 0;
}

/**
 * "Ramses II", "Amenhotep III", "Tiglath-Pileser III": a ruler's one name and a Roman numeral are a
 * person's, though no list holds the name ("a statue of Ramses II" was other). Not a place's
 * ("Vatican II", a council) nor a dictionary word's ("World War II", "Rocky II" keep their cues).
 */
function isRulerWithNumeral(view: TokenView, first: number, end: number): boolean {
  const numeral = end - 1;
  if (numeral - first < 1 || !view.spaceBefore(numeral) || !REGNAL_NUMERAL.test(view.raw(numeral))) return false;
  for (let i = first; i < numeral; i++) {
    if (view.kind(i) === TokenKind.Hyphen) continue;
    if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i) || view.hasClass(i, WordClass.Common) || view.hasClass(i, WordClass.Head)) return false;
  }
  return spaceSeparatedWords(view, first, numeral) === 1 && !isKnownPlace(view.keyOf(first, numeral)) && !isFlightNamed(view, end);
}

/**
 * "booked on British Airways Flight BA12 were told", "Qantas Flight QF1": an airline's flight by its
 * code is named as a numbered one is, a craft (the first was a person, by the verb after it).
 */
function isCodedFlight(view: TokenView, first: number, end: number): boolean {
  if (end - first < 3 || view.lower(end - 2) !== 'flight' || !view.isCapitalized(end - 2) || !view.spaceBefore(end - 1)) return false;
  return view.kind(end - 1) === TokenKind.Word && view.hasDigit(end - 1) && /^\p{Lu}{1,3}\d{1,4}$/u.test(view.raw(end - 1));
}

/** "its Artemis II mission": a name, its Roman numeral and a word of space flight after them (Artemis is a given name too). */
function isNumberedFlight(view: TokenView, first: number, end: number): boolean {
  return end - first >= 2 && REGNAL_NUMERAL.test(view.raw(end - 1)) && isFlightNamed(view, end);
}

/**
 * "its Artemis II mission", "the Artemis II crew", "Gemini IV astronauts": a word of space flight
 * after the name and its numeral makes it a mission's, no ruler's ("a statue of Ramses II was found").
 */
function isFlightNamed(view: TokenView, after: number): boolean {
  if (after >= view.count || !view.isLowerWord(after)) return false;
  const word = view.lower(after);
  return FLIGHT_WORDS.has(word) || FOLLOWING_TYPE_CUES.get(word) === 'product' || isFlightWordSoonAfter(view, after);
}

/**
 * "Artemis III will land astronauts near the pole", "Apollo XI carried a crew": a word of space
 * flight among the four lower-case words after the numeral ("Artemis III" was a ruler, a person).
 * Not "Ramses II sent his army".
 */
function isFlightWordSoonAfter(view: TokenView, after: number): boolean {
  for (let i = after + 1; i <= after + 3 && i < view.count && view.isLowerWord(i); i++) if (FLIGHT_WORDS.has(view.lower(i))) return true;
  return false;
}

const FLIGHT_WORDS = new Set(['mission', 'missions', 'crew', 'crews', 'flight', 'flights', 'launch', 'launches', 'astronaut', 'astronauts', 'spaceflight', 'splashdown', 'liftoff']);

/** II to XXXIX: a numeral of two letters or more ("V" and "X" are letters as often). */
const REGNAL_NUMERAL = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/** "FC" of "FC Porto", "VfB" of "VfB Stuttgart": a club's abbreviation in capitals ("As" opening a sentence is none). */
function isClubAbbreviation(view: TokenView, i: number): boolean {
  return view.kind(i) === TokenKind.Word && CLUB_ABBREVIATIONS.has(view.key(i)) && /^(?:[A-Z]{2,4}|[A-Z][a-z][A-Z])$/.test(view.raw(i));
}

/** "Nobel Prize in Physics", "Nobel Memorial Prize in Economic Sciences": a prize's head before "in" and its field (see nameRuns). */
function isPrizeInAField(view: TokenView, first: number, end: number): boolean {
  for (let i = first + 1; i + 1 < end; i++) if (view.lower(i) === 'in' && view.isLowerWord(i) && HEAD_WORDS.get(view.key(i - 1)) === 'event') return true;
  return false;
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
 * "Universidad de Chile", "Vrije Universiteit Amsterdam": a body's head word in another language, wherever it stands;
 * so is French "pour" inside a name, which joins one only after a body's head ("Alliance Nationale pour le
 * Changement" was other; see opensWithBodysHead in nameRuns.ts).
 */
function hasForeignHead(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.kind(i) === TokenKind.Word && (FOREIGN_ORGANIZATION_HEADS.has(view.key(i)) || ACCENTED_FOREIGN_HEADS.has(view.lower(i)) || (i > first && view.lower(i) === 'pour'))) return true;
  return false;
}

/**
 * "The Fédération Française de Tennis said", "the Confédération Africaine de Football": French heads
 * whose keys, without their accents, are English words that also name places ("Russian Federation",
 * "Federation Square"), so they count by their accented spelling only.
 */
const ACCENTED_FOREIGN_HEADS = new Set(['fédération', 'confédération']);

/** A capitalised "The" at token `the` right after a work's noun in lower case. */
function isTitlesOwnThe(view: TokenView, the: number, sentenceFirst: number): boolean {
  return the - 1 > sentenceFirst && view.lower(the) === 'the' && view.isCapitalized(the) && view.isLowerWord(the - 1) && WORK_NOUNS.has(view.lower(the - 1));
}

/** "the freighter Hong Tai 58", "spokesman Lee", "in Kaohsiung", "the city of Pokrovsk". */
/** What the word before a name says of its type: an honorific, an article, a noun, a preposition. */
function addCuesBefore(view: TokenView, first: number, end: number, sentenceFirst: number, evidence: Evidence, descriptions: string[]): void {
  // "the movie The Banshees of Inisherin": a title's own "The" between its work's noun and its name,
  // where a small word inside says a title ("the play The Tempest" keeps what "The" says).
  const before = isTitlesOwnThe(view, first - 1, sentenceFirst) && holdsTitleWordInside(view, first, end) ? first - 2 : first - 1;
  if (addShapeCuesBefore(view, first, end, before, sentenceFirst, evidence)) return;
  if (!view.isLowerWord(before)) {
    addNonWordCuesBefore(view, first, end, before, sentenceFirst, evidence);
    return;
  }
  const word = view.lower(before);
  if (isGuestOfFixture(view, first, end, sentenceFirst)) {
    addEvidence(evidence, 'organization', WEIGHT.matchSide);
    return;
  }
  if (addVerbCueBefore(view, first, end, before, word, sentenceFirst, evidence)) return;
  // "The bank competes with Klarna and Revolut": a firm's rival named by no given name nor listed surname alone.
  if (word === 'with' && before > sentenceFirst && COMPETING_WITH_VERBS.has(view.lower(before - 1)) && !namesAPersonByItsWords(view, first, end)) {
    // "the drug could compete with Wegovy and Zepbound": a made thing's rival is a made thing (both were firms).
    addEvidence(evidence, madeThingCompetes(view, before - 2, sentenceFirst) ? 'product' : 'organization', WEIGHT.contextNoun);
    return;
  }
  if (addNounOrRoleCueBefore(view, first, end, before, word, sentenceFirst, evidence, descriptions)) return;
  if (addRoleOrPlaceCueBefore(view, first, end, before, word, sentenceFirst, evidence, descriptions)) return;
  if (addPrepositionCueBefore(view, first, end, before, word, sentenceFirst, evidence)) return;
  if (addOfOrTheCueBefore(view, first, end, before, word, sentenceFirst, evidence)) return;
  // "shipping firms including Maersk", "companies such as Zoomlion", "a software provider, BeyondTrust,".
  const noun = nounIntroducing(view, before, end, sentenceFirst);
  if (noun) addEvidence(evidence, noun, WEIGHT.contextNoun);
}

/** What the verb (and its article) right before a name says: an award won, a person met, a thing launched, a body sanctioned; true when one decided. */
function addVerbCueBefore(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number, evidence: Evidence): boolean {
  if (isStruckByHazard(view, before, word, sentenceFirst) || isReachedByRescuers(view, before, word, sentenceFirst)) {
    // "Heavy rains hit Kibwezi, Makindu and Emali", "Storms struck Olomouc": what a flood or a storm
    // strikes is a place (the towns no list holds were other); the list's neighbours borrow it. So is
    // what rescuers reach or evacuate ("Rescuers reached Hola, Garsen and Bura", other).
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  // "She won an Emmy", "won a Tony": a given name alone after "a" or "an", before no resident's noun,
  // is a thing named so, an award (Emmy was a person). Not a creed's or a people's member ("a Christian").
  if (end - first === 1 && INDEFINITE_ARTICLES.has(word) && isGivenName(view.lower(first)) && !namesAPeople(`${view.key(first)}s`) && !(end < view.count && view.isLowerWord(end) && RESIDENT_NOUNS.has(view.lower(end)))) {
    addEvidence(evidence, 'other', WEIGHT.contextNoun);
    return true;
  }
  // "Sally Field won an Oscar", "she received a Lasker": one word after a verb of winning and "a" is
  // the award, though a surname too (Oscar was a person by its surname).
  if (end - first === 1 && INDEFINITE_ARTICLES.has(word) && before - 1 >= sentenceFirst && AWARD_VERBS.has(view.lower(before - 1)) && !(end < view.count && view.isLowerWord(end) && !view.hasClass(end, WordClass.Stop))) {
    addEvidence(evidence, 'other', WEIGHT.contextNoun);
    return true;
  }
  // "Mohammed bin Salman met Erdogan on Tuesday": one word no list knows, met or thanked, and no
  // modifier of a noun after it ("met Toyota executives"), is a person's name (Erdogan was other). A
  // body or a country the lists know outweighs it ("met Hamas", "thanked Iran").
  if (end - first === 1 && MEETING_VERBS.has(word) && !(end < view.count && view.isLowerWord(end) && !view.hasClass(end, WordClass.Stop))) {
    addEvidence(evidence, 'person', WEIGHT.coordination);
    return true;
  }
  // "NASA launched Europa Clipper", "Samsung launched Galaxy Ring": a name of two words or more that is
  // launched is a made thing, no person (Europa Clipper was one by its "Clipper"); a weak cue, which a
  // head word outweighs ("launched Operation Sindoor"). One word launched is as often a service or a
  // body's ("he launched LibriVox in 2005").
  if (LAUNCH_VERBS.has(word) && end - first >= 2 && !isPossessor(view, end)) {
    addEvidence(evidence, 'product', WEIGHT.nearPreposition);
    return true;
  }
  if (SANCTION_VERBS.has(word) && isSanctionedByABody(view, first, end, before, sentenceFirst)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (isCompanysKinBefore(view, before, sentenceFirst)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/**
 * "The FA banned Chelsea", "the Premier League fined Chelsea", "the league fined Kendall": one word a
 * list holds as a given name, after a body's verb of sanction, is a club or a firm (Chelsea was a
 * person). The body is the word before the verb: a body's head word ("League", "league") or an
 * acronym, or a body the lists know. Not a surname, which a person sanctioned goes by ("the FA banned Barton").
 * A town after a league's sanction is its club (Burnley was a place); not after another body's ("the EU sanctioned Minsk").
 */
function isSanctionedByABody(view: TokenView, first: number, end: number, verb: number, sentenceFirst: number): boolean {
  if (end - first !== 1 || verb - 1 < sentenceFirst) return false;
  const subject = verb - 1;
  // "The Premier League docked Burnley ten points": a league's sanction of a town is of its club.
  if (view.isWord(subject) && LEAGUE_WORDS.has(view.lower(subject)) && isCity(view.key(first)) && !isCountry(view.key(first))) return true;
  if (!isGivenName(view.lower(first)) || isListedSurname(view.lower(first))) return false;
  if (!view.isWord(subject) || isBodyWord(view.lower(subject))) return view.isWord(subject);
  // "The FA banned Chelsea": a body's acronym is a body, though the lists miss it.
  return view.isCapitalized(subject) && ((view.isAllCaps(subject) && view.length(subject) >= 2) || gazetteer().byKey.get(view.key(subject))?.type === 'organization');
}

const LEAGUE_WORDS = new Set(['league', 'federation', 'association']);
const SANCTION_VERBS = new Set(['fined', 'banned', 'docked', 'sanctioned', 'suspended', 'expelled', 'penalised', 'penalized', 'punished', 'charged']);

/** Verbs of winning an award, before "a" and its name: "won an Oscar". */
const AWARD_VERBS = new Set(['won', 'win', 'wins', 'winning', 'earned', 'earns', 'received', 'receives', 'collected', 'scooped', 'bagged', 'clinched']);

/**
 * "Its parent CK Hutchison said", "Vodafone's unit VX Tower": a thing's parent or unit, after "its"
 * or a possessive, is a company (the letters and a surname made a person). Not "parent Jane Smith
 * said" of a school, nor "its owner" (a person owns firms too: "its owner Elon Musk").
 */
function isCompanysKinBefore(view: TokenView, before: number, sentenceFirst: number): boolean {
  if (!COMPANY_KIN.has(view.lower(before)) || before - 1 < sentenceFirst) return false;
  return view.lower(before - 1) === 'its' || view.kind(before - 1) === TokenKind.Possessive;
}

const COMPANY_KIN = new Set(['parent', 'unit']);

/**
 * "Macron met Scholz on Monday", "Erdogan meets with Putin": one word no list knows, meeting someone
 * named or "with" someone, is a person as its object is (Macron was other). Not letters ("NATO met
 * in Brussels"), nor a body or a country the lists know, which outweighs it.
 */
function metSomeone(view: TokenView, first: number, end: number, verb: number, sentenceEnd: number): boolean {
  if (end - first !== 1 || (view.lower(verb) !== 'met' && view.lower(verb) !== 'meets') || verb + 1 >= sentenceEnd || view.isAllCaps(first)) return false;
  const next = verb + 1;
  return view.lower(next) === 'with' || (view.isWord(next) && view.isCapitalized(next) && !view.isAllCaps(next));
}

const LAUNCH_VERBS = new Set(['launched', 'launches', 'launching']);

/** Verbs whose object is a person more often than anything else. */
const MEETING_VERBS = new Set(['met', 'meets', 'congratulated', 'congratulates', 'thanked', 'thanks', 'phoned', 'interviewed']);

/** An honorific, a capitalised article, a coined word, a party's letter or "the" before an acronym or a plural; true when one decided, or when no word comes before. */
function addShapeCuesBefore(view: TokenView, first: number, end: number, before: number, sentenceFirst: number, evidence: Evidence): boolean {
  // "Mr. Roberts", "Ms Goldsmith": the honorific is no part of the name, but says whose it is.
  const honorific = view.kind(before) === TokenKind.Period && view.adjacent(before - 1) ? before - 1 : before;
  if (honorific >= sentenceFirst && isHonorificAt(view, honorific)) {
    if (isFirmNamedByPossessive(view, honorific, end)) addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    else addEvidence(evidence, 'person', WEIGHT.honorific);
    return true;
  }
  if (end - first === 1 && isCapitalisedArticleMidSentence(view, before, sentenceFirst)) {
    addEvidence(evidence, 'organization', WEIGHT.capitalisedArticle);
    return true;
  }
  if (before < sentenceFirst) return true;
  if (isOwnedByAYear(view, first, end, before, sentenceFirst)) {
    addEvidence(evidence, 'other', WEIGHT.title);
    return true;
  }
  if (isCompanysCoinedWord(view, first, end, before, sentenceFirst)) {
    addEvidence(evidence, 'product', WEIGHT.contextNoun);
    return true;
  }
  // "Rep. Scott Hilton, R-Peachtree Corners": a lawmaker's district after a party's letter is a place (it was a person).
  if (before >= 1 && districtAfterPartyLetter(view, before - 1, end) === first) {
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  // "The NFL said", "tickets, the NBA said": "the" before an acronym names a body; no one is "the JFK".
  if (isAcronymAfterThe(view, first, end, before)) {
    addEvidence(evidence, 'organization', WEIGHT.definiteArticle);
    return true;
  }
  // "The Rams host the Eagles", "The Bills fell to 5-3": after the "The" opening a sentence, a capitalised
  // plural with prose going on in lower case is a team's or a body's, as after "the" (they were dropped).
  if (before === sentenceFirst && view.isText(before, 'The') && end < view.count && view.isLowerWord(end) && closesWithGroupPlural(view, first, end)) {
    addEvidence(evidence, 'organization', WEIGHT.capitalisedArticle);
    return true;
  }
  return false;
}

/**
 * "Heath Ledger starred in 2005's Brokeback Mountain", "1997's Titanic": a name a year owns is a work
 * of that year (the first was a place by "Mountain"). Not a body's, an event's or a law's by its head
 * ("2008's Lehman Brothers collapse", "2012's London Olympics"), nor a place the lists know ("2011's
 * Fukushima disaster").
 */
function isOwnedByAYear(view: TokenView, first: number, end: number, before: number, sentenceFirst: number): boolean {
  if (view.kind(before) !== TokenKind.Possessive || before - 1 < sentenceFirst || !view.adjacent(before - 1) || !isYearToken(view, before - 1)) return false;
  const head = HEAD_WORDS.get(view.key(end - 1));
  return head !== 'organization' && head !== 'event' && head !== 'programme' && !gazetteer().byKey.has(view.keyOf(first, end)) && !isKnownPlace(view.keyOf(first, end));
}

/** A year in figures, 1900 to 2099. */
function isYearToken(view: TokenView, i: number): boolean {
  return view.kind(i) === TokenKind.Number && /^(?:19|20)\d\d$/.test(view.raw(i));
}

/** A comma's noun before a name, or the capitalised preposition opening its sentence. */
function addNonWordCuesBefore(view: TokenView, first: number, end: number, before: number, sentenceFirst: number, evidence: Evidence): void {
  const noun = view.isChar(before, ',') ? nounIntroducing(view, before, end, sentenceFirst) : undefined;
  if (noun) addEvidence(evidence, noun, WEIGHT.contextNoun + (noun === 'other' ? worksAmpersandWeight(view, first, end, view.lower(before - 1)) : 0));
  // "Kepong MP Lim Lip Eng", "The MP Lim Kit Siang": a member's letters right before a name are that
  // person's title, though no run takes them in (both were other: no given name the lists know).
  // So are an executive's letters: "named new CEO Warren East" (a place by "East", CEO saying nothing).
  else if (before >= sentenceFirst && view.isWord(before) && view.isAllCaps(before) && isPersonsLettersTitle(view.lower(before)) && view.spaceBefore(first)) addEvidence(evidence, 'person', WEIGHT.title);
  // "In Sulawesi, nickel smelters …": the preposition opening the sentence is capitalised. With the
  // comma closing the phrase ("In Khan Younis, a mother said"), it says where, not about whom.
  else if (before === firstWordOf(view, sentenceFirst, end) && !view.isAllCaps(before) && PLACE_PREPOSITIONS.has(view.lower(before))) {
    const fronted = view.isChar(end, ',');
    if (spaceSeparatedWords(view, first, end) <= (fronted ? 4 : 2)) addEvidence(evidence, 'place', fronted ? WEIGHT.nearPreposition : WEIGHT.preposition);
  }
}

/** A type's noun, a holding, a publication, a work, an author, a club's city or an award's category before a name; true when one matched. */
function addNounOrRoleCueBefore(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number, evidence: Evidence, descriptions: string[]): boolean {
  const cue = PRECEDING_TYPE_CUES.get(word) ?? pluralBodysCue(word);
  if (cue) {
    addEvidence(evidence, cueOfAgentNoun(view, word, first, end, cue, SERVICE_NOUNS.has(word)), WEIGHT.contextNoun);
    descriptions.push(nounPhraseEndingAt(view, before, sentenceFirst));
    return true;
  }
  if (isFlagStateBefore(view, before)) {
    addEvidence(evidence, 'vessel', WEIGHT.contextNoun);
    descriptions.push(nounPhraseEndingAt(view, before, sentenceFirst));
    return true;
  }
  if ((word === 'in' || word === 'of') && isEquityNounBefore(view, before, sentenceFirst, first, end)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (word === 'of' && isPersonsNounBeforeOf(view, before, sentenceFirst)) {
    addEvidence(evidence, 'person', WEIGHT.personPossession);
    return true;
  }
  if (word === 'in' && isPublishedIn(view, before, sentenceFirst, first, end)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (word === 'ruling' && isDeterminedNoun(view, before, sentenceFirst)) {
    // "President Samia Suluhu Hassan of the ruling Chama Cha Mapinduzi (CCM)", "the ruling Pheu Thai":
    // what rules is a party (the name's shape made it a person's).
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  return addWorkOrMakerCueBefore(view, first, end, before, word, sentenceFirst, evidence);
}

/**
 * Nouns whose "of" names a person, and only a person: "the estate of Innocent Kamadi Anyange" (it
 * was other: "Innocent" is a dictionary word), "the widow of", "the killing of". Not "the family
 * of" or "the children of" (of nations and places too: "the children of Gaza").
 */
const OF_PERSON_NOUNS = new Set(['estate', 'widow', 'widower', 'son', 'daughter', 'wife', 'husband', 'grandson', 'granddaughter', 'nephew', 'niece', 'funeral', 'murder', 'killing', 'assassination', 'biography', 'autobiography']);

/** One of OF_PERSON_NOUNS before "of" at `of`, after a determiner or a possessive: "the estate of", "his widow of". */
function isPersonsNounBeforeOf(view: TokenView, of: number, sentenceFirst: number): boolean {
  const noun = of - 1;
  return noun > sentenceFirst && view.isLowerWord(noun) && OF_PERSON_NOUNS.has(view.lower(noun)) && isDeterminedNoun(view, noun, sentenceFirst);
}

/** addNounOrRoleCueBefore's cues of a work, its maker, a side and an award: the word before the name at `before`. */
function addWorkOrMakerCueBefore(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number, evidence: Evidence): boolean {
  // "the film Lord of Misrule": a title of dictionary words that nameRuns.ts `worksTitleEnd` joined over "of" (it was a place "Misrule").
  // "the Martin McDonagh movie The Banshees of Inisherin": its maker before the noun (it was a person, as "Hilary of Poitiers" is).
  const determined = isDeterminedNoun(view, before, sentenceFirst) || (before - 1 > sentenceFirst && isDeterminedAfterModifiers(view, before - 1));
  if (WORK_NOUNS.has(word) && determined && (holdsNonDictionaryWord(view, first, end) || holdsTitleWordInside(view, first, end) || joinsWithAmpersand(view, first, end))) {
    addEvidence(evidence, 'other', WEIGHT.contextNoun + worksAmpersandWeight(view, first, end, word));
    return true;
  }
  if (word === 'by' && before - 1 >= sentenceFirst && view.isLowerWord(before - 1) && AUTHORED_WORKS.has(view.lower(before - 1))) {
    // "two paintings by Caravaggio", "a novel by Tolstoy" (other: nothing said what they were): who made a
    // work is a person, as weighty as a person's verb, so that a body's own words still win ("a book by Penguin Random House").
    addEvidence(evidence, 'person', WEIGHT.personVerb);
    return true;
  }
  if (word === 'by' && before - 1 >= sentenceFirst && view.isLowerWord(before - 1) && OPERATORS_PARTICIPLES.has(view.lower(before - 1))) {
    // "The aircraft, operated by Aeropro,", "a tanker chartered by Vitol", "acquired by Alphabet": what
    // operates, charters or buys an aircraft, a ship or a firm is a firm (Aeropro was other), at a
    // preposition's weight, so that a person's own name still wins ("operated by Tom Hardy").
    addEvidence(evidence, 'organization', WEIGHT.motionPreposition);
    return true;
  }
  if (word === 'for' && playsOrRacesFor(view, first, end, before, sentenceFirst)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (end - first === 1 && before - 1 >= sentenceFirst && AWARD_CATEGORY_OPENERS.has(view.lower(before - 1)) && view.isLowerWord(before - 1) && ROLE_NOUNS.has(word)) {
    // "the best actor Oscar", "a supporting actress Bafta": an award's category before its one word, no
    // one's job ("the best actor Emma Stone" is hers).
    addEvidence(evidence, 'event', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/**
 * "won the British Grand Prix for Mercedes", "finished second for Mercedes": whom a race is won or
 * driven for is a team, whatever the name's shape says (Mercedes, a given name, was a person); so is
 * the city one plays or scores "for" ("played for Madrid", "14 rebounds for Boston").
 */
function playsOrRacesFor(view: TokenView, first: number, end: number, forToken: number, sentenceFirst: number): boolean {
  if ((isRaceForItsWinner(view, forToken) && isWonBefore(view, forToken - 1, sentenceFirst)) || racesFor(view, forToken, sentenceFirst)) return true;
  return isCity(view.keyOf(first, end)) && (playsFor(view, forToken, sentenceFirst) || scoresForOneWordCity(view, forToken, first, end));
}

/**
 * "won the British Grand Prix", "clinched the Ryder Cup": a verb of winning before the contest's
 * capitalised words (ending at token `last`) and their article; "It was the second Masters for
 * Scheffler" has none (he was a team).
 */
function isWonBefore(view: TokenView, last: number, sentenceFirst: number): boolean {
  let k = last;
  while (k > sentenceFirst && view.isCapitalized(k)) k--;
  while (k > sentenceFirst && view.isLowerWord(k) && (k === last || ['the', 'a', 'his', 'her', 'their', 'its'].includes(view.lower(k)))) k--;
  return view.isLowerWord(k) && WIN_VERBS.has(view.lower(k));
}

const WIN_VERBS = new Set(['won', 'wins', 'win', 'winning', 'clinched', 'clinches', 'claimed', 'claims', 'took', 'takes', 'captured', 'retained', 'defended']);

/** A made thing's noun among the three lower-case words ending at `k`, the subject of a verb of competing: "the drug could", "the pill". */
function madeThingCompetes(view: TokenView, k: number, sentenceFirst: number): boolean {
  for (let i = k; i >= Math.max(sentenceFirst, k - 2) && view.isLowerWord(i); i--) if (isMadeThingBefore(view, i, sentenceFirst)) return true;
  return false;
}

/** A hazard's verb at `verb` ("hit", "struck", "battered") after its subject, a flood's, a storm's or a quake's noun among the three words before. */
function isStruckByHazard(view: TokenView, verb: number, word: string, sentenceFirst: number): boolean {
  if (!HAZARD_VERBS.has(word)) return false;
  for (let k = verb - 1; k >= Math.max(sentenceFirst, verb - 3) && view.isLowerWord(k); k--) if (HAZARDS.has(view.lower(k))) return true;
  return false;
}

/**
 * A rescue's verb at `verb` ("reached", "evacuated") after its subject, rescuers', soldiers' or a
 * boat's noun among the three lower-case words before: "Rescuers reached", "Aid workers reached",
 * "Soldiers evacuated". "Reporters reached Smith by phone" has no rescuer.
 */
function isReachedByRescuers(view: TokenView, verb: number, word: string, sentenceFirst: number): boolean {
  if (!RESCUE_VERBS.has(word)) return false;
  for (let k = verb - 1; k >= Math.max(sentenceFirst, verb - 3) && view.isWord(k) && !view.isAllCaps(k); k--) if (RESCUERS.has(view.lower(k))) return true;
  return false;
}

const RESCUE_VERBS = new Set(['reached', 'reach', 'evacuated', 'evacuate', 'airlifted']);
const RESCUERS = new Set(['rescuers', 'rescue', 'soldiers', 'troops', 'workers', 'teams', 'crews', 'firefighters', 'helicopters', 'boats', 'volunteers', 'responders', 'convoys', 'convoy']);

/** "while Jeseník and Krnov flooded", "Bura was submerged": what floods is a place (Krnov, by its Slavic ending, was a person). */
function isFloodedAfter(view: TokenView, end: number): boolean {
  const verb = view.isLowerWord(end) && (view.lower(end) === 'was' || view.lower(end) === 'were') ? end + 1 : end;
  return verb < view.count && view.isLowerWord(verb) && FLOODED_WORDS.has(view.lower(verb));
}

const FLOODED_WORDS = new Set(['flooded', 'submerged', 'inundated']);
const HAZARD_VERBS = new Set(['hit', 'hits', 'struck', 'strikes', 'battered', 'batters', 'lashed', 'lashes', 'pounded', 'pounds', 'swept', 'ravaged', 'inundated', 'flooded', 'devastated', 'rocked', 'shook']);
const HAZARDS = new Set([
  'rain', 'rains', 'flood', 'floods', 'flooding', 'storm', 'storms', 'typhoon', 'cyclone', 'hurricane', 'tornado', 'tornadoes', 'earthquake',
  'quake', 'tremor', 'tremors', 'wildfire', 'wildfires', 'landslide', 'landslides', 'mudslides', 'drought', 'heatwave', 'snowstorm', 'blizzard',
  'tsunami', 'winds', 'waters', 'downpours',
]);

/** A lower-case noun of a made thing at `k` ("drug", "vaccine", "missile": PRECEDING_TYPE_CUES' products). */
function isMadeThingBefore(view: TokenView, k: number, sentenceFirst: number): boolean {
  return k >= sentenceFirst && view.isLowerWord(k) && PRECEDING_TYPE_CUES.get(view.lower(k)) === 'product';
}

/**
 * "SoftBank-owned chip designer Arm rolled out", "rocket designer Astrix": a designer of a made thing
 * (a noun FOLLOWING_TYPE_CUES knows as a product's: chip, processor, rocket, drone) before a name of no
 * person's shape is a firm (Arm was a person by the role noun, in nine mentions of a Reuters story);
 * "fashion designer Tom Ford" and "chip designer Lisa Su" open with a forename.
 */
function isThingsDesignerBefore(view: TokenView, word: string, before: number, first: number, end: number, sentenceFirst: number): boolean {
  if ((word !== 'designer' && word !== 'designers') || before - 1 < sentenceFirst || !view.isLowerWord(before - 1)) return false;
  if (FOLLOWING_TYPE_CUES.get(view.lower(before - 1)) !== 'product') return false;
  const firstLower = view.lower(first);
  return !opensWithForename(view, first, end, firstLower) && !opensWithInitials(view, first, end) && !looksLikePersonName(view, first, end, firstLower);
}

/** A role, a workplace, a seat or a place's preposition before a name; true when one matched. */
function addRoleOrPlaceCueBefore(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number, evidence: Evidence, descriptions: string[]): boolean {
  // "in Geneva"; but "in Shaw's Pygmalion" is in the play, not in Shaw.
  const placeWeight = PLACE_PREPOSITIONS.has(word) && !isPossessor(view, end) ? placeWeightAfterPreposition(view, first, end, before, sentenceFirst) : 0;
  if (isThingsDesignerBefore(view, word, before, first, end, sentenceFirst)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    descriptions.push(nounPhraseEndingAt(view, before, sentenceFirst));
    return true;
  }
  if (ROLE_NOUNS.has(word) && isMadeThingBefore(view, before - 1, sentenceFirst)) {
    // "its drug candidate MET-097i", "the vaccine candidate Ad26": a role noun after a made thing's noun is that thing's (MET-097i was a person).
    addEvidence(evidence, 'product', WEIGHT.contextNoun);
    return true;
  }
  if ((ROLE_NOUNS.has(word) || isOccupationByEnding(word)) && !EITHER_KIND_ROLES.has(word) && !(word === 'official' && HEAD_WORDS.get(view.lower(end - 1)) === 'organization') && !isFirmInFirmsRole(view, word, end) && !isHyphenedToPrefix(view, before, sentenceFirst)) {
    // "rival Mahindra & Mahindra", "its successor Alitalia": a rival or a successor may be a body's; the name says which.
    // "the official Saudi Press Agency reported": the adjective, before a body's head word.
    addEvidence(evidence, 'person', WEIGHT.roleNoun);
    descriptions.push(nounPhraseEndingAt(view, before, sentenceFirst));
    return true;
  }
  if (worksAt(view, before, sentenceFirst, first, end) && !(view.kind(end) === TokenKind.Hyphen && view.adjacent(end - 1))) {
    // "analysts at Bernstein", "economists at Capital Economics", "researchers at the Armed Conflict
    // Location & Event Data Project": where people work is a body.
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (FIRMS_HYPHENED_PARTICIPLES.has(word) && view.kind(before - 1) === TokenKind.Hyphen && view.adjacent(before - 1)) {
    // "Lagos-based Afrinvest", "the London-based Bruegel": what a place is the seat of is a body; so is
    // what a market lists or a state owns ("London-listed Shire", "Irish-headquartered Shire", a place
    // by the dictionary's "shire"; "Nasdaq-traded", "state-owned").
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (placeWeight > 0) {
    addEvidence(evidence, 'place', placeWeight);
    return true;
  }
  if (isRegionOfPlaceAfterPreposition(view, end, before, sentenceFirst)) {
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/**
 * "people in northern Jutland", "fighting across eastern Kordofan": a region's adjective in lower
 * case between a preposition of where and the name says the name is a place's (Jutland was other,
 * a surname a person); not "in central Smith's district".
 */
function isRegionOfPlaceAfterPreposition(view: TokenView, end: number, before: number, sentenceFirst: number): boolean {
  if (!view.isLowerWord(before) || !REGION_ADJECTIVES.has(view.lower(before)) || before - 1 < sentenceFirst) return false;
  return view.isLowerWord(before - 1) && PLACE_PREPOSITIONS.has(view.lower(before - 1)) && !isPossessor(view, end);
}

/** "from" after a transfer or an age, or a motion's preposition, before a name; true when one matched. */
function addPrepositionCueBefore(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number, evidence: Evidence): boolean {
  if (STRIKE_PREPOSITIONS.has(word) && isStrikeNounAt(view, before - 1, sentenceFirst) && !isPossessor(view, end)) {
    // "the strike on Haret Hreik", "a rocket attack … the shelling of Majdal Shams": where a strike
    // falls is a place (both were persons by their shape). Not "an attack on", which people suffer.
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
function addOfOrTheCueBefore(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number, evidence: Evidence): boolean {
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

/**
 * "Novo Nordisk's Wegovy", "OpenAI's ChatGPT": one word no dictionary or list holds, after the
 * possessive of a company the lists know, is its product (it was other). Not a person ("Microsoft's
 * Satya Nadella": a given name; "Pfizer's Bourla said"), nor a place's ("Russia's Gazprom").
 */
function isCompanysCoinedWord(view: TokenView, first: number, end: number, possessive: number, sentenceFirst: number): boolean {
  if (end - first !== 1 || view.kind(possessive) !== TokenKind.Possessive || view.isAllCaps(first)) return false;
  const key = view.key(first);
  if (isCommonWord(key) || isGivenName(key, true) || gazetteer().byKey.has(key) || isKnownPlace(key)) return false;
  // "Pfizer's Bourla said", "Meta's Zuckerberg wrote": a person's verb after it says its chief.
  if (view.isLowerWord(end) && (SPEECH_VERBS.has(view.lower(end)) || PERSON_VERBS.has(view.lower(end)))) return false;
  for (let k = possessive - 1; k >= sentenceFirst && k >= possessive - 3 && view.isCapitalized(k); k--) {
    if (gazetteer().byKey.get(view.keyOf(k, possessive))?.type === 'organization') return true;
  }
  return false;
}

/** A title held of a territory: a peer's ("Duke", "Countess") or a ruler's ("Prince", "Emir", "King"). */
function isTerritorialTitle(lower: string): boolean {
  return PEERAGE_TITLES.has(lower) || REGNAL_TITLES.has(lower) || TERRITORIAL_RULERS.has(lower);
}

const TERRITORIAL_RULERS = new Set(['prince', 'princess', 'emir', 'margrave', 'elector', 'khan', 'nawab', 'maharaja', 'raja']);

/**
 * "Shares in Rio Tinto fell", "Shares of Amazon rose", "a 10% stake in Zalando": what shares or a
 * stake are held in is a company (the first two made places, the second a person by its sentence's
 * "said"). Not a place the lists know: "Russia has a stake in Syria".
 */
function isEquityNounBefore(view: TokenView, preposition: number, sentenceFirst: number, first: number, end: number): boolean {
  return preposition - 1 >= sentenceFirst && EQUITY_NOUNS.has(view.lower(preposition - 1)) && !isKnownPlace(view.keyOf(first, end));
}

/**
 * "The study, published in Nature,", "writing in Foreign Affairs": where a paper is published is a
 * journal or a paper (Nature was a place by "in"); a place the lists know stays one ("published in London").
 * A day or "online" may stand between: "a study published Monday in Nature Medicine" (it was no name).
 */
function isPublishedIn(view: TokenView, preposition: number, sentenceFirst: number, first: number, end: number): boolean {
  let verb = preposition - 1;
  if (verb > sentenceFirst && PUBLICATION_TIMES.has(view.lower(verb))) verb--;
  return verb >= sentenceFirst && PUBLISHING_VERBS.has(view.lower(verb)) && !isKnownPlace(view.keyOf(first, end));
}

/** Verbs whose "in" is a particle before whom they install: "swore in", "swears in", "sworn in". */
const SWEARING_IN = new Set(['swore', 'sworn', 'swear', 'swears', 'swearing']);

const PUBLISHING_VERBS = new Set(['published', 'publishing', 'writing']);

const PUBLICATION_TIMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'online', 'today', 'yesterday', 'recently']);

const EQUITY_NOUNS = new Set(['shares', 'stock', 'stocks', 'stake', 'stakes', 'shareholding', 'shareholdings']);

/** "by-election" or "bye-election" from token k, a hyphen's parts. */
function opensByElection(view: TokenView, k: number, sentenceEnd: number): boolean {
  return k + 2 < sentenceEnd && (view.lower(k) === 'by' || view.lower(k) === 'bye') && view.kind(k + 1) === TokenKind.Hyphen && view.adjacent(k) && view.lower(k + 2) === 'election';
}

/** Verbs (and "loan") of a player's or an employee's move, before the "from" of the club or the firm left. */
const TRANSFER_VERBS = new Set(['joined', 'signed', 'loan', 'recruited', 'poached', 'transferred']);

/**
 * "in Geneva", "near Velyka Novosilka", "killed in Khan Younis": how much a preposition of where before
 * a name says it is a place's; 0 where the name may be a person's ("faith in Joe Biden").
 */
function placeWeightAfterPreposition(view: TokenView, first: number, end: number, preposition: number, sentenceFirst: number): number {
  // "Ruto swore in Kithure Kindiki as his deputy": the "in" of swearing someone in is no place's (he was a place).
  if (preposition - 1 >= sentenceFirst && view.lower(preposition) === 'in' && SWEARING_IN.has(view.lower(preposition - 1))) return 0;
  if (NEAR_PREPOSITIONS.has(view.lower(preposition)) || afterLocativeVerb(view, preposition, sentenceFirst) || afterFacility(view, preposition, sentenceFirst, first, end)) return WEIGHT.nearPreposition;
  if (isUnknownLongAcronym(view, first, end)) return 0;
  if (spaceSeparatedWords(view, first, end) === 1) return WEIGHT.preposition;
  return holdsNoWordOfAPersonsName(view, first, end) ? WEIGHT.nearPreposition : 0;
}

/**
 * "at the school in Weston", "Unicoi County Hospital in Erwin", "the Scripps Institution of Oceanography
 * in La Jolla": "in" after a building's or an institution's noun, or a name closing with one, says
 * where it stands (the towns, surnames and given names too, were persons). Not a field of study in
 * dictionary words: "professor at Massachusetts Institute of Technology in Linguistics and Philosophy".
 */
function afterFacility(view: TokenView, preposition: number, sentenceFirst: number, first: number, end: number): boolean {
  const noun = preposition - 1;
  if (view.lower(preposition) !== 'in' || noun < sentenceFirst || !view.isWord(noun) || view.isAllCaps(noun) || isCommonWord(view.lower(first)) || isCommonWord(view.lower(end - 1))) return false;
  if (FACILITY_NOUNS.has(view.lower(noun))) return true;
  // "the Scripps Institution of Oceanography in …": a body's name closing with its field after "of".
  return noun - 2 >= sentenceFirst && view.isCapitalized(noun) && view.lower(noun - 1) === 'of' && FACILITY_NOUNS.has(view.lower(noun - 2));
}

/** Nouns of the buildings and institutions news places in a town. */
const FACILITY_NOUNS = new Set(
  `hospital hospitals clinic clinics school schools shelter shelters camp camps plant plants factory factories
  office offices headquarters university college institute institution laboratory lab center centre church mosque temple
  synagogue prison jail airport hotel museum stadium courthouse warehouse facility facilities campus observatory`.split(/\s+/),
);

/**
 * "Shares in LVMH fell", "data from IQVIA", "according to EMBRAPA": an acronym of four letters or
 * more that the lists know as no place names a body or a thing far more often than a place, so a
 * preposition says nothing of it (all three were places). "in the DRC" is known, "in NYC" short.
 */
function isUnknownLongAcronym(view: TokenView, first: number, end: number): boolean {
  return end - first === 1 && view.isWord(first) && view.isAllCaps(first) && view.length(first) >= 4 && !isKnownPlace(view.key(first));
}

/**
 * "ten people in Punta Gorda", "schools in Des Moines": a name of words that are no dictionary word
 * and no given name or surname the lists know is no person's, so "in" before it says where. "Faith
 * in Joe Biden" and "a role in Jane Eyre" hold a given name, "in Title IV" and "in Sport Studies"
 * dictionary words.
 */
function holdsNoWordOfAPersonsName(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    if (view.kind(i) === TokenKind.Hyphen) continue;
    if (!view.isWord(i) || view.hasDigit(i) || view.isAllCaps(i)) return false;
    const lower = view.lower(i);
    if (isCommonWord(lower) || isGivenName(lower, true) || isListedSurname(lower)) return false;
  }
  return true;
}

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

/** "killed in", "based at": the preposition follows a verb of where (LOCATIVE_VERBS); "travelled to", "a journey through": one of a journey (JOURNEY_WORDS). */
function afterLocativeVerb(view: TokenView, preposition: number, sentenceFirst: number): boolean {
  const word = view.lower(preposition);
  // "Born in Great Falls in 1938, she …": the verb may open the sentence (the town was dropped as dictionary words).
  const verb = preposition - 1;
  if (word === 'in' || word === 'at') return verb >= sentenceFirst && (view.isLowerWord(verb) || verb === sentenceFirst) && LOCATIVE_VERBS.has(view.lower(verb));
  return JOURNEY_PREPOSITIONS.has(word) && followsAJourney(view, preposition, sentenceFirst);
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

/**
 * "for the Rice Owls", "known as the Gliders", "the State College Spikes": after "the", a name
 * closed by the capitalised plural of a dictionary noun is a team or a group, the way clubs,
 * bands and parties are named. Not a head word ("the Rocky Mountains"), a nationality ("the
 * Americans"), or a name a list knows ("the Philippines").
 */
function closesWithGroupPlural(view: TokenView, first: number, end: number): boolean {
  const last = end - 1;
  if (!view.isWord(last) || !view.isCapitalized(last) || view.isAllCaps(last)) return false;
  const key = view.key(last);
  if (!key.endsWith('s') || key.endsWith('ss') || HEAD_WORDS.has(key) || gazetteer().demonyms.has(key)) return false;
  return isCommonWord(singularOf(key)) && !gazetteer().byKey.has(view.keyOf(first, end)) && !isCity(view.keyOf(first, end));
}

/**
 * "the Shiv Sena thanked voters", "of the Jharkhand Mukti Morcha": a name of two words or more
 * after "the", standing alone, is a body's (or a place's) and no person's. Not a title's ("the
 * Prince of Wales", "the Tsar"), a family's ("the Kennedys"), a name before the noun it modifies
 * ("the Bush administration") or in a title-case line.
 */
function isNamedWithTheArticle(view: TokenView, first: number, end: number, sentenceFirst: number): boolean {
  const the = first - 1;
  if (the < sentenceFirst || view.lower(the) !== 'the' || (view.isCapitalized(the) && the !== firstWordOf(view, sentenceFirst, end))) return false;
  if (spaceSeparatedWords(view, first, end) < 2 || inTitleCase(view, the, sentenceFirst) || isGivenName(view.lower(first))) return false;
  for (let i = first; i < end; i++) if (view.isWord(i) && isTitleOfPerson(view.lower(i))) return false;
  const last = view.lower(end - 1);
  if (last.endsWith('s') && (isListedSurname(last.slice(0, -1)) || isGivenName(last.slice(0, -1), true))) return false;
  const next = view.lower(end);
  return !view.isLowerWord(end) || STOPWORDS.has(next) || next.endsWith('ed') || SPEECH_VERBS.has(next) || VERBS_AFTER_SUBJECT.has(next);
}

/**
 * "won the George Cross", "awarded the Victoria Cross": an article before a name that an honour's head
 * closes names the honour, though a person's shape ("George Cross", "Victoria Cross" were persons: a
 * given name, then a surname that is a head too). "Marcia Cross starred" has none.
 */
function isHonourAfterArticle(view: TokenView, first: number, end: number, sentenceFirst: number): boolean {
  const article = first - 1;
  if (article < sentenceFirst || !ARTICLES.has(view.lower(article)) || (view.isCapitalized(article) && article !== sentenceFirst)) return false;
  return spaceSeparatedWords(view, first, end) >= 2 && HONOUR_HEADS.has(view.key(end - 1));
}

/**
 * "beat Barcelona at the Santiago Bernabéu on Sunday", "a concert at the Jacques Brel": a person's
 * name after "at the", with no noun after it, is the venue named after them (the stadium was a
 * person). "at the Bob Smith gallery" has its noun; "at the Duke of Kent's" a title.
 */
function isVenueAfterAtThe(view: TokenView, first: number, end: number, sentenceFirst: number): boolean {
  const the = first - 1;
  if (the - 1 < sentenceFirst || !view.isText(the, 'the') || view.lower(the - 1) !== 'at' || spaceSeparatedWords(view, first, end) < 2) return false;
  // Names of people's shape only: "the Caspian Gas Week", "the Film Critics Circle" hold words.
  for (let i = first; i < end; i++) if (view.isWord(i) && (isTitleOfPerson(view.lower(i)) || view.hasClass(i, WordClass.Common))) return false;
  const next = view.lower(end);
  return !view.isLowerWord(end) ? view.kind(end) !== TokenKind.Possessive : STOPWORDS.has(next) || next === 'next' || next === 'last';
}

/** Verbs that follow a subject and modify no noun: "The Jharkhand Mukti Morcha won", "the Shiv Sena is". */
const VERBS_AFTER_SUBJECT = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'won', 'wins', 'lost', 'leads', 'led', 'holds', 'held', 'rules', 'ruled', 'says']);

/** The name's own words say a body or a place as a head word does ("Union", "University", "River"). */
function namesABodyOrPlace(nameEvidence: Evidence): boolean {
  return weightOf(nameEvidence, 'organization') >= WEIGHT.headWord || weightOf(nameEvidence, 'place') >= WEIGHT.headWord;
}

/**
 * The name's own words look like a person's name and say no other kind: "Shiv Sena" (a given name
 * closes it). "the American Revolutionary War" stays an event, "the Communist Manifesto" a work.
 */
function looksLikeAPersonsOnly(nameEvidence: Evidence): boolean {
  return weightOf(nameEvidence, 'person') > 0 && !saysOtherThan(nameEvidence, 'person');
}

/** A word of a person's title, secular or religious: "the Prince of Wales", "the Dalai Lama", "the Prophet Muhammad". */
function isTitleOfPerson(lower: string): boolean {
  return TITLE_WORDS.has(lower) || REGNAL_TITLES.has(lower) || PEERAGE_TITLES.has(lower) || RELIGIOUS_TITLES.has(lower);
}

/**
 * "property developer Malik Riaz Hussain", "Hollywood producer Arnon Milchan", "publisher A.G.
 * Sulzberger": a developer, a producer or a publisher is a firm or a person, and a name opening with
 * a given name or initials, or of a person's shape, says a person's (all three were organisations);
 * "the developer Emaar", "publisher Penguin Random House", "producer Saudi Aramco",
 * "developer Sun Hung Kai Properties" stay bodies.
 */
function cueOfAgentNoun(view: TokenView, word: string, first: number, end: number, cue: EntityType, personToo = false): EntityType {
  if (isPersonsMakerCompound(view, word, first)) return 'person';
  if (!(personToo || PERSON_OR_FIRM_AGENTS.has(word)) || end - first < 2 || closesWithGroupPlural(view, first, end)) return cue;
  const firstLower = view.lower(first);
  return opensWithForename(view, first, end, firstLower) || opensWithInitials(view, first, end) || looksLikePersonName(view, first, end, firstLower) ? 'person' : cue;
}

const PERSON_OR_FIRM_AGENTS = new Set(['developer', 'producer', 'publisher']);
/**
 * "in the Russian service Alexander Gordon of Auchintoul": a person's name right after "service" is one
 * who serves in it ("the streaming service Hulu" is a firm). Not in apposition: "Météo France, the
 * national weather service," is the service.
 */
const SERVICE_NOUNS = new Set(['service', 'services']);
/** A section of a known town or a service's kind right after a name; true when one decided. */
function addSectionOrServiceCue(view: TokenView, after: number, k: number, word: string, sentenceEnd: number, evidence: Evidence): boolean {
  if (k === after && isSectionOfPlace(view, k, sentenceEnd)) {
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  // "Israel's Magen David Adom ambulance service said", "the Copernicus climate service": a service's
  // kind, then "service", after a name says a body (Magen David Adom was a person by "David").
  if (k === after + 1 && SERVICE_NOUNS.has(word) && SERVICE_KINDS.has(view.lower(after))) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/**
 * "his home in the Bel Air section of Los Angeles", "the Kreuzberg part of Berlin": a section or part
 * of a town the lists know is a place (Bel Air was a body).
 */
function isSectionOfPlace(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (!SECTION_NOUNS.has(view.lower(k)) || k + 2 >= sentenceEnd || view.lower(k + 1) !== 'of' || !view.isCapitalized(k + 2)) return false;
  for (let end = k + 3; end <= Math.min(k + 5, sentenceEnd); end++) if (isKnownPlace(view.keyOf(k + 2, end))) return true;
  return false;
}

const SECTION_NOUNS = new Set(['section', 'part', 'quarter', 'corner']);

/** What a public or emergency service does: "the Magen David Adom ambulance service". */
const SERVICE_KINDS = new Set(['ambulance', 'fire', 'rescue', 'emergency', 'emergencies', 'intelligence', 'security', 'health', 'postal', 'weather', 'meteorological', 'climate', 'prison', 'probation', 'coastguard', 'ambulances']);

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


/** Works one person makes, before "by" and their maker; not a film's, an album's or a song's, a studio's or a band's as often. */
const AUTHORED_WORKS = new Set(`painting paintings portrait portraits sculpture sculptures drawing drawings fresco frescoes novel novels
  poem poems essay essays play plays symphony symphonies concerto concertos opera operas memoir biography book books`.split(/\s+/));

/** "his play", "the 1977 play", "a novel": a determiner or a possessive (and a year) before the noun at `noun`. */
function isDeterminedNoun(view: TokenView, noun: number, sentenceFirst: number): boolean {
  let before = noun - 1;
  if (before > sentenceFirst && view.kind(before) === TokenKind.Number) before--;
  // 'Her novel "Harbour Street" sold well': the determiner may open the sentence; 'Bigelow's thriller
  // "A House of Dynamite"': a possessive is one too.
  if (before > sentenceFirst && view.kind(before) === TokenKind.Possessive) return true;
  return before >= sentenceFirst && (view.isLowerWord(before) || (before === sentenceFirst && view.isWord(before) && !view.isAllCaps(before))) && WORK_DETERMINERS.has(view.lower(before));
}

/**
 * A word no dictionary holds in [first, end): a title of dictionary words ("the film Calling the
 * Shots", "the novel Dark Matters") is left to the rules that drop or keep such phrases.
 */
function holdsNonDictionaryWord(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.isWord(i) && !view.hasClass(i, WordClass.Common)) return true;
  return false;
}

const WORK_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'whose', 'debut', 'new', 'latest', 'first', 'last', 'hit']);

const RELIGIOUS_TITLES = new Set(['lama', 'prophet', 'apostle', 'virgin', 'ayatollah', 'mahatma', 'aga', 'patriarch', 'rev', 'reverend', 'saint', 'st', 'imam', 'rabbi', 'guru']);

/** "Beyond the Clouds", "Calling the Shots": "the" after a capitalised word is inside a title. */
function inTitleCase(view: TokenView, the: number, sentenceFirst: number): boolean {
  return the - 1 >= sentenceFirst && view.isWord(the - 1) && view.isCapitalized(the - 1);
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
 * "the Panama-flagged Ocean Pearl", "the Marshall Islands-registered Aurora Sky": a flag state
 * hyphened before a name says a ship ("Aurora Sky" was a person, "Ocean Pearl" dropped as
 * dictionary words). The hyphen is the cue: "registered Democrats" and "the report flagged Google" have none.
 */
function isFlagStateBefore(view: TokenView, before: number): boolean {
  if (before < 2 || !view.isLowerWord(before) || !FLAG_STATE_WORDS.has(view.lower(before))) return false;
  return view.kind(before - 1) === TokenKind.Hyphen && view.adjacent(before - 2) && view.adjacent(before - 1) && view.isCapitalized(before - 2);
}

const FLAG_STATE_WORDS = new Set(['flagged', 'registered']);

/** What a noun before a name says it is, in the singular or the plural ("ports", "companies"). */
function typeCueOfNoun(lower: string): EntityType | undefined {
  return PRECEDING_TYPE_CUES.get(lower) ?? PRECEDING_TYPE_CUES.get(singularOf(lower));
}

/**
 * "OpenAI, the maker of ChatGPT", "the manufacturer of Ozempic": what a maker's "of" names is what
 * it makes (ChatGPT was a body, by "maker"); not a possessor ("the developer of Trump's tower").
 */
function madeByNoun(view: TokenView, noun: number, end: number): boolean {
  return MAKER_NOUNS.has(view.lower(noun)) && !isPossessor(view, end);
}

const OPERATORS_PARTICIPLES = new Set(['operated', 'chartered', 'acquired', 'manufactured', 'insured', 'underwritten']);

const MAKER_NOUNS = new Set(['maker', 'makers', 'manufacturer', 'manufacturers', 'developer', 'developers']);

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

/**
 * A word inside a name that says a title: a lower-case one, or a function word capitalised as titles
 * write it ("the comedy Burn After Reading", "his comedy The Family That Preys", which nameRuns.ts
 * `unquotedWorkTitleEnd` joined; no person's or body's name holds "After" or "That").
 */
function holdsTitleWordInside(view: TokenView, first: number, end: number): boolean {
  for (let i = first + 1; i < end; i++) if (view.isCapitalized(i) && view.hasClass(i, WordClass.Stop)) return true;
  return holdsLowerWordInside(view, first, end);
}

/** A lower-case word inside a name: the "of" of "Lord of Misrule", the "in" of "Alice in Wonderland". */
function holdsLowerWordInside(view: TokenView, first: number, end: number): boolean {
  for (let i = first + 1; i < end - 1; i++) if (view.isLowerWord(i)) return true;
  return false;
}

const MADE_THINGS_NOUNS = new Set(['label', 'labels', 'dose', 'doses', 'shortage', 'shortages', 'prescriptions', 'copies']);

/**
 * "bribes from a Hoboken developer": after "a", a developer is a builder from a place, not the
 * maker of a thing ("Hoboken" was a product); "the Fortnite developer" makes Fortnite.
 */
function isPropertyDeveloper(view: TokenView, first: number, word: string): boolean {
  return word === 'developer' && first > 0 && INDEFINITE_ARTICLES.has(view.lower(first - 1));
}

/**
 * "construction companies Obrainsa and Graña y Montero", "the lenders Santander and BBVA": a body's
 * noun in the plural before a name says a body, as the singular does ("Obrainsa" was other); so does a
 * place's ("the villages Kessel and Ouarkoye", "the towns Vuhledar and Kurakhove" were persons). Not
 * "sites", whose examples are places ("sites Fordow and Natanz").
 */
function pluralBodysCue(word: string): EntityType | undefined {
  if (!word.endsWith('s') || word === 'sites') return undefined;
  const cue = PRECEDING_TYPE_CUES.get(singularOf(word));
  return cue === 'organization' || cue === 'place' ? cue : undefined;
}

/** A plural noun's singular, as the cue lists hold it: "companies" → "company", "ports" → "port". */
function singularOf(lower: string): string {
  return lower.endsWith('ies') ? lower.slice(0, -3) + 'y' : lower.replace(/s$/, '');
}

/**
 * The type a noun gives the name its examples or its apposition introduce: "firms including
 * Maersk", "companies such as Zoomlion", "countries like Chad", "a software provider, BeyondTrust,"
 * (the comma after the name closes the apposition; "the provider, Microsoft said" has none).
 */
function nounIntroducing(view: TokenView, before: number, end: number, sentenceFirst: number): EntityType | undefined {
  const word = view.lower(before);
  let noun = -1;
  let apposed = false;
  if (word === 'including' || word === 'like') noun = before - 1;
  else if (word === 'as' && view.lower(before - 1) === 'such') noun = before - 2;
  else if (view.isChar(before, ',') && closesApposition(view, before - 1, end)) [noun, apposed] = [before - 1, true];
  // "Rivals such as Zopa grew", "Fintechs like Klarna raised money": the noun may open the sentence.
  const opening = noun === sentenceFirst && !apposed && view.isCapitalized(noun) && !view.isAllCaps(noun);
  if (noun < sentenceFirst) return undefined;
  if (!(view.isLowerWord(noun) || opening)) return apposed ? (roleOfANameBefore(view, noun, sentenceFirst) ?? lettersPostApposed(view, noun, sentenceFirst)) : undefined;
  const head = apposed ? headBeforeOf(view, noun, sentenceFirst) : -1;
  if (head >= 0) return view.hasClass(head, WordClass.Role) ? 'person' : typeCueOfNoun(view.lower(head));
  const lower = view.lower(noun);
  // "rivals such as Zopa and Monzo", "competitors like Klarna": a rival may be a body or a person; one
  // with no given name nor listed surname alone is a firm (Zopa was a person); not "rivals such as Carlos Alcaraz".
  if (!apposed && RIVAL_NOUNS.has(lower)) return namesAPersonByItsWords(view, before + 1, end) ? undefined : 'organization';
  // "Leaders such as Modi and Erdoğan", "politicians like Orbán": examples of a role in the plural are
  // its holders (both were other). Not a role that firms hold as often: "investors such as Blackstone".
  if (!apposed && isPluralOfPersonsRole(lower)) return 'person';
  const cue = EXAMPLE_NOUNS.get(lower) ?? typeCueOfNoun(lower);
  // "her fourth album, Love & Hyperbole,": a work's noun set off before a title (worksAmpersandWeight weighs its "&").
  if (apposed && WORK_NOUNS.has(lower) && joinsWithAmpersand(view, before + 1, end)) return 'other';
  // "Manu Dibango's longtime producer, Jean-Pierre Senghor, died": set off by commas, a producer named
  // by a person's name is a person too, as before a name (he was an organization).
  if (apposed && cue && PERSON_OR_FIRM_AGENTS.has(lower)) return cueOfAgentNoun(view, lower, before + 1, end, cue);
  // "her stepfather, Sven Lindqvist, a shipbuilder", "a son, Emeka; a brother, Chidi Okafor": a
  // role or a relative set off by commas is the person named (not "leaders such as Modi", a list).
  return cue ?? (apposed && (ROLE_NOUNS.has(lower) || RELATIVES.has(lower)) ? 'person' : undefined);
}

/**
 * "A chieftain of the APC, Nabena, has also called", "the leader of Hamas, Khalil Odeh,": a role "of" a
 * name, set off by commas before a name, is held by that name (Nabena was other). Not a place's noun:
 * "the capital of France, Paris,".
 */
function roleOfANameBefore(view: TokenView, noun: number, sentenceFirst: number): EntityType | undefined {
  const head = headBeforeOf(view, noun, sentenceFirst);
  return head >= 0 && view.hasClass(head, WordClass.Role) ? 'person' : undefined;
}

/**
 * "its CEO, Warren East,", "the group's CFO, Ana Ruiz,", "the local MP, Jo Platt,": an executive's or a
 * member's letters, owned or determined, set off before a name are that person's post (Warren East
 * was a place by "East"; the letters right before a name were a title already).
 */
function lettersPostApposed(view: TokenView, noun: number, sentenceFirst: number): EntityType | undefined {
  if (noun - 1 < sentenceFirst || !view.isAllCaps(noun) || !isPersonsLettersTitle(view.lower(noun))) return undefined;
  const before = noun - 1;
  return view.kind(before) === TokenKind.Possessive || (view.isLowerWord(before) && POST_DETERMINERS.has(view.lower(before))) ? 'person' : undefined;
}

const POST_DETERMINERS = new Set(['its', 'the', 'their', 'his', 'her', 'our', 'new', 'former', 'interim', 'local', 'incoming', 'outgoing']);

/** A role noun in the plural that only people hold: "leaders", "presidents" (not "investors", "broadcasters"). */
function isPluralOfPersonsRole(lower: string): boolean {
  if (!lower.endsWith('s') || lower.endsWith('ss')) return false;
  const singular = singularOf(lower);
  return ROLE_NOUNS.has(singular) && !EITHER_KIND_ROLES.has(singular) && !ROLES_FIRMS_HOLD.has(singular);
}

/**
 * "care of manager Baltnautic Shipping Ltd", "adviser Rothschild & Co": a role firms hold too before
 * a name closed by a legal form or a body's head word is the firm's (it was a person).
 */
function isFirmInFirmsRole(view: TokenView, role: string, end: number): boolean {
  if (!ROLES_FIRMS_HOLD.has(role)) return false;
  const last = view.isChar(end - 1, '.') ? end - 2 : end - 1;
  return LEGAL_SUFFIXES.has(view.key(last)) || HEAD_WORDS.get(view.lower(last)) === 'organization';
}

/** Roles a firm holds as often as a person: "investors such as Blackstone", "advisers like McKinsey". */
const ROLES_FIRMS_HOLD = new Set(['investor', 'banker', 'adviser', 'advisor', 'manager', 'designer', 'broadcaster', 'host', 'developer', 'producer', 'publisher', 'founder', 'executive', 'challenger', 'opponent', 'incumbent', 'nominee', 'candidate', 'starter', 'guard', 'forward', 'anchor', 'boss']);

/** Relatives in the plural, set off by commas before their names: "two daughters, Ngozi and Adaeze". */
const RELATIVES = new Set(['sons', 'daughters', 'brothers', 'sisters', 'children', 'grandchildren', 'grandsons', 'granddaughters', 'nephews', 'nieces', 'cousins', 'parents', 'twins', 'stepsons', 'stepdaughters']);

/**
 * What may close a name set off by a comma after a noun: a comma or a semicolon ("a son, Emeka; a
 * brother, Chidi Okafor"), the sentence's end ("She leaves a son, Tobenna."), or, after relatives, the
 * "and" of a list ("her sons, Obinna and Kelechi, spoke": the list's last name takes the type by
 * coordination), "of" and a name. Not "In the villages, Musa and Kelechi fled": the fronted phrase names no one.
 */
function closesApposition(view: TokenView, noun: number, end: number): boolean {
  if (view.isChar(end, ',;')) return true;
  // "a son, David Church of Denver;": the person's town after "of" (the name's run stopped there).
  if (view.lower(end) === 'of' && view.isLowerWord(end) && isNameToken(view, end + 1)) return true;
  if (view.kind(end) === TokenKind.Period) return end + 1 >= view.count || !view.adjacent(end);
  return view.lower(end) === 'and' && view.isLowerWord(end) && RELATIVES.has(view.lower(noun)) && isNameToken(view, end + 1);
}

/**
 * "The owner of the towing company, Dwayne Hollis,", "the head of the agency, Jean Kaseya,": in an
 * apposition the noun before "of" is what the name is, not the body's noun nearest it ("the
 * owner" may be a person or a firm). Where that noun stands, or -1 when no "of" comes first. A name
 * may stand between: "The president of the Madrid region, Isabel Díaz Ayuso," (she was a place).
 */
function headBeforeOf(view: TokenView, noun: number, sentenceFirst: number): number {
  for (let i = noun - 1; i > sentenceFirst && i >= noun - 6; i--) {
    if (!view.isLowerWord(i) && !(view.kind(i) === TokenKind.Word && view.isCapitalized(i))) return -1;
    if (view.lower(i) === 'of') return view.isLowerWord(i - 1) || isCapitalisedRoleAt(view, i - 1) ? i - 1 : -1;
  }
  return -1;
}

/**
 * "Chief Minister of the province, Mir Qadir Jamali, expressed grief": the house style's capitalised
 * office before "of" heads the phrase as its lower-case form does ("the governor of the state, …"); the
 * holder was a place by "the province".
 */
function isCapitalisedRoleAt(view: TokenView, i: number): boolean {
  return view.kind(i) === TokenKind.Word && view.isCapitalized(i) && !view.isAllCaps(i) && view.hasClass(i, WordClass.Role);
}

/** Verbs before "with" and a rival: "competes with Klarna". */
const COMPETING_WITH_VERBS = new Set(['competes', 'compete', 'competing', 'competed', 'vies', 'vying']);

/** Plurals whose examples compete with whom the sentence names: "rivals such as Zopa", "competitors like Klarna". */
const RIVAL_NOUNS = new Set(['rivals', 'competitors', 'challengers', 'peers']);

/** Plurals whose examples are places, though the singular before a name says otherwise ("news site Rappler", "sites such as Fordow"). */
const EXAMPLE_NOUNS = new Map<string, EntityType>(['sites', 'facilities', 'plants', 'cities', 'countries', 'towns', 'regions', 'nations'].map((w) => [w, 'place']));

/**
 * "the COP30 summit", "the G20 talks": a code before a meeting's word is the meeting's name; a
 * plain name is where it meets or who meets ("the Annapolis summit", "the Geneva talks").
 */
function namesAnEvent(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.hasDigit(i)) return true;
  return false;
}

const MEETING_WORDS = new Set(['summit', 'talks', 'conference', 'forum']);

/**
 * "the Biden-Xi meeting", "the Trump-Kim summit": one word hyphened to another before what only
 * people hold is one of two persons (Biden was other). Places the lists know meet as states ("the
 * US-China talks"), and a pair before a match's word may be two clubs ("the Arsenal-Chelsea match").
 */
function sidesALeadersMeeting(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1 || view.isAllCaps(first)) return false;
  const before = first >= 2 && view.kind(first - 1) === TokenKind.Hyphen && view.adjacent(first - 2) && view.adjacent(first - 1);
  const after = view.kind(end) === TokenKind.Hyphen && view.adjacent(first) && view.adjacent(end);
  const other = before ? first - 2 : after ? end + 1 : -1;
  // The hyphened pair first: the place lists are asked only of "Trump-Putin", not of every one-word name.
  if (other < 0 || isKnownPlace(view.key(first)) || !view.isCapitalized(other) || view.isAllCaps(other) || isKnownPlace(view.key(other))) return false;
  const noun = Math.max(end, other + 1);
  return noun < view.count && view.isLowerWord(noun) && LEADERS_MEETING_NOUNS.has(view.lower(noun));
}

const LEADERS_MEETING_NOUNS = new Set(['meeting', 'summit', 'talks', 'call', 'handshake', 'debate', 'ticket', 'duo']);

/**
 * "a story in The Onion", "she told The Hill": a capitalised "The" inside a sentence belongs to the
 * name after it, the way newspapers and magazines are written, so even a dictionary word ("Onion",
 * "Independent") is a name there. Only one word: "in The Imitation Game" is a film's title, which
 * this would type as a body. Not after a colon ("Rule 2: The Court"), where "The" opens a sentence.
 */
function isAcronymAfterThe(view: TokenView, first: number, end: number, the: number): boolean {
  // Not a code with digits: "the H5N1 virus", "the F35".
  return isOneAcronym(view, first, end) && view.isWord(first) && view.lower(the) === 'the' && view.kind(the) === TokenKind.Word;
}

/**
 * "the IMO said", "the ECOWAS summit": an acronym of three letters or more after a lower-case "the" is
 * a body's, not the region or town the lists spell with those letters ("Imo", a Nigerian state, made
 * the International Maritime Organization a place). Not a country's ("the UAE": the gazetteer's).
 */
function isBodysAcronymAfterThe(view: TokenView, first: number, end: number): boolean {
  return view.isAllCaps(first) && view.length(first) >= 3 && first > 0 && isAcronymAfterThe(view, first, end, first - 1) && view.isLowerWord(first - 1);
}

function isCapitalisedArticleMidSentence(view: TokenView, the: number, sentenceFirst: number): boolean {
  if (the - 1 < sentenceFirst || view.kind(the) !== TokenKind.Word || view.isAllCaps(the) || !view.isText(the, 'The')) return false;
  return view.isLowerWord(the - 1) || view.isChar(the - 1, ',');
}

/**
 * "Sochi, Russia — Australian player…", "grew up in Ballarat, Victoria, and", "in Hayes, west London": a
 * name followed by a comma and a known country or region (or a compass word and a known place), itself
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
  // "a substation in Hayes, west London,": a compass word in lower case may stand before the city.
  const compass = !inRegion && view.isLowerWord(end + 1) && view.hasClass(end + 1, WordClass.Compass);
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

/** The name ending before token `end` owns what follows it: "Shaw's", "Galois'". */
function isPossessor(view: TokenView, end: number): boolean {
  return end < view.count && (view.kind(end) === TokenKind.Possessive || (view.kind(end) === TokenKind.Apostrophe && view.adjacent(end - 1)));
}

const INDEFINITE_ARTICLES = new Set(['a', 'an']);

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
  'driver', 'drivers', 'boss', 'ceo', 'executive', 'chairman', 'chairwoman', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger',
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

/** What a field yields, before "field": "shale field", "gas field" (not "field goal" of "Butker field goal"). */
const EXTRACTED_RESOURCES = new Set(['oil', 'gas', 'shale', 'coal', 'gold', 'diamond', 'lithium']);

/**
 * "Output at the Johan Sverdrup field rose", "the Buzios field", "the Tengiz oilfield": "the", a name
 * and "field" (or "oilfield", "gasfield") name where oil or gas is drawn, a place (Johan Sverdrup was
 * a person). Not a field goal ("the Ravens field goal"), nor a listed surname alone ("the Higgs field").
 */
function isNamedFieldAt(view: TokenView, first: number, end: number, k: number, sentenceEnd: number): boolean {
  const word = view.lower(k);
  if (word !== 'field' && word !== 'oilfield' && word !== 'gasfield') return false;
  if (first < 1 || view.lower(first - 1) !== 'the' || (k + 1 < sentenceEnd && FIELD_SPORT_WORDS.has(view.lower(k + 1)))) return false;
  return end - first > 1 || !isListedSurname(view.lower(first));
}

const FIELD_SPORT_WORDS = new Set(['goal', 'goals', 'hockey', 'trip']);

const MEDIA_FOLLOWERS = new Set(['newspaper', 'newspapers', 'tabloid', 'broadcaster']);
/** What follows "news" after an outlet's name: "the Tasnim news agency", "the Walla news site". */
const NEWS_OUTLET_NOUNS = new Set(['agency', 'agencies', 'website', 'site', 'channel', 'outlet', 'network', 'portal', 'service']);

/**
 * "the opposition Azimio la Umoja coalition", "the ruling Kenya Kwanza alliance", "the Pakatan
 * Harapan coalition": a political body's name before what it is (each was a person by its two
 * capitalised words no list knows). One word is as often the leader's ("the Netanyahu coalition",
 * "the Gülen movement"), so it says nothing there.
 */
const BLOC_FOLLOWERS = new Set(['coalition', 'alliance', 'bloc', 'movement']);

/** A tournament's rounds, after its name: "the Wimbledon final". */
const TOURNAMENT_ROUNDS = new Set(['final', 'finals', 'semifinal', 'semifinals', 'quarterfinal', 'quarterfinals']);

/**
 * "She reached the Wimbledon final", "lost the Roland Garros semifinal": a round right after a name is
 * the tournament's (Wimbledon was other), when no noun follows the round ("the Senate final vote") and
 * the name is no player's ("the Alcaraz final": a surname; "the Coco Gauff final": a given name).
 */
function isTournamentsRound(view: TokenView, first: number, end: number, k: number, sentenceEnd: number): boolean {
  if (k !== end || (k + 1 < sentenceEnd && view.isLowerWord(k + 1) && !view.hasClass(k + 1, WordClass.Stop))) return false;
  return !isGivenName(view.lower(first)) && !isSurname(view.key(end - 1)) && !view.isChar(first - 1, '-');
}

/**
 * "as the Rajo Inca project ramps up", "the Thacker Pass project": a site's or a venture's name of two
 * words or more before "project" (each was a person by its capitalised words no list knows). A
 * forename's ("the Elon Musk project") or one word's ("the Adani project") may be whose it is.
 */
const VENTURE_FOLLOWERS = new Set(['project', 'projects']);

/**
 * What a noun after a name says it is, in the singular or the plural ("the Kerem Shalom and Rafah
 * crossings", "the Sado mines"); an undersea cable, a pipeline and an oil grade are things ("Brent
 * crude" was a place, "WTI crude" a body).
 */
function followingCueOf(word: string): EntityType | undefined {
  const cue = FOLLOWING_TYPE_CUES.get(word) ?? (PROGRAMME_FOLLOWERS.has(word) ? 'programme' : word === 'cable' || word === 'pipeline' || word === 'crude' ? 'other' : undefined);
  if (cue || !word.endsWith('s') || word.endsWith('ss')) return cue;
  // Only the plurals of place and thing nouns: "shares" and "officials" are cues of their own.
  const singular = FOLLOWING_TYPE_CUES.get(singularOf(word));
  return singular === 'place' ? singular : undefined;
}

/**
 * What a noun after a name's possessive says of the name: a place's part still names a place
 * ("Ukraine's capital", "Gaza's border crossing"), and shares or a subsidiary a firm; the rest says
 * what is owned, not who owns it: "Imran Khan … Khan's party won", "Putin's spokesman", "SpaceX's
 * rockets" (all three made the owner a party, a body or a product).
 */
function possessedCueOf(view: TokenView, k: number, sentenceEnd: number, word: string): EntityType | undefined {
  const cue = followingCueOf(word);
  // "Van Gaal's men could have few complaints", "Wellington's men": whose men they are, a manager's or a
  // commander's ("a Barton man" comes from a town, but "Van Gaal's men" made a place of the coach).
  if (cue === 'place' && MEN_OF_A_PLACE.has(word)) return undefined;
  if (cue === 'place' || OWNED_BY_FIRMS.has(word)) return cue;
  return isFirmsOfficerOrOwners(view, k, sentenceEnd, word) ? 'organization' : undefined;
}

const OWNED_BY_FIRMS = new Set(['shares', 'subsidiary']);

/** People a place's name says where they come from before them ("a Barton man"), but not after a possessive. */
const MEN_OF_A_PLACE = new Set(['man', 'woman', 'men', 'women', 'boy', 'boys', 'girl', 'girls', 'teen', 'teenager', 'teenagers']);

/**
 * "Greg Adams, Kaiser Permanente's chief executive", "Capital One's shareholders": only a firm has
 * a chief executive, a finance chief or shareholders (Kaiser Permanente was a person by its ruler's
 * title). Not "chief of staff", which a president has.
 */
function isFirmsOfficerOrOwners(view: TokenView, k: number, sentenceEnd: number, word: string): boolean {
  if (FIRMS_OWNERS.has(word)) return true;
  return word === 'chief' && k + 1 < sentenceEnd && view.isLowerWord(k + 1) && FIRMS_CHIEFS.has(view.lower(k + 1));
}

const FIRMS_OWNERS = new Set(['shareholders', 'stockholders']);
const FIRMS_CHIEFS = new Set(['executive', 'financial', 'operating']);

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
  // "NHS England said on Thursday", "BBC Scotland": letters the lists know before a country or a region name its branch there.
  if (view.isAllCaps(first)) return isKnownBodysBranch(firstLower, second);
  return !isListedSurname(second);
}

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

/** A given name the lists know, then a capitalised word: "Sebastian Vettel", "Max Verstappen". */
function opensPersonsName(view: TokenView, i: number, sentenceEnd: number): boolean {
  return i + 1 < sentenceEnd && view.isCapitalized(i) && isGivenName(view.lower(i)) && view.spaceBefore(i + 1) && view.isCapitalized(i + 1) && !view.isAllCaps(i + 1);
}

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

const RESIDENT_NOUNS = new Set(['man', 'woman', 'teenager', 'teen', 'boy', 'girl', 'couple', 'pensioner', 'resident', 'toddler', 'motorist', 'cyclist', 'pedestrian', 'landlord', 'farmer', 'youth']);

/** What the words after a name say of its type: the first rule that decides adds its evidence, in this order. */
function addCuesAfter(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number, evidence: Evidence): void {
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
  let after = end;
  const possessive = after < sentenceEnd && (view.kind(after) === TokenKind.Possessive || (view.kind(after) === TokenKind.Apostrophe && view.adjacent(after - 1)));
  if (possessive) after++;
  if (addEponymCuesAfter(view, first, end, after, possessive, sentenceEnd, evidence)) return;
  if (addClubCuesAfter(view, first, end, after, possessive, sentenceFirst, sentenceEnd, evidence)) return;
  if (!possessive && isPlaceByPredicate(view, after, sentenceEnd)) {
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return;
  }
  if (!possessive && isPersonByPredicate(view, after, sentenceEnd)) {
    addEvidence(evidence, 'person', WEIGHT.contextNoun);
    return;
  }
  addFollowingWordCues(view, first, end, after, possessive, sentenceEnd, evidence);
}

/** What a place, a citation or an affiliation right after a name says; true when one decided. */
function addPlaceOrBodyCuesAfter(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number, evidence: Evidence): boolean {
  if (isQualifiedByPlace(view, first, end, sentenceFirst, sentenceEnd) || liesInRegion(view, first, end, sentenceEnd)) {
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
  if (namesAffiliation(view, end, sentenceEnd) || isAcronymsPresident(view, first, end, sentenceEnd)) {
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
  // "Peter Higgs … the Higgs boson", "the Riemann hypothesis", "Fermat's theorem": a finding named
  // after its finder ("Higgs" of the boson was Peter Higgs); with the possessive only a theorem or a conjecture.
  if (after < sentenceEnd && view.isLowerWord(after) && EPONYMOUS_FINDINGS.has(view.lower(after)) && (!possessive || isProvedFinding(view.lower(after)))) {
    addEvidence(evidence, 'other', WEIGHT.eponymousCondition);
    return true;
  }
  // "The Nobel laureate said", "the Oscar winner", "a Pulitzer winning reporter": a one-word award
  // before those who won it ("Nobel" and "Oscar" were persons), as "Oscar-winning" is.
  if ((!possessive && end - first === 1 && view.isLowerWord(after) && AWARD_FOLLOWERS.has(view.lower(after)) && !isWinnerOfComplement(view, after)) || namesAwardByItsContext(view, first, end)) {
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
 * The verb of a sentence whose subject ends before `i`: the next word, or the word past what news
 * puts between a speaker and the verb: "on Friday", an adverb ("also", "later"), an auxiliary
 * ("has said", "had earlier told"), a modal before a dictionary word ("Lula will travel", "Modi
 * would also visit"), a participle's clause between commas ("Ghebrey, speaking in Geneva, said").
 * -1 if none.
 */
export function verbAfterSubject(view: TokenView, i: number): number {
  if (i >= view.count) return -1;
  if (view.isChar(i, ',')) return verbAfterParticiplesClause(view, i + 1);
  if (!view.isLowerWord(i) || !view.spaceBefore(i)) return -1;
  if (view.lower(i) === 'on' && i + 2 < view.count && view.hasClass(i + 1, WordClass.MonthOrDay) && view.isCapitalized(i + 1) && view.isLowerWord(i + 2)) i += 2;
  if (SPEAKERS_ADVERBS.has(view.lower(i)) && i + 1 < view.count && view.isLowerWord(i + 1)) i++;
  if (AUXILIARIES.has(view.lower(i)) && i + 1 < view.count && view.isLowerWord(i + 1) && isPastParticipleAt(view, i + 1)) i++;
  if (SPEAKERS_ADVERBS.has(view.lower(i)) && i + 1 < view.count && view.isLowerWord(i + 1)) i++;
  if (MODAL_VERBS.has(view.lower(i)) && i + 1 < view.count && view.isLowerWord(i + 1)) i++;
  if (SPEAKERS_ADVERBS.has(view.lower(i)) && i + 1 < view.count && view.isLowerWord(i + 1)) i++;
  return i;
}

/** "will", "would", "could": a future or a possibility before the verb ("Lula will travel to Beijing"). */
export const MODAL_VERBS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'shall', 'can']);

/** Whether a modal stands between a subject ending before `after` and its verb at `verb` ("Lula will travel", "Modi would also visit"). */
export function isModalsVerb(view: TokenView, after: number, verb: number): boolean {
  for (let k = after; k < verb; k++) if (MODAL_VERBS.has(view.lower(k))) return true;
  return false;
}

/**
 * "Lula will travel to Beijing", "Modi would visit Moscow", "Orbanek will meet the president": what a
 * leader does on a visit, after a modal, says a person (both were dropped or other); "China will host"
 * is the lists' place.
 */
const VISITING_VERBS = new Set(['travel', 'visit', 'meet', 'attend', 'arrive', 'fly', 'tour', 'testify', 'resign']);

/** "has said", "had earlier told", "have also warned": a participle, or an adverb before one. */
function isPastParticipleAt(view: TokenView, i: number): boolean {
  const word = view.lower(i);
  return SPEECH_VERBS.has(word) || (word.endsWith('ed') && isCommonWord(word)) || (SPEAKERS_ADVERBS.has(word) && i + 1 < view.count && view.isLowerWord(i + 1));
}

/** ", speaking in Geneva, said": the verb after a present participle's clause that a comma closes within a few words. */
function verbAfterParticiplesClause(view: TokenView, i: number): number {
  if (i >= view.count || !view.isLowerWord(i) || !view.lower(i).endsWith('ing')) return -1;
  for (let j = i + 1; j < Math.min(view.count - 1, i + 8); j++) {
    if (view.isChar(j, '.;:!?')) return -1;
    if (view.isChar(j, ',')) return view.isLowerWord(j + 1) ? j + 1 : -1;
  }
  return -1;
}

/** "on Friday", "also", "later": what stands between a speaker and the verb ("Ghebrey also told reporters"). */
const SPEAKERS_ADVERBS = new Set(['also', 'later', 'earlier', 'again', 'previously', 'repeatedly', 'separately', 'subsequently', 'recently', 'already', 'initially', 'then', 'once']);
const AUXILIARIES = new Set(['has', 'have', 'had']);

/** The first two lower-case words after a name (and its possessive): a verb, a noun or a stop word that decides. */
function addFollowingWordCues(view: TokenView, first: number, end: number, after: number, possessive: boolean, sentenceEnd: number, evidence: Evidence): void {
  // "Ghebrey also told reporters", "Ghebrey on Friday said", "Ghebrey has said": the verb of saying
  // past what news puts between (they said nothing: "also" and "has" end the search).
  if (!possessive && isOutletsAttribution(view, first, end, after, sentenceEnd)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return;
  }
  const verb = possessive ? -1 : verbAfterSubject(view, after);
  if (verb > after && verb < sentenceEnd && SPEECH_VERBS.has(view.lower(verb)) && addFollowerCue(view, first, end, verb, view.lower(verb), false, sentenceEnd, evidence)) return;
  if (verb > after && verb < sentenceEnd && VISITING_VERBS.has(view.lower(verb)) && isModalsVerb(view, after, verb) && end - first === 1) {
    addEvidence(evidence, 'person', WEIGHT.speechVerb);
    return;
  }
  if (!possessive && tallysPlayer(view, first, end, sentenceEnd) && !isPluralClubName(view.lower(first))) {
    addEvidence(evidence, 'person', WEIGHT.personVerb);
    return;
  }
  for (let k = after, seen = 0; k < sentenceEnd && seen < 2 && view.isLowerWord(k); k++, seen++) {
    const word = view.lower(k);
    if (addActionOrThingCue(view, first, end, after, k, word, possessive, sentenceEnd, evidence)) return;
    if (qualifiesAMadeThing(view, k, word, sentenceEnd)) continue;
    if (addFollowerCue(view, first, end, k, word, possessive, sentenceEnd, evidence)) return;
  }
}

/**
 * "The film was shelved, Deadline has confirmed", "the studio set the date, Variety reported", "the
 * deal is off, Fortune first reported": a dictionary word capitalised after a comma, closing its
 * clause with a newsroom's verb, is an outlet (each was dropped: a common word with no evidence).
 */
function isOutletsAttribution(view: TokenView, first: number, end: number, after: number, sentenceEnd: number): boolean {
  if (end - first !== 1 || first < 1 || !view.isChar(first - 1, ',') || view.isAllCaps(first)) return false;
  // "…, Smith reported", "…, Hope reported": a surname or a given name that is a word too is a reporter.
  const word = view.lower(first);
  if (!isCommonWord(word) || isListedSurname(word) || isGivenName(word)) return false;
  let verb = after;
  if (verb < sentenceEnd && (view.lower(verb) === 'has' || view.lower(verb) === 'had' || view.lower(verb) === 'first')) verb++;
  if (verb >= sentenceEnd || !NEWSROOM_VERBS.has(view.lower(verb)) || !view.isLowerWord(verb)) return false;
  const next = verb + 1;
  return next >= sentenceEnd || view.kind(next) !== TokenKind.Word || ATTRIBUTION_TAILS.has(view.lower(next));
}

/** What a newsroom does to a story: "Variety reported", "Axios has learned", "Deadline has confirmed". */
const NEWSROOM_VERBS = new Set(['reported', 'reports', 'learned', 'learnt', 'confirmed', 'revealed']);

/** Words that may follow an outlet's verb at its clause's end: "reported on Monday", "reported, citing sources". */
const ATTRIBUTION_TAILS = new Set(['on', 'citing', 'earlier', 'last', 'this', 'late', 'in', 'first']);

/**
 * "Magura V5 sea drones", "the Neptune coast missiles": a place's noun before a made thing's
 * qualifies it, so the name is the thing's (Magura V5 was a place by "sea").
 */
function qualifiesAMadeThing(view: TokenView, k: number, word: string, sentenceEnd: number): boolean {
  return followingCueOf(word) === 'place' && k + 1 < sentenceEnd && view.isLowerWord(k + 1) && followingCueOf(view.lower(k + 1)) === 'product';
}

/**
 * "Isco scored the winner", "Pedri netted twice": one word that scores, no place the lists know, is a
 * player (both were other); a club is one by the lists or by a plural verb ("Wolves scored").
 */
function scoresAsAPlayer(view: TokenView, first: number, end: number, word: string): boolean {
  return end - first === 1 && SCORING_VERBS.has(word) && !isKnownPlace(view.key(first)) && !isPluralClubName(view.lower(first));
}

/** A person's verb or possession, a maker, a field or a news agency after a name; true when one decided. */
function addActionOrThingCue(view: TokenView, first: number, end: number, after: number, k: number, word: string, possessive: boolean, sentenceEnd: number, evidence: Evidence): boolean {
  if ((possessive ? PERSON_POSSESSIONS.has(word) || isChiefOfStaff(view, k, sentenceEnd) : PERSON_VERBS.has(word)) || (!possessive && k === after && scoresAsAPlayer(view, first, end, word))) {
    addEvidence(evidence, 'person', possessive ? WEIGHT.personPossession : WEIGHT.personVerb);
    return true;
  }
  if (!possessive && k === after && actsOnHisOrHerOwn(view, k, sentenceEnd)) {
    addEvidence(evidence, 'person', WEIGHT.pronounAfter);
    return true;
  }
  if (!possessive && k === after && metSomeone(view, first, end, k, sentenceEnd)) {
    addEvidence(evidence, 'person', WEIGHT.coordination);
    return true;
  }
  // "after the iPhone maker warned of weaker sales": what a maker makes, and the verb is the maker's
  // ("iPhone" was a person by "warned"), as "the maker of Ozempic" says (madeByNoun).
  if (!possessive && MAKER_NOUNS.has(word) && !isPropertyDeveloper(view, first, word)) {
    addEvidence(evidence, 'product', WEIGHT.contextNoun);
    return true;
  }
  if (!possessive && k === after && isNamedFieldAt(view, first, end, k, sentenceEnd)) {
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  // "Nammo and Saab gained 2 percent", "Vestas fell 4%": what moves by a percentage is a company's
  // stock or an index (both were people), though a surname too ("Saab"); "Harris rose 2 percent in the poll"
  // stays hers, and "Clearing in the Amazon fell 31%" says what fell in a place.
  if (!possessive && k === after && movesByPercent(view, k, sentenceEnd) && !followsPreposition(view, first) && !opensWithForename(view, first, end, view.lower(first)) && !speaksOfPolls(view, sentenceEnd)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  // "the Vaca Muerta shale field", "the Leviathan gas field": where oil or gas is drawn is a place (Vaca Muerta was a person).
  if (!possessive && (word === 'field' || word === 'fields') && k > after && EXTRACTED_RESOURCES.has(view.lower(k - 1))) {
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  if (!possessive && addSectionOrServiceCue(view, after, k, word, sentenceEnd, evidence)) return true;
  // "Iran's semi-official Tasnim news agency reported", "the Mehr news agency": a news outlet's name
  // (Tasnim was a person by its preceding "semi-official").
  if (!possessive && k > after && view.lower(k - 1) === 'news' && NEWS_OUTLET_NOUNS.has(word)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/**
 * "Trump's special envoy, Steve Witkoff, said", "Bush's aides": one of the two words after a
 * possessive is a leader's own staff (`LEADERS_STAFF`: envoy, aide, bodyguard; or a chief of staff).
 */
export function ownsLeadersStaff(view: TokenView, after: number, sentenceEnd: number): boolean {
  for (let k = after; k < Math.min(sentenceEnd, after + 2) && view.isLowerWord(k); k++) {
    if (LEADERS_STAFF.has(view.lower(k)) || isChiefOfStaff(view, k, sentenceEnd)) return true;
  }
  return false;
}

/** "Zelenskiy's chief of staff, Andriy Yermak,": a leader's staff (the owner was other); an army's is the lists' country's ("Israel's chief of staff"). */
export function isChiefOfStaff(view: TokenView, k: number, sentenceEnd: number): boolean {
  return view.lower(k) === 'chief' && k + 2 < sentenceEnd && view.lower(k + 1) === 'of' && view.lower(k + 2) === 'staff' && view.isLowerWord(k + 2);
}

/**
 * "Bad Bunny released his album in January", "Beyoncé thanked her fans": a verb in the past right
 * after the name, then "his" or "her" and a work or the fans and career a performer has, says a
 * person (a body's is "its"; both were dropped or other). Not someone else's relative or staff:
 * "the Red Wings hired his brother" (his is Ortiz's), nor "her" as an object ("Google sent her a letter").
 */
function actsOnHisOrHerOwn(view: TokenView, verb: number, sentenceEnd: number): boolean {
  if (verb + 2 >= sentenceEnd || !view.isLowerWord(verb + 1) || !view.isLowerWord(verb + 2)) return false;
  const pronoun = view.lower(verb + 1);
  if (pronoun !== 'his' && pronoun !== 'her') return false;
  // "released her debut album", "thanked his loyal fans": one word may qualify the noun.
  const performersOwn = (k: number) => k < sentenceEnd && view.isLowerWord(k) && (PERFORMERS_OWN.has(view.lower(k)) || WORK_NOUNS.has(view.lower(k)));
  if (!performersOwn(verb + 2) && !performersOwn(verb + 3)) return false;
  const word = view.lower(verb);
  return IRREGULAR_PAST_VERBS.has(word) || (word.length >= 5 && word.endsWith('ed') && isCommonWord(word));
}

/** What a performer has besides a work (WORK_NOUNS): "thanked her fans", "ended his career", "began her tour". */
const PERFORMERS_OWN = new Set(['fans', 'career', 'tour', 'debut', 'ep', 'record', 'mixtape']);

/** A noun that names what the name is, a gathering, a medium, a speech verb or a stop word; true when the search ends. */
function addFollowerCue(view: TokenView, first: number, end: number, k: number, word: string, possessive: boolean, sentenceEnd: number, evidence: Evidence): boolean {
  if (addGatheringOrGroupCue(view, first, end, k, word, possessive, sentenceEnd, evidence)) return true;
  if (!possessive && isAirlinesFlight(view, first, end, k, word)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  const cue = possessive ? possessedCueOf(view, k, sentenceEnd, word) : followingCueOf(word);
  // "Robert Finnegan is chief executive of Three UK": a role after a copula is what the name is, a
  // person (it was a body, as "the Hamas chief" makes one).
  if (!possessive && cue === 'organization' && isRoleAfterCopula(view, first, k, word)) {
    addEvidence(evidence, 'person', WEIGHT.contextNoun);
    return true;
  }
  if (cue) {
    // "the ouster of the Awami League regime", "Muslim League allies": a body's head closing the name
    // makes the regime or the allies a party's, no leader's (the party was a person).
    const said = cue === 'person' && HEAD_WORDS.get(view.lower(end - 1)) === 'organization' ? 'organization' : cue;
    if (!(said === 'organization' && isPeoplesAdjectiveBeforeRole(view, first, end, word))) addEvidence(evidence, said, WEIGHT.contextNoun);
    return true;
  }
  if (!possessive && k === end && (SPEECH_VERBS.has(word) || RESULTS_VERBS.has(word) || BODY_ACTION_VERBS.has(word)) && isBodyOfDictionaryWords(view, first, end)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  // "KKR said the deal closed": a body speaks as a person does; an acronym's word says nothing of whom.
  if (SPEECH_VERBS.has(word)) {
    if ((reportsOfItsBusiness(view, k, sentenceEnd) || reportsItsOwnDeed(view, first, end, k, sentenceEnd)) && !namesAPersonByItsWords(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    else if (!isOneAcronym(view, first, end)) addEvidence(evidence, 'person', reportsOfHimOrHerself(view, k, sentenceEnd) ? WEIGHT.pronounAfter : WEIGHT.speechVerb);
    return true;
  }
  // "Wolfsburg reported a loss", "Vestas posted higher orders": who reports results is a company (a city
  // by the lists); so is who does something to its own figures ("Wolfsburg raised its forecast").
  if (!possessive && ((RESULTS_VERBS.has(word) && businessNounWithin(view, k + 1, Math.min(sentenceEnd, k + 6))) || actsOnItsFigures(view, k, sentenceEnd)) && !namesAPersonByItsWords(view, first, end)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  return STOPWORDS.has(word);
}

/**
 * "an Aer Lingus flight from London", "two Wizz Air flights were cancelled": the airline that flies
 * it (Aer Lingus was a person). Not a mission's number ("the Apollo 11 flight") nor a town's ("a Paris flight").
 */
function isAirlinesFlight(view: TokenView, first: number, end: number, k: number, word: string): boolean {
  return k === end && (word === 'flight' || word === 'flights') && !view.hasDigit(end - 1) && !isKnownPlace(view.keyOf(first, end));
}

function isRoleAfterCopula(view: TokenView, first: number, k: number, word: string): boolean {
  return k > first && COPULA_ROLES.has(word) && COPULAS.has(view.lower(k - 1)) && view.isLowerWord(k - 1);
}

const COPULA_ROLES = new Set(['chief', 'spokesman', 'spokeswoman', 'spokesperson', 'official']);

/** addFollowerCue's words after a name that say it is a gathering, a round, a bloc or a venture, or nothing: true when the word was one of them. */
function addGatheringOrGroupCue(view: TokenView, first: number, end: number, k: number, word: string, possessive: boolean, sentenceEnd: number, evidence: Evidence): boolean {
  if (MEETING_WORDS.has(word) && !namesAnEvent(view, first, end)) return true;
  // "the Rio de Janeiro games", "the London games": held in a city; "the Pan American games" are an event.
  if (word === 'games' && isCity(view.keyOf(first, end))) return true;
  // "the ruling Morena party" is a body; "a Christmas party" a gathering.
  if (word === 'party' && first > 0 && view.isLowerWord(first - 1) && INDEFINITE_ARTICLES.has(view.lower(first - 1))) return true;
  // "told Kommersant newspaper" is the paper; "the Bob Smith newspaper column" is his.
  if (MEDIA_FOLLOWERS.has(word) && opensWithForename(view, first, end, view.lower(first))) return true;
  if (!possessive && TOURNAMENT_ROUNDS.has(word)) {
    if (isTournamentsRound(view, first, end, k, sentenceEnd)) addEvidence(evidence, 'event', WEIGHT.contextNoun);
    return true;
  }
  if (BLOC_FOLLOWERS.has(word)) {
    if (spaceSeparatedWords(view, first, end) >= 2) addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (VENTURE_FOLLOWERS.has(word)) {
    if (spaceSeparatedWords(view, first, end) >= 2 && !opensWithForename(view, first, end, view.lower(first))) addEvidence(evidence, 'programme', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/**
 * "Kanye said he was happy with the ruling", "Shakira said that she would tour": a speaker whose
 * words report "he" or "she" is a person (a body says "it" or "they"), more than "said" alone says.
 */
export function reportsOfHimOrHerself(view: TokenView, verb: number, sentenceEnd: number): boolean {
  const next = verb + 1 < sentenceEnd && view.lower(verb + 1) === 'that' ? verb + 2 : verb + 1;
  return next < sentenceEnd && view.isLowerWord(next) && (view.lower(next) === 'he' || view.lower(next) === 'she');
}

/**
 * "Kongsberg said its orders rose", "Nokia said that it would cut 14,000 jobs": a speaker whose
 * words report "its" or "it" and the sentence a company's figures is a company (a town by the
 * lists, or a person by "said"); "Smith said it was time" says nothing.
 */
function reportsOfItsBusiness(view: TokenView, verb: number, sentenceEnd: number): boolean {
  const next = afterSayingWhenOrHow(view, verb, sentenceEnd);
  if (next < sentenceEnd && view.isLowerWord(next) && reportsAFigureMoving(view, next, sentenceEnd)) return true;
  if (next >= sentenceEnd || !view.isLowerWord(next) || (view.lower(next) !== 'its' && view.lower(next) !== 'it')) return false;
  if (view.lower(next) === 'its' && namesItsOwnProduct(view, next + 1, sentenceEnd)) return true;
  return businessNounWithin(view, next + 1, Math.min(sentenceEnd, next + 8));
}

/**
 * "Amtrak said its California Zephyr would run late", "Nintendo said its Switch 2 sold out": "its"
 * right before a capitalised name reports a thing the speaker owns, a body's train, product or
 * service (Amtrak was a person by "said"); a person says "his" or "her".
 */
function namesItsOwnProduct(view: TokenView, at: number, sentenceEnd: number): boolean {
  return at < sentenceEnd && view.isWord(at) && view.isCapitalized(at) && view.spaceBefore(at);
}

/**
 * "Kingspan said it regretted the fire", "Ticketmaster said it would refund fans": one word no given-name
 * list holds whose "it" then does what a body does is a body (both were persons by "said"). Not "Mourinho
 * said it was time", nor "it would be hard"; a listed surname alone stays a person (namesAPersonByItsWords).
 */
function reportsItsOwnDeed(view: TokenView, first: number, end: number, verb: number, sentenceEnd: number): boolean {
  // "DP World said it would bid": longer names too, when no given name opens them and no surname but a
  // dictionary word's closes them ("Xabi Alonso said it would hurt" stays a person).
  const lastWord = view.lower(end - 1);
  if (end - first === 1 ? isGivenName(view.lower(first)) : opensWithForename(view, first, end, view.lower(first)) || (isListedSurname(lastWord) && !isCommonWord(lastWord))) return false;
  return itDoesABodysDeed(view, verb, sentenceEnd);
}

/** "said it regretted", "said on Wednesday it would buy": the "it" after a speech verb does what only a body does. */
function itDoesABodysDeed(view: TokenView, verb: number, sentenceEnd: number): boolean {
  // "Eurostar said on Wednesday it would buy": when it was said comes between.
  const it = afterSayingWhenOrHow(view, verb, sentenceEnd);
  if (it + 2 >= sentenceEnd || view.lower(it) !== 'it' || !view.isLowerWord(it) || !view.isLowerWord(it + 1)) return false;
  // "said it had agreed", "said it has declined": the perfect's participle.
  const deed = (view.lower(it + 1) === 'had' || view.lower(it + 1) === 'has') && view.isLowerWord(it + 2) ? it + 2 : it + 1;
  if (BODY_DEED_VERBS.has(view.lower(deed))) return true;
  const modal = view.lower(it + 1);
  if (modal !== 'would' && modal !== 'will') return false;
  return view.isLowerWord(it + 2) && !THING_VERBS_AFTER_MODAL.has(view.lower(it + 2)) && !STOPWORDS.has(view.lower(it + 2));
}

/** "said on Tuesday it expected", "said in a statement that its …": the word after the speech verb and when and how it was said. */
function afterSayingWhenOrHow(view: TokenView, verb: number, sentenceEnd: number): number {
  let next = verb + 1;
  while (next < sentenceEnd && next - verb <= 4 && (SAYING_WHEN_OR_HOW.has(view.lower(next)) || view.hasClass(next, WordClass.MonthOrDay) || view.isChar(next, ','))) next++;
  return next;
}

/**
 * "Berkshire Hathaway said operating earnings rose 5%", "Lucid said deliveries fell": a company's
 * figure, a word or two of lower case opening with it, that moves is what a company reports of itself
 * (Berkshire Hathaway was a person by "said" and its two words).
 */
function reportsAFigureMoving(view: TokenView, from: number, sentenceEnd: number): boolean {
  for (let k = from; k < Math.min(sentenceEnd - 1, from + 3); k++) {
    if (!view.isLowerWord(k)) return false;
    // "quarterly deliveries fell": the figure is the last of its words.
    if (BUSINESS_NOUNS.has(view.lower(k)) && view.isLowerWord(k + 1) && (MARKET_MOVES.has(view.lower(k + 1)) || FIGURE_MOVES.has(view.lower(k + 1)))) return true;
  }
  return false;
}

/** Verbs a figure moves with besides a market's ("sales grew", "orders doubled"). */
const FIGURE_MOVES = new Set(['grew', 'increased', 'decreased', 'doubled', 'halved', 'beat', 'missed', 'topped', 'exceeded']);

/** Words between a speech verb and what was said: "said on Tuesday that", "said in a statement". */
const SAYING_WHEN_OR_HOW = new Set(['that', 'on', 'in', 'a', 'statement', 'filing', 'today', 'yesterday', 'late', 'early']);

/**
 * "Morgan Lister said its quarterly revenue dropped", "Bennett said it would cut 800 jobs", "Bennett
 * earned 85 cents per share": what a company says or does of its business right after its name, as
 * addFollowerCue reads it, whatever the name's words say (namesAPersonByItsWords keeps such names
 * persons there). For a name the story shows to be traded (tradedCompanies.ts).
 */
export function reportsAsACompany(view: TokenView, end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd || !view.isLowerWord(end)) return false;
  const word = view.lower(end);
  if (SPEECH_VERBS.has(word)) return reportsOfItsBusiness(view, end, sentenceEnd) || itDoesABodysDeed(view, end, sentenceEnd);
  if (RESULTS_VERBS.has(word) && businessNounWithin(view, end + 1, Math.min(sentenceEnd, end + 6))) return true;
  return actsOnItsFigures(view, end, sentenceEnd) || earnsPerShare(view, end, sentenceEnd);
}

/**
 * "Fischer posted a loss", "Fischer earned 45 cents per share", "Fischer said it earned $2 billion in
 * the quarter", "Brandt said on Tuesday it would cut 800 jobs": what only a company does, right after
 * its name (tradedCompanies.ts counts it as the story's mark of a company). Narrower than
 * reportsAsACompany: a chief executive speaks of "its revenue" and "its margins" too.
 */
export function doesACompanysDeed(view: TokenView, end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd || !view.isLowerWord(end)) return false;
  const word = view.lower(end);
  if (!SPEECH_VERBS.has(word)) return reportsItsResults(view, end, sentenceEnd) || (EARNING_VERBS.has(word) && earnsPerShare(view, end, sentenceEnd));
  const it = afterSayingWhenOrHow(view, end, sentenceEnd);
  if (it + 2 >= sentenceEnd || view.lower(it) !== 'it' || !view.isLowerWord(it)) return false;
  const verb = view.lower(it + 1) === 'had' || view.lower(it + 1) === 'has' ? it + 2 : it + 1;
  return reportsItsResults(view, verb, sentenceEnd) || (EARNING_VERBS.has(view.lower(verb)) && view.isLowerWord(verb) && amountWithin(view, verb + 1, Math.min(sentenceEnd, verb + 3))) || cutsJobs(view, verb, sentenceEnd);
}

/** "posted a loss", "reported higher quarterly sales": a results verb and, within four words, the result. */
function reportsItsResults(view: TokenView, verb: number, sentenceEnd: number): boolean {
  if (verb >= sentenceEnd || !view.isLowerWord(verb) || !RESULTS_VERBS.has(view.lower(verb))) return false;
  for (let k = verb + 1; k < Math.min(sentenceEnd, verb + 5); k++) if (view.isLowerWord(k) && RESULTS_NOUNS.has(view.lower(k))) return true;
  return false;
}

/** "would cut 1,200 jobs", "will shed 800 positions": a modal, a verb of cutting, a number and the jobs. */
function cutsJobs(view: TokenView, modal: number, sentenceEnd: number): boolean {
  if (modal + 3 >= sentenceEnd || (view.lower(modal) !== 'would' && view.lower(modal) !== 'will') || !JOB_CUTTING_VERBS.has(view.lower(modal + 1))) return false;
  return view.kind(modal + 2) === TokenKind.Number && view.isLowerWord(modal + 3) && JOBS.has(view.lower(modal + 3));
}

/** "$2 billion", "2 billion euros", "45 cents": a number within [from, end). */
function amountWithin(view: TokenView, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (view.kind(k) === TokenKind.Number) return true;
  return false;
}

const EARNING_VERBS = new Set(['earned', 'earns', 'lost', 'loses', 'made', 'makes', 'netted']);
const RESULTS_NOUNS = new Set(['profit', 'profits', 'loss', 'losses', 'revenue', 'revenues', 'sales', 'earnings']);
const JOB_CUTTING_VERBS = new Set(['cut', 'shed', 'eliminate', 'axe', 'slash']);
const JOBS = new Set(['jobs', 'positions', 'workers', 'employees', 'staff', 'roles']);

/** "earned 85 cents per share", "lost $1.10 a share": a verb, then within six words a figure per share, which only a company reports. */
function earnsPerShare(view: TokenView, verb: number, sentenceEnd: number): boolean {
  for (let k = verb + 2; k + 1 < Math.min(sentenceEnd, verb + 8); k++) {
    if (view.lower(k + 1) === 'share' && (view.lower(k) === 'per' || view.lower(k) === 'a') && view.isLowerWord(k)) return true;
  }
  return false;
}

/**
 * "shares of Morgan Lister fell", "Bennett's shares rose", "Bennett shares jumped", "Dalton Foods (NYSE:
 * DLF)": the name, from first to end, is what a stock is of. Only a company is traded.
 */
export function namesTradedStock(view: TokenView, first: number, end: number): boolean {
  const isEquity = (k: number) => k >= 0 && k < view.count && view.kind(k) === TokenKind.Word && (view.lower(k) === 'shares' || view.lower(k) === 'stock');
  // "Shares of Morgan Lister fell": opening the sentence too.
  if (first >= 2 && view.lower(first - 1) === 'of' && view.isLowerWord(first - 1) && isEquity(first - 2)) return true;
  // "Bennett's shares rose", not "Musk's shares in Tesla": a holder's shares do not move by his name.
  const equity = end < view.count && view.kind(end) === TokenKind.Possessive ? end + 1 : end;
  if (isEquity(equity) && equity + 1 < view.count && view.isLowerWord(equity + 1) && MARKET_MOVES.has(view.lower(equity + 1))) return true;
  return end + 2 < view.count && view.isChar(end, '(') && STOCK_EXCHANGES.has(view.lower(end + 1)) && view.isChar(end + 2, ':');
}

/**
 * "Chief executive Mary Smith said its sales fell", "Lundmark said its orders rose": a given name or
 * a listed surname alone speaks of the company's figures, no company (both were organisations).
 */
function namesAPersonByItsWords(view: TokenView, first: number, end: number): boolean {
  if (opensWithForename(view, first, end, view.lower(first))) return true;
  return end - first === 1 && isListedSurname(view.lower(first)) && !isCity(view.keyOf(first, end));
}

/**
 * "Network Rail said the line would reopen", "National Grid warned of cuts", "Royal Mail raised
 * prices": two or more capitalised dictionary words that speak or act as a firm does name a body
 * (they were dropped: dictionary words with no evidence); "and" may join them inside. Not a forename and a surname ("Bill Gates
 * said"), nor an office ("as the Chief Justice said"), nor a place after its preposition.
 */
function isBodyOfDictionaryWords(view: TokenView, first: number, end: number): boolean {
  if (spaceSeparatedWords(view, first, end) < 2 || opensWithForename(view, first, end, view.lower(first))) return false;
  // "Officials in Dodge City said": the name after a preposition is not who speaks.
  if (first > 0 && view.isLowerWord(first - 1) && (OPENING_PREPOSITIONS.has(view.lower(first - 1)) || view.lower(first - 1) === 'of')) return false;
  // "the US Geological Survey said", "Texas Instruments reported": a place the lists know may open it.
  const words = isKnownPlace(view.key(first)) ? first + 1 : first;
  for (let i = words; i < end; i++) {
    // "the Hostages and Missing Families Forum said": an "and" between the body's words.
    if (i > words && view.isLowerWord(i) && view.lower(i) === 'and') continue;
    if (!view.isWord(i) || view.isAllCaps(i) || !view.isCapitalized(i) || !view.hasClass(i, WordClass.Common) || view.hasClass(i, WordClass.Stop)) return false;
    // "as the Chief Justice said": an office, not a body.
    if (isTitleWord(view.lower(i)) || ROLE_NOUNS.has(view.lower(i))) return false;
  }
  return true;
}

/** "raised its forecast", "saw its shares jump", "doubled its quarterly profit": a verb, "its" and a company's figure within two words. */
function actsOnItsFigures(view: TokenView, verb: number, sentenceEnd: number): boolean {
  return verb + 2 < sentenceEnd && view.lower(verb + 1) === 'its' && view.isLowerWord(verb + 1) && businessNounWithin(view, verb + 2, Math.min(sentenceEnd, verb + 4));
}

/**
 * A market's verb, "by" perhaps, a number and "percent", "per cent" or "%": "gained 2 percent", "fell
 * by 4%" (not "points", which a candidate gains in the polls; nor a person's name, by the caller).
 */
function movesByPercent(view: TokenView, verb: number, sentenceEnd: number): boolean {
  if (!MARKET_MOVES.has(view.lower(verb))) return false;
  const number = view.lower(verb + 1) === 'by' ? verb + 2 : verb + 1;
  if (number + 1 >= sentenceEnd || view.kind(number) !== TokenKind.Number) return false;
  const unit = view.lower(number + 1);
  return view.isChar(number + 1, '%') || unit === 'percent' || unit === 'pct' || (unit === 'per' && view.lower(number + 2) === 'cent');
}

/** "in the Amazon", "of Vestas": a name that a preposition (and "the") puts in a phrase, no subject. */
function followsPreposition(view: TokenView, first: number): boolean {
  const before = first > 0 && view.lower(first - 1) === 'the' ? first - 2 : first - 1;
  return before >= 0 && view.isLowerWord(before) && OPENING_PREPOSITIONS.has(view.lower(before));
}

/** A poll's words in the sentence (read back from its end): who gains there is a candidate. */
function speaksOfPolls(view: TokenView, sentenceEnd: number): boolean {
  for (let k = sentenceEnd - 1; k >= 0 && !view.isChar(k, '.!?'); k--) if (POLL_WORDS.has(view.lower(k))) return true;
  return false;
}

const POLL_WORDS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'vote', 'votes', 'ballot', 'approval', 'primary', 'race']);

const MARKET_MOVES = new Set(['rose', 'fell', 'gained', 'dropped', 'jumped', 'climbed', 'slipped', 'slid', 'tumbled', 'surged', 'soared', 'plunged', 'sank', 'eased', 'shed', 'rallied', 'advanced', 'declined', 'rises', 'falls', 'gains', 'drops', 'jumps', 'climbs']);

/** A company's figure (BUSINESS_NOUNS) among the lower-case words from `from` to `end`. */
function businessNounWithin(view: TokenView, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (view.isLowerWord(k) && BUSINESS_NOUNS.has(view.lower(k))) return true;
  return false;
}

/**
 * "the first Indigenous chief justice", "the first Dalit chief minister": after an ordinal, one word
 * before a role's "chief" or "official" says who the holder is, no body (both were bodies); "the
 * NATO chief said" still names the alliance.
 */
function isPeoplesAdjectiveBeforeRole(view: TokenView, first: number, end: number, word: string): boolean {
  if (!FOLLOWING_ROLE_CUES.has(word) || end - first !== 1 || first === 0 || view.isAllCaps(first)) return false;
  return view.isLowerWord(first - 1) && RANKING_ORDINALS.has(view.lower(first - 1));
}

const FOLLOWING_ROLE_CUES = new Set(['chief', 'official', 'spokesman', 'spokeswoman', 'spokesperson']);
const RANKING_ORDINALS = new Set(['first', 'second', 'third', 'last', 'only']);

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

/** A preposition of where right before token first ("in Raleigh", "at Boston"): the name is its object, no verb's subject. */
function followsPlacePreposition(view: TokenView, first: number): boolean {
  return first > 0 && view.isLowerWord(first - 1) && PLACE_PREPOSITIONS.has(view.lower(first - 1));
}

/** Verbs in the plural a club's town takes: "Newcastle are sixth", "Liverpool face Newcastle at Anfield" (a town "faces"). */
const PLURAL_VERBS = new Set(['are', 'were', 'have', 'face', 'host', 'visit', 'play']);
const FAN_NOUNS = new Set(['fan', 'fans', 'supporter', 'supporters']);

/** "rabbitohs", "magpies": a plural no listed surname ("williams") and no demonym ("americans") ends so. */
function isPluralClubName(lower: string): boolean {
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !isListedSurname(lower) && !gazetteer().demonyms.has(lower) && !isKnownPlace(lower);
}

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

const COPULAS = new Set(['is', 'was', 'remains', 'became']);
const SETTLEMENT_NOUNS = new Set(['capital', 'city', 'town', 'village', 'port', 'province', 'country']);

/** "first home defeat", "unbeaten run", "goals": up to three lower-case words from `k` that hold a club's result or play. */
function namesMatchResult(view: TokenView, k: number, sentenceEnd: number): boolean {
  for (let seen = 0; k < sentenceEnd && seen < 3 && view.isLowerWord(k); k++, seen++) if (MATCH_RESULTS.has(view.lower(k))) return true;
  return false;
}


const MATCH_RESULTS = new Set(['defeat', 'defeats', 'victory', 'victories', 'draw', 'goal', 'goals', 'equaliser', 'equalizer', 'unbeaten', 'lineup', 'squad', 'fans', 'supporters']);

/** "scored many goals for Madrid", "played for Barcelona", "signed for Munich": who plays or scores "for" a city plays for its club. */
function playsFor(view: TokenView, forToken: number, sentenceFirst: number): boolean {
  for (let k = forToken - 1; k >= Math.max(sentenceFirst, forToken - 3) && view.isLowerWord(k); k--) if (PLAYING_WORDS.has(view.lower(k))) return true;
  return false;
}

const PLAYING_WORDS = new Set(['played', 'plays', 'playing', 'signed', 'scored', 'scores', 'scoring', 'goals', 'appearances', 'debut']);

/**
 * "14 rebounds for Boston", "Rafael Devers homered for Boston": a box score's words before "for" a
 * one-word city. A city of two words is a full name no short form links to its club, whose every
 * mention ("Los Angeles with 4 million people") the cue would turn.
 */
function scoresForOneWordCity(view: TokenView, forToken: number, first: number, end: number): boolean {
  if (end - first !== 1) return false;
  for (let k = forToken - 1; k >= forToken - 3 && view.isLowerWord(k); k--) if (BOX_SCORE_WORDS.has(view.lower(k))) return true;
  return false;
}

const BOX_SCORE_WORDS = new Set(['points', 'rebounds', 'assists', 'homered', 'touchdowns', 'wickets']);

/** "Jayson Tatum led Boston with 24 points": "with", a number and a box score's noun after a (one-word) city say its team. */
function leadsScoringLine(view: TokenView, after: number, sentenceEnd: number): boolean {
  if (after + 2 >= sentenceEnd || view.lower(after) !== 'with' || !/^\d+$/.test(view.raw(after + 1))) return false;
  return SCORING_NOUNS.has(view.lower(after + 2));
}

/** What a player does to a goal: "scored the winner", "netted twice". */
const SCORING_VERBS = new Set(['scored', 'netted']);

const SCORING_NOUNS = new Set(['points', 'rebounds', 'assists', 'goals', 'touchdowns', 'saves', 'strikeouts', 'hits', 'runs']);

/** One word in capitals, letters only: "KKR", "AMD"; not "H5N1" or "Smith". */
function isOneAcronym(view: TokenView, first: number, end: number): boolean {
  return end - first === 1 && view.isAllCaps(first) && view.length(first) >= 2 && !view.hasDigit(first);
}

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
 * A one-word party to a case, named in its caption: "Wade" and "Jacobs" in "in Wade v. Jacobs",
 * "Green" in "Green versus United States". Such a party is a person unless the word lists know the
 * name as a place or an organisation ("Kennedy v. Louisiana": Louisiana stays a state), so the
 * "in" before a caption says nothing of a place.
 */
function isCaseParty(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  // "FTC v. Amazon.com": letters and a web address name bodies, no person (the FTC took its full name with it).
  if (view.isAllCaps(first) || (end - first >= 3 && view.kind(end - 2) === TokenKind.Period)) return false;
  if (!inCaseCaption(view, first, end, sentenceFirst, sentenceEnd) || spaceSeparatedWords(view, first, end) !== 1) return false;
  // "In State v. Meharry", "People v. Turner", "R v Jogee" (the Crown): the prosecuting state, no person.
  return !SOVEREIGN_PARTIES.has(view.key(first)) && wordListEvidence(view.keyOf(first, end)).length === 0;
}

const SOVEREIGN_PARTIES = new Set(['state', 'people', 'commonwealth', 'crown', 'government', 'republic', 'union', 'nation']);

/**
 * A capitalised word before "v." and the name [first, end) after it, or the name before it and a
 * capitalised word after. A bare "v" or "vs" is a caption's in a sentence of a court's words ("In
 * Smith v Jones, decided on Monday, the appeal court said": Smith was a place), as British courts
 * and papers write it; elsewhere it is a fixture's ("Everton v Burnley kicks off at 3pm", sidesAVersus).
 */
function inCaseCaption(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  const after = afterVersus(view, end);
  if (after > 0 && after < sentenceEnd && view.isCapitalized(after)) return isCaptionsVersus(view, end, sentenceFirst, sentenceEnd);
  if (first - 2 < sentenceFirst) return false;
  if (afterVersus(view, first - 1) === first) return view.isCapitalized(first - 2) && isCaptionsVersus(view, first - 1, sentenceFirst, sentenceEnd);
  return first - 3 >= sentenceFirst && afterVersus(view, first - 2) === first && view.isCapitalized(first - 3) && isCaptionsVersus(view, first - 2, sentenceFirst, sentenceEnd);
}

/** Where the party after "v", "vs" or "versus" at token k (and its period) starts, or -1 when k is none of them. */
function afterVersus(view: TokenView, k: number): number {
  if (!view.isLowerWord(k)) return -1;
  const word = view.lower(k);
  if (word === 'versus') return k + 1;
  if (word !== 'v' && word !== 'vs') return -1;
  return view.kind(k + 1) === TokenKind.Period ? k + 2 : k + 1;
}

/** "versus", "v." or "vs." at token k; a bare "v" or "vs" only in a sentence of a court's words and no match's ("decided by a late goal"). */
function isCaptionsVersus(view: TokenView, k: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (view.lower(k) === 'versus' || view.kind(k + 1) === TokenKind.Period) return true;
  return holdsCourtWord(view, sentenceFirst, sentenceEnd) && !speaksOfAFixture(view, sentenceFirst, sentenceEnd);
}

/** One of a court's words in the sentence, capitalised too ("the High Court heard", "decided on Monday", "the justices said"). */
function holdsCourtWord(view: TokenView, sentenceFirst: number, sentenceEnd: number): boolean {
  for (let i = sentenceFirst; i < sentenceEnd; i++) if (view.isWord(i) && COURT_WORDS.has(view.lower(i))) return true;
  return false;
}

const COURT_WORDS = new Set(['court', 'courts', 'judge', 'judges', 'justice', 'justices', 'ruling', 'ruled', 'judgment', 'judgement', 'decided', 'appeal', 'lawyers', 'case', 'trial', 'jury', 'tribunal', 'claimant', 'defendant', 'precedent']);

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

/**
 * The evidence a one-word name carries whatever its context: what the gazetteer and the city list
 * say the word means elsewhere ("PRC" is China, "Isla" is a town).
 */
export function wordListEvidence(key: string): { type: EntityType; weight: number }[] {
  const out: { type: EntityType; weight: number }[] = [];
  const known = gazetteer().byKey.get(key);
  if (known) out.push({ type: known.type, weight: WEIGHT.gazetteer });
  if (isCity(key)) out.push({ type: 'place', weight: WEIGHT.city });
  // "Newfoundland and Labrador", "Jammu and Kashmir", "Western Cape": a country's region named in
  // more than one word is a place (one word may be anyone's: "Georgia", "Victoria").
  else if (key.includes(' ') && isRegion(key)) out.push({ type: 'place', weight: WEIGHT.city });
  return out;
}

/** A capitalised "Right" and a lower-case "to" inside the name: "Tennessee Right to Life". */
function holdsRightTo(view: TokenView, first: number, end: number): boolean {
  for (let k = first; k + 2 < end; k++) if (view.lower(k) === 'right' && view.isCapitalized(k) && view.lower(k + 1) === 'to' && view.isLowerWord(k + 1)) return true;
  return false;
}

/** "Institute for Maritime Strategy", "Bank of Korea", "Committee to Protect Journalists": an organisation word heads the phrase after it. */
function anchorHeadsPhrase(view: TokenView, first: number, end: number): boolean {
  let firstPhrase = true;
  for (let k = first; k + 1 < end; k++) {
    // "Committee to Protect Journalists": a body's purpose after "to" (see nameRuns); "Unión por la
    // Patria": Spanish "for", after a head word keyed without its accent.
    if (!view.isLowerWord(k + 1) || !['of', 'for', 'on', 'to', 'por'].includes(view.lower(k + 1))) continue;
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
  // "the U.S. Conference of Catholic Bishops", "the Conference of Presidents": a conference of office holders is their body (it was an event).
  if (phraseType === 'event' && view.key(phraseHead) === 'conference' && lastLower.endsWith('s') && isTitleWord(lastLower.slice(0, -1))) return 'organization';
  if (SURNAME_HEADS.has(lastLower) && closesPersonsName(view, first, lastWord) && !namesHallAfterPlacePreposition(view, first, lastWord)) return undefined;
  // "Lord Hill of Oareford", "Baron Hall of Birkenhead": a title, a surname that is a place's head too, and
  // the place of the peerage name a person (it was a place).
  if (phraseHead > first && SURNAME_HEADS.has(view.key(phraseHead)) && isTitleWord(view.lower(phraseHead - 1))) return undefined;
  if (isBodyHeadBeforeItsCity(view, first, lastWord) || namesPartyByItsMembers(view, first, lastWord, lastLower) || isBodysProvince(view, first, lastWord, lastLower)) return 'organization';
  if (isBowlAsVenue(view, first, lastWord, lastLower) || isForestAsPlace(view, first, lastWord, lastLower)) return 'place';
  const zoneOrFire = zoneOrFireType(view, first, lastWord, lastLower);
  if (zoneOrFire) return zoneOrFire;
  return HEAD_WORDS.get(lastLower) ?? (phraseHead >= 0 && view.lower(phraseHead + 1) !== 'for' ? phraseType : undefined);
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
    if (word === 'on' || word === 'of' || word === 'for') return k - 1;
  }
  return -1;
}

/** "F-35", "Su-57", "KN-23": letters, a hyphen and digits. */
function isProductCode(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i + 2 < end; i++) {
    if (view.kind(i + 1) === TokenKind.Hyphen && view.hasDigit(i + 2) && view.length(i) <= 10) return true;
  }
  return false;
}

/** Two to four space-separated capitalised words, none a common English word or an organisation's head word. */
function looksLikePersonName(view: TokenView, first: number, end: number, firstKey: string): boolean {
  for (let i = first; i < end; i++) {
    const kind = view.kind(i);
    // 'Jungwook "Wookie" Kim': the quotes of a nickname.
    if (kind === TokenKind.Hyphen || (i > first && view.isChar(i, OPEN_QUOTES + CLOSE_QUOTES))) continue;
    if (kind !== TokenKind.Word || view.hasDigit(i) || view.isAllCaps(i)) return false;
    const lower = view.lower(i);
    if (view.isCapitalized(i) && (isCommonWord(lower) || HEAD_WORDS.has(lower)) && !isHyphenedSurname(view, i, lower) && !isParticleInsideName(view, i, first, end)) return false;
  }
  const words = spaceSeparatedWords(view, first, end);
  if (opensWithForeignArticle(firstKey, words) || opensWithArabicArticle(view, first, end)) return false;
  // "Pakistan Tehreek-e-Insaf", "China Eastern": a name that opens with a country's is no person's
  // ("Jordan Henderson" is); nor one that closes with it ("Tehrik-e-Taliban Pakistan"; "Steve Jordan" is).
  if (words < 2 || words - particleWordsIn(view, first, end) > 4 || words > 6 || (gazetteer().byKey.get(firstKey)?.type === 'place' && !isGivenName(firstKey))) return false;
  return !isPlaceNotPersonName(view.key(end - 1));
}

/**
 * "Nguyen Van Binh", "Vo Van Thuong", "Ludwig Van Beethoven": a capitalised name particle between
 * two capitalised words of a name is no dictionary word there (the van made the names other).
 */
function isParticleInsideName(view: TokenView, i: number, first: number, end: number): boolean {
  return i > first && i + 1 < end && NAME_PARTICLES.has(view.lower(i)) && view.isCapitalized(i - 1) && view.isCapitalized(i + 1);
}

/**
 * "Jaxon Smith-Njigba", "Ryan Baker-Wood": a surname that is a word too, joined by a hyphen to
 * another part of a double-barrelled surname, is no dictionary word there ("Smith-Njigba" made other).
 */
function isHyphenedSurname(view: TokenView, i: number, lower: string): boolean {
  const hyphened = (view.kind(i + 1) === TokenKind.Hyphen && view.adjacent(i)) || (i > 0 && view.kind(i - 1) === TokenKind.Hyphen && view.adjacent(i - 1));
  return hyphened && isListedSurname(lower) && !HEAD_WORDS.has(lower);
}

/**
 * "Houston Astros", "Pittsburgh Pirates", "Chicago White Sox", "Brooklyn Nets": a city or region,
 * then a plural that names no place ("Rocky Mountains", "Virgin Islands" end in a head word), is a
 * team; so is one of the words teams are named with in the singular ("Manchester United", "Miami
 * Heat"). Not "Paris Hilton" (no plural), nor "Iowa City" ("City" names places too).
 */
function isTeamName(view: TokenView, first: number, lastWord: number): boolean {
  if (lastWord - first < 1 || lastWord - first > 4 || view.isAllCaps(lastWord)) return false;
  // "the San Francisco 49ers": a numbered plural closes a team's name, though no capital opens it.
  if (!view.isCapitalized(lastWord)) return isNumberedPlural(view.raw(lastWord)) && isKnownPlace(view.keyOf(first, lastWord));
  const last = view.key(lastWord);
  // "played for Barnsworth Rovers", "Holbeck Wanderers": a club's closing word that no place's name
  // takes makes a team after any town, one no list holds too (both were persons).
  if (isClubCloser(last) && !isPlaceWordCloser(last)) return !(isGivenName(view.lower(first)) && isSurname(last));
  const plural = (last.endsWith('s') && !last.endsWith('ss')) || TEAM_WORDS.has(last);
  // A name a list knows as a place is no team's ("the Philippines"); a body's alias may be ("San Antonio Spurs", not only Tottenham's "Spurs").
  if (!plural || HEAD_WORDS.has(last) || isCity(last) || (gazetteer().byKey.has(last) && gazetteer().byKey.get(last)!.type !== 'organization')) return false;
  // "Paul Matthews", "David Edwards": a given name that is also a town's, and a surname, make a person ("Orlando Magic" is a team).
  if (isGivenName(view.lower(first)) && isSurname(last)) return false;
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



/** "YouGov", "PitchBook": a capital after a small letter inside a word, the way brands are written and Slavic surnames ("Lavrov") never are. */
function isCamelCase(view: TokenView, k: number): boolean {
  return /\p{Ll}\p{Lu}/u.test(view.text.slice(view.start(k), view.end(k)));
}

function hasSurnameSuffix(lower: string): boolean {
  return SLAVIC_SURNAME_ENDING.test(lower) && !isCommonWord(lower);
}

/**
 * "Will Middlebrooks", "Brook Taylor", "O.J. Simpson": a forename that is also a word, or initials,
 * then a surname of the census that is no word. "U.S. Navy" and "Grace Church" close with words.
 */
function closesWithSurnameAfterForename(view: TokenView, first: number, lastWord: number): boolean {
  if (!isSurname(view.key(lastWord)) || !view.isCapitalized(lastWord) || view.isAllCaps(lastWord)) return false;
  // "North America": a compass word is no forename ("Georgia Smith" may be one).
  if (view.hasClass(first, WordClass.Compass)) return false;
  // Not a particle: "El Alto" is a city.
  if (isGivenName(view.lower(first), true) && !view.hasClass(first, WordClass.NameParticle) && spaceSeparatedWords(view, first, lastWord + 1) === 2) return true;
  let i = first;
  while (i < lastWord && (view.kind(i) === TokenKind.Initialism || (view.length(i) === 1 && view.isCapitalized(i)) || view.kind(i) === TokenKind.Period)) i++;
  return i > first && i === lastWord;
}

function spaceSeparatedWords(view: TokenView, first: number, end: number): number {
  let words = 1;
  for (let i = first + 1; i < end; i++) if (view.spaceBefore(i)) words++;
  return words;
}

/** Lower-case words that may qualify a role in a description ("senior analyst", "state news agency"). */
const DESCRIPTION_MODIFIERS = new Set(
  `senior top former powerful chief deputy supreme state official ruling veteran new then military opposition defence
  defense foreign news government security intelligence national regional local private public leading prominent
  influential exiled jailed acting interim longtime long-time independent political economic financial naval army
  bulk cargo container cable research investigative chipmaking shipbuilding energy oil gas mining`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * "North Korean leader", "military's spokesman", "Togo-flagged freighter", "state news agency": the
 * phrase that ends at a cue noun, made of names, possessives and qualifying words only.
 */
function nounPhraseEndingAt(view: TokenView, nounIndex: number, sentenceFirst: number): string {
  let start = nounIndex;
  for (let i = nounIndex - 1, steps = 0; i >= sentenceFirst && steps < 6; i--, steps++) {
    const kind = view.kind(i);
    if (kind === TokenKind.Word) {
      const lower = view.lower(i);
      if (STOPWORDS.has(lower)) break;
      if (view.isLowerWord(i) && !DESCRIPTION_MODIFIERS.has(lower) && !(view.kind(i + 1) === TokenKind.Hyphen)) {
        // "Togo-flagged": a lower-case word hyphenated to a name is part of the phrase.
        if (!(i > sentenceFirst && view.kind(i - 1) === TokenKind.Hyphen)) break;
      }
      start = i;
      continue;
    }
    if (kind === TokenKind.Possessive || (kind === TokenKind.Hyphen && view.adjacent(i) && view.adjacent(i - 1))) {
      start = i;
      continue;
    }
    break;
  }
  // A possessive needs its possessor: "military's", not "'s spokesman".
  while (start < nounIndex && view.kind(start) === TokenKind.Possessive) start++;
  return view.slice(start, nounIndex + 1);
}

/** "former President": lower-case modifiers just before the run belong to the description. */
function withPrecedingModifiers(view: TokenView, titleFirst: number, sentenceFirst: number, title: string): string {
  let i = titleFirst;
  while (i - 1 >= sentenceFirst && view.isLowerWord(i - 1) && !view.hasClass(i - 1, WordClass.Stop) && !isCommonNoun(view.lower(i - 1))) i--;
  return i < titleFirst ? `${view.slice(i, titleFirst)} ${title}` : title;
}

/** Modifiers of a title are adjectives like "former" or "late"; a noun before it belongs to another phrase. */
function isCommonNoun(word: string): boolean {
  return !['former', 'late', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'ousted', 'deposed', 'exiled', 'jailed', 'current', 'new'].includes(word);
}

/**
 * "Reform UK, led by Nigel Farage, won five seats": the name closes a participle's phrase set off by
 * commas, and the comma after it returns to the sentence ("won five seats" made Farage a place),
 * unless a noun phrase follows ("founded by Ana Costa, a former banker,").
 */
function closesParticiplePhrase(view: TokenView, first: number): boolean {
  return view.isLowerWord(first - 1) && view.lower(first - 1) === 'by' && view.isLowerWord(first - 2) && view.isChar(first - 3, ',');
}

/**
 * "Separately, a federal judge in Seattle allowed a class action, …": a sentence's adverb and its
 * comma, which no appositive describes ("Separately" was a judge). A one-word opener that is a
 * dictionary word in "-ly" and no given name, or an adverb of place or time; "Holly, a nurse, said" stays.
 */
function isAdverbOpener(view: TokenView, first: number, end: number, sentenceFirst: number): boolean {
  if (first !== sentenceFirst || end - first !== 1 || !view.isChar(end, ',')) return false;
  const word = view.lower(first);
  if (ADVERB_OPENERS.has(word)) return true;
  return word.endsWith('ly') && isCommonWord(word) && !isGivenName(word, true);
}

const ADVERB_OPENERS = new Set(['elsewhere', 'overall', 'thereafter', 'afterwards', 'afterward', 'nearby', 'together', 'again', 'yesterday', 'today', 'tonight', 'overnight', 'later', 'earlier', 'since', 'instead']);

/** "a former banker", "his deputy", "leader of the party": words that open an appositive, not a sentence's verb. */
function opensNounPhrase(view: TokenView, k: number): boolean {
  const word = view.lower(k);
  return !view.isLowerWord(k) || NOUN_PHRASE_OPENERS.has(word) || ROLE_NOUNS.has(word);
}

const NOUN_PHRASE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'one', 'both', 'whose', 'who']);

/**
 * ", a senior analyst at X," or ", who is a senior official in Y,": a description of a person;
 * ", the bulk carrier suspected of...," or ", a NATO exercise": what a thing is.
 */
function appositiveAfter(view: TokenView, first: number, end: number, sentenceEnd: number): { text: string; type: EntityType } | null {
  if (!view.isChar(end, ',')) return null;
  let i = end + 1;
  if (view.lower(i) === 'who' && (view.lower(i + 1) === 'is' || view.lower(i + 1) === 'was')) i += 2;
  // "Wegovy, its obesity drug,", "Ahmed Khan, his lawyer,": a possessive determiner opens the phrase as an article does.
  const start = ['a', 'an', 'the', 'its', 'his', 'her', 'their'].includes(view.lower(i)) ? i + 1 : i;
  if (opensNoAppositive(view, first, i, start)) return null;
  if (start === i && (isRegionBeforeBased(view, start, sentenceEnd) || isHomeOf(view, start))) return { text: '', type: 'place' };
  const titleEnd = start === i ? titleOfPlaceEnd(view, start, sentenceEnd) : -1;
  if (titleEnd > 0) return { text: view.slice(start, titleEnd), type: 'person' };
  const head = appositiveHead(view, first, end, start, sentenceEnd);
  if (!head) return null;
  const { type, k, typeAt, clauseFirst } = head;
  // A person's appositive is a description worth showing; a thing's is only a type cue.
  // "Zuma leads uMkhonto weSizwe, a party he founded in December 2023 that won …": a thing's noun right
  // after "a" says it, however long the clause after it runs (the name was a person).
  const closed = view.isChar(k, ',;') || k === sentenceEnd || (type !== 'person' && typeAt >= 0 && typeAt - start <= 2 && (view.lower(i) === 'a' || view.lower(i) === 'an') && !opensSentenceWithPreposition(view, first));
  if (type === 'person' && (!(view.isChar(k, ',;') || isRoleBeforeWho(view, typeAt, k, sentenceEnd)) || describesNameAfterOpening(view, first, k, sentenceEnd))) return null;
  // "Under Carlotto, the group grew": after a sentence's opening phrase the words run on to the sentence's
  // end as its clause ("group" made a body of her); "In Lagos, the commercial capital, prices rose" is closed.
  if (!closed || (k === sentenceEnd && opensSentenceWithPreposition(view, first))) return null;
  return { text: type === 'person' ? view.slice(start, clauseFirst < 0 ? k : clauseFirst) : '', type };
}

/**
 * "His father-in-law was Suharto, the authoritarian leader who ruled for 32 years.": a role noun
 * and "who" closing the sentence describe the name as a phrase closed by a comma does (Suharto was other).
 */
function isRoleBeforeWho(view: TokenView, typeAt: number, k: number, sentenceEnd: number): boolean {
  return k === sentenceEnd && typeAt >= 0 && view.isLowerWord(typeAt + 1) && view.lower(typeAt + 1) === 'who';
}

/**
 * "In Istanbul, the city's mayor, Ekrem İmamoğlu, said": a person's description after the name of a
 * sentence's opening phrase, closed by a comma before a name, is that name's (Istanbul was a person).
 */
function describesNameAfterOpening(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  return opensSentenceWithPreposition(view, first) && k + 1 < sentenceEnd && view.isChar(k, ',') && view.isCapitalized(k + 1) && view.kind(k + 1) === TokenKind.Word;
}

/**
 * "Tropicana Field, home of the Tampa Bay Rays,", "Lagos, home to 20 million people,": where someone
 * or something lives is a place (Tropicana Field was other).
 */
function isHomeOf(view: TokenView, start: number): boolean {
  return view.isLowerWord(start) && view.lower(start) === 'home' && view.isLowerWord(start + 1) && (view.lower(start + 1) === 'of' || view.lower(start + 1) === 'to');
}

/**
 * "Catherine, Princess of Wales, visited", "Charles, Duke of Cornwall,": a capitalised title, "of"
 * and up to four capitalised words closed by a comma or the sentence's end, after a name, say a
 * person (Catherine opening both sentences was dropped). Where the title's phrase ends, else -1.
 */
function titleOfPlaceEnd(view: TokenView, start: number, sentenceEnd: number): number {
  if (start + 2 >= sentenceEnd || !view.isCapitalized(start) || view.isAllCaps(start)) return -1;
  const title = view.lower(start);
  if (!(TITLE_WORDS.has(title) || PEERAGE_TITLES.has(title)) || view.lower(start + 1) !== 'of' || !view.isLowerWord(start + 1)) return -1;
  let k = start + 2;
  while (k < sentenceEnd && k - start - 2 < 4 && view.isCapitalized(k) && view.kind(k) === TokenKind.Word) k++;
  return k > start + 2 && (k === sentenceEnd || view.isChar(k, ',')) ? k : -1;
}

/** The words after a name's comma (from `phrase`, past its article at `start`) go on with the sentence or give examples: no appositive. */
function opensNoAppositive(view: TokenView, first: number, phrase: number, start: number): boolean {
  // "His father, Anthony, was a geologist": a verb after the comma goes on with the sentence; the
  // name is the appositive there, not the words after it.
  // So does a subject's verb: "The Liberal Democrats, under Ed Davey, won 72 seats" ("seats" made a place of him).
  // So does a verb in the past: "the Fu Shun, sank off the port" ("port" made a place of the ship).
  if (view.isLowerWord(start) && (AUXILIARY_VERBS.has(view.lower(start)) || PERSON_VERBS.has(view.lower(start)) || VERBS_AFTER_SUBJECT.has(view.lower(start)) || IRREGULAR_PAST_VERBS.has(view.lower(start)))) return true;
  // "Critics, including the U.S. ambassador, have warned": examples of the word before, no description of it.
  if (start === phrase && view.isLowerWord(start) && EXAMPLE_OPENERS.has(view.lower(start))) return true;
  return closesParticiplePhrase(view, first) && !opensNounPhrase(view, phrase);
}

/** The first lower-case word of a phrase that a capitalised name opens, a verb of a finite clause: "Umar Bago came out". */
function isVerbAfterOpeningName(view: TokenView, start: number, k: number, word: string): boolean {
  if (k === start || view.isLowerWord(start) || !(AUXILIARY_VERBS.has(word) || IRREGULAR_PAST_VERBS.has(word))) return false;
  for (let j = start; j < k; j++) if (view.isLowerWord(j)) return false;
  return true;
}

/**
 * The type an appositive's head noun says, and where its phrase ends (`k`, at a comma, a semicolon, a
 * colon or 14 words), where the noun that typed it stands and where a clause inside it starts; null
 * when the words are no appositive.
 */
function appositiveHead(view: TokenView, first: number, end: number, start: number, sentenceEnd: number): { type: EntityType; k: number; typeAt: number; clauseFirst: number } | null {
  let type: EntityType | null = null;
  // The words before the first function word: "a former state finance commissioner", whose last
  // noun, not its first, says what it is.
  let headPhrase = true;
  let clauseFirst = -1;
  let typeAt = -1;
  let k = start;
  for (; k < sentenceEnd && k - start < 14; k++) {
    if (view.isChar(k, ',;:')) break;
    // "Patrick Gordon (… – Moscow, Russia) was a general": the comma was inside a parenthesis that closes here.
    if (view.isChar(k, ')]')) return null;
    if (!view.isLowerWord(k)) continue;
    const word = view.lower(k);
    if (k === start && type === null && STOPWORDS.has(word)) return null;
    // "to Odesa, the head of the agency said...": the phrase is a subject, not an appositive.
    if (SPEECH_VERBS.has(word)) return null;
    // "the candidate of the APC, Umar Bago came out successful during the exercise": a name and a
    // verb after the comma are a clause of their own ("exercise" made an event of the party).
    if (isVerbAfterOpeningName(view, start, k, word)) return null;
    // "Jack Herrick, wikiHow founder interviewed by Wikinews Saturday,": a participle with "by" opens a clause about the person, no part of the description.
    if (clauseFirst < 0 && k > start && word.endsWith('ed') && view.lower(k + 1) === 'by') clauseFirst = k;
    if (STOPWORDS.has(word)) {
      // "GridHook, a tool Halvard found at a water utility": a noun after the head phrase says nothing of the name.
      if (type === null && k > start && PHRASE_OPENERS.has(word)) return null;
      headPhrase = false;
    }
    // "a state-owned shipping group", "a ship-tracking firm": a word before a hyphen modifies the noun.
    if (k + 1 < sentenceEnd && view.kind(k + 1) === TokenKind.Hyphen && view.adjacent(k)) continue;
    // "Rahul Gandhi, the party's most prominent leader,": a possessor is no head ("party" made a body of him).
    if (k + 1 < sentenceEnd && view.kind(k + 1) === TokenKind.Possessive) continue;
    // The first noun that says what it is decides: "a North Korean tanker blacklisted by...";
    // a later noun of the same compound is its head: "the state power utility" is a body, "a
    // shipping company executive" a person.
    // "ITA, the successor to Alitalia": a successor, a predecessor or a rival may be a body as well.
    const cue = appositiveCueOf(view, word, first, end);
    // "a Chinese island group" is islands: a collective noun takes the type of the noun before it.
    if (type === null && cue && headPhrase) typeAt = k;
    if (type === null || (headPhrase && cue && !COLLECTIVE_NOUNS.has(word))) type = cue ?? type;
  }
  if (!type || k === start) return null;
  return { type, k, typeAt, clauseFirst };
}

/**
 * What an appositive's noun says the name before it is: "Conrad Black, the former newspaper
 * publisher," is a person, as "publisher A.G. Sulzberger" is (cueOfAgentNoun); "Penguin Random
 * House, the publisher," stays a body.
 */
/** What one noun of an appositive says the name is: a role or a title-holder a person, else its noun's type. */
function appositiveCueOf(view: TokenView, word: string, first: number, end: number): EntityType | null {
  if (ROLE_NOUNS.has(word) && !EITHER_KIND_ROLES.has(word)) return 'person';
  // "Liverpool, the reigning champion,": a place that holds a title is its club or its team.
  if (TITLE_HOLDER_APPOSITIVES.has(word)) return isKnownPlace(view.keyOf(first, end)) ? null : 'person';
  return appositiveNounCue(view, word, first, end) ?? (BODY_APPOSITIVES.has(word) ? 'organization' : PLACE_APPOSITIVES.has(word) ? 'place' : null);
}

/**
 * Nouns of a part of a town that say a place only in an appositive: "Roads in Mong Kok, a tourist area
 * known for its night market," (a person: "Kok" is a surname). Before a name they say nothing ("the
 * area Smith visited"); a later noun of the phrase still decides ("an area manager").
 */
const PLACE_APPOSITIVES = new Set(['area', 'zone', 'locality']);

function appositiveNounCue(view: TokenView, word: string, first: number, end: number): EntityType | undefined {
  const cue = typeCueOfNoun(word);
  return cue && cueOfAgentNoun(view, word, first, end, cue);
}

/**
 * "Météo France, the national weather service,", "Rosaviatsia, the federal aviation authority,": a
 * service or an authority in an appositive after a name is a body (a person and a place were made);
 * not before a name: "his kinsman in the Russian service Alexander Gordon" is a person.
 */
const BODY_APPOSITIVES = new Set(['service', 'authority']);

/**
 * "Tiger Woods, a five-time Masters champion,", "Han Kang, the Nobel winner,": one who holds a title
 * or won a prize, in an appositive, is a person (the name was dropped, opening its sentence with
 * dictionary words). A team or a club that is "the defending champion" is named as a body already,
 * and cuesFor lets no person's appositive outweigh that (namesABodyOrPlace).
 */
const TITLE_HOLDER_APPOSITIVES = new Set(['champion', 'winner', 'laureate', 'medallist', 'medalist', 'finalist', 'runner-up', 'titleholder']);

/** Participles hyphened to a place or a market before a firm's name: "Lagos-based", "London-listed", "state-owned". */
const FIRMS_HYPHENED_PARTICIPLES = new Set(['based', 'listed', 'headquartered', 'owned', 'traded', 'quoted']);

/**
 * "The Santa Clara, California-based company": a town, then its region hyphened to "based" — the
 * company's seat, written as an address is. The name is the town, whatever noun comes after.
 */
function isRegionBeforeBased(view: TokenView, first: number, sentenceEnd: number): boolean {
  let k = first;
  while (k < sentenceEnd && k - first < 4 && view.isWord(k) && view.isCapitalized(k)) k++;
  return k > first && view.kind(k) === TokenKind.Hyphen && view.adjacent(k - 1) && view.lower(k + 1) === 'based' && isKnownPlace(view.keyOf(first, k));
}

const EITHER_KIND_ROLES = new Set(['successor', 'predecessor', 'rival']);

/**
 * A description a card can show: not empty, every bracket it opens closed in it ("2017) and the
 * general media (Baker" is a cut), and its quotation marks in pairs ('author of "The History of
 * Peter the Great' is cut inside a title).
 */
function isReadableDescription(text: string): boolean {
  if (text.length === 0) return false;
  let depth = 0;
  let straightQuotes = 0;
  let curlyQuotes = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '"') straightQuotes++;
    else if (ch === '“') curlyQuotes++;
    else if (ch === '”') curlyQuotes--;
    if (depth < 0) return false;
  }
  return depth === 0 && straightQuotes % 2 === 0 && curlyQuotes === 0;
}

/**
 * A capitalised preposition right before the name, opening its sentence: "Under Carlotto", "After Lagos";
 * "the" may stand between: "Under the DMA, companies can be fined up to 10%" ("companies" made the law a body).
 */
function opensSentenceWithPreposition(view: TokenView, first: number): boolean {
  const before = first >= 2 && view.isLowerWord(first - 1) && view.lower(first - 1) === 'the' ? first - 2 : first - 1;
  return before >= 0 && view.isCapitalized(before) && OPENING_PREPOSITIONS.has(view.lower(before));
}

const OPENING_PREPOSITIONS = new Set(['under', 'in', 'at', 'for', 'after', 'before', 'since', 'from', 'with', 'without', 'like', 'unlike', 'despite', 'during', 'to', 'on', 'by', 'across', 'outside', 'inside', 'beyond', 'near']);

/** Verbs that carry on a sentence after a parenthetical name: "…, Anthony, was a geologist". */
const EXAMPLE_OPENERS = new Set(['including', 'notably', 'especially', 'particularly']);
const AUXILIARY_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'became', 'becomes', 'remains', 'remained']);

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

const COLLECTIVE_NOUNS = new Set(['group', 'network', 'chain']);

/**
 * "chief executive of Stena Line", "shareholders of Wiz": an executive's office or a stake in a firm
 * names the firm after "of" (the first was a place, by "Line"; others said nothing). Not a known place:
 * "the executive of Lagos".
 */
const FIRMS_OFFICES = new Set(['executive', 'executives', 'shareholders', 'shareholder', 'stockholders', 'cofounder', 'co-founder']);

/** Words that open a phrase or a clause after an appositive's head ("a tool Halvard found at …", "a port on …"). */
const PHRASE_OPENERS = new Set(['at', 'in', 'on', 'of', 'for', 'with', 'by', 'from', 'to', 'into', 'near', 'that', 'which', 'who', 'whose', 'where', 'when']);

/** "Ocean Lantern 3", "Golden Osprey 7": a name of two words or more ending in a small number (not a year). */
/**
 * "The Toyota 86 sold well", "a Fiat 500", "the Ferrari 296": a company the lists know, then a number, is
 * its model, a product (a vessel by the number, or the company itself). Not a year ("Toyota 2024").
 */
function isMakersModel(view: TokenView, first: number, nameEnd: number): boolean {
  // "737 MAX production": a number and a model's words are a model (it was an organisation).
  if (view.kind(first) === TokenKind.Number && nameEnd - first >= 2 && MODEL_WORDS.has(view.lower(first + 1))) return true;
  if (gazetteer().byKey.get(view.key(first))?.type !== 'organization') return false;
  // "a Southwest Boeing 737-800": an aircraft maker and its model's number (it was an organisation).
  if (nameEnd - first >= 2 && isAircraftMakerBeforeNumber(view, first)) return true;
  if (spaceSeparatedWords(view, first, nameEnd) === 2 && isModelCode(lastSpaceSeparatedWord(view, first, nameEnd))) return true;
  const end = beforeModelWords(view, first, nameEnd);
  if (end - first !== 2 || view.kind(end - 1) !== TokenKind.Number || !view.spaceBefore(end - 1)) return false;
  return endsInSerialNumber(view, first, end);
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
function beforeModelWords(view: TokenView, first: number, nameEnd: number): number {
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
function serialNumbersType(view: TokenView, first: number, end: number): EntityType {
  // "COP 13", "UNGA 78": a treaty meeting's session (it was a product by its letters).
  if (end - first === 2 && view.isAllCaps(first) && MEETINGS_LETTERS.has(view.lower(first))) return 'event';
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
function isMakersPossession(view: TokenView, first: number): boolean {
  return first >= 2 && view.kind(first - 1) === TokenKind.Possessive && gazetteer().byKey.get(view.key(first - 2))?.type === 'organization';
}

/**
 * "xAI released Grok 4 last month", "the company unveiled the Pixel 9": what is released or unveiled,
 * closed by a number, is a product (both were vessels). Not "launched": a ship is launched too.
 */
function followsReleaseVerb(view: TokenView, first: number): boolean {
  const verb = first >= 1 && view.lower(first - 1) === 'the' ? first - 2 : first - 1;
  return verb >= 0 && RELEASE_VERBS.has(view.lower(verb));
}

const RELEASE_VERBS = new Set(['release', 'releases', 'released', 'releasing', 'unveil', 'unveils', 'unveiled', 'unveiling', 'debuted', 'debuts']);

function endsInSerialNumber(view: TokenView, first: number, end: number): boolean {
  if (end - first < 2 || view.kind(end - 1) !== TokenKind.Number) return false;
  const n = Number(view.raw(end - 1));
  return n < 1900 || n > 2100;
}

/**
 * "said Linda Park, who owns a bakery", "Grace Park, a lawyer,": a given name before a place's head
 * word that is a surname too ("Park", "Hill", "Wood") may be a person's name, so the head word says
 * less and the sentence decides ("Protesters gathered in Gorky Park" stays a place).
 */
function isForenameAndSurnameHead(view: TokenView, first: number, end: number, lastWord: number): boolean {
  return lastWord === end - 1 && lastWord === first + 1 && isGivenName(view.lower(first)) && isListedSurname(view.lower(lastWord));
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

/** "Prosecutors from the Eastern District of New York said", "the Northern Province of Rwanda": a region's adjective before a place word's "of" phrase (the first was a person). */
const REGION_ADJECTIVES = new Set(['eastern', 'western', 'northern', 'southern', 'central', 'middle']);

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
