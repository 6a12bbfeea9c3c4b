import { CharClass, astralClass, charClass, codeAt, isWordClass } from './chars.js';
import { LOOKALIKE_TO_LATIN } from './confusables.js';

export const enum TokenKind {
  Word = 1,
  Number = 2,
  /** Letters joined by periods: "U.S.", "e.g." (the final period belongs to the token). */
  Initialism = 3,
  /** One Han, kana or Hangul character. */
  Cjk = 4,
  /** "'s" or "’s" after a word. */
  Possessive = 5,
  Hyphen = 6,
  Apostrophe = 7,
  Period = 8,
  Punct = 9,
}

export const enum TokenFlag {
  Capitalized = 1,
  AllCaps = 2,
  SpaceBefore = 4,
  LineBreakBefore = 8,
  HasDigit = 16,
}

/** Slots past the last token that `Tokens.closeEnd` blanks: rules read up to three tokens ahead. */
const END_SLOTS = 4;

/**
 * Tokens of a text as parallel typed arrays: millions of tokens cost a few bytes each
 * instead of an object each. Offsets are UTF-16 offsets into the text that was tokenized.
 */
export class Tokens {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  flags: Uint8Array;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.kinds = new Uint8Array(size);
    this.flags = new Uint8Array(size);
  }

  reset(): void {
    this.count = 0;
  }

  push(start: number, end: number, kind: TokenKind, flags: number): void {
    if (this.count === this.starts.length) this.grow();
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.kinds[i] = kind;
    this.flags[i] = flags;
  }

  /**
   * Blanks the slots just past the last token (kind 0, no offsets), which a shared buffer keeps from
   * an earlier text: a rule reading token i + 1 or i + 2 at the article's end saw the last article's
   * tokens there ("Castlebury 3" closing a story was a vessel or not by which file came before).
   */
  closeEnd(): void {
    while (this.count + END_SLOTS > this.starts.length) this.grow();
    for (let i = this.count; i < this.count + END_SLOTS; i++) {
      this.starts[i] = -1;
      this.ends[i] = -1;
      this.kinds[i] = 0;
      this.flags[i] = 0;
    }
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.flags = flags;
  }

  kind(i: number): TokenKind {
    return this.kinds[i] as TokenKind;
  }

  has(i: number, flag: TokenFlag): boolean {
    return (this.flags[i]! & flag) !== 0;
  }

  /** Clears `flag` on tokens [from, to). */
  clear(from: number, to: number, flag: TokenFlag): void {
    for (let i = from; i < to; i++) this.flags[i]! &= ~flag;
  }

  /** True when nothing (not even a space) separates token i from token i + 1. */
  adjacent(i: number): boolean {
    return this.ends[i] === this.starts[i + 1];
  }
}

/** Splits text[start, end) into tokens. One pass over the characters; no regular expressions. */
export function tokenize(text: string, start = 0, end = text.length): Tokens {
  return tokenizeInto(new Tokens(((end - start) >> 2) + 8), text, start, end);
}

/** Stretches up to this long are tokenized into the one shared buffer of `tokenizeBriefly`. */
const BRIEF_CHARS = 16_384;
const brief = new Tokens(1024);

/**
 * The tokens of text[start, end) for a caller that reads them at once and keeps none (a
 * keystroke's re-match): a short stretch goes into one buffer shared by all such calls, valid
 * until the next one, so that typing allocates no arrays for its tokens.
 */
export function tokenizeBriefly(text: string, start: number, end: number): Tokens {
  if (end - start > BRIEF_CHARS) return tokenize(text, start, end);
  brief.reset();
  return tokenizeInto(brief, text, start, end);
}

/**
 * Appends the tokens of text[start, end) to `tokens`: an article's regions share one buffer,
 * which saves an allocation per paragraph.
 */
export function tokenizeInto(tokens: Tokens, text: string, start: number, end: number): Tokens {
  let pendingFlags: number = TokenFlag.SpaceBefore;
  let i = start;
  while (i < end) {
    const width = isPairAt(text, i, end) ? 2 : 1;
    const cls = width === 2 ? astralClass(text.codePointAt(i)!) : charClass(codeAt(text, i));
    if (cls === CharClass.Space || cls === CharClass.LineBreak) {
      pendingFlags |= cls === CharClass.LineBreak ? TokenFlag.SpaceBefore | TokenFlag.LineBreakBefore : TokenFlag.SpaceBefore;
      i += width;
      continue;
    }
    i = pushTokenAt(tokens, text, i, end, cls, width, pendingFlags);
    pendingFlags = 0;
  }
  tokens.closeEnd();
  return tokens;
}

/**
 * Pushes the token that opens at text[i], a character of class `cls` and `width` code units (no
 * space), with `flags` for the space before it. Returns the offset after it. V8 inlines this and
 * what it calls into tokenizeInto's loop up to a budget of bytecode, which one call of
 * `tokens.push` per kind of token overdrew: hence one push for every kind of symbol.
 */
function pushTokenAt(tokens: Tokens, text: string, i: number, end: number, cls: CharClass, width: number, flags: number): number {
  if (isWordClass(cls)) return pushWordAt(tokens, text, i, end, flags);
  if (cls === CharClass.Apostrophe && isPossessiveAfterWord(tokens, text, i, end)) {
    tokens.push(i, i + 2, TokenKind.Possessive, flags);
    return i + 2;
  }
  tokens.push(i, i + width, symbolKind(cls), flags);
  return i + width;
}

/** The kind of the one-character token of class `cls`, not a letter or digit (an astral one is Cjk or Punct). */
function symbolKind(cls: CharClass): TokenKind {
  switch (cls) {
    case CharClass.Cjk:
      return TokenKind.Cjk;
    case CharClass.Apostrophe:
      return TokenKind.Apostrophe;
    case CharClass.Hyphen:
      return TokenKind.Hyphen;
    case CharClass.Period:
      return TokenKind.Period;
    default:
      return TokenKind.Punct;
  }
}

/** "Smith's": an apostrophe at `i` that opens a possessive "'s" right after a word. */
function isPossessiveAfterWord(tokens: Tokens, text: string, i: number, end: number): boolean {
  return isPossessiveAt(text, i, end) && tokens.count > 0 && tokens.ends[tokens.count - 1] === i;
}

/** Pushes the initialism ("U.S.") or the word or number that opens at text[i]; returns its end. */
function pushWordAt(tokens: Tokens, text: string, i: number, end: number, flags: number): number {
  // Most words are no initialism: only a period right after the first letter calls scanInitialism,
  // too long to inline into tokenizeInto's loop with the rest (called for every word, tokenizing took 11% longer).
  const initialismEnd = i + 1 < end && codeAt(text, i + 1) === 0x2e ? scanInitialism(text, i, end) : 0;
  if (initialismEnd > 0) {
    const caps = charClass(codeAt(text, i)) === CharClass.Upper ? TokenFlag.Capitalized | TokenFlag.AllCaps : 0;
    tokens.push(i, initialismEnd, TokenKind.Initialism, flags | caps);
    return initialismEnd;
  }
  const wordEnd = scanWord(text, i, end);
  tokens.push(i, wordEnd, scannedKind, flags | scannedFlags);
  return wordEnd;
}

/**
 * A high surrogate followed by a low one: one astral character of two units. A lone high surrogate
 * (broken text) is one unit of its own; taking it as a pair used to swallow the next character, so
 * "\uD800Kim" lost its name.
 */
function isPairAt(text: string, i: number, end: number): boolean {
  const code = codeAt(text, i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= end) return false;
  const next = codeAt(text, i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/**
 * "U.S.", "U.K.", "e.g.": single letters each followed by a period, at least two of them. Capitals
 * may leave out the last period, as transcripts do ("the U.S government"): "U.S" is "U.S.".
 */
function scanInitialism(text: string, i: number, end: number): number {
  let j = i;
  let letters = 0;
  let capitals = true;
  while (j + 1 < end) {
    const cls = charClass(codeAt(text, j));
    if ((cls !== CharClass.Upper && cls !== CharClass.Lower) || codeAt(text, j + 1) !== 0x2e) break;
    if (j > i && charClass(codeAt(text, j - 1)) !== CharClass.Period) break;
    letters++;
    capitals &&= cls === CharClass.Upper;
    j += 2;
    if (j < end && isWordClass(charClass(codeAt(text, j))) && charClass(codeAt(text, j + 1)) !== CharClass.Period) {
      // "U.S government": a last capital without its period; "U.Sfoo" is no initialism.
      const lastCapital = capitals && charClass(codeAt(text, j)) === CharClass.Upper && (j + 1 >= end || !isWordClass(charClass(codeAt(text, j + 1))));
      return lastCapital ? j + 1 : 0;
    }
  }
  return letters >= 2 ? j : 0;
}

/** Kind and flags of the word scanWord() read last: set as it scans, so a word is read only once. */
let scannedKind: TokenKind = TokenKind.Word;
let scannedFlags = 0;

/**
 * Reads the word or number that opens at text[i] (a letter or a digit) and returns its end; sets
 * scannedKind and scannedFlags. Letters of every case and digits go on; so do an astral letter, an
 * apostrophe between letters and a separator between digits (`joinsWordAt`).
 */
function scanWord(text: string, i: number, end: number): number {
  let j = i;
  let letters = 0;
  let upper = 0;
  let flags = charClass(codeAt(text, i)) === CharClass.Upper ? TokenFlag.Capitalized : 0;
  while (j < end) {
    const cls = charClass(codeAt(text, j));
    if (cls === CharClass.Lower || cls === CharClass.Caseless) {
      letters++;
      j++;
    } else if (cls === CharClass.Upper) {
      letters++;
      upper++;
      j++;
    } else if (cls === CharClass.Digit) {
      flags |= TokenFlag.HasDigit;
      j++;
    } else if (isPairAt(text, j, end)) {
      if (astralClass(text.codePointAt(j)!) !== CharClass.Caseless) break;
      letters++;
      j += 2;
    } else if (joinsWordAt(text, i, j, end, cls)) {
      flags |= elidedParticleFlag(text, i, j, cls);
      j++;
    } else break;
  }
  // A joining apostrophe is always followed by a letter: a word without letters is digits and separators.
  scannedKind = letters === 0 ? TokenKind.Number : TokenKind.Word;
  scannedFlags = withCaseFlags(text, i, j, letters, upper, flags);
  return j;
}

/**
 * Whether text[j], of class `cls`, inside the word opened at `start`, belongs to it: an apostrophe
 * between letters (O'Brien, don't) unless it starts a possessive, or a decimal or thousands separator
 * between digits (10,000 and 3.5).
 */
function joinsWordAt(text: string, start: number, j: number, end: number, cls: CharClass): boolean {
  if (j + 1 >= end) return false;
  if (cls === CharClass.Apostrophe) {
    if (isPossessiveAt(text, j, end)) return false;
    const next = charClass(codeAt(text, j + 1));
    return next === CharClass.Upper || next === CharClass.Lower || next === CharClass.Caseless;
  }
  const code = codeAt(text, j);
  if ((code !== 0x2c && code !== 0x2e) || j <= start) return false;
  return charClass(codeAt(text, j - 1)) === CharClass.Digit && charClass(codeAt(text, j + 1)) === CharClass.Digit;
}

/** "d'Alembert", "dell'Acqua": an elided particle before a capital starts a name (the apostrophe at `j` joins the word). */
function elidedParticleFlag(text: string, start: number, j: number, cls: CharClass): number {
  if (cls !== CharClass.Apostrophe || charClass(codeAt(text, j + 1)) !== CharClass.Upper) return 0;
  return isElidedParticle(text, start, j) ? TokenFlag.Capitalized : 0;
}

/** `flags` with the case of the word text[start, end) of `letters` letters, `upper` of them capitals: all capitals, or a brand's "eBay". */
function withCaseFlags(text: string, start: number, end: number, letters: number, upper: number, flags: number): number {
  if (letters >= 2 && upper === letters) return flags | TokenFlag.AllCaps;
  if (flags === 0 && upper > 0 && isLowerOpenedBrand(text, start, end)) return flags | TokenFlag.Capitalized;
  return flags;
}

/**
 * "xAI", "eBay", "iPhone", "beIN", "easyJet": one to four lower-case letters, then a capital and more letters,
 * is a brand's name, capitalised as such names are. Not a unit or a molecule ("kWh", "mAh",
 * "mRNA", "siRNA"), and nothing with a digit or an inner apostrophe.
 */
function isLowerOpenedBrand(text: string, start: number, end: number): boolean {
  if (end - start < 3 || end - start > 12) return false;
  let capitalAt = start + 1;
  while (capitalAt < end && capitalAt - start <= 4 && charClass(codeAt(text, capitalAt)) === CharClass.Lower) capitalAt++;
  if (capitalAt - start > 4 || capitalAt >= end || charClass(codeAt(text, capitalAt)) !== CharClass.Upper) return false;
  // "easyJet", "macOS" open with a word; "lncRNA", "scDNA", "qPCR" are molecules and methods.
  if (MOLECULE_TAIL.test(text.slice(capitalAt, end))) return false;
  for (let k = capitalAt; k < end; k++) {
    const cls = charClass(codeAt(text, k));
    if (cls !== CharClass.Upper && cls !== CharClass.Lower) return false;
  }
  // "deOccupy Honolulu": a particle run into a word is a prefix, no brand.
  return !UNITS_AND_MOLECULES.has(text.slice(start, end).toLowerCase()) && !JOINED_PREFIXES.has(text.slice(start, capitalAt));
}

const JOINED_PREFIXES = new Set(['de', 'da', 'di', 'du', 'le', 'la', 'el', 'al', 'un', 're', 'co']);

const MOLECULE_TAIL = /^(?:[A-Z]*(?:RNA|DNA|PCR)s?)$/;

/** Units and molecules MOLECULE_TAIL does not catch. */
const UNITS_AND_MOLECULES = new Set(['pka', 'mabs', 'ipsc', 'ipscs', 'dntp', 'dntps', 'mtor', 'camp', 'cgmp', 'kwh', 'mwh', 'gwh', 'twh', 'mah', 'dbm', 'dba', 'kva', 'mva', 'kev', 'mev', 'gev', 'khz', 'kda', 'mmhg', 'ecoli']);

/**
 * Lower-case particles of surnames written with an apostrophe: d'Ettorre, dell'Acqua, dall'Oglio.
 * Not "l'": in English text it opens French titles ("Gebo et l'Ombre") more than names.
 */
const ELIDED_PARTICLES = new Set(['d', 'dell', 'dall']);

function isElidedParticle(text: string, start: number, apostrophe: number): boolean {
  return apostrophe - start <= 4 && ELIDED_PARTICLES.has(text.slice(start, apostrophe));
}

/** An apostrophe followed by "s" and then something that is not a letter. */
function isPossessiveAt(text: string, i: number, end: number): boolean {
  if (i + 1 >= end) return false;
  const s = codeAt(text, i + 1);
  if (s !== 0x73 && s !== 0x53) return false;
  if (i + 2 >= end) return true;
  const after = charClass(codeAt(text, i + 2));
  return !(after === CharClass.Upper || after === CharClass.Lower || after === CharClass.Caseless || after === CharClass.Digit);
}



const MARKS = /\p{M}/gu;
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'TH',
};
const LATIN = /[A-Za-z\u00C0-\u024F]/;
const LOOKALIKE_SCRIPTS = /[\u0370-\u03FF\u0400-\u04FF\u0500-\u052F]/;

/**
 * The matching key of text[start, end): lower case, no diacritics, look-alike letters folded
 * in words that mix scripts, typographic apostrophes made straight, periods dropped ("U.S." is "us").
 */
export function foldKey(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  const cased = asciiCase(text, start, end);
  if (cased === AsciiCase.NotAscii) return foldNonAscii(raw);
  if (cased === AsciiCase.Lower) return raw.indexOf('.') === -1 ? raw : raw.replace(/\./g, '');
  // "Smith" in a two-byte text: toLowerCase would leave the compiled code for the runtime's case mapping.
  const lowered = asciiLowered(text, start, end);
  return lowered.indexOf('.') === -1 ? lowered : lowered.replace(/\./g, '');
}

/** text[start, end), ASCII, in lower case: A-Z become a-z, as toLowerCase does (one-byte codes, one reused array). */
export function asciiLowered(text: string, start: number, end: number): string {
  const codes = loweredCodes;
  codes.length = end - start;
  for (let j = start; j < end; j++) {
    const code = text.charCodeAt(j);
    codes[j - start] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  }
  return String.fromCharCode(...codes);
}

const loweredCodes: number[] = [];

export const enum AsciiCase {
  /** Only ASCII, and no capital: the text is its own lower case. */
  Lower,
  /** Only ASCII, with a capital. */
  Upper,
  /** A character beyond ASCII. */
  NotAscii,
}

/**
 * Whether text[start, end) is ASCII, and then whether it holds a capital. Most words are written in
 * lower case, and toLowerCase on them is work for nothing: on a two-byte text (any file with a
 * curly quote or a dash) each call leaves the compiled code for the runtime's ICU case mapping.
 */
export function asciiCase(text: string, start: number, end: number): AsciiCase {
  let cased = AsciiCase.Lower;
  for (let j = start; j < end; j++) {
    const code = codeAt(text, j);
    if (code > 127) return AsciiCase.NotAscii;
    if (code >= 0x41 && code <= 0x5a) cased = AsciiCase.Upper;
  }
  return cased;
}

function foldNonAscii(raw: string): string {
  let s = raw;
  if (LATIN.test(s) && LOOKALIKE_SCRIPTS.test(s)) {
    let out = '';
    for (const ch of s) out += LOOKALIKE_TO_LATIN.get(ch.charCodeAt(0)) ?? ch;
    s = out;
  }
  // The Hawaiian ʻokina (U+02BB) is dropped, as English spelling drops it: "Hawaiʻi" is "hawaii", "Oʻahu" "oahu".
  s = s.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[.\u02BB]/g, '');
  // Letters that Unicode does not decompose into a base letter and a mark.
  s = s.replace(/[łŁøØđĐħĦıßæÆœŒþÞ]/g, (ch) => UNDECOMPOSABLE[ch] ?? ch);
  // Han, kana and Hangul are compared as written; NFD would split Hangul syllables into jamo.
  if (/[\p{Script=Hangul}]/u.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

const nameKeyScratch = new Tokens(64);

/** The key of a whole name: token keys joined by single spaces; hyphens count as spaces. */
/** A comma inside a name says nothing of it: "Apple, Inc." and "Apple Inc." are one key, as "Washington, D.C." and "Washington DC" are. */
export function isCommaToken(text: string, tokens: Tokens, i: number): boolean {
  return tokens.kind(i) === TokenKind.Punct && codeAt(text, tokens.starts[i]!) === 0x2c;
}

/**
 * "Farmer–Citizen Movement", "Paris–Roubaix": an en dash between two words with no space is the
 * hyphen of "Farmer-Citizen Movement", one key. "Paris – Roubaix" with spaces keeps it.
 */
export function isJoiningEnDash(text: string, tokens: Tokens, i: number): boolean {
  const start = tokens.starts[i]!;
  return codeAt(text, start) === 0x2013 && i > 0 && i < tokens.count - 1 && tokens.ends[i - 1] === start && tokens.starts[i + 1] === start + 1;
}

export function nameKey(text: string): string {
  // Names are short and keyed by the hundred thousand on a start: one reused buffer, not four
  // typed arrays per call for the collector to reclaim. Only huge texts get a buffer of their own.
  const tokens = text.length > 4096 ? tokenize(text) : tokenizeInto((nameKeyScratch.reset(), nameKeyScratch), text, 0, text.length);
  const parts: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kind(i);
    if (kind === TokenKind.Hyphen || kind === TokenKind.Period || isCommaToken(text, tokens, i) || isJoiningEnDash(text, tokens, i)) continue;
    if (kind === TokenKind.Possessive && i === tokens.count - 1) continue;
    parts.push(foldKey(text, tokens.starts[i]!, tokens.ends[i]!));
  }
  return parts.join(' ');
}
