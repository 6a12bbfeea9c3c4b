import { composeEdits, NoteAnalysis, type CorpusIndex, type NoteEdit, type NoteName, type NoteText } from '@dossier/corpus/query';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { silentLogger, type Logger } from '../logger.js';
import { NoteDocument } from '../workspace/noteDocument.js';

export type { NoteAnalysis } from '@dossier/corpus/query';

interface CachedNote {
  index: CorpusIndex;
  /** The version `analysis` is of. */
  version: number;
  analysis: NoteAnalysis;
  /** The editor's changes since that version, composed into one, and the version they lead to. */
  pending: { edit: NoteEdit; version: number } | null;
}

/**
 * Analyses of open notes: hover, highlights, tokens and diagnostics all read the same one. An
 * edit does not analyse the note again: the editor's changes are remembered (`edited`), and the
 * next request brings the analysis up to date by matching again only the text they touched.
 */
export class NoteAnalyses {
  private readonly cache = new Map<string, CachedNote>();

  constructor(private readonly log: Logger = silentLogger) {}

  get(document: TextDocument, index: CorpusIndex): NoteAnalysis {
    const cached = this.cache.get(document.uri);
    if (cached && cached.index === index) {
      if (cached.version === document.version && !cached.pending && cached.analysis.source.length === noteTextOf(document).length) return cached.analysis;
      const updated = this.catchUp(cached, document);
      if (updated) return updated;
    }
    const analysis = NoteAnalysis.of(index, document.getText());
    this.cache.set(document.uri, { index, version: document.version, analysis, pending: null });
    return analysis;
  }

  /** The name under an offset: the one whose span contains it (its end included, as editors expect). */
  nameAt(document: TextDocument, index: CorpusIndex, offset: number): NoteName | null {
    return this.get(document, index).nameAt(offset);
  }

  /**
   * The editor changed a note: `edits` in order, each in offsets of the text the previous one
   * made; null for a change that replaced the whole text (analysed again from scratch).
   */
  edited(uri: string, version: number, edits: readonly NoteEdit[] | null): void {
    const cached = this.cache.get(uri);
    if (!cached) return;
    if (edits === null) {
      this.cache.delete(uri);
      return;
    }
    let edit = cached.pending?.edit ?? null;
    for (const next of edits) edit = edit ? composeEdits(edit, next) : next;
    if (edit) cached.pending = { edit, version };
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }

  /** The cached analysis brought up to the document's text by the pending edits; null if they do not lead there. */
  private catchUp(cached: CachedNote, document: TextDocument): NoteAnalysis | null {
    const pending = cached.pending;
    if (!pending || pending.version !== document.version) return null;
    // Read in stretches: a keystroke's catching up never joins a note the server keeps in pieces.
    const text = noteTextOf(document);
    try {
      const analysis = cached.analysis.edited(text, pending.edit);
      Object.assign(cached, { version: document.version, analysis, pending: null });
      return analysis;
    } catch (error) {
      // The changes reported do not lead to this text (a change the server never saw): from scratch.
      this.log.warn(`${document.uri}: ${(error as Error).message}; analysing the note again`);
      return null;
    }
  }
}

/** A document's text to read in stretches: in pieces when the server keeps it so (NoteDocument), never joined here. */
export function noteTextOf(document: TextDocument): NoteText {
  return document instanceof NoteDocument ? document.text : document.getText();
}
