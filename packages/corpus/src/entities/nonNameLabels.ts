import { TokenKind } from '../text/tokenize.js';
import { isKnownPlace } from './gazetteer.js';
import type { NamePart } from './refineRun/nameParts.js';
import type { TokenView } from './tokenView.js';

/**
 * Capitalised words that a run cuts out as a name but that name no entity where they stand: a
 * place's name before a language family's noun ("Atlantic languages", "the Niger Congo language
 * phylum": the Atlantic and Niger were places), and a team of the best players of a whole district
 * or conference, "the All-District team", "an All-American" (a place and an other).
 */
export function isLabelNotName(view: TokenView, part: NamePart): boolean {
  return isSelectionHonour(view, part.first, part.end) || isPlaceNamingLanguages(view, part.first, part.end) || isUnionOfIndiasOffice(view, part.first, part.end);
}

/** Lower-case nouns of a government's offices and business that India's "Union" qualifies: "Union minister", "the Union budget". */
const UNION_GOVERNMENT_NOUNS = new Set(['minister', 'ministers', 'ministry', 'ministries', 'cabinet', 'government', 'budget', 'territory', 'territories', 'secretary']);

/**
 * "Union minister Pralhad Joshi said", "the Union government", "the Union budget": "Union" alone before
 * a government's lower-case noun is the Union of India's adjective, as "federal" is, and names no
 * body (each was a body "Union"). "the European Union", "joined the Union in 1990" keep theirs.
 */
function isUnionOfIndiasOffice(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1 || view.key(first) !== 'union' || view.isAllCaps(first) || end >= view.count) return false;
  return view.isLowerWord(end) && UNION_GOVERNMENT_NOUNS.has(view.lower(end));
}

/** Nouns after "language" that make the words before it a family's label, not a language's name: "the Niger Congo language phylum". */
const LANGUAGE_FAMILY_NOUNS = new Set(['phylum', 'family', 'families', 'group', 'groups', 'branch', 'subgroup', 'stock']);

/**
 * "Sapir's BAK group of Atlantic languages of the Niger Congo language phylum": a known place's name
 * (with the capitalised words that go on with it) before "languages", or before "language" and a
 * family's noun, labels the family of languages. "the Quebec language law" and "the Eegimaa
 * language" keep their names (a law; no place's name).
 */
function isPlaceNamingLanguages(view: TokenView, first: number, end: number): boolean {
  // "Niger Congo" is one run of two places' names.
  if (!isKnownPlace(view.keyOf(first, end)) && !isKnownPlace(view.keyOf(first, first + 1))) return false;
  let k = end;
  while (k < view.count && k < end + 4 && (view.kind(k) === TokenKind.Hyphen || (view.kind(k) === TokenKind.Word && view.isCapitalized(k)))) k++;
  if (k >= view.count || view.kind(k) !== TokenKind.Word) return false;
  if (view.lower(k) === 'languages') return true;
  return view.lower(k) === 'language' && k + 1 < view.count && LANGUAGE_FAMILY_NOUNS.has(view.lower(k + 1));
}

/**
 * "he made the District 8-4A All-District baseball team", "a second-team All-Conference pick", "an
 * All-American": "All-" hyphened to one word names a selection of the best from all of it, an
 * honour and no place, body or event. Not "All-Ireland", "All-India" (a place's: "the All-Ireland
 * final"), nor a longer name the run goes on with ("the All-Star Game").
 */
function isSelectionHonour(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 3 || view.lower(first) !== 'all' || view.kind(first + 1) !== TokenKind.Hyphen) return false;
  return view.adjacent(first) && view.adjacent(first + 1) && !isKnownPlace(view.lower(first + 2));
}
