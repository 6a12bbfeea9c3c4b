import { describe, expect, it } from 'vitest';
import { deserializeIndex, serializeIndex, SnapshotError } from '../../src/index/snapshot.js';
import { indexTexts } from '../helpers/indexTexts.js';

const FILES = {
  'a.txt': 'Kim Yo Jong, sister of leader Kim Jong Un, said on Thursday the talks were over. Kim rejected dialogue with Seoul.\n',
  'b.txt': 'Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) will invest in Arizona, TSMC said on Monday.\n',
};

describe('index snapshots', () => {
  it('give back an index that answers exactly as the one saved', () => {
    const index = indexTexts(FILES);
    const { index: loaded, meta } = deserializeIndex(serializeIndex(index, { stamp: 42 }));
    expect(meta).toEqual({ stamp: 42 });
    expect(loaded.entities.map((e) => [e.id, e.name, e.type, e.mentions.length])).toEqual(index.entities.map((e) => [e.id, e.name, e.type, e.mentions.length]));
    const kim = loaded.entity('kim-yo-jong')!;
    expect(loaded.mentionsOf(kim)).toEqual(index.mentionsOf(index.entity('kim-yo-jong')!));
    expect(loaded.lookup('台積電').map((c) => c.entity.name)).toEqual(['Taiwan Semiconductor Manufacturing Co']);
    expect(loaded.lookup('Kim').map((c) => c.entity.name)).toEqual(index.lookup('Kim').map((c) => c.entity.name));
  });

  it('refuse a damaged or foreign buffer with a clear error', () => {
    expect(() => deserializeIndex(Buffer.from('not a snapshot'))).toThrow(SnapshotError);
    const buffer = serializeIndex(indexTexts(FILES), null);
    expect(() => deserializeIndex(buffer.subarray(0, buffer.length / 2))).toThrow(SnapshotError);
  });
});
