/**
 * One change to a note's text, in UTF-16 offsets: old text[start, end) became `length` new
 * characters (an editor's incremental change, once its range is turned into offsets).
 */
export interface NoteEdit {
  start: number;
  end: number;
  length: number;
}

/** How far text after the edit moved: +1 for a typed character, -1 for a deleted one. */
export function editDelta(edit: NoteEdit): number {
  return edit.length - (edit.end - edit.start);
}

/**
 * One edit that does what `first`, then `second` (in the text `first` made), did: the smallest
 * stretch of the original text that both together replaced. Typing "a" then "b" at offset 10
 * is {10, 10, 2}; typing at 10 then deleting at 500 is one edit from 10 to 501.
 */
export function composeEdits(first: NoteEdit, second: NoteEdit): NoteEdit {
  // In the text between the two edits, first's new text is [first.start, firstEnd).
  const firstEnd = first.start + first.length;
  const start = Math.min(first.start, second.start);
  const end = first.end + Math.max(0, second.end - firstEnd);
  const newEnd = Math.max(firstEnd, second.end) + editDelta(second);
  return { start, end, length: newEnd - start };
}

/** The text an edit makes of `text` with `inserted` as its new characters (tests and checks). */
export function applyEdit(text: string, edit: NoteEdit, inserted: string): string {
  return text.slice(0, edit.start) + inserted + text.slice(edit.end);
}
