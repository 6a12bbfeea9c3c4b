import type { CancellationToken, LocationLink, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../corpusAccess.js';
import { pathToUri } from '../workspace/paths.js';
import type { NoteTargets } from './noteTargets.js';

/**
 * F12: the exact words in the article that are the entity's source: its best mention (fullest
 * name, in body text, earliest) in the article the note's context points at, else in the corpus.
 * The hover card's first link and "Open Source" go to the same words (NoteTargets).
 */
export class DefinitionProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly targets: NoteTargets,
  ) {}

  async provideDefinition(document: TextDocument, position: Position, token?: CancellationToken): Promise<LocationLink[] | null> {
    const index = await this.corpus.ready(token);
    if (!index || token?.isCancellationRequested) return null;
    const target = this.targets.at(document, index, document.offsetAt(position));
    if (!target) return null;
    const mention = index.introducingMention(target.entity, target.article);
    if (!mention || !this.corpus.isLinkable(mention.path)) return null;
    return [
      {
        originSelectionRange: { start: document.positionAt(target.start), end: document.positionAt(target.end) },
        targetUri: pathToUri(mention.path),
        // The sentence is the context shown in a peek; the name is what the editor selects.
        targetRange: mention.sentenceRange ?? mention.range,
        targetSelectionRange: mention.range,
      },
    ];
  }
}
