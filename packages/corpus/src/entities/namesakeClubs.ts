import data from './data/namesake-clubs.json' with { type: 'json' };
import { nameKey, TokenKind } from '../text/tokenize.js';
import { addEvidence, weightOf, WEIGHT } from './evidence.js';
import { reportsMatches, saysTown, type DraftOfSentence } from './matchReportClubs.js';
import { RegionKind } from './mentionDraft.js';
import { speaksOfAMatch } from './sportsClubs.js';

/**
 * "Chelsea, meanwhile, completed the signing of …", "Chelsea drew with Everton", "the Clásico
 * against Barcelona": in a story of sport, a club's short name that is also a town's or a person's
 * (data/namesake-clubs.json) is the club, linked to the club's full name ("Barcelona" → "FC
 * Barcelona", which the lists know with "Barça"; "Everton" → "Everton FC"). Chelsea was dropped,
 * Everton a person, Barcelona the city. Its own sentence may still say town ("a flat in Chelsea",
 * "fans gathered in Liverpool") or person ("Chelsea said she would run"), and so may a dateline;
 * any story that is no sport's keeps the town and the person as before.
 */
export function linkNamesakeClubs<T extends DraftOfSentence>(found: readonly T[]): void {
  let sporting: boolean | undefined;
  for (const f of found) {
    const club = f.draft.link === null ? clubsByShortName().get(f.draft.key) : undefined;
    if (club === undefined || !readsAsClub(f)) continue;
    sporting ??= isSportsStory(found);
    if (!sporting) return;
    f.draft.link = club;
    f.draft.initial = false;
    // The lists know the town and the given name, not the club: their weight is no vote for the club's type.
    addEvidence(f.draft.nameEvidence, 'place', -weightOf(f.draft.nameEvidence, 'place'));
    addEvidence(f.draft.nameEvidence, 'person', -weightOf(f.draft.nameEvidence, 'person'));
    addEvidence(f.draft.evidence, 'organization', WEIGHT.headWord);
  }
}

let clubKeys: Map<string, string> | undefined;

/** "chelsea" → "chelsea fc", "barcelona" → "fc barcelona": the clubs' keys by the key of their short name. */
function clubsByShortName(): Map<string, string> {
  clubKeys ??= new Map(Object.entries(data.clubs).map(([short, full]) => [nameKey(short), nameKey(full)]));
  return clubKeys;
}

/** Nothing in the mention's own sentence or place says town or person: no dateline, no "in Chelsea", no "Barcelona-based", no "who … she" after it. */
function readsAsClub(f: DraftOfSentence): boolean {
  const { draft, view } = f;
  if (draft.region === RegionKind.Dateline || saysTown(f)) return false;
  if (view.kind(f.end) === TokenKind.Hyphen && !view.spaceBefore(f.end)) return false;
  // "Barcelona, who are third in La Liga": British copy's "who" of a club (1.5) is no person's yet; "who" and "she" after it are.
  return weightOf(draft.evidence, 'person') <= WEIGHT.pronounAfter;
}

/**
 * The story is one of sport: it reports a match (a score, "drew with", "the match"), or two of its
 * sentences name a league or a player's position ("Premier League clubs", "the signing of …
 * winger"). One such sentence says little ("the striker's union", "a league table of schools").
 */
function isSportsStory(found: readonly DraftOfSentence[]): boolean {
  if (reportsMatches(found)) return true;
  let sentences = 0;
  let counted = -1;
  let read = -1;
  for (const f of found) {
    if (f.draft.sentence === counted) continue;
    const wordHere = f.draft.sentence !== read && holdsSportsWord(f);
    read = f.draft.sentence;
    if (!wordHere && !LEAGUES.has(f.draft.link ?? f.draft.key)) continue;
    counted = f.draft.sentence;
    if (++sentences === 2) return true;
  }
  return false;
}

/** The draft's sentence names a player's position or speaks of a match ("drew with", "the match"). */
function holdsSportsWord(f: DraftOfSentence): boolean {
  if (speaksOfAMatch(f.view, f.sentenceFirst, f.sentenceEnd)) return true;
  for (let i = f.sentenceFirst; i < f.sentenceEnd; i++) if (f.view.isLowerWord(i) && SPORTS_WORDS.has(f.view.lower(i))) return true;
  return false;
}

/** The leagues and cups football pages name most, by key. */
const LEAGUES = new Set(['premier league', 'la liga', 'serie a', 'bundesliga', 'ligue 1', 'champions league', 'europa league', 'fa cup', 'primeira liga', 'eredivisie']);

/** A player's position or a league's words: "winger", "relegation", "a hat-trick" (not "loan", "transfer" or "goals", a bank's and a plan's words too). */
const SPORTS_WORDS = new Set([
  'winger', 'striker', 'midfielder', 'defender', 'goalkeeper', 'full-back', 'centre-back', 'relegation', 'relegated', 'derby', 'goalscorer', 'hat-trick',
  'equaliser', 'equalizer', 'kick-off',
]);
