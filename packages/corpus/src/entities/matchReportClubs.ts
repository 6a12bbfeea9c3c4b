import { addEvidence, WEIGHT, weightOf } from './evidence.js';
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
