import type { EntityRecord } from '@dossier/corpus/query';
import type { CancellationToken, Location, Position, ReferenceContext } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../corpusAccess.js';
import type { NotesAccess } from '../notesAccess.js';
import { pathToUri } from '../workspace/paths.js';
import type { NoteAnalyses } from './noteAnalysis.js';

/** Shift+F12: every mention of the entity, in the corpus and in the notes. */
export class ReferencesProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly notes: NoteAnalyses,
    private readonly allNotes: NotesAccess,
  ) {}

  async provideReferences(document: TextDocument, position: Position, context: ReferenceContext, token?: CancellationToken): Promise<Location[] | null> {
    const index = await this.corpus.ready(token);
    if (!index || token?.isCancellationRequested) return null;
    const name = this.notes.nameAt(document, index, document.offsetAt(position));
    if (!name) return null;
    const locations: Location[] = [];
    for (const mention of index.mentionsOf(name.entity)) {
      if (this.corpus.isLinkable(mention.path)) locations.push({ uri: pathToUri(mention.path), range: mention.range });
    }
    for (const note of await this.allNotes.all()) {
      if (token?.isCancellationRequested) return null;
      locations.push(...this.inNote(note, name.entity, context.includeDeclaration || note.uri !== document.uri ? null : name.start));
    }
    return locations;
  }

  private inNote(note: TextDocument, entity: EntityRecord, skipOffset: number | null): Location[] {
    const index = this.corpus.current();
    if (!index) return [];
    const names = this.notes.get(note, index).resolved();
    const locations: Location[] = [];
    for (let i = 0; i < names.count; i++) {
      if (names.entity(i) === entity && names.start(i) !== skipOffset) locations.push({ uri: note.uri, range: { start: note.positionAt(names.start(i)), end: note.positionAt(names.end(i)) } });
    }
    return locations;
  }
}
