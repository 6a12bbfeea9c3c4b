import type { NoteEdit } from '@dossier/corpus/query';
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { NoteDocument } from './noteDocument.js';

/** Told of each change to an open document: its edits in offsets, or null when the whole text was replaced. */
export type EditListener = (uri: string, version: number, edits: NoteEdit[] | null) => void;

/**
 * Text documents kept as `NoteDocument`s (a keystroke copies neither the note nor its line
 * starts), that also say what each change did in offsets: an incremental change's range is
 * turned into offsets in the text it applies to (each change of one event applies to the text
 * the previous one made), so the note analysis can match again only what changed.
 */
export function documentsReportingEdits(listener: EditListener): TextDocumentsConfiguration<NoteDocument> {
  return {
    create: (uri, languageId, version, content) => NoteDocument.create(uri, languageId, version, content),
    update(document, changes, version) {
      let edits: NoteEdit[] | null = [];
      for (const change of changes) {
        const edit = editOf(document, change);
        document.update([change], version);
        if (edit) edits?.push(edit);
        else edits = null;
      }
      listener(document.uri, version, edits);
      return document;
    },
  };
}

/** An incremental change as offsets, as NoteDocument.update reads its range (clamped, start and end in order). */
function editOf(document: NoteDocument, change: TextDocumentContentChangeEvent): NoteEdit | null {
  if (!('range' in change)) return null;
  const a = document.offsetAt(change.range.start);
  const b = document.offsetAt(change.range.end);
  return { start: Math.min(a, b), end: Math.max(a, b), length: change.text.length };
}
