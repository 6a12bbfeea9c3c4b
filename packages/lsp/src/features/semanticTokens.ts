import { ENTITY_TYPES } from '@dossier/corpus';
import type { CancellationToken, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../corpusAccess.js';
import type { NoteAnalyses } from './noteAnalysis.js';

/** One token type per entity type (the extension maps each to a standard type for themes). */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...ENTITY_TYPES],
  tokenModifiers: ['ambiguous'],
};

const TYPE_INDEX = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));

/** Colours the names of a note by what they name. */
export class SemanticTokensProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly notes: NoteAnalyses,
  ) {}

  async provideSemanticTokens(document: TextDocument, token?: CancellationToken): Promise<SemanticTokens> {
    const index = await this.corpus.ready(token);
    if (!index || token?.isCancellationRequested) return { data: [] };
    const data: number[] = [];
    let previousLine = 0;
    let previousStart = 0;
    for (const name of this.notes.get(document, index).names) {
      const start = document.positionAt(name.start);
      const end = document.positionAt(name.end);
      // Semantic tokens cannot span lines; a name broken across lines is coloured on its first line.
      const length = start.line === end.line ? end.character - start.character : document.offsetAt({ line: start.line + 1, character: 0 }) - name.start;
      if (length <= 0) continue;
      const deltaLine = start.line - previousLine;
      const deltaStart = deltaLine === 0 ? start.character - previousStart : start.character;
      data.push(deltaLine, deltaStart, length, TYPE_INDEX.get(name.entity.type)!, name.resolution === 'unique' ? 0 : 1);
      previousLine = start.line;
      previousStart = start.character;
    }
    return { data };
  }
}
