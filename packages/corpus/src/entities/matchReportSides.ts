import { TokenKind } from '../text/tokenize.js';
import { clubKeyOf } from './datelineClubs.js';
import { addEvidence, weightOf, WEIGHT } from './evidence.js';
import { isCity, isCountry } from './gazetteer.js';
import { clubsByTown, reportsMatches, saysTown, type DraftOfSentence } from './matchReportClubs.js';
import { holdsSetScore, reportsAScore, writesAScore } from './sportsClubs.js';
import type { TokenView } from './tokenView.js';

/**
 * "New Zealand overturned a half-time deficit to beat England 24-21", "South Africa swept to a
 * 107-run victory over England", "Tyler Herro scored 25 points for Miami … Miami's largest lead":
 * in a story that reports a match, a country or a city alone, which no club of the story took in
 * (`linkTownsToTheirClubs`), is the side it fields where its sentence speaks of play and no place's
 * preposition governs it (each was the place). "losses in New Zealand in July", "the tour of South
 * Africa", "a trip to Miami" stay places, and so does a country in a story of no match.
 */
export function addPlaceSideEvidence<T extends DraftOfSentence>(found: readonly T[]): void {
  if (found.length === 0 || !found.some(isPlaceAlone) || !holdsAScore(found[0]!.view)) return;
  let reports: boolean | undefined;
  let clubs: Map<string, string> | undefined;
  let openers: Set<string> | undefined;
  for (const f of found) {
    if (!isPlaceAlone(f) || isDashJoined(f) || namesPlayersCountry(f) || !isSideBySentence(f)) continue;
    reports ??= reportsMatches(found);
    if (!reports) return;
    const club = isCountry(f.draft.key) ? undefined : (clubs ??= clubsByTown(found)).get(f.draft.key);
    if (club !== undefined) linkToClub(f, club);
    else if (!(openers ??= openersOfLongerNames(found)).has(f.draft.key)) fileUnderSide(f);
  }
}

/**
 * The article writes a score somewhere ("16-15", "112-104", "1-1") or a cricket result's wickets
 * ("beat England by seven wickets"): the cheap test on its tokens before any sentence is read, for
 * the many stories that name places and report no match.
 */
function holdsAScore(view: TokenView): boolean {
  if (writesAScore(view)) return true;
  for (let k = 0; k < view.count; k++) if (view.isText(k, 'wickets')) return true;
  return false;
}

/** Its sentence makes the place a side: a result's phrase before it, or play with no place's preposition before it nor a tennis set's score. */
function isSideBySentence(f: DraftOfSentence): boolean {
  if (followsSidesPhrase(f)) return true;
  return !saysTown(f) && !governedAsPlace(f) && speaksOfPlaySides(f) && !holdsSetScore(f.view, f.sentenceFirst, f.sentenceEnd);
}

/**
 * "Poland's Hubert Hurkacz ousted Daniil Medvedev", "to defeat Spain's Roberto Bautista Agut": a
 * country owning a name is the player's nationality, no side (both were bodies).
 */
function namesPlayersCountry(f: DraftOfSentence): boolean {
  return f.view.kind(f.end) === TokenKind.Possessive && f.end + 1 < f.sentenceEnd && f.view.isWord(f.end + 1) && f.view.isCapitalized(f.end + 1);
}

/** "Real Madrid … but Madrid showed great character": a town the story names its club after is that club, linked to it as `linkTownsToTheirClubs` links it. */
function linkToClub(f: DraftOfSentence, club: string): void {
  f.draft.link = club;
  addEvidence(f.draft.evidence, 'organization', WEIGHT.headWord);
}

/**
 * The side's mention is filed under its side's key, apart from the place's ("miami" → "miami club",
 * as the dateline's clubs are): one key joined them, and the lists' place won ("a trip to Miami" and
 * "Miami's largest lead" were one place, or one body once the sides outweighed it).
 */
function fileUnderSide(f: DraftOfSentence): void {
  f.draft.key = clubKeyOf(f.draft.key);
  f.draft.initial = false;
  // The lists know the place, not its side: "beat Australia in August" alone kept their place's weight.
  addEvidence(f.draft.nameEvidence, 'place', -weightOf(f.draft.nameEvidence, 'place'));
  addEvidence(f.draft.evidence, 'organization', WEIGHT.headWord);
}

/** A country's or a city's name, no club's short form, no word inside a longer name: the cheap test before any scan. */
function isPlaceAlone(f: DraftOfSentence): boolean {
  return f.draft.link === null && !f.draft.modifier && (isCountry(f.draft.key) || isCity(f.draft.key));
}

/**
 * The first words of the story's longer names ("bayern" of "Bayern Munich", "miami" of "Miami
 * Heat"): a place alone that opens one is the short form the corpus joins to it ("Bayern coach
 * Thomas Tuchel"), no side of its own.
 */
function openersOfLongerNames(found: readonly DraftOfSentence[]): Set<string> {
  const openers = new Set<string>();
  for (const { draft } of found) if (draft.shortFormKeys.length > 0) openers.add(draft.shortFormKeys[0]!);
  return openers;
}

/** "The Russia–Ukraine war", "a Miami-based firm": a place joined by a dash or a hyphen to a word beside it, which is no side. */
function isDashJoined(f: DraftOfSentence): boolean {
  const after = f.view.isChar(f.end, DASHES) && !f.view.spaceBefore(f.end);
  return after || (f.view.isChar(f.first - 1, DASHES) && !f.view.spaceBefore(f.first));
}

const DASHES = '-\u2010\u2011\u2013\u2014';

/**
 * A preposition of where before the name: "in New Zealand", "the tour of South Africa", "a trip to
 * Miami", "away to New Zealand"; "a training camp in the Emirates" and "in the Netherlands" past "the".
 */
function governedAsPlace(f: DraftOfSentence): boolean {
  const before = f.first - 1 > f.sentenceFirst && f.view.isText(f.first - 1, 'the') ? f.first - 2 : f.first - 1;
  return before >= f.sentenceFirst && f.view.isLowerWord(before) && WHERE_PREPOSITIONS.has(f.view.lower(before));
}

const WHERE_PREPOSITIONS = new Set(['in', 'of', 'to', 'at', 'from', 'into', 'across', 'around', 'throughout', 'near', 'outside', 'inside', 'toward', 'towards', 'via', 'toured', 'touring', 'tour']);

/**
 * A result's word and its preposition before the name make it the other side, whatever the
 * preposition says elsewhere: "their defeat to Stuttgart", "draws against Inter and Parma", "a win
 * over England", "beaten by South Africa", "a draw with Wales", "play at Lille" ("to Stuttgart" was the city's).
 */
function followsSidesPhrase(f: DraftOfSentence): boolean {
  const at = f.first - 1;
  if (at - 1 < f.sentenceFirst || !f.view.isLowerWord(at) || !f.view.isLowerWord(at - 1)) return false;
  return SIDES_PHRASES.get(f.view.lower(at))?.has(f.view.lower(at - 1)) ?? false;
}

const SIDES_PHRASES = new Map<string, ReadonlySet<string>>([
  ['to', new Set(['lost', 'lose', 'loses', 'losing', 'loss', 'losses', 'defeat', 'defeats', 'slipped'])],
  // "Monaco next play at Lille": a fixture's verb and its preposition name the side played away ("fans travel to Lisbon" stays the city).
  ['at', new Set(['play', 'plays', 'playing'])],
  ['against', new Set(['draw', 'draws', 'drew', 'win', 'wins', 'won', 'victory', 'defeat', 'loss', 'game', 'match', 'played', 'tie'])],
  ['over', new Set(['win', 'wins', 'victory', 'victories', 'triumph'])],
  ['by', new Set(['beaten', 'defeated', 'edged', 'thrashed', 'held', 'stunned', 'humbled', 'crushed', 'routed', 'hammered'])],
  ['with', new Set(['draw', 'draws', 'drew', 'tie', 'tied'])],
]);

/**
 * The mention's sentence speaks of a side's play, in any sport: "McKenzie kicked two penalties to
 * restore New Zealand's lead", "won the toss", "Miami lost Terry Rozier to injuries … 13 points",
 * or holds a score ("Miami was up 40-37 when it started the run").
 */
function speaksOfPlaySides(f: DraftOfSentence): boolean {
  for (let i = f.sentenceFirst; i < f.sentenceEnd; i++) if (f.view.isLowerWord(i) && SIDES_PLAY_WORDS.has(f.view.lower(i))) return true;
  return reportsAScore(f.view, f.sentenceFirst, f.sentenceEnd);
}

const SIDES_PLAY_WORDS = new Set([
  'game', 'games', 'match', 'win', 'won', 'wins', 'victory', 'defeat', 'defeats', 'draw', 'drew', 'lead', 'led', 'goal', 'goals', 'half', 'season',
  'points', 'side', 'team', 'squad', 'fixture', 'scored', 'equaliser', 'equalizer', 'penalty', 'penalties', 'minute', 'minutes', 'coach', 'manager',
  'beat', 'beaten', 'lost', 'loss', 'losses', 'quarter', 'halftime', 'half-time', 'rebounds', 'assists', 'overtime',
  'innings', 'wickets', 'wicket', 'runs', 'toss', 'bowled', 'batting', 'bowling', 'try', 'tries', 'scrum', 'lineout', 'conversion',
  'series', 'semi-final', 'final', 'leaders', 'champions', 'table', 'standings', 'ladder', 'target', 'overs', 'chase', 'trailed', 'trailing', 'outscored', 'deficit', 'playoff', 'playoffs', 'captain', 'skipper',
  // A fixture's verbs: "Monaco next play at Lille … before hosting Marseille".
  'play', 'plays', 'hosting', 'hosts',
]);
