/**
 * Character classes for the tokenizer, looked up in a table for the Basic Multilingual Plane
 * (filled lazily from Unicode properties) so that the hot loop never runs a regular expression.
 */
export const enum CharClass {
  Unknown = 0,
  Space = 1,
  Upper = 2,
  Lower = 3,
  /** Letters without case (Arabic, Hebrew, Thai...) and combining marks: part of a word. */
  Caseless = 4,
  /** Han, kana and Hangul: each character is a token of its own, matched without word boundaries. */
  Cjk = 5,
  Digit = 6,
  Apostrophe = 7,
  Hyphen = 8,
  Period = 9,
  LineBreak = 10,
  Other = 11,
}

const table = new Uint8Array(0x10000);

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /[\p{Zs}\t\f\v\u200B\uFEFF]/u;

function classify(code: number): CharClass {
  if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85) return CharClass.LineBreak;
  if (code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x2018) return CharClass.Apostrophe;
  if (code === 0x2d || code === 0x2010 || code === 0x2011) return CharClass.Hyphen;
  if (code === 0x2e) return CharClass.Period;
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Other; // surrogates: handled by code point
  const ch = String.fromCharCode(code);
  if (SPACE.test(ch)) return CharClass.Space;
  if (CJK.test(ch)) return CharClass.Cjk;
  if (UPPER.test(ch)) return CharClass.Upper;
  if (LOWER.test(ch)) return CharClass.Lower;
  if (LETTER_OR_MARK.test(ch)) return CharClass.Caseless;
  if (DIGIT.test(ch)) return CharClass.Digit;
  return CharClass.Other;
}

export function charClass(code: number): CharClass {
  let c = table[code]!;
  if (c === CharClass.Unknown) {
    c = classify(code);
    table[code] = c;
  }
  return c;
}

const ASTRAL_CJK = /\p{Script=Han}/u;
const ASTRAL_LETTER = /[\p{L}\p{M}]/u;

/** Class of the code point starting at a high surrogate (astral Han ideographs and letters; emoji are Other). */
export function astralClass(codePoint: number): CharClass {
  const ch = String.fromCodePoint(codePoint);
  if (ASTRAL_CJK.test(ch)) return CharClass.Cjk;
  if (ASTRAL_LETTER.test(ch)) return CharClass.Caseless;
  return CharClass.Other;
}

export function isWordClass(c: CharClass): boolean {
  return c === CharClass.Upper || c === CharClass.Lower || c === CharClass.Caseless || c === CharClass.Digit;
}

/**
 * text.charCodeAt(i), called through String.prototype. The tokenizer reads strings of every
 * representation (a file's one-byte or two-byte text, a name sliced from it or joined from parts,
 * a literal), so the property lookup `text.charCodeAt` saw too many string maps and went
 * megamorphic: a generic lookup (a call) per character. This call the optimizing compiler turns
 * into a character load, whatever the string.
 */
export function codeAt(text: string, i: number): number {
  return String.prototype.charCodeAt.call(text, i);
}

/** What `\s` matches, for one UTF-16 code unit, without making a string of it. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
