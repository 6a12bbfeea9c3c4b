import type { NoteText } from './noteText.js';

/**
 * The length pieces are cut to from a whole text, and when an edit's piece grew past twice that
 * (a piece grows by typing until then), for a text of `length` characters. A keystroke copies its
 * piece (about 1.5 pieces' characters) and the list of pieces (about 12 bytes a piece), so the
 * least it copies is at a piece of about sqrt(8 * length): 1 KB for a 100 KB note (about 3 KB a
 * keystroke where 8 KB pieces copied 12 KB), 2 KB for a 1 MB one. Tests choose a few characters,
 * so that short notes cross many piece edges.
 */
function pieceLengthFor(length: number): number {
  return 2 ** Math.min(14, Math.max(10, Math.round(Math.log2(Math.sqrt(8 * length)))));
}

/**
 * An immutable text kept in pieces of up to twice `pieceLengthFor` its length (1-2 KB as first
 * cut for a 100 KB-1 MB note): an edit makes a new text that shares every piece but the one or two
 * it touched, so typing into a 1 MB note copies a few KB and a list of ~500 pieces, never the note. Read in stretches (`slice`, `charCodeAt`,
 * `indexOf`); the whole text as one string only when asked (`slice(0)`), joined once.
 */
export class PieceText implements NoteText {
  private joined: string | null = null;

  private constructor(
    private readonly pieces: readonly string[],
    /** Where each piece ends (so piece k is [ends[k - 1] ?? 0, ends[k])). */
    private readonly ends: Int32Array,
    private readonly piece: number,
  ) {}

  static of(text: string, piece = pieceLengthFor(text.length)): PieceText {
    return PieceText.from(cut(text, piece), piece);
  }

  private static from(pieces: string[], piece: number): PieceText {
    const ends = new Int32Array(pieces.length);
    let at = 0;
    pieces.forEach((p, k) => (ends[k] = at += p.length));
    return new PieceText(pieces, ends, piece);
  }

  /** How many pieces the text is in (tests: that they saw texts in several). */
  get pieceCount(): number {
    return this.pieces.length;
  }

  get length(): number {
    return this.ends.length === 0 ? 0 : this.ends[this.ends.length - 1]!;
  }

  /** The text with [start, end) replaced by `inserted` (offsets clamped, as a string's slice would). */
  edited(start: number, end: number, inserted: string): PieceText {
    const from = clamp(start, this.length);
    const to = Math.max(from, clamp(end, this.length));
    if (this.pieces.length === 0) return PieceText.of(inserted, this.piece);
    const first = this.pieceAt(from);
    const last = to > from ? this.pieceAt(to - 1) : first;
    const middle = this.pieces[first]!.slice(0, from - this.startOf(first)) + inserted + this.pieces[last]!.slice(to - this.startOf(last));
    // A short piece joins the next one, so that deletions do not leave a trail of tiny pieces.
    const joinNext = middle.length < this.piece / 4 && last + 1 < this.pieces.length;
    const replaced = joinNext ? middle + this.pieces[last + 1]! : middle;
    const pieces = this.pieces.slice(0, first).concat(cut(replaced, this.piece), this.pieces.slice(last + (joinNext ? 2 : 1)));
    return PieceText.from(pieces, this.piece);
  }

  charCodeAt(index: number): number {
    const at = Math.trunc(index) || 0;
    if (at < 0 || at >= this.length) return NaN;
    const k = this.pieceAt(at);
    return this.pieces[k]!.charCodeAt(at - this.startOf(k));
  }

  slice(start = 0, end?: number): string {
    const from = relative(start, this.length);
    const to = end === undefined ? this.length : relative(end, this.length);
    if (to <= from) return '';
    if (from === 0 && to === this.length) return (this.joined ??= this.pieces.join(''));
    const first = this.pieceAt(from);
    const last = this.pieceAt(to - 1);
    const offset = this.startOf(first);
    if (first === last) return this.pieces[first]!.slice(from - offset, to - offset);
    return this.pieces.slice(first, last + 1).join('').slice(from - offset, to - offset);
  }

  indexOf(search: string, position = 0): number {
    const from = clamp(position, this.length);
    if (search.length === 0) return from;
    for (let k = from >= this.length ? this.pieces.length : this.pieceAt(from); k < this.pieces.length; k++) {
      const start = this.startOf(k);
      const i = this.withOverlap(k, search).indexOf(search, Math.max(0, from - start));
      if (i >= 0) return start + i;
    }
    return -1;
  }

  lastIndexOf(search: string, position?: number): number {
    const at = position === undefined || Number.isNaN(position) ? this.length : clamp(position, this.length);
    if (this.length === 0) return search.length === 0 ? 0 : -1;
    for (let k = this.pieceAt(Math.min(at, this.length - 1)); k >= 0; k--) {
      const start = this.startOf(k);
      const i = this.withOverlap(k, search).lastIndexOf(search, at - start);
      if (i >= 0) return start + i;
    }
    return -1;
  }

  toString(): string {
    return this.slice(0);
  }

  /** Piece k and as many characters after it as a match starting in it may need. */
  private withOverlap(k: number, search: string): string {
    const piece = this.pieces[k]!;
    return search.length <= 1 ? piece : piece + this.slice(this.ends[k]!, this.ends[k]! + search.length - 1);
  }

  /** The piece that holds offset `at` (0 <= at < length). */
  private pieceAt(at: number): number {
    let low = 0;
    let high = this.ends.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.ends[mid]! > at) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  private startOf(k: number): number {
    return k === 0 ? 0 : this.ends[k - 1]!;
  }
}

/** A text as one piece, or cut into pieces of `piece` characters when longer than two (none when it is empty). */
function cut(text: string, piece: number): string[] {
  if (text.length <= 2 * piece) return text.length === 0 ? [] : [text];
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += piece) pieces.push(text.slice(at, at + piece));
  return pieces;
}

/** An offset as a string's indexOf reads it: within [0, length]. */
function clamp(at: number, length: number): number {
  return Math.min(Math.max(Math.trunc(at) || 0, 0), length);
}

/** An offset as a string's slice reads it: negative counts from the end. */
function relative(at: number, length: number): number {
  const n = Math.trunc(at) || 0;
  return n < 0 ? Math.max(0, length + n) : Math.min(n, length);
}
