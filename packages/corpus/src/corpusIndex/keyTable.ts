import type { StringColumn } from './fileColumns.js';
import type { StringList } from './stringList.js';

/**
 * The rows of a list of strings found by string, through a hash table of their UTF-8 bytes: a
 * snapshot's column is searched where it lies, none of its strings decoded. The spelling table's
 * loose keys (about 30,000 at 100,000 articles) were put in a `Map` on the first hover after a warm
 * start: every key decoded, 17.5 ms of CPU and 4.5 MB of heap kept for good (load 15); this table
 * is one typed array of row numbers. Equal strings: the last row is found, as a `Map` set row by
 * row would.
 */
export class KeyTable {
  /** Row + 1 in each slot, 0 for an empty one; linear probing from the string's hash. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly column: StringColumn;
  /** The string looked up, as UTF-8 (grown when a longer one comes). */
  private query = new Uint8Array(64);

  constructor(strings: StringList<string | null>) {
    this.column = strings.column ?? encodeColumn(strings);
    const rows = this.column.offsets.length - 1;
    let size = 16;
    while (size < rows * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let row = 0; row < rows; row++) this.insert(row);
  }

  /** The row of a string, or -1. */
  find(text: string): number {
    const length = this.encode(text);
    const { bytes } = this.column;
    for (let slot = hashOf(this.query, 0, length) & this.mask; ; slot = (slot + 1) & this.mask) {
      const row = this.slots[slot]! - 1;
      if (row < 0) return -1;
      const end = this.column.offsets[row + 1]!;
      const start = startOf(this.column, row);
      if (end - start === length && sameBytes(bytes, start, this.query, 0, length)) return row;
    }
  }

  private insert(row: number): void {
    const { bytes, offsets } = this.column;
    const end = offsets[row + 1]!;
    if (end < 0) return;
    const start = startOf(this.column, row);
    for (let slot = hashOf(bytes, start, end - start) & this.mask; ; slot = (slot + 1) & this.mask) {
      const other = this.slots[slot]! - 1;
      const otherStart = other < 0 ? 0 : startOf(this.column, other);
      if (other < 0 || (offsets[other + 1]! - otherStart === end - start && sameBytes(bytes, otherStart, bytes, start, end - start))) {
        this.slots[slot] = row + 1;
        return;
      }
    }
  }

  /** Writes `text` as UTF-8 into `query`; returns its length in bytes. */
  private encode(text: string): number {
    if (this.query.length < text.length * 3) this.query = new Uint8Array(text.length * 3);
    return ENCODER.encodeInto(text, this.query).written;
  }
}

const ENCODER = new TextEncoder();

function startOf(column: StringColumn, row: number): number {
  const previous = column.offsets[row]!;
  return previous < 0 ? -previous - 1 : previous;
}

/** FNV-1a over `length` bytes from `start`. */
function hashOf(bytes: Uint8Array, start: number, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < start + length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash >>> 0;
}

function sameBytes(a: Uint8Array, aStart: number, b: Uint8Array, bStart: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a[aStart + i] !== b[bStart + i]) return false;
  return true;
}

/** A list of strings made into a column (an index built in memory holds its keys as strings). */
function encodeColumn(strings: StringList<string | null>): StringColumn {
  const encoded: Uint8Array[] = [];
  const offsets = new Int32Array(strings.length + 1);
  let at = 0;
  for (let i = 0; i < strings.length; i++) {
    const text = strings.at(i) ?? null;
    const bytes = text === null ? null : ENCODER.encode(text);
    if (bytes) encoded.push(bytes);
    at += bytes?.length ?? 0;
    offsets[i + 1] = bytes ? at : -at - 1;
  }
  const bytes = new Uint8Array(at);
  let offset = 0;
  for (const part of encoded) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { bytes, offsets };
}
