import { addEvidence, weightOf, WEIGHT } from './evidence.js';
import { gazetteer } from './gazetteer.js';
import { reportsMatches, type DraftOfSentence } from './matchReportClubs.js';
import { writesAScore } from './sportsClubs.js';

/**
 * "Arsenal beat Tottenham Hotspur 3-1 at the Emirates", "the atmosphere at the Emirates": in a story
 * that reports a match, one word after "at the" that the lists know as another name is the ground,
 * filed under its own key ("emirates ground"), apart from the lists' entity: one key joined it to the
 * United Arab Emirates. "He lives in the Emirates" and a story of no match keep the lists' country.
 */
export function fileMatchGroundsApart<T extends DraftOfSentence>(found: readonly T[]): void {
  let reports: boolean | undefined;
  for (const f of found) {
    if (!isListedNameAtThe(f)) continue;
    reports ??= writesAScore(f.view) && reportsMatches(found);
    if (!reports) return;
    f.draft.key = groundKeyOf(f.draft.key);
    addEvidence(f.draft.nameEvidence, 'place', -weightOf(f.draft.nameEvidence, 'place'));
    addEvidence(f.draft.evidence, 'place', WEIGHT.headWord);
  }
}

/** The key a ground's mentions are filed under, apart from the listed name its word shares. */
export function groundKeyOf(key: string): string {
  return `${key} ground`;
}

/** "at the Emirates": one capitalised word, no short form of a longer name, after "at the", that the lists know. */
function isListedNameAtThe(f: DraftOfSentence): boolean {
  const { view, first } = f;
  if (f.end - first !== 1 || first - 2 < f.sentenceFirst || f.draft.link !== null || f.draft.modifier || view.isAllCaps(first)) return false;
  if (!view.isLowerWord(first - 1) || view.lower(first - 1) !== 'the' || view.lower(first - 2) !== 'at') return false;
  return gazetteer().byKey.has(f.draft.key);
}
