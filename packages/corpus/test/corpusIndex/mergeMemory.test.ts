import { describe, expect, it } from 'vitest';
import { sameForm, type MentionForm } from '../../src/analysis/fileAnalysis.js';
import { CorpusMerge } from '../../src/corpusIndex/buildIndex.js';
import { FormKeeper } from '../../src/corpusIndex/keptForms.js';
import { PackedArrays } from '../../src/corpusIndex/packedArrays.js';
import { StagedMentions } from '../../src/corpusIndex/stagedMentions.js';
import { analyzeFile } from '../../src/analysis/fileAnalysis.js';
import { fromBytes } from '../../src/files/readCorpusFile.js';

const FLAGS = ['initial', 'acronym', 'commonWordsOnly', 'unvouchedInFile', 'quoted', 'modifier'] as const;

function formOf(fields: Partial<MentionForm> = {}): MentionForm {
  return {
    surface: 'Kim Jong Un',
    key: 'kim jong un',
    initial: false,
    acronym: false,
    commonWordsOnly: false,
    unvouchedInFile: false,
    quoted: false,
    evidence: [1, 0, 0.5],
    nameEvidence: [0, 2],
    descriptions: ['leader'],
    link: null,
    shortFormKeys: ['kim', 'un'],
    modifier: false,
    ...fields,
  };
}

describe("the merge's kept forms", () => {
  it('keep every field of the form, each flag on its own', () => {
    const keeper = new FormKeeper();
    const plain = formOf({ link: 'kim jong un' });
    expect(sameForm(keeper.keep(plain), plain)).toBe(true);
    for (const flag of FLAGS) {
      const form = formOf({ [flag]: true });
      const kept = keeper.keep(form);
      expect(sameForm(kept, form), flag).toBe(true);
      // Only that flag: "Kim Jong Un" opening a sentence is not an acronym too.
      for (const other of FLAGS) expect(kept[other], `${flag} then ${other}`).toBe(other === flag);
    }
  });

  it("share one list of texts and one vector between forms that have the same, not a file's copy", () => {
    const keeper = new FormKeeper();
    const first = formOf();
    const second = formOf({ initial: true, descriptions: ['leader'], shortFormKeys: ['kim', 'un'], evidence: [1, 0, 0.5] });
    const [a, b] = [keeper.keep(first), keeper.keep(second)];
    expect(b.shortFormKeys).toBe(a.shortFormKeys);
    expect(b.descriptions).toBe(a.descriptions);
    expect(b.evidence).toBe(a.evidence);
    expect(a.shortFormKeys).not.toBe(first.shortFormKeys);
    expect(keeper.keep(formOf({ descriptions: [] })).descriptions).toEqual([]);
  });
});

describe('packed typed arrays', () => {
  it('are copies of the arrays, side by side in one buffer, each 32-bit one on a 4-byte boundary', () => {
    const packed = new PackedArrays();
    const breaks = Uint8Array.from([1, 2, 0]);
    const starts = Uint32Array.from([0, 12, 4_000_000_000]);
    const sentences = Int32Array.from([0, 11, -1, 40]);
    const copies = [packed.pack(breaks), packed.pack(starts), packed.pack(sentences)] as const;
    expect([...copies[0]]).toEqual([1, 2, 0]);
    expect([...copies[1]]).toEqual([0, 12, 4_000_000_000]);
    expect([...copies[2]]).toEqual([0, 11, -1, 40]);
    expect(copies[1]).toBeInstanceOf(Uint32Array);
    expect(copies[1].buffer).toBe(copies[0].buffer);
    expect(copies[2].buffer).toBe(copies[0].buffer);
    expect(copies[1].byteOffset % 4).toBe(0);
    starts[1] = 99;
    expect(copies[1][1]).toBe(12);
  });

  it('give a large array a buffer of its own', () => {
    const packed = new PackedArrays();
    const small = packed.pack(new Int32Array(10));
    const large = packed.pack(new Int32Array(1 << 16));
    expect(large.length).toBe(1 << 16);
    expect(large.buffer).not.toBe(small.buffer);
    expect(large.byteLength).toBe(large.buffer.byteLength);
  });

  it("keep each merged file's line starts, line breaks and sentences as its analysis had them", () => {
    const texts = ['SEOUL (Reuters) - Kim Jong Un met Moon Jae-in.\r\nThe talks ended.\n', 'Angela Merkel spoke in Berlin.\n\nShe left.'];
    const merge = new CorpusMerge();
    const analyses = texts.map((text, i) => {
      const outcome = fromBytes(`/corpus/f${i}.txt`, 'text', Buffer.from(text), undefined, 1);
      if (outcome.kind !== 'read') throw new Error(outcome.reason);
      return analyzeFile(outcome.file);
    });
    analyses.forEach((analysis, i) => merge.add(analysis, `f${i}.txt`));
    const index = merge.finish();
    index.files.forEach((file, i) => {
      expect([...file.lines.lineStarts]).toEqual([...analyses[i]!.lineStarts]);
      expect([...file.lines.breakLengths]).toEqual([...analyses[i]!.breakLengths]);
      expect([...file.sentences]).toEqual([...analyses[i]!.sentences]);
    });
    // Each entity's articles, packed likewise: Kim Jong Un is named in the first file's article.
    const kim = index.entities.find((e) => e.name === 'Kim Jong Un')!;
    expect([...kim.articles]).toEqual([0]);
    expect(index.entities.every((e) => e.articles.length > 0)).toBe(true);
  });

  it('stage each mention as its file gave it, a length and an article past 16 bits in 32-bit columns of their own', () => {
    const staged = new StagedMentions();
    const columns = (rows: [number, number, number, number][]) => ({
      form: Int32Array.from(rows, () => 0),
      start: Int32Array.from(rows, (r) => r[0]),
      end: Int32Array.from(rows, (r) => r[1]),
      sentence: Int32Array.from(rows, (r) => r[2]),
      article: Int32Array.from(rows, (r) => r[3]),
      region: Uint8Array.from(rows, () => 1),
    });
    // A name of 12 characters in article 2; a "mention" of 70,000 characters (a file of one
    // capitalised run) in article 70,000; then an ordinary file again.
    const files = [columns([[10, 22, 0, 2]]), columns([[5, 70_005, 1, 70_000], [80_000, 80_004, 9, 1]]), columns([[3, 9, 4, 0]])];
    const slots = files.map((f) => staged.append(f, [7]));
    slots.forEach((slot, i) => {
      const c = staged.columns(slot);
      const rows = Array.from(c.start, (start, row) => [start, start + c.length[row]!, c.sentence[row]!, c.article[row]!]);
      expect(rows).toEqual(Array.from(files[i]!.start, (start, row) => [start, files[i]!.end[row]!, files[i]!.sentence[row]!, files[i]!.article[row]!]));
      expect([...c.form]).toEqual(Array.from(c.form, () => 7));
    });
    expect(staged.columns(slots[0]!).length).toBeInstanceOf(Uint16Array);
    expect(staged.columns(slots[1]!).length).toBeInstanceOf(Int32Array);
  });
});
