import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../src/corpusIndex/keyTable.js';
import { encodeStrings, StoredStrings } from '../../src/corpusIndex/snapshotColumns.js';

// Loose spelling keys as the spelling table holds them: accents, other scripts, an emoji, a null.
const KEYS = ['zelenskyy', 'kim jong un', 'kim', 'jose', 'josé', '東京', 'dmytro kuleba', '🚢 nampo', 'zelensky'];

describe('KeyTable: rows found by string', () => {
  it('finds each string of a snapshot\'s column at its row without decoding the column, and -1 for others', () => {
    const stored = new StoredStrings(encodeStrings(KEYS));
    const table = new KeyTable(stored);
    expect(KEYS.map((key) => table.find(key))).toEqual(KEYS.map((_, row) => row));
    for (const other of ['', 'zelensk', 'zelenskyyy', 'kim jong', 'Kim', 'jos', '東', 'nampo']) expect(table.find(other), other).toBe(-1);
    // Nothing was decoded: the column was searched as bytes.
    expect((stored as unknown as { decoded: unknown }).decoded).toBeNull();
  });

  it('finds the strings of a plain list alike, skips nulls, and finds the last of equal strings, as a Map would', () => {
    const table = new KeyTable(['kim', null, 'putin', 'kim', ''] as (string | null)[]);
    expect([table.find('kim'), table.find('putin'), table.find(''), table.find('null')]).toEqual([3, 2, 4, -1]);
  });

  it('finds every one of many strings, a long one included', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `name ${i} ${'é'.repeat(i % 7)}`);
    keys.push('x'.repeat(500));
    const table = new KeyTable(new StoredStrings(encodeStrings(keys)));
    expect(keys.every((key, row) => table.find(key) === row)).toBe(true);
    expect(table.find('name 5000 ')).toBe(-1);
  });
});
