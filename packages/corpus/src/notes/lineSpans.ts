import { editDelta, type NoteEdit } from './noteEdit.js';
import type { NoteText } from './noteText.js';
import type { Span, SpanList } from './spanList.js';

/** Finds spans in text[from, to), a run of whole lines; each span lies inside one line. */
export type LineFinder<T> = (text: NoteText, from: number, to: number) => Span<T>[];

/** The whole lines an edit touched (`touchedLines`) and their text in the new note. */
export interface TouchedLines {
  lines: NoteEdit;
  text: string;
}

/**
 * The lines an edit touched, read once for all the searches of one edit: a keystroke's alias
 * comments, quotations and headings each looked for the line's start and end, and each read the
 * line again (nine searches of the note and three copies of the line for one character typed).
 */
export function readTouchedLines(text: NoteText, edit: NoteEdit): TouchedLines {
  const lines = touchedLines(text, edit);
  return { lines, text: text.slice(lines.start, lines.start + lines.length) };
}

/**
 * Spans that never cross a line feed (quotations, headings), after an edit: the lines the edit
 * touched (`touched`, read by readTouchedLines) are searched again, the spans of every other line
 * are kept and shifted by `delta` (the edit's, editDelta).
 */
export function refreshLines<T>(old: SpanList<T>, touched: TouchedLines, delta: number, find: LineFinder<T>): SpanList<T> {
  const { lines, text } = touched;
  // The lines start at a line start of the note: searched alone, they give the same spans, at offsets from lines.start.
  const found = find(text, 0, text.length);
  for (const span of found) {
    span.start += lines.start;
    span.end += lines.start;
  }
  return old.splice(old.firstFrom(lines.start), found, old.firstFrom(lines.end), delta);
}

/**
 * The edit widened to the whole lines it touched (line feeds included): old text[start, end)
 * became new text[start, start + length), where `text` is the new text.
 */
export function touchedLines(text: NoteText, edit: NoteEdit): NoteEdit {
  const start = edit.start === 0 ? 0 : text.lastIndexOf('\n', edit.start - 1) + 1;
  const lineFeed = text.indexOf('\n', edit.start + edit.length);
  const end = lineFeed < 0 ? text.length : lineFeed + 1;
  return { start, end: end - editDelta(edit), length: end - start };
}

/**
 * Every match of a global regular expression that starts in text[from, to), as a whole-text
 * search would find them when no match crosses `from` (a line start) or `to` (after a line feed).
 * `pattern` must be a regular expression made for this call (a literal in the caller's body):
 * the search moves its lastIndex. It must never match across a line feed (one may end a match)
 * nor look behind one: it is run on the lines from `from` to `to` alone, so that a line with no
 * match does not send it through the rest of a 1 MB note (an alias comment looked for on each
 * keystroke's line in a note that has none). `item` says what to keep of a match; null leaves it out.
 */
export function regexSpans<T>(pattern: RegExp, text: NoteText, from: number, to: number, item: (m: RegExpExecArray) => T | null): Span<T>[] {
  if (!pattern.global) throw new TypeError(`regexSpans needs a global pattern, not ${pattern}`);
  const lineStart = from === 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
  const lineFeed = text.indexOf('\n', Math.max(from, to - 1));
  const lines = text.slice(lineStart, lineFeed < 0 ? text.length : lineFeed + 1);
  pattern.lastIndex = from - lineStart;
  const out: Span<T>[] = [];
  for (let m = pattern.exec(lines); m && m.index + lineStart < to; m = pattern.exec(lines)) {
    const value = item(m);
    const start = m.index + lineStart;
    if (value !== null) out.push({ start, end: start + m[0].length, item: value });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}
