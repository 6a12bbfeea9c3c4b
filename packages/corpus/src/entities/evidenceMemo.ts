import { ENTITY_TYPES } from './types.js';
import type { Evidence } from './evidence.js';

const TYPES = ENTITY_TYPES.length;

/**
 * A memo's key as 16-bit codes, written in place into one buffer that the next key reuses: no
 * string, no array per key. nameEvidenceKey wrote its codes into an array emptied with
 * `length = 0`, which let go of the array's store, so that every name drafted grew a new one twice
 * (about 440 bytes), and then made a string of the codes, which the memo's Map hashed: 6% of what
 * the 10k corpus's analysis allocated.
 */
export class CodeKey {
  codes = new Uint16Array(256);
  length = 0;

  /** Writes one code (kept modulo 2^16, as String.fromCharCode keeps it). */
  push(code: number): void {
    if (this.length === this.codes.length) {
      const grown = new Uint16Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }

  /** FNV-1a of the codes. */
  hash(): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < this.length; i++) h = Math.imul(h ^ this.codes[i]!, 0x01000193);
    return h;
  }
}

/**
 * Evidence vectors by key, at most `capacity` of them, all in one typed array: a vector kept as a
 * Float32Array of its own cost a typed array and an ArrayBuffer on the heap and a block of malloc
 * (about 250 bytes for 32 of numbers), and an analysis worker kept up to 50,000 of them. When full,
 * the memo is emptied and fills again. The keys are kept as codes in one typed array too, found by
 * open addressing over their hashes: a look-up makes nothing.
 */
export class EvidenceMemo {
  private readonly values: Float32Array;
  /** Per slot: the entry kept there, plus one (0: an empty slot). Twice the capacity or more, a power of two. */
  private readonly slots: Int32Array;
  /** Per entry: its key's hash, and where its codes end in `keyCodes` (they begin where the entry before's end). */
  private readonly hashes: Int32Array;
  private readonly keyEnds: Int32Array;
  private keyCodes: Uint16Array;
  private count = 0;

  constructor(readonly capacity: number) {
    this.values = new Float32Array(capacity * TYPES);
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(capacity * 2 + 1)));
    this.hashes = new Int32Array(capacity);
    this.keyEnds = new Int32Array(capacity);
    this.keyCodes = new Uint16Array(capacity * 16);
  }

  get size(): number {
    return this.count;
  }

  /** Copies the key's vector into `into`; false (and `into` untouched) when the memo has none. */
  copyInto(key: CodeKey, into: Evidence): boolean {
    const entry = this.slots[this.slotOf(key, key.hash())]! - 1;
    if (entry < 0) return false;
    const from = entry * TYPES;
    for (let type = 0; type < TYPES; type++) into[type] = this.values[from + type]!;
    return true;
  }

  /** Keeps a copy of the vector under the key (emptying the memo first when it is full). */
  set(key: CodeKey, evidence: Evidence): void {
    const hash = key.hash();
    let slot = this.slotOf(key, hash);
    let entry = this.slots[slot]! - 1;
    if (entry < 0) {
      if (this.count >= this.capacity) {
        this.slots.fill(0);
        this.count = 0;
        slot = this.slotOf(key, hash);
      }
      entry = this.add(key, hash);
      this.slots[slot] = entry + 1;
    }
    this.values.set(evidence, entry * TYPES);
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private slotOf(key: CodeKey, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0 || (this.hashes[entry] === hash && this.holds(entry, key))) return slot;
    }
  }

  private holds(entry: number, key: CodeKey): boolean {
    const start = entry === 0 ? 0 : this.keyEnds[entry - 1]!;
    if (this.keyEnds[entry]! - start !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.keyCodes[start + i] !== key.codes[i]) return false;
    return true;
  }

  private add(key: CodeKey, hash: number): number {
    const entry = this.count++;
    const start = entry === 0 ? 0 : this.keyEnds[entry - 1]!;
    if (start + key.length > this.keyCodes.length) {
      const grown = new Uint16Array(Math.max(this.keyCodes.length * 2, start + key.length));
      grown.set(this.keyCodes);
      this.keyCodes = grown;
    }
    for (let i = 0; i < key.length; i++) this.keyCodes[start + i] = key.codes[i]!;
    this.hashes[entry] = hash;
    this.keyEnds[entry] = start + key.length;
    return entry;
  }
}
