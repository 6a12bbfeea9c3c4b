import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, statSync } from 'node:fs';
import type { IndexedFile } from '../corpusIndex/corpusIndex.js';
import { analysisText, formatOf, type FileFormat } from '../text/markup.js';
import type { Span } from '../text/positions.js';
import { byteMarksOf, type ByteMarks } from './byteMarks.js';
import { readFully } from './readCorpusFile.js';

/** How a span's bytes are read: the disk's by default, a counting one in tests. */
export interface FileBytes {
  /** The file's size and modification time now, or null when it is gone or unreadable. */
  stat(path: string): { size: number; mtimeMs: number } | null;
  /** `length` bytes from `position` (fewer at the end of the file), or null when unreadable. */
  read(path: string, position: number, length: number): Uint8Array | null;
}

/** What `stat` returns, or null when the file is gone or unreadable. */
function stampOrNull(statOf: () => { size: number; mtimeMs: number }): { size: number; mtimeMs: number } | null {
  try {
    const { size, mtimeMs } = statOf();
    return { size, mtimeMs };
  } catch {
    return null;
  }
}

export const diskBytes: FileBytes = {
  stat: (path) => stampOrNull(() => statSync(path)),
  read(path, position, length) {
    try {
      const fd = openSync(path, 'r');
      try {
        return readFully(fd, position, length);
      } finally {
        closeSync(fd);
      }
    } catch {
      return null;
    }
  },
};

/**
 * One file's bytes read through one descriptor, opened when first asked for and kept until `close`:
 * for a reader of many spans of the file (a snapshot's writer), which would otherwise open it
 * again for each piece, and look its path up again for its stamp.
 */
class OneFileBytes implements FileBytes {
  private fd: number | null = null;
  private failed = false;

  stat(path: string): { size: number; mtimeMs: number } | null {
    const fd = this.opened(path);
    return fd === null ? null : stampOrNull(() => fstatSync(fd));
  }

  read(path: string, position: number, length: number): Uint8Array | null {
    const fd = this.opened(path);
    if (fd === null) return null;
    try {
      return readFully(fd, position, length);
    } catch {
      return null;
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private opened(path: string): number | null {
    if (this.fd === null && !this.failed) {
      try {
        this.fd = openSync(path, 'r');
      } catch {
        this.failed = true;
      }
    }
    return this.fd;
  }
}

export function oneFileBytes(): FileBytes & { close(): void } {
  return new OneFileBytes();
}

const CHANGED = 'the file changed since it was indexed';

/** Characters of a file's analysed text, or why they cannot be quoted. */
export type SpanText = { text: string } | { reason: string };

/**
 * Characters `span` of a file's analysed text (markup blanked, as indexing read it), read through
 * its byte `marks`: the bytes of the span and of what blanking it needs around it, not the file.
 * `sentence` is the sentence the span is in (its whole span). A file whose size or modification
 * time is not the indexed one gives a reason, never a quote from other text: the watcher indexes
 * it again.
 */
export function readSpan(bytes: FileBytes, file: IndexedFile, marks: ByteMarks, span: Span, sentence: Span): SpanText {
  return spanReader(bytes, file, marks, false)(span, sentence);
}

/**
 * readSpan for many spans of one file: its size and modification time checked once, each line
 * blanked once (a snapshot's writer reads the sentences of 36,000 files so, at 100,000 articles,
 * instead of reading each file whole). With `wholePieces`, each piece of its bytes is read and
 * decoded once and the spans sliced from it: for a reader that keeps none of the texts (a kept
 * slice would keep its piece).
 */
export function spanReader(bytes: FileBytes, file: IndexedStamp, marks: ByteMarks, wholePieces: boolean): (span: Span, sentence: Span) => SpanText {
  const changed = changedSinceIndexed(bytes, file);
  if (changed !== null) return () => ({ reason: changed });
  const reader = new MarkedText(bytes, file.path, marks, wholePieces);
  const format = formatOf(file.path) ?? 'text';
  const blanked = new Map<string, string>();
  return (span, sentence) => spanOf(reader, format, span, sentence, blanked);
}

/** What says whether a file is the one indexed. */
export type IndexedStamp = Pick<IndexedFile, 'path' | 'size' | 'mtimeMs'>;

/** Why a file's indexed offsets no longer hold (gone, or another size or modification time), or null. */
export function changedSinceIndexed(bytes: FileBytes, file: IndexedStamp): string | null {
  const now = bytes.stat(file.path);
  if (now === null) return 'the file cannot be read';
  return now.size !== file.size || now.mtimeMs !== file.mtimeMs ? CHANGED : null;
}

/**
 * A file's byte marks when every sentence read through them is the sentence indexing read (the
 * file's bytes and analysed text in hand, as a snapshot is written), else null: the file is then
 * read whole. HTML blanked from the start of a sentence's line cannot see a tag opened on a line
 * before ("<b>" at the end of one line, "Smith</b> said" on the next: the "</b>" closes nothing).
 */
export function checkedByteMarks(file: Pick<IndexedFile, 'path' | 'sentences'>, bytes: Uint8Array, analysed: string): ByteMarks | null {
  const marks = byteMarksOf(bytes);
  const format = formatOf(file.path) ?? 'text';
  if (marks === null || marks[marks.length - 2] !== analysed.length) return null;
  // Plain text is its decoded bytes: pieces of valid UTF-8 cut at characters decode to its slices.
  if (format === 'text') return marks;
  const inMemory: FileBytes = { stat: () => null, read: (_path, position, length) => bytes.subarray(position, position + length) };
  const reader = new MarkedText(inMemory, file.path, marks);
  // The sentences of one line share its blanking.
  const blanked = new Map<string, string>();
  for (let s = 0; s < file.sentences.length; s += 2) {
    const sentence = { start: file.sentences[s]!, end: file.sentences[s + 1]! };
    const read = spanOf(reader, format, sentence, sentence, blanked);
    if (!('text' in read) || read.text !== analysed.slice(sentence.start, sentence.end)) return null;
  }
  return marks;
}

/**
 * Characters `span` of the analysed text. Markdown and HTML are blanked from the start of the line
 * the sentence starts on to the end of the line it ends on: Markdown is blanked line by line
 * (links, emphasis and markers never cross a \n), and a tag or an entity is whole; whether that is
 * the file's blanking is checked per sentence when the marks are made (checkedByteMarks).
 */
function spanOf(reader: MarkedText, format: FileFormat, span: Span, sentence: Span, blanked = new Map<string, string>()): SpanText {
  if (format === 'text') return reader.slice(span.start, span.end);
  const [from, to] = [reader.lineStartBefore(sentence.start), reader.lineEndAfter(sentence.end)];
  if (from === null || to === null) return { reason: CHANGED };
  const key = `${from}:${to}`;
  let text = blanked.get(key);
  if (text === undefined) {
    const piece = reader.slice(from, to);
    if (!('text' in piece)) return piece;
    blanked.set(key, (text = analysisText(piece.text, format)));
  }
  return { text: text.slice(span.start - from, span.end - from) };
}

/** A file's decoded text read piece by piece between its byte marks; each piece read once. */
class MarkedText {
  private readonly pieces = new Map<number, string | null>();
  readonly length: number;

  constructor(
    private readonly bytes: FileBytes,
    private readonly path: string,
    private readonly marks: ByteMarks,
    /** Whether a span is sliced from its pieces decoded whole (a reader of many spans), not decoded from its own bytes. */
    private readonly wholePieces = false,
  ) {
    this.length = marks[marks.length - 2]!;
  }

  /** Characters [start, end) of the decoded text. */
  slice(start: number, end: number): SpanText {
    if (start < 0 || end > this.length || start > end) return { reason: CHANGED };
    const parts: string[] = [];
    for (let m = this.markAtOrBefore(start); m < this.marks.length - 2 && this.marks[m]! < end; m += 2) {
      const at = this.marks[m]!;
      const part = this.part(m, Math.max(0, start - at), Math.min(this.marks[m + 2]! - at, end - at));
      if (part === null) return { reason: CHANGED };
      parts.push(part);
    }
    return { text: parts.join('') };
  }

  /**
   * Characters [from, to) of the piece after mark m. Unless the piece is decoded already, only
   * those characters' bytes are: a sentence of a plain text file decoded its piece (4,096
   * characters) whole, and the card kept it, the sentence being a slice of it, as long as it
   * kept the card. Null when the piece is not the text indexed (see `piece`).
   */
  private part(m: number, from: number, to: number): string | null {
    const decoded = this.wholePieces ? this.piece(m) : this.pieces.get(m);
    if (decoded !== undefined) return decoded === null ? null : decoded.slice(from, to);
    const read = this.pieceBytes(m);
    if (read === null) return null;
    const [fromByte, toByte] = [byteOfUnit(read, from), byteOfUnit(read, to)];
    // A bound inside a surrogate pair (a sentence cut inside an emoji) is half a character: from the decoded piece.
    if (fromByte < 0 || toByte < 0) return this.piece(m)?.slice(from, to) ?? null;
    return DECODER.decode(read.subarray(fromByte, toByte)).replaceAll('\u0000', ' ');
  }

  /** The bytes between mark m and the next when they are the UTF-8 of as many units as indexed, else null. */
  private pieceBytes(m: number): Uint8Array | null {
    const [unit, byte, nextUnit, nextByte] = [this.marks[m]!, this.marks[m + 1]!, this.marks[m + 2]!, this.marks[m + 3]!];
    const read = this.bytes.read(this.path, byte, nextByte - byte);
    return read && read.length === nextByte - byte && isUtf8(read) && byteOfUnit(read, nextUnit - unit) === read.length ? read : null;
  }

  /** Where the line holding `offset` starts: after the last \n before it, or the text's start. */
  lineStartBefore(offset: number): number | null {
    if (offset <= 0) return 0;
    for (let m = this.markAtOrBefore(offset - 1); m >= 0; m -= 2) {
      const piece = this.piece(m);
      if (piece === null) return null;
      const found = piece.lastIndexOf('\n', offset - 1 - this.marks[m]!);
      if (found >= 0) return this.marks[m]! + found + 1;
    }
    return 0;
  }

  /** Where the line holding the character before `offset` ends: after its \n, or the text's end. */
  lineEndAfter(offset: number): number | null {
    const from = Math.max(0, offset - 1);
    for (let m = this.markAtOrBefore(from); m < this.marks.length - 2; m += 2) {
      const piece = this.piece(m);
      if (piece === null) return null;
      const found = piece.indexOf('\n', Math.max(0, from - this.marks[m]!));
      if (found >= 0) return this.marks[m]! + found + 1;
    }
    return this.length;
  }

  /** The mark (its index in `marks`) of the piece holding `offset`. */
  private markAtOrBefore(offset: number): number {
    let low = 0;
    let high = this.marks.length / 2 - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.marks[mid * 2]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low * 2;
  }

  /** The text between mark m and the next, or null when its bytes do not decode to as many units as indexed. */
  private piece(m: number): string | null {
    let piece = this.pieces.get(m);
    if (piece === undefined) {
      const [unit, byte, nextUnit, nextByte] = [this.marks[m]!, this.marks[m + 1]!, this.marks[m + 2]!, this.marks[m + 3]!];
      const read = this.bytes.read(this.path, byte, nextByte - byte);
      // NUL became a space when indexing decoded the file: one unit either way.
      const text = read && read.length === nextByte - byte ? DECODER.decode(read).replaceAll('\u0000', ' ') : null;
      piece = text !== null && text.length === nextUnit - unit ? text : null;
      this.pieces.set(m, piece);
    }
    return piece;
  }
}

/**
 * Where the character at UTF-16 offset `unit` starts in valid UTF-8 `bytes` (bytes.length at the
 * end); -1 inside a surrogate pair, or past the end.
 */
function byteOfUnit(bytes: Uint8Array, unit: number): number {
  let units = 0;
  for (let at = 0; at < bytes.length; at++) {
    const b = bytes[at]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: no character starts here
    if (units === unit) return at;
    if (units > unit) return -1;
    units += b >= 0xf0 ? 2 : 1; // four bytes are a surrogate pair in UTF-16
  }
  return units === unit ? bytes.length : -1;
}

// A U+FEFF inside the file is a character; indexing dropped only the BOM, which no piece starts with.
const DECODER = new TextDecoder('utf-8', { ignoreBOM: true });
