import {
  citeArticle,
  findClosestPassages,
  findQuoteSources,
  nextTurn,
  noteSpellings,
  shortLocation,
  spellingMessage,
  type ClosestPassage,
  type CorpusIndex,
  type NoteQuote,
  type QuoteSource,
  type SpellingNote,
  type WaitForTurn,
} from '@dossier/corpus/query';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from '../vscodeLanguageServer.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../corpusAccess.js';
import type { NoteAnalyses, NoteAnalysis } from './noteAnalysis.js';

export const DIAGNOSTIC_SOURCE = 'dossier';
export const SPELLING_VARIANT = 'spelling-variant';
export const QUOTE_NOT_FOUND = 'quote-not-found';

/** Data kept on a spelling diagnostic for its quick fix. */
export interface SpellingData {
  corpusForm: string;
  entityId: string;
}

/** Characters of a note checked for spellings between two yields to the event loop (a few milliseconds of work). */
const SLICE = 64 * 1024;

/**
 * Notes checked against the corpus: names spelled differently from the sources ("Zelensky" for
 * "Zelenskyy", Information), and quotations no source contains (Warning). Meant to run in the
 * background: it yields to the event loop as it goes and stops when `isCancelled` says so (the
 * next edit), so that requests are answered meanwhile.
 */
export class DiagnosticsProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly notes: NoteAnalyses,
    private readonly quotes: QuoteLookup,
    private readonly waitForTurn: WaitForTurn = nextTurn,
  ) {}

  /** Called when closest passages were found for a note's missing quotations: its diagnostics can say more. */
  onDidFindClosest: ((uri: string) => void) | null = null;

  /**
   * The note's diagnostics. A quotation not looked up in the corpus yet takes a corpus scan
   * (seconds on a large corpus): `early` is first given everything else, the edit's fresh
   * spelling diagnostics among them, and the result adds the quotations once they are known.
   */
  async provideDiagnostics(document: TextDocument, isCancelled: () => boolean = () => false, early?: (diagnostics: Diagnostic[]) => void): Promise<Diagnostic[]> {
    const index = this.corpus.current();
    if (!index) return [];
    const settings = this.corpus.settings().diagnostics;
    const analysis = this.notes.get(document, index);
    const diagnostics = settings.spellingVariants ? await this.spellingVariants(document, analysis, isCancelled) : [];
    if (!settings.quotes || isCancelled()) return diagnostics;
    const known = this.quotes.known(index, analysis.quotes);
    const unknown = analysis.quotes.filter((_, i) => known[i] === undefined);
    if (unknown.length && early) early([...diagnostics, ...this.quoteWarnings(document, index, analysis.quotes, known)]);
    const sources = unknown.length ? await this.quotes.sourcesOf(index, analysis.quotes, isCancelled) : known;
    if (isCancelled()) return diagnostics;
    this.lookForClosest(document, index, analysis.quotes.filter((_, i) => sources[i] === null), isCancelled);
    return [...diagnostics, ...this.quoteWarnings(document, index, analysis.quotes, sources)];
  }

  /**
   * The closest passages of missing quotations are looked for after the diagnostics that say they
   * are missing, in the background and once per quotation: the check that runs as the analyst
   * types costs what it did. A newer version of the note cancels the search.
   */
  private lookForClosest(document: TextDocument, index: CorpusIndex, missing: readonly NoteQuote[], isCancelled: () => boolean): void {
    const unknown = missing.filter((q) => this.quotes.closestKnown(index, q) === undefined);
    if (unknown.length === 0) return;
    void this.quotes.findClosest(index, unknown, isCancelled).then((found) => {
      if (found && !isCancelled()) this.onDidFindClosest?.(document.uri);
    });
  }

  /** Names written otherwise than the corpus writes them ("Kim Jong-un", "Zelensky"), with a quick fix; a slice at a time. */
  private async spellingVariants(document: TextDocument, analysis: NoteAnalysis, isCancelled: () => boolean): Promise<Diagnostic[]> {
    const text = analysis.text;
    const out: Diagnostic[] = [];
    // Each slice waits for its turn, the first too (and the note's resolution, 15 ms for the 100 KB
    // note): a note just opened is checked after the hovers asked meanwhile.
    await this.waitForTurn();
    if (isCancelled()) return out;
    // The resolution's numbers, not a NoteName per name (28,000 objects for the 1 MB note, most of a check's time).
    const names = analysis.resolved();
    for (let from = 0; from < text.length; from += SLICE) {
      if (from > 0) {
        await this.waitForTurn();
        if (isCancelled()) return out;
      }
      const to = Math.min(text.length, from + SLICE);
      for (const note of noteSpellings(analysis.index, text, names, from, to)) out.push(spellingDiagnostic(document, note));
    }
    return out;
  }

  /** A warning on each quotation no source contains (null); none on those not looked up yet (undefined). */
  private quoteWarnings(document: TextDocument, index: CorpusIndex, quotes: readonly NoteQuote[], sources: readonly (QuoteSource | null | undefined)[]): Diagnostic[] {
    return quotes
      .filter((_, i) => sources[i] === null)
      .map((quote) => ({
        range: { start: document.positionAt(quote.start), end: document.positionAt(quote.end) },
        severity: DiagnosticSeverity.Warning,
        source: DIAGNOSTIC_SOURCE,
        code: QUOTE_NOT_FOUND,
        message: quoteNotFoundMessage(index, this.quotes.closestKnown(index, quote)),
      }));
  }
}

function spellingDiagnostic(document: TextDocument, note: SpellingNote): Diagnostic {
  return {
    range: { start: document.positionAt(note.start), end: document.positionAt(note.end) },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: SPELLING_VARIANT,
    message: spellingMessage(note),
    data: { corpusForm: note.corpusForm, entityId: note.entity.id } satisfies SpellingData,
  };
}

/** "quote not found in the corpus; closest passage (62% alike): “…” — Title, Source, date, path:line". Plain text. */
function quoteNotFoundMessage(index: CorpusIndex, closest: ClosestPassage | null | undefined): string {
  if (closest === undefined) return 'quote not found in the corpus';
  if (closest === null) return 'quote not found in the corpus; no passage comes close';
  const article = closest.articleId ? index.articleById(closest.articleId)?.record : undefined;
  const where = shortLocation(closest.file, closest.range.start);
  const similarity = Math.round(closest.similarity * 100);
  return `quote not found in the corpus; closest passage (${similarity}% alike): “${closest.text}” — ${article ? citeArticle(article, where) : where}`;
}

/**
 * Where the corpus contains each quotation, remembered per index so that typing elsewhere in a
 * note does not search the corpus again.
 */
export class QuoteLookup {
  private cacheIndex: CorpusIndex | null = null;
  private readonly cache = new Map<string, QuoteSource | null>();
  private readonly closest = new Map<string, ClosestPassage | null>();

  constructor(
    private readonly corpus: CorpusAccess,
    private readonly waitForTurn: WaitForTurn = nextTurn,
  ) {}

  private useIndex(index: CorpusIndex): void {
    if (this.cacheIndex === index) return;
    this.cache.clear();
    this.closest.clear();
    this.cacheIndex = index;
  }

  /** The closest passage of a missing quotation if it was looked for already (null: none comes close), else undefined. */
  closestKnown(index: CorpusIndex, quote: NoteQuote): ClosestPassage | null | undefined {
    this.useIndex(index);
    return this.closest.get(quote.words.join(' '));
  }

  /** Looks for the closest passages of quotations; true when it found out something new (not cancelled). */
  async findClosest(index: CorpusIndex, quotes: readonly NoteQuote[], isCancelled: () => boolean): Promise<boolean> {
    this.useIndex(index);
    const found = await findClosestPassages(index, quotes.map((q) => q.words), (path) => this.corpus.textOf(path), isCancelled, this.waitForTurn);
    if (isCancelled() || this.cacheIndex !== index) return false;
    quotes.forEach((q, i) => this.closest.set(q.words.join(' '), found[i] ?? null));
    return true;
  }

  async sourcesOf(index: CorpusIndex, quotes: readonly NoteQuote[], isCancelled: () => boolean): Promise<(QuoteSource | null)[]> {
    this.useIndex(index);
    const missing = quotes.filter((q) => !this.cache.has(q.words.join(' ')));
    if (missing.length) {
      const found = await findQuoteSources(index, missing.map((q) => q.words), (path) => this.corpus.textOf(path), isCancelled, this.waitForTurn);
      if (isCancelled()) return quotes.map(() => null);
      missing.forEach((q, i) => this.cache.set(q.words.join(' '), found[i] ?? null));
    }
    return quotes.map((q) => this.cache.get(q.words.join(' ')) ?? null);
  }

  clear(): void {
    this.cache.clear();
    this.closest.clear();
    this.cacheIndex = null;
  }

  /** What is known without searching: a source, null (not in the corpus), or undefined (not looked up yet). */
  known(index: CorpusIndex, quotes: readonly NoteQuote[]): (QuoteSource | null | undefined)[] {
    if (this.cacheIndex !== index) return quotes.map(() => undefined);
    return quotes.map((q) => this.cache.get(q.words.join(' ')));
  }
}
