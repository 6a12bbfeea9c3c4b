import type { Line } from './lines.js';

/**
 * Hard-wrapped text: wire copy and e-mail newsletters broken at 70–80 columns, where a line break
 * falls inside a sentence and sometimes inside a name ("Prime Minister Keir\nStarmer"). Such a
 * paragraph is one paragraph over several lines, not a paragraph per line.
 */

/** Wider than any wrapping width: a text whose lines run longer is written a paragraph per line. */
const MAX_WRAP_WIDTH = 100;
/**
 * Narrower than any wrapping width: wire copy and newsletters wrap at 60-80 columns. A text of short
 * lines of one length (200,000 lines of "the cranes were idle.") is a paragraph per line, not
 * paragraphs wrapped at 21 columns (it was read as 996 paragraphs of 200 lines).
 */
const MIN_WRAP_WIDTH = 50;
/** Fewer lines than this say nothing of a width. */
const MIN_WRAPPED_LINES = 4;
/** A line within this many columns of the width is a full line. */
const FULL_LINE_SLACK = 12;
/** A line was broken for want of room when its next word would have taken it past this share of the width. */
const BREAK_SHARE = 0.95;

/**
 * The width a text's lines were wrapped at, or 0 when they were not: the 90th percentile of its
 * lines' lengths is 50 to 100 columns, and most lines long enough to wrap come within a few
 * columns of it (a list of short lines of all lengths is not wrapped text).
 */
export function hardWrapWidth(lines: readonly Line[]): number {
  const counts = new Uint32Array(MAX_WRAP_WIDTH + 2);
  let total = 0;
  for (const line of lines) {
    if (line.contentEnd === line.contentStart) continue;
    counts[Math.min(MAX_WRAP_WIDTH + 1, line.contentEnd - line.start)]!++;
    total++;
  }
  if (total < MIN_WRAPPED_LINES) return 0;
  const width = percentile(counts, total, 0.9);
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return 0;
  let full = 0;
  for (let n = Math.max(1, width - FULL_LINE_SLACK); n <= width; n++) full += counts[n]!;
  return full >= MIN_WRAPPED_LINES && full * 5 >= total * 2 ? width : 0;
}

function percentile(counts: Uint32Array, total: number, share: number): number {
  let seen = 0;
  for (let n = 0; n < counts.length; n++) {
    seen += counts[n]!;
    if (seen >= total * share) return n;
  }
  return counts.length - 1;
}

/** "- item", "* item", "• item", "1. item", "2) item", "# Heading": a line that opens a block of its own. */
const BLOCK_MARKER = /^[ \t]*(?:[-*+•▪◦·–—]|\d{1,3}[.)]|#{1,6})[ \t]/;

/**
 * Whether `line` was broken only for want of room, so that `next` goes on with its paragraph: the
 * next line is no blank, opens no list item or heading and is indented no deeper (wire copy indents
 * a paragraph's first line), and its first word would not have fitted on this line.
 * `marked` is the text with its Markdown markers, which the analysed text has blanked.
 */
export function wrapsOnto(text: string, marked: string, line: Line, next: Line, width: number): boolean {
  if (width === 0 || next.contentEnd === next.contentStart || line.contentEnd === line.contentStart) return false;
  if (next.contentStart - next.start > line.contentStart - line.start) return false;
  if (BLOCK_MARKER.test(marked.slice(next.start, Math.min(next.contentEnd, next.contentStart + 8)))) return false;
  const firstWord = /^\S*/.exec(text.slice(next.contentStart, Math.min(next.contentEnd, next.contentStart + 40)))![0].length;
  return line.contentEnd - line.start + 1 + firstWord > width * BREAK_SHARE;
}

/** A line that ends a sentence, where a wrapped paragraph may end: "… on Tuesday." or '… "too high".' */
export function endsWrappedParagraph(text: string, line: Line): boolean {
  return /[.!?…:;]["'”’»)\]]*$/u.test(text.slice(Math.max(line.contentStart, line.contentEnd - 6), line.contentEnd));
}
