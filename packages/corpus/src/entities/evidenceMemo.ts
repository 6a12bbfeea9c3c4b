import { ENTITY_TYPES } from './types.js';
import type { Evidence } from './evidence.js';

const TYPES = ENTITY_TYPES.length;

/**
 * Evidence vectors by key, at most `capacity` of them, all in one typed array: a vector kept as a
 * Float32Array of its own cost a typed array and an ArrayBuffer on the heap and a block of malloc
 * (about 250 bytes for 32 of numbers), and an analysis worker kept up to 50,000 of them. When full,
 * the memo is emptied and fills again.
 */
export class EvidenceMemo {
  private readonly slots = new Map<string, number>();
  private readonly values: Float32Array;

  constructor(readonly capacity: number) {
    this.values = new Float32Array(capacity * TYPES);
  }

  get size(): number {
    return this.slots.size;
  }

  /** Copies the key's vector into `into`; false (and `into` untouched) when the memo has none. */
  copyInto(key: string, into: Evidence): boolean {
    const slot = this.slots.get(key);
    if (slot === undefined) return false;
    const from = slot * TYPES;
    for (let type = 0; type < TYPES; type++) into[type] = this.values[from + type]!;
    return true;
  }

  /** Keeps a copy of the vector under the key (emptying the memo first when it is full). */
  set(key: string, evidence: Evidence): void {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      if (this.slots.size >= this.capacity) this.slots.clear();
      slot = this.slots.size;
      this.slots.set(key, slot);
    }
    this.values.set(evidence, slot * TYPES);
  }
}
