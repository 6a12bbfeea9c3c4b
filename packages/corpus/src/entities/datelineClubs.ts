import { weightOf, WEIGHT } from './evidence.js';
import { RegionKind, type MentionDraft } from './mentionDraft.js';

/**
 * "LIVERPOOL, England (Reuters) - … as Liverpool beat Everton 1-0 … the Liverpool captain said": a
 * dateline's town that the story's own sentences make a club (a side of a match, a club in a table)
 * names two things, the town where the story was filed and its club. The body's mentions of that
 * word are filed under the club's key, apart from the dateline's: one key per article joined them,
 * and the dateline's weight made the club a place (without the dateline the same story gave an
 * organization). A mention whose own sentence says place, or that follows a place's preposition with
 * nothing to say club ("a parade in Liverpool", "the centre of Liverpool"), stays the town's.
 */
export function keyClubsApartFromDateline(text: string, mentions: MentionDraft[]): void {
  const datelineKeys = keysOfDateline(mentions);
  if (datelineKeys === undefined) return;
  const clubKeys = new Set<string>();
  for (const d of mentions) if (d.region !== RegionKind.Dateline && datelineKeys.has(keyOf(d)) && isClubBySentence(d)) clubKeys.add(keyOf(d));
  for (const key of datelineKeys) if (filesUnderClub(mentions, key)) clubKeys.add(key);
  if (clubKeys.size === 0) return;
  for (const d of mentions) {
    if (d.region === RegionKind.Dateline || !clubKeys.has(keyOf(d)) || saysPlace(d) || (!isClubBySentence(d) && followsPlacePreposition(text, d))) continue;
    const keyed = clubKeyOf(keyOf(d));
    d.key = keyed;
    if (d.link !== null) d.link = keyed;
    d.initial = false;
  }
}

/** A mention the story's sides already filed under the town's club ("Leeds beat Castlebury 2-0", matchReportSides.ts). */
function filesUnderClub(mentions: readonly MentionDraft[], townKey: string): boolean {
  const club = clubKeyOf(townKey);
  return mentions.some((d) => d.key === club);
}

/** The key a town's club is filed under in an article whose dateline names the town: "liverpool" → "liverpool club". */
export function clubKeyOf(townKey: string): string {
  return `${townKey} club`;
}

/** The keys of the article's dateline places; undefined, with nothing allocated, in the many articles without a dateline. */
function keysOfDateline(mentions: readonly MentionDraft[]): Set<string> | undefined {
  let keys: Set<string> | undefined;
  for (const d of mentions) if (d.region === RegionKind.Dateline) (keys ??= new Set()).add(keyOf(d));
  return keys;
}

function keyOf(d: MentionDraft): string {
  return d.link ?? d.key;
}

/** One word its sentence makes a club: a side of a match or a club by what it does (WEIGHT.matchSide or more), more than a place. */
function isClubBySentence(d: MentionDraft): boolean {
  if (d.surface.includes(' ')) return false;
  const organization = weightOf(d.evidence, 'organization');
  return organization >= WEIGHT.matchSide && organization > weightOf(d.evidence, 'place');
}

/** The mention's own sentence says place more than organization ("grew up in Liverpool"). */
function saysPlace(d: MentionDraft): boolean {
  return weightOf(d.evidence, 'place') > weightOf(d.evidence, 'organization');
}

/** "in the centre of Leeds", "a parade in Leeds": a preposition of place right before the mention. */
function followsPlacePreposition(text: string, d: MentionDraft): boolean {
  return PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, d.start - 10), d.start));
}

const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|of|near|outside|around|across|through)\s+$/u;
