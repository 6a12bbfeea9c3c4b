import { describe, expect, it } from 'vitest';
import { readTouchedLines, refreshLines, type LineFinder } from '../../src/notes/lineSpans.js';
import { aliasComments } from '../../src/notes/noteAliases.js';
import { applyEdit } from '../../src/notes/noteEdit.js';
import { SpanList } from '../../src/notes/spanList.js';
import { findHeadings } from '../../src/notes/noteNames.js';
import { quoteSpans } from '../../src/quotes/quoteFinder.js';

// A keystroke's line is searched again for quotations, headings and alias comments: what is found
// there must be what a search of the whole note finds there, and nothing from other lines.
const NOTE = [
  '# Monday',
  'Kim said "the talks will resume after the holiday break next week" today.',
  'Nothing here at all.',
  '## Tuesday 東京 😀',
  '<!-- dossier: Kim = Kim Yo Jong -->',
  'He said "we will not take part in any of these talks again".',
].join('\r\n');

function lineBounds(text: string, line: number): [number, number] {
  let start = 0;
  for (let i = 0; i < line; i++) start = text.indexOf('\n', start) + 1;
  const lineFeed = text.indexOf('\n', start);
  return [start, lineFeed < 0 ? text.length : lineFeed + 1];
}

describe('searching one line of a note', () => {
  it('finds on each line exactly what a whole-note search finds on it', () => {
    const finders = { quotes: quoteSpans, headings: findHeadings, comments: aliasComments };
    for (const [kind, find] of Object.entries(finders)) {
      const whole = find(NOTE, 0, NOTE.length);
      for (let line = 0; line < 6; line++) {
        const [from, to] = lineBounds(NOTE, line);
        expect(find(NOTE, from, to), `${kind}, line ${line}`).toEqual(whole.filter((s) => s.start >= from && s.start < to));
      }
    }
  });

  it('gives positions in the whole note', () => {
    const [from, to] = lineBounds(NOTE, 5);
    const [quote] = quoteSpans(NOTE, from, to);
    expect(NOTE.slice(quote!.start, quote!.end)).toBe('"we will not take part in any of these talks again"');
    const [from4, to4] = lineBounds(NOTE, 4);
    expect(aliasComments(NOTE, from4, to4)).toEqual([{ start: from4, end: to4 - 2, item: { key: expect.any(String), name: 'Kim Yo Jong' } }]);
    const [from3, to3] = lineBounds(NOTE, 3);
    expect(findHeadings(NOTE, from3, to3)).toEqual([{ start: from3, end: from3 + 3, item: 2 }]);
  });

  it('finds nothing on a line without any, even when later lines have some', () => {
    const [from, to] = lineBounds(NOTE, 2);
    expect([quoteSpans(NOTE, from, to), findHeadings(NOTE, from, to), aliasComments(NOTE, from, to)]).toEqual([[], [], []]);
  });

  it('after a keystroke, keeps the other lines\' spans and finds on the touched line what a whole-note search finds', () => {
    // A heading mark typed at the start of line 2 ("Nothing here" becomes a heading), one line of CRLF text above the quotation.
    const edit = { start: lineBounds(NOTE, 2)[0], end: lineBounds(NOTE, 2)[0], length: 2 };
    const after = applyEdit(NOTE, edit, '# ');
    const touched = readTouchedLines(after, edit);
    expect(touched.text).toBe('# Nothing here at all.\r\n');
    const finders: Record<string, LineFinder<unknown>> = { quotes: quoteSpans, headings: findHeadings, comments: aliasComments };
    for (const [kind, find] of Object.entries(finders)) {
      const refreshed = refreshLines(SpanList.from(find(NOTE, 0, NOTE.length), 2), touched, 2, find);
      const spans = Array.from({ length: refreshed.count }, (_, i) => ({ start: refreshed.start(i), end: refreshed.end(i), item: refreshed.item(i) }));
      expect(spans, kind).toEqual(find(after, 0, after.length));
    }
  });
});
