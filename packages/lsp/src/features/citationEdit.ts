import { entityCard, type CorpusIndex, type NoteName } from '@dossier/corpus';
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { escapeNoteText } from '../markdown/escape.js';

/**
 * "Insert citation": a footnote reference after the name and, at the end of the note, the
 * footnote citing the entity's best source sentence with the article's title, source, date and
 * `path:line`. A footnote already in the note is referenced again, not repeated. Null when the
 * corpus has no sentence to cite (an entity declared in dossier.yaml only).
 */
export function citationEdits(index: CorpusIndex, document: TextDocument, name: NoteName, textOf: (path: string) => string | null): TextEdit[] | null {
  const snippet = entityCard(index, name.entity, { snippets: 1, coMentions: 0, textOf }).snippets[0];
  if (!snippet) return null;
  const label = `[^${name.entity.id}]`;
  const text = document.getText();
  const edits: TextEdit[] = [{ range: { start: document.positionAt(name.end), end: document.positionAt(name.end) }, newText: label }];
  if (!text.includes(`${label}:`)) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const where = `${snippet.mention.file}:${snippet.mention.range.start.line + 1}`;
    const parts = [snippet.articleTitle ? `“${escapeNoteText(snippet.articleTitle)}”` : null, snippet.source ? escapeNoteText(snippet.source) : null, snippet.published?.slice(0, 10) ?? 'undated'];
    const path = where.includes('`') ? escapeNoteText(where) : `\`${where}\``;
    const footnote = `${label}: “${escapeNoteText(snippet.text)}” — ${[...parts.filter(Boolean), path].join(', ')}.`;
    const end = document.positionAt(text.length);
    const gap = text.length === 0 ? '' : text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
    edits.push({ range: { start: end, end }, newText: `${gap}${footnote}${eol}` });
  }
  return edits;
}
