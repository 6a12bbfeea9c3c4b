import type { AliasTarget, NameMatcher, NameScan } from '../corpusIndex/nameMatcher.js';
import type { WaitForTurn } from '../quotes/nextTurn.js';
import { CharClass, charClass } from '../text/chars.js';
import { editDelta, type NoteEdit } from './noteEdit.js';
import type { NoteText } from './noteText.js';
import type { Span, SpanList } from './spanList.js';

/** The names of a note: where each matched, and every entity the matched words may name. */
export type NameSpans = SpanList<AliasTarget[]>;

/**
 * How much text around the edit is read at a time: characters before it, read backwards to count
 * words, and after it for the scan (which grows while it is not enough). The result does not
 * depend on them.
 */
export interface RematchWindows {
  before: number;
  after: number;
}

// The scan tokenizes its whole window before it tries a word, and after a keystroke it usually stops
// at the third or fourth word past the edit: 256 characters after it tokenized ~40 words for nothing.
const WINDOWS: RematchWindows = { before: 128, after: 64 };

/**
 * How far outside a stretch the tokenizer and the matcher may read (they never look past a space,
 * and a stretch starts after one and ends at one): each runs on its stretch and this margin as one
 * string, so that a note kept in pieces is never joined whole.
 */
const MARGIN = 64;

/**
 * The names of a note after an edit, from the names before it: only the stretch around the edit
 * is matched again. The matcher scans left to right and, at each word it tries, looks ahead at
 * most `matcher.depth` words, so
 * - before the edit, the scan restarts at a space with enough words before the edit that no
 *   earlier attempt could have seen it, and outside any name (a name cut there is re-matched whole);
 * - after the edit, it stops at the first word it tries that the old scan also tried, past the
 *   edit and after a space: from there on both scans see the same text and find the same names,
 *   which are kept, shifted by the edit's length.
 * The names equal `matcher.matchAll(text)` (property-tested against it); `splice` says which of
 * them are new, in name numbers rather than offsets.
 */
export function rematchNames(matcher: NameMatcher, old: NameSpans, text: NoteText, edit: NoteEdit, windows = WINDOWS): { names: NameSpans; splice: NoteEdit } {
  const delta = editDelta(edit);
  const changedEnd = edit.start + edit.length;
  const restart = restartPoint(matcher.depth + 1, old, text, edit.start, windows.before);
  // A word the old scan tried: not inside one of its names.
  const meetsOldScan = (at: number) => at > changedEnd && isSpace(text, at - 1) && !old.covers(at - delta);
  for (let window = windows.after; ; window *= 2) {
    const end = spaceAtOrAfter(text, changedEnd + window);
    const scan = scanStretch(matcher, text, restart, end, meetsOldScan);
    // Cut short by the window (or never met the old scan inside it): scan further.
    if (end < text.length && (scan.cutShort || scan.stoppedAt < 0)) continue;
    const middle: Span<AliasTarget[]>[] = scan.matches.map((m) => ({ start: m.start, end: m.end, item: m.targets }));
    const keep = old.firstFrom(restart);
    const resume = scan.stoppedAt < 0 ? old.count : old.firstFrom(scan.stoppedAt - delta);
    // Which names were replaced, by number: old [keep, resume) became new [keep, keep + middle.length).
    return { names: old.splice(keep, middle, resume, delta), splice: { start: keep, end: resume, length: middle.length } };
  }
}

/**
 * Where to start matching again: just after a space, before the edit by at least `minWords`
 * words (tokens the matcher looks up: not hyphens or periods), and not inside an old name. Only
 * words before the last space before the edit count: the tokenizer never looks past a space to
 * decide a token that ends before it, so those words are the same in the old text and the new.
 */
function restartPoint(minWords: number, old: NameSpans, text: NoteText, editStart: number, chunk: number): number {
  const settled = Math.max(0, spaceBefore(text, editStart) - 1);
  let restart = wordsBack(text, settled, minWords, chunk);
  // Offsets before the edit are the same in the old text and the new one.
  while (old.covers(restart)) restart = spaceBefore(text, old.start(old.firstFrom(restart) - 1));
  return restart;
}

/**
 * The start (just after a space, or 0) of the stretch before `to` (a space) that holds `words`
 * words, read backwards `chunk` characters at a time, without tokenizing: a run of characters
 * between spaces that holds anything but hyphens and periods makes at least one token the matcher
 * looks up, so the runs counted are never more than its words and the stretch never too short.
 * Counting them by tokenizing 64, then 256 characters, and scanning those 256 again, was the
 * largest part of a keystroke's analysis of the 100 KB note; the matcher looks 14 words ahead
 * there, about 90 characters.
 */
function wordsBack(text: NoteText, to: number, words: number, chunk: number): number {
  let counted = 0;
  let inWord = false;
  for (let chunkEnd = to; chunkEnd > 0; ) {
    const chunkStart = Math.max(0, chunkEnd - chunk);
    const stretch = text.slice(chunkStart, chunkEnd);
    for (let i = stretch.length - 1; i >= 0; i--) {
      const cls = charClass(stretch.charCodeAt(i));
      if (cls === CharClass.Space || cls === CharClass.LineBreak) {
        if (inWord && ++counted >= words) return chunkStart + i + 1;
        inWord = false;
      } else if (cls !== CharClass.Hyphen && cls !== CharClass.Period) inWord = true;
    }
    chunkEnd = chunkStart;
  }
  return 0;
}

/** matcher.scan over text[start, end), run on that stretch and the margin: offsets in and out are the note's. */
function scanStretch(matcher: NameMatcher, text: NoteText, start: number, end: number, stopAt: (at: number) => boolean): NameScan {
  const base = Math.max(0, start - MARGIN);
  const stretch = text.slice(base, Math.min(text.length, end + MARGIN));
  const scan = matcher.scan(stretch, start - base, end - base, (at) => stopAt(at + base));
  for (const m of scan.matches) {
    m.start += base;
    m.end += base;
  }
  return { matches: scan.matches, stoppedAt: scan.stoppedAt < 0 ? -1 : scan.stoppedAt + base, cutShort: scan.cutShort };
}

/**
 * Every name of a long text, as `matcher.matchAll(text)` finds them, matched about `pieceChars`
 * characters at a time, waiting for `waitForTurn` between two pieces: each piece's scan stops at
 * the first word it tries past the piece's end that follows a space (as `rematchNames` stops:
 * the scan has no state left there, what follows depends only on the text from there on), and the
 * next piece starts at that word. The notes graph reads a 1 MB note on disk this way (`matchAll`
 * in one piece held the thread 120–670 ms).
 */
export async function matchInPieces(matcher: NameMatcher, text: string, waitForTurn: WaitForTurn, pieceChars: number): Promise<Span<AliasTarget[]>[]> {
  const spans: Span<AliasTarget[]>[] = [];
  for (let from = 0; from < text.length; ) {
    if (from > 0) await waitForTurn();
    const scan = scanPiece(matcher, text, from, from + pieceChars);
    for (const m of scan.matches) spans.push({ start: m.start, end: m.end, item: m.targets });
    from = scan.stoppedAt < 0 ? text.length : scan.stoppedAt;
  }
  return spans;
}

/** One piece of `matchInPieces`: from `from` (a token after a space) to the first word tried at or after `pieceEnd` after a space. */
function scanPiece(matcher: NameMatcher, text: string, from: number, pieceEnd: number): NameScan {
  const stopAt = (at: number) => at >= pieceEnd && isSpace(text, at - 1);
  for (let window = WINDOWS.after; ; window *= 2) {
    const end = spaceAtOrAfter(text, pieceEnd + window);
    const scan = matcher.scan(text, from, end, stopAt);
    // Cut short by the window, or no word to stop at inside it: scan further.
    if (end < text.length && (scan.cutShort || scan.stoppedAt < 0)) continue;
    return scan;
  }
}

/** True when text[at] is a space or a line break (tokens never contain one). */
function isSpace(text: NoteText, at: number): boolean {
  const cls = charClass(text.charCodeAt(at));
  return cls === CharClass.Space || cls === CharClass.LineBreak;
}

/** The offset just after the last space at or before `at - 1` (0 if none): a token starts there. */
function spaceBefore(text: NoteText, at: number): number {
  let i = at;
  while (i > 0 && !isSpace(text, i - 1)) i--;
  return i;
}

/** The first space at or after `at` (the text's length if none): no token runs across it. */
function spaceAtOrAfter(text: NoteText, at: number): number {
  let i = Math.min(at, text.length);
  while (i < text.length && !isSpace(text, i)) i++;
  return i;
}
