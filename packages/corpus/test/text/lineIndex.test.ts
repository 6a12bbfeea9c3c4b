import { describe, expect, it } from 'vitest';
import { LineIndex, positionIn } from '../../src/text/lineIndex.js';

describe('LineIndex', () => {
  it('counts characters in UTF-16 code units: an emoji is two, a CJK character one', () => {
    const text = 'a😀b\n台積電 TSMC';
    const index = LineIndex.of(text);
    expect(index.positionAt(text.indexOf('b'))).toEqual({ line: 0, character: 3 });
    expect(index.positionAt(text.indexOf('TSMC'))).toEqual({ line: 1, character: 4 });
    expect(index.offsetAt({ line: 1, character: 4 })).toBe(text.indexOf('TSMC'));
  });

  it('treats \\r\\n as one break and a lone \\r as a break', () => {
    const text = 'one\r\ntwo\rthree\nfour';
    const index = LineIndex.of(text);
    expect(index.lineCount).toBe(4);
    expect(index.positionAt(text.indexOf('two'))).toEqual({ line: 1, character: 0 });
    expect(index.positionAt(text.indexOf('three'))).toEqual({ line: 2, character: 0 });
    expect(index.positionAt(text.indexOf('four'))).toEqual({ line: 3, character: 0 });
  });

  it('clamps positions past the end of a line before its break, and past the end of the file', () => {
    const text = 'one\r\ntwo';
    const index = LineIndex.of(text);
    expect(index.offsetAt({ line: 0, character: 99 })).toBe(3);
    expect(index.offsetAt({ line: 7, character: 0 })).toBe(text.length);
    expect(index.offsetAt({ line: -1, character: 5 })).toBe(0);
    // An offset between \r and \n maps to the end of the line, not into the break.
    expect(index.positionAt(4)).toEqual({ line: 0, character: 3 });
  });

  it('places an offset the same from columns holding several files\' lines (a snapshot\'s) as from the file\'s own index', () => {
    const texts = ['one\r\ntwo\rthree\nfour', 'a😀b\n台積電 TSMC\n', 'no break'];
    const indexes = texts.map((t) => LineIndex.of(t));
    const starts = Uint32Array.from(indexes.flatMap((i) => [...i.lineStarts]));
    const breaks = Uint8Array.from(indexes.flatMap((i) => [...i.breakLengths]));
    let from = 0;
    for (const [k, text] of texts.entries()) {
      const to = from + indexes[k]!.lineCount;
      for (let offset = -1; offset <= text.length + 1; offset++) {
        expect(positionIn(text.length, starts, breaks, from, to, offset)).toEqual(indexes[k]!.positionAt(offset));
      }
      from = to;
    }
    expect(positionIn(texts[1]!.length, starts, breaks, 4, 7, texts[1]!.indexOf('TSMC'))).toEqual({ line: 1, character: 4 });
  });
});
