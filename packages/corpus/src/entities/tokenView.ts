import { AsciiCase, asciiCase, asciiLowered, foldKey, isCommaToken, isJoiningEnDash, TokenFlag, TokenKind, type Tokens } from '../text/tokenize.js';
import { codeAt } from '../text/chars.js';
import { wordClassesOf } from './lexicon.js';

const WIDE_CHARACTER = /[^\u0000-\u00ff]/;

/** Read access to the tokens of one region of a file, with the questions the extractor asks of them. */
export class TokenView {
  /** Lower-case forms and keys are asked for again and again: each is computed once per token. */
  private readonly lowers: (string | undefined)[] = [];
  private readonly keys: (string | undefined)[] = [];

  /**
   * Whether the text holds a character past U+00FF (a curly quote: 92% of the files of ws-10000).
   * V8 then keeps the text two bytes a character, and each slice of it: a word's lower-case form is
   * made one byte a character instead (asciiLowered), so the word lists' Set and Map look-ups
   * compare it with their one-byte keys byte for byte, and the code that reads it sees one kind of string.
   */
  private readonly wide: boolean;

  constructor(
    readonly text: string,
    readonly tokens: Tokens,
  ) {
    this.wide = WIDE_CHARACTER.test(text);
  }

  get count(): number {
    return this.tokens.count;
  }

  start(i: number): number {
    return this.tokens.starts[i]!;
  }

  end(i: number): number {
    return this.tokens.ends[i]!;
  }

  kind(i: number): TokenKind {
    return this.tokens.kind(i);
  }

  raw(i: number): string {
    return this.text.slice(this.tokens.starts[i], this.tokens.ends[i]);
  }

  /** raw(i).length, without making the string: the "W" of "W. W. Rouse Ball" is one letter long. */
  length(i: number): number {
    return this.tokens.ends[i]! - this.tokens.starts[i]!;
  }

  lower(i: number): string {
    if (i < 0 || i >= this.tokens.count) return '';
    if (i >= this.lowers.length) grow(this.lowers, this.tokens.count - 1);
    return (this.lowers[i] ??= this.lowerCased(i));
  }

  /**
   * raw(i) in lower case; a word of ASCII letters without a capital ("said") is that already (see
   * asciiCase). An ASCII word with capitals ("Smith") is lowered here: in a two-byte text (any file
   * with a curly quote) toLowerCase left the compiled code for the runtime's ICU case mapping, one
   * call per capitalised word.
   */
  private lowerCased(i: number): string {
    const start = this.tokens.starts[i]!;
    const end = this.tokens.ends[i]!;
    if (end - start <= INTERNED_LENGTH) {
      const interned = internedLower(this.text, start, end);
      if (interned !== undefined) return interned;
    }
    const cased = asciiCase(this.text, start, end);
    if (cased === AsciiCase.Lower) return this.wide ? asciiLowered(this.text, start, end) : this.raw(i);
    return cased === AsciiCase.Upper ? asciiLowered(this.text, start, end) : this.raw(i).toLowerCase();
  }

  /** Whether lower(i) is in one of the lists of `classes` (WordClass bits): `view.hasClass(i, WordClass.Stop)` is STOPWORDS.has(view.lower(i)). */
  hasClass(i: number, classes: number): boolean {
    return (this.classesOf(i) & classes) !== 0;
  }

  /** wordClassesOf(lower(i)), looked up once per token (the cache holds the classes + 1; 0: not yet). */
  private classesOf(i: number): number {
    if (i < 0 || i >= this.tokens.count) return wordClassesOf('');
    // The article's regions are tokenized one after the other: the cache grows with the tokens.
    if (i >= this.classes.length) this.classes = grownClasses(this.classes, this.tokens.count);
    const known = this.classes[i]!;
    if (known !== 0) return known - 1;
    const classes = wordClassesOf(this.lower(i));
    this.classes[i] = classes + 1;
    return classes;
  }

  private classes: Int32Array = new Int32Array(0);

  /**
   * isNameToken's answer for capitalised token i (nameRuns): 0 not yet asked, 1 no, 2 yes. A
   * capitalised token is asked 1.3 times on average (the run's loop, then the rules that look one
   * token on or back), each a dozen rules. The answers may look at the tokens after i, so they are
   * kept for one token count only: a region tokenized later starts them afresh.
   */
  nameTokenAnswer(i: number): number {
    if (this.answeredAtCount !== this.tokens.count) {
      this.nameTokenAnswers = new Uint8Array(this.tokens.count);
      this.answeredAtCount = this.tokens.count;
    }
    return this.nameTokenAnswers[i]!;
  }

  /** Records isNameToken's answer for token i (asked of nameTokenAnswer first, at this token count). */
  rememberNameToken(i: number, yes: boolean): void {
    this.nameTokenAnswers[i] = yes ? 2 : 1;
  }

  private nameTokenAnswers = new Uint8Array(0);
  private answeredAtCount = -1;

  key(i: number): string {
    // A token past those tokenized so far has no key yet. Asked while an earlier region was read (the
    // cues look at the word after a dateline's "WASHINGTON"), it was keyed from what the shared token
    // buffer held there for the article before, and kept: the "Secretary" of "WASHINGTON - Secretary of
    // Defense Mark Ellison" keyed "", so his title was "of defense" and "the Secretary" found no holder.
    if (i < 0 || i >= this.tokens.count) return '';
    if (i >= this.keys.length) grow(this.keys, Math.max(i, this.tokens.count - 1));
    return (this.keys[i] ??= this.foldedKey(i));
  }

  /** foldKey of token i. A word of ASCII letters without a period ("Seoul") is its lower-case form: that string, made once. */
  private foldedKey(i: number): string {
    if (i >= 0 && i < this.tokens.count && isPlainAscii(this.text, this.tokens.starts[i]!, this.tokens.ends[i]!)) return this.lower(i);
    return foldKey(this.text, this.tokens.starts[i]!, this.tokens.ends[i]!);
  }

  private readonly rangeKeys = new Map<number, string>();

  /** The name key of tokens [first, end), as nameKey() gives for their text, without re-tokenizing. */
  keyOf(first: number, end: number): string {
    // One token, over half the calls on the 10k corpus, is keyed already (key): no map to ask or fill.
    if (end - first === 1) return this.isKeyed(first, true) ? this.key(first) : '';
    // The same spans are keyed again and again (gazetteer prefixes, demonyms, merges): remember them.
    const id = first * 4096 + (end - first);
    const known = end - first < 4096 ? this.rangeKeys.get(id) : undefined;
    if (known !== undefined) return known;
    // Joined once, not concatenated word by word: a concatenation is a tree of strings, which every
    // lookup of the key in a list or a memo (isCity, shortKeyWordsOf) compared the slow way.
    const words: string[] = [];
    for (let i = first; i < end; i++) if (this.isKeyed(i, i === end - 1) && (words.length > 0 || this.key(i) !== '')) words.push(this.key(i));
    const key = words.length === 0 ? '' : words.length === 1 ? words[0]! : words.join(' ');
    // Nor is a span past the tokens so far remembered (see key).
    if (end - first < 4096 && end <= this.tokens.count) this.rangeKeys.set(id, key);
    return key;
  }

  /** Whether keyOf keeps token i's key: no hyphen, period, comma or joining dash, nor a possessive closing the span. */
  private isKeyed(i: number, closes: boolean): boolean {
    const kind = this.tokens.kind(i);
    // "[Franklin D.] Roosevelt": an editor's closing bracket inside a quoted name is no part of its key.
    if (kind === TokenKind.Hyphen || kind === TokenKind.Period || isCommaToken(this.text, this.tokens, i) || isJoiningEnDash(this.text, this.tokens, i) || this.isChar(i, ']')) return false;
    return !(kind === TokenKind.Possessive && closes);
  }

  /**
   * keyOf(i, e) begins with key(i) and a space or ends there, for every e > i: token i is keyed
   * (not a hyphen, a period, a comma or a possessive, which keys skip) and its key is one word.
   * "Velyka" of "Velyka Novosilka" is; the "-" of "-based" is not.
   */
  opensKeys(i: number): boolean {
    const kind = this.tokens.kind(i);
    if (kind === TokenKind.Hyphen || kind === TokenKind.Period || kind === TokenKind.Possessive || isCommaToken(this.text, this.tokens, i) || isJoiningEnDash(this.text, this.tokens, i)) return false;
    const key = this.key(i);
    return key.length > 0 && !key.includes(' ');
  }

  /** First letters of the capitalised words of tokens [first, end), hyphenated parts included ("Self-Defense" gives S and D). */
  initials(first: number, end: number): string {
    let initials = '';
    for (let k = first; k < end; k++) if (this.isCapitalized(k)) initials += this.raw(k)[0];
    return initials.toUpperCase();
  }

  isWord(i: number): boolean {
    return this.tokens.kind(i) === TokenKind.Word;
  }

  isCapitalized(i: number): boolean {
    const k = this.tokens.kind(i);
    return (k === TokenKind.Word || k === TokenKind.Initialism) && this.tokens.has(i, TokenFlag.Capitalized);
  }

  isLowerWord(i: number): boolean {
    return this.tokens.kind(i) === TokenKind.Word && !this.tokens.has(i, TokenFlag.Capitalized) && !this.tokens.has(i, TokenFlag.HasDigit);
  }

  /** A lower-case "of" or "for": the connector of "Bank of Korea", "Institute for National Unification". */
  isOfOrFor(i: number): boolean {
    if (!this.isLowerWord(i)) return false;
    const word = this.lower(i);
    return word === 'of' || word === 'for';
  }

  isAllCaps(i: number): boolean {
    return this.tokens.has(i, TokenFlag.AllCaps);
  }

  hasDigit(i: number): boolean {
    return this.tokens.has(i, TokenFlag.HasDigit);
  }

  spaceBefore(i: number): boolean {
    return this.tokens.has(i, TokenFlag.SpaceBefore);
  }

  lineBreakBefore(i: number): boolean {
    return this.tokens.has(i, TokenFlag.LineBreakBefore);
  }

  /**
   * The token before `end`, past the period of an abbreviation right before it: the "Co" of "Acme
   * Co." and the "Gen" of "Gen. Okafor" (its `end` the name's first token). -1 before the first.
   */
  wordBefore(end: number): number {
    return this.kind(end - 1) === TokenKind.Period ? end - 2 : end - 1;
  }

  /** Nothing between token i and token i + 1. */
  adjacent(i: number): boolean {
    return this.tokens.ends[i] === this.tokens.starts[i + 1];
  }

  /**
   * Whether token i is punctuation whose first code unit is one of `chars` ("“" in OPEN_QUOTES).
   * Compared as char codes: `text[start]` made a string of the character to search for, a new one
   * for each curly quote or dash asked about (findNameRuns asks at every token, in quotedTitleEnd).
   */
  isChar(i: number, chars: string): boolean {
    if (i < 0 || i >= this.tokens.count) return false;
    const k = this.tokens.kind(i);
    if (k !== TokenKind.Punct && k !== TokenKind.Apostrophe && k !== TokenKind.Period && k !== TokenKind.Hyphen) return false;
    const code = codeAt(this.text, this.tokens.starts[i]!);
    for (let j = 0; j < chars.length; j++) if (codeAt(chars, j) === code) return true;
    return false;
  }

  /**
   * raw(i) === word, without making the string: the "A" and "S" of "Maersk A/S" are asked of every
   * name drafted (isSlashedLegalFormEnd, in the key of its evidence's memo), a slice each.
   */
  isText(i: number, word: string): boolean {
    const start = this.tokens.starts[i];
    const end = this.tokens.ends[i];
    if (start === undefined || end === undefined) return this.raw(i) === word;
    if (end - start !== word.length) return false;
    for (let j = 0; j < word.length; j++) if (codeAt(this.text, start + j) !== codeAt(word, j)) return false;
    return true;
  }

  slice(first: number, end: number): string {
    let written = this.text.slice(this.tokens.starts[first], this.tokens.ends[end - 1]);
    // An editor's bracket inside a quoted name ("[Franklin D.] Roosevelt" from its "[") is no letter of it.
    if (written.indexOf(']') >= 0) written = written.replace(CLOSING_BRACKETS, '');
    // A name over a hard-wrapped paragraph's line break ("Keir\nStarmer") is written with a space.
    return written.indexOf('\n') < 0 && written.indexOf('\r') < 0 ? written : written.replace(WRAPPED_LINE_BREAK, ' ');
  }
}

const WRAPPED_LINE_BREAK = /[ \t]*(?:\r\n?|\n)[ \t]*/g;
const CLOSING_BRACKETS = /\]/g;

/** ASCII words this long or shorter have their lower-case form from INTERNED_WORDS. */
const INTERNED_LENGTH = 12;

const INTERNED_SLOTS = 8192;

/**
 * Lower-case forms of short ASCII words, one string per word and table slot: "the", "said", "minister"
 * come back in every sentence of every file, and each token's form was a string made anew (a
 * one-byte copy, char by char, in the 92% of files with a curly quote). A bounded table that only
 * caches asciiLowered: its strings are made from no file's text, so they keep none alive.
 */
const INTERNED_WORDS: (string | undefined)[] = new Array<string | undefined>(INTERNED_SLOTS).fill(undefined);

/** text[start, end) in lower case when it is all ASCII (then from INTERNED_WORDS, made there if need be), else undefined. */
function internedLower(text: string, start: number, end: number): string | undefined {
  let h = end - start;
  for (let j = start; j < end; j++) {
    const code = codeAt(text, j);
    if (code > 127) return undefined;
    h = Math.imul(h, 31) + (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
  }
  const slot = (h ^ (h >>> 13)) & (INTERNED_SLOTS - 1);
  const known = INTERNED_WORDS[slot];
  if (known !== undefined && isLoweredAs(known, text, start, end)) return known;
  const made = asciiLowered(text, start, end);
  INTERNED_WORDS[slot] = made;
  return made;
}

/** Whether `word` is text[start, end) of ASCII in lower case. */
function isLoweredAs(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let j = start; j < end; j++) {
    const code = codeAt(text, j);
    if (codeAt(word, j - start) !== (code >= 0x41 && code <= 0x5a ? code + 0x20 : code)) return false;
  }
  return true;
}

/** No character of text[start, end) is beyond ASCII or a period: its key is its lower-case form ("U.S." is "us"). */
function isPlainAscii(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) {
    const code = text.charCodeAt(j);
    if (code > 127 || code === 0x2e) return false;
  }
  return true;
}

/**
 * Fills a per-token cache up to index i: written first at token 500 of an empty array, V8 would
 * make it a dictionary, and every later read a hash lookup. Lengthened and filled at once, not
 * pushed to one by one: each push was a call into V8's builtin, two per token of every article.
 */
function grow(cache: (string | undefined)[], i: number): void {
  const filled = cache.length;
  cache.length = i + 1;
  cache.fill(undefined, filled);
}

/** A class cache of `count` tokens or more holding what `cache` knew, 0 (not yet looked up) for the others; grown by half at least, as regions come. */
function grownClasses(cache: Int32Array, count: number): Int32Array {
  const grown = new Int32Array(Math.max(count, cache.length + (cache.length >> 1)));
  grown.set(cache);
  return grown;
}

export const OPEN_QUOTES = '"\'“‘«';
export const CLOSE_QUOTES = '"\'”’»';
