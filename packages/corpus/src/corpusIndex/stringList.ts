/** Strings by number: an array, or a snapshot's column (snapshotColumns.ts StoredStrings). */
export interface StringList<T extends string | null = string> {
  readonly length: number;
  at(i: number): T | undefined;
}
