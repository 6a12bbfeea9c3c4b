import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { NoteDocument } from '../../src/workspace/noteDocument.js';
import { fuzzParams, noteText } from '../properties/fuzz.js';

/**
 * The server's own document against vscode-languageserver-textdocument's TextDocument, the
 * reference: after any sequence of changes (ranges anywhere, backwards, ending past a line's end or
 * past the last line, inside a CRLF or a surrogate pair; insertions of CRLF, CR, CJK, emoji and
 * several lines; whole-text replacements), both hold the same text and agree on every line,
 * position and offset.
 */

const INSERTS = ['', 'K', 'Kim Jong Un', ' ', '\n', '\r\n', '\r', '\n\r', '\r\n\r\n', '台積電', '😀', '\ud83d', '\ude00', 'one\ntwo\r\nthree\rfour', '# Kim\n- 東京 😀\r\n', '\n\n\n'];

const change = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 60 })),
  insert: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...INSERTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }),
  shape: fc.constantFrom('plain', 'plain', 'plain', 'reversed', 'pastLineEnd', 'pastLastLine', 'afterCR', 'afterCR', 'whole'),
});

type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

/**
 * The change as a client sends it, placed by the reference's positions. Only its end may lie past
 * the last line: a start there leaves holes in the reference's line offsets (its update writes
 * the new lines' starts at the range's line), which no client's change can make.
 */
function lspChange(doc: TextDocument, c: Change): TextDocumentContentChangeEvent {
  if (c.shape === 'whole') return { text: c.insert };
  const text = doc.getText();
  const length = text.length;
  // Right after a CR: a LF typed there, or the text between a CR and a LF deleted, joins them.
  const crs = [...text.matchAll(/\r/g)].map((m) => m.index + 1);
  const start = c.shape === 'afterCR' && crs.length > 0 ? crs[Math.floor(c.at * crs.length)]! : Math.floor(c.at * (length + 1));
  let from = doc.positionAt(start);
  let to = doc.positionAt(Math.min(length, start + c.remove));
  if (c.shape === 'reversed') [from, to] = [to, from];
  if (c.shape === 'pastLineEnd') to = { line: to.line, character: to.character + 50 };
  if (c.shape === 'pastLastLine') to = { line: doc.lineCount + 2, character: 3 };
  return { range: { start: from, end: to }, text: c.insert };
}

describe('NoteDocument (property)', () => {
  it('holds the text TextDocument holds, with the same lines, positions and offsets', () => {
    const seen = { changes: 0, lineCountChanged: 0, multiLine: 0, crlfAcrossEdge: 0, astral: 0, severalPieces: 0 };
    const params = fuzzParams(300);
    fc.assert(
      fc.property(noteText, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }), fc.constantFrom(2, 7, 64), (initial, events, piece) => {
        const reference = TextDocument.create('file:///n.md', 'markdown', 1, initial);
        const doc = NoteDocument.create('file:///n.md', 'markdown', 1, initial, piece);
        for (const [i, event] of events.entries()) {
          const lines = reference.lineCount;
          // Each change of an event is placed in the text the previous one made (as a client sends them).
          const changes: TextDocumentContentChangeEvent[] = [];
          for (const c of event) {
            const next = lspChange(reference, c);
            const at = 'range' in next ? Math.min(reference.offsetAt(next.range.start), reference.offsetAt(next.range.end)) : 0;
            changes.push(next);
            TextDocument.update(reference, [next], i + 2);
            if (crlfAcross(reference.getText(), at) || crlfAcross(reference.getText(), at + next.text.length)) seen.crlfAcrossEdge++;
          }
          doc.update(changes, i + 2);
          seen.changes++;
          if (reference.lineCount !== lines) seen.lineCountChanged++;
          if (event.some((c) => /[\r\n].*[\r\n]/s.test(c.insert))) seen.multiLine++;
          if (/[\ud800-\udfff]/.test(reference.getText())) seen.astral++;
          if (reference.getText().length > 3 * piece) seen.severalPieces++;
          expectSame(doc, reference);
        }
      }),
      params,
    );
    // Most changes moved line breaks, and many left a CR and a LF on either side of a change's edge.
    expect(seen.lineCountChanged, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns);
    expect(seen.multiLine, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns / 2);
    expect(seen.crlfAcrossEdge, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns / 10);
    expect(seen.astral, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns / 2);
    expect(seen.severalPieces, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns);
  });

  it('types a character into a long CRLF note and finds the positions after it', () => {
    const line = 'Kim met Putin in 東京 😀 and said so.\r\n';
    const doc = NoteDocument.create('file:///n.md', 'markdown', 1, line.repeat(30_000));
    doc.update([{ range: { start: { line: 15_000, character: 3 }, end: { line: 15_000, character: 3 } }, text: 'x\r\n' }], 2);
    expect(doc.lineCount).toBe(30_002);
    expect(doc.getText({ start: { line: 15_000, character: 0 }, end: { line: 15_001, character: 4 } })).toBe('Kimx\r\n met');
    expect(doc.positionAt(doc.offsetAt({ line: 29_999, character: 20 }))).toEqual({ line: 29_999, character: 20 });
    expect(doc.offsetAt({ line: 15_002, character: 0 })).toBe(15_001 * line.length + 3);
  });
});

/** A CR before `at` and a LF at it: one line break across the edge of a change. */
function crlfAcross(text: string, at: number): boolean {
  return text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10;
}

/** Every line's start, range and break; the position of every offset and the offset of positions on and past each line. */
function expectSame(doc: NoteDocument, reference: TextDocument): void {
  const text = reference.getText();
  expect(doc.getText()).toBe(text);
  expect(doc.version).toBe(reference.version);
  expect(doc.lineCount).toBe(reference.lineCount);
  for (let line = -1; line <= reference.lineCount + 1; line++) {
    expect(doc.getLineRange(line)).toEqual(reference.getLineRange(line));
    expect(doc.getEOLCharacters(line)).toBe(reference.getEOLCharacters(line));
    for (const character of [-1, 0, 1, 2, 5, 1000]) expect(doc.offsetAt({ line, character })).toBe(reference.offsetAt({ line, character }));
  }
  for (let offset = -1; offset <= text.length + 1; offset++) expect(doc.positionAt(offset)).toEqual(reference.positionAt(offset));
  const range = { start: reference.positionAt(text.length / 3), end: reference.positionAt(text.length / 2 + 5) };
  expect(doc.getText(range)).toBe(reference.getText(range));
  expect(doc.getText({ start: range.end, end: range.start })).toBe(reference.getText({ start: range.end, end: range.start }));
}
