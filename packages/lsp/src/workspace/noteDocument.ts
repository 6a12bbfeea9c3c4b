import { PieceText, type NoteText } from '@dossier/corpus/query';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';

/**
 * An open note as the server keeps it: what vscode-languageserver-textdocument's TextDocument
 * gives (positions in UTF-16 code units, CRLF, CR and LF line breaks, property-tested against it),
 * but a keystroke neither copies the note nor counts its lines again. The text is in pieces
 * (`PieceText`), and the line starts are a typed array of which an edit rewrites only its own
 * lines and shifts the rest. `getText()` joins the whole text, once per version, when asked.
 */
export class NoteDocument implements TextDocument {
  private constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    private pieces: PieceText,
    private lines: LineStarts,
  ) {}

  /** `piece` is for tests: pieces of a few characters make short notes cross many piece edges. */
  static create(uri: string, languageId: string, version: number, content: string, piece?: number): NoteDocument {
    return new NoteDocument(uri, languageId, version, PieceText.of(content, piece), LineStarts.of(content));
  }

  /** This version's text, to read in stretches (kept by an analysis: later versions do not change it). */
  get text(): NoteText {
    return this.pieces;
  }

  get lineCount(): number {
    return this.lines.count;
  }

  getText(range?: Range): string {
    if (!range) return this.pieces.slice(0);
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    return this.pieces.slice(Math.min(a, b), Math.max(a, b));
  }

  /** Applies an editor's changes in order, each to the text the previous one made (as TextDocument.update). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change) this.replace(this.offsetAt(change.range.start), this.offsetAt(change.range.end), change.text);
      else this.replace(0, this.pieces.length, change.text);
    }
    this.version = version;
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.pieces.length), 0);
    const line = this.lines.lineOf(at);
    const start = this.lines.start(line);
    return { line, character: this.beforeLineBreak(at, start) - start };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lines.count) return this.pieces.length;
    if (position.line < 0) return 0;
    const start = this.lines.start(position.line);
    if (position.character <= 0) return start;
    const next = position.line + 1 < this.lines.count ? this.lines.start(position.line + 1) : this.pieces.length;
    return this.beforeLineBreak(Math.min(start + position.character, next), start);
  }

  /** A line's range, its line break left out (the last line's when `line` is past it). */
  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const at = Math.min(line, this.lines.count - 1);
    const start = this.lines.start(at);
    const next = at + 1 < this.lines.count ? this.lines.start(at + 1) : this.pieces.length;
    // As TextDocument: past the last line, the range runs to the end of the text.
    const end = line >= this.lines.count ? next : this.beforeLineBreak(next, start);
    return { start: { line: at, character: 0 }, end: { line: at, character: end - start } };
  }

  /** The line break that ends a line ('' for the last line, or a line past it). */
  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.lines.count) return '';
    const start = this.lines.start(line);
    const next = line + 1 < this.lines.count ? this.lines.start(line + 1) : this.pieces.length;
    return this.pieces.slice(this.beforeLineBreak(next, start), next);
  }

  /** Old text [start, end) (offsets in either order) becomes `inserted`. */
  private replace(a: number, b: number, inserted: string): void {
    const start = Math.min(a, b);
    const end = Math.max(a, b);
    this.pieces = this.pieces.edited(start, end, inserted);
    this.lines.edited(this.pieces, start, end, inserted.length);
  }

  /** An offset moved back before the line break it is in or after (never before the line's start). */
  private beforeLineBreak(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart && isLineBreak(this.pieces.charCodeAt(at - 1))) at--;
    return at;
  }
}

/**
 * Where each line starts (the first at 0), in a typed array with room to grow: an edit replaces
 * the starts its stretch decides and shifts those after it by its length change.
 */
class LineStarts {
  private constructor(
    private starts: Int32Array,
    public count: number,
  ) {}

  static of(text: string): LineStarts {
    const found = startsIn(text, 0, text.length, 0);
    const starts = new Int32Array(Math.max(16, found.length + 1));
    starts.set(found, 1);
    return new LineStarts(starts, found.length + 1);
  }

  start(line: number): number {
    return this.starts[line]!;
  }

  /** The line an offset is on: the last whose start is at or before it. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid]! > offset) high = mid;
      else low = mid + 1;
    }
    return low - 1;
  }

  /**
   * Old text [start, end) became `length` characters of `text`. Whether an offset starts a line
   * depends on the characters before it and at it (CR LF is one break), so the starts in
   * [start, end] are found again in the new text's [start, start + length]; those after move.
   */
  edited(text: NoteText, start: number, end: number, length: number): void {
    // Line 0 starts at 0 whatever the edit.
    const first = Math.max(1, this.lineOf(start - 1) + 1);
    const after = this.lineOf(end) + 1;
    const from = Math.max(start, 1);
    const found = from <= start + length ? startsIn(text.slice(from - 1, start + length + 1), 1, start + length - from + 1, from - 1) : [];
    this.splice(first, after, found, length - (end - start));
  }

  /** Replaces starts [first, after) with `found`, and moves the starts after them by `delta`. */
  private splice(first: number, after: number, found: number[], delta: number): void {
    const count = first + found.length + (this.count - after);
    if (count > this.starts.length) {
      const grown = new Int32Array(count * 2);
      grown.set(this.starts.subarray(0, this.count));
      this.starts = grown;
    }
    this.starts.copyWithin(first + found.length, after, this.count);
    this.starts.set(found, first);
    for (let i = first + found.length; i < count; i++) this.starts[i]! += delta;
    this.count = count;
  }
}

/**
 * The line starts s with from <= s <= to in `text` (a stretch of the note at `base`): after a
 * line feed, or after a carriage return that no line feed follows. Offsets are the note's.
 */
function startsIn(text: string, from: number, to: number, base: number): number[] {
  const found: number[] = [];
  for (let s = Math.max(from, 1); s <= to && s <= text.length; s++) {
    const before = text.charCodeAt(s - 1);
    if (before === 10 || (before === 13 && text.charCodeAt(s) !== 10)) found.push(s + base);
  }
  return found;
}

function isLineBreak(code: number): boolean {
  return code === 13 || code === 10;
}
