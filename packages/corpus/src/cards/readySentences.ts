import type { CorpusIndex, EntityRecord, ReadySentences } from '../corpusIndex/corpusIndex.js';
import { FILE_FIELDS, SnapshotError } from '../corpusIndex/snapshotColumns.js';
import type { SnapshotSource } from '../corpusIndex/snapshotSource.js';
import type { ByteMarks } from '../files/byteMarks.js';
import { checkedByteMarks, oneFileBytes, spanReader, type FileBytes, type IndexedStamp } from '../files/spanReader.js';
import type { AnalysedFile } from '../files/textCache.js';
import { DEFAULT_QUOTED, quotedRows, quotedSpan } from './entityCard.js';

/**
 * Where each entity's ready sentences are in a snapshot: entity e's are entries starts[e] to
 * starts[e + 1]; entry i is the sentence of mention number positions[i] of the entity (an index
 * into its `mentions`), as UTF-8 bytes textStarts[i] to textEnds[i] of the sentences section.
 */
export interface ReadySentenceTable {
  starts: Int32Array;
  positions: Int32Array;
  textStarts: Int32Array;
  textEnds: Int32Array;
}

/** What a snapshot writer needs of one quoted sentence. */
interface Wanted {
  entity: number;
  position: number;
  file: number;
  start: number;
  end: number;
  /** The file's sentence it is (of), by number: markup is blanked from its lines (spanReader.ts). */
  sentence: number;
}

/** A file's byte marks as they were made when it was analysed (analyzeCorpusFilesMarked), by path; undefined when not known. */
export type AnalysedMarks = (path: string) => ByteMarks | null | undefined;

/**
 * The sentences a card with the default settings quotes, for every entity: chosen as the card
 * chooses them (quotedRows), then read file by file, each file once, with `textOf`. A first card
 * then reads no article file (17–22% of its time at 100k articles, and most of what it allocated).
 * A sentence that cannot be read now (a file changed or gone) is left out: the card reads it.
 * The byte marks of each file read (when `textOf` gives its bytes), by file number: another
 * card's sentence of it is then read alone (spanReader.ts). A file whose marks `analysedMarks`
 * knows is not read whole: its sentences are read through them, and they are its marks.
 */
export function readySentenceParts(
  index: CorpusIndex,
  textOf: (path: string) => string | AnalysedFile | null,
  analysedMarks?: AnalysedMarks,
): { table: ReadySentenceTable; parts: Buffer[]; byteMarks: (ByteMarks | null)[] } {
  const wanted = wantedSentences(index).sort((a, b) => a.file - b.file || a.entity - b.entity || a.position - b.position);
  const kept: Kept[] = [];
  const bytes = new ByteChunks();
  const byteMarks: (ByteMarks | null)[] = [];
  const columns = analysedMarks ? index.fileColumns().files : null;
  for (let i = 0; i < wanted.length; ) {
    const file = wanted[i]!.file;
    // By number: the index's files (the merge's columns) are not made for this.
    const path = index.filePath(file);
    const marks = analysedMarks?.(path);
    const bytesOfFile = marks ? oneFileBytes() : null;
    const sentenceOf = marks ? sentencesThroughMarks(index, file, bytesOfFile!, { path, size: columns!.numbers[file * FILE_FIELDS + 2]!, mtimeMs: columns!.mtimes[file]! }, marks) : sentencesOfText(index, file, path, textOf(path), byteMarks);
    if (marks) byteMarks[file] = marks;
    // The entities of one sentence quote it once. By span, not by text: a kept slice of the file's
    // text would keep the whole text alive until the last file is read.
    const placed = new Map<number, number>();
    for (; i < wanted.length && wanted[i]!.file === file; i++) {
      const w = wanted[i]!;
      // One number per span: a file's text is at most 2^26 units (maxFileBytes is at most 64 MB).
      const span = w.start * 2 ** 27 + w.end;
      let at = placed.get(span);
      if (at === undefined) {
        const sentence = sentenceOf(w);
        // UTF-8 would turn half a surrogate pair (a sentence cut inside an emoji) into U+FFFD.
        if (sentence === null || LONE_SURROGATE.test(sentence)) continue;
        placed.set(span, (at = kept.length));
        bytes.append(sentence);
        kept.push({ entity: w.entity, position: w.position, textStart: bytes.lastStart, textEnd: bytes.size });
      } else kept.push({ entity: w.entity, position: w.position, textStart: kept[at]!.textStart, textEnd: kept[at]!.textEnd });
    }
    bytesOfFile?.close();
  }
  return { table: tableOf(kept, index.entities.length), parts: bytes.parts(), byteMarks };
}

/** A ready sentence: whose, and where its bytes are among all written. */
interface Kept {
  entity: number;
  position: number;
  textStart: number;
  textEnd: number;
}

/** The wanted sentences of a file read whole (`read`, null when it cannot be), its byte marks made from its bytes when given. */
function sentencesOfText(index: CorpusIndex, file: number, path: string, read: string | AnalysedFile | null, byteMarks: (ByteMarks | null)[]): (w: Wanted) => string | null {
  const text = typeof read === 'string' || read === null ? read : read.text;
  if (read !== null && typeof read !== 'string') byteMarks[file] = checkedByteMarks({ path, sentences: index.sentencesOf(file) }, read.bytes, read.text);
  return (w) => (text !== null && w.end <= text.length ? text.slice(w.start, w.end) : null);
}

/** The wanted sentences of a file read alone through its byte marks (null: it changed since it was indexed). */
function sentencesThroughMarks(index: CorpusIndex, file: number, bytes: FileBytes, stamp: IndexedStamp, marks: ByteMarks): (w: Wanted) => string | null {
  // Each sentence is written out at once, and none is kept: the file's pieces are decoded whole, once.
  const read = spanReader(bytes, stamp, marks, true);
  return (w) => {
    const sentence = { start: index.sentenceBound(file, w.sentence * 2), end: index.sentenceBound(file, w.sentence * 2 + 1) };
    const text = read({ start: w.start, end: w.end }, sentence);
    return 'text' in text ? text.text : null;
  };
}

/** Bytes of a chunk: large enough that few are made, small enough that a chunk's unused end wastes little. */
const CHUNK_BYTES = 1 << 20;

/**
 * UTF-8 texts written one after another into buffers of a megabyte, never joined: a buffer per
 * sentence (150,000 at 100,000 articles, each an object of its own on a pool slab) joined at the
 * end held the sentences' 18 MB three times over while the snapshot's write began.
 */
class ByteChunks {
  private readonly full: Buffer[] = [];
  private chunk = Buffer.alloc(0);
  private used = 0;

  /** Where the text written last starts among all written (it ends at `size`). */
  lastStart = 0;
  /** The bytes written so far. */
  size = 0;

  /** Writes a text after the others. */
  append(text: string): void {
    const length = Buffer.byteLength(text, 'utf8');
    if (this.used + length > this.chunk.length) {
      if (this.used > 0) this.full.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, length));
      this.used = 0;
    }
    this.chunk.write(text, this.used, 'utf8');
    this.used += length;
    this.lastStart = this.size;
    this.size += length;
  }

  /** The bytes written, in order. */
  parts(): Buffer[] {
    return this.used > 0 ? [...this.full, this.chunk.subarray(0, this.used)] : [...this.full];
  }
}

/** No sentence ready (a snapshot written without reading the corpus files). */
export function noReadySentences(entityCount: number): ReadySentenceTable {
  return { starts: new Int32Array(entityCount + 1), positions: new Int32Array(0), textStarts: new Int32Array(0), textEnds: new Int32Array(0) };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function wantedSentences(index: CorpusIndex): Wanted[] {
  const wanted: Wanted[] = [];
  for (const entity of index.entities) {
    const rows = quotedRows(index, entity, index.introducingRowOf(entity, -1), DEFAULT_QUOTED, () => true);
    for (const row of rows) {
      const { start, end } = quotedSpan(index, row);
      wanted.push({ entity: entity.index, position: positionOf(entity.mentions, row), file: index.table.file[row]!, start, end, sentence: index.table.sentence[row]! });
    }
  }
  return wanted;
}

/** Where a row is in an entity's mentions: a snapshot numbers its rows otherwise than the index it was written from. */
function positionOf(rows: Int32Array, row: number): number {
  const k = rows.indexOf(row);
  if (k < 0) throw new Error(`row ${row} is not a mention of its entity`);
  return k;
}

/** The kept sentences, entity by entity (a counting sort). */
function tableOf(kept: readonly Kept[], entityCount: number): ReadySentenceTable {
  const starts = new Int32Array(entityCount + 1);
  for (const k of kept) starts[k.entity + 1]!++;
  for (let e = 0; e < entityCount; e++) starts[e + 1]! += starts[e]!;
  const next = starts.slice(0, entityCount);
  const positions = new Int32Array(kept.length);
  const textStarts = new Int32Array(kept.length);
  const textEnds = new Int32Array(kept.length);
  for (const k of kept) {
    const i = next[k.entity]!++;
    positions[i] = k.position;
    textStarts[i] = k.textStart;
    textEnds[i] = k.textEnd;
  }
  return { starts, positions, textStarts, textEnds };
}

/** A snapshot's ready sentences: an entity's read (one read per sentence) when its card asks. */
export class StoredSentences implements ReadySentences {
  constructor(
    private readonly source: SnapshotSource,
    private readonly section: { offset: number; length: number },
    private readonly table: ReadySentenceTable,
    entities: readonly EntityRecord[],
  ) {
    const { starts, positions, textStarts, textEnds } = table;
    if (starts.length !== entities.length + 1 || starts[entities.length] !== positions.length) throw new SnapshotError('snapshot ready sentences do not fit its entities');
    for (let e = 0; e < entities.length; e++) {
      for (let i = starts[e]!; i < starts[e + 1]!; i++) {
        if (positions[i]! < 0 || positions[i]! >= entities[e]!.mentionCount || textStarts[i]! < 0 || textStarts[i]! > textEnds[i]! || textEnds[i]! > section.length) {
          throw new SnapshotError(`snapshot ready sentence ${i} does not fit entity ${e}`);
        }
      }
    }
  }

  of(entity: EntityRecord): Map<number, string> | null {
    const { starts, positions, textStarts, textEnds } = this.table;
    if (starts[entity.index] === starts[entity.index + 1]) return null;
    const rows = entity.mentions;
    const sentences = new Map<number, string>();
    for (let i = starts[entity.index]!; i < starts[entity.index + 1]!; i++) {
      const bytes = this.source.read(this.section.offset + textStarts[i]!, textEnds[i]! - textStarts[i]!);
      sentences.set(rows[positions[i]!]!, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    }
    return sentences;
  }
}
