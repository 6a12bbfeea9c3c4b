import { TokenKind } from '../text/tokenize.js';
import { addEvidence, newEvidence, saysOtherThan, weightOf, WEIGHT, type Evidence } from './evidence.js';
import type { EntityType } from './types.js';
import { isKnownPlace } from './gazetteer.js';
import {
  ARTICLES,
  HEAD_WORDS,
  isCommonWord,
  isGivenName,
  isListedSurname,
  isFrequentSurname,
  HONOUR_HEADS,
  LEGISLATIVE_CHAMBERS,
  MONTHS_AND_DAYS,
  PARTY_MEMBERS,
  PEERAGE_TITLES,
  REGNAL_TITLES,
  SPEECH_VERBS,
  STOPWORDS,
  TITLE_WORDS,
  WordClass,
} from './lexicon.js';
import { followsClubsStanding, sidesAResultLine, hiresClubStaff, dealsPlayerToClub, namesClubByTransferOrStaff, sidesAVersus, takesAClubsPluralVerb, takesTheLeadThrough, isGroundOfMatch, isHostOfFixture, isVisitingSide, isOpponentOfGoals, isTeamWithTheAtMatch, namesClubInMatch, sideOfMatch, standsInATable } from './sportsClubs.js';
import { isCompanyBought } from './dealObjects.js';
import { isSeatAfterMembersChamber } from './nameRuns/connectorSteps.js';
import { firstWordOf } from './nameRuns.js';
import type { NamePart } from './refineRun/nameParts.js';
import type { TokenView } from './tokenView.js';
import { joinsWithAmpersand, spaceSeparatedWords } from './cues/nameShapes.js';
import { ownNameEvidence } from './cues/nameEvidence.js';
import { addCuesBefore } from './cues/cuesBefore.js';
import { addCuesAfter } from './cues/cuesAfter.js';
import { appositiveAfter } from './cues/appositives.js';
import { addQuotedTitleCues, isStudioBeforeTitle } from './cues/quotedTitles.js';
import { isCaseParty } from './cues/caseParties.js';
import { isNamedModel } from './cues/productModels.js';
import { acquiresRights } from './cues/companyDeeds.js';
import { MEMBERS_OF_PARLIAMENT, VERBS_AFTER_SUBJECT, inTitleCase } from './cues/contextWords.js';

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

/** The two vectors every cuesFor returns, zeroed for each call: a name's draft copies them at once (see makeDraft). */
const contextEvidence = newEvidence();

/**
 * What the words around a name, and its own shape, say about what it is. The evidence vectors
 * returned are reused by the next call: read them at once (two new typed arrays per name drafted
 * were over half a million on the 10k corpus's 279,935 mentions).
 */
export function cuesFor(view: TokenView, part: NamePart, sentenceFirst: number, sentenceEnd: number): Cues {
  const evidence = contextEvidence.fill(0);
  const descriptions: string[] = [];
  const { first, end } = part;
  addTitleAndSuffixCues(view, part, sentenceFirst, evidence, descriptions);
  addWordCuesAround(view, first, end, sentenceFirst, sentenceEnd, evidence, descriptions);
  const nameEvidence = ownNameEvidence(view, first, end);
  addCuesWeighedByTheName(view, part, nameEvidence, sentenceFirst, sentenceEnd, evidence);
  const appositive = addAppositiveCue(view, first, end, nameEvidence, sentenceFirst, sentenceEnd, evidence, descriptions);
  const { quoted, worksTitle } = addQuotedTitleCues(view, first, end, sentenceFirst, sentenceEnd, evidence);
  return { evidence, nameEvidence, descriptions: descriptions.filter(isReadableDescription), quoted, worksTitle, placeByAppositive: appositive?.type === 'place' && view.isLowerWord(end + 1) };
}

/** A title before the name ("Sen.", "Dr") and the suffix its hyphen joins ("-based", "-led"). */
function addTitleAndSuffixCues(view: TokenView, part: NamePart, sentenceFirst: number, evidence: Evidence, descriptions: string[]): void {
  const { first } = part;
  if (part.title) {
    addEvidence(evidence, 'person', WEIGHT.title);
    descriptions.push(withPrecedingModifiers(view, part.titleFirst ?? first, sentenceFirst, part.title));
  }
  if (part.hyphenSuffix) {
    const t = SUFFIX_TYPES.get(part.hyphenSuffix);
    if (t) addEvidence(evidence, t, WEIGHT.hyphenSuffix);
  }
}

/** The words right before and after the name, and what a chamber, a flood, a possessor's work or a model's noun say. */
function addWordCuesAround(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number, evidence: Evidence, descriptions: string[]): void {
  addCuesBefore(view, first, end, sentenceFirst, evidence, descriptions);
  addCuesAfter(view, first, end, sentenceFirst, sentenceEnd, evidence);
  if (isChamberAfterThe(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  if (isFloodedAfter(view, end)) addEvidence(evidence, 'place', WEIGHT.contextNoun);
  const work = possessorsWorkType(view, first, end, sentenceFirst);
  if (work) addEvidence(evidence, work, WEIGHT.contextNoun);
  if (isNamedModel(view, first, end, sentenceEnd)) addEvidence(evidence, 'product', WEIGHT.contextNoun);
}

/** Cues of the sentence that count only as far as the name's own words allow: an article, a venue, a case's party, a deal, a seat, a court, a match. */
function addCuesWeighedByTheName(view: TokenView, part: NamePart, nameEvidence: Evidence, sentenceFirst: number, sentenceEnd: number, evidence: Evidence): void {
  const { first, end } = part;
  // "the K Chandrashekhar Rao-led Bharat Rashtra Samithi", "the Mahinda Rajapaksa-led alliance": before a
  // hyphened participle the article is the noun's after it, no body's of the name (both were bodies).
  if (looksLikeAPersonsOnly(nameEvidence) && !part.hyphenSuffix && isNamedWithTheArticle(view, first, end, sentenceFirst)) addEvidence(evidence, 'organization', WEIGHT.definiteArticle);
  if (looksLikeAPersonsOnly(nameEvidence) && isHonourAfterArticle(view, first, end, sentenceFirst)) addEvidence(evidence, 'other', WEIGHT.contextNoun);
  if (!saysOtherThan(nameEvidence, 'person') && isVenueAfterAtThe(view, first, end, sentenceFirst)) addEvidence(evidence, 'place', WEIGHT.contextNoun);
  if (isCaseParty(view, first, end, sentenceFirst, sentenceEnd)) addEvidence(evidence, 'person', WEIGHT.caseParty);
  if (isCompanyBought(view, first, end, sentenceFirst, sentenceEnd) || acquiresRights(view, first, end, sentenceEnd) || isStudioBeforeTitle(view, first, end) || isOutletToldAtClose(view, first, end, sentenceEnd) || isCitedPublisher(view, first, end, sentenceEnd)) addEvidence(evidence, 'organization', WEIGHT.contextNoun);
  if (isOwnersSite(view, first, end, sentenceFirst, sentenceEnd) || isPartyMembersHome(view, first, end, sentenceFirst, sentenceEnd) || isRepresentedSeat(view, first, sentenceFirst)) addEvidence(evidence, 'place', WEIGHT.contextNoun);
  // A seat in parentheses outweighs the firm an ampersand's name shape says (as sure as a title):
  // "Conservative MP Gareth Holbrook (Grantham & Stamford) said" (it was an organization).
  if (isSeatInParentheses(view, first, end, sentenceFirst)) addEvidence(evidence, 'place', (joinsWithAmpersand(view, first, end) ? WEIGHT.title : WEIGHT.contextNoun) + WEIGHT.preposition);
  // A court's head word says a body (3); where play is, "on" it, outweighs that.
  if (isPlayingCourt(view, first, end, sentenceFirst, sentenceEnd)) addEvidence(evidence, 'place', WEIGHT.contextNoun + WEIGHT.preposition);
  addMatchCues(view, first, end, sentenceFirst, sentenceEnd, evidence);
}

/** What an appositive after the name says it is ("X, the first transgender lawyer to argue"), and its words as a description. */
function addAppositiveCue(view: TokenView, first: number, end: number, nameEvidence: Evidence, sentenceFirst: number, sentenceEnd: number, evidence: Evidence, descriptions: string[]): ReturnType<typeof appositiveAfter> {
  const appositive = isAdverbOpener(view, first, end, sentenceFirst) ? null : appositiveAfter(view, first, end, sentenceEnd);
  // "Chase Strangio of the American Civil Liberties Union, the first transgender lawyer to argue
  // …": a person's appositive after a body's name is about the person named before it.
  if (appositive && !(appositive.type === 'person' && namesABodyOrPlace(nameEvidence))) {
    // A law's noun says what letters are as a role says who one is: "the GDPR, the European Union's data
    // protection law," outweighs "the" before its letters twice ("the GDPR fine" made a body of it).
    addEvidence(evidence, appositive.type, appositive.type === 'person' || appositive.type === 'programme' ? WEIGHT.roleNoun : WEIGHT.contextNoun);
    descriptions.push(appositive.text);
  }
  return appositive;
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

/** The sides of a match, a club in a league's table, the leaders at a meeting. */
function addMatchCues(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number, evidence: Evidence): void {
  // "Real Madrid won 2-1 at Celta Vigo", "Chelsea beat Leicester City 3-0": a club, not a person nor a city.
  if (namesClubInMatch(view, first, end, sentenceFirst, sentenceEnd)) addEvidence(evidence, 'organization', WEIGHT.headWord);
  else {
    // A club in a match's report, a player with a set's score.
    const side = sideOfMatch(view, first, end, sentenceFirst, sentenceEnd);
    if (side) addEvidence(evidence, side, WEIGHT.matchSide);
    else if (isHostOfFixture(view, first, end, sentenceFirst) || isVisitingSide(view, first, end, sentenceFirst, sentenceEnd) || isTeamWithTheAtMatch(view, first, end) || isOpponentOfGoals(view, first, end, sentenceFirst, sentenceEnd) || standsInATable(view, first, end, sentenceEnd) || followsClubsStanding(view, first, end, sentenceFirst, sentenceEnd) || hiresClubStaff(view, first, end, sentenceEnd) || dealsPlayerToClub(view, first, end, sentenceEnd) || namesClubByTransferOrStaff(view, first, end, sentenceFirst, sentenceEnd) || takesAClubsPluralVerb(view, first, end, sentenceEnd) || takesTheLeadThrough(view, first, end, sentenceEnd) || sidesAVersus(view, first, end, sentenceFirst, sentenceEnd) || sidesAResultLine(view, first, end, sentenceFirst, sentenceEnd)) addEvidence(evidence, 'organization', WEIGHT.matchSide);
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

/**
 * A Wikinews source line, '"Presos suspeitos de furtar carros" — Zero Hora, April 8, 2015': the name
 * after a quoted headline and its dash, before the date, is the outlet that published it ("Zero
 * Hora" was a person, "The Local Norway" other).
 */
function isCitedPublisher(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  // "— The Local Norway, January 17, 2015": the outlet's "The" is left out of its name.
  const dash = first >= 1 && view.lower(first - 1) === 'the' ? first - 2 : first - 1;
  if (dash < 1 || !view.isChar(dash, '—–-') || !view.isChar(dash - 1, '"”\'’') || !view.spaceBefore(dash + 1)) return false;
  return view.isChar(end, ',') && isCitationDateAt(view, end + 1, sentenceEnd);
}

/**
 * "April 8, 2015", "8 April 2015", "2015": a citation's date at token k. Not an age, nor the line's end:
 * '"We lost everything" — Maria Lopez, 34, a teacher' and an epigraph's '— Maria Lopez' are quoted people.
 */
function isCitationDateAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (k >= sentenceEnd) return false;
  if (MONTHS_AND_DAYS.has(view.lower(k)) && view.isCapitalized(k)) return true;
  if (view.kind(k) !== TokenKind.Number) return false;
  return /^(?:19|20)\d\d$/.test(view.raw(k)) || (k + 1 < sentenceEnd && MONTHS_AND_DAYS.has(view.lower(k + 1)) && view.isCapitalized(k + 1));
}

/** "while Jeseník and Krnov flooded", "Bura was submerged": what floods is a place (Krnov, by its Slavic ending, was a person). */
function isFloodedAfter(view: TokenView, end: number): boolean {
  const verb = view.isLowerWord(end) && (view.lower(end) === 'was' || view.lower(end) === 'were') ? end + 1 : end;
  return verb < view.count && view.isLowerWord(verb) && FLOODED_WORDS.has(view.lower(verb));
}

const FLOODED_WORDS = new Set(['flooded', 'submerged', 'inundated']);

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

const RELIGIOUS_TITLES = new Set(['lama', 'prophet', 'apostle', 'virgin', 'ayatollah', 'mahatma', 'aga', 'patriarch', 'rev', 'reverend', 'saint', 'st', 'imam', 'rabbi', 'guru']);

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
