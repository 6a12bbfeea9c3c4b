import { entityCard, renderCardText, spellingMessage, type CorpusIndex, type EntityCard } from '@dossier/corpus/query';
import type { CancellationToken, Hover, Position } from 'vscode-languageserver';
import { MarkupKind } from '../vscodeLanguageServer.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MARKDOWN_CLIENT, type ClientAccess } from '../clientAccess.js';
import { notePhrases } from '../corpusLibrary.js';
import { cardSources, type CorpusAccess } from '../corpusAccess.js';
import { ambiguityNote, renderCardMarkdown } from '../markdown/cardMarkdown.js';
import { plainText } from '../markdown/escape.js';
import { indexingProgress, previewNote, type StatusParams } from '../protocol.js';
import { pathToUri } from '../workspace/paths.js';
import { CardCache } from './cardCache.js';
import type { NoteGraph } from './noteGraph.js';
import type { NoteTarget, NoteTargets } from './noteTargets.js';

type IndexingStatus = Pick<StatusParams, 'done' | 'total' | 'phase'>;
/** How often a hover waiting for the first index looks whether indexing has begun. */
const PROGRESS_LOOK_MS = 100;

/**
 * The card of the entity under the cursor (a misspelled name's too, with the spelling on top);
 * nothing for plain words. Before the first index exists, a name says at once how far indexing
 * is instead of waiting for it (VS Code showed a bare "Loading..." for up to 40 s on 10,000 files).
 */
export class HoverProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly targets: NoteTargets,
    private readonly graph: NoteGraph,
    private readonly client: ClientAccess = MARKDOWN_CLIENT,
    private readonly cards = new CardCache(),
    /**
     * The cards' data by entity and source article, apart from their rendering: when only what
     * the card says first or the count of other notes changed (the notes graph read again), the
     * card is rendered again from its data, without reading the articles again. In the typing
     * probe, the five hovered cards were made before the graph's first read and made again, whole,
     * on the first keystrokes once it counted another note: 0.7-13 ms each at load 10.
     */
    private readonly entityCards = new CardCache<EntityCard>(),
  ) {}

  /**
   * With an index, the card at once, not in a promise (the request guard and the library take
   * either): the hover of each keystroke made a promise and a turn of the microtask queue here,
   * and one more for each await above it. Before the first index, a promise of the card or of how
   * far indexing is.
   */
  provideHover(document: TextDocument, position: Position, token?: CancellationToken): Hover | null | Promise<Hover | null> {
    const index = this.corpus.current();
    return index ? this.cardHover(index, document, position, token) : this.hoverBeforeIndex(document, position, token);
  }

  private async hoverBeforeIndex(document: TextDocument, position: Position, token?: CancellationToken): Promise<Hover | null> {
    const { index, progress } = await this.firstIndexOrProgress(token);
    if (progress) {
      // The same words in Markdown and plain text: they hold no markup.
      return (await this.previewHover(document, position, token)) ?? indexingHover(document, position, progress, this.client.hoverFormat() === 'plaintext' ? MarkupKind.PlainText : MarkupKind.Markdown);
    }
    return index ? this.cardHover(index, document, position, token) : null;
  }

  /**
   * While indexing, the card from the preview of the files analysed so far (a cold index of many
   * files), its first line saying so: only for a name the preview knows as written and whole, not
   * a spelling near one of its names nor a part of a longer name ("Pavin" of "Pavin Zelenko", an
   * ambiguous given name in a preview at 100,000 articles): the name may be in files not analysed yet.
   */
  private async previewHover(document: TextDocument, position: Position, token?: CancellationToken): Promise<Hover | null> {
    const preview = this.corpus.preview?.();
    if (!preview) return null;
    const { capitalisedPhraseAt } = await notePhrases();
    const phrase = capitalisedPhraseAt(document.getText(), document.offsetAt(position));
    if (!phrase) return null;
    const whole = (target: NoteTarget) => !!target.name?.entity && target.start <= phrase.start && target.end >= phrase.end;
    return this.cardHover(preview.index, document, position, token, { note: previewNote(preview), accept: whole });
  }

  /** The card of the entity named at the position, from the index; from a preview, with its note first and for the targets it accepts. */
  private cardHover(index: CorpusIndex, document: TextDocument, position: Position, token?: CancellationToken, preview?: { note: string; accept: (target: NoteTarget) => boolean }): Hover | null {
    if (token?.isCancellationRequested) return null;
    const target = this.targets.at(document, index, document.offsetAt(position));
    if (!target || (preview && !preview.accept(target))) return null;
    const otherNotes = this.graph.otherNotesNaming(index, target.entity, document.uri) ?? 0;
    const notes = preview ? [preview.note, ...notesAbout(target)] : notesAbout(target);
    const plain = this.client.hoverFormat() === 'plaintext';
    const key = [plain ? 'plain' : 'markdown', target.entity.index, target.article, otherNotes, ...notes].join('\u0000');
    const value = this.cards.card(index, this.corpus.settings(), key, () => (plain ? this.plainCard(index, target, notes, otherNotes) : this.markdownCard(index, target, notes, otherNotes)));
    return {
      contents: { kind: plain ? MarkupKind.PlainText : MarkupKind.Markdown, value },
      range: { start: document.positionAt(target.start), end: document.positionAt(target.end) },
    };
  }

  /**
   * Before the first index: the index once ready, or how far indexing is as soon as the workspace says
   * it is indexing. A hover asked while the server was starting (before it looked for the files) used
   * to wait for the whole index behind VS Code's "Loading...": 4 s and more in the real-editor test
   * on 10k, until the mouse moved. The progress is looked at again every 100 ms meanwhile. The
   * index is waited for only when there is no progress to tell: a hover that asked for it at once
   * left its wait behind until the index came (ServedIndex).
   */
  private async firstIndexOrProgress(token?: CancellationToken): Promise<{ index: CorpusIndex | null; progress: IndexingStatus | null }> {
    let ready: Promise<CorpusIndex | null> | null = null;
    for (;;) {
      const progress = this.corpus.current() ? null : (this.corpus.indexing?.() ?? null);
      if (progress) return { index: null, progress };
      ready ??= this.corpus.ready(token);
      const index = await Promise.race([ready, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), PROGRESS_LOOK_MS))]);
      if (index !== undefined) return { index, progress: null };
      if (token?.isCancellationRequested) return { index: null, progress: null };
    }
  }

  /** Lets go of the cards made (the language service is disposed). */
  clear(): void {
    this.cards.clear();
    this.entityCards.clear();
  }

  private card(index: CorpusIndex, target: NoteTarget): EntityCard {
    const settings = this.corpus.settings();
    const key = `${target.entity.index}\u0000${target.article}`;
    return this.entityCards.card(index, settings, key, () => entityCard(index, target.entity, { snippets: settings.hover.snippets, article: target.article, ...cardSources(this.corpus) }));
  }

  private markdownCard(index: CorpusIndex, target: NoteTarget, notes: string[], otherNotes: number): string {
    return renderCardMarkdown(this.card(index, target), {
      notes,
      otherNotes,
      linkTo: (mention) => (this.corpus.isLinkable(mention.path) ? `${pathToUri(mention.path)}#L${mention.range.start.line + 1},${mention.range.start.character + 1}` : null),
    });
  }

  /** Readable as it is: no escapes, no entity codes, `path:line` instead of file: URIs. */
  private plainCard(index: CorpusIndex, target: NoteTarget, notes: string[], otherNotes: number): string {
    return plainText(renderCardText(this.card(index, target), { notes, otherNotes })).trimEnd();
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

/**
 * "Dossier is indexing the corpus: 3,232/10,000 files (29%). Cards appear when it is done." for a
 * capitalised phrase ("Kim Yo Jong", not "The" or "Thursday") while there is no index to tell
 * names from other words; plain words get nothing, as they will later.
 */
async function indexingHover(document: TextDocument, position: Position, progress: Pick<StatusParams, 'done' | 'total' | 'phase'>, kind: MarkupKind): Promise<Hover | null> {
  const { capitalisedPhraseAt } = await notePhrases();
  const phrase = capitalisedPhraseAt(document.getText(), document.offsetAt(position));
  if (!phrase) return null;
  const { percentage, message } = indexingProgress(progress);
  return {
    contents: { kind, value: `Dossier is indexing the corpus: ${message} (${percentage}%). Cards appear when it is done.` },
    range: { start: document.positionAt(phrase.start), end: document.positionAt(phrase.end) },
  };
}
