import { ENTITY_TYPES, type CorpusIndex, type ResolvedNames } from '@dossier/corpus/query';
import type { CancellationToken, Range, SemanticTokens, SemanticTokensDelta, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../corpusAccess.js';
import type { NoteAnalyses } from './noteAnalysis.js';
import { encode, reencode, tokenEdits } from './tokenEncoding.js';

/** One token type per entity type (the extension maps each to a standard type for themes). */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...ENTITY_TYPES],
  tokenModifiers: ['ambiguous'],
};

const TYPE_INDEX = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));

/**
 * Colours the names of a note by what they name: the whole note, what changed since the client's
 * last result (`full/delta`: after a keystroke, a few numbers instead of the whole note), or a
 * range (the part of a long note on screen).
 */
export class SemanticTokensProvider {
  /** The last full result given for each note, which the client may ask a delta against. */
  private readonly lastResults = new Map<string, { resultId: string; data: Int32Array }>();
  private nextResultId = 1;
  /** The whole note's tokens per resolution: the next version's are made from them. */
  private readonly encoded = new WeakMap<ResolvedNames, Int32Array>();
  /** Each entity's token type, by entity number, for the current index. */
  private tokenTypes: { index: CorpusIndex | null; byEntity: Uint8Array } = { index: null, byEntity: new Uint8Array(0) };

  constructor(
    private readonly corpus: CorpusAccess,
    private readonly notes: NoteAnalyses,
  ) {}

  async provideSemanticTokens(document: TextDocument, token?: CancellationToken): Promise<SemanticTokens> {
    const data = await this.wholeNote(document, token);
    if (!data) return { data: [] };
    return { resultId: this.remember(document.uri, data), data: Array.from(data) };
  }

  /** The edits that turn the client's previous result into the current one (or, without it, the whole result). */
  async provideSemanticTokensDelta(document: TextDocument, previousResultId: string, token?: CancellationToken): Promise<SemanticTokens | SemanticTokensDelta> {
    const data = await this.wholeNote(document, token);
    if (!data) return { data: [] };
    const previous = this.lastResults.get(document.uri);
    const resultId = this.remember(document.uri, data);
    if (previous?.resultId !== previousResultId) return { resultId, data: Array.from(data) };
    return { resultId, edits: tokenEdits(previous.data, data) };
  }

  async provideSemanticTokensRange(document: TextDocument, range: Range, token?: CancellationToken): Promise<SemanticTokens> {
    const index = await this.corpus.ready(token);
    if (!index || token?.isCancellationRequested) return { data: [] };
    const names = this.notes.get(document, index).resolved();
    return { data: encode(document, names, this.typesOf(index), names.firstEndingAfter(document.offsetAt(range.start)), document.offsetAt(range.end)) };
  }

  forget(uri: string): void {
    this.lastResults.delete(uri);
  }

  clear(): void {
    this.lastResults.clear();
    this.tokenTypes = { index: null, byEntity: new Uint8Array(0) };
  }

  private remember(uri: string, data: Int32Array): string {
    const resultId = String(this.nextResultId++);
    this.lastResults.set(uri, { resultId, data });
    return resultId;
  }

  /** The whole note's tokens; null when there is no index. Made from the previous version's when there are some. */
  private async wholeNote(document: TextDocument, token?: CancellationToken): Promise<Int32Array | null> {
    const index = await this.corpus.ready(token);
    if (!index || token?.isCancellationRequested) return null;
    const names = this.notes.get(document, index).resolved();
    let data = this.encoded.get(names);
    if (!data) {
      const types = this.typesOf(index);
      const before = names.previous && this.encoded.get(names.previous.names);
      data = before ? reencode(document, names, types, before, names.previous!) : Int32Array.from(encode(document, names, types, 0, Infinity));
      this.encoded.set(names, data);
    }
    return data;
  }

  /**
   * A table of token types by entity number: reading each name's entity record for its type
   * costs a cache miss per name (a third of colouring a 1 MB note).
   */
  private typesOf(index: CorpusIndex): Uint8Array {
    if (this.tokenTypes.index !== index) this.tokenTypes = { index, byEntity: Uint8Array.from(index.entities, (e) => TYPE_INDEX.get(e.type)!) };
    return this.tokenTypes.byEntity;
  }
}
