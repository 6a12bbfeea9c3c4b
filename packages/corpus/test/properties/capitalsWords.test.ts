import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalsWordsOf } from '../../src/entities/nameRuns/bodyNameEnds.js';
import { fuzzParams } from './fuzz.js';

/**
 * capitalsWordsOf reads an article's words in capitals (the acronyms a connector's words may spell,
 * "ORR chair" after "the Office of Rail and Road") by char codes. Its reference is the expression it
 * replaced: every answer must be that expression's, on text mixing ASCII capitals and small letters,
 * digits, punctuation, accented and Greek capitals, CJK, emoji (surrogate pairs) and combining marks.
 */
const REFERENCE = /(?<![\p{L}\p{N}])\p{Lu}{3,8}(?![\p{L}\p{N}])/gu;

const pieces = ['A', 'B', 'ORR', 'ICE', 'NATO', 'x', 'q', '7', ' ', '.', "'", '-', '(', ')', 'É', 'Ü', 'ΣΑ', 'é', '中', '国', '😀', '\u0301', '\r\n', 'ABCDEFGHI'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('capitalsWordsOf: the words in capitals of a text, as the expression it replaced finds them', () => {
  it('gives the same set as the reference on mixed scripts, and finds some on most texts', () => {
    const params = fuzzParams(2000);
    let nonEmpty = 0;
    fc.assert(
      fc.property(text, (t) => {
        const expected = new Set(t.match(REFERENCE) ?? []);
        const got = capitalsWordsOf(t);
        if (expected.size > 0) nonEmpty++;
        expect([...got].sort()).toEqual([...expected].sort());
      }),
      params,
    );
    // A property that only ever compared empty sets would prove nothing.
    expect(nonEmpty).toBeGreaterThan(params.numRuns / 10);
  });

  it('"The Office of Rail and Road … ORR chair, NATO\'s envoy, ÉTÉ, NASA2 and ABCDEFGHI": ORR, NATO and ÉTÉ, not letters run into digits or nine capitals', () => {
    expect([...capitalsWordsOf("The Office of Rail and Road … ORR chair, NATO's envoy, ÉTÉ, NASA2 and ABCDEFGHI")].sort()).toEqual(['NATO', 'ORR', 'ÉTÉ']);
  });
});
