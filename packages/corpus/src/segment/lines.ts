import type { Span } from '../text/positions.js';

export interface Line {
  /** The line without its break. */
  start: number;
  end: number;
  /** The line without surrounding white space; empty (contentStart === contentEnd) for blank lines. */
  contentStart: number;
  contentEnd: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // Most texts break lines with \n alone: each found by indexOf, a native scan, not a loop over each character.
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      lines.push(trimmed(text, start, i));
      start = i + 1;
    }
    lines.push(trimmed(text, start, text.length));
    return lines;
  }
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code !== 10 && code !== 13 && code !== -1) continue;
    lines.push(trimmed(text, start, i));
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return lines;
}

function trimmed(text: string, start: number, end: number): Line {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  return { start, end, contentStart: s, contentEnd: e };
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0xfeff || code === 12 || code === 11 || (code >= 0x2000 && code <= 0x200b);
}

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && (isBlank(text.charCodeAt(start)) || text.charCodeAt(start) === 10 || text.charCodeAt(start) === 13)) start++;
  while (end > start && (isBlank(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return { start, end };
}
