import type { NoteEdit, NoteText, ResolvedNames } from '@dossier/corpus/query';
import type { SemanticTokensEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { noteTextOf } from './noteAnalysis.js';

// LSP semantic tokens as numbers: five per token (line and start relative to the previous token,
// length, type, modifiers), and the edits between two such arrays. A whole note's numbers are kept
// in an Int32Array (150,000 of them for a 1 MB note: copied, compared and collected cheaply).

/**
 * The one edit that turns `before` into `after`: what lies between their common start and their
 * common end. A keystroke changes a few tokens, so that is a few numbers. (vscode-languageserver's
 * SemanticTokensBuilder diffs the same way, but numbers its results by the clock: two results in
 * one millisecond share an id, and a delta against the wrong one would colour the wrong words.)
 * `known` says how many numbers at the start and at the end are known to be equal (reencode's
 * unchanged head and tail): the comparison starts past them, with the same result.
 */
export function tokenEdits(before: Int32Array, after: Int32Array, known: { head: number; tail: number } = { head: 0, tail: 0 }): SemanticTokensEdit[] {
  let head = Math.min(known.head, before.length, after.length);
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = Math.min(known.tail, before.length - head, after.length - head);
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  if (head === before.length && head === after.length) return [];
  return [{ start: head, deleteCount: before.length - head - tail, data: Array.from(after.subarray(head, after.length - tail)) }];
}

/**
 * Names from index `from` that start before `to`, as LSP's relative token numbers. One sweep
 * over the names and the lines together: no line search per name (30,000 names in a 1 MB note).
 */
export function encode(document: TextDocument, names: ResolvedNames, types: Uint8Array, from: number, to: number): number[] {
  let until = from;
  while (until < names.count && names.start(until) < to) until++;
  const data: number[] = [];
  encodeInto(data, document, names, types, from, until, { line: 0, start: 0 });
  return data;
}

/** Tokens made from an earlier note's (reencode): how many numbers at the start and at the end are the earlier ones, unchanged. */
export interface Reencoded {
  data: Int32Array;
  head: number;
  tail: number;
}

/**
 * The tokens of `names` from the tokens of the resolution it was made from (`previous`): the
 * names before the replaced stretch keep their numbers, those after it too but the first (its
 * predecessor changed); only the stretch is encoded, and the type and modifier of the names
 * resolved again elsewhere set anew. Equal to encode() of the whole note (property-tested
 * through full/delta); a 1 MB note costs two array copies. The result is written into
 * `allocate(length)` (a buffer the caller may reuse), never into `before`.
 */
export function reencode(
  document: TextDocument,
  names: ResolvedNames,
  types: Uint8Array,
  before: Int32Array,
  previous: { splice: NoteEdit; again: readonly number[] },
  allocate: (length: number) => Int32Array = (length) => new Int32Array(length),
): Reencoded {
  const { splice, again } = previous;
  const stretchEnd = Math.min(names.count, splice.start + splice.length + 1);
  const shift = splice.length - (splice.end - splice.start);
  const stretch: number[] = [];
  const last = splice.start > 0 ? document.positionAt(names.start(splice.start - 1)) : { line: 0, character: 0 };
  encodeInto(stretch, document, names, types, splice.start, stretchEnd, { line: last.line, start: last.character });
  const head = 5 * splice.start;
  const tail = before.subarray(5 * (stretchEnd - shift));
  const data = allocate(head + stretch.length + tail.length);
  data.set(before.subarray(0, head));
  data.set(stretch, head);
  data.set(tail, head + stretch.length);
  for (const i of again) {
    data[5 * i + 3] = types[names.entityIndex(i)]!;
    data[5 * i + 4] = names.resolution(i) === 'unique' ? 0 : 1;
  }
  // Unchanged: before the stretch and the first name resolved again, after both.
  const firstAgain = again.length ? 5 * again[0]! : Infinity;
  const lastAgain = again.length ? 5 * (again[again.length - 1]! + 1) : 0;
  return { data, head: Math.min(head, firstAgain), tail: data.length - Math.max(head + stretch.length, lastAgain) };
}

/** Appends the tokens of names [from, until), the first relative to `previous` (line and start of the token before it). */
function encodeInto(data: number[], document: TextDocument, names: ResolvedNames, types: Uint8Array, from: number, until: number, previous: { line: number; start: number }): void {
  const lines = new LineSweep(document, noteTextOf(document));
  let previousLine = previous.line;
  let previousStart = previous.start;
  for (let i = from; i < until; i++) {
    const line = lines.lineOf(names.start(i));
    const start = names.start(i) - lines.lineStart;
    // Semantic tokens cannot span lines; a name broken across lines is coloured on its first line.
    // (A name starts at a word, never at a line's end: every name has a token, five numbers.)
    const length = Math.min(names.end(i), lines.contentEnd) - names.start(i);
    data.push(line - previousLine, line === previousLine ? start - previousStart : start, length, types[names.entityIndex(i)]!, names.resolution(i) === 'unique' ? 0 : 1);
    previousLine = line;
    previousStart = start;
  }
}

/** Walks a document's lines forward: the line of an offset, its start, and where its text ends (before the line break). */
class LineSweep {
  line = -1;
  lineStart = 0;
  contentEnd = 0;
  private nextStart = 0;

  constructor(
    private readonly document: TextDocument,
    private readonly text: NoteText,
  ) {}

  /** The line of `offset`: offsets must not decrease from one call to the next, except to restart. */
  lineOf(offset: number): number {
    if (this.line < 0 || offset < this.lineStart) this.moveTo(this.document.positionAt(offset).line);
    while (offset >= this.nextStart && this.line < this.document.lineCount - 1) this.moveTo(this.line + 1);
    return this.line;
  }

  private moveTo(line: number): void {
    this.line = line;
    this.lineStart = this.document.offsetAt({ line, character: 0 });
    this.nextStart = line + 1 < this.document.lineCount ? this.document.offsetAt({ line: line + 1, character: 0 }) : this.text.length;
    let end = this.nextStart;
    while (end > this.lineStart && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    this.contentEnd = line + 1 < this.document.lineCount ? end : this.text.length;
  }
}
