import { describe, expect, it } from 'vitest';
import { decodeBlock, encodeBlockBuffer } from '../../src/corpusIndex/columnBlock.js';
import { encodeStrings, StoredStrings } from '../../src/corpusIndex/snapshotColumns.js';

const value = {
  name: 'files',
  numbers: Float64Array.of(1.5, 2, 3),
  nested: { starts: Int32Array.of(-1, 0, 7), marks: Uint32Array.of(4_000_000_000), flags: Uint8Array.of(1, 0, 1, 1, 0) },
  list: ['a', 'b'],
  byNumber: new Map([[3, 'three']]),
};

describe('column blocks', () => {
  it('give back the value, its typed arrays as views of the block: nothing copied', () => {
    const block = encodeBlockBuffer(value);
    const read = decodeBlock<typeof value>(block);
    expect(read).toEqual(value);
    // V8's own deserialiser copies each typed array not aligned to its element size into a buffer of its own.
    for (const column of [read.numbers, read.nested.starts, read.nested.marks, read.nested.flags]) expect(column.buffer).toBe(block.buffer);
  });

  it('read a block that does not start at a multiple of 8 (a snapshot held in a buffer) from one copy', () => {
    const block = encodeBlockBuffer(value);
    const shifted = new Uint8Array(block.length + 3);
    shifted.set(block, 3);
    const read = decodeBlock<typeof value>(shifted.subarray(3));
    expect(read).toEqual(value);
    expect(read.numbers.buffer).toBe(read.nested.starts.buffer);
  });

  it('refuse a block whose columns lie outside it', () => {
    const block = encodeBlockBuffer(value);
    expect(() => decodeBlock(block.subarray(0, block.length - 8))).toThrow(/outside/);
  });
});

describe('stored strings', () => {
  it('give each string and null of a column, the same string each time it is read', () => {
    const strings = new StoredStrings<string | null>(encodeStrings(['Kim Yo Jong', null, '', '台積電']));
    expect(Array.from({ length: strings.length }, (_, i) => strings.at(i))).toEqual(['Kim Yo Jong', null, '', '台積電']);
    expect(strings.at(0)).toBe(strings.at(0));
    expect(strings.at(4)).toBeUndefined();
  });
});
