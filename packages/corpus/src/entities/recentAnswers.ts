import { codeAt } from '../text/chars.js';
import { detach } from '../text/detach.js';

/** Slots of a table of recent words: a power of two, small enough to stay in the processor's cache. */
export const RECENT_SLOTS = 4096;

/** A word's slot in a table of RECENT_SLOTS: a hash of its length and three of its letters. */
export function recentSlot(word: string): number {
  const n = word.length;
  const h = Math.imul(n * 0x9e3779b1 + codeAt(word, 0), 31) + Math.imul(codeAt(word, n >> 1), 131) + Math.imul(codeAt(word, n - 1), 1031);
  return (h ^ (h >>> 12)) & (RECENT_SLOTS - 1);
}

/** Keys longer than this are asked each time: few recur, and each would be copied to be kept. */
const LONGEST_KEPT = 40;

/**
 * A yes-or-no question about a key ("is it a known place?") with its recent answers kept in a small
 * table: "london", "ukraine", "kyiv" are asked again at every mention, and a Set of 40,000 places or
 * more took a cache miss or two per look-up (isKnownPlace and isCity were 1.1% each of the ws-10000
 * analysis profile). The table only caches `ask`, which stays the one answer. Kept keys are detached
 * (text/detach.ts): a slice of a file's text would keep the file alive.
 */
export class RecentAnswers {
  private readonly keys: (string | undefined)[] = new Array<string | undefined>(RECENT_SLOTS).fill(undefined);
  private readonly answers = new Uint8Array(RECENT_SLOTS);

  constructor(private readonly ask: (key: string) => boolean) {}

  answer(key: string): boolean {
    if (key.length === 0 || key.length > LONGEST_KEPT) return this.ask(key);
    const slot = recentSlot(key);
    if (this.keys[slot] === key) return this.answers[slot] === 1;
    const answer = this.ask(key);
    this.keys[slot] = detach(key);
    this.answers[slot] = answer ? 1 : 0;
    return answer;
  }
}
