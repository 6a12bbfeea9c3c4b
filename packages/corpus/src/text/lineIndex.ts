import type { Position, Range, Span } from './positions.js';

/**
 * Maps UTF-16 offsets to LSP positions and back. Line breaks are \n, \r\n and a lone \r,
 * as the LSP specification says; a \r\n pair is one break.
 */
export class LineIndex {
  /** Offset where each line starts. */
  readonly lineStarts: Uint32Array;
  /** Length of the break ending each line (0, 1 or 2); positions never point inside a break. */
  readonly breakLengths: Uint8Array;

  constructor(
    readonly length: number,
    lineStarts: Uint32Array,
    breakLengths: Uint8Array,
  ) {
    this.lineStarts = lineStarts;
    this.breakLengths = breakLengths;
  }

  static of(text: string): LineIndex {
    const starts: number[] = [0];
    const breaks: number[] = [];
    // Most files break lines with \n alone: found by indexOf, a native scan, not a loop over each character.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        breaks.push(1);
        starts.push(i + 1);
      }
      breaks.push(0);
      return new LineIndex(text.length, Uint32Array.from(starts), Uint8Array.from(breaks));
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 /* \r */) {
        const crlf = text.charCodeAt(i + 1) === 10;
        if (crlf) i++;
        breaks.push(crlf ? 2 : 1);
        starts.push(i + 1);
      } else if (code === 10 /* \n */) {
        breaks.push(1);
        starts.push(i + 1);
      }
    }
    breaks.push(0);
    return new LineIndex(text.length, Uint32Array.from(starts), Uint8Array.from(breaks));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    return positionIn(this.length, this.lineStarts, this.breakLengths, 0, this.lineStarts.length, offset);
  }

  /** Clamps positions past the end of a line or of the file, as clients may send them. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.length;
    const lineStart = this.lineStarts[position.line]!;
    return Math.max(lineStart, Math.min(lineStart + Math.max(0, position.character), this.lineEnd(position.line)));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  spanOf(range: Range): Span {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }

  /** Offset of the end of a line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.length;
    return this.lineStarts[line + 1]! - this.breakLengths[line]!;
  }
}

/**
 * `LineIndex.positionAt` for the lines `from` to `to` of columns holding many files' lines (a
 * snapshot's, snapshotColumns.ts), `length` the file's text length: a card's mention is placed
 * without making the file's LineIndex and views of its columns.
 */
export function positionIn(length: number, lineStarts: ArrayLike<number>, breakLengths: ArrayLike<number>, from: number, to: number, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, length));
  let low = from;
  let high = to - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (lineStarts[mid]! <= clamped) low = mid;
    else high = mid - 1;
  }
  const lineEnd = low + 1 >= to ? length : lineStarts[low + 1]! - breakLengths[low]!;
  return { line: low - from, character: Math.min(clamped, lineEnd) - lineStarts[low]! };
}
