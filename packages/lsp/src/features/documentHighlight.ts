import type { CancellationToken, DocumentHighlight, Position } from 'vscode-languageserver';
import { DocumentHighlightKind } from '../vscodeLanguageServer.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../corpusAccess.js';
import type { NoteAnalyses } from './noteAnalysis.js';

/** Every place in the note that names the same entity as the one under the cursor. */
export class DocumentHighlightProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly notes: NoteAnalyses,
  ) {}

  async provideDocumentHighlights(document: TextDocument, position: Position, token?: CancellationToken): Promise<DocumentHighlight[] | null> {
    const index = await this.corpus.ready(token);
    if (!index || token?.isCancellationRequested) return null;
    const name = this.notes.nameAt(document, index, document.offsetAt(position));
    if (!name) return null;
    const names = this.notes.get(document, index).resolved();
    const highlights: DocumentHighlight[] = [];
    for (let i = 0; i < names.count; i++) {
      if (names.entity(i) === name.entity) highlights.push({ range: { start: document.positionAt(names.start(i)), end: document.positionAt(names.end(i)) }, kind: DocumentHighlightKind.Text });
    }
    return highlights;
  }
}
