import { TokenKind } from '../text/tokenize.js';
import { addEvidence, strongestType, WEIGHT, weightOf } from './evidence.js';
import { isCountry, isKnownPlace } from './gazetteer.js';
import { teamsByPlace } from './shortForms/storyFacts.js';
import { isClubCloser, isClubsTownName, isPlaceWordCloser, reportsAScore, speaksOfAMatch } from './sportsClubs.js';
import type { DraftInSentence } from './tradedCompanies.js';

/** What the pass reads of a draft: a traded company's reading, and where its sentence opens. */
export interface DraftOfSentence extends DraftInSentence {
  sentenceFirst: number;
}

/**
 * "Stoke City travel to Swansea City on Saturday after a 3-0 defeat … Swansea have lost their last
 * two games": in a story that reports a match, a town's name closed by "City" or "Town" that no
 * list knows whole is the town's club, and so are the short forms the story links to it. Each
 * sentence alone said little ("to Swansea City" a place by its preposition, "Stoke City" by its
 * head word "City"), and both clubs were places. "Mexico City" is a known place whole; "Davao City"
 * in a story of no match stays a place.
 */
export function addMatchReportClubEvidence<T extends DraftOfSentence>(found: readonly T[]): void {
  const clubs = townClubsNamed(found);
  if (clubs === undefined || !reportsMatches(found)) return;
  for (const f of found) {
    if (!clubs.has(f.draft.link ?? f.draft.key) || saysPlace(f)) continue;
    addEvidence(f.draft.evidence, 'organization', WEIGHT.headWord);
  }
}

/** The keys of "Swansea City", "Stoke City", "Ipswich Town" the story names; undefined, with nothing allocated, in a story that names none. */
function townClubsNamed(found: readonly DraftOfSentence[]): Set<string> | undefined {
  let clubs: Set<string> | undefined;
  for (const f of found) {
    if (f.end - f.first !== 2 || f.draft.link !== null || !isPlaceWordCloser(f.view.key(f.end - 1)) || !f.view.isCapitalized(f.end - 1)) continue;
    if (isClubsTownName(f.view, f.first, f.end)) (clubs ??= new Set()).add(f.draft.key);
  }
  return clubs;
}

/**
 * The story reports a match: a sentence with a score ("a 3-0 defeat"; not a tennis set's), or two
 * sentences with a match's words ("the match", "penalties", "drew with"); one such word alone says
 * little ("the goal of the talks").
 */
export function reportsMatches(found: readonly DraftOfSentence[]): boolean {
  let reports = 0;
  let last = -1;
  for (const f of found) {
    if (f.draft.sentence === last) continue;
    last = f.draft.sentence;
    if (reportsAScore(f.view, f.sentenceFirst, f.sentenceEnd)) return true;
    if (speaksOfAMatch(f.view, f.sentenceFirst, f.sentenceEnd) && ++reports === 2) return true;
  }
  return false;
}

/** The mention's own sentence says town ("grew up in Swansea"), more than a place's preposition does. */
function saysPlace(f: DraftOfSentence): boolean {
  const place = weightOf(f.draft.evidence, 'place');
  return place >= WEIGHT.contextNoun && place > weightOf(f.draft.evidence, 'organization');
}

/**
 * "Norwich City 0-1 Brighton and Hove Albion … The game is almost up for Norwich … Trossard seals
 * win for Brighton", "Brisbane Roar … a turnaround from Brisbane": in a story that reports a match,
 * a town the story names one club after (by its opening words, or one of a joined town's words,
 * "Brighton" of "Brighton and Hove") is that club, linked to it, where its own sentence does not
 * make it the town ("fans gathered in Norwich", "the streets of Brighton"): each was a place, and
 * the club's card lost them. No country ("England" beside "England Lions" is the national side).
 */
export function linkTownsToTheirClubs<T extends DraftOfSentence>(found: readonly T[]): void {
  const towns = found.filter((f) => f.end - f.first === 1 && !f.draft.link && !isHyphenJoined(f) && !saysTown(f) && isKnownPlace(f.draft.key) && !isCountry(f.draft.key) && speaksOfPlay(f));
  if (towns.length === 0) return;
  const clubs = clubsByTown(found);
  if (clubs.size === 0 || !reportsMatches(found)) return;
  for (const f of towns) {
    const club = clubs.get(f.draft.key);
    if (club === undefined) continue;
    f.draft.link = club;
    addEvidence(f.draft.evidence, 'organization', WEIGHT.headWord);
  }
}

/**
 * The story's clubs by the town each is named after ("Brisbane Roar", and "Norwich City", which
 * teamsByPlace leaves to its head word), and by each word of a town joined by "and" ("brighton" and
 * "hove" of "brighton and hove"); none for a town two clubs are named after.
 */
export function clubsByTown(found: readonly DraftOfSentence[]): Map<string, string> {
  const clubs = teamsByPlace(found.map((f) => f.draft));
  for (const [town, club] of closedClubsByTown(found)) {
    const other = clubs.get(town);
    if (other === undefined || other === club) clubs.set(town, club);
    else clubs.delete(town);
  }
  for (const [town, club] of [...clubs]) {
    if (!town.includes(' and ')) continue;
    for (const word of town.split(' and ')) if (!clubs.has(word)) clubs.set(word, club);
  }
  return clubs;
}

/**
 * "Norwich-born", "Brighton-based": a modifier hyphened to its word, which is never a club. The
 * story's other modifiers may be: the short-form pass marks "Norwich" one where the story names the
 * town before its club ("The game is up for Norwich … Norwich City 0-1 Brighton").
 */
function isHyphenJoined(f: DraftOfSentence): boolean {
  return f.draft.modifier && ((f.view.kind(f.end) === TokenKind.Hyphen && !f.view.spaceBefore(f.end)) || (f.view.kind(f.first - 1) === TokenKind.Hyphen && !f.view.spaceBefore(f.first)));
}

/** A preposition or a town's noun makes the mention the town, as much as anything makes it a body ("in Norwich", "flew to Madrid", "the streets of Brighton"). */
export function saysTown(f: DraftOfSentence): boolean {
  const place = weightOf(f.draft.evidence, 'place');
  return place > 0 && place >= weightOf(f.draft.evidence, 'organization');
}

/**
 * The mention's sentence speaks of play: "The game is almost up for Norwich", "a win for Brighton",
 * "stifle Brisbane's attacking threat" in the first half. "Madrid will host the summit next year" in
 * a match's report is still the city.
 */
function speaksOfPlay(f: DraftOfSentence): boolean {
  for (let i = f.sentenceFirst; i < f.sentenceEnd; i++) if (f.view.isLowerWord(i) && PLAY_WORDS.has(f.view.lower(i))) return true;
  return false;
}

const PLAY_WORDS = new Set([
  'game', 'match', 'win', 'won', 'victory', 'defeat', 'draw', 'lead', 'goal', 'goals', 'half', 'season', 'league', 'points', 'side', 'team',
  'squad', 'relegation', 'promotion', 'survival', 'fixture', 'scored', 'equaliser', 'equalizer', 'penalty', 'minute', 'minutes', 'striker',
  'defender', 'defenders', 'midfielder', 'goalkeeper', 'debutant', 'coach', 'manager', 'attack', 'attacking', 'defence', 'defense', 'beat',
]);

/** "norwich" → "norwich city": a known town, then a club's closer, that the story makes a body; "" for a town two such clubs share. */
function closedClubsByTown(found: readonly DraftOfSentence[]): Map<string, string> {
  const clubs = new Map<string, string>();
  for (const { draft } of found) {
    if (draft.shortFormKeys.length === 0 || draft.link || !isClubCloser(draft.shortFormKeys[1]!)) continue;
    const town = draft.key.slice(0, draft.key.lastIndexOf(' '));
    if (!isKnownPlace(town) || strongestType(draft.evidence, draft.nameEvidence)?.type !== 'organization') continue;
    const other = clubs.get(town);
    clubs.set(town, other === undefined || other === draft.key ? draft.key : '');
  }
  for (const [town, club] of clubs) if (!club) clubs.delete(town);
  return clubs;
}
