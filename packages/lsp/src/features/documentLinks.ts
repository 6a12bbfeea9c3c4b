import { citeArticle, shortLocation } from '@dossier/corpus/query';
import type { CancellationToken, DocumentLink } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../corpusAccess.js';
import { pathToUri } from '../workspace/paths.js';
import type { QuoteLookup } from './diagnostics.js';
import type { NoteAnalyses } from './noteAnalysis.js';

/** A quotation the corpus contains becomes a link to where it was said. */
export class DocumentLinkProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly notes: NoteAnalyses,
    private readonly quotes: QuoteLookup,
  ) {}

  async provideDocumentLinks(document: TextDocument, token?: CancellationToken): Promise<DocumentLink[]> {
    const index = this.corpus.current();
    if (!index || !this.corpus.settings().diagnostics.quotes) return [];
    const quotes = this.notes.get(document, index).quotes;
    const sources = await this.quotes.sourcesOf(index, quotes, () => token?.isCancellationRequested ?? false);
    const links: DocumentLink[] = [];
    quotes.forEach((quote, i) => {
      const source = sources[i];
      if (!source || !this.corpus.isLinkable(source.path)) return;
      const article = source.articleId ? index.articleById(source.articleId) : undefined;
      const where = shortLocation(source.file, source.range.start);
      links.push({
        range: { start: document.positionAt(quote.start), end: document.positionAt(quote.end) },
        target: `${pathToUri(source.path)}#L${source.range.start.line + 1},${source.range.start.character + 1}`,
        // A tooltip is plain text: "Quoted from “Title”, Source, 2025-08-14, seeds/….txt:34".
        tooltip: `Quoted from ${article ? citeArticle(article.record, where) : where}`,
      });
    });
    return links;
  }
}
