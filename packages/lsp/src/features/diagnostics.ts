import { findQuoteSources, type CorpusIndex, type NoteQuote, type QuoteSource } from '@dossier/corpus';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../corpusAccess.js';
import type { NoteAnalyses } from './noteAnalysis.js';

export const DIAGNOSTIC_SOURCE = 'dossier';
export const SPELLING_VARIANT = 'spelling-variant';
export const QUOTE_NOT_FOUND = 'quote-not-found';

/** Data kept on a spelling diagnostic for its quick fix. */
export interface SpellingData {
  corpusForm: string;
  entityId: string;
}

/**
 * Notes checked against the corpus: names spelled differently from the sources ("Zelensky" for
 * "Zelenskyy", Information), and quotations no source contains (Warning).
 */
export class DiagnosticsProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly notes: NoteAnalyses,
    private readonly quotes: QuoteLookup,
  ) {}

  async provideDiagnostics(document: TextDocument, isCancelled: () => boolean = () => false): Promise<Diagnostic[]> {
    const index = this.corpus.current();
    if (!index) return [];
    const settings = this.corpus.settings().diagnostics;
    const diagnostics: Diagnostic[] = [];
    if (settings.spellingVariants) diagnostics.push(...this.spellingVariants(document, index));
    if (settings.quotes) {
      const analysis = this.notes.get(document, index);
      const sources = await this.quotes.sourcesOf(index, analysis.quotes, isCancelled);
      if (isCancelled()) return diagnostics;
      analysis.quotes.forEach((quote, i) => {
        if (sources[i] === null) {
          diagnostics.push({
            range: { start: document.positionAt(quote.start), end: document.positionAt(quote.end) },
            severity: DiagnosticSeverity.Warning,
            source: DIAGNOSTIC_SOURCE,
            code: QUOTE_NOT_FOUND,
            message: 'quote not found in the corpus',
          });
        }
      });
    }
    return diagnostics;
  }

  /** Capitalised words that no corpus name covers but that spell a corpus name another way. */
  private spellingVariants(document: TextDocument, index: CorpusIndex): Diagnostic[] {
    const text = document.getText();
    const names = this.notes.get(document, index).names;
    const out: Diagnostic[] = [];
    // Words and names both come in text order: one pointer over the names says whether a word is
    // inside one, so a large note costs a pass, not words × names.
    let n = 0;
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]{3,}/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      while (n < names.length && names[n]!.end <= start) n++;
      if (n < names.length && names[n]!.start < end) continue;
      const variant = index.spellingVariant(m[0]);
      if (!variant) continue;
      out.push({
        range: { start: document.positionAt(start), end: document.positionAt(end) },
        severity: DiagnosticSeverity.Information,
        source: DIAGNOSTIC_SOURCE,
        code: SPELLING_VARIANT,
        message: `"${m[0]}" is spelled "${variant.form}" in the corpus (${variant.entity.name}, ${variant.entity.type})`,
        data: { corpusForm: variant.form, entityId: variant.entity.id } satisfies SpellingData,
      });
    }
    return out;
  }
}

/**
 * Where the corpus contains each quotation, remembered per index so that typing elsewhere in a
 * note does not search the corpus again.
 */
export class QuoteLookup {
  private cacheIndex: CorpusIndex | null = null;
  private readonly cache = new Map<string, QuoteSource | null>();

  constructor(private readonly corpus: CorpusAccess) {}

  async sourcesOf(index: CorpusIndex, quotes: readonly NoteQuote[], isCancelled: () => boolean): Promise<(QuoteSource | null)[]> {
    if (this.cacheIndex !== index) {
      this.cache.clear();
      this.cacheIndex = index;
    }
    const missing = quotes.filter((q) => !this.cache.has(q.words.join(' ')));
    if (missing.length) {
      const found = await findQuoteSources(index, missing.map((q) => q.words), (path) => this.corpus.textOf(path), isCancelled);
      if (isCancelled()) return quotes.map(() => null);
      missing.forEach((q, i) => this.cache.set(q.words.join(' '), found[i] ?? null));
    }
    return quotes.map((q) => this.cache.get(q.words.join(' ')) ?? null);
  }

  clear(): void {
    this.cache.clear();
    this.cacheIndex = null;
  }
}
