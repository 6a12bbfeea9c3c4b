/**
 * A note's text as the incremental analysis reads it: its length and stretches of it, never the
 * whole as one string. A string is one; so is an editor's document kept in pieces, whose
 * keystroke then costs a piece, not a copy of the note (pieceText.ts).
 * Offsets are UTF-16 code units, as in a string.
 */
export interface NoteText {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start: number, end?: number): string;
  indexOf(search: string, position?: number): number;
  lastIndexOf(search: string, position?: number): number;
}

/** The whole text as one string (a string as it is; text in pieces joined). */
export function wholeText(text: NoteText): string {
  return typeof text === 'string' ? text : text.slice(0);
}
