import { nameKey, TokenKind } from '../text/tokenize.js';
import { isGivenName } from './lexicon.js';
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

/**
 * The Postal Service's two-letter codes, which local news and press releases write after a town
 * ("Kewaunee, WI urging voters", "DULUTH, MN --") and in a legislator's party tag ("Sen. Ted Cruz
 * (R-TX)"). Read only there, in capitals, and never after a person's name, where the same letters
 * are a degree or a profession ("John Smith, MD", "Jane Doe, PA"): see postalCodeAt.
 */
const POSTAL_CODES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
  MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma',
  OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee',
  TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington State', WV: 'West Virginia', WI: 'Wisconsin',
  WY: 'Wyoming',
};

/** Key of an abbreviation as the tokens read it ("calif", "n.y." → its key) → the state's name. */
const STATE_BY_KEY = new Map(Object.entries(ABBREVIATIONS).map(([abbreviation, state]) => [nameKey(abbreviation), state] as const));

/** Every abbreviation with the state it stands for: the list a test holds against the gazetteer. */
export function stateAbbreviations(): ReadonlyArray<readonly [abbreviation: string, state: string]> {
  return Object.entries(ABBREVIATIONS);
}

/**
 * "penn" for "pennsylvania", "mass" for "massachusetts": the abbreviations of one-word states written
 * as a word, without the period, by the state's key. An institution's name opening with its state
 * is written with them too ("Penn State" of the "Pennsylvania State University", "Mass General" of
 * "Massachusetts General Hospital"): see `institutionOpenings` in shortForms.ts.
 */
export function clippedStateWords(): ReadonlyMap<string, readonly string[]> {
  clippedByState ??= clippedStateWordsOf(ABBREVIATIONS);
  return clippedByState;
}

let clippedByState: Map<string, string[]> | undefined;

function clippedStateWordsOf(abbreviations: Record<string, string>): Map<string, string[]> {
  const byState = new Map<string, string[]>();
  for (const [abbreviation, state] of Object.entries(abbreviations)) {
    if (!/^\p{Lu}\p{Ll}{2,}\.$/u.test(abbreviation) || state.includes(' ')) continue;
    const key = state.toLowerCase();
    byState.set(key, [...(byState.get(key) ?? []), abbreviation.slice(0, -1).toLowerCase()]);
  }
  return byState;
}

/** Every postal code with the state it stands for: the list a test holds against the gazetteer. */
export function statePostalCodes(): ReadonlyArray<readonly [code: string, state: string]> {
  return Object.entries(POSTAL_CODES);
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
    const postal = postalCodeAt(view, i, first, end);
    const abbreviationEnd = postal ? i + 1 : abbreviationEndAt(view, i, end);
    if (abbreviationEnd === 0) continue;
    const state = postal ?? STATE_BY_KEY.get(view.keyOf(i, abbreviationEnd))!;
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

/**
 * The state of a postal code at token i ("Kewaunee, WI", "(R-TX)"), else undefined: two capitals
 * standing alone, not joined to a next word ("WI-based" is still the state; "MN2" is none), in a
 * sentence that writes lower case somewhere ("PORTLAND, OR WHEREVER" is shouted words) unless a
 * dateline's dash follows it ("SALEM, OR —"), and not after a person's name and its comma ("John
 * Smith, MD", "Dr. Ana Ruiz, PA": a degree, a profession).
 */
function postalCodeAt(view: TokenView, i: number, first: number, end: number): string | undefined {
  if (view.kind(i) !== TokenKind.Word || view.length(i) !== 2 || !view.isAllCaps(i)) return undefined;
  const state = POSTAL_CODES[view.raw(i)];
  if (!state || (i + 1 < end && view.adjacent(i) && view.kind(i + 1) === TokenKind.Word)) return undefined;
  if (!hasLowerCaseWord(view, first, end) && !closesDateline(view, i + 1, end)) return undefined;
  return view.isChar(i - 1, ',') && isPersonNameBefore(view, i - 1, first) ? undefined : state;
}

/** The code closes a dateline: the sentence ends after it (a dateline is a region of its own) or a dash or a bracket follows ("SALEM, OR —", "DULUTH, MN (AP) —"). */
function closesDateline(view: TokenView, i: number, end: number): boolean {
  return i >= end || view.kind(i) === TokenKind.Hyphen || view.isChar(i, '—–(');
}

function hasLowerCaseWord(view: TokenView, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (view.isLowerWord(k)) return true;
  return false;
}

/** "John Smith" before the comma at `comma`: two capitalised words or more, a listed given name first, or a title's abbreviation before them ("Dr. Ruiz"). */
function isPersonNameBefore(view: TokenView, comma: number, first: number): boolean {
  let k = comma - 1;
  while (k - 1 >= first && view.isCapitalized(k - 1) && view.spaceBefore(k)) k--;
  if (k - 2 >= first && view.kind(k - 1) === TokenKind.Period && TITLE_ABBREVIATIONS.has(view.lower(k - 2))) return true;
  return comma - k >= 2 && isGivenName(view.lower(k));
}

const TITLE_ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof']);

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
