import { addEvidence, WEIGHT, weightOf } from './evidence.js';
import { isKnownPlace } from './gazetteer.js';
import { isClippedToItsWord, isPlaceByContext, teamsByPlace } from './shortForms.js';
import { isClubsTownName, isPlaceWordCloser, reportsAScore, speaksOfAMatch } from './sportsClubs.js';
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

/**
 * "Newcastle United have signed Tom Hale from Blackburn Rovers … 140 appearances for Blackburn and
 * joins Newcastle", "Georgetown University … Georgetown lost its last three games": in a story that
 * reports matches, a known town's word is the one club the story names after that town, or its
 * university or college, unless its own sentence makes it a place ("fans celebrated in Leeds"). A
 * word no list knows was linked so already; a known town needed its sentence to make it a body.
 * Runs before the short forms are linked: the evidence makes the word its club's
 * (`isPlaceOfTeam` in shortForms.ts), the draft's `school` its school's.
 */
export function addTownClubEvidence<T extends DraftOfSentence>(found: readonly T[]): void {
  const towns = found.filter((f) => f.draft.link === null && !f.draft.modifier && isKnownPlace(f.draft.key) && !isPlaceByContext(f.draft.evidence));
  if (towns.length === 0) return;
  const teams = teamsByPlace(found.map((f) => f.draft));
  const schools = new Set(towns.filter((f) => found.some((o) => isClippedToItsWord(f.draft.key, o.draft.key))).map((f) => f.draft.key));
  if (!towns.some((f) => teams.has(f.draft.key) || schools.has(f.draft.key)) || !reportsMatches(found)) return;
  for (const f of towns) {
    if (teams.has(f.draft.key)) addEvidence(f.draft.evidence, 'organization', WEIGHT.matchSide);
    else if (schools.has(f.draft.key)) f.draft.school = true;
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
function reportsMatches(found: readonly DraftOfSentence[]): boolean {
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
