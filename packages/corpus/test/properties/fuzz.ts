/**
 * Shared set-up of the property tests: how many cases, which seed, and generators of the text a
 * scraper or an analyst may produce. A normal run (CI) is bounded and deterministic: a fixed seed
 * and a few hundred cases. `npm run fuzz` (vitest --mode fuzz) runs a hundred times more cases with
 * a fresh seed; FUZZ_RUNS sets the count and FUZZ_SEED replays a failure fast-check reported.
 */
import fc from 'fast-check';

export const FUZZING = process.env.DOSSIER_FUZZ === '1' || process.env.FUZZ_RUNS !== undefined;
const CI_SEED = 20251125;

/** fast-check parameters for a property that runs `ciRuns` cases in a normal run. */
export function fuzzParams(ciRuns: number): { numRuns: number; seed: number; endOnFailure: boolean } {
  const runs = Number(process.env.FUZZ_RUNS);
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FUZZING ? Date.now() % 2 ** 31 : CI_SEED;
  // fast-check prints the seed and the path of a failing case: FUZZ_SEED=<seed> replays it.
  return { numRuns: runs > 0 ? runs : FUZZING ? ciRuns * 100 : ciRuns, seed, endOnFailure: FUZZING };
}

/** Names the extractor knows or can find, in several scripts, and names made of regex syntax. */
export const NAMES = [
  'Kim Jong Un', 'Kim Yo Jong', 'Kim', 'Vladimir Putin', 'Putin', 'TSMC', 'Taiwan Semiconductor Manufacturing Co',
  '台積電', 'Volodymyr Zelenskyy', 'Zelensky', 'North Korea', 'Seoul', 'Moscow', 'U.S.', 'US', 'NATO',
  'Vostochny Cosmodrome', 'Vostochny \u0421osmodrome', 'Hong Tai 58', "O'Brien", 'Jean-Luc Picard', 'Đorđe Đoković',
  'Sérgio Açaí', 'Мария Захарова', 'محمد بن سلمان', 'בנימין נתניהו', '김정은', 'Ｔｏｋｙｏ', 'Łódź', 'İstanbul',
  'Straße', 'Ingrid Valtersen', '(a+)+$', '[[[', '(.*)*', '\\1', '$&', 'ÉLYSÉE',
];

export const WORDS = [
  'said', 'the', 'met', 'in', 'on', 'Thursday', 'The', 'President', 'Minister', 'leader', 'of', 'and', 'talks',
  'ministry', 'a', 'He', 'She', 'Mr.', 'Dr.', 'Inc.', 'Co.', 'Ltd', '10,000', '3.5', 'US$100', '2025', "Kim's",
  'TSMC’s', 'anti-Kim', 'Akizuki-class', 'e.g.', 'officials', 'Russian', 'South Korean', 'Ministry', 'Foreign',
  'Coast Guard', 'AIS', 'MRO', 'according', 'to',
];

export const SEPARATORS = [
  ' ', ' ', ' ', ' ', '. ', ', ', '; ', ': ', '! ', '? ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\u2028',
  '\u0085', '\t', ' (', ') ', '"', '“', '”', '‘', '’', "'", ' - ', ' — ', '…', '。', '\u00a0', '\u3000', '\u200b',
  '\ufeff', '\f', '\v', '/', '#', '[', ']', '*', '_', '`', '<', '>', '&', '&amp;',
];

/** Astral characters, joiners, combining marks, RTL controls, lone surrogates, NUL and friends. */
export const EXOTIC = [
  '😀', '🚢🚢', '👩‍👩‍👧‍👦', '🇰🇷', 'e\u0301', '\u0301', 'Z\u0351\u0352\u0353', 'ﬁ', 'İ', 'ß', 'ǅ', '\u200f', '\u202e',
  '\u0000', '\ud800', '\udc00', '\udbff\udfff', '\ud83d', '\ude00', '𠀀', '𝐀𝐁', 'ĳ', '\uFFFD', '台', '積', '電', 'の',
  'ア', '한', 'ا', 'ש', '\u0627\u0644\u0639\u0631\u0628\u064a\u0629', '\u05e2\u05d1\u05e8\u05d9\u05ea', '\u0007', '\u001b[2J',
];

/** Lines that page furniture and article headers are made of. */
export const FURNITURE = [
  'Japan Today', '33 minutes ago', 'an hour ago', 'Yesterday', 'Aug 14, 2025', '2025-08-14T10:00:00Z', '- Japan Today',
  'By Jack Kim ', 'SEOUL (Reuters) - ', 'FILE PHOTO: Kim Jong Un waves. REUTERS/Kim Hong-Ji/File Photo ', 'Related Articles',
  'Hashtags', 'Comments', 'Advertisement', '© Thomson Reuters 2025.', 'SECURITY: ', 'Photo: Kremlin via Reuters', '(Yonhap)',
  'Share', 'Subscribe now', 'Associated Press writer Jan Kowalski in Warsaw contributed to this report.',
];

const piece = (furniture: boolean) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...NAMES) },
    { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 8, arbitrary: fc.constantFrom(...SEPARATORS) },
    { weight: 2, arbitrary: fc.constantFrom(...EXOTIC) },
    { weight: furniture ? 2 : 0, arbitrary: fc.constantFrom(...FURNITURE).map((l) => `\n${l}\n`) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  );

/** Text that looks enough like scraped articles to exercise every path, and hostile enough to break them. */
export const articleText = (maxPieces = 160) => fc.array(piece(true), { maxLength: maxPieces }).map((p) => p.join(''));

/** The same without furniture lines: text that never ends an article or drops what follows. */
export const plainText = (maxPieces = 60) => fc.array(piece(false), { maxLength: maxPieces }).map((p) => p.join(''));

/** Markdown notes: headings, lists, quotes, emphasis and links around names. */
export const noteText = (maxPieces = 120) =>
  fc
    .array(
      fc.oneof(
        { weight: 10, arbitrary: piece(false) },
        { weight: 2, arbitrary: fc.constantFrom('\n# ', '\n## ', '\n- ', '\n> ', '**', '_', '`', '[', '](http://x)', '![', '"', '“', '”') },
      ),
      { maxLength: maxPieces },
    )
    .map((p) => p.join(''));

/** Any string at all: every code unit, lone surrogates included. */
export const anyText = fc.string({ unit: 'binary', maxLength: 200 });

/** The LSP range of a span, computed independently of LineIndex (lines end at \r\n, \r or \n). */
export function rangeIn(text: string, start: number, end: number) {
  return { start: positionIn(text, start), end: positionIn(text, end) };
}

export function positionIn(text: string, offset: number) {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      if (i + 1 >= offset) break; // inside a \r\n: still on this line
      i++;
    }
    if (c === 13 || c === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: Math.min(offset, lineEndAt(text, lineStart)) - lineStart };
}

function lineEndAt(text: string, lineStart: number): number {
  let e = lineStart;
  while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return e;
}
