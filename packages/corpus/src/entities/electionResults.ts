import { TokenKind } from '../text/tokenize.js';
import { isCountry, isKnownPlace } from './gazetteer.js';
import type { TokenView } from './tokenView.js';

/**
 * "Morena won 218 of the 300 districts", "MORENA swept every district", "the ANC took 230 seats",
 * "Morena also won a majority in both chambers": a name right before a winner's verb and, within a
 * few words, the seats, districts or majority won, is a party, whatever the name's shape says
 * ("Morena", a town of the lists, was a place). Tokens after the name start at `end`.
 */
export function winsElectedSeats(view: TokenView, end: number, sentenceEnd: number): boolean {
  let k = end;
  if (k < sentenceEnd && view.isLowerWord(k) && WINNERS_ADVERBS.has(view.lower(k))) k++;
  if (k >= sentenceEnd || !view.isLowerWord(k) || !WINNERS_VERBS.has(view.lower(k))) return false;
  for (let i = k + 1; i < Math.min(sentenceEnd, k + 7); i++) {
    const kind = view.kind(i);
    if (kind !== TokenKind.Word && kind !== TokenKind.Number) return false;
    if (!view.isLowerWord(i)) continue;
    if (SEATS_WON.has(view.lower(i))) return true;
    // "won 24 of the 32 states": a count "of" the states holds them.
    if (view.lower(i) === 'states' && i - 1 > k && view.kind(i - 1) === TokenKind.Number) return true;
  }
  return false;
}

const WINNERS_ADVERBS = new Set(['also', 'again', 'easily', 'comfortably', 'narrowly', 'only', 'then']);
/** A winner's verbs: not "gained" or "lost", which a state does of its seats in a census's count ("Texas gained two seats"). */
const WINNERS_VERBS = new Set(['won', 'wins', 'took', 'takes', 'secured', 'secures', 'swept', 'sweeps', 'captured', 'captures', 'clinched', 'retained', 'retains']);
const SEATS_WON = new Set(['seats', 'seat', 'district', 'districts', 'constituencies', 'constituency', 'governorships', 'mandates', 'ridings', 'wards', 'majority', 'supermajority']);

/** "morena": a name the lists know as a town, no country, which a party's deeds make the party. */
export function isPartyNamedAsTown(key: string): boolean {
  return isKnownPlace(key) && !isCountry(key);
}
