import { entityCard, renderCardText, spellingMessage, type CorpusIndex } from '@dossier/corpus';
import { MarkupKind, type CancellationToken, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MARKDOWN_CLIENT, type ClientAccess } from '../clientAccess.js';
import type { CorpusAccess } from '../corpusAccess.js';
import { ambiguityNote, renderCardMarkdown } from '../markdown/cardMarkdown.js';
import { plainText } from '../markdown/escape.js';
import { pathToUri } from '../workspace/paths.js';
import type { NoteGraph } from './noteGraph.js';
import type { NoteTarget, NoteTargets } from './noteTargets.js';

/** The card of the entity under the cursor (a misspelled name's too, with the spelling on top); nothing for plain words. */
export class HoverProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly targets: NoteTargets,
    private readonly graph: NoteGraph,
    private readonly client: ClientAccess = MARKDOWN_CLIENT,
  ) {}

  async provideHover(document: TextDocument, position: Position, token?: CancellationToken): Promise<Hover | null> {
    const index = await this.corpus.ready(token);
    if (!index || token?.isCancellationRequested) return null;
    const target = this.targets.at(document, index, document.offsetAt(position));
    if (!target) return null;
    const otherNotes = this.graph.otherNotesNaming(index, target.entity, document.uri) ?? 0;
    return {
      contents:
        this.client.hoverFormat() === 'plaintext'
          ? { kind: MarkupKind.PlainText, value: this.plainCard(index, target, otherNotes) }
          : { kind: MarkupKind.Markdown, value: this.markdownCard(index, target, otherNotes) },
      range: { start: document.positionAt(target.start), end: document.positionAt(target.end) },
    };
  }

  private card(index: CorpusIndex, target: NoteTarget) {
    return entityCard(index, target.entity, { snippets: this.corpus.settings().hover.snippets, article: target.article, textOf: (path) => this.corpus.textOf(path) });
  }

  private markdownCard(index: CorpusIndex, target: NoteTarget, otherNotes: number): string {
    return renderCardMarkdown(this.card(index, target), {
      notes: notesAbout(target),
      otherNotes,
      linkTo: (mention) => (this.corpus.isLinkable(mention.path) ? `${pathToUri(mention.path)}#L${mention.range.start.line + 1},${mention.range.start.character + 1}` : null),
    });
  }

  /** Readable as it is: no escapes, no entity codes, `path:line` instead of file: URIs. */
  private plainCard(index: CorpusIndex, target: NoteTarget, otherNotes: number): string {
    return plainText(renderCardText(this.card(index, target), { notes: notesAbout(target), otherNotes })).trimEnd();
  }
}

/** What to say first about the name as the note writes it. */
function notesAbout(target: NoteTarget): string[] {
  const notes: string[] = [];
  if (target.spelling) notes.push(`${spellingMessage(target.spelling)}.`);
  const ambiguity = target.name ? ambiguityNote(target.name) : null;
  if (ambiguity) notes.push(ambiguity);
  return notes;
}
