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
    const into = kept.find((k) => containsInOrder(k.words, item.words));
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
function descriptionWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/\b([a-z])\.(?![a-z])/g, '$1')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether `small`'s words appear in `big` in the same order, each matching a word of its own. */
function containsInOrder(big: readonly string[], small: readonly string[]): boolean {
  let at = 0;
  for (const word of small) {
    while (at < big.length && !sameWord(big[at]!, word)) at++;
    if (at === big.length) return false;
    at++;
  }
  return true;
}

/** "korea" and "korean", "russia" and "russian": a name and its demonym differ by an ending of one to three letters. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 3 && long.startsWith(short) && /^(?:n|an|ian|ese|i)$/.test(long.slice(short.length));
}
