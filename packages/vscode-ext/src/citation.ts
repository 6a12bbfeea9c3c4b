// "Dossier: Copy Citation" copies the server's citation (plain text: sentence, title,
// source, date, path:line) to the clipboard and offers to insert it into the
// note as a Markdown footnote. This module plans that insertion as text
// edits (VS Code-free): the reference goes right after the name, the footnote
// definition at the end of the note, and neither is added twice.
import type { Citation } from './protocol';

export interface TextInsertion {
  /** Offset in the ORIGINAL text; insertions never overlap, so all refer to it. */
  offset: number;
  text: string;
}

/** "[^kim-yo-jong]" from "[^kim-yo-jong]: Japan Today, …" (or null if the footnote has no label). */
export function footnoteLabel(footnote: string): string | null {
  return /^\s*(\[\^[^\]\s]+\])\s*:/.exec(footnote)?.[1] ?? null;
}

/** True when a line of `text` already defines the footnote `label` ("[^x]: …"). */
export function hasFootnoteDefinition(text: string, label: string): boolean {
  return text.split(/\r?\n/).some((line) => line.trimStart().startsWith(`${label}:`));
}

const FOOTNOTE_LINE = /^\s*\[\^[^\]\s]+\]\s*:/;

/**
 * Where to insert `citation` into a note whose name ends at `nameEnd`.
 * Returns no insertion for the reference when it already follows the name,
 * and none for the footnote when the note already defines that label.
 */
export function planCitationInsertions(text: string, nameEnd: number, citation: Citation): TextInsertion[] {
  const insertions: TextInsertion[] = [];
  if (!text.startsWith(citation.reference, nameEnd)) insertions.push({ offset: nameEnd, text: citation.reference });

  const label = footnoteLabel(citation.footnote) ?? citation.reference;
  if (!hasFootnoteDefinition(text, label)) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const trimmed = text.replace(/(\r?\n)+$/, '');
    const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
    // Footnotes gather in one block at the end: join an existing block, else
    // start one after a blank line (Markdown needs it to end a paragraph).
    const separator = trimmed === '' ? '' : FOOTNOTE_LINE.test(lastLine) ? eol : eol + eol;
    // Inserted after the last non-blank character: the note's own trailing newlines stay last.
    insertions.push({ offset: trimmed.length, text: `${separator}${citation.footnote.trim()}` });
  }
  return insertions;
}

/** Applies insertions to a string (what the editor will do); used by tests and previews. */
export function applyInsertions(text: string, insertions: readonly TextInsertion[]): string {
  let out = text;
  for (const { offset, text: inserted } of [...insertions].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, offset) + inserted + out.slice(offset);
  }
  return out;
}

/** The notification shown after copying: the plain citation, as it is on the clipboard. */
export function citationCopiedMessage(name: string, citation: Citation): string {
  return `Copied the citation for ${name}: ${citation.text}`;
}
