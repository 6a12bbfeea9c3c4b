import { nameKey, TokenKind } from '../text/tokenize.js';
import type { TokenView } from './tokenView.js';

/**
 * The abbreviations of US states that news writes after a town ("SPRINGFIELD, Ill. (AP) —",
 * "Oakland, Calif.") and in a legislator's party tag ("Dianne Feinstein, D-Calif."): the
 * Associated Press's forms and the older ones still in print ("Cal.", "Penn.", "Wisc.").
 * Each maps to the name of the state as the gazetteer holds it; a state that shares its name with
 * a country is filed as the US namesake ("Atlanta, Ga." is Georgia the state, not Tbilisi's
 * country: placeNamesakes.ts).
 */
const ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'Alabama',
  'Ariz.': 'Arizona',
  'Ark.': 'Arkansas',
  'Calif.': 'California',
  'Cal.': 'California',
  'Colo.': 'Colorado',
  'Conn.': 'Connecticut',
  'Del.': 'Delaware',
  'Fla.': 'Florida',
  'Ga.': 'Georgia',
  'Ill.': 'Illinois',
  'Ind.': 'Indiana',
  'Kan.': 'Kansas',
  'Kans.': 'Kansas',
  'Ky.': 'Kentucky',
  'La.': 'Louisiana',
  'Md.': 'Maryland',
  'Mass.': 'Massachusetts',
  'Mich.': 'Michigan',
  'Minn.': 'Minnesota',
  'Miss.': 'Mississippi',
  'Mo.': 'Missouri',
  'Mont.': 'Montana',
  'Neb.': 'Nebraska',
  'Nebr.': 'Nebraska',
  'Nev.': 'Nevada',
  'N.H.': 'New Hampshire',
  'N.J.': 'New Jersey',
  'N.M.': 'New Mexico',
  'N.Y.': 'New York',
  'N.C.': 'North Carolina',
  'N.D.': 'North Dakota',
  'Okla.': 'Oklahoma',
  'Ore.': 'Oregon',
  'Oreg.': 'Oregon',
  'Pa.': 'Pennsylvania',
  'Penn.': 'Pennsylvania',
  'R.I.': 'Rhode Island',
  'S.C.': 'South Carolina',
  'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee',
  'Tex.': 'Texas',
  'Vt.': 'Vermont',
  'Va.': 'Virginia',
  'Wash.': 'Washington State',
  'Wis.': 'Wisconsin',
  'Wisc.': 'Wisconsin',
  'Wyo.': 'Wyoming',
};

/** Key of an abbreviation as the tokens read it ("calif", "n.y." → its key) → the state's name. */
const STATE_BY_KEY = new Map(Object.entries(ABBREVIATIONS).map(([abbreviation, state]) => [nameKey(abbreviation), state] as const));

/** Every abbreviation with the state it stands for: the list a test holds against the gazetteer. */
export function stateAbbreviations(): ReadonlyArray<readonly [abbreviation: string, state: string]> {
  return Object.entries(ABBREVIATIONS);
}

export interface StateAbbreviation {
  /** Tokens [first, end): the abbreviation with its period ("Calif" "."; "N.Y."). */
  first: number;
  end: number;
  /** The state's name ("California"). */
  state: string;
}

/**
 * The state abbreviations of tokens [first, end) that stand where a state does: after a town and
 * its comma ("Portland, Ore., where"), or after a party letter and its hyphen ("D-Calif.",
 * "(R-N.Y.)"). Elsewhere the same letters are other words: "Miss. Jones" aside, "I was ill." and
 * "Mo. Farah" are no states; so is "Penn" of "Penn State" (no period).
 */
export function stateAbbreviationsIn(view: TokenView, first: number, end: number): StateAbbreviation[] {
  const found: StateAbbreviation[] = [];
  for (let i = first + 2; i < end; i++) {
    // A capital, then the comma or hyphen before it: both cheaper to ask than the abbreviation's key.
    if (!view.isCapitalized(i) || !(afterTownAndComma(view, i, first) || afterPartyLetter(view, i, first))) continue;
    const abbreviationEnd = abbreviationEndAt(view, i, end);
    if (abbreviationEnd === 0) continue;
    const state = STATE_BY_KEY.get(view.keyOf(i, abbreviationEnd))!;
    found.push({ first: i, end: abbreviationEnd, state });
    i = abbreviationEnd - 1;
  }
  return found;
}

/** The end of a listed abbreviation at token i, its period included; 0 when there is none. */
function abbreviationEndAt(view: TokenView, i: number, end: number): number {
  if (!view.isCapitalized(i)) return 0;
  if (view.kind(i) === TokenKind.Initialism) return STATE_BY_KEY.has(view.key(i)) ? i + 1 : 0;
  const period = i + 1;
  if (period >= end || view.kind(period) !== TokenKind.Period || !view.adjacent(i)) return 0;
  return STATE_BY_KEY.has(view.keyOf(i, period + 1)) ? period + 1 : 0;
}

/** "Oakland, Calif.", "S. F., Cal.": a capitalised word (or its abbreviation), a comma, the abbreviation. */
function afterTownAndComma(view: TokenView, i: number, first: number): boolean {
  if (i - 2 < first || !view.isChar(i - 1, ',') || !view.spaceBefore(i)) return false;
  const town = view.kind(i - 2) === TokenKind.Period && i - 3 >= first && view.adjacent(i - 3) ? i - 3 : i - 2;
  return view.isCapitalized(town);
}

/** The letters of US parties in a legislator's tag: Democrat, Republican, independent ("D-Calif.", "R-N.Y.", "I-Vt."). */
export const PARTY_LETTERS: ReadonlySet<string> = new Set(['D', 'R', 'I']);

/** "D-Calif.", "R-N.Y.", "I-Vt.": a party's letter hyphenated to the state. */
function afterPartyLetter(view: TokenView, i: number, first: number): boolean {
  if (i - 2 < first || view.kind(i - 1) !== TokenKind.Hyphen || !view.adjacent(i - 1) || !view.adjacent(i - 2)) return false;
  return PARTY_LETTERS.has(view.raw(i - 2));
}
