import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/notes/noteEdit.js';
import { PieceText } from '../../src/notes/pieceText.js';
import { fuzzParams, noteText } from './fuzz.js';

/**
 * A note kept in pieces reads as the string it stands for: after any sequence of edits (with CRLF,
 * CJK, emoji, lone surrogates, multi-line insertions and deletions), every stretch, character and
 * search of the pieces equals the same on a string edited the same way.
 */

const INSERTS = ['', 'a', 'Kim', ' ', '\n', '\r\n', '\r', '\n\n', '東京', '😀', '\ud83d', '\ude00', '👩‍👩‍👧‍👦', 'line one\r\nline two\nthree', '# Head\n- item 😀\r\n'];
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(40), insert: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ unit: 'binary', maxLength: 30 })) });
const SEARCHES = ['\n', '\r', ' ', '\r\n', 'Kim', '😀', '東', '\ude00', ''];

describe('PieceText (property)', () => {
  it('reads as the string edited the same way', () => {
    const seen = { edits: 0, severalPieces: 0, slicesAcrossPieces: 0, searchesFound: 0, searchesAcrossPieces: 0 };
    const params = fuzzParams(300);
    fc.assert(
      fc.property(noteText(40), fc.array(edit, { maxLength: 25 }), fc.constantFrom(1, 2, 5, 16), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (initial, edits, piece, probes) => {
        let text = initial;
        let pieces = PieceText.of(initial, piece);
        for (const e of edits) {
          const start = Math.floor(e.at * text.length);
          const end = Math.min(text.length, start + e.remove);
          text = applyEdit(text, { start, end, length: e.insert.length }, e.insert);
          pieces = pieces.edited(start, end, e.insert);
          seen.edits++;
          expect(pieces.length).toBe(text.length);
          compare(text, pieces, probes, seen);
        }
        expect(pieces.slice(0)).toBe(text);
        if (pieces.pieceCount > 2) seen.severalPieces++;
      }),
      params,
    );
    // Many texts were in several pieces, and many reads crossed a piece's edge.
    expect(seen.severalPieces, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns / 3);
    expect(seen.slicesAcrossPieces, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns);
    expect(seen.searchesFound, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns);
    expect(seen.searchesAcrossPieces, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns / 10);
  });

  it('cuts a long text into pieces and edits one of them', () => {
    const long = 'Kim met Putin. 東京 😀\r\n'.repeat(50_000);
    const pieces = PieceText.of(long).edited(500_000, 500_001, 'x');
    expect(pieces.pieceCount).toBeGreaterThan(100);
    expect(pieces.slice(499_990, 500_010)).toBe(applyEdit(long, { start: 500_000, end: 500_001, length: 1 }, 'x').slice(499_990, 500_010));
    expect(pieces.indexOf('x')).toBe(500_000);
  });
});

/** Reads at probe offsets: slices, characters, and searches forwards and backwards. */
function compare(text: string, pieces: PieceText, probes: number[], seen: Record<string, number>): void {
  const n = text.length + 1;
  for (let p = 0; p + 1 < probes.length; p += 2) {
    const a = probes[p]! % (n + 2) - 1;
    const b = probes[p + 1]! % (n + 2) - 1;
    expect(pieces.slice(a, b)).toBe(text.slice(a, b));
    expect(pieces.slice(a)).toBe(text.slice(a));
    expect(pieces.charCodeAt(a)).toEqual(text.charCodeAt(a));
    if (pieces.pieceCount > 1 && b - a > 1) seen.slicesAcrossPieces!++;
    const search = SEARCHES[probes[p]! % SEARCHES.length]!;
    const forward = text.indexOf(search, a);
    const backward = text.lastIndexOf(search, b);
    expect(pieces.indexOf(search, a)).toBe(forward);
    expect(pieces.lastIndexOf(search, b)).toBe(backward);
    expect(pieces.lastIndexOf(search)).toBe(text.lastIndexOf(search));
    if (forward >= 0 && search.length > 0) seen.searchesFound!++;
    if (search.length > 1 && forward >= 0 && pieces.pieceCount > 1) seen.searchesAcrossPieces!++;
  }
}
