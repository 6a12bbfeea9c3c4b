import { addEvidence, weightOf, WEIGHT } from './evidence.js';
import { gazetteer, namesAPeople } from './gazetteer.js';
import { reportsMatches, type DraftOfSentence } from './matchReportClubs.js';
import { isPluralClubName } from './cues/nameShapes.js';
import { writesAScore } from './sportsClubs.js';

/**
 * "The Proteas had led 13-10 at half-time", "The Proteas, who play Pakistan at Centurion next week":
 * in a story that reports a match, "the" and one capitalised plural that names no people, no place
 * and no family the story names is a team by its nickname, the way sides are called (it was other,
 * and a person by "who"). "the Americans" and "the Clintons" after "Bill Clinton" stay people.
 */
export function addTeamNicknameEvidence<T extends DraftOfSentence>(found: readonly T[]): void {
  let reports: boolean | undefined;
  let surnames: Set<string> | undefined;
  let scored: boolean | undefined;
  for (const f of found) {
    if (!isOneWordAfterThe(f)) continue;
    // The article's score first: the word lists asked of the plural cost more than a scan of its tokens.
    if (!(scored ??= writesAScore(f.view))) return;
    if (!isPluralAfterThe(f)) continue;
    reports ??= reportsMatches(found);
    if (!reports) return;
    if ((surnames ??= lastWordsOfNames(found)).has(f.draft.key.slice(0, -1))) continue;
    addEvidence(f.draft.evidence, 'organization', WEIGHT.headWord);
  }
}

/** The last words of the story's longer names: "clinton" of "Bill Clinton", whose family "the Clintons" are. */
function lastWordsOfNames(found: readonly DraftOfSentence[]): Set<string> {
  const words = new Set<string>();
  for (const { draft } of found) if (draft.shortFormKeys.length > 0) words.add(draft.shortFormKeys[1]!);
  return words;
}

/** One word alone after "the" ending as a plural does, no short form of a longer name: the cheap test before the lists are asked. */
function isOneWordAfterThe(f: DraftOfSentence): boolean {
  const { view, first, draft } = f;
  if (f.end - first !== 1 || first - 1 < f.sentenceFirst || draft.link !== null || draft.modifier || !draft.key.endsWith('s')) return false;
  return view.lower(first - 1) === 'the' && !view.isAllCaps(first);
}

/** "the Proteas": one capitalised plural after "the", which no list knows and its own words make no person's. */
function isPluralAfterThe(f: DraftOfSentence): boolean {
  const { view, first, draft } = f;
  if (!isPluralClubName(view.lower(first)) || namesAPeople(draft.key) || gazetteer().byKey.has(draft.key)) return false;
  return weightOf(draft.nameEvidence, 'person') === 0 && weightOf(draft.evidence, 'person') < WEIGHT.surnameReuse;
}
