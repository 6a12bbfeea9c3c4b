import { findNoteNames, findNoteQuotes, type CorpusIndex, type NoteName, type NoteQuote } from '@dossier/corpus';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** What Dossier sees in a note: its names, resolved, and its quotations. */
export interface NoteAnalysis {
  names: NoteName[];
  quotes: NoteQuote[];
}

/**
 * Analyses of open notes, computed once per document version and index: hover, highlights,
 * tokens and diagnostics all read the same one.
 */
export class NoteAnalyses {
  private readonly cache = new Map<string, { version: number; index: CorpusIndex; analysis: NoteAnalysis }>();

  get(document: TextDocument, index: CorpusIndex): NoteAnalysis {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.index === index) return cached.analysis;
    const text = document.getText();
    const analysis = { names: findNoteNames(index, text), quotes: findNoteQuotes(text) };
    this.cache.set(document.uri, { version: document.version, index, analysis });
    return analysis;
  }

  /** The name under an offset: the one whose span contains it (its end included, as editors expect). */
  nameAt(document: TextDocument, index: CorpusIndex, offset: number): NoteName | null {
    const names = this.get(document, index).names;
    let low = 0;
    let high = names.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const name = names[mid]!;
      if (offset < name.start) high = mid - 1;
      else if (offset > name.end) low = mid + 1;
      else return name;
    }
    return null;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
