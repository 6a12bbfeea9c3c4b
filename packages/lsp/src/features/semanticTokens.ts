import { ENTITY_TYPES, type CorpusIndex, type ResolvedNames } from '@dossier/corpus/query';
import type { CancellationToken, Range, SemanticTokens, SemanticTokensDelta, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../corpusAccess.js';
import type { NoteAnalyses } from './noteAnalysis.js';
import { encode, reencode, tokenEdits, type Reencoded } from './tokenEncoding.js';

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
  /** The whole note's tokens per resolution: the next version's are made from them (with what reencode knows is unchanged). */
  private readonly encoded = new WeakMap<ResolvedNames, { data: Int32Array; from: Reencoded & { names: ResolvedNames; before: Int32Array } | null }>();
  /**
   * Per note, a buffer no result holds any more, which the next version's tokens are written
   * into: typing with the note coloured swaps two buffers instead of making a new one per
   * keystroke (600 KB for a 1 MB note, which V8 counts as memory to collect).
   */
  private readonly spare = new Map<string, ArrayBuffer>();
  /** Each entity's token type, by entity number, for the current index. */
  private tokenTypes: { index: CorpusIndex | null; byEntity: Uint8Array } = { index: null, byEntity: new Uint8Array(0) };

  constructor(
    private readonly corpus: CorpusAccess,
    private readonly notes: NoteAnalyses,
  ) {}

  async provideSemanticTokens(document: TextDocument, token?: CancellationToken): Promise<SemanticTokens> {
    const tokens = await this.wholeNote(document, token);
    if (!tokens) return { data: [] };
    return { resultId: this.remember(document.uri, tokens.data), data: Array.from(tokens.data) };
  }

  /** The edits that turn the client's previous result into the current one (or, without it, the whole result). */
  async provideSemanticTokensDelta(document: TextDocument, previousResultId: string, token?: CancellationToken): Promise<SemanticTokens | SemanticTokensDelta> {
    const tokens = await this.wholeNote(document, token);
    if (!tokens) return { data: [] };
    const { data, from } = tokens;
    const previous = this.lastResults.get(document.uri);
    const resultId = this.remember(document.uri, data);
    if (previous?.resultId !== previousResultId) return { resultId, data: Array.from(data) };
    // The client's result is the one these tokens were made from: only the stretch reencode did not copy is compared.
    const made = from && from.before === previous.data ? from : undefined;
    const edits = tokenEdits(previous.data, data, made);
    if (made && previous.data !== data) {
      // Nothing reads the earlier tokens now: their buffer takes the next version's.
      this.encoded.delete(made.names);
      tokens.from = null;
      this.spare.set(document.uri, previous.data.buffer as ArrayBuffer);
    }
    return { resultId, edits };
  }

  async provideSemanticTokensRange(document: TextDocument, range: Range, token?: CancellationToken): Promise<SemanticTokens> {
    const index = await this.corpus.ready(token);
    if (!index || token?.isCancellationRequested) return { data: [] };
    const names = this.notes.get(document, index).resolved();
    return { data: encode(document, names, this.typesOf(index), names.firstEndingAfter(document.offsetAt(range.start)), document.offsetAt(range.end)) };
  }

  forget(uri: string): void {
    this.lastResults.delete(uri);
    this.spare.delete(uri);
  }

  clear(): void {
    this.lastResults.clear();
    this.spare.clear();
    this.tokenTypes = { index: null, byEntity: new Uint8Array(0) };
  }

  private remember(uri: string, data: Int32Array): string {
    const resultId = String(this.nextResultId++);
    this.lastResults.set(uri, { resultId, data });
    return resultId;
  }

  /** The whole note's tokens; null when there is no index. Made from the previous version's when there are some. */
  private async wholeNote(document: TextDocument, token?: CancellationToken): Promise<{ data: Int32Array; from: (Reencoded & { names: ResolvedNames; before: Int32Array }) | null } | null> {
    const index = await this.corpus.ready(token);
    if (!index || token?.isCancellationRequested) return null;
    const names = this.notes.get(document, index).resolved();
    let tokens = this.encoded.get(names);
    if (!tokens) {
      const types = this.typesOf(index);
      const previous = names.previous;
      const before = previous && this.encoded.get(previous.names)?.data;
      if (previous && before) {
        const made = reencode(document, names, types, before, previous, (length) => this.buffer(document.uri, length));
        tokens = { data: made.data, from: { ...made, names: previous.names, before } };
      } else tokens = { data: Int32Array.from(encode(document, names, types, 0, Infinity)), from: null };
      this.encoded.set(names, tokens);
    }
    return tokens;
  }

  /** `length` numbers to write a note's tokens into: the note's spare buffer when it is large enough (taken), else a new one with room to grow. */
  private buffer(uri: string, length: number): Int32Array {
    const spare = this.spare.get(uri);
    this.spare.delete(uri);
    if (spare && spare.byteLength >= 4 * length) return new Int32Array(spare, 0, length);
    return new Int32Array(new ArrayBuffer(4 * (length + (length >> 4) + 64)), 0, length);
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
