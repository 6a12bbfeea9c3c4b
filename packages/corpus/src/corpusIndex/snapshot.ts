import { deserialize, serialize } from 'node:v8';
import { decodeBlock, encodeBlock } from './columnBlock.js';
import { ANALYSIS_VERSION } from '../analysis/analysisVersion.js';
import { ENTITY_TYPES } from '../entities/types.js';
import { CorpusIndex, type DerivedTables, type EntityRecord } from './corpusIndex.js';
import { StoredFiles } from './storedFiles.js';
import { MentionTable, StringTable } from './mentionTable.js';
import { NameMatcher } from './nameMatcher.js';
import { encodeAliases, StoredAliases, type AliasColumns } from './storedAliases.js';
import {
  encodeCounted,
  encodeRuns,
  encodeStrings,
  SnapshotError,
  StoredStrings,
  type ArticleColumns,
  type StringColumn,
  type FileColumns,
  withByteMarks,
} from './snapshotColumns.js';
import type { ByteMarks } from '../files/byteMarks.js';
import type { AnalysedFile } from '../files/textCache.js';
import { noReadySentences, readySentenceParts, StoredSentences, type AnalysedMarks, type ReadySentenceTable } from '../cards/readySentences.js';
import { readyCoMentionBytes, StoredCoMentions } from './readyCoMentions.js';
import { BufferSource, FileSource, type SnapshotSource } from './snapshotSource.js';
import { MENTION_COLUMN_BYTES, MENTION_COLUMNS, MENTION_ROW_BYTES, MentionLoader, StoredEntity, StoredEntityColumns, type EntityColumns } from './storedEntities.js';

export { SnapshotError } from './snapshotColumns.js';

/** Raised whenever what a snapshot holds changes; it also carries ANALYSIS_VERSION, since a snapshot holds extraction's results. */
export const SNAPSHOT_SCHEMA = `dossier-index-17.${ANALYSIS_VERSION}`;

/*
 * A snapshot is a header and sections, so that a warm start reads only what it needs:
 *
 *   "DOSSIER\n", the header's length (4 bytes), the header (V8 serialization: schema, the
 *   caller's metadata, where each section is), then the sections (lookup and files as column
 *   blocks, columnBlock.ts: their typed arrays read as views, their strings decoded when read):
 *   lookup   entities, aliases (the name matcher), surface forms, completion and spelling tables
 *   files    files and articles (paths, line starts, sentences, byte marks, titles, sources, dates)
 *   coMentions  each entity's first co-mentions, ranked when the snapshot is written (80 bytes
 *            an entity, read when its card asks: readyCoMentions.ts)
 *   sentences   the sentences each entity's card quotes, UTF-8, read from the corpus files when
 *            the snapshot is written (when it is given them) and when a card asks: readySentences.ts
 *   mentions the mention rows entity by entity, each entity's one block of its columns (file,
 *            sentence, start, end, article, surface, region) as raw little-endian numbers: one
 *            read when a card or a reference needs them (MentionLoader).
 */
const MAGIC = Buffer.from('DOSSIER\n');

type SectionName = 'lookup' | 'files' | 'coMentions' | 'sentences' | 'mentions';

interface Header {
  schema: string;
  meta: unknown;
  mentions: number;
  sections: Record<SectionName, { offset: number; length: number }>;
}

interface LookupSection {
  entities: EntityColumns;
  surfaces: StringColumn;
  /** The name matcher's aliases, sorted by their keys (storedAliases.ts). */
  aliases: AliasColumns;
  derived: StoredDerivedTables;
  /** Where each entity's ready sentences are in the sentences section. */
  sentences: ReadySentenceTable;
}

/** DerivedTables with their strings as columns. */
interface StoredDerivedTables {
  articleEntities: DerivedTables['articleEntities'];
  forms: { keys: StringColumn; forms: StringColumn; entities: Int32Array };
  variants: { looseKeys: StringColumn; forms: StringColumn; keys: StringColumn; entities: Int32Array; uses: Int32Array };
}

interface FilesSection {
  files: FileColumns;
  articles: ArticleColumns;
}

/**
 * A whole index as a list of buffers, written one after another (see above). With `textOf` (the
 * analysed text of a corpus file, maxFileBytes as indexing read it), the cards' sentences are read
 * and kept ready; without it (a team store, tests), cards read their articles. When it gives the
 * file's bytes too (readAnalysisFile), the files read keep byte marks: a card reads one sentence
 * of them, not the file.
 */
export function snapshotParts(index: CorpusIndex, meta: unknown, textOf?: (path: string) => string | AnalysedFile | null): Buffer[] {
  return [...snapshotChunks(index, meta, textOf)];
}

/** A section, its length known before its bytes are made. */
interface PendingSection {
  name: SectionName;
  length: number;
  parts: () => Iterable<Buffer>;
}

/**
 * A section as it can be made: its bytes on demand, as buffers written one after another (a column
 * block's outline and columns, never concatenated: that copy was the section's size again, 40 MB
 * for the lookup section at 100,000 articles), and its length when known without them (a mention column's).
 */
interface SectionMaker {
  name: SectionName;
  length?: number;
  parts: () => Iterable<Buffer>;
}

/**
 * snapshotParts' buffers one at a time, for a writer that lets each go once written: the mention
 * columns (half a snapshot's bytes, 80 MB at 100,000 articles) are each made as they are asked
 * for, their lengths known from the number of mentions, instead of all held until the last is written.
 */
export function* snapshotChunks(index: CorpusIndex, meta: unknown, textOf?: (path: string) => string | AnalysedFile | null): Generator<Buffer> {
  const { makers, mentions } = sectionMakers(index, textOf);
  // The header needs every length: the sections whose length is not known without them are made now.
  const sections = makers.map((m): PendingSection => {
    if (m.length !== undefined) return { name: m.name, length: m.length, parts: m.parts };
    const parts = [...m.parts()];
    return { name: m.name, length: lengthOf(parts), parts: () => parts };
  });
  yield* headerParts(sections, meta, mentions);
  // Each section let go of as it is handed on.
  // The mention section comes in the buffers it is made in (a generator's), never joined: 70 MB at 100,000 articles.
  for (let section = sections.shift(); section; section = sections.shift()) {
    const parts = section.parts();
    if (Array.isArray(parts)) yield joined(parts);
    else yield* parts;
  }
}

/**
 * A whole index written through `write(bytes, position)`, each section made just before it is
 * written and let go of after. snapshotChunks makes the lookup, files and co-mention sections
 * before its header, whose offsets need their lengths, and holds them until each is written: at
 * 100,000 articles that was the indexing process's peak (753 MB while writing, 684 MB at the end
 * of the analysis). Here the header goes last, into a slot at the front as long as the longest
 * header these sections could have; a reader finds each section by its offset, so the slot's
 * unused bytes are never read, and the file opens as snapshotChunks' does. `write` must be done
 * with its bytes when it returns: the mention section's buffer is used again for the next block.
 * `afterSection` is called once each section is written and let go of (the indexing process
 * collects its heap there: coldIndexProcess.ts).
 */
export function writeSnapshotSections(
  index: CorpusIndex,
  meta: unknown,
  write: (bytes: Buffer, position: number) => void,
  textOf?: (path: string) => string | AnalysedFile | null,
  analysedMarks?: AnalysedMarks,
  afterSection: () => void = () => undefined,
): void {
  const { makers, mentions } = sectionMakers(index, textOf, true, analysedMarks);
  const longest = Object.fromEntries(makers.map((m) => [m.name, { offset: LONGEST_NUMBER, length: LONGEST_NUMBER }])) as Header['sections'];
  let at = MAGIC.length + 4 + headerBytes(meta, mentions, longest).length;
  const placed = {} as Header['sections'];
  for (let maker = makers.shift(); maker; maker = makers.shift()) {
    const start = at;
    for (const part of maker.parts()) {
      write(part, at);
      at += part.length;
    }
    placed[maker.name] = { offset: start, length: at - start };
    afterSection();
  }
  const header = headerBytes(meta, mentions, placed);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  write(Buffer.concat([MAGIC, length, header]), 0);
}

/** No offset or length is longer to serialise: V8 writes a number beyond a small integer as a double. */
const LONGEST_NUMBER = 2 ** 52;

function headerBytes(meta: unknown, mentions: number, sections: Header['sections']): Buffer {
  return serialize({ schema: SNAPSHOT_SCHEMA, meta, mentions, sections } satisfies Header);
}

/**
 * The snapshot's sections in file order, each made when asked. The cards' sentences are read first,
 * as the lookup and files sections need their table, and written first: their bytes (18 MB at
 * 100,000 articles) are let go of before the lookup and files sections are made, the write's peak.
 * A reader finds each section by its offset, whatever their order.
 */
/**
 * `oneAtATime`: the caller is done with each buffer of the mention section before it asks for the next (see mentionBlocks).
 * `analysedMarks`: the files' byte marks made as they were analysed (readySentenceParts).
 */
function sectionMakers(
  index: CorpusIndex,
  textOf?: (path: string) => string | AnalysedFile | null,
  oneAtATime = false,
  analysedMarks?: AnalysedMarks,
): { makers: SectionMaker[]; mentions: number } {
  const starts = entityStarts(index.entities);
  const mentions = starts[index.entities.length]!;
  const { table, byteMarks, parts } = textOf ? readySentenceParts(index, textOf, analysedMarks) : { table: noReadySentences(index.entities.length), parts: [], byteMarks: [] };
  let sentenceParts: Buffer[] | null = parts;
  const makers: SectionMaker[] = [
    { name: 'sentences', length: lengthOf(parts), parts: () => handedOver() },
    { name: 'lookup', parts: () => encodeBlock(encodeLookup(index, starts, table) satisfies LookupSection) },
    { name: 'files', parts: () => encodeBlock(filesSection(index, byteMarks)) },
    { name: 'coMentions', parts: () => [readyCoMentionBytes(index)] },
    { name: 'mentions', length: mentions * MENTION_ROW_BYTES, parts: () => mentionBlocks(index.table, index.entities, starts, oneAtATime) },
  ];
  /** The sentences' bytes, which nothing here holds once handed over. */
  function handedOver(): Buffer[] {
    const handed = sentenceParts ?? [];
    sentenceParts = null;
    return handed;
  }
  return { makers, mentions };
}

/** The index's own columns, the merge's or a snapshot's (nothing made or copied), with the byte marks read as it is written. */
function filesSection(index: CorpusIndex, byteMarks: readonly (ByteMarks | null)[]): FilesSection {
  const { files, articles } = index.fileColumns();
  return { files: withByteMarks(files, byteMarks), articles };
}

/** A section's parts as one buffer, as snapshotChunks hands each section on. */
function joined(parts: Buffer[]): Buffer {
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

function lengthOf(parts: readonly Buffer[]): number {
  return parts.reduce((sum, part) => sum + part.length, 0);
}

/** The magic bytes, the header's length and the header, which says where each section will be. */
function headerParts(sections: readonly PendingSection[], meta: unknown, mentions: number): Buffer[] {
  const placed = {} as Header['sections'];
  const header = (offset: number) => {
    let at = offset;
    for (const { name, length } of sections) {
      placed[name] = { offset: at, length };
      at += length;
    }
    return headerBytes(meta, mentions, placed);
  };
  // The header's length depends on the offsets it holds, which depend on its length: settle it.
  let bytes = header(0);
  for (let previous = -1; previous !== bytes.length; ) {
    previous = bytes.length;
    bytes = header(MAGIC.length + 4 + previous);
  }
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bytes.length);
  return [MAGIC, length, bytes];
}

/** A whole index as one buffer (see snapshotParts). */
export function serializeIndex(index: CorpusIndex, meta: unknown, textOf?: (path: string) => string | AnalysedFile | null): Buffer {
  return Buffer.concat(snapshotParts(index, meta, textOf));
}

/** The index and the caller's metadata back from a buffer; throws SnapshotError for a foreign or damaged one. */
export function deserializeIndex(buffer: Uint8Array): { index: CorpusIndex; meta: unknown } {
  return open(new BufferSource(buffer));
}

/**
 * The index of a snapshot file: lookup tables, files and articles are read at once (each file and
 * article made when first asked for: storedFiles.ts), each entity's mentions when first needed
 * (the file stays open for that). Throws SnapshotError for a foreign or damaged snapshot, and the
 * file system's errors when it cannot be read.
 */
export function openSnapshot(path: string): { index: CorpusIndex; meta: unknown } {
  return open(new FileSource(path));
}

function open(source: SnapshotSource): { index: CorpusIndex; meta: unknown } {
  const header = readHeader(source);
  try {
    return { index: decode(source, header), meta: header.meta };
  } catch (error) {
    throw error instanceof SnapshotError ? error : new SnapshotError(`damaged snapshot: ${(error as Error).message}`);
  }
}

function readHeader(source: SnapshotSource): Header {
  let header: Header;
  try {
    const start = source.read(0, Math.min(source.size, MAGIC.length + 4));
    if (start.length < MAGIC.length + 4 || !Buffer.from(start.subarray(0, MAGIC.length)).equals(MAGIC)) throw new Error('not a Dossier snapshot');
    const length = Buffer.from(start).readUInt32LE(MAGIC.length);
    header = deserialize(source.read(MAGIC.length + 4, length)) as Header;
  } catch (error) {
    throw new SnapshotError(`unreadable snapshot: ${(error as Error).message}`);
  }
  if (!header || header.schema !== SNAPSHOT_SCHEMA) throw new SnapshotError(`snapshot schema ${String(header?.schema)} is not ${SNAPSHOT_SCHEMA}`);
  for (const [name, { offset, length }] of Object.entries(header.sections)) {
    if (offset + length > source.size) throw new SnapshotError(`snapshot is cut short: its ${name} section ends at ${offset + length} of ${source.size} bytes`);
  }
  return header;
}

function decode(source: SnapshotSource, header: Header): CorpusIndex {
  const section = <T>(name: SectionName) => decodeBlock<T>(source.read(header.sections[name].offset, header.sections[name].length));
  const lookup = section<LookupSection>('lookup');
  const stored = section<FilesSection>('files');
  const files = new StoredFiles(stored.files, stored.articles);
  const e = new StoredEntityColumns(lookup.entities);
  if (e.data.mentionStarts[e.count] !== header.mentions) throw new SnapshotError('snapshot entities do not add up to its mentions');
  const table = new MentionTable(header.mentions);
  table.length = header.mentions;
  const surfaces = new StoredStrings(lookup.surfaces);
  const loader = new MentionLoader(source, header.sections.mentions, e.data.mentionStarts, table, surfaces.length);
  const entities = Array.from({ length: e.count }, (_, i) => new StoredEntity(e, i, loader));
  const index = new CorpusIndex(files, entities, table, StringTable.of(surfaces), NameMatcher.of(new StoredAliases(lookup.aliases, entities.length)));
  index.restoreDerivedTables(decodeDerived(lookup.derived));
  index.restoreReadyCoMentions(new StoredCoMentions(source, header.sections.coMentions, entities.length));
  index.restoreReadySentences(new StoredSentences(source, header.sections.sentences, lookup.sentences, entities));
  return index;
}

/**
 * Where each entity's rows start in the mention columns, which hold them entity after entity, each
 * entity's in corpus order. The rows are read from the entities as their blocks are written, not
 * copied into one list first: 11 MB at 100,000 articles, held through the write, the indexing
 * process's peak.
 */
function entityStarts(entities: readonly EntityRecord[]): Int32Array {
  const starts = new Int32Array(entities.length + 1);
  entities.forEach((e, i) => (starts[i + 1] = starts[i]! + e.mentionCount));
  return starts;
}

/** Rows of the mention section per buffer it is made in (1.6 MB): the section is never made whole. */
const MENTION_CHUNK_ROWS = 1 << 16;

/**
 * The mention section in buffers of whole entities' blocks (see MentionLoader), about
 * MENTION_CHUNK_ROWS rows each. `oneAtATime` (a writer done with each buffer before it asks for the
 * next): every block made in one buffer, reused. A new buffer per block left 70 MB of them at
 * 100,000 articles for the heap to find, and the write holds the thread with few objects made:
 * the indexing process's RSS rose by 20–30 MB between collections.
 */
function* mentionBlocks(table: MentionTable, entities: readonly EntityRecord[], starts: Int32Array, oneAtATime: boolean): Generator<Buffer> {
  const count = starts.length - 1;
  let reused = Buffer.alloc(0);
  for (let first = 0, next = 0; first < count; first = next) {
    next = first + 1;
    while (next < count && starts[next + 1]! - starts[first]! <= MENTION_CHUNK_ROWS) next++;
    const bytes = (starts[next]! - starts[first]!) * MENTION_ROW_BYTES;
    if (oneAtATime && reused.length < bytes) reused = Buffer.allocUnsafe(bytes);
    const out = oneAtATime ? reused.subarray(0, bytes) : Buffer.allocUnsafe(bytes);
    for (let e = first; e < next; e++) writeBlock(table, entities[e]!.mentions, out, (starts[e]! - starts[first]!) * MENTION_ROW_BYTES);
    yield out;
  }
}

/** One entity's block: each column's values for `rows`, column after column. */
function writeBlock(table: MentionTable, rows: Int32Array, out: Buffer, at: number): void {
  for (const name of MENTION_COLUMNS) {
    if (name === 'region') for (let i = 0; i < rows.length; i++) out[at + i] = table.region[rows[i]!]!;
    else {
      // The snapshot keeps each mention's end; the table its extent.
      const values = name === 'end' ? endsOf(table, rows) : gathered(table[name], rows);
      if (LITTLE_ENDIAN) out.set(new Uint8Array(values.buffer, 0, rows.length * 4), at);
      else for (let i = 0; i < rows.length; i++) out.writeInt32LE(values[i]!, at + 4 * i);
    }
    at += rows.length * MENTION_COLUMN_BYTES[name];
  }
}

/** Whether this machine's typed arrays hold numbers as the snapshot does (little-endian). */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
let scratch = new Int32Array(1 << 10);

/**
 * A column's values at `rows`, in a scratch array used again by the next call: copied into the
 * block at once. A block's 32-bit columns start anywhere in its buffer (a row is 25 bytes), and
 * writing each value with writeInt32LE was most of the mention section's time (0.8 s at 100,000 articles).
 */
function gathered(column: Int32Array, rows: Int32Array): Int32Array {
  const values = scratchFor(rows.length);
  for (let i = 0; i < rows.length; i++) values[i] = column[rows[i]!]!;
  return values;
}

/** The ends of the mentions at `rows`, as `gathered` gives a column's values. */
function endsOf(table: MentionTable, rows: Int32Array): Int32Array {
  const values = scratchFor(rows.length);
  for (let i = 0; i < rows.length; i++) values[i] = table.endOf(rows[i]!);
  return values;
}

function scratchFor(length: number): Int32Array {
  if (scratch.length < length) scratch = new Int32Array(Math.max(length, scratch.length * 2));
  return scratch;
}

function encodeLookup(index: CorpusIndex, mentionStarts: Int32Array, sentences: ReadySentenceTable): LookupSection {
  const entities = index.entities;
  return {
    entities: {
      ids: encodeStrings(entities.map((e) => e.id)),
      names: encodeStrings(entities.map((e) => e.name)),
      types: Uint8Array.from(entities, (e) => ENTITY_TYPES.indexOf(e.type)),
      declared: Uint8Array.from(entities, (e) => (e.declared ? 1 : 0)),
      firstSeen: encodeStrings(entities.map((e) => e.firstSeen)),
      lastSeen: encodeStrings(entities.map((e) => e.lastSeen)),
      mentionStarts,
      articles: encodeRuns(
        entities.map((e) => e.articles),
        (length) => new Int32Array(length),
      ),
      aliases: encodeCounted(entities.map((e) => e.aliases)),
      descriptions: encodeCounted(entities.map((e) => e.descriptions)),
      sources: encodeCounted(entities.map((e) => e.sources)),
    },
    surfaces: encodeStrings(index.surfaces.strings),
    aliases: encodeAliases(index.matcher),
    derived: encodeDerived(index.derivedTables()),
    sentences,
  };
}

function encodeDerived({ articleEntities, forms, variants }: DerivedTables): StoredDerivedTables {
  return {
    articleEntities,
    forms: { keys: encodeStrings(forms.keys), forms: encodeStrings(forms.forms), entities: forms.entities },
    variants: { looseKeys: encodeStrings(variants.looseKeys), forms: encodeStrings(variants.forms), keys: encodeStrings(variants.keys), entities: variants.entities, uses: variants.uses },
  };
}

function decodeDerived({ articleEntities, forms, variants }: StoredDerivedTables): DerivedTables {
  return {
    articleEntities,
    forms: { keys: new StoredStrings(forms.keys), forms: new StoredStrings(forms.forms), entities: forms.entities },
    variants: { looseKeys: new StoredStrings(variants.looseKeys), forms: new StoredStrings(variants.forms), keys: new StoredStrings(variants.keys), entities: variants.entities, uses: variants.uses },
  };
}
