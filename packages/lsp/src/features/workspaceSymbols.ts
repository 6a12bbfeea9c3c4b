import type { CancellationToken, SymbolInformation } from 'vscode-languageserver';
import type { CorpusAccess } from '../corpusAccess.js';
import { pathToUri } from '../workspace/paths.js';
import { SYMBOL_KIND } from './entityKinds.js';

/** Ctrl+T: find an entity by any of its names; it opens where the entity is introduced. */
export class WorkspaceSymbolProvider {
  constructor(private readonly corpus: CorpusAccess) {}

  async provideWorkspaceSymbols(query: string, token?: CancellationToken): Promise<SymbolInformation[]> {
    const index = await this.corpus.ready(token);
    if (!index || token?.isCancellationRequested) return [];
    const symbols: SymbolInformation[] = [];
    for (const entity of index.search(query, 200)) {
      const mention = index.introducingMention(entity);
      if (!mention || !this.corpus.isLinkable(mention.path)) continue;
      symbols.push({
        name: entity.name,
        kind: SYMBOL_KIND[entity.type],
        location: { uri: pathToUri(mention.path), range: mention.range },
        containerName: `${entity.type} · ${entity.mentionCount} mentions`,
      });
    }
    return symbols;
  }
}
