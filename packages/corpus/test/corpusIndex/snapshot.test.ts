import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { analyzeCorpusFilesMarked, type MarkedOutcome } from '../../src/analysis/corpusFilePipeline.js';
import { buildCorpusIndex } from '../../src/corpusIndex/buildIndex.js';
import { noCorrections } from '../../src/corpusIndex/corrections.js';
import type { AnalysedMarks } from '../../src/cards/readySentences.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/files/readCorpusFile.js';
import { readAnalysisFile } from '../../src/files/textCache.js';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { SEED_000, SEED_003, seedText } from '../helpers/corpusText.js';
import { MentionTable, StringTable } from '../../src/corpusIndex/mentionTable.js';
import { MentionLoader } from '../../src/corpusIndex/storedEntities.js';
import { BufferSource } from '../../src/corpusIndex/snapshotSource.js';
import { StoredFiles } from '../../src/corpusIndex/storedFiles.js';
import { deserialize } from 'node:v8';
import { deserializeIndex, openSnapshot, serializeIndex, snapshotChunks, snapshotParts, SnapshotError, writeSnapshotSections } from '../../src/corpusIndex/snapshot.js';
import { indexTexts } from '../helpers/indexTexts.js';
import { entityCard, type CardOptions } from '../../src/cards/entityCard.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything a user sees of an index's entities: names, types, counts, lists and every mention. */
function entitiesOf(i: CorpusIndex) {
  return i.entities.map((e) => ({
    index: e.index,
    id: e.id,
    name: e.name,
    type: e.type,
    declared: e.declared,
    firstSeen: e.firstSeen,
    lastSeen: e.lastSeen,
    aliases: e.aliases,
    descriptions: e.descriptions,
    sources: e.sources,
    articles: [...e.articles],
    mentionCount: e.mentionCount,
    mentions: i.mentionsOf(e),
    introduction: i.introducingMention(e),
  }));
}

/** An index's derived tables with each list of strings as an array. */
function plainTables(i: CorpusIndex) {
  const strings = (list: { length: number; at(k: number): string | undefined }) => Array.from({ length: list.length }, (_, k) => list.at(k));
  const { articleEntities, forms, variants } = i.derivedTables();
  return {
    articleEntities,
    forms: { ...forms, keys: strings(forms.keys), forms: strings(forms.forms) },
    variants: { ...variants, looseKeys: strings(variants.looseKeys), forms: strings(variants.forms), keys: strings(variants.keys) },
  };
}

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

  it('give each file and article when asked for one, the same whether asked for one or all', () => {
    // A warm start makes no file or article before its first hover: a card asks for the few it shows.
    const index = indexTexts({ ...FILES, 'c.txt': 'Putin met Kim Jong Un.\n\n---\n\nZelenskyy visited Arizona.\n' });
    const { index: loaded } = deserializeIndex(serializeIndex(index, null));
    expect([loaded.fileCount, loaded.articleCount]).toEqual([index.files.length, index.articles.length]);
    expect(Array.from({ length: loaded.fileCount }, (_, f) => loaded.filePath(f))).toEqual(index.files.map((f) => f.path));
    const last = loaded.articleCount - 1;
    const ref = loaded.article(last);
    expect([ref.id, ref.record.title, ref.record.span]).toEqual([index.articles[last]!.id, index.articles[last]!.record.title, index.articles[last]!.record.span]);
    expect(loaded.articleRecord(last)).toBe(ref.record);
    expect(loaded.file(loaded.fileNumberOf(ref.file.path))).toBe(ref.file);
    expect(loaded.articleById(ref.id)).toBe(ref);
    expect(loaded.articleById(`${ref.file.displayPath}#99`)).toBeUndefined();
    expect(loaded.articles[last]).toBe(ref);
    expect(loaded.files.indexOf(ref.file)).toBe(loaded.fileNumberOf(ref.file.path));
    expect(index.articleById(ref.id)?.record.span).toEqual(ref.record.span);
  });

  it('keep every field of files, articles and entities', () => {
    const index = indexTexts({ ...FILES, 'c.txt': 'Title line\r\n\r\nPhoto: Reuters\r\nKim Yo Jong 🚀 met Putin and Volodymyr Zelenskyy in Vostochny.\r\n' });
    const { index: loaded } = deserializeIndex(serializeIndex(index, null));
    const plain = (i: typeof index) => ({
      files: i.files.map(({ lines, sentences, ...f }) => ({ ...f, articles: JSON.parse(JSON.stringify(f.articles)), sentences: [...sentences], lineStarts: [...lines.lineStarts], breaks: [...lines.breakLengths], length: lines.length })),
      entities: entitiesOf(i),
    });
    expect(plain(loaded)).toEqual(plain(index));
    // Each entity's number of articles, as its list has it, told without a view of the list.
    expect(loaded.entities.map((e) => e.articleCount)).toEqual(index.entities.map((e) => e.articles.length));
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

  it('complete and correct spellings from the stored tables as the index built in memory does', () => {
    // The completion and spelling tables are read as the snapshot's columns, never made into an
    // object per form: every prefix of every used form and every word of the seeds' names must
    // still get the same forms, the same entities, in the same order, and the same corrections.
    const index = indexTexts({ ...FILES, [SEED_000]: seedText(SEED_000), [SEED_003]: seedText(SEED_003) });
    const { index: loaded } = deserializeIndex(serializeIndex(index, null));
    const forms = index.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]);
    const prefixes = [...new Set(forms.flatMap((f) => [f.slice(0, 1), f.slice(0, 3), f]))];
    const completions = (i: CorpusIndex) => prefixes.map((p) => i.formsStartingWith(p, 5).map((f) => `${f.form}=${f.entity.id}`));
    expect(completions(loaded)).toEqual(completions(index));
    expect(completions(loaded).filter((c) => c.length > 1).length).toBeGreaterThan(10);
    const words = [...new Set(forms.flatMap((f) => [f, ...f.split(/\s+/)]))].flatMap((w) => [w, w.replace(/y\b/, ''), w.replace(/-/g, ' ')]);
    const corrections = (i: CorpusIndex) => words.map((w) => i.spellingVariant(w)).map((v) => v && `${v.form}=${v.entity.id}`);
    expect(corrections(loaded)).toEqual(corrections(index));
    expect(corrections(loaded).filter((c) => c !== null).length).toBeGreaterThan(0);
    // Written again from the loaded index, the tables are the ones it was given (its string
    // columns read one by one, as they are decoded when read).
    expect(plainTables(loaded)).toEqual(plainTables(index));
  });

  it('rank companions as the saved index does before any mention is read (a warm start\'s first hover)', () => {
    const index = indexTexts({ [SEED_000]: seedText(SEED_000), [SEED_003]: seedText(SEED_003) });
    const { index: loaded } = deserializeIndex(serializeIndex(index, null));
    const companions = (i: typeof index) => i.coMentionsOf(i.entities.find((e) => e.name === 'Hong Min')!, 5).map((c) => i.entities[c.entity]!.name);
    expect(companions(loaded)).toEqual(companions(index));
    expect(companions(loaded)[0]).toBe('Institute for National Unification');
  });

  it('refuse a damaged or foreign buffer with a clear error', () => {
    expect(() => deserializeIndex(Buffer.from('not a snapshot'))).toThrow(SnapshotError);
    const buffer = serializeIndex(indexTexts(FILES), null);
    expect(() => deserializeIndex(buffer.subarray(0, buffer.length / 2))).toThrow(SnapshotError);
    expect(() => deserializeIndex(buffer.subarray(0, buffer.length - 1))).toThrow(/cut short/);
  });

  it('read from a file, an entity’s mentions only when they are asked for', () => {
    const index = indexTexts({ ...FILES, 'c.txt': 'Kim Yo Jong 🚀 met Putin in Vostochny.\r\nPutin said Kim Yo Jong was welcome.\r\n' });
    const path = join(dir, 'lazy.snapshot');
    writeFileSync(path, Buffer.concat(snapshotParts(index, { stamp: 7 })));
    const { index: loaded, meta } = openSnapshot(path);
    expect(meta).toEqual({ stamp: 7 });
    const kim = loaded.entity('kim-yo-jong')!;
    const count = kim.mentionCount;
    expect(count).toBeGreaterThan(1);
    // Names, counts and lookups answer before a single mention is read.
    expect(loaded.lookup('Kim Yo Jong').map((c) => [c.entity.id, c.entity.mentionCount])).toEqual([['kim-yo-jong', count]]);
    expect(loaded.table.start.every((start) => start === 0)).toBe(true);
    expect(loaded.mentionsOf(kim)).toEqual(index.mentionsOf(index.entity('kim-yo-jong')!));
    expect(Array.from(kim.mentions, (row) => loaded.table.start[row]!).some((start) => start > 0)).toBe(true);
    expect(entitiesOf(loaded)).toEqual(entitiesOf(index));
  });

  it('read only the file and sentence of the companions co-mentions rank, and the rest of their mentions when asked for', () => {
    const index = indexTexts({ ...FILES, 'c.txt': 'Kim Yo Jong 🚀 met Putin in Vostochny.\r\nPutin said Kim Yo Jong was welcome.\r\n' });
    const path = join(dir, 'companions.snapshot');
    writeFileSync(path, Buffer.concat(snapshotParts(index, null)));
    const { index: loaded } = openSnapshot(path);
    const companions = loaded.coMentionsOf(loaded.entity('kim-yo-jong')!).map((c) => loaded.entities[c.entity]!);
    expect(companions.map((e) => e.id)).toEqual(index.coMentionsOf(index.entity('kim-yo-jong')!).map((c) => index.entities[c.entity]!.id));
    const other = companions.find((e) => e.mentionCount > 0)!;
    const starts = () => Array.from(other.sentenceMentions!, (row) => loaded.table.start[row]);
    // Ranked by the sentences it shares: its starts are not read yet.
    expect(starts().every((start) => start === 0)).toBe(true);
    expect(loaded.mentionsOf(other)).toEqual(index.mentionsOf(index.entity(other.id)!));
    expect(entitiesOf(loaded)).toEqual(entitiesOf(index));
  });

  it('read an entity\'s mentions in one read of its block, its companions\' file and sentence in one read of its first bytes', () => {
    // A first card at 100k read its entity's rows from seven column sections, seven reads at seven
    // places of the file: 40% of the card's time in-process on a loaded machine.
    const index = indexTexts({ ...FILES, 'c.txt': 'Kim Yo Jong 🚀 met Putin in Vostochny.\r\nPutin said Kim Yo Jong was welcome.\r\n' });
    const bytes = serializeIndex(index, null);
    const header = deserialize(bytes.subarray(12, 12 + bytes.readUInt32LE(8))) as { mentions: number; sections: Record<string, { offset: number; length: number }> };
    const reads: number[] = [];
    const source = new BufferSource(bytes);
    const counting = { size: source.size, read: (offset: number, length: number, into?: Uint8Array) => (reads.push(length), source.read(offset, length, into)) };
    const table = new MentionTable(header.mentions);
    table.length = header.mentions;
    const starts = Int32Array.from([0, ...index.entities.map((e) => e.mentionCount)]);
    for (let e = 1; e < starts.length; e++) starts[e]! += starts[e - 1]!;
    const loader = new MentionLoader(counting, header.sections.mentions!, starts, table, index.surfaces.strings.length);
    const kim = index.entity('kim-yo-jong')!;
    const putin = index.entity('vladimir-putin') ?? index.entities.find((e) => e !== kim && e.mentionCount > 1)!;
    const rows = loader.rows(kim.index);
    expect(reads).toEqual([kim.mentionCount * 25]);
    expect(Array.from(rows, (row) => [table.file[row], table.start[row], table.endOf(row), table.sentence[row], table.region[row]])).toEqual(
      Array.from(kim.mentions, (row) => [index.table.file[row], index.table.start[row], index.table.endOf(row), index.table.sentence[row], index.table.region[row]]),
    );
    loader.sentenceRows(putin.index);
    loader.rows(putin.index);
    loader.rows(putin.index);
    expect(reads.slice(1)).toEqual([putin.mentionCount * 8, putin.mentionCount * 17]);
  });

  it('place the mentions read one after another in the table, in the order they are read', () => {
    // A first card's entity written where the snapshot has its rows was the first write to a page
    // of each column: 4 KB the system had still to map, 25-40 µs each on the 2-core machine.
    const index = indexTexts({ ...FILES, 'c.txt': 'Kim Yo Jong 🚀 met Putin in Vostochny.\r\nPutin said Kim Yo Jong was welcome.\r\n' });
    const path = join(dir, 'placed.snapshot');
    writeFileSync(path, Buffer.concat(snapshotParts(index, null)));
    const { index: loaded } = openSnapshot(path);
    const [later, earlier] = [loaded.entities.at(-1)!, loaded.entities[0]!];
    const companion = loaded.entities.find((e) => e !== later && e !== earlier && e.mentionCount > 0)!;
    const { table } = loaded;
    expect(Array.from(later.mentions)).toEqual(Array.from({ length: later.mentionCount }, (_, k) => k));
    expect(Array.from(companion.sentenceMentions!)).toEqual(Array.from({ length: companion.mentionCount }, (_, k) => later.mentionCount + k));
    expect(earlier.mentions[0]).toBe(later.mentionCount + companion.mentionCount);
    // Read in another order, each mention is the one the index was written with.
    const mentionsOf = (i: CorpusIndex) => [later, companion, earlier].map((e) => i.mentionsOf(i.entities[e.index]!));
    expect(mentionsOf(loaded)).toEqual(mentionsOf(index));
    expect(Array.from(companion.mentions, (row) => table.entity[row])).toEqual(Array(companion.mentionCount).fill(companion.index));
  });

  it('give a card\'s five companions ranked when it was written, without reading a mention', () => {
    const index = indexTexts({ [SEED_000]: seedText(SEED_000), [SEED_003]: seedText(SEED_003) });
    const path = join(dir, 'ready.snapshot');
    writeFileSync(path, Buffer.concat(snapshotParts(index, null)));
    const { index: loaded } = openSnapshot(path);
    const companions = (i: CorpusIndex, e: CorpusIndex['entities'][number], limit: number) => i.coMentionsOf(e, limit).map((c) => [i.entities[c.entity]!.name, c.count, c.score]);
    for (const entity of index.entities) expect(companions(loaded, loaded.entities[entity.index]!, 5)).toEqual(companions(index, entity, 5));
    expect(companions(loaded, loaded.entities.find((e) => e.name === 'Hong Min')!, 5)[0]![0]).toBe('Institute for National Unification');
    // Not a row of any entity was read for them.
    expect(loaded.table.file.every((f) => f === 0) && loaded.table.sentence.every((s) => s === 0)).toBe(true);
    // A longer list than the five kept is ranked from the mentions, as before.
    const hong = index.entities.find((e) => e.name === 'Hong Min')!;
    expect(companions(loaded, loaded.entities[hong.index]!, 20)).toEqual(companions(index, hong, 20));
  });

  it('keep the sentences each card quotes: a card of the snapshot reads no article, and is the same card', () => {
    const files: Record<string, string> = { ...FILES, [SEED_000]: seedText(SEED_000), [SEED_003]: seedText(SEED_003) };
    const index = indexTexts(files);
    const textOf = (path: string) => files[path] ?? null;
    const path = join(dir, 'sentences.snapshot');
    writeFileSync(path, Buffer.concat(snapshotParts(index, null, textOf)));
    const { index: loaded } = openSnapshot(path);
    const read: string[] = [];
    const unread = (file: string) => (read.push(file), null);
    const card = (i: CorpusIndex, e: CorpusIndex['entities'][number], options: Omit<CardOptions, 'textOf'>, t: CardOptions['textOf']) => JSON.stringify(entityCard(i, e, { ...options, textOf: t }));
    for (const entity of index.entities) expect(card(loaded, loaded.entities[entity.index]!, {}, unread)).toEqual(card(index, entity, {}, textOf));
    expect(read).toEqual([]);
    expect(index.entities.filter((e) => entityCard(index, e, { textOf }).snippets.length === 2).length).toBeGreaterThan(5);
    // Five sentences instead of three: the two more are read from their files.
    const kim = index.entity('kim-yo-jong')!;
    expect(card(loaded, loaded.entities[kim.index]!, { snippets: 5 }, textOf)).toEqual(card(index, kim, { snippets: 5 }, textOf));
  });

  it('give a card with its sentences kept without making their files: the mentions are placed from the columns', () => {
    // A made file holds its articles' records, views of its columns and its paths for good: a
    // first card made three, about a fifth of what it allocated at 100k articles.
    const files: Record<string, string> = { ...FILES, [SEED_000]: seedText(SEED_000), [SEED_003]: seedText(SEED_003) };
    const index = indexTexts(files);
    const textOf = (path: string) => files[path] ?? null;
    const path = join(dir, 'unmade.snapshot');
    writeFileSync(path, Buffer.concat(snapshotParts(index, null, textOf)));
    const { index: loaded } = openSnapshot(path);
    // Made before the spy: the merge's index is columns too (StoredFiles), and its cards read their files.
    const expected = index.entities.map((entity) => JSON.stringify(entityCard(index, entity, { textOf })));
    const made = vi.spyOn(StoredFiles.prototype, 'file');
    try {
      for (const entity of index.entities) {
        const card = entityCard(loaded, loaded.entities[entity.index]!, { textOf: () => null });
        expect(JSON.stringify(card)).toEqual(expected[entity.index]);
      }
      expect(made).not.toHaveBeenCalled();
    } finally {
      made.mockRestore();
    }
    // Multi-line articles: the sentences placed on their lines, as the file's own index places them.
    const quoted = loaded.entities.flatMap((e) => entityCard(loaded, e, { textOf: () => null }).snippets);
    expect(quoted.some((s) => s.mention.range.start.line > 0)).toBe(true);
  });

  it('keep no sentence when written without the corpus files: cards read them, as before', () => {
    const files: Record<string, string> = { [SEED_000]: seedText(SEED_000), [SEED_003]: seedText(SEED_003) };
    const index = indexTexts(files);
    const textOf = (path: string) => files[path] ?? null;
    const { index: loaded } = deserializeIndex(serializeIndex(index, null));
    for (const entity of index.entities) expect(JSON.stringify(entityCard(loaded, loaded.entities[entity.index]!, { textOf }))).toEqual(JSON.stringify(entityCard(index, entity, { textOf })));
    expect(entityCard(loaded, loaded.entity('kim-yo-jong') ?? loaded.entities[0]!, { textOf: () => null }).best).toBeNull();
  });

  it('written a section at a time, say in the header where each section will be before making the mention columns', () => {
    // The cold index writes each chunk and lets it go: a column's length is promised in the header
    // before its bytes exist, and a wrong length would shift every section after it.
    const files: Record<string, string> = { ...FILES, [SEED_000]: seedText(SEED_000) };
    const index = indexTexts(files);
    const chunks = snapshotChunks(index, { stamp: 9 }, (path) => files[path] ?? null);
    const [magic, length, headerBytes] = [chunks.next().value!, chunks.next().value!, chunks.next().value!];
    expect(length.readUInt32LE(0)).toBe(headerBytes.length);
    const header = deserialize(headerBytes) as { mentions: number; sections: Record<string, { offset: number; length: number }> };
    let at = magic.length + length.length + headerBytes.length;
    const written = [magic, length, headerBytes];
    for (const [name, place] of Object.entries(header.sections)) {
      // A section is one buffer, or the mention section's buffers of whole entities' blocks.
      let length = 0;
      while (length < place.length) {
        const bytes = chunks.next().value!;
        length += bytes.length;
        written.push(bytes);
      }
      expect([name, place.offset, place.length]).toEqual([name, at, length]);
      at += length;
    }
    expect(chunks.next().done).toBe(true);
    // Each mention row: six 4-byte columns and a 1-byte region.
    expect(header.sections.mentions!.length).toEqual(header.mentions * 25);
    expect(header.mentions).toBeGreaterThan(0);
    const path = join(dir, 'chunks.snapshot');
    writeFileSync(path, Buffer.concat(written));
    const { index: loaded, meta } = openSnapshot(path);
    expect(meta).toEqual({ stamp: 9 });
    expect(entitiesOf(loaded)).toEqual(entitiesOf(index));
  });

  it('written with its sections first and its header last, into a slot at the front: opens with the same entities, cards and metadata', () => {
    // The cold index's writer makes each section as it writes it (writeSnapshotSections); the
    // header, which needs their lengths, goes last into room left for the longest it could be.
    const files: Record<string, string> = { ...FILES, [SEED_000]: seedText(SEED_000) };
    const index = indexTexts(files);
    const textOf = (path: string) => files[path] ?? null;
    const writes: { bytes: Buffer; position: number }[] = [];
    writeSnapshotSections(index, { stamp: 11 }, (bytes, position) => writes.push({ bytes: Buffer.from(bytes), position }), textOf);
    const file = Buffer.alloc(Math.max(...writes.map((w) => w.position + w.bytes.length)));
    for (const { bytes, position } of writes) bytes.copy(file, position);
    // The header is written last, at the front; the sections after its slot, none overlapping another.
    expect(writes.at(-1)!.position).toBe(0);
    const sections = writes.slice(0, -1);
    expect(sections[0]!.position).toBeGreaterThanOrEqual(writes.at(-1)!.bytes.length);
    for (let i = 1; i < sections.length; i++) expect(sections[i]!.position).toBe(sections[i - 1]!.position + sections[i - 1]!.bytes.length);
    const path = join(dir, 'sections-first.snapshot');
    writeFileSync(path, file);
    const { index: loaded, meta } = openSnapshot(path);
    expect(meta).toEqual({ stamp: 11 });
    expect(entitiesOf(loaded)).toEqual(entitiesOf(index));
    for (const entity of index.entities) expect(JSON.stringify(entityCard(loaded, loaded.entities[entity.index]!, { textOf }))).toEqual(JSON.stringify(entityCard(index, entity, { textOf })));
    expect(index.entities.length).toBeGreaterThan(3);
  });

  it('written a section at a time, a column block in its parts (never copied whole into one buffer), each section the bytes it has when made whole', () => {
    // At 100,000 articles the lookup section's parts concatenated were 40 MB more at the indexing
    // process's peak; the file must be the same, byte for byte, section by section.
    const files: Record<string, string> = { ...FILES, [SEED_000]: seedText(SEED_000) };
    const index = indexTexts(files);
    const textOf = (path: string) => files[path] ?? null;
    const writes: { bytes: Buffer; position: number }[] = [];
    writeSnapshotSections(index, { stamp: 12 }, (bytes, position) => writes.push({ bytes: Buffer.from(bytes), position }), textOf);
    const file = Buffer.alloc(Math.max(...writes.map((w) => w.position + w.bytes.length)));
    for (const { bytes, position } of writes) bytes.copy(file, position);
    const header = deserialize(writes.at(-1)!.bytes.subarray(12)) as { sections: Record<string, { offset: number; length: number }> };
    const lookup = header.sections.lookup!;
    const lookupWrites = writes.filter((w) => w.position >= lookup.offset && w.position < lookup.offset + lookup.length);
    expect(lookupWrites.length).toBeGreaterThan(1);
    for (const w of lookupWrites) expect(w.bytes.length).toBeLessThan(lookup.length);
    const whole = [...snapshotChunks(index, { stamp: 12 }, textOf)].slice(3);
    Object.values(header.sections).forEach((place, i) => expect(file.subarray(place.offset, place.offset + place.length).equals(whole[i]!)).toBe(true));
  });

  it('written with the byte marks made as the files were analysed, read no file whole that has them, and are the same bytes', async () => {
    // At 100,000 articles the writer read 36,000 files whole on the indexing process's last thread
    // to quote three sentences an entity; the workers that analysed them know where their characters are.
    const folder = join(dir, 'marked');
    mkdirSync(folder);
    const texts: Record<string, string | Buffer> = {
      'a.txt': FILES['a.txt'],
      'b.txt': FILES['b.txt'],
      'c.md': 'Talks in Seoul\n\n**Kim Yo Jong** met [Moon Jae-in](https://example.com/moon) in Seoul on Friday.\nKim said the talks were over.\n',
      'd.html': '<p>President <b>Moon Jae-in</b> said on Monday that Kim Yo Jong &amp; her brother would\nreturn to the talks.</p>\n',
      // Latin-1, not UTF-8: no marks, read whole.
      'e.txt': Buffer.from('Prime Minister Fumio Kishida visited S\xe9oul on Monday, the ministry said.\n', 'latin1'),
    };
    const paths = Object.keys(texts).sort().map((name) => join(folder, name));
    for (const path of paths) writeFileSync(path, texts[basename(path)]!);
    const outcomes: MarkedOutcome[] = [];
    for await (const outcome of analyzeCorpusFilesMarked(paths)) outcomes.push(outcome);
    const index = buildCorpusIndex(outcomes.map((o) => ({ analysis: o.result!, displayPath: basename(o.path) })), noCorrections());
    const marks = new Map(outcomes.map((o) => [o.path, o.byteMarks]));
    const readWhole: string[] = [];
    const reading = (path: string) => (readWhole.push(basename(path)), readAnalysisFile(path, DEFAULT_MAX_FILE_BYTES));
    const written = (analysedMarks?: AnalysedMarks) => {
      const writes: { bytes: Buffer; position: number }[] = [];
      writeSnapshotSections(index, { stamp: 13 }, (bytes, position) => writes.push({ bytes: Buffer.from(bytes), position }), reading, analysedMarks);
      const file = Buffer.alloc(Math.max(...writes.map((w) => w.position + w.bytes.length)));
      for (const { bytes, position } of writes) bytes.copy(file, position);
      return file;
    };
    const whole = written();
    expect([...readWhole].sort()).toEqual(['a.txt', 'b.txt', 'c.md', 'd.html', 'e.txt']);
    readWhole.length = 0;
    expect(written((path) => marks.get(path)).equals(whole)).toBe(true);
    expect(readWhole).toEqual(['e.txt']);
    expect(paths.filter((path) => marks.get(path))).toEqual(paths.slice(0, 4));
    // And the sentences are there: a card of the snapshot quotes them without reading a file.
    const snapshot = join(dir, 'marked.snapshot');
    writeFileSync(snapshot, whole);
    const { index: loaded } = openSnapshot(snapshot);
    const kim = loaded.entity('kim-yo-jong')!;
    expect(entityCard(loaded, kim, { textOf: () => null }).snippets.map((s) => s.text)).toContain('Kim Yo Jong met Moon Jae-in in Seoul on Friday.');
  });

  it('refuse a snapshot file cut short, with a clear error', () => {
    const bytes = serializeIndex(indexTexts(FILES), null);
    const path = join(dir, 'short.snapshot');
    writeFileSync(path, bytes.subarray(0, bytes.length - 10));
    expect(() => openSnapshot(path)).toThrow(SnapshotError);
  });
});

describe('the mention table', () => {
  it('gives each mention\'s end from its 16-bit extent, and a mention of 65,535 units or more its own, after the table grew', () => {
    const table = new MentionTable(16);
    const spans = Array.from({ length: 40 }, (_, i) => ({ start: i * 100_000, length: i % 10 === 3 ? 70_000 + i : i % 10 === 7 ? 0xffff : 5 + i }));
    spans.forEach(({ start, length }, i) => table.add(0, start, start + length, 0, i, 0, 0, 0));
    expect(Array.from(spans, (_, row) => table.endOf(row))).toEqual(spans.map(({ start, length }) => start + length));
    expect(table.endOf(3)).toBe(370_003);
  });
});

describe('a large string table', () => {
  it('is made from a million surfaces, as a snapshot of a million articles has (a spread of them overflowed the call stack)', () => {
    const surfaces = Array.from({ length: 1_000_000 }, (_, i) => `Name ${i}`);
    const table = StringTable.of(surfaces);
    expect(table.strings).toHaveLength(1_000_000);
    expect(table.get(999_999)).toBe('Name 999999');
    expect(table.intern('Name 5')).toBe(5);
    expect(table.intern('New name')).toBe(1_000_000);
  });
});
