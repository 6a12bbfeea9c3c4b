import { addEvidence, weightOf, WEIGHT } from './evidence.js';
import { gazetteer } from './gazetteer.js';
import type { DraftInSentence } from './tradedCompanies.js';

/**
 * Universities news names by one word that is a town's or a surname too, with their full names:
 * "Princeton" (a town), "Cornell" (a surname). Alone in other copy they stay what the other rules
 * find; the lists' own one-word universities ("Harvard", "Yale") are in known-entities.json.
 */
const UNIVERSITY_SHORT_NAMES = new Map<string, string>([
  ['princeton', 'princeton university'],
  ['cornell', 'cornell university'],
  ['columbia', 'columbia university'],
  ['brown', 'brown university'],
  ['duke', 'duke university'],
  ['stanford', 'stanford university'],
  ['georgetown', 'georgetown university'],
  ['dartmouth', 'dartmouth college'],
  ['northwestern', 'northwestern university'],
  ['vanderbilt', 'vanderbilt university'],
  ['emory', 'emory university'],
  ['tufts', 'tufts university'],
  ['rutgers', 'rutgers university'],
  ['purdue', 'purdue university'],
]);

/**
 * "Columbia University agreed to the demands … Princeton and Cornell have also had grants paused":
 * in a story that names a university, a university's one-word name listed beside another university's
 * ("and", "or", a comma) is that university (Princeton was dropped, Cornell a person). Filed under the full
 * name's key, so that "Princeton University" elsewhere is the same body. "Chris Cornell and Soundgarden"
 * (no university in the story) and "Cornell said" alone are left to the other rules.
 */
export function fileListedUniversities<T extends DraftInSentence>(found: readonly T[]): void {
  let namesUniversity: boolean | undefined;
  for (const f of found) {
    const full = f.end === f.first + 1 ? UNIVERSITY_SHORT_NAMES.get(f.draft.key) : undefined;
    if (full === undefined || f.draft.link !== null || f.draft.modifier || !standsInList(f)) continue;
    namesUniversity ??= found.some((o) => isUniversitysName(o.draft.key));
    if (!namesUniversity) return;
    f.draft.key = full;
    for (const type of ['person', 'place'] as const) addEvidence(f.draft.nameEvidence, type, -weightOf(f.draft.nameEvidence, type));
    addEvidence(f.draft.evidence, 'organization', WEIGHT.gazetteer);
  }
}

/**
 * The name stands beside another university's across "and", "or" or a comma: "Princeton and
 * Cornell", "Harvard, Princeton", "Columbia University and Princeton". Not beside a place: "in
 * Columbia, Missouri" and "Princeton, N.J." are the towns.
 */
function standsInList(f: DraftInSentence): boolean {
  const { view, first, end, sentenceEnd } = f;
  const listsAt = (k: number) => k >= 0 && k < sentenceEnd && (view.isChar(k, ',') || (view.isLowerWord(k) && (view.lower(k) === 'and' || view.lower(k) === 'or')));
  const namesUniversityAt = (k: number) => k >= 0 && k < sentenceEnd && view.isCapitalized(k) && (UNIVERSITY_SHORT_NAMES.has(view.key(k)) || isUniversitysName(view.key(k)));
  return (listsAt(end) && namesUniversityAt(end + 1)) || (first >= 2 && listsAt(first - 1) && namesUniversityAt(first - 2));
}

/** "columbia university", "university of sussex", "dartmouth college", or a university the lists know ("harvard", "mit"). */
function isUniversitysName(key: string): boolean {
  if (key.includes('university') || key.endsWith(' college')) return true;
  const known = gazetteer().byKey.get(key);
  return known !== undefined && known.type === 'organization' && /\b(?:University|College|Institute of Technology)\b/.test(known.name);
}
