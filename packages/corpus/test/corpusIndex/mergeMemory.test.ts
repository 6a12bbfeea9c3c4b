import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameForm, type MentionForm } from '../../src/analysis/fileAnalysis.js';
import { CorpusMerge } from '../../src/corpusIndex/buildIndex.js';
import { FormKeeper } from '../../src/corpusIndex/keptForms.js';
import { PackedArrays } from '../../src/corpusIndex/packedArrays.js';
import { StagedMentions } from '../../src/corpusIndex/stagedMentions.js';
import { SpilledChunks } from '../../src/corpusIndex/spilledChunks.js';
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

  it('keep full chunks in a file of their own and read them back as written, the file gone once closed', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-spill-'));
    try {
      const spill = new SpilledChunks(folder);
      const chunks = [Uint8Array.from([1, 2, 3]), new Uint8Array(70_000).fill(9), Uint8Array.from([4])];
      const where = chunks.map((c) => spill.put(c));
      expect(where.map((w) => w.length)).toEqual([3, 70_000, 1]);
      expect([...new Uint8Array(spill.get(where[2]!))]).toEqual([4]);
      expect([...new Uint8Array(spill.get(where[0]!))]).toEqual([1, 2, 3]);
      expect(new Uint8Array(spill.get(where[1]!)).every((b) => b === 9)).toBe(true);
      spill.close();
      expect(readdirSync(folder)).toEqual([]);
      expect(() => spill.get(where[0]!)).toThrow(/closed/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("give a merge that keeps its staged files' chunks in a file the same files as one that keeps them in memory", () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-spill-'));
    try {
      // Files of thousands of lines: each fills chunks of its own, so most wait in the file.
      const texts = Array.from({ length: 6 }, (_, f) => Array.from({ length: 3_000 + 500 * f }, (_, i) => (i % 50 === 0 ? `Angela Merkel spoke in Berlin on day ${i}.` : `Line ${i}.`)).join(f % 2 ? '\r\n' : '\n'));
      const analyses = texts.map((text, i) => {
        const outcome = fromBytes(`/corpus/f${i}.txt`, 'text', Buffer.from(text), undefined, 1);
        if (outcome.kind !== 'read') throw new Error(outcome.reason);
        return analyzeFile(outcome.file);
      });
      const spilled = new CorpusMerge(undefined, { spillFolder: folder });
      const kept = new CorpusMerge();
      // Given in another order than the corpus's: the files are read back in corpus order.
      for (const i of [3, 0, 5, 1, 4, 2]) {
        spilled.add(analyses[i]!, `f${i}.txt`, i);
        kept.add(analyses[i]!, `f${i}.txt`, i);
      }
      const [a, b] = [spilled.finish(), kept.finish()];
      expect(a.files.map((f) => f.path)).toEqual(analyses.map((x) => x.path));
      a.files.forEach((file, i) => {
        expect([...file.lines.lineStarts]).toEqual([...analyses[i]!.lineStarts]);
        expect([...file.lines.breakLengths]).toEqual([...b.files[i]!.lines.breakLengths]);
        expect([...file.sentences]).toEqual([...analyses[i]!.sentences]);
      });
      expect(a.entities.map((e) => [e.name, e.mentionCount])).toEqual(b.entities.map((e) => [e.name, e.mentionCount]));
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keep full chunks of staged mentions in the spill file, read back as staged in any order, wide ones too', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-spill-'));
    try {
      // Files of 3,000 mentions: each fills a chunk of its own. The fourth has an article past 16 bits.
      const file = (f: number) => ({
        form: Int32Array.from({ length: 3_000 }, (_, r) => r % 3),
        start: Int32Array.from({ length: 3_000 }, (_, r) => 100 * r + f),
        end: Int32Array.from({ length: 3_000 }, (_, r) => 100 * r + f + 5 + (r % 7)),
        sentence: Int32Array.from({ length: 3_000 }, (_, r) => r >> 2),
        article: Int32Array.from({ length: 3_000 }, (_, r) => (f === 3 ? 70_000 : r >> 8)),
        region: Uint8Array.from({ length: 3_000 }, (_, r) => r % 4),
      });
      const files = Array.from({ length: 12 }, (_, f) => file(f));
      const spilled = new StagedMentions(folder);
      const kept = new StagedMentions();
      const slots = files.map((f) => [spilled.append(f, [4, 5, 6]), kept.append(f, [4, 5, 6])] as const);
      // Only the chunk being filled is in memory (chunks grow with the staging: the last holds the last four files).
      const filling = spilled.bytesInMemory;
      expect(filling).toBeLessThan(kept.bytesInMemory / 2);
      for (const f of [5, 0, 3, 1, 0, 4, 2, 2, 11, 5, 10]) {
        const [a, b] = [spilled.columns(slots[f]![0]), kept.columns(slots[f]![1])];
        for (const name of ['form', 'start', 'length', 'sentence', 'article', 'region'] as const) expect([...a[name]], `file ${f} ${name}`).toEqual([...b[name]]);
        expect(a.article.constructor, `file ${f}`).toBe(b.article.constructor);
        if (f === 3 || f === 0) expect(a.article, `file ${f}`).toBeInstanceOf(f === 3 ? Int32Array : Uint16Array);
      }
      // Two chunks read back at most (of four files at most each), besides the one filled last.
      expect(spilled.bytesInMemory).toBeLessThanOrEqual(filling + 2 * 4 * 3_000 * 23);
      slots.forEach(([a]) => spilled.release(a));
      spilled.releaseAll();
      expect(spilled.bytesInMemory).toBe(0);
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("give a merge that keeps its staged mentions in a file the same entities and mentions as one that keeps them in memory", () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-spill-'));
    try {
      // A name on every line: each file's mentions fill chunks of their own.
      const names = ['Angela Merkel spoke in Berlin', 'Merkel met Emmanuel Macron in Paris', 'Macron left for Madrid'];
      const texts = Array.from({ length: 5 }, (_, f) => Array.from({ length: 1_000 + 200 * f }, (_, i) => `${names[(i + f) % 3]} on day ${i}.`).join('\n'));
      const analyses = texts.map((text, i) => {
        const outcome = fromBytes(`/corpus/m${i}.txt`, 'text', Buffer.from(text), undefined, 1);
        if (outcome.kind !== 'read') throw new Error(outcome.reason);
        return analyzeFile(outcome.file);
      });
      const spilled = new CorpusMerge(undefined, { spillFolder: folder });
      const kept = new CorpusMerge();
      for (const i of [2, 0, 4, 1, 3]) {
        spilled.add(analyses[i]!, `m${i}.txt`, i);
        kept.add(analyses[i]!, `m${i}.txt`, i);
      }
      const [a, b] = [spilled.finish(), kept.finish()];
      expect(a.entities.map((e) => [e.name, e.type, e.mentionCount])).toEqual(b.entities.map((e) => [e.name, e.type, e.mentionCount]));
      expect(a.table.length).toBeGreaterThan(6_000);
      expect(a.table.length).toBe(b.table.length);
      for (const column of ['file', 'start', 'extent', 'article', 'sentence', 'entity'] as const) expect([...a.table[column].subarray(0, a.table.length)], column).toEqual([...b.table[column].subarray(0, b.table.length)]);
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("give a chunk of staged mentions back once its files are consumed, not at the heap's next full collection", () => {
    const staged = new StagedMentions();
    const file = (start: number, length: number, article: number) => ({
      form: Int32Array.of(0),
      start: Int32Array.of(start),
      end: Int32Array.of(start + length),
      sentence: Int32Array.of(0),
      article: Int32Array.of(article),
      region: Uint8Array.of(1),
    });
    // Two files in a chunk of 16-bit columns; a third, in article 70,000, needs a chunk of 32-bit ones.
    const slots = [file(10, 12, 2), file(40, 5, 3), file(7, 9, 70_000)].map((f) => staged.append(f, [4]));
    const first = staged.columns(slots[0]!);
    const last = staged.columns(slots[2]!);
    staged.release(slots[0]!);
    // The chunk still holds the second file: its memory stays.
    expect(first.start.length).toBe(1);
    expect([...staged.columns(slots[1]!).start]).toEqual([40]);
    staged.release(slots[1]!);
    // Both files consumed: the chunk's buffers are detached, their bytes freed.
    expect(first.start.length).toBe(0);
    expect(first.form.buffer.byteLength).toBe(0);
    expect(first.region.buffer.byteLength).toBe(0);
    // The last chunk is still being filled until the staging is spent.
    expect([...last.article]).toEqual([70_000]);
    staged.releaseAll();
    expect(last.article.length).toBe(0);
    expect(last.start.buffer.byteLength).toBe(0);
  });
});
