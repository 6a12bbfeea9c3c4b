import type { MentionDraft } from './mentionDraft.js';

/**
 * "the younger Kim", "the elder Kabila": which of a family's members a surname names by their
 * place in it. The article tells who is who where it introduces them: "Kim Yo Jong, the powerful
 * younger sister of leader Kim Jong Un", "he succeeded his father, Laurent-Désiré Kabila".
 */
export type Seniority = 'younger' | 'elder';

/** Where the text places a full name in its family: a parent is elder still, and before an elder sibling. */
export type Placement = Seniority | 'parent';

/** "the younger Biden", "The elder Kim", "the older Bush": the seniority word right before a surname. */
export function seniorityBefore(text: string, start: number): Seniority | null {
  const word = SENIORITY_BEFORE.exec(text.slice(Math.max(0, start - 8), start))?.[1]?.toLowerCase();
  return word === undefined ? null : word === 'younger' ? 'younger' : 'elder';
}

const SENIORITY_BEFORE = /\b(younger|elder|older)\s+$/i;

/**
 * The full names the text places in their family: by a kinship noun set off after the name ("Kim
 * Yo Jong, the powerful younger sister of …", "Hunter Biden, the president's son,") or right before
 * it ("his father, Laurent-Désiré Kabila", "her elder brother Ali Khan"). The first that says wins.
 */
export function senioritiesIn(text: string, found: readonly MentionDraft[]): Map<string, Placement> {
  const seniorities = new Map<string, Placement>();
  for (const d of found) {
    if (d.shortFormKeys.length === 0 || d.link || seniorities.has(d.key)) continue;
    const seniority = seniorityOfKin(KIN_SET_OFF_AFTER.exec(text.slice(d.end, d.end + 70))) ?? seniorityOfKin(KIN_BEFORE.exec(text.slice(Math.max(0, d.start - 40), d.start)));
    if (seniority) seniorities.set(d.key, seniority);
  }
  return seniorities;
}

/** A sibling's seniority word, else the kinship noun's generation: a son or a daughter is younger, a parent elder. */
function seniorityOfKin(kin: RegExpExecArray | null): Placement | null {
  if (!kin) return null;
  const [, adjective, noun] = kin as unknown as [string, string | undefined, string];
  if (adjective) return YOUNGER_WORDS.has(adjective) ? 'younger' : 'elder';
  if (/^(?:son|daughter)/.test(noun)) return 'younger';
  return /^(?:father|mother)/.test(noun) ? 'parent' : null;
}

const YOUNGER_WORDS = new Set(['younger', 'youngest', 'little', 'baby', 'kid']);

/** ", the powerful younger sister of", ", the president's son,", ", his father,": up to two words between the article or possessive and the noun. */
const KIN_SET_OFF_AFTER =
  /^,\s+(?:(?:the|a|his|her|their)\s+)?(?:[\p{L}.-]+['’]s\s+)?(?:(?!who\b|(?:younger|youngest|little|baby|kid|elder|eldest|older|oldest|big)\b)[a-z-]+\s+){0,2}(?:(younger|youngest|little|baby|kid|elder|eldest|older|oldest|big)\s+)?(brother|sister|son|daughter|father|mother)\b/u;

/** "his father, ", "her elder brother ", "his father, Chairman ": a kinship noun right before the name, or before its title. */
const KIN_BEFORE = /\b(?:(younger|youngest|little|baby|kid|elder|eldest|older|oldest|big)\s+)?(brother|sister|son|daughter|father|mother),?\s+(?:\p{Lu}\p{Ll}+\s+){0,2}$/u;

/**
 * Of several full names a surname may stand for, those of the seniority its word asks: the ones the
 * text places so (for "the elder", a parent before an elder sibling: "his father, Chairman Han
 * Tae-sik" beside "His elder sister, Han Seo-yeon"), else those it does not place the other way
 * ("the younger Kabila" beside "his father, Laurent-Désiré Kabila" is the son named without a
 * kinship noun). All of them where it says neither.
 */
export function ofSeniority(keys: string[], wanted: Seniority, seniorities: ReadonlyMap<string, Placement>, isChild: (key: string) => boolean): string[] {
  const placed = (k: string): Placement | undefined => seniorities.get(k) ?? (isChild(k) ? 'younger' : undefined);
  for (const placement of wanted === 'elder' ? (['parent', 'elder'] as const) : (['younger'] as const)) {
    const matching = keys.filter((k) => placed(k) === placement);
    if (matching.length > 0) return matching;
  }
  const unplaced = keys.filter((k) => placed(k) === undefined);
  return unplaced.length > 0 ? unplaced : keys;
}
