import { TokenKind } from '../../text/tokenize.js';
import { addEvidence, WEIGHT, type Evidence } from '../evidence.js';
import { gazetteer, isCity, isCountry, namesAPeople } from '../gazetteer.js';
import { isBodyWord, isGivenName, isListedSurname, PARTY_MEMBERS, WordClass } from '../lexicon.js';
import type { TokenView } from '../tokenView.js';
import { isPossessor, INDEFINITE_ARTICLES, RESIDENT_NOUNS } from './contextWords.js';
import { namesAPersonByItsWords, singularOf } from './nameShapes.js';

/** What the verb (and its article) right before a name says: an award won, a person met, a thing launched, a body sanctioned; true when one decided. */
export function addVerbCueBefore(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number, evidence: Evidence): boolean {
  if (isStruckByHazard(view, before, word, sentenceFirst) || isReachedByRescuers(view, before, word, sentenceFirst)) {
    // "Heavy rains hit Kibwezi, Makindu and Emali", "Storms struck Olomouc": what a flood or a storm
    // strikes is a place (the towns no list holds were other); the list's neighbours borrow it. So is
    // what rescuers reach or evacuate ("Rescuers reached Hola, Garsen and Bura", other).
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  if (end - first === 1 && addAwardOrMeetingCue(view, first, end, before, word, sentenceFirst, evidence)) return true;
  return addMadeOrSeatOrBodyCue(view, first, end, before, word, sentenceFirst, evidence);
}

/** One word after a verb: an award won or named after "a", a person met. */
function addAwardOrMeetingCue(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number, evidence: Evidence): boolean {
  // "She won an Emmy", "won a Tony": a given name alone after "a" or "an", before no resident's noun,
  // is a thing named so, an award (Emmy was a person). Not a creed's or a people's member ("a Christian").
  if (INDEFINITE_ARTICLES.has(word) && isGivenName(view.lower(first)) && !namesAPeople(`${view.key(first)}s`) && !(end < view.count && view.isLowerWord(end) && RESIDENT_NOUNS.has(view.lower(end)))) {
    addEvidence(evidence, 'other', WEIGHT.contextNoun);
    return true;
  }
  // "Sally Field won an Oscar", "she received a Lasker": one word after a verb of winning and "a" is
  // the award, though a surname too (Oscar was a person by its surname).
  if (INDEFINITE_ARTICLES.has(word) && before - 1 >= sentenceFirst && AWARD_VERBS.has(view.lower(before - 1)) && !(end < view.count && view.isLowerWord(end) && !view.hasClass(end, WordClass.Stop))) {
    addEvidence(evidence, 'other', WEIGHT.contextNoun);
    return true;
  }
  // "Mohammed bin Salman met Erdogan on Tuesday": one word no list knows, met or thanked, and no
  // modifier of a noun after it ("met Toyota executives"), is a person's name (Erdogan was other). A
  // body or a country the lists know outweighs it ("met Hamas", "thanked Iran").
  if (MEETING_VERBS.has(word) && !(end < view.count && view.isLowerWord(end) && !view.hasClass(end, WordClass.Stop))) {
    addEvidence(evidence, 'person', WEIGHT.coordination);
    return true;
  }
  return false;
}

/** A verb before a name of any length: a thing launched, a seat taken from a party, a body sanctioned, a company's kin. */
function addMadeOrSeatOrBodyCue(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number, evidence: Evidence): boolean {
  // "NASA launched Europa Clipper", "Samsung launched Galaxy Ring": a name of two words or more that is
  // launched is a made thing, no person (Europa Clipper was one by its "Clipper"); a weak cue, which a
  // head word outweighs ("launched Operation Sindoor"). One word launched is as often a service or a
  // body's ("he launched LibriVox in 2005").
  if (LAUNCH_VERBS.has(word) && end - first >= 2 && !isPossessor(view, end)) {
    addEvidence(evidence, 'product', WEIGHT.nearPreposition);
    return true;
  }
  if (isSeatTakenFromAParty(view, end, before, word, sentenceFirst) && !namesAPersonByItsWords(view, first, end)) {
    // "The Liberal Democrats gained Holborn and St Pancras from Labour", "the Conservatives held
    // Hertsmere": a seat won from a party, or held by a party's members, is a constituency, a place
    // (Holborn and "St Pancras" were persons, Hertsmere other); the list's neighbours borrow it. A
    // person's name by its words stays a person's ("the Democrats held Emma Smith in contempt").
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
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

const LAUNCH_VERBS = new Set(['launched', 'launches', 'launching']);

/** Verbs whose object is a person more often than anything else. */
const MEETING_VERBS = new Set(['met', 'meets', 'congratulated', 'congratulates', 'thanked', 'thanks', 'phoned', 'interviewed']);

/**
 * A seat's verb at `verb` ("gained", "held") whose object ends before `end` (no possessor: "held
 * Smith's seat"): after a party's members in the plural as its subject ("the Conservatives held
 * Hertsmere"), or a verb of wresting followed by "from" and a capitalised name, the party the seat was
 * taken from ("gained Holborn and St Pancras from Labour", over one name more joined by "and").
 * "took Emma from school" and "held talks" are neither.
 */
function isSeatTakenFromAParty(view: TokenView, end: number, verb: number, word: string, sentenceFirst: number): boolean {
  if (!SEAT_VERBS.has(word) || isPossessor(view, end)) return false;
  if (verb - 1 >= sentenceFirst && view.isCapitalized(verb - 1) && isPartyMembersPlural(view.lower(verb - 1))) return true;
  if (!WRESTING_VERBS.has(word)) return false;
  let k = end;
  if (k < view.count && view.isText(k, 'and')) for (k++; k < view.count && view.isWord(k) && view.isCapitalized(k); ) k++;
  return k + 1 < view.count && view.isText(k, 'from') && view.isWord(k + 1) && view.isCapitalized(k + 1);
}

/** "conservatives", "tories": a party's members in the plural. */
function isPartyMembersPlural(lower: string): boolean {
  return lower.endsWith('s') && PARTY_MEMBERS.has(singularOf(lower));
}

/** What a party does to a seat: not "lost", which it does to a leader as often ("the Tories lost Johnson"). */
const SEAT_VERBS = new Set(['gained', 'gains', 'took', 'takes', 'won', 'wins', 'seized', 'seizes', 'snatched', 'snatches', 'flipped', 'flips', 'regained', 'regains', 'wrested', 'captured', 'captures', 'held', 'holds', 'retained', 'retains']);
/** The seat's verbs that say it was taken from someone, before "from": not "took" or "won" ("took Emma from school", "won Wimbledon from"). */
const WRESTING_VERBS = new Set(['gained', 'gains', 'seized', 'seizes', 'snatched', 'snatches', 'flipped', 'flips', 'regained', 'regains', 'wrested']);

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
const HAZARD_VERBS = new Set(['hit', 'hits', 'struck', 'strikes', 'battered', 'batters', 'lashed', 'lashes', 'pounded', 'pounds', 'swept', 'ravaged', 'inundated', 'flooded', 'devastated', 'rocked', 'shook']);
const HAZARDS = new Set([
  'rain', 'rains', 'flood', 'floods', 'flooding', 'storm', 'storms', 'typhoon', 'cyclone', 'hurricane', 'tornado', 'tornadoes', 'earthquake',
  'quake', 'tremor', 'tremors', 'wildfire', 'wildfires', 'landslide', 'landslides', 'mudslides', 'drought', 'heatwave', 'snowstorm', 'blizzard',
  'tsunami', 'winds', 'waters', 'downpours',
]);
