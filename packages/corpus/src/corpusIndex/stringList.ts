import type { StringColumn } from './fileColumns.js';

/** Strings by number: an array, or a snapshot's column (snapshotColumns.ts StoredStrings). */
export interface StringList<T extends string | null = string> {
  readonly length: number;
  at(i: number): T | undefined;
  /** A snapshot's strings as they are stored, undecoded (keyTable.ts searches them there). */
  readonly column?: StringColumn;
}
