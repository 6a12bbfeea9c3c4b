import type { Counted } from '../corpusIndex/corpusIndex.js';

/**
 * An entity's descriptions as a reader wants them: each said once. "U.S. President" and
 * "US President" are one description; "President" is a part of it and goes; so does "leader" beside
 * "North Korea's leader", and "North Korean leader" is the same as "North Korea's leader" (a
 * demonym and a possessive of one country). The description that absorbs others takes their
 * counts, and the list comes back most used first (then the fuller one).
 */
export function foldDescriptions(descriptions: readonly Counted[], declared?: string): Counted[] {
  // One description has nothing to fold into (most entities have none or one): no words are made.
  if (descriptions.length <= 1) return descriptions.map(({ text, count }) => ({ text, count }));
  const items = descriptions.map((d) => ({ text: d.text, count: d.count, words: descriptionWords(d.text), declared: d.text === declared }));
  const kept: typeof items = [];
  // Longest first: a description can only absorb shorter or equal ones. Each item is visited once,
  // before any later one folds into it, so the kept ones are the items themselves, not copies.
  for (const item of items.sort((a, b) => b.words.length - a.words.length || b.count - a.count)) {
    const into = firstContaining(kept, item.words);
    if (!into) {
      kept.push(item);
      continue;
    }
    // Equal words ("US President", "U.S. President"): the more used spelling stays in front.
    if (into.words.length === item.words.length && item.count > into.count && !into.declared) into.text = item.text;
    into.count += item.count;
    into.declared ||= item.declared;
  }
  return kept
    .sort((a, b) => Number(b.declared) - Number(a.declared) || b.count - a.count || b.words.length - a.words.length || a.text.localeCompare(b.text))
    .map(({ text, count }) => ({ text, count }));
}

/** Lower-case words, "U.S." as "us", possessives dropped: "North Korea's leader" → north, korea, leader. */
function descriptionWords(text: string): readonly string[] {
  return text
    .toLowerCase()
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/\b([a-z])\.(?![a-z])/g, '$1')
    .replace(/['’]s\b/g, '')
    .match(WORD_RUNS) ?? NO_WORDS;
}

/**
 * The words of a description: the runs of letters and digits, as a split at the others gives them
 * without its empty ends. Matched rather than split and filtered: one list per description, not two.
 */
const WORD_RUNS = /[\p{L}\p{N}]+/gu;
const NO_WORDS: readonly string[] = [];

/**
 * The first kept description whose words contain `words` in order. Loops over indices, with no
 * callback or iterator made per item: an entity's descriptions are compared pairwise, and those
 * objects were a good part of what folding them allocated on each first card.
 */
function firstContaining<T extends { words: readonly string[] }>(kept: readonly T[], words: readonly string[]): T | undefined {
  for (let k = 0; k < kept.length; k++) if (containsInOrder(kept[k]!.words, words)) return kept[k];
  return undefined;
}

/** Whether `small`'s words appear in `big` in the same order, each matching a word of its own. */
function containsInOrder(big: readonly string[], small: readonly string[]): boolean {
  let at = 0;
  for (let w = 0; w < small.length; w++) {
    while (at < big.length && !sameWord(big[at]!, small[w]!)) at++;
    if (at === big.length) return false;
    at++;
  }
  return true;
}

/** "korea" and "korean", "russia" and "russian": a name and its demonym differ by an ending of one to three letters. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length < b.length ? isDemonymOf(b, a) : isDemonymOf(a, b);
}

function isDemonymOf(long: string, short: string): boolean {
  return short.length >= 4 && long.length - short.length <= 3 && long.startsWith(short) && DEMONYM_ENDING.test(long.slice(short.length));
}

const DEMONYM_ENDING = /^(?:n|an|ian|ese|i)$/;
