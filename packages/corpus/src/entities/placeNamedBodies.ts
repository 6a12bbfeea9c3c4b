import { addEvidence, weightOf, WEIGHT } from './evidence.js';
import { isKnownPlace } from './gazetteer.js';
import type { DraftInSentence } from './tradedCompanies.js';

/**
 * "an editor at America magazine", "she told Israel radio", "the INDIA bloc won seats in Bihar": a
 * place's name right before a publication's or a bloc's noun is that publication's or that bloc's
 * own name, no mention of the place (all three were linked to the country). Filed apart under a key
 * of their own, with the lists' place weight taken off, so that the context's body stands.
 */
export function filePlaceNamedBodiesApart<T extends DraftInSentence>(found: readonly T[]): void {
  for (const f of found) {
    const noun = f.end < f.sentenceEnd && f.view.isLowerWord(f.end) ? f.view.lower(f.end) : '';
    if (noun === '' || f.draft.link !== null || f.draft.modifier) continue;
    const apart = (OUTLET_NOUNS.has(noun) && namesOutletAlone(f)) || (BLOC_NOUNS.has(noun) && isCapitalisedBlocName(f));
    if (apart && isKnownPlace(f.draft.key)) fileUnderItsNoun(f, noun);
  }
}

/** A publication's or a broadcaster's noun after its title: "Time magazine", "Kommersant newspaper", "Israel radio". */
const OUTLET_NOUNS = new Set(['magazine', 'newspaper', 'radio', 'tabloid', 'weekly']);

/** A political group's noun after its name: "the INDIA bloc", "the NDA alliance", "the Azimio coalition". */
const BLOC_NOUNS = new Set(['bloc', 'alliance', 'coalition']);

/**
 * Words before a place's name that make it qualify the noun after it: "a Pakistan newspaper", "an
 * Israel radio station", "many Kenya radio listeners" are the country's papers and stations.
 */
const QUALIFYING_WORDS = new Set(['a', 'an', 'another', 'many', 'some', 'several', 'one', 'two', 'three', 'most', 'other', 'every', 'each']);

/**
 * The outlet is named by the place's word alone: not qualified by an article or a count before it
 * ("a Pakistan newspaper"), and no title of its own after the noun ("Jamaica newspaper the Gleaner",
 * "Moscow radio station Echo": the outlet's name follows, and the place stays the place).
 */
function namesOutletAlone(f: DraftInSentence): boolean {
  const { view, first, end, sentenceEnd } = f;
  if (first > 0 && view.isLowerWord(first - 1) && QUALIFYING_WORDS.has(view.lower(first - 1))) return false;
  let next = end + 1;
  if (next < sentenceEnd && view.isLowerWord(next) && (view.lower(next) === 'the' || view.lower(next) === 'station')) next++;
  return !(next < sentenceEnd && view.isCapitalized(next) && view.isWord(next));
}

/**
 * A bloc named by a place's name in capitals, the letters of its own long name ("the INDIA bloc":
 * the Indian National Developmental Inclusive Alliance). Four letters or more: a country's short
 * letters qualify the noun ("the US alliance with Japan", "the UK coalition government").
 */
function isCapitalisedBlocName(f: DraftInSentence): boolean {
  return f.end === f.first + 1 && f.view.isAllCaps(f.first) && f.view.length(f.first) >= 4;
}

function fileUnderItsNoun(f: DraftInSentence, noun: string): void {
  f.draft.key = `${f.draft.key} ${noun}`;
  addEvidence(f.draft.nameEvidence, 'place', -weightOf(f.draft.nameEvidence, 'place'));
  addEvidence(f.draft.evidence, 'organization', WEIGHT.contextNoun);
}
