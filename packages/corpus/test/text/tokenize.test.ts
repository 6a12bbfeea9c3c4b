import { describe, expect, it } from 'vitest';
import { foldKey, nameKey, tokenize, TokenKind } from '../../src/text/tokenize.js';

function words(text: string): [string, TokenKind][] {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => [text.slice(t.starts[i], t.ends[i]), t.kind(i)]);
}

describe('tokenize', () => {
  it('splits possessives with straight and curly apostrophes from the name', () => {
    expect(words("Kim's and TSMC’s")).toEqual([
      ['Kim', TokenKind.Word],
      ["'s", TokenKind.Possessive],
      ['and', TokenKind.Word],
      ['TSMC', TokenKind.Word],
      ['’s', TokenKind.Possessive],
    ]);
  });

  it('keeps initialisms, numbers with separators and inner apostrophes whole', () => {
    expect(words("U.S. sent 10,000 O'Brien")).toEqual([
      ['U.S.', TokenKind.Initialism],
      ['sent', TokenKind.Word],
      ['10,000', TokenKind.Number],
      ["O'Brien", TokenKind.Word],
    ]);
  });

  it('reads capitals that leave out their last period as the initialism ("the U.S government"), not a lower-case run or a glued word', () => {
    expect(words('the U.S government, the U.K. and U.Sfoo e.g')).toEqual([
      ['the', TokenKind.Word],
      ['U.S', TokenKind.Initialism],
      ['government', TokenKind.Word],
      [',', TokenKind.Punct],
      ['the', TokenKind.Word],
      ['U.K.', TokenKind.Initialism],
      ['and', TokenKind.Word],
      ['U', TokenKind.Word],
      ['.', TokenKind.Period],
      ['Sfoo', TokenKind.Word],
      ['e', TokenKind.Word],
      ['.', TokenKind.Period],
      ['g', TokenKind.Word],
    ]);
    expect(nameKey('U.S')).toBe(nameKey('U.S.'));
  });

  it('makes each CJK character a token and keeps emoji out of words', () => {
    expect(words('宏泰58號😀Kim')).toEqual([
      ['宏', TokenKind.Cjk],
      ['泰', TokenKind.Cjk],
      ['58', TokenKind.Number],
      ['號', TokenKind.Cjk],
      ['😀', TokenKind.Punct],
      ['Kim', TokenKind.Word],
    ]);
  });

  it('separates hyphens so that "Jong-un" and "Jong Un" read alike', () => {
    expect(words('Jong-un').map(([w]) => w)).toEqual(['Jong', '-', 'un']);
  });
});

describe('keys', () => {
  it('fold case, diacritics, hyphens, periods and look-alike Cyrillic letters', () => {
    expect(nameKey('Kim Jong-un')).toBe(nameKey('Kim Jong Un'));
    expect(nameKey('U.S.')).toBe('us');
    expect(nameKey('Zelenskyy')).toBe('zelenskyy');
    expect(nameKey('Vostochny \u0421osmodrome')).toBe('vostochny cosmodrome');
    expect(nameKey('Sérgio Açaí')).toBe('sergio acai');
    expect(foldKey('TSMC’s', 0, 6)).toBe("tsmc's");
  });

  it('drops the Hawaiian ʻokina as English spelling does ("Hawaiʻi" is "Hawaii"), and keeps an apostrophe ("Oʼahu" with U+02BC is no okina)', () => {
    expect(nameKey('Hawaiʻi')).toBe(nameKey('Hawaii'));
    expect(nameKey('Kauaʻi County')).toBe('kauai county');
    expect(nameKey('O’Brien')).toBe("o'brien");
  });

  it('leaves text in one script alone', () => {
    expect(nameKey('Путин')).toBe('путин');
    expect(nameKey('台積電')).toBe('台 積 電');
    expect(nameKey('김정은')).toBe('김 정 은');
  });
});
