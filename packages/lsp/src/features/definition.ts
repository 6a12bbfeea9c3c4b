import type { CancellationToken, LocationLink, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../corpusAccess.js';
import { pathToUri } from '../workspace/paths.js';
import type { NoteAnalyses } from './noteAnalysis.js';

/** F12: the exact words in the article that introduce the entity (its fullest name, earliest). */
export class DefinitionProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly notes: NoteAnalyses,
  ) {}

  async provideDefinition(document: TextDocument, position: Position, token?: CancellationToken): Promise<LocationLink[] | null> {
    const index = await this.corpus.ready(token);
    if (!index || token?.isCancellationRequested) return null;
    const name = this.notes.nameAt(document, index, document.offsetAt(position));
    if (!name) return null;
    const mention = index.introducingMention(name.entity);
    if (!mention || !this.corpus.isLinkable(mention.path)) return null;
    return [
      {
        originSelectionRange: { start: document.positionAt(name.start), end: document.positionAt(name.end) },
        targetUri: pathToUri(mention.path),
        // The sentence is the context shown in a peek; the name is what the editor selects.
        targetRange: mention.sentenceRange ?? mention.range,
        targetSelectionRange: mention.range,
      },
    ];
  }
}
