import { entityCard } from '@dossier/corpus';
import { MarkupKind, type CancellationToken, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../corpusAccess.js';
import { renderCardMarkdown } from '../markdown/cardMarkdown.js';
import { pathToUri } from '../workspace/paths.js';
import type { NoteAnalyses } from './noteAnalysis.js';
import type { NoteGraph } from './noteGraph.js';

/** The card of the entity under the cursor; nothing at all for plain words. */
export class HoverProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly notes: NoteAnalyses,
    private readonly graph: NoteGraph,
  ) {}

  async provideHover(document: TextDocument, position: Position, token?: CancellationToken): Promise<Hover | null> {
    const index = await this.corpus.ready(token);
    if (!index || token?.isCancellationRequested) return null;
    const name = this.notes.nameAt(document, index, document.offsetAt(position));
    if (!name) return null;
    const card = entityCard(index, name.entity, {
      snippets: this.corpus.settings().hover.snippets,
      textOf: (path) => this.corpus.textOf(path),
    });
    const otherNotes = this.graph.otherNotesNaming(index, name.entity, document.uri) ?? 0;
    const value = renderCardMarkdown(card, {
      name,
      otherNotes,
      linkTo: (mention) => (this.corpus.isLinkable(mention.path) ? `${pathToUri(mention.path)}#L${mention.range.start.line + 1},${mention.range.start.character + 1}` : null),
    });
    return {
      contents: { kind: MarkupKind.Markdown, value },
      range: { start: document.positionAt(name.start), end: document.positionAt(name.end) },
    };
  }
}
