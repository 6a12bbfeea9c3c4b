import { gazetteer, isCity, isKnownPlace } from '../gazetteer.js';
import type { AliasDefinition, MentionDraft } from '../mentionDraft.js';
import { mayHoldInnerCapital } from './nameKeyWords.js';

/**
 * "Jerome (Latin: Eusebius Sophronius Hieronymus)" links that Latin name to Jerome; the page's
 * next section, which opens "Eusebius Sophronius Hieronymus was born at Stridon", means him too.
 * A full name that the story links one way only is linked so wherever the story writes it.
 */
export function spreadFullNameLinks(story: MentionDraft[]): void {
  const target = new Map<string, string | null>();
  for (const d of story) {
    if (!d.link || d.shortFormKeys.length === 0 || d.link === d.key || standsForItsTeam(d)) continue;
    target.set(d.key, target.has(d.key) && target.get(d.key) !== d.link ? null : d.link);
  }
  if (target.size === 0) return;
  for (const d of story) {
    const link = d.link ? undefined : target.get(d.key);
    if (link) d.link = link;
  }
}

/**
 * "KANSAS CITY, Mo. — The Kansas City Chiefs beat ... Kansas City visits the Raiders next": a town
 * linked to the team named after it, by its sentence, is the team there only; its dateline and
 * "Fans in Kansas City cheered" stay the town.
 */
function standsForItsTeam(d: MentionDraft): boolean {
  return d.link!.startsWith(`${d.key} `) && isKnownPlace(d.key);
}

/**
 * "the line of Vergil" and "a quote from Virgil", "Mohammed Ali" and "Mohammad Ali": in one story,
 * two names alike but for one vowel inside a word of five letters or more are one spelled two ways;
 * the less mentioned one is linked to the other. Not a last letter ("Mario" and "Maria"), no name
 * the gazetteer knows, and none where a third name is alike too.
 */
export function linkVowelSpellings(story: MentionDraft[]): void {
  // Names alike but for inner vowels share a skeleton ("v*rg*l"): only those need their variants.
  const keysBySkeleton = new Map<number, string[]>();
  const counts = new Map<string, number>();
  for (const d of story) {
    if (d.link || d.modifier || d.acronym) continue;
    const seen = counts.get(d.key) ?? 0;
    counts.set(d.key, seen + 1);
    const skeleton = seen === 0 ? innerVowelSkeleton(d.key) : -1;
    if (skeleton < 0) continue;
    const keys = keysBySkeleton.get(skeleton);
    if (keys) keys.push(d.key);
    else keysBySkeleton.set(skeleton, [d.key]);
  }
  const target = new Map<string, string>();
  const known = gazetteer().byKey;
  for (const group of keysBySkeleton.values()) {
    const keys = group.length > 1 ? group.filter((key) => !known.has(key) && !isCity(key)) : group;
    if (keys.length > 1) oneVowelApart(keys, counts, target);
  }
  if (target.size === 0) return;
  for (const d of story) if (!d.link && !d.modifier) d.link = target.get(d.key) ?? null;
}

/**
 * "HCL Technologies … HCLTech shares jumped", "Federal Express … FedEx": one word whose capitals
 * begin clipped words of a longer name the story gives is that name written fused. Each piece
 * opens its word in order ("hcl" "tech" of "hcl technologies"), with as many pieces as words and
 * none under two letters; a piece may be a word whole, not all (those are one key already,
 * "ExxonMobil"). Only one such name: two make the form no one's.
 */
export function linkFusedNames(story: MentionDraft[]): void {
  const fused = story.filter((d) => !d.link && !d.modifier && d.key.indexOf(' ') < 0 && d.key.length >= 4 && mayHoldInnerCapital(d.surface) && FUSED_CAPITALS.test(d.surface));
  if (fused.length === 0) return;
  const longer = [...new Set(story.filter((d) => !d.modifier && d.key.indexOf(' ') > 0).map((d) => d.key))];
  const target = new Map<string, string | null>();
  for (const d of fused) {
    if (target.has(d.key)) continue;
    const pieces = d.surface.match(FUSED_PIECES)?.map((piece) => piece.toLowerCase()) ?? [];
    if (pieces.length < 2 || pieces.join('') !== d.key || pieces.some((piece) => piece.length < 2)) continue;
    const matches = longer.filter((key) => clipsWordsOf(pieces, key));
    target.set(d.key, matches.length === 1 ? matches[0]! : null);
  }
  for (const d of story) if (!d.link && !d.modifier && d.key.indexOf(' ') < 0) d.link = target.get(d.key) ?? null;
}

/** A capital inside a word after a small letter ("FedEx") or closing a run of capitals before one ("HCLTech"). */
const FUSED_CAPITALS = /^\p{Lu}.*(?:\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll})/u;

/** The pieces of a fused word: a run of capitals ("HCL"), or a capital and its small letters ("Tech"). */
const FUSED_PIECES = /\p{Lu}+(?!\p{Ll})|\p{Lu}\p{Ll}+/gu;

/** Each piece opens the word of the key at its place, and at least one is cut short. */
function clipsWordsOf(pieces: readonly string[], key: string): boolean {
  const words = key.split(' ');
  if (words.length !== pieces.length) return false;
  return pieces.every((piece, i) => words[i]!.startsWith(piece)) && pieces.some((piece, i) => piece.length < words[i]!.length);
}

/** Among keys of one skeleton, pairs one masked vowel makes alike, and no third: the less mentioned goes to the other. */
function oneVowelApart(keys: readonly string[], counts: ReadonlyMap<string, number>, target: Map<string, string>): void {
  const keysByVariant = new Map<string, Set<string>>();
  for (const key of keys) {
    for (const variant of vowelMaskedKeys(key)) keysByVariant.set(variant, (keysByVariant.get(variant) ?? new Set<string>()).add(key));
  }
  for (const alike of keysByVariant.values()) {
    if (alike.size !== 2) continue;
    const [first, second] = [...alike] as [string, string];
    // The first named wins a tie: keys keep the story's order.
    if (counts.get(second)! > counts.get(first)!) target.set(first, second);
    else target.set(second, first);
  }
}

/**
 * A hash of the key with every inner vowel of a word of five letters or more masked ("v*rg*l" of
 * "virgil"), or -1 when there is none: names one vowel apart hash alike (and oneVowelApart checks
 * what a collision joins), with no string made per name.
 */
function innerVowelSkeleton(key: string): number {
  let hash = 0x811c9dc5;
  let masked = false;
  let wordStart = 0;
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length && key.charCodeAt(i) !== 32) continue;
    const long = i - wordStart >= 5;
    for (let p = wordStart; p <= i && p < key.length; p++) {
      const inner = long && p > wordStart && p < i - 1 && isVowelCode(key.charCodeAt(p));
      masked ||= inner;
      hash = Math.imul(hash ^ (inner ? 42 : key.charCodeAt(p)), 0x01000193);
    }
    wordStart = i + 1;
  }
  return masked ? hash >>> 0 : -1;
}

/** "v*rgil" and "ve*gil"…: a name's key with one inner vowel of a long word masked (not its first or last letter). */
function vowelMaskedKeys(key: string): string[] {
  const variants: string[] = [];
  let wordStart = 0;
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length && key[i] !== ' ') continue;
    if (i - wordStart >= 5) {
      for (let p = wordStart + 1; p < i - 1; p++) if (isVowelCode(key.charCodeAt(p))) variants.push(key.slice(0, p) + '*' + key.slice(p + 1));
    }
    wordStart = i + 1;
  }
  return variants;
}

/** a, e, i, o, u or y, by its char code: a one-letter string and a Set look-up per letter of every name's key were 2.5% of the look-ups. */
function isVowelCode(code: number): boolean {
  return code === 0x61 || code === 0x65 || code === 0x69 || code === 0x6f || code === 0x75 || code === 0x79;
}

/**
 * Where most of a story's mentions of each of `keys` went: the fuller name their link names, or the
 * key itself when most stayed unlinked ("jerome" → "saint jerome" on a page that calls him so).
 */
function whereKeysWent(story: MentionDraft[], keys: ReadonlySet<string>): Map<string, string> {
  const targets = new Map<string, Map<string | null, number>>();
  for (const d of story) {
    if (!keys.has(d.key)) continue;
    const counts = targets.get(d.key) ?? new Map<string | null, number>();
    counts.set(d.link, (counts.get(d.link) ?? 0) + 1);
    targets.set(d.key, counts);
  }
  const went = new Map<string, string>();
  for (const [key, counts] of targets) {
    let target: string | null = null;
    let most = 0;
    for (const [link, count] of counts) {
      if (count > most) [target, most] = [link, count];
    }
    went.set(key, target ?? key);
  }
  return went;
}

/**
 * "Jerome (…; Latin: Eusebius Sophronius Hieronymus)" links the Latin name to "Jerome", and
 * "Ichiyō Higuchi (…) was a pen name of Natsu Higuchi" defines one name as the other's, before the
 * story sends the page's "Jerome"s on to its "Saint Jerome" and "Ichiyō Higuchi" to "Higuchi
 * Ichiyō": a link or a definition follows the names it joins to where they went.
 */
export function followLinkChains(story: MentionDraft[], definitions: AliasDefinition[]): void {
  // Only the names a link or a definition points at can send it on (most stories have none).
  const pointedAt = new Set<string>();
  for (const d of story) if (d.link) pointedAt.add(d.link);
  for (const definition of definitions) if (definition.kind === 'otherName') pointedAt.add(definition.of).add(definition.alias);
  if (pointedAt.size === 0) return;
  const went = whereKeysWent(story, pointedAt);
  for (const d of story) {
    const next = d.link ? went.get(d.link) : undefined;
    if (next && next !== d.key) d.link = next;
  }
  for (const definition of definitions) {
    if (definition.kind !== 'otherName') continue;
    definition.of = went.get(definition.of) ?? definition.of;
    definition.alias = went.get(definition.alias) ?? definition.alias;
  }
}
