import { describe, expect, it } from 'vitest';
import { deserializeIndex, serializeIndex, SnapshotError } from '../../src/corpusIndex/snapshot.js';
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

  it('keep every field of files, articles and entities', () => {
    const index = indexTexts({ ...FILES, 'c.txt': 'Title line\r\n\r\nPhoto: Reuters\r\nKim Yo Jong 🚀 met Putin and Volodymyr Zelenskyy in Vostochny.\r\n' });
    const { index: loaded } = deserializeIndex(serializeIndex(index, null));
    const plain = (i: typeof index) => ({
      files: i.files.map(({ lines, sentences, ...f }) => ({ ...f, articles: JSON.parse(JSON.stringify(f.articles)), sentences: [...sentences], lineStarts: [...lines.lineStarts], breaks: [...lines.breakLengths], length: lines.length })),
      entities: i.entities.map(({ mentions, articles, ...e }) => ({ ...e, mentions: [...mentions], articles: [...articles] })),
    });
    expect(plain(loaded)).toEqual(plain(index));
    expect(loaded.files.flatMap((f) => f.articles).some((a) => a.paragraphs.length > 0)).toBe(true);
    const forms = (i: typeof index) => i.formsStartingWith('K', 10).map((f) => [f.form, f.entity.id]);
    expect(forms(loaded)).toEqual(forms(index));
    expect(forms(loaded).length).toBeGreaterThan(1);
    expect(loaded.spellingVariant('Kim Yo-jong')).toBeNull();
    expect(loaded.spellingVariant('Zelensky')?.form).toBe('Zelenskyy');
    expect(loaded.coMentionsOf(loaded.entity('kim-yo-jong')!).map((c) => loaded.entities[c.entity]!.name)).toEqual(
      index.coMentionsOf(index.entity('kim-yo-jong')!).map((c) => index.entities[c.entity]!.name),
    );
  });

  it('refuse a damaged or foreign buffer with a clear error', () => {
    expect(() => deserializeIndex(Buffer.from('not a snapshot'))).toThrow(SnapshotError);
    const buffer = serializeIndex(indexTexts(FILES), null);
    expect(() => deserializeIndex(buffer.subarray(0, buffer.length / 2))).toThrow(SnapshotError);
  });
});
