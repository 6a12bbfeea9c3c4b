import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/text/lineIndex.js';

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
});
