import { nameKey } from '../../text/tokenize.js';
import { strongestType } from '../evidence.js';
import { gazetteer, isKnownPlace, type GazetteerEntry } from '../gazetteer.js';
import { COMPANY_GROUP_WORDS, isBodyWord, isGivenName } from '../lexicon.js';
import type { MentionDraft } from '../mentionDraft.js';
import { openingPlace, restAfterPlace, oneMentionPerName } from './nameKeyWords.js';

/**
 * "Congo" in a story that names the "Republic of the Congo" in full is that country, though the
 * gazetteer gives "Congo" alone to the Democratic Republic of the Congo: a known place's name is
 * short for another known place the story names with only a state's words before it ("Republic of
 * the", "Kingdom of"). Not "Sudan" in a story about "South Sudan": a compass word makes another place.
 */
export function linkShortCountryNames(story: MentionDraft[]): void {
  const { byKey } = gazetteer();
  const fullNames = new Map<string, string>();
  for (const d of story) {
    // One word first: half the story's names are asked no look-up.
    if (!d.key.includes(' ')) continue;
    const entry = byKey.get(d.key);
    if (entry?.type !== 'place') continue;
    const words = d.key.split(' ');
    const short = words.at(-1)!;
    const shortEntry = byKey.get(short);
    if (shortEntry && shortEntry !== entry && words.slice(0, -1).every((w) => STATE_WORDS.has(w)) && isCalledByWord(entry, short)) fullNames.set(short, d.key);
  }
  if (fullNames.size === 0) return;
  // "fighting in eastern Congo … the Republic of Congo is a separate country from the Democratic
  // Republic of Congo": a story naming both in full leaves the word to the gazetteer's place.
  for (const short of [...fullNames.keys()]) if (namesPlaceInFull(story, byKey.get(short)!)) fullNames.delete(short);
  for (const d of story) {
    const full = fullNames.get(d.key);
    if (full && !d.link && !d.modifier) d.link = full;
  }
}

/** Whether the story names the place by a name of more than one word ("Democratic Republic of Congo" for "Congo"'s place). */
function namesPlaceInFull(story: readonly MentionDraft[], place: GazetteerEntry): boolean {
  const { byKey } = gazetteer();
  return story.some((d) => d.key.includes(' ') && byKey.get(d.key) === place);
}

/**
 * Whether the place's common name holds the word: "Republic of the Congo" is called so, while the
 * "Republic of China" is called Taiwan, and "China" in its story is still the country the gazetteer
 * gives ("Xi hosted leaders in China … the Republic of China, then led by Chiang Kai-shek" made every
 * "China" Taiwan).
 */
function isCalledByWord(entry: GazetteerEntry, word: string): boolean {
  return nameKey(entry.name).split(' ').includes(word);
}

/**
 * "the Tampa Bay Buccaneers … as the Bucs won", "the New England Patriots … the Pats fell to 3-9":
 * a plural that clips the last word of the story's one team named by a place and its players is
 * that team ("Bucs" was other). Three letters at least before the "s", and fewer than the word's.
 */
export function linkClippedTeamNames(story: MentionDraft[]): void {
  let teams: Map<string, string> | null = null;
  for (const d of story) {
    if (d.shortFormKeys.length === 0 || d.link || !d.key.endsWith('s') || !namesTeamByPlace(d.key)) continue;
    // "the Cayman Islands … the Isles" name no team.
    if ((gazetteer().byKey.get(d.key)?.type ?? strongestType(d.evidence, d.nameEvidence)?.type) !== 'organization') continue;
    const players = d.key.slice(d.key.lastIndexOf(' ') + 1);
    (teams ??= new Map()).set(players, teams.has(players) && teams.get(players) !== d.key ? '' : d.key);
  }
  if (!teams) return;
  for (const d of story) {
    if (d.shortFormKeys.length > 0 || d.link || d.modifier || d.key.length < 4 || !d.key.endsWith('s') || d.key.includes(' ')) continue;
    const stem = d.key.slice(0, -1);
    const clipped = [...teams].filter(([players, full]) => full && players.length > stem.length + 2 && players.startsWith(stem));
    if (clipped.length === 1) d.link = clipped[0]![1];
  }
}

/** "tampa bay buccaneers": a known place opening it ("tampa"), and a last word of five letters or more. */
function namesTeamByPlace(key: string): boolean {
  return key.length - key.lastIndexOf(' ') > 5 && openingPlace(key) !== null;
}

/**
 * "the Red Sox" after the "Boston Red Sox", "the Trade Commission" after the "Korea Trade
 * Commission": a name of two words or more is short for the story's one name that puts a known
 * place before it. One word is a surname's business (linkShortForms); "Boston" alone stays the city.
 * So for a country's adjective before it ("the Chinese Communist Party … the Communist Party", "the
 * American Red Cross … Red Cross volunteers"), where the rest is a body the lists know or closes
 * with a body's word ("the British Virgin Islands" and the "Virgin Islands" stay two places).
 */
export function linkNamesWithoutPlace(story: MentionDraft[]): void {
  const known = gazetteer().byKey;
  const fullNames = new Map<string, string>();
  for (const d of oneMentionPerName(story.filter((m) => m.shortFormKeys.length > 0 && !m.link))) {
    // "Papua New Guinea", a place the lists know, opens with a known place ("Papua"); its rest, "the
    // highlands of New Guinea", is the island, no short form of the country (the two were one).
    const afterPlace = isKnownPlace(d.key) ? null : restAfterPlace(d.key);
    const afterBody = afterPlace === null ? restAfterKnownBody(d.key) : null;
    const rest = afterPlace ?? afterBody ?? restAfterDemonym(d.key) ?? restBeforeOfPlace(d.key) ?? restAfterInternational(d.key) ?? restAfterNational(d.key);
    if (!rest || (afterPlace !== null ? known.has(rest) : !namesBodyAlone(rest) && !(afterBody !== null && opensWithHeadAndOf(rest)))) continue;
    const other = fullNames.get(rest);
    fullNames.set(rest, other === undefined || other === d.key ? d.key : '');
  }
  if (fullNames.size === 0) return;
  for (const d of story) {
    const full = d.shortFormKeys.length > 0 ? fullNames.get(d.key) : undefined;
    if (full && !d.link && !d.modifier) d.link = full;
  }
}

/** "red cross", a body the lists know, or "communist party" or "crisis group", closing with a body's or a group's word; not "virgin islands". */
function namesBodyAlone(rest: string): boolean {
  const known = gazetteer().byKey.get(rest);
  if (known) return known.type === 'organization';
  const last = rest.slice(rest.lastIndexOf(' ') + 1);
  return isBodyWord(last) || COMPANY_GROUP_WORDS.has(last);
}

/**
 * "crisis group" of "international crisis group", "rescue committee" of "international rescue
 * committee": the two words or more after an opening "International" ("The International Crisis
 * Group warned … Crisis Group analysts said" made two bodies); the caller asks that they name a body.
 */
function restAfterInternational(key: string): string | null {
  if (!key.startsWith('international ')) return null;
  const rest = key.slice(14);
  return rest.includes(' ') ? rest : null;
}

/**
 * "weather service" of "national weather service", "hurricane center" of "national hurricane
 * center": the two words or more after an opening "National" ("Hurricane Center Director Michael
 * Brennan" made a body apart), unless the lists know them as another body: "Security Council" is
 * the UN's, not the "National Security Council". The caller asks that they name a body.
 */
function restAfterNational(key: string): string | null {
  if (!key.startsWith('national ')) return null;
  const rest = key.slice(9);
  return rest.includes(' ') && !gazetteer().byKey.has(rest) ? rest : null;
}

/**
 * "school of public health" of "yale school of public health", "medical school" of "harvard medical
 * school": the two words or more after a body the lists know that opens a name, its school, its
 * service or its board ("an epidemiologist at the School of Public Health" was a body of its own);
 * the caller asks that they name a body.
 */
function restAfterKnownBody(key: string): string | null {
  const known = gazetteer().byKey;
  const last = key.lastIndexOf(' ');
  for (let space = key.indexOf(' '); space > 0 && space < last; space = key.indexOf(' ', space + 1)) {
    if (known.get(key.slice(0, space))?.type === 'organization') return key.slice(space + 1);
  }
  return null;
}

/** "school of public health", "department of surgery": a body's head word and its "of" phrase. */
function opensWithHeadAndOf(rest: string): boolean {
  const space = rest.indexOf(' ');
  return space > 0 && isBodyWord(rest.slice(0, space)) && rest.startsWith(' of ', space);
}

/** "communist party" of "chinese communist party": the two words or more after a country's adjective, the first no given name ("American Mary Smith"). */
function restAfterDemonym(key: string): string | null {
  const space = key.indexOf(' ');
  if (space < 0 || !gazetteer().demonyms.has(key.slice(0, space))) return null;
  const rest = key.slice(space + 1);
  return rest.includes(' ') && !isGivenName(rest.slice(0, rest.indexOf(' '))) ? rest : null;
}

/**
 * "election commission" of "election commission of india", "central bank" of "central bank of the
 * philippines": the two words or more before "of" and a known place closing a name ("The Election
 * Commission of India announced the dates. The Election Commission said" made two bodies).
 */
function restBeforeOfPlace(key: string): string | null {
  const of = key.lastIndexOf(' of ');
  if (of < 0 || key.indexOf(' ') === of) return null;
  const place = key.slice(of + 4);
  return isKnownPlace(place.startsWith('the ') ? place.slice(4) : place) ? key.slice(0, of) : null;
}

const STATE_WORDS = new Set(['republic', 'of', 'the', 'kingdom', 'state', 'democratic', 'federal', 'people\'s', 'islamic', 'united', 'commonwealth']);
