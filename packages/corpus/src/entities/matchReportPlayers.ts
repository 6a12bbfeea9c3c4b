import { TokenKind } from '../text/tokenize.js';
import { addEvidence, WEIGHT, weightOf } from './evidence.js';
import { gazetteer, isKnownPlace } from './gazetteer.js';
import { reportsMatches, type DraftOfSentence } from './matchReportClubs.js';
import type { TokenView } from './tokenView.js';

/**
 * "Partey tapped home at the back post … Kiko's free-kick sailed over him … a rash challenge by
 * Kalitsios on Dabo": in a story that reports a match, one word that does what only a player does
 * with the ball, is booked or substituted, owns a shot, a cross or a save, or is named by a foul or a
 * pass, is a player (each was other, "Ouattara" after "squared to" a place): match reports call
 * players by their surnames alone, often with no full name anywhere in the story. A club by its
 * sentence (a side of a score, a plural verb) or a place or body the lists know is left alone.
 */
export function addMatchReportPlayerEvidence<T extends DraftOfSentence>(found: readonly T[]): void {
  let players: T[] | undefined;
  for (const f of found) if (isLoneWord(f) && !saysClubOrPlace(f) && standsInPlayersSlot(f.view, f.first, f.end, f.sentenceFirst, f.sentenceEnd)) (players ??= []).push(f);
  if (players === undefined || (!holdsTwoSentences(players) && !reportsMatches(found))) return;
  for (const f of players) addEvidence(f.draft.evidence, 'person', WEIGHT.personVerb);
}

/** Players' slots in two sentences or more make a match's report of their own: "Lia nods one out … Young pushes away a Bonevacia belter" (a live blog's minutes, no score). */
function holdsTwoSentences(found: readonly DraftOfSentence[]): boolean {
  return found.some((f) => f.draft.sentence !== found[0]!.draft.sentence);
}

/** One capitalised word, no acronym, that the lists know as no place and no body. */
function isLoneWord(f: DraftOfSentence): boolean {
  if (f.end - f.first !== 1 || !f.view.isWord(f.first) || !f.view.isCapitalized(f.first) || f.view.isAllCaps(f.first)) return false;
  const key = f.view.key(f.first);
  return !isKnownPlace(key) && gazetteer().byKey.get(key)?.type !== 'organization';
}

/** The mention's own sentence makes it a club or a place ("Liverpool beat Everton 1-0", "grew up in Swansea"). */
function saysClubOrPlace(f: DraftOfSentence): boolean {
  return weightOf(f.draft.evidence, 'organization') > 0 || weightOf(f.draft.evidence, 'place') >= WEIGHT.contextNoun;
}

function standsInPlayersSlot(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  return doesPlayersDeed(view, end, sentenceEnd) || ownsPlayersPlay(view, end, sentenceEnd) || namesPlayAsModifier(view, first, end, sentenceFirst, sentenceEnd) || isNamedByPlay(view, first, sentenceFirst) || isTimedAtMinute(view, first, end, sentenceFirst, sentenceEnd);
}

/**
 * "goals from Pereyra in the 23rd minute … and Payero in the 52nd minute", "given by Zirkzee in the
 * 4th minute": a name right before its minute is the player's (both were other). Not after a side's
 * preposition: "scored for Udinese in the 23rd minute" is the club's.
 */
function isTimedAtMinute(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (end + 3 >= sentenceEnd || !view.isText(end, 'in') || !view.isText(end + 1, 'the') || !view.isText(end + 3, 'minute') || !isOrdinalNumber(view, end + 2)) return false;
  return first - 1 < sentenceFirst || !view.isLowerWord(first - 1) || !SIDES_PREPOSITIONS.has(view.lower(first - 1));
}

/** "23rd", "4th", "90th": digits and an ordinal's ending. */
function isOrdinalNumber(view: TokenView, k: number): boolean {
  return view.hasDigit(k) && ORDINAL_NUMBER.test(view.raw(k));
}

const ORDINAL_NUMBER = /^\d{1,3}(?:st|nd|rd|th)$/;
const SIDES_PREPOSITIONS = new Set(['for', 'against', 'to', 'at', 'over', 'with', 'v', 'vs']);

/**
 * "Partey tapped home", "Pittas unleashed a thunderbolt", "Knockaert smashed the ball through",
 * "Gueye sent one just wide", "Brockie comes off", "Fenton off for Boxall", "Muntari was booked":
 * a player's stroke, a substitution or a card right after the name (an adverb may come between).
 * "Arsenal headed into the break" and "Chelsea fired their manager" say nothing of the ball.
 */
function doesPlayersDeed(view: TokenView, end: number, sentenceEnd: number): boolean {
  let k = end;
  if (k < sentenceEnd && view.isLowerWord(k) && PLAYERS_ADVERBS.has(view.lower(k))) k++;
  if (k >= sentenceEnd || !view.isLowerWord(k)) return false;
  const word = view.lower(k);
  if (STROKE_VERBS.has(word)) return true;
  if (AIMED_VERBS.has(word)) return sendsTheBall(view, k + 1, sentenceEnd);
  if (word === 'was' || word === 'is') return isCardedOrReplaced(view, k + 1, sentenceEnd);
  if (word === 'off' || word === 'on') return k + 1 >= sentenceEnd || view.lower(k + 1) === 'for' || view.isChar(k + 1, '.,');
  return LEAVING_VERBS.has(word) && k + 1 < sentenceEnd && isLeavingTheField(view, k + 1, sentenceEnd);
}

/** "home", "wide", "in", "the ball", "one" after an aimed verb: "headed home", "fired in an equaliser", "sent one wide". */
function sendsTheBall(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (k >= sentenceEnd || !view.isLowerWord(k)) return false;
  const word = view.lower(k);
  return BALL_DIRECTIONS.has(word) || (word === 'the' && k + 1 < sentenceEnd && view.lower(k + 1) === 'ball');
}

/** "was booked", "was sent off", "was shown a second yellow card", "was substituted". */
function isCardedOrReplaced(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (k < sentenceEnd && view.isLowerWord(k) && view.lower(k) === 'then') k++;
  if (k >= sentenceEnd || !view.isLowerWord(k)) return false;
  const word = view.lower(k);
  if (CARDED_WORDS.has(word)) return true;
  if (word === 'red' && view.kind(k + 1) === TokenKind.Hyphen && view.lower(k + 2) === 'carded') return true;
  if (word === 'sent' || word === 'taken' || word === 'stretchered') return k + 1 < sentenceEnd && view.lower(k + 1) === 'off';
  if (word !== 'shown') return false;
  for (let i = k + 1; i < Math.min(sentenceEnd, k + 6); i++) if (view.isLowerWord(i) && view.lower(i) === 'card') return true;
  return false;
}

/** "came off the bench", "went off injured", "came on for Brown": not "went on to win", "came off second best". */
function isLeavingTheField(view: TokenView, k: number, sentenceEnd: number): boolean {
  const particle = view.lower(k);
  if (particle !== 'on' && particle !== 'off') return false;
  if (k + 1 >= sentenceEnd || view.isChar(k + 1, '.,')) return true;
  const next = view.lower(k + 1);
  return next === 'for' || next === 'injured' || (particle === 'off' && next === 'the' && view.lower(k + 2) === 'bench');
}

/** "Kiko's free-kick", "Szoboszlai's deflected shot", "Rooney's 90th-minute spot kick": a possessive, then within four tokens a player's stroke. */
function ownsPlayersPlay(view: TokenView, end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd || !isPossessiveAt(view, end)) return false;
  for (let k = end + 1; k < Math.min(sentenceEnd, end + 5); k++) {
    const kind = view.kind(k);
    if (kind === TokenKind.Hyphen || kind === TokenKind.Number) continue;
    if (kind !== TokenKind.Word || view.isCapitalized(k)) return false;
    if (isPlayNounAt(view, k)) return true;
  }
  return false;
}

/** "Kiko's", and a name in "s" with its apostrophe alone: "Roushias' powerful volley", "Huysegems' goal" (both were other). */
function isPossessiveAt(view: TokenView, k: number): boolean {
  return view.kind(k) === TokenKind.Possessive || (view.kind(k) === TokenKind.Apostrophe && view.adjacent(k - 1) && view.lower(k - 1).endsWith('s'));
}

/** "a Petratos cross", "a Bonevacia belter": the name between "a" and a stroke's noun (a club's is "a Liverpool corner", no stroke). */
function namesPlayAsModifier(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (first - 1 < sentenceFirst || end >= sentenceEnd || !view.isLowerWord(first - 1)) return false;
  const article = view.lower(first - 1);
  return (article === 'a' || article === 'an') && view.isLowerWord(end) && isPlayNounAt(view, end);
}

/**
 * "a rash challenge by Kalitsios on Dabo", "superb work by Mitoma", "a cross from Juanfran", "saved
 * from Gabriel", "took the lead through Okriasvili", "came on for Thereau": the name after a foul's,
 * a stroke's, a lead's or a substitution's preposition.
 */
function isNamedByPlay(view: TokenView, first: number, sentenceFirst: number): boolean {
  const preposition = first - 1;
  if (preposition - 1 < sentenceFirst || !view.isLowerWord(preposition)) return false;
  const word = view.lower(preposition);
  const before = preposition - 1;
  if (word === 'by' || word === 'from') return isPlayNounAt(view, before) || (view.isLowerWord(before) && DONE_BY_PLAYER.has(view.lower(before)));
  if (word === 'on') return foulBefore(view, before, sentenceFirst);
  if (word === 'for') return view.isLowerWord(before) && (view.lower(before) === 'on' || view.lower(before) === 'off');
  if (word === 'through') return leadBefore(view, before, sentenceFirst);
  return false;
}

/** "a challenge … on", "a rash challenge by Kalitsios on": a foul's noun within the four tokens before "on". */
function foulBefore(view: TokenView, k: number, sentenceFirst: number): boolean {
  for (let i = k; i >= Math.max(sentenceFirst, k - 3); i--) if (view.isLowerWord(i) && FOUL_NOUNS.has(view.lower(i))) return true;
  return false;
}

/** "took the lead through", "extend their lead through", "equalised through": a lead's word within the three tokens before "through". */
function leadBefore(view: TokenView, k: number, sentenceFirst: number): boolean {
  for (let i = k; i >= Math.max(sentenceFirst, k - 2); i--) if (view.isLowerWord(i) && LEAD_WORDS.has(view.lower(i))) return true;
  return false;
}

/** A stroke's noun at k: "cross", "header", "free-kick" and "spot kick" (by their "kick"), "hat-trick", "tap-in". */
function isPlayNounAt(view: TokenView, k: number): boolean {
  if (!view.isLowerWord(k)) return false;
  const word = view.lower(k);
  if (PLAY_NOUNS.has(word)) return true;
  const opener = view.kind(k - 1) === TokenKind.Hyphen ? k - 2 : k - 1;
  if (word === 'kick') return view.isLowerWord(opener) && KICK_OPENERS.has(view.lower(opener));
  return (word === 'trick' && view.lower(opener) === 'hat') || (word === 'in' && opener === k - 2 && view.lower(opener) === 'tap');
}

const PLAYERS_ADVERBS = new Set(['then', 'also', 'almost', 'nearly', 'again', 'later', 'just', 'only', 'quickly', 'eventually', 'finally', 'calmly', 'coolly', 'cleverly', 'first', 'twice', 'superbly', 'expertly', 'deftly', 'brilliantly']);

/** Strokes only a player makes: "nodded in", "tapped home", "curled a free-kick", "skied a shot", "parried", "squared to". */
const STROKE_VERBS = new Set([
  'nodded', 'nods', 'tapped', 'taps', 'volleyed', 'volleys', 'curled', 'curls', 'chipped', 'chips', 'slotted', 'slots', 'skied', 'skies',
  'squared', 'squares', 'lobbed', 'lobs', 'parried', 'parries', 'palmed', 'palms', 'dribbled', 'dribbles', 'flicked', 'flicks', 'prodded',
  'prods', 'poked', 'pokes', 'rifled', 'rifles', 'unleashed', 'unleashes', 'converted', 'converts', 'crossed', 'crosses', 'headered',
]);

/** Verbs that are a stroke where the ball or its direction follows: "headed home", "fired wide", "smashed the ball". */
const AIMED_VERBS = new Set(['headed', 'heads', 'fired', 'fires', 'smashed', 'smashes', 'flashed', 'flashes', 'sent', 'sends', 'drove', 'drives', 'drilled', 'drills', 'slid', 'slides', 'swept', 'sweeps', 'blasted', 'blasts', 'steered', 'steers', 'stabbed', 'stabs', 'bundled', 'bundles', 'glanced', 'glances']);
const BALL_DIRECTIONS = new Set(['home', 'in', 'wide', 'over', 'past', 'goalwards', 'one', 'narrowly']);

/** What happens to a player: "was booked", "was substituted", "was red-carded" (its "carded"). */
const CARDED_WORDS = new Set(['booked', 'cautioned', 'substituted', 'dismissed', 'replaced', 'withdrawn', 'subbed']);
const LEAVING_VERBS = new Set(['came', 'comes', 'went', 'goes', 'limped', 'limps', 'hobbled', 'hobbles']);

/** A player's stroke, owned ("Nelson's cross") or named by ("a header by Simeone"); not "goal", "lead" or "penalty", which a club has too. */
const PLAY_NOUNS = new Set(['cross', 'shot', 'header', 'volley', 'effort', 'strike', 'save', 'tackle', 'finish', 'lob', 'chip', 'backheel', 'brace', 'belter', 'screamer', 'thunderbolt', 'dribble', 'clearance', 'assist', 'free-kick', 'spot-kick']);
const KICK_OPENERS = new Set(['free', 'spot', 'bicycle', 'scissor', 'overhead']);

/** What a player does to or for another, before "by" or "from": "work by Mitoma", "a mistake by Okriasvili", "saved from Jesus", "a pass from Verre". */
const DONE_BY_PLAYER = new Set(['work', 'mistake', 'error', 'pass', 'foul', 'challenge', 'saved', 'saves', 'replaced', 'handball', 'fouled', 'tackled']);
const FOUL_NOUNS = new Set(['foul', 'challenge', 'tackle', 'lunge', 'fouled', 'tackled']);
const LEAD_WORDS = new Set(['lead', 'ahead', 'level', 'equalised', 'equalized', 'equalising', 'equalizing', 'front', 'deficit']);
