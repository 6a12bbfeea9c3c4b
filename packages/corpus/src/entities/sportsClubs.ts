import { TokenKind } from '../text/tokenize.js';
import { gazetteer, isCity, isCountry, isKnownPlace, namesAPeople } from './gazetteer.js';
import { ARTICLES, HEAD_WORDS, isCommonWord, isFrequentSurname, isGivenName, NAME_PARTICLES, ROLE_NOUNS, TEAMS_PLURAL_TITLES, WordClass } from './lexicon.js';
import type { TokenView } from './tokenView.js';

/**
 * Words that open a club's name before its city: "Dynamo Kyiv", "Spartak Moscow", "Sporting Lisbon",
 * "Zenit St Petersburg", "Legia Warsaw", "Eintracht Frankfurt". Before a known city they name the club,
 * not a person nor the city.
 */
const CLUB_OPENERS = new Set([
  'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'torpedo', 'zenit', 'shakhtar', 'sporting', 'racing', 'olympique',
  'deportivo', 'atletico', 'rapid', 'slavia', 'sparta', 'legia', 'partizan', 'steaua', 'borussia', 'eintracht', 'hertha', 'werder',
]);

/**
 * Words of a match's report: "a 2-1 win" has a score; "lost by four wickets", "on penalties", "the
 * match". Not "drew", which a crowd does too ("The rally drew thousands"): see drewWithASide.
 */
const MATCH_WORDS = new Set(['match', 'fixture', 'derby', 'goal', 'goals', 'penalties', 'wickets', 'innings', 'striker', 'goalkeeper', 'finals', 'semifinal', 'semifinals', 'quarterfinal', 'quarterfinals']);

/** Words closing an English club's name after its town: "Leicester City", "Ipswich Town", "Bristol Rovers". */
const CLUB_CLOSERS = new Set(['city', 'town', 'rovers', 'wanderers', 'hotspur', 'argyle']);

/** "city" of "Manchester City": a word that closes an English club's name after its town. */
export function isClubCloser(lower: string): boolean {
  return CLUB_CLOSERS.has(lower);
}

/** "49ers", "76ers": a number written as a plural noun, which names teams ("the San Francisco 49ers"). */
export function isNumberedPlural(raw: string): boolean {
  return NUMBERED_PLURAL.test(raw);
}

const NUMBERED_PLURAL = /^\d{2}ers$/;

/** Closers that are also a place's head word: "the City" is a district or a city's government. */
const PLACE_WORD_CLOSERS = new Set(['city', 'town']);

/** "city" of "Leicester City", "town" of "Ipswich Town": a club's closer that closes places' names too ("Mexico City", "Cape Town"). */
export function isPlaceWordCloser(lower: string): boolean {
  return PLACE_WORD_CLOSERS.has(lower);
}

/**
 * "Bankers in the City said the pound fell", "the City said it would appeal the ruling": a closer
 * that is a place's head word, alone after "the", is the financial district or a town's council,
 * no club's short form ("City took the lead" after "Manchester City" is, and so is "the City manager").
 */
export function isPlaceWordAfterThe(view: TokenView, first: number, end: number): boolean {
  return end - first === 1 && PLACE_WORD_CLOSERS.has(view.key(first)) && view.lower(first - 1) === 'the' && !(view.isLowerWord(end) && CLUB_ROLE_WORDS.has(view.lower(end)));
}

/** "the City manager said", "the Town striker": a club's people after its closer, which is the club's then. */
const CLUB_ROLE_WORDS = new Set(['manager', 'boss', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'captain', 'fans', 'supporters', 'squad']);

/** A score in the sentence: "won 2-1", "beat Leicester City 3-0" (each side two digits at most; "2019-2020" is years). */
function holdsScore(view: TokenView, sentenceFirst: number, sentenceEnd: number, test: (a: number, b: number) => boolean = () => true): boolean {
  for (let i = sentenceFirst; i + 2 < sentenceEnd; i++) if (isScoreAt(view, i) && test(Number(view.raw(i)), Number(view.raw(i + 2)))) return true;
  return false;
}

/**
 * A set's score in tennis is six to four games or fewer, or seven to five or six ("beat Zverev 6-3,
 * 7-6"): its sides are players, no clubs. "The Bengals beat the Steelers 24-17" is no set (its sides were players).
 */
const isSetScore = (a: number, b: number): boolean => {
  const [high, low] = a > b ? [a, b] : [b, a];
  return (high === 6 && low <= 4) || (high === 7 && (low === 5 || low === 6));
};

/** The sentence holds a tennis set's score ("Sinner beat Zverev 6-3, 7-6"): the sides of its scores are players. */
export function holdsSetScore(view: TokenView, sentenceFirst: number, sentenceEnd: number): boolean {
  return holdsScore(view, sentenceFirst, sentenceEnd, isSetScore);
}

/** Verbs whose subject and object are the two sides of a match: "Chelsea beat Leicester City", "after beating Lazio". */
const MATCH_VERBS = new Set(['beat', 'beats', 'beating', 'defeated', 'defeat', 'defeats', 'edged', 'thrashed', 'routed', 'hammered', 'drew', 'lost', 'hosted', 'hosts']);
/** Verbs of a match to come, after "will": "will face", "will play", "will meet". */
const FUTURE_MATCH_VERBS = new Set(['face', 'play', 'meet', 'host']);
/** Two words before the other side: "lost to Inter", "drew with Everton", "a win over Lazio". */
const MATCH_PHRASES = new Set(['lost to', 'drew with', 'draw with', 'win over', 'victory over', 'win against', 'loss to', 'defeat to']);

/** The last words of MATCH_PHRASES: "to", "with", "over", "against". */
const MATCH_PHRASE_ENDS = new Set([...MATCH_PHRASES].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)));

/**
 * "lost to", "win over": two words of a match's phrase. The pair's string is made only after one of
 * the phrases' last words; most one-word names follow two lower-case words ("said in Paris").
 */
function isMatchPhrase(before: string, word: string): boolean {
  return MATCH_PHRASE_ENDS.has(word) && MATCH_PHRASES.has(`${before} ${word}`);
}

/**
 * "Arsenal were held 1-1 by Brentford", "Dunmore were beaten 2-0 by Rosshall": a passive match verb,
 * a score and "by" before the other side (Brentford was other). Only with the score: "the shares held
 * by BlackRock", "the land held by Smith".
 */
const BEATEN_BY_PHRASES = new Set(['held by', 'beaten by', 'defeated by', 'thrashed by', 'hammered by', 'routed by', 'edged by', 'stunned by', 'humbled by', 'crushed by']);

/** A match's result after its score: "a 2-2 draw", "a 3-1 defeat". */
const RESULT_NOUNS = new Set(['draw', 'defeat', 'win', 'victory', 'loss']);

/** The name [first, end) is a side of a match verb: before it ("Chelsea beat", "Barcelona, who beat") or after it ("beating Lazio", "lost to Inter"). */
function sidesAMatchVerb(view: TokenView, first: number, end: number): boolean {
  const verbAfter = view.isChar(end, ',') && view.isLowerWord(end + 1) && view.lower(end + 1) === 'who' ? end + 2 : end;
  if (view.isLowerWord(verbAfter) && MATCH_VERBS.has(view.lower(verbAfter))) return true;
  // "Wolves won 2-0 at Molineux": "won" right before a score ("won the election" has none).
  if (view.isLowerWord(verbAfter) && view.lower(verbAfter) === 'won' && isScoreAt(view, verbAfter + 1)) return true;
  if (movesToScoredResult(view, verbAfter)) return true;
  // "Madrid will face Bayern Munich in the semi-finals": a match to come.
  if (view.isLowerWord(verbAfter) && view.lower(verbAfter) === 'will' && view.isLowerWord(verbAfter + 1) && FUTURE_MATCH_VERBS.has(view.lower(verbAfter + 1))) return true;
  if (view.isLowerWord(first - 1) && MATCH_VERBS.has(view.lower(first - 1))) return true;
  if (isGivenTheLead(view, first, end)) return true;
  if (isScoreAt(view, first - 4)) return MATCH_PHRASES.has(`${view.lower(first - 5)} ${view.lower(first - 1)}`) || BEATEN_BY_PHRASES.has(`${view.lower(first - 5)} ${view.lower(first - 1)}`);
  // "Leeds were held to a 2-2 draw by Burnley", "a 3-1 defeat by Castlebury": a scored result's noun and "by" (Burnley was a place).
  if (view.lower(first - 1) === 'by' && view.isLowerWord(first - 2) && RESULT_NOUNS.has(view.lower(first - 2)) && isScoreAt(view, first - 5)) return true;
  return view.isLowerWord(first - 2) && view.isLowerWord(first - 1) && isMatchPhrase(view.lower(first - 2), view.lower(first - 1));
}

/**
 * "Chievo slipped to a 2-0 defeat", "Bendigo cruised to a 3-0 win": a side's verb of motion, "to" and
 * a scored result from token `k` (Chievo was a place, by the "at" of "a 2-1 win at Chievo").
 */
function movesToScoredResult(view: TokenView, k: number): boolean {
  if (!view.isLowerWord(k) || !RESULT_MOTION_VERBS.has(view.lower(k)) || view.lower(k + 1) !== 'to') return false;
  const article = view.lower(k + 2);
  return (article === 'a' || article === 'an') && isScoreAt(view, k + 3) && view.isLowerWord(k + 6) && RESULT_NOUNS.has(view.lower(k + 6));
}

const RESULT_MOTION_VERBS = new Set(['slipped', 'slips', 'fell', 'falls', 'crashed', 'crashes', 'slumped', 'slumps', 'cruised', 'cruises', 'eased', 'eases', 'romped', 'romps', 'stormed', 'powered', 'battled', 'held', 'raced', 'swept']);

/**
 * "Rodrygo gave Madrid the lead in the 10th minute", "Haaland put City ahead": the side a goal
 * "gave the lead" or "put ahead" (in a sentence of a match's words or a minute, see sideOfMatch).
 */
function isGivenTheLead(view: TokenView, first: number, end: number): boolean {
  const verb = view.isLowerWord(first - 1) ? view.lower(first - 1) : '';
  if (verb === 'gave' || verb === 'give' || verb === 'gives') return view.lower(end) === 'the' && view.lower(end + 1) === 'lead';
  return (verb === 'put' || verb === 'puts') && (view.lower(end) === 'ahead' || (view.lower(end) === 'in' && view.lower(end + 1) === 'front'));
}

/** Team names' last words that are no "-s" plural: "Red Sox", "Leeds United", "Utah Jazz". */
export const TEAM_WORDS = new Set(['sox', 'united', 'athletic', 'albion', 'heat', 'magic', 'jazz', 'thunder', 'lightning']);

/**
 * "He scored against Everton", "sent off in the 80th minute against Brentford": one word after
 * "against", in a sentence of goals or minutes, is the side played (Everton was a person, Brentford
 * other). Not in a tennis report, where a set's score stands ("a win against Zverev 6-3, 6-4").
 */
export function isOpponentOfGoals(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (end - first !== 1 || first - 1 < sentenceFirst || view.lower(first - 1) !== 'against' || !view.isLowerWord(first - 1) || isCountry(view.key(first))) return false;
  return holdsMatchWord(view, sentenceFirst, sentenceEnd, GOAL_WORDS) && !holdsSetScore(view, sentenceFirst, sentenceEnd);
}

const GOAL_WORDS = new Set(['scored', 'scores', 'scoring', 'goal', 'goals', 'minute', 'header', 'equaliser', 'equalizer', 'winner', 'opener', 'penalty', 'striker', 'midfielder', 'defender', 'goalkeeper']);

/**
 * "Liverpool stayed nine points clear", "Leverkusen are three points behind Bayern": a city's name
 * that leads or trails a league table is its club (both were places). A person's surname leads a
 * driver's table too ("Norris moved ten points clear"), so only a town's name counts.
 */
export function standsInATable(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  // The words after it first: the lists are asked only of a name before "points clear" (asked of every name drafted, they were a fifth of isCountry's calls).
  if (end - first !== 1 || !standsPointsFromEdge(view, end, sentenceEnd)) return false;
  return !isCountry(view.key(first)) && isCity(view.key(first));
}

/** "ten points clear", "three points behind": up to four words or numbers from token `end`, then "points" and a table's place. */
function standsPointsFromEdge(view: TokenView, end: number, sentenceEnd: number): boolean {
  for (let k = end; k + 1 < sentenceEnd && k < end + 4; k++) {
    if (!view.isWord(k) && view.kind(k) !== TokenKind.Number) return false;
    if (view.lower(k) === 'points' && view.isLowerWord(k + 1) && TABLE_PLACES.has(view.lower(k + 1))) return true;
  }
  return false;
}

const TABLE_PLACES = new Set(['clear', 'ahead', 'behind', 'adrift', 'off']);

/**
 * "eight points behind leaders Liverpool", "a 2-0 win over champions Leverkusen", "before facing
 * rivals Everton": a town's name right after a club's standing noun, in a sentence of points or a
 * match, is its club (Liverpool was a place). Not a country ("hosts Qatar" is a national side's).
 */
export function followsClubsStanding(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (end - first !== 1 || first - 1 < sentenceFirst || !view.isLowerWord(first - 1) || !STANDING_NOUNS.has(view.lower(first - 1))) return false;
  if (isCountry(view.key(first)) || !isCity(view.key(first))) return false;
  return reportsAMatch(view, sentenceFirst, sentenceEnd) || holdsMatchWord(view, sentenceFirst, sentenceEnd, TABLE_WORDS);
}

const STANDING_NOUNS = new Set([...TEAMS_PLURAL_TITLES, 'leaders', 'rivals', 'neighbours', 'neighbors', 'visitors', 'title-holders', 'runners-up']);
const TABLE_WORDS = new Set(['points', 'table', 'standings', 'league', 'title']);

/** Match verbs that only a side's win takes ("lost" and "hosted" say as much of a family or a firm). */
const WINNING_VERBS = new Set(['beat', 'beats', 'beating', 'defeated', 'defeat', 'defeats', 'edged', 'thrashed', 'routed', 'hammered']);

/**
 * "The Yankees beat the Red Sox", "lost to the Dodgers": a name with "the" that closes with a plural
 * or a team's word, right before or after a match verb, is a team (Yankees was other, Red Sox a
 * person); players go without "the". So is one a team's dealings or a player's career name: "the
 * Lakers signed him", "the Celtics won again", "he played for the Knicks" (each was other). Not a people or a party's members ("the Americans beat the
 * Russians", "the Democrats defeated").
 */
export function isTeamWithTheAtMatch(view: TokenView, first: number, end: number): boolean {
  if (first < 1 || view.lower(first - 1) !== 'the' || !view.isCapitalized(end - 1) || view.isAllCaps(end - 1)) return false;
  const last = view.key(end - 1);
  if (!((last.endsWith('s') && !last.endsWith('ss')) || TEAM_WORDS.has(last)) || namesAPeople(view.keyOf(first, end)) || isKnownPlace(view.keyOf(first, end))) return false;
  // "The Kennedys lost the election", "the Johnsons hosted the Parkers": a family's plural.
  if (end - first === 1 && (isFrequentSurname(last.slice(0, -1)) || (last.endsWith('es') && isFrequentSurname(last.slice(0, -2))))) return false;
  if (view.isLowerWord(end) && (WINNING_VERBS.has(view.lower(end)) || dealsInAPlayer(view, end) || wonWithNoPrize(view, end))) return true;
  const verb = first - 2;
  if (verb < 0 || !view.isLowerWord(verb)) return false;
  if (view.isLowerWord(verb - 1) && PLAYING_FOR.has(`${view.lower(verb - 1)} ${view.lower(verb)}`)) return true;
  return WINNING_VERBS.has(view.lower(verb)) || (verb >= 1 && view.isLowerWord(verb - 1) && isMatchPhrase(view.lower(verb - 1), view.lower(verb)));
}

/**
 * A team's dealings in its players: "the Lakers signed him", "the Steelers traded Smith"; a person
 * or a name after the verb, for "the Saudis signed a deal" is a people's.
 */
function dealsInAPlayer(view: TokenView, verb: number): boolean {
  if (!ROSTER_VERBS.has(view.lower(verb))) return false;
  return (view.isLowerWord(verb + 1) && PLAYER_PRONOUNS.has(view.lower(verb + 1))) || (view.isCapitalized(verb + 1) && !view.isAllCaps(verb + 1));
}

const ROSTER_VERBS = new Set(['drafted', 'traded', 'signed', 're-signed', 'waived']);
const PLAYER_PRONOUNS = new Set(['him', 'her']);

/** A player's team after two words: "he played for the Knicks", "was traded to the Nets", "drafted by the Jets". */
const PLAYING_FOR = new Set(['played for', 'plays for', 'playing for', 'pitched for', 'pitches for', 'traded to', 'drafted by', 'signed with']);

/**
 * "The Celtics won again", "the Packers won on Sunday", "the Mets won 5-3": "won" with no prize after
 * it is a side's game; "the Beatles won a Grammy" has one.
 */
function wonWithNoPrize(view: TokenView, verb: number): boolean {
  if (view.lower(verb) !== 'won') return false;
  const next = verb + 1;
  return !view.isWord(next) || (view.isLowerWord(next) && WON_WITHOUT_PRIZE.has(view.lower(next)));
}

const WON_WITHOUT_PRIZE = new Set(['again', 'on', 'at', 'in', 'twice', 'easily', 'comfortably', 'handily', 'their', 'for', 'last', 'without', 'despite', 'after']);

/**
 * What a one-word name on either side of a match verb is, by its sentence: a club in a match's
 * report with no set's score ("Chelsea beat Leicester City 3-0", "won the cup after beating Lazio on
 * penalties", "Barcelona, who beat Granada 2-1"), though a city's or a region's name or a given name;
 * a player with a set's score ("Sinner beat Zverev 6-3, 7-6", "Swiatek edged Gauff 7-5"). A
 * country's name ("Spain beat England 2-1", "Spain beat England 6-3") is left alone. Null otherwise.
 * One function for both, so that the name's side of the verb is read once.
 */
export function sideOfMatch(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): 'organization' | 'person' | null {
  if (!isOneWordSideOfMatchVerb(view, first, end)) return isClubsSideOfScoredMatch(view, first, end, sentenceFirst, sentenceEnd) ? 'organization' : null;
  if (holdsSetScore(view, sentenceFirst, sentenceEnd)) return 'person';
  if (holdsScore(view, sentenceFirst, sentenceEnd) || holdsMatchWord(view, sentenceFirst, sentenceEnd) || holdsTownsMatch(view, sentenceFirst, sentenceEnd)) return 'organization';
  // "gave Madrid the lead in the 10th minute": a lead's minute is a match's ("at the last minute" needs the lead too).
  return isGivenTheLead(view, first, end) && holdsMatchWord(view, sentenceFirst, sentenceEnd, MINUTE_WORDS) ? 'organization' : null;
}

const MINUTE_WORDS = new Set(['minute', 'minutes']);

/**
 * "Wolves won 2-0 at Molineux", "Saints beat Burnley 3-1": a one-word club on a side of a match
 * verb in a sentence with a score, no set's. Such a word opening its sentence is a name though the
 * dictionary holds it (a club's nickname, "Wolves", was dropped as the sentence's first word).
 */
export function isSideOfScoredMatch(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  // "Officials lost 2-1 in the vote": a role's plural is people, no club.
  const word = view.lower(first);
  if (word.endsWith('s') && ROLE_NOUNS.has(word.slice(0, -1))) return false;
  return sideOfMatch(view, first, end, sentenceFirst, sentenceEnd) === 'organization' && holdsScore(view, sentenceFirst, sentenceEnd);
}

/**
 * "Arsenal beat Liverpool on Saturday; Chelsea drew with Everton": one word on each side of a
 * side's verb ("beat", "drew with", "lost to"), no country and one a town the lists know, is a
 * match with no score written, and the sentence a match's report (Liverpool was a place, Chelsea
 * and Everton persons). "Trump beat Biden" and "Carlsen drew with Caruana" hold no town.
 */
function holdsTownsMatch(view: TokenView, sentenceFirst: number, sentenceEnd: number): boolean {
  for (let i = sentenceFirst + 1; i + 1 < sentenceEnd; i++) {
    if (!view.isLowerWord(i)) continue;
    const phrase = i + 2 < sentenceEnd && view.isLowerWord(i + 1) && SIDES_PHRASES.has(`${view.lower(i)} ${view.lower(i + 1)}`);
    if (!phrase && !SIDES_VERBS.has(view.lower(i))) continue;
    const before = i - 1;
    const after = phrase ? i + 2 : i + 1;
    if (!isOneWordSide(view, before, sentenceFirst, sentenceEnd) || !isOneWordSide(view, after, sentenceFirst, sentenceEnd)) continue;
    if (isCity(view.key(before)) || isCity(view.key(after))) return true;
  }
  return false;
}

/** Verbs and phrases whose two sides are a match's, sport's words only ("defeated" and "lost" say as much of armies and voters). */
const SIDES_VERBS = new Set(['beat', 'beats', 'edged', 'thrashed', 'routed', 'hammered']);
const SIDES_PHRASES = new Set(['drew with', 'lost to']);

/** A capitalised word, alone between words that are not capitalised, that names no country. */
function isOneWordSide(view: TokenView, i: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (!view.isWord(i) || !view.isCapitalized(i) || view.isAllCaps(i) || isCountry(view.key(i))) return false;
  // "The Broncos host …": a sentence's capitalised article is no word of the side.
  const alone = (k: number) => k < sentenceFirst || k >= sentenceEnd || !view.isWord(k) || !view.isCapitalized(k) || (k === i - 1 && ARTICLES.has(view.lower(k)));
  return alone(i - 1) && alone(i + 1);
}

/** Whether tokens [first, end) are a side's name: one word, no country's, or two or three capitalised words ("UC Santa Barbara", "Boise State"). */
function isSideName(view: TokenView, first: number, end: number, sentenceFirst: number): boolean {
  if (end - first === 1) return isOneWordSide(view, first, sentenceFirst, view.count);
  if (end - first > 3) return false;
  for (let i = first; i < end; i++) if (!view.isWord(i) || !view.isCapitalized(i) || (i > first && !view.spaceBefore(i))) return false;
  return !(end < view.count && view.isWord(end) && view.isCapitalized(end));
}

/** Where the side closing at token `last` opens: up to three capitalised words, no article; -1 where none does. */
function sideFirstEndingAt(view: TokenView, last: number, sentenceFirst: number): number {
  let first = last + 1;
  while (first - 1 >= sentenceFirst && last - first < 2 && view.isWord(first - 1) && view.isCapitalized(first - 1) && !ARTICLES.has(view.lower(first - 1))) first--;
  return first <= last && isSideName(view, first, last + 1, sentenceFirst) ? first : -1;
}

/**
 * "Arsenal host Chelsea on Sunday", "Liverpool visit Everton on Saturday", "while Newcastle host
 * Brighton.", "The Broncos host Boise State on Friday": a side of up to three words after a fixture's
 * verb in the plural, as British and college sports pages write a team's, with a side opening its
 * clause before that verb (its article aside), is the other side (Chelsea, after "host" read as a role
 * noun, was a person; Everton, a given name, too; "Boise State" and "Santa Clara" were persons). The
 * fixture's day, "at" its ground or the sentence's end must close it: "Fox host Hannity said" is a presenter.
 */
export function isGuestOfFixture(view: TokenView, first: number, end: number, sentenceFirst: number): boolean {
  const verb = first - 1;
  if (verb - 1 < sentenceFirst || !view.isLowerWord(verb) || !PLURAL_FIXTURE_VERBS.has(view.lower(verb))) return false;
  const host = sideFirstEndingAt(view, verb - 1, sentenceFirst);
  if (host < 0 || !isSideName(view, first, end, sentenceFirst)) return false;
  const opener = host - 1 >= sentenceFirst && ARTICLES.has(view.lower(host - 1)) ? host - 1 : host;
  const opensClause = opener === sentenceFirst || view.isChar(opener - 1, ',-–—') || (view.isLowerWord(opener - 1) && FIXTURE_CLAUSE_OPENERS.has(view.lower(opener - 1)));
  return opensClause && closesFixture(view, end);
}

/** "Leeds visit Fulham on Saturday", "The Mustangs host UC Santa Barbara": the side before the verb of such a fixture (Leeds, a city, was a place). */
export function isHostOfFixture(view: TokenView, first: number, end: number, sentenceFirst: number): boolean {
  // The fixture's verb right after the name first (isGuestOfFixture's too): the side's lists cost more.
  if (end + 1 >= view.count || !view.isLowerWord(end) || !PLURAL_FIXTURE_VERBS.has(view.lower(end)) || sideFirstEndingAt(view, end - 1, sentenceFirst) !== first) return false;
  let guestEnd = end + 1;
  while (guestEnd < view.count && guestEnd - end <= 3 && view.isWord(guestEnd) && view.isCapitalized(guestEnd)) guestEnd++;
  return guestEnd > end + 1 && isGuestOfFixture(view, end + 1, guestEnd, sentenceFirst);
}

/**
 * "Visiting Santa Clara led 40-31 at halftime", "scored 20 for visiting Loyola Marymount": a name
 * right after "visiting", in a sentence that reports a match, is the away side (both were persons).
 * "visiting Paris" or "the visiting Prime Minister" report no match.
 */
export function isVisitingSide(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (first - 1 < sentenceFirst || view.lower(first - 1) !== 'visiting' || !isSideName(view, first, end, sentenceFirst)) return false;
  return reportsAMatch(view, sentenceFirst, sentenceEnd) || holdsMatchWord(view, sentenceFirst, sentenceEnd, GAME_STAT_WORDS);
}

/** A player's or a game's figures: "scored 20 for visiting Loyola Marymount", "at halftime". */
const GAME_STAT_WORDS = new Set(['scored', 'points', 'rebounds', 'assists', 'touchdowns', 'halftime', 'half-time', 'overtime', 'inning']);

/** Fixtures' verbs in the plural ("Arsenal host", "Spurs visit"): a club takes them in British copy, a presenter's "host" is a noun. */
const PLURAL_FIXTURE_VERBS = new Set(['host', 'visit', 'face', 'welcome', 'entertain']);

/** What closes a fixture after its second side: the sentence's end, its day ("on Sunday"), "at" its ground, "tonight", "next". */
function closesFixture(view: TokenView, end: number): boolean {
  if (end >= view.count || view.isChar(end, '.;')) return true;
  if (!view.isLowerWord(end)) return false;
  const word = view.lower(end);
  if (word === 'on') return view.isCapitalized(end + 1) && view.hasClass(end + 1, WordClass.MonthOrDay);
  if (word === 'at') return view.isCapitalized(end + 1) || view.lower(end + 1) === 'home';
  return FIXTURE_TIMES.has(word);
}

const FIXTURE_TIMES = new Set(['tonight', 'tomorrow', 'next', 'this']);

/** A capitalised one-word name, no country's, on either side of a match verb. */
/**
 * "Hearts beat Partick Thistle 2-0", "Wellington Phoenix drew 1-1 with Western United", "Melbourne
 * Victory lost 2-0 to Macarthur FC": two or three capitalised words on a side of a match verb, in a
 * sentence with a score that is no set's, are a club the lists do not know ("Partick Thistle" was a
 * person by its shape, the others other or dropped). Not a name that opens with a given name ("Ronnie
 * O'Sullivan beat Judd Trump 10-7" in snooker), nor a person, place or country the lists know.
 */
function isClubsSideOfScoredMatch(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (end - first < 2 || end - first > 3 || !isSpacedCapitalisedWords(view, first, end) || isGivenName(view.lower(first), true)) return false;
  if (!sidesAMatchVerb(view, first, end) || !holdsScore(view, sentenceFirst, sentenceEnd) || holdsSetScore(view, sentenceFirst, sentenceEnd)) return false;
  const known = gazetteer().byKey.get(view.keyOf(first, end));
  return known === undefined || known.type === 'organization';
}

/** Tokens [first, end) are capitalised words, no acronym, each after a space: "Partick Thistle". */
function isSpacedCapitalisedWords(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (!view.isWord(i) || !view.isCapitalized(i) || view.isAllCaps(i) || (i > first && !view.spaceBefore(i))) return false;
  return true;
}

function isOneWordSideOfMatchVerb(view: TokenView, first: number, end: number): boolean {
  return end - first === 1 && view.isCapitalized(first) && !view.isAllCaps(first) && sidesAMatchVerb(view, first, end) && !isCountry(view.key(first));
}

/** One of a match's words ("The campaign of Sarvis drew six percent" holds none). */
function holdsMatchWord(view: TokenView, sentenceFirst: number, sentenceEnd: number, words: ReadonlySet<string> = MATCH_WORDS): boolean {
  for (let i = sentenceFirst; i < sentenceEnd; i++) if (view.isLowerWord(i) && words.has(view.lower(i))) return true;
  return false;
}

/** "drew with Everton", "drew level": "drew" of a match, not of a crowd ("The rally in Greater Boston drew thousands"). */
function drewWithASide(view: TokenView, sentenceFirst: number, sentenceEnd: number): boolean {
  for (let i = sentenceFirst; i + 1 < sentenceEnd; i++) {
    if (view.isLowerWord(i) && view.lower(i) === 'drew' && view.isLowerWord(i + 1) && DREW_PARTNERS.has(view.lower(i + 1))) return true;
  }
  return false;
}
const DREW_PARTNERS = new Set(['with', 'level', 'against']);

/**
 * "Arsenal were held 1-1 at the Emirates", "City won 3-0 at the Etihad": one capitalised word after
 * "at the" in a sentence reporting a match is the ground, a place (the Etihad was other). "at the
 * Hollywood Bowl" has a head word of its own (cues.ts).
 */
export function isGroundOfMatch(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (end - first !== 1 || first - 2 < sentenceFirst || view.isAllCaps(first) || view.lower(first - 1) !== 'the' || !view.isLowerWord(first - 1) || view.lower(first - 2) !== 'at') return false;
  return reportsAMatch(view, sentenceFirst, sentenceEnd);
}

/**
 * A sentence holding a match's score: before a result's noun ("after a 3-0 defeat"), after a
 * match's verb ("beat Hull City 2-1", "won 2-0"), or a result's line ("Blackburn Rovers 2 Swansea City 1"). Not a vote's ("Dodge City said the tax passed
 * 5-2", "The court ruled 5-4") nor a tennis set's ("beat Zverev 6-3, 7-6" is a player's).
 */
export function reportsAScore(view: TokenView, sentenceFirst: number, sentenceEnd: number): boolean {
  if (holdsSetScore(view, sentenceFirst, sentenceEnd)) return false;
  if (resultLineSides(view, sentenceFirst, sentenceEnd) !== null) return true;
  for (let i = sentenceFirst; i + 2 < sentenceEnd; i++) {
    if (!isScoreAt(view, i)) continue;
    if (view.isLowerWord(i + 3) && RESULT_NOUNS.has(view.lower(i + 3))) return true;
    for (let k = sentenceFirst; k < i; k++) if (view.isLowerWord(k) && SCORED_RESULT_VERBS.has(view.lower(k))) return true;
  }
  return false;
}


/**
 * "Blackburn Rovers 2 Swansea City 1", "Bristol City 1 Norwich City 2": a line of a result alone,
 * a side's name and its goals twice, names its two clubs (Swansea City and Bristol City were places).
 * The name [first, end) is one of the sides: it opens the sentence before its goals, or closes it
 * before its goals, after the other side and that side's goals.
 */
export function sidesAResultLine(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  const line = resultLineSides(view, sentenceFirst, sentenceEnd);
  return line !== null && ((first === sentenceFirst && end === line.homeEnd) || (first === line.homeEnd + 1 && end === line.awayEnd));
}

/** Where a result line's two sides close (each before its goals); null where the sentence is no such line. */
function resultLineSides(view: TokenView, sentenceFirst: number, sentenceEnd: number): { homeEnd: number; awayEnd: number } | null {
  const homeEnd = capitalisedWordsFrom(view, sentenceFirst, sentenceEnd);
  if (homeEnd === sentenceFirst || !isGoalsAt(view, homeEnd, sentenceEnd)) return null;
  const awayEnd = capitalisedWordsFrom(view, homeEnd + 1, sentenceEnd);
  if (awayEnd === homeEnd + 1 || !isGoalsAt(view, awayEnd, sentenceEnd)) return null;
  return closesLine(view, awayEnd + 1, sentenceEnd) ? { homeEnd, awayEnd } : null;
}

/**
 * The number at token k is a side's goals in a result's line: "Northam Rovers 0 Castlebury 3" (the
 * names were "Northam Rovers 0", a club, and "Castlebury 3", a ship by its number). Before the other
 * side's name and goals, which close the sentence, or closing the sentence after them.
 */
export function isResultLinesGoals(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (!isGoalsAt(view, k, sentenceEnd)) return false;
  const awayEnd = capitalisedWordsFrom(view, k + 1, sentenceEnd);
  if (awayEnd > k + 1 && isGoalsAt(view, awayEnd, sentenceEnd) && closesLine(view, awayEnd + 1, sentenceEnd)) return true;
  if (!closesLine(view, k + 1, sentenceEnd)) return false;
  let name = k - 1;
  while (name >= 0 && view.isWord(name) && view.isCapitalized(name)) name--;
  return name < k - 1 && isGoalsAt(view, name, sentenceEnd) && name >= 1 && view.isWord(name - 1) && view.isCapitalized(name - 1);
}

/** The sentence ends at token k, or after a period there. */
function closesLine(view: TokenView, k: number, sentenceEnd: number): boolean {
  return k === sentenceEnd || (k + 1 === sentenceEnd && view.isChar(k, '.'));
}

/** Where up to four capitalised words from token k end. */
function capitalisedWordsFrom(view: TokenView, k: number, sentenceEnd: number): number {
  let end = k;
  while (end < sentenceEnd && end - k < 4 && view.isWord(end) && view.isCapitalized(end) && !view.isAllCaps(end)) end++;
  return end;
}

/** A side's goals in a result line: a number of one or two digits in the sentence, standing alone or before its period ("2-1" is a score). */
function isGoalsAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (k >= sentenceEnd || view.kind(k) !== TokenKind.Number || view.length(k) > 2) return false;
  return k + 1 >= sentenceEnd || !view.adjacent(k) || view.isChar(k + 1, '.');
}

/** A sentence reporting a match: a score, one of a match's words, or "drew with" a side. */
export function reportsAMatch(view: TokenView, sentenceFirst: number, sentenceEnd: number): boolean {
  return speaksOfAMatch(view, sentenceFirst, sentenceEnd) || holdsScore(view, sentenceFirst, sentenceEnd);
}

/** One of a match's words ("penalties", "the match") or "drew with" a side: a match's report with no score, or a vote's. */
export function speaksOfAMatch(view: TokenView, sentenceFirst: number, sentenceEnd: number): boolean {
  return holdsMatchWord(view, sentenceFirst, sentenceEnd) || drewWithASide(view, sentenceFirst, sentenceEnd);
}

/**
 * "Dynamo Kyiv", "Zenit St Petersburg": a club's opening word, then a known city; or then one word
 * no dictionary or list of given names holds ("Deportivo Saprissa beat Alajuelense" and "Atletico
 * Mineiro confirmed" made persons, "Sporting Cristal", "Olympique Lyonnais"). "Racing Post" and
 * "Sporting Goods" have a dictionary word.
 */
export function opensWithClubWord(view: TokenView, first: number, end: number): boolean {
  if (end - first < 2 || !view.isCapitalized(first) || !CLUB_OPENERS.has(view.key(first))) return false;
  if (end - first === 2 && view.spaceBefore(first + 1) && isClubsOwnWord(view, first + 1)) return true;
  // "Mbappé scored twice against Atlético de Madrid" made a person: the Spanish "de" before the city.
  if (end - first >= 3 && view.isLowerWord(first + 1) && CITY_CONNECTORS.has(view.lower(first + 1))) return isCity(view.keyOf(first + 2, end));
  return isCity(view.keyOf(first + 1, end));
}

const CITY_CONNECTORS = new Set(['de', 'del']);

/**
 * "Saprissa", "Mineiro", "Cristal": a capitalised word that no dictionary or list of places holds.
 * A given name is one only after an opener that no English sentence puts before a person's name
 * ("Sporting Cristal won", a given name in the lists, was other); not "Racing", "Rapid", "Sparta".
 */
function isClubsOwnWord(view: TokenView, i: number): boolean {
  const key = view.key(i);
  return view.isCapitalized(i) && !view.isAllCaps(i) && !isCommonWord(key) && !isKnownPlace(key) && (!isGivenName(key) || CLUB_OPENERS_BEFORE_GIVEN_NAMES.has(view.key(i - 1)));
}

/** Openers that never open a person's name, so that a given name after them is the club's own word: "Sporting Cristal". */
const CLUB_OPENERS_BEFORE_GIVEN_NAMES = new Set(['sporting', 'deportivo', 'atletico', 'olympique', 'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'zenit', 'shakhtar', 'borussia', 'eintracht']);

/**
 * In a match's report, a word that is no place nor a given name before a known city ("Celta Vigo",
 * "Shakhtar Donetsk", "Sunrisers Hyderabad"), or a known town before "City" or "Town" ("Leicester
 * City", "Ipswich Town"), is a club; the whole is no known place ("Mexico City", "Salt Lake City").
 */
export function namesClubInMatch(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (end - first < 2 || !view.isWord(first) || !view.isWord(end - 1)) return false;
  // The rarer tests first: a city after the first word (rarer than a given name before it); the whole a known place last.
  const closesWithClubWord = CLUB_CLOSERS.has(view.key(end - 1)) && isCity(view.keyOf(first, end - 1));
  const cityAfterWord = isCity(view.keyOf(first + 1, end)) && !isGivenName(view.lower(first)) && !isKnownPlace(view.key(first)) && !scoresPlayersTally(view, end, sentenceEnd);
  const club = ((closesWithClubWord || cityAfterWord) && reportsAMatch(view, sentenceFirst, sentenceEnd)) || (closesWithClubWordAfterUnknownTown(view, first, end) && (isSideOfScore(view, first, end) || competesForScore(view, end, sentenceFirst, sentenceEnd)));
  return club && !isKnownPlace(view.keyOf(first, end));
}

/**
 * "Reiss Nelson scored twice as Arsenal beat Brighton 3-1", "netted a hat-trick", "Kyrie Irving, who
 * scored 21 of his 30 points": a scorer's own tally after the name (", who" between them) is a
 * player's, though a given name the lists miss and a surname that is a town ("Nelson", "Irving")
 * look like "Celta Vigo" (each was the club).
 */
function scoresPlayersTally(view: TokenView, end: number, sentenceEnd: number): boolean {
  const verb = view.isChar(end, ',') && view.isLowerWord(end + 1) && view.lower(end + 1) === 'who' ? end + 2 : end;
  if (verb + 1 >= sentenceEnd || !view.isLowerWord(verb) || !SCORERS_VERBS.has(view.lower(verb))) return false;
  for (let k = verb + 1; k < Math.min(sentenceEnd, verb + 5); k++) {
    if (view.kind(k) !== TokenKind.Word && view.kind(k) !== TokenKind.Number) return false;
    if (view.isLowerWord(k) && SCORERS_TALLIES.has(view.lower(k))) return true;
  }
  return false;
}

const SCORERS_VERBS = new Set(['scored', 'netted', 'struck', 'bagged', 'grabbed']);
/** "twice", "his first goal", "a brace", "a hat-trick" (its "hat"): a tally only a player keeps. */
const SCORERS_TALLIES = new Set(['twice', 'his', 'her', 'brace', 'hat']);

/** "Stoke City beat Leicester City 2-0": a verb of a match right after the name, in a sentence holding a score. */
function competesForScore(view: TokenView, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  return end < sentenceEnd && view.isLowerWord(end) && COMPETING_VERBS.has(view.lower(end)) && holdsScore(view, sentenceFirst, sentenceEnd);
}

/** Verbs of a match right after its side: "beat", "rallied", "trailed". Not "won" or "lost", which a city does of jobs and votes too, nor "hosted" ("Paris hosted the Olympics"). */
export const COMPETING_VERBS = new Set(['beat', 'beats', 'defeated', 'edged', 'routed', 'thrashed', 'rallied', 'trailed', 'outscored', 'outplayed', 'drew']);

/** Verbs of a match's result before its score: "beat Hull City 2-1", "won 2-0", "drew 1-1 with". */
const SCORED_RESULT_VERBS = new Set([...MATCH_VERBS, ...COMPETING_VERBS, 'won', 'wins', 'draws', 'loses']);

/**
 * "Leicester City lost 2-0 to Stoke City": a word no list knows as a place or a given name (a
 * dictionary word may be one: "stoke") before a club's closing word is a town the lists miss, its
 * club where it is a side of a score (see isSideOfScore) or beats one in a sentence holding a score:
 * "Dodge City said the tax passed 5-2" stays a town.
 */
function closesWithClubWordAfterUnknownTown(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 2 || !CLUB_CLOSERS.has(view.key(end - 1)) || !view.isCapitalized(first)) return false;
  const town = view.key(first);
  return !isKnownPlace(town) && !isGivenName(town);
}

/**
 * "Aston Villa beat Brentford 1-0", "lost 1-0 to Brentford", "drew 1-1 with Brentford": a name
 * right before a score, or after one and "to" or "with", is a side of the match.
 */
export function isSideOfScore(view: TokenView, first: number, end: number): boolean {
  if (isScoreAt(view, end)) return true;
  // "Wolves won 2-0", "Saints lost 3-1 at home": a result's verb between the name and the score.
  if (view.isLowerWord(end) && RESULT_VERBS.has(view.lower(end)) && isScoreAt(view, end + 1)) return true;
  return first >= 4 && (view.lower(first - 1) === 'to' || view.lower(first - 1) === 'with') && isScoreAt(view, first - 4);
}

/** A result's verb before a score: "Wolves won 2-0", "drew 1-1". */
const RESULT_VERBS = new Set(['won', 'lost', 'drew', 'wins', 'loses', 'draws']);

/**
 * "Philadelphia improved to 11-1", "Buffalo fell to 8-4": a verb at token k, "to" and a score give
 * a team's record of wins and losses, which a city has only as its team.
 */
export function reachesRecord(view: TokenView, k: number): boolean {
  return view.lower(k + 1) === 'to' && isScoreAt(view, k + 2);
}

/** The article writes a score somewhere ("16-15", "112-104", "1-1"): the cheap test on its tokens before a match report's sentences are read. */
export function writesAScore(view: TokenView): boolean {
  for (let k = 0; k < view.count; k++) if (isScoreAt(view, k)) return true;
  return false;
}

/**
 * "2-0" at token k ("drew 1-1 with Everton"): two numbers of two digits at most joined by a hyphen,
 * or by the en dash wire and wiki copy write them with ("Roma beat Napoli 3–1" made Napoli a person).
 */
export function isScoreAt(view: TokenView, k: number): boolean {
  if (k < 0 || view.kind(k) !== TokenKind.Number || view.kind(k + 2) !== TokenKind.Number) return false;
  if (view.kind(k + 1) !== TokenKind.Hyphen && !view.isChar(k + 1, '\u2013')) return false;
  // Three digits for basketball's ("The Knicks beat the Clippers 110-98").
  return view.adjacent(k) && view.adjacent(k + 1) && view.length(k) <= 3 && view.length(k + 2) <= 3;
}

/**
 * "Hamilton finished second for Mercedes", "drives for Williams", "raced for Alpine", "rode for
 * Jayco": whom a driver or a rider races "for" is the team (Mercedes, a given name, was a person).
 * A racing verb among the three lower-case words before "for", or a finishing verb and its place
 * ("finished second", "came third", "was third"); not "worked for", "voted for".
 */
export function racesFor(view: TokenView, forToken: number, sentenceFirst: number): boolean {
  for (let k = forToken - 1; k >= Math.max(sentenceFirst, forToken - 3) && view.isLowerWord(k); k--) {
    const word = view.lower(k);
    if (RACING_WORDS.has(word)) return true;
    if (k === forToken - 1 && FINISHING_PLACES.has(word) && k - 1 >= sentenceFirst && FINISHING_VERBS.has(view.lower(k - 1))) return true;
  }
  return false;
}

// Not "pole", "podium" or "lap": "a first podium for Piastri", "a lap of honour for Hamilton" are the driver's.
const RACING_WORDS = new Set(['drives', 'drove', 'driving', 'raced', 'races', 'racing', 'rides', 'rode', 'riding']);
// "Lewis Hamilton was third for Mercedes": a copula before the place reads as "finished".
const FINISHING_VERBS = new Set(['finished', 'finishes', 'finishing', 'came', 'comes', 'placed', 'crossed', 'ended', 'was', 'is']);
const FINISHING_PLACES = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'runner-up', 'line']);

/**
 * "Swansea City were on the verge of their first victory", "Stoke City have signed", "Ipswich Town
 * are unbeaten": a name closed by "City" or "Town" that takes a plural verb is a club, as British
 * sports pages write one; a city or a town takes "was", "has" and "is" (both clubs were their towns).
 */
export function takesAClubsPluralVerb(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  if (end - first < 2 || end >= sentenceEnd || !isPlaceWordCloser(view.lower(end - 1)) || !view.isCapitalized(end - 1)) return false;
  return view.isLowerWord(end) && PLURAL_AGREEING_VERBS.has(view.lower(end));
}

/**
 * "Brighton took the lead through Danny Welbeck", "Kelvale went ahead through Vastrel", "Palace
 * equalised through Mateta": one word that takes, extends or levels the score through a named
 * player is the side ("Brighton", short for "Brighton & Hove Albion", was the town, and no short
 * form of the club). A candidate "took the lead in the polls" names no one after "through".
 */
export function takesTheLeadThrough(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  if (end - first !== 1 || end >= sentenceEnd || !view.isLowerWord(end) || !LEAD_TAKING_VERBS.has(view.lower(end))) return false;
  for (let k = end + 1; k + 1 < Math.min(sentenceEnd, end + 8); k++) {
    const kind = view.kind(k);
    if (kind === TokenKind.Number || kind === TokenKind.Hyphen) continue;
    if (!view.isLowerWord(k)) return false;
    if (view.lower(k) === 'through') return LEAD_WORDS.has(view.lower(k - 1)) && view.isCapitalized(k + 1) && !view.isAllCaps(k + 1);
  }
  return false;
}

/** A side's verbs of the score: "took the lead", "went ahead", "doubled their lead", "pulled level", "equalised". */
const LEAD_TAKING_VERBS = new Set(['took', 'take', 'takes', 'went', 'go', 'goes', 'extended', 'extend', 'extends', 'doubled', 'restored', 'regained', 'retook', 'pulled', 'drew', 'equalised', 'equalized', 'levelled', 'leveled']);
/** The word right before "through": "the lead through", "ahead through", "level through", "equalised through". */
const LEAD_WORDS = new Set(['lead', 'ahead', 'front', 'level', 'advantage', 'equalised', 'equalized', 'levelled', 'leveled']);

/** The plural verbs a club named in the singular takes in British English ("City were", "Town have"). */
const PLURAL_AGREEING_VERBS = new Set(['were', 'are', 'have', 'remain']);

/**
 * "Everton v Swansea City ended in a 1-1 draw", "Everton v Burnley kicks off at 3pm": a name on
 * either side of a bare "v" or "vs" is a side of a fixture (Everton was dropped, Burnley a place)
 * where its sentence reports a match or speaks of a fixture's league, cup or kick-off, or the other
 * side is a club by its closing word. Not a country ("Wales v England" is left alone), nor a case's
 * caption with its period ("Smith v. Jones"), nor "R v Okafor", whose sentence has no match's words.
 */
export function sidesAVersus(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (!view.isCapitalized(first) || view.isAllCaps(first)) return false;
  // The "v" first: the name is keyed and the lists asked only beside one (for every name drafted, they were a quarter of isCountry's calls).
  const other = otherSideOfVersus(view, first, end, sentenceFirst, sentenceEnd);
  if (other === null || isCountry(view.keyOf(first, end))) return false;
  if (CLUB_CLOSERS.has(view.key(other.end - 1)) || TEAM_WORDS.has(view.key(other.end - 1))) return other.end - other.first >= 2;
  return reportsAMatch(view, sentenceFirst, sentenceEnd) || holdsFixtureWord(view, sentenceFirst, sentenceEnd);
}

/** A sentence of a match or a fixture: "Everton v Burnley was decided by a late goal", "Everton v Burnley kicks off at 3pm". */
export function speaksOfAFixture(view: TokenView, sentenceFirst: number, sentenceEnd: number): boolean {
  return reportsAMatch(view, sentenceFirst, sentenceEnd) || holdsFixtureWord(view, sentenceFirst, sentenceEnd);
}

/** One of a fixture's words, capitalised too ("Castlebury v Northam, Premier League, Saturday 3pm"). */
function holdsFixtureWord(view: TokenView, sentenceFirst: number, sentenceEnd: number): boolean {
  for (let i = sentenceFirst; i < sentenceEnd; i++) if (view.isWord(i) && FIXTURE_WORDS.has(view.lower(i))) return true;
  return false;
}

/**
 * A fixture's words beside its sides: "kicks off", "the League Cup". Not "draw", "tie" or "preview",
 * which a debate's sides take too ("Harris vs Trump could draw a record audience"); a scored draw
 * reports a match already.
 */
const FIXTURE_WORDS = new Set(['kicks', 'kick-off', 'kickoff', 'league', 'cup', 'lineups', 'line-ups']);

/** The capitalised words (up to three, no country's) on the other side of a bare "v" or "vs" from the name [first, end); null where none stands there. */
function otherSideOfVersus(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): { first: number; end: number } | null {
  if (end + 1 < sentenceEnd && isBareVersus(view, end) && view.isCapitalized(end + 1)) {
    let otherEnd = end + 1;
    while (otherEnd < sentenceEnd && otherEnd - end <= 3 && view.isWord(otherEnd) && view.isCapitalized(otherEnd)) otherEnd++;
    return isCountry(view.keyOf(end + 1, otherEnd)) ? null : { first: end + 1, end: otherEnd };
  }
  if (first - 2 < sentenceFirst || !isBareVersus(view, first - 1) || !view.isWord(first - 2) || !view.isCapitalized(first - 2)) return null;
  let otherFirst = first - 2;
  while (otherFirst - 1 >= sentenceFirst && first - 1 - otherFirst < 3 && view.isWord(otherFirst - 1) && view.isCapitalized(otherFirst - 1)) otherFirst--;
  return isCountry(view.keyOf(otherFirst, first - 1)) ? null : { first: otherFirst, end: first - 1 };
}

/** "v" or "vs" in lower case with no period after it (a case's caption writes "v."). */
function isBareVersus(view: TokenView, k: number): boolean {
  return view.isLowerWord(k) && (view.lower(k) === 'v' || view.lower(k) === 'vs') && view.kind(k + 1) !== TokenKind.Period;
}

/**
 * "Barcelona hired Louis van Gaal as coach", "Sevilla sacked coach Pablo Machín", "Valencia signed
 * Portuguese midfielder Rui Costa", "Barnsworth Town have signed striker Dele Okonkwo": a town's name
 * (a known one that is no country, or one no list holds before a club's closing word) that hires,
 * sacks or signs a coach or a player is its club (Barcelona and Valencia were places). The staff's
 * role must follow the verb, over a name's words only, or after "as": "Paris hired 500 teachers"
 * names none, and "Guardiola signed striker Haaland" has a person's name, no town's.
 */
export function hiresClubStaff(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  // The verb first: the town's lists are asked only of a name before "signed", "sacked", … (asked of every name drafted, this and
  // sidesALeadersMeeting in cues.ts made two fifths of isKnownPlace's calls on ws-10000).
  const verb = view.isLowerWord(end) && (view.lower(end) === 'have' || view.lower(end) === 'has') ? end + 1 : end;
  if (verb >= sentenceEnd || !view.isLowerWord(verb) || !STAFF_VERBS.has(view.lower(verb))) return false;
  if (!isClubsTownName(view, first, end)) return false;
  // "Stoke City signed the striker …": "the" before the role only after a club's closing word ("Paris hired the manager" is no club's).
  const closed = end - first === 2;
  for (let k = verb + 1; k < sentenceEnd && k <= verb + 7 && view.isWord(k); k++) {
    if (!view.isLowerWord(k)) continue;
    const word = view.lower(k);
    if (STAFF_ROLES.has(word)) return true;
    if (!NAME_PARTICLES.has(word) && !STAFF_ROLE_OPENERS.has(word) && !(closed && word === 'the' && k === verb + 1)) return false;
  }
  return false;
}

/**
 * "Chelsea loaned Raheem Sterling to Bayer Leverkusen", "Arsenal have sold winger Reiss Nelson to
 * Fulham": what loans or sells a player, named in two or three words (a role before them), to another
 * name is a club (Chelsea was a person by its given name). An owner sells the club, whose name closes
 * with a head word or is one word: "Abramovich sold Chelsea Football Club to Todd Boehly".
 */
export function dealsPlayerToClub(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  const verb = view.isLowerWord(end) && (view.lower(end) === 'have' || view.lower(end) === 'has') ? end + 1 : end;
  if (verb >= sentenceEnd || !view.isLowerWord(verb) || !PLAYER_DEAL_VERBS.has(view.lower(verb))) return false;
  let player = verb + 1;
  while (player < sentenceEnd && player - verb <= 3 && view.isLowerWord(player) && (STAFF_ROLES.has(view.lower(player)) || STAFF_ROLE_OPENERS.has(view.lower(player)))) player++;
  let k = player;
  while (k < sentenceEnd && k - player < 4 && view.isWord(k) && view.isCapitalized(k) && !view.isAllCaps(k) && view.spaceBefore(k)) k++;
  if (k - player < 2 || k - player > 3 || HEAD_WORDS.has(view.lower(k - 1)) || isKnownPlace(view.keyOf(player, k))) return false;
  return k + 1 < sentenceEnd && view.lower(k) === 'to' && view.isLowerWord(k) && view.isCapitalized(k + 1) && !isKnownPlace(view.keyOf(first, end));
}

const PLAYER_DEAL_VERBS = new Set(['loaned', 'sold', 'transferred', 'offloaded']);

/**
 * "Barcelona", "Barnsworth Town", "Leicester City": one known town's word, no country's; or a club's
 * closer after a word no list holds, or after a known town when the whole is no known place
 * ("Leicester City sacked manager …" was a place; "Mexico City" is one).
 */
export function isClubsTownName(view: TokenView, first: number, end: number): boolean {
  if (!view.isCapitalized(first) || view.isAllCaps(first)) return false;
  if (end - first === 1) return isKnownPlace(view.key(first)) && !isCountry(view.key(first));
  if (closesWithClubWordAfterUnknownTown(view, first, end)) return true;
  return end - first === 2 && CLUB_CLOSERS.has(view.key(end - 1)) && isCity(view.key(first)) && !isCountry(view.key(first)) && !isKnownPlace(view.keyOf(first, end));
}

const STAFF_VERBS = new Set(['signed', 'hired', 'sacked', 'fired', 'appointed', 'recruited', 're-signed']);
/** A club's staff: its coach or manager, or a player by position. */
const STAFF_ROLES = new Set(['coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'full-back', 'fullback', 'centre-back', 'center-back', 'playmaker', 'quarterback', 'pitcher']);
/** Words between the verb or the name and the role: "as coach", "as their new head coach", "as interim manager". */
const STAFF_ROLE_OPENERS = new Set(['as', 'their', 'its', 'new', 'head', 'interim', 'caretaker', 'assistant', 'first-team', 'veteran', 'young', 'teenage', 'former']);

/**
 * "Kansas City visits the Las Vegas Raiders next week", "while Buffalo hosts San Francisco",
 * "Buffalo's final drive stalled": a city opening its clause before a fixture's verb in the
 * singular, or before its possessive and a side's play, is a side of a fixture. Alone that says
 * little ("Paris hosts the Olympics"): shortForms.ts links it to the story's team named after the city.
 */
export function isCityAsSideOfFixture(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  // The words around it first: the name is keyed and the city list asked only before a fixture's verb or a side's play (makeDraft asks it of every name).
  return end < sentenceEnd && opensFixtureClause(view, first, end, sentenceFirst, sentenceEnd) && isCity(view.keyOf(first, end));
}

/** "Kansas City visits", "while Buffalo hosts", "Buffalo's final drive": what isCityAsSideOfFixture asks of the words around tokens [first, end). */
function opensFixtureClause(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (view.kind(end) === TokenKind.Possessive) return playAfterPossessive(view, end + 1, sentenceEnd);
  if (!view.isLowerWord(end) || !FIXTURE_VERBS.has(view.lower(end))) return false;
  // "The mayor of Buffalo hosts a gala": after a preposition the city is no subject.
  return first === sentenceFirst || !view.isLowerWord(first - 1) || FIXTURE_CLAUSE_OPENERS.has(view.lower(first - 1));
}

const FIXTURE_VERBS = new Set(['visits', 'hosts', 'faces', 'plays', 'leads', 'trails', 'meets', 'travels', 'welcomes']);
const FIXTURE_CLAUSE_OPENERS = new Set(['while', 'and', 'but', 'as', 'when', 'after', 'before', 'whereas']);

/** "final drive", "defense", "starting quarterback": up to three lower-case words from `k` that close with a side's play or its people. */
function playAfterPossessive(view: TokenView, k: number, sentenceEnd: number): boolean {
  for (let seen = 0; k < sentenceEnd && seen < 3 && view.isLowerWord(k); k++, seen++) if (PLAY_NOUNS.has(view.lower(k))) return true;
  return false;
}

const PLAY_NOUNS = new Set(['drive', 'defense', 'defence', 'offense', 'offence', 'quarterback', 'coach', 'kicker', 'bullpen', 'lineup', 'roster', 'pitcher', 'goalkeeper', 'secondary']);

/**
 * "Bumrah took three wickets for 35 runs", "Rohit and Gill both scored fifties", "Kohli and Pant
 * added 90 for the fourth wicket", "before Jadeja hit the winning runs": one word, alone or with
 * another before "and", then a verb in the past and, within a few words, what a player's innings or
 * spell counts, is a player (the names were other, or dropped: "Gill" and "Pant" are words). Not a
 * place the lists know ("India made 300 runs" is the side), nor a team's plural ("Titans took five wickets").
 */
export function tallysPlayer(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  if (end - first !== 1 || !view.isWord(first) || view.isAllCaps(first) || isKnownPlace(view.key(first)) || view.lower(first).endsWith('s')) return false;
  let k = end;
  // "Kohli and Pant added 90": the other player of the pair, one word too.
  if (view.lower(k) === 'and' && view.isLowerWord(k) && k + 2 < sentenceEnd && isOnePlayersWord(view, k + 1)) k += 2;
  if (k < sentenceEnd && view.isLowerWord(k) && PAIRS_ADVERBS.has(view.lower(k))) k++;
  if (k >= sentenceEnd || !view.isLowerWord(k) || !PLAYERS_VERBS.has(view.lower(k))) return false;
  for (let i = k + 1; i < Math.min(sentenceEnd, k + 7); i++) {
    if (view.kind(i) !== TokenKind.Word && view.kind(i) !== TokenKind.Number && view.kind(i) !== TokenKind.Hyphen) return false;
    // "Rivian missed its delivery goals", "made their runs": an owner's goals are a body's as often.
    if (OWNERS_DETERMINERS.has(view.lower(i))) return false;
    if (view.isLowerWord(i) && PLAYERS_TALLIES.has(view.lower(i))) return true;
  }
  return false;
}

/** One capitalised word, no place the lists know, before a lower-case word: the second of "Kohli and Pant added". */
function isOnePlayersWord(view: TokenView, i: number): boolean {
  return view.isWord(i) && view.isCapitalized(i) && !view.isAllCaps(i) && !isKnownPlace(view.key(i)) && view.isLowerWord(i + 1);
}

/** "Rohit and Gill both scored fifties", "Bumrah then took two wickets". */
const PAIRS_ADVERBS = new Set(['both', 'each', 'also', 'then', 'later', 'earlier']);

/** What a player does to a tally: "took three wickets", "hit the winning runs", "added 90", "shared four wickets" (not "outlined goals"). */
const PLAYERS_VERBS = new Set(['scored', 'took', 'hit', 'made', 'struck', 'added', 'shared', 'claimed', 'grabbed', 'picked', 'smashed', 'bagged', 'netted', 'notched', 'bowled', 'kept']);

const OWNERS_DETERMINERS = new Set(['its', 'their', 'our']);

/** What a batter's innings, a bowler's spell or a scorer's match counts ("a half-century" ends in "century"; not "hundreds", of jobs as often). */
const PLAYERS_TALLIES = new Set([
  'wicket', 'wickets', 'runs', 'fifty', 'fifties', 'century', 'centuries', 'thirties', 'forties', 'sixes', 'fours', 'boundaries', 'catches',
  'goals', 'assists', 'rebounds', 'touchdowns', 'birdies', 'aces',
]);

/**
 * A club by its place in a transfer or by its staff, though its name be a place's: "joins Crystal
 * Palace on loan", "Burnley's manager said", "Brentford's Yoane Wissa scored twice", "the former
 * striker of Middlesbrough" (each was a place or other). Not a country: "Kenya's coach", "Spain's Rodri
 * scored" (a national side, which the lists type as the country).
 */
export function namesClubByTransferOrStaff(view: TokenView, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (isCountry(view.keyOf(first, end))) return false;
  return movesOnLoan(view, end, sentenceEnd) || possessesStaffOrScorer(view, end, sentenceFirst, sentenceEnd) || followsStaffOf(view, first, sentenceFirst);
}

/** "Crystal Palace on loan", "Burnley on a season-long loan", "Fulham on a free transfer": a player's move to or from the name before it. */
function movesOnLoan(view: TokenView, end: number, sentenceEnd: number): boolean {
  if (end + 1 >= sentenceEnd || view.lower(end) !== 'on' || !view.isLowerWord(end)) return false;
  if (view.lower(end + 1) === 'loan') return true;
  if (view.lower(end + 1) !== 'a') return false;
  for (let k = end + 2; k < sentenceEnd && k <= end + 4 && view.isLowerWord(k); k++) if (view.lower(k) === 'loan' || (view.lower(k) === 'transfer' && view.lower(k - 1) === 'free')) return true;
  return false;
}

/**
 * "Burnley's manager", "Brentford's new head coach", and in a sentence of goals "Brentford's Yoane
 * Wissa scored twice": a possessor of a club's staff or of a scorer (not "Kenya's Benson Kipruto won
 * the marathon": no goal in the sentence).
 */
function possessesStaffOrScorer(view: TokenView, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  if (end + 1 >= sentenceEnd || view.kind(end) !== TokenKind.Possessive) return false;
  let k = end + 1;
  while (k < sentenceEnd && k - end <= 3 && view.isLowerWord(k) && STAFF_ROLE_OPENERS.has(view.lower(k))) k++;
  if (k < sentenceEnd && view.isLowerWord(k)) return STAFF_ROLES.has(view.lower(k));
  return view.isCapitalized(k) && holdsMatchWord(view, sentenceFirst, sentenceEnd, GOAL_WORDS) && !holdsSetScore(view, sentenceFirst, sentenceEnd);
}

/** "the former striker of Middlesbrough", "manager of Fulham": a club's staff role, "of" and the name. */
function followsStaffOf(view: TokenView, first: number, sentenceFirst: number): boolean {
  return first - 2 >= sentenceFirst && view.isLowerWord(first - 1) && view.lower(first - 1) === 'of' && view.isLowerWord(first - 2) && STAFF_ROLES.has(view.lower(first - 2));
}
