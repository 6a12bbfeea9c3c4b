import { contextArticle, spellingAt, type CorpusIndex, type EntityRecord, type NoteName, type SpellingNote } from '@dossier/corpus/query';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NoteAnalyses } from './noteAnalysis.js';

/** What a position of a note points at: an entity, how the note names it, and which of its articles the note is about. */
export interface NoteTarget {
  entity: EntityRecord;
  /** The words in the note (offsets) that name it. */
  start: number;
  end: number;
  /** The name as matched, with how an ambiguous one was resolved; null when only a misspelling names it ("Zelensky"). */
  name: NoteName | null;
  /** How the note's spelling differs from the corpus's, if it does. */
  spelling: SpellingNote | null;
  /** The global index of the article the note's context points at, or -1 (then the entity's own best mention). */
  article: number;
}

/**
 * One answer for hover, go to definition, "Open Source" and "Copy Citation": they agree on the
 * entity and on the mention that is its source, so a card's first link, F12 and the citation all
 * go to the same words.
 */
export class NoteTargets {
  constructor(private readonly notes: NoteAnalyses) {}

  at(document: TextDocument, index: CorpusIndex, offset: number): NoteTarget | null {
    // The name under the cursor and the names around it only: while typing into a long note, a
    // hover does not resolve the whole note.
    const analysis = this.notes.get(document, index);
    const name = analysis.nameAt(offset);
    const spelling = spellingAt(index, analysis.source, name ? [name] : [], offset);
    const entity = name?.entity ?? spelling?.entity;
    if (!entity) return null;
    const start = name?.start ?? spelling!.start;
    return {
      entity,
      start,
      end: name?.end ?? spelling!.end,
      name,
      spelling,
      article: contextArticle(index, entity, analysis, start),
    };
  }
}
