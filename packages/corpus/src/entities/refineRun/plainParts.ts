import { TokenKind } from '../../text/tokenize.js';
import { gazetteer, isCity, isKnownPlace, isPlaceAdjective, namesAPeople } from '../gazetteer.js';
import { ARTICLES, ENCOUNTER_NOUNS, NATIONAL_SOCIETIES, FOREIGN_ORGANIZATION_HEADS, HYPHEN_PREFIXES, isCommonWord, isFirmKindNoun, isGivenName, isListedSurname, isOccupationByEnding, LANDFORM_OPENERS, LEGAL_SUFFIXES, LEGISLATIVE_CHAMBERS, NAME_DESCRIPTORS, PARTY_MEMBERS, PEOPLE_PHRASE_CONTINUERS, PEOPLE_QUALIFIERS, STOPWORDS, WordClass } from '../lexicon.js';
import { isSlashedLegalFormEnd } from '../nameRuns/wordSteps.js';
import { opensWithAdvocates } from '../nameRuns/connectorSteps.js';
import type { NameRun } from '../nameRuns/runSteps.js';
import { opensWithClubWord, TEAM_WORDS } from '../sportsClubs.js';
import { isTeamName } from '../cues/contextWords.js';
import { holdsNoWordOfAPersonsName } from '../cues/nameShapes.js';
import type { TokenView } from '../tokenView.js';
import { type NamePart, isPossessiveInRun, part, keyOf, knownPrefixEnd, isDemonymAt, isDemonymSpan, GROUP_ADJECTIVES } from './nameParts.js';

/**
 * Whether the run's first word opens its sentence as a common word before the name ("Losing
 * Pokrovsk", "Senior EU officials"); whether it is cut off is decided with the rest of the article
 * (see extractArticleMentions).
 */
function opensWithCommonWord(view: TokenView, run: NameRun, end: number): boolean {
  const { first } = run;
  // A given name is no opener to cut off, though it be a word too: "Jack Herrick", "Will Middlebrooks".
  const opener = view.lower(first);
  // "Centrist Rodrigo Paz won", "Climatologist Francisco Aquino said": a descriptor or an occupation no
  // dictionary holds ("centrist", "climatologist") is such an opener too.
  // "King's College Hospital declared": a possessive the run holds joins its opener to the name ("Hospital" was left).
  // "Sporting Cristal won 2-0" opening a sentence: a club's opening word is the club's, no opener (it left a person "Cristal").
  return run.sentenceInitial && end - first > 1 && !isPossessiveInRun(view, first + 1) && !startsKnownName(view, first, end) && !opensWithClubWord(view, first, end) && (isCommonWord(opener) || NAME_DESCRIPTORS.has(opener) || isOccupationByEnding(opener) || isFirmKindNoun(opener)) && !isGivenName(opener) && !LANDFORM_OPENERS.has(opener);
}

/** The run without nationality words, split at its hyphens ("US-Russia"), peoples and place adjectives dropped. */
export function plainParts(view: TokenView, run: NameRun, end: number): NamePart[] {
  const { first } = run;
  const initial = run.sentenceInitial;
  const trimmed = trimDemonyms(view, first, end);
  if (!trimmed) return [];
  const initialCommonWord = opensWithCommonWord(view, run, end);
  const parts: NamePart[] = [];
  for (const piece of splitAtHyphens(view, trimmed.first, trimmed.end, run.hyphenJoins)) {
    const opensSentence = initial && piece.first === first;
    if (piece.end - piece.first === 1 && namesAPeople(view.key(piece.first))) {
      if (standsAloneAsNoun(view, piece.first, piece.end, opensSentence)) parts.push(part(piece.first, piece.end, null, opensSentence, null));
      continue;
    }
    if (isDemonymSpan(view, piece.first, piece.end) && !isRegionNoun(view, piece.first, piece.end) && !gazetteer().byKey.has(keyOf(view, piece.first, piece.end))) continue;
    if (isCombinedDemonym(view, piece.first, piece.end)) continue;
    if (isGroupAdjective(view, piece.first, piece.end) || isRaceBeforePeople(view, piece.first, piece.end)) continue;
    // "its Bavarian sister party", "Greenlanders wanted independence".
    if (piece.end - piece.first === 1 && isPlaceAdjective(view.key(piece.first))) continue;
    if (piece.end - piece.first === 1 && view.hasClass(piece.first, WordClass.Compass)) continue;
    if (isPluralOfPlace(view, piece.first, piece.end)) continue;
    const suffix = piece.end === end ? run.hyphenSuffix : null;
    parts.push(part(piece.first, piece.end, null, opensSentence, suffix, null, opensSentence && initialCommonWord));
  }
  return parts;
}

function startsKnownName(view: TokenView, first: number, end: number): boolean {
  return knownPrefixEnd(view, first, end) > 0;
}

/**
 * "Anglo-American relations", "the Franco-German alliance", "Sino-Russian ties": a combining form, a
 * hyphen and a demonym are an adjective of two peoples, no name ("Anglo-American" was other, and the
 * company Anglo American's key). Not "Indo-Pacific", a place, nor "the Russo-Japanese War".
 */
function isCombinedDemonym(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 3 || view.kind(first + 1) !== TokenKind.Hyphen || !COMBINING_FORMS.has(view.lower(first))) return false;
  return isDemonymAt(view, first + 2, end) === 1;
}

const COMBINING_FORMS = new Set(['anglo', 'franco', 'sino', 'russo', 'indo', 'afro', 'greco', 'italo', 'austro', 'judeo', 'turco', 'serbo', 'hispano', 'luso', 'germano', 'polono', 'euro']);

/** Token i follows a lower-case word and a hyphen with no space: "Kurdish" in "pro-Kurdish". */
function afterPrefixHyphen(view: TokenView, i: number): boolean {
  return i >= 2 && view.kind(i - 1) === TokenKind.Hyphen && view.adjacent(i - 1) && view.adjacent(i - 2) && view.isLowerWord(i - 2);
}

/**
 * "The Philippine Red Cross deployed boats", "the American Red Cross": each country's society of the
 * movement is named by its nationality, which is no adjective to cut off (both were "Red Cross").
 */
function namesNationalSociety(view: TokenView, first: number, end: number): boolean {
  const n = isDemonymAt(view, first, end);
  return n > 0 && NATIONAL_SOCIETIES.has(keyOf(view, first + n, end));
}

/**
 * "The Mumbai Indians beat …", "the Cleveland Indians": "the", a city and a people in the plural
 * are a team (both were cut to the city); "Donbas Russians" without "the" keep losing the people.
 */
function namesCitysTeam(view: TokenView, first: number, end: number): boolean {
  const last = view.lower(end - 1);
  return first > 0 && view.lower(first - 1) === 'the' && last.endsWith('s') && isCity(keyOf(view, first, end - 1));
}

/**
 * The word a name's head would be: its last, before an abbreviation's period ("Saudi Arabian Oil
 * Co.", "American Airlines Group Inc.") and before a legal form that closes a company's head: "the
 * Nigerian National Petroleum Company Limited" (it lost "Nigerian"), "Kenyan Airways Co. Ltd.".
 */
function lastBeforeLegalForm(view: TokenView, first: number, end: number): number {
  let last = view.kind(end - 1) === TokenKind.Period && end - 2 > first ? end - 2 : end - 1;
  let k = last;
  while (k - 1 > first && LEGAL_SUFFIXES.has(view.lower(k))) {
    k--;
    if (view.kind(k) === TokenKind.Period && k - 1 > first) k--;
    if (view.hasClass(k, WordClass.Head)) last = k;
  }
  return last;
}

/** Nationality words before a name that is not an organisation's ("Ukrainian Zelenskyy"), or after one ("Donbas Russian"). */
function trimDemonyms(view: TokenView, first: number, end: number): { first: number; end: number } | null {
  // Most runs neither open nor close with a people's word: only the chamber's rule below may then cut them.
  if (!opensOrClosesWithDemonym(view, first, end)) return chamberBeforeParty(view, first, end) ?? (first < end ? { first, end } : null);
  let f = first;
  let e = end;
  const last = lastBeforeLegalForm(view, first, end);
  // "Americans for Prosperity": a people's plural before its cause names an advocacy group.
  // "Prensa Latina", "Aerolíneas Argentinas": a foreign body's head opens its name, its people's word after it.
  const namesOrganisation = view.hasClass(last, WordClass.Head) || isSlashedLegalFormEnd(view, end) || headsOfPhrase(view, first, end) || namesNationalSociety(view, first, end) || (end - first >= 3 && opensWithAdvocates(view, first)) || FOREIGN_ORGANIZATION_HEADS.has(view.key(first));
  // "the pro-Kurdish Peoples' Equality and Democracy Party", "anti-American Party": a nationality
  // after a lower-case prefix and its hyphen is an adjective, even before a body's name.
  if (namesOrganisation && isDemonymAt(view, f, e) === 1 && f + 1 < e && afterPrefixHyphen(view, f)) f++;
  // "Senate Republicans blocked it", "House Democrats walked out", "the House Democratic leader": a
  // chamber before its party's members or adjective is the chamber (the two words were dropped as one name).
  const chamber = chamberBeforeParty(view, f, e);
  if (chamber) return chamber;
  if (!namesOrganisation && !namesNumberedFlight(view, first, end) && opensOrClosesWithDemonym(view, f, e) && !isKnownWhole(keyOf(view, first, end))) {
    // "the American League Championship Series", "the Eastern League All-Star Game": a people's word
    // before a body's head word names the body, wherever the name ends (it was "League Championship Series").
    for (let n = isDemonymAt(view, f, e); n > 0 && f + n < e && !namesRegionOfPlace(view, f, n, e) && !namesRegionsTeam(view, f, n, e) && !view.hasClass(f + n, WordClass.Head); n = isDemonymAt(view, f, e)) {
      f += n;
      while (f < e && view.kind(f) === TokenKind.Hyphen) f++; // "South Korean-U.S."
    }
    // "Donbas Russian" loses its nationality word; "Buy American", a common word before it, keeps it.
    while (e - 1 > f && isDemonymAt(view, e - 1, e) === 1 && view.spaceBefore(e - 1) && !view.hasClass(e - 2, WordClass.Common) && !namesCitysTeam(view, f, e) && !isGivenNameAndDemonymSurname(view, f, e)) e--;
    // "a Massachusetts Democrat", "a Texas Republican": a party's member from a place; the place is the name.
    if (e - 1 > f && PARTY_MEMBERS.has(view.lower(e - 1)) && namesMembersPlace(view, f, e - 1)) e--;
  }
  return f < e ? { first: f, end: e } : null;
}

/** "Senate Republicans", "House Democratic": the chamber alone, else null. */
function chamberBeforeParty(view: TokenView, first: number, end: number): { first: number; end: number } | null {
  return end - first === 2 && LEGISLATIVE_CHAMBERS.has(view.key(first)) && isPartyWord(view.key(first + 1)) ? { first, end: first + 1 } : null;
}

/** "republican", "republicans", "democratic": a party's member, its members or its adjective. */
function isPartyWord(key: string): boolean {
  return PARTY_MEMBERS.has(key) || (key.endsWith('s') && PARTY_MEMBERS.has(key.slice(0, -1))) || GROUP_ADJECTIVES.has(key);
}

/**
 * "American Eagle Flight 5342", "Egyptian Air Flight 990": a flight is named by its airline's words, a
 * nationality among them (the flight was "Eagle Flight 5342").
 */
function namesNumberedFlight(view: TokenView, first: number, end: number): boolean {
  return end - first >= 3 && view.kind(end - 1) === TokenKind.Number && view.lower(end - 2) === 'flight';
}

/**
 * The words before a party's member ("a Texas Republican") name a place the lists know, a town
 * ("a Nashville Democrat", "the Brooklyn Democrat"), or, after an article, any town: "a Roseburg
 * Republican". Not a word of the party's own name: "a Liberal Democrat", "a Christian Democrat".
 */
function namesMembersPlace(view: TokenView, first: number, end: number): boolean {
  const key = keyOf(view, first, end);
  if (gazetteer().byKey.get(key)?.type === 'place' || isCity(key)) return true;
  if (first === 0 || !ARTICLES.has(view.lower(first - 1))) return false;
  for (let i = first; i < end; i++) if (!view.isWord(i) || view.hasClass(i, WordClass.Common) || GROUP_ADJECTIVES.has(view.key(i))) return false;
  return true;
}

/**
 * What trimDemonyms' loops and its party member's test read first: a people's word opening the
 * name, one closing it, or a party's member closing it. Without any the lists need not be asked
 * whether the whole is known (three look-ups per name, and most names hold no demonym).
 */
function opensOrClosesWithDemonym(view: TokenView, first: number, end: number): boolean {
  return isDemonymAt(view, first, end) > 0 || (end - 1 > first && (isDemonymAt(view, end - 1, end) === 1 || PARTY_MEMBERS.has(view.lower(end - 1))));
}

/** A name the gazetteer holds, or a place the lists know. */
function isKnownWhole(key: string): boolean {
  return gazetteer().byKey.has(key) || isKnownPlace(key);
}

/**
 * "his first marriage, to Faye Maltese", "Irene French said": a given name no place shares, then a
 * nationality the census lists as a surname, is a person's whole name (it was "Faye" alone). Not
 * "Donbas Russian" nor "Georgia Russian" (places).
 */
function isGivenNameAndDemonymSurname(view: TokenView, first: number, end: number): boolean {
  return end - first === 2 && isGivenName(view.lower(first)) && isListedSurname(view.lower(first + 1)) && !isKnownPlace(view.key(first));
}

/**
 * "Eastern Europe", "Western Canada", "Western Sydney": a compass adjective the demonym list holds, then a known place (a city too),
 * names a region of it; "Chinese Taipei" and "Ukrainian Zelenskyy" lose their nationality word. The
 * place may be a region of the place lists only, or words no dictionary or name list holds
 * ("Western Tigray", "Eastern Ghouta" were cut to "Tigray" and "Ghouta", and "Tigray" made a short
 * form of "Southern Tigray").
 */
function namesRegionOfPlace(view: TokenView, first: number, demonymTokens: number, end: number): boolean {
  if (demonymTokens !== 1 || !COMPASS_ADJECTIVES.has(view.key(first))) return false;
  const place = keyOf(view, first + 1, end);
  return gazetteer().byKey.get(place)?.type === 'place' || isKnownPlace(place) || holdsNoWordOfAPersonsName(view, first + 1, end);
}

const COMPASS_ADJECTIVES = new Set(['eastern', 'western']);

/**
 * "Western Sydney Wanderers beat Melbourne Victory", "Western United": a compass adjective before a
 * team's name, or before one of the words teams are named with, opens the club of that region (both
 * lost "Western").
 */
function namesRegionsTeam(view: TokenView, first: number, demonymTokens: number, end: number): boolean {
  if (demonymTokens !== 1 || !COMPASS_ADJECTIVES.has(view.key(first))) return false;
  return end - first === 2 ? TEAM_WORDS.has(view.key(first + 1)) : isTeamName(view, first + 1, end - 1);
}

/** "American University of Beirut", "Russian Academy of Sciences", "European Convention on Human Rights": a head word before the name's "of", "for" or "on" phrase. */
function headsOfPhrase(view: TokenView, first: number, end: number): boolean {
  for (let k = first + 1; k + 1 < end; k++) if (view.isOfOrFor(k) || (view.isLowerWord(k) && view.lower(k) === 'on')) return view.hasClass(k - 1, WordClass.Head);
  return false;
}

/**
 * Splits at hyphens that join two known names ("US-Russia", "South Korea-U.S.", "South Korean-U.S."),
 * but not inside a known name ("Indo-Pacific"), where one side is unknown ("Taipei-Penghu") or
 * before a head word closing the name ("United States-Mexico-Canada Agreement").
 */
function splitAtHyphens(view: TokenView, first: number, end: number, joins: number[]): { first: number; end: number }[] {
  const inside = hyphensInside(joins, first, end);
  if (inside.length === 0 || gazetteer().byKey.has(keyOf(view, first, end))) return [{ first, end }];
  // "United States-Mexico-Canada Agreement", "US-China Economic and Security Review Commission": a
  // head word closing the run after its last hyphen makes the joined places one name's words.
  if (view.hasClass(end - 1, WordClass.Head) && end - 1 > inside[inside.length - 1]! + 1) return [{ first, end }];

  if (isRivalsPair(view, first, end, inside)) return [{ first, end: inside[0]! }, { first: inside[0]! + 1, end }];
  const pieces: { first: number; end: number }[] = [];
  let start = first;
  for (const h of inside) {
    const left = { first: start, end: h };
    const nextHyphen = inside.find((x) => x > h) ?? end;
    const right = { first: h + 1, end: nextHyphen };
    if ((isKnownOrDemonym(view, left) && isKnownOrDemonym(view, right)) || isCityPair(view, first, end, left, right)) {
      pieces.push(left);
      start = h + 1;
    } else if (left.end - left.first === 1 && view.length(left.first) === 1 && isKnownOrDemonym(view, right)) {
      // "R-Ohio": a party letter and a state; the state is the name.
      start = h + 1;
    }
  }
  pieces.push({ first: start, end });
  return pieces;
}

/**
 * The hyphens of `joins` inside tokens [first, end), neither first nor last. A loop, not a filter
 * with a closure reading `first` and `end`: that allocated a context at every run's split.
 */
function hyphensInside(joins: readonly number[], first: number, end: number): number[] {
  const inside: number[] = [];
  for (const h of joins) if (h > first && h < end - 1) inside.push(h);
  return inside;
}

/**
 * "the Alcaraz-Sinner final", "the Biden-Xi meeting": two single words, each no common word, joined
 * by one hyphen before what two sides meet in are the two sides (a double-barrelled surname is
 * written before a given name or alone: "Ocasio-Cortez said"); so are two full names.
 */
function isRivalsPair(view: TokenView, first: number, end: number, inside: number[]): boolean {
  if (inside.length !== 1 || end >= view.count || !view.isLowerWord(end) || !ENCOUNTER_NOUNS.has(view.lower(end))) return false;
  // "the Jake Paul-Mike Tyson fight", "the Donald Trump-Kamala Harris debate": a given name opens each side.
  if (end - first === 5 && inside[0] === first + 2) return isGivenName(view.lower(first), true) && isGivenName(view.lower(first + 3), true);
  if (end - first !== 3) return false;
  const left = view.lower(first);
  const right = view.lower(end - 1);
  // "the Arsenal-Chelsea match": one side may be a word too; "the Follow-Up meeting", "the Pre-Season game" are no sides.
  return !(isCommonWord(left) && isCommonWord(right)) && !HYPHEN_PREFIXES.has(left) && !STOPWORDS.has(left) && !STOPWORDS.has(right);
}

/**
 * "the Shanghai-Rotterdam route", "the Beijing-Shanghai railway": two cities the lists know, one word
 * each, joined by a hyphen are two places (it was one name, other); not a city named so itself
 * ("Winston-Salem", "Baden-Baden").
 */
function isCityPair(view: TokenView, first: number, end: number, left: { first: number; end: number }, right: { first: number; end: number }): boolean {
  if (left.end - left.first !== 1 || right.end - right.first !== 1 || view.key(left.first) === view.key(right.first)) return false;
  return isCity(view.key(left.first)) && isCity(view.key(right.first)) && !isCity(keyOf(view, first, end));
}

function isKnownOrDemonym(view: TokenView, span: { first: number; end: number }): boolean {
  if (span.first >= span.end) return false;
  return gazetteer().byKey.has(keyOf(view, span.first, span.end)) || isDemonymSpan(view, span.first, span.end);
}

/**
 * "the Republican party", "Christian monasteries", "an Olympic record", "an Islamic school": an
 * adjective of party, creed or the Games before a common noun names nothing ("He became a
 * Christian", a member's noun, is a mention of him).
 */
function isGroupAdjective(view: TokenView, first: number, end: number): boolean {
  return end - first === 1 && GROUP_ADJECTIVES.has(view.key(first)) && end < view.count && view.isLowerWord(end) && !view.hasClass(end, WordClass.Stop);
}

/**
 * "one of the first Black executives", "White voters", "Hispanic students": a race's capitalised
 * adjective before a noun of people names no one (it was a body "Black"). Before other words it
 * may be a surname: "White said", "Black added".
 */
function isRaceBeforePeople(view: TokenView, first: number, end: number): boolean {
  return end - first === 1 && RACE_ADJECTIVES.has(view.key(first)) && end < view.count && view.isLowerWord(end) && PEOPLE_NOUNS.has(view.lower(end));
}

const RACE_ADJECTIVES = new Set(['black', 'white', 'hispanic', 'latino', 'latina', 'latinx', 'indigenous']);
const PEOPLE_NOUNS = new Set([
  'people', 'person', 'men', 'man', 'women', 'woman', 'children', 'child', 'boys', 'girls', 'youth', 'families', 'family', 'voters', 'voter',
  'students', 'executives', 'workers', 'residents', 'americans', 'communities', 'community', 'neighborhoods', 'neighbourhoods', 'churches',
  'leaders', 'officers', 'owners', 'lawmakers', 'candidates', 'athletes', 'players', 'artists', 'writers', 'musicians', 'journalists',
  'doctors', 'patients', 'employees', 'victims', 'defendants', 'jurors', 'farmers', 'homeowners', 'entrepreneurs', 'population', 'populations',
]);

/**
 * "Palestinians fled", "between Jews and Arabs", "the Kurds", "both Republicans and Democrats": a
 * people named alone as a noun is a name (a person's, see nameEvidenceFor). Not where a word before
 * counts or qualifies it ("millions of Americans", "ordinary Russians", "43 million Americans"), nor
 * where the words after carry the phrase on ("Arabs who did it", "the Americans with Disabilities Act")
 * or it qualifies them ("Inuit hunters").
 */
function standsAloneAsNoun(view: TokenView, first: number, end: number, opensSentence: boolean): boolean {
  if (end < view.count && view.isLowerWord(end) && PEOPLE_PHRASE_CONTINUERS.has(view.lower(end))) return false;
  // "Inuit hunters", "Rohingya refugees": a people not written as a plural, before a noun, qualifies it.
  if (!view.key(end - 1).endsWith('s') && end < view.count && view.isLowerWord(end) && !view.hasClass(end, WordClass.Stop)) return false;
  if (opensSentence || first === 0) return true;
  if (view.kind(first - 1) === TokenKind.Number) return false;
  // "Many Russians left": the word before may open the sentence.
  return !view.isWord(first - 1) || !PEOPLE_QUALIFIERS.has(view.lower(first - 1));
}

/** "the two Koreas": a counted plural refers to several things, it is not a name. */
function isPluralOfPlace(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1) return false;
  if (!view.key(first).endsWith('s') || first === 0) return false;
  return ['two', 'both', 'three', 'four'].includes(view.lower(first - 1));
}

/** "the Baltic", "the Arctic": an adjective in -ic used alone after "the" names the region or sea. */
export function isRegionNoun(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1 || !view.lower(first).endsWith('ic') || first === 0 || view.lower(first - 1) !== 'the') return false;
  return end >= view.count || !view.isLowerWord(end) || view.hasClass(end, WordClass.Stop);
}
