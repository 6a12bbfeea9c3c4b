import {
  citeArticle,
  composeEdits,
  editDelta,
  findClosestPassages,
  findQuoteSources,
  nextTurn,
  noteSpellings,
  shortLocation,
  spellingMessage,
  touchedLines,
  type ClosestPassage,
  type CorpusIndex,
  type NoteEdit,
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

/**
 * Characters of a note checked for spellings between two yields to the event loop, as the notes
 * graph's pieces (noteGraph.ts). A slice that waited its 500 ms for a lull runs while requests
 * keep coming, and the request behind it waits for all of it: at 64 KB, the 100 KB note's first
 * slice (with the note's resolution) held the thread 24 ms of CPU at load 19 in the 100k bench's
 * burst of 500 hovers, the slowest hover after the first.
 */
export const SPELLING_SLICE = 8 * 1024;

/**
 * Notes checked against the corpus: names spelled differently from the sources ("Zelensky" for
 * "Zelenskyy", Information), and quotations no source contains (Warning). Meant to run in the
 * background: it yields to the event loop as it goes and stops when `isCancelled` says so (the
 * next edit), so that requests are answered meanwhile.
 */
export class DiagnosticsProvider {
  /**
   * Per note, the spelling diagnostics of its last whole check, at their offsets in the text it
   * checked, and the editor's changes since (composed into one): the next check publishes the
   * changed lines first, fresh, with these for the rest of the note.
   */
  private readonly checked = new Map<string, { index: CorpusIndex; spellings: OffsetDiagnostic[]; quotes: OffsetDiagnostic[]; since: NoteEdit | null; closestFinds: number }>();

  constructor(
    private readonly corpus: CorpusAccess,
    private readonly notes: NoteAnalyses,
    private readonly quotes: QuoteLookup,
    private readonly waitForTurn: WaitForTurn = nextTurn,
  ) {}

  /** Called when closest passages were found for a note's missing quotations: its diagnostics can say more. */
  onDidFindClosest: ((uri: string) => void) | null = null;

  /** The editor changed a note: `edits` in order (as NoteAnalyses.edited), null when the whole text was replaced. */
  edited(uri: string, edits: readonly NoteEdit[] | null): void {
    const checked = this.checked.get(uri);
    if (!checked) return;
    if (edits === null) {
      this.checked.delete(uri);
      return;
    }
    for (const edit of edits) checked.since = checked.since ? composeEdits(checked.since, edit) : edit;
  }

  forget(uri: string): void {
    this.checked.delete(uri);
  }

  /**
   * The note's diagnostics. A quotation not looked up in the corpus yet takes a corpus scan
   * (seconds on a large corpus): `early` is first given everything else, the edit's fresh
   * spelling diagnostics among them, and the result adds the quotations once they are known.
   * After an edit of a checked note, `early` is given first the edited lines' spelling
   * diagnostics, fresh, and the last check's for the rest of the note (moved with the edit):
   * a 1 MB note's whole check takes a hundred milliseconds and more.
   */
  async provideDiagnostics(document: TextDocument, isCancelled: () => boolean = () => false, early?: (diagnostics: Diagnostic[]) => unknown): Promise<Diagnostic[]> {
    const index = this.corpus.current();
    if (!index) return [];
    const settings = this.corpus.settings().diagnostics;
    const analysis = this.notes.get(document, index);
    const version = document.version;
    let diagnostics: Diagnostic[] = [];
    let spellings: OffsetDiagnostic[] = [];
    // Kept only for the version checked: an edit since then would be missing from the edits since.
    const keep = (quotes: OffsetDiagnostic[]) => {
      if (!isCancelled() && document.version === version) this.checked.set(document.uri, { index, spellings, quotes, since: null, closestFinds: this.quotes.closestFinds });
    };
    if (settings.spellingVariants) {
      const before = early && this.editedFirst(document, analysis, settings.quotes);
      // Sent before the whole check starts, and out of the way of its slices.
      if (before) await early(before);
      spellings = await this.spellingVariants(document, analysis, isCancelled);
      diagnostics = spellings.map((d) => d.diagnostic);
    }
    if (!settings.quotes || isCancelled()) {
      if (!settings.quotes) keep([]);
      return diagnostics;
    }
    const known = this.quotes.known(index, analysis.quotes);
    const unknown = analysis.quotes.filter((_, i) => known[i] === undefined);
    if (unknown.length && early) early([...diagnostics, ...this.quoteWarnings(document, index, analysis.quotes, known).map((d) => d.diagnostic)]);
    const sources = unknown.length ? await this.quotes.sourcesOf(index, analysis.quotes, isCancelled) : known;
    if (isCancelled()) return diagnostics;
    this.lookForClosest(document, index, analysis.quotes.filter((_, i) => sources[i] === null), isCancelled);
    const warnings = this.quoteWarnings(document, index, analysis.quotes, sources);
    if (settings.spellingVariants) keep(warnings);
    return [...diagnostics, ...warnings.map((d) => d.diagnostic)];
  }

  /**
   * The diagnostics of the lines edited since the last whole check, checked now (spellings, and
   * quotations as far as they are known without a corpus search), and that check's for every
   * other line, moved by the edits; null when the note was never checked whole, or not edited since.
   */
  private editedFirst(document: TextDocument, analysis: NoteAnalysis, withQuotes: boolean): Diagnostic[] | null {
    const checked = this.checked.get(document.uri);
    const edit = checked?.since;
    if (!checked || !edit || checked.index !== analysis.index) return null;
    const lines = touchedLines(analysis.source, edit);
    const [from, to] = [lines.start, lines.start + lines.length];
    const fresh = noteSpellings(analysis.index, analysis.text, analysis.resolved(), from, to).map((note) => spellingDiagnostic(document, note));
    const spellings = moved(document, checked.spellings, edit, lines, fresh);
    if (!withQuotes) return spellings;
    const quotes = analysis.quotesWithin(from, to);
    const warnings = this.quoteWarnings(document, analysis.index, quotes, this.quotes.known(analysis.index, quotes)).map((d) => d.diagnostic);
    // A closest passage found since the check changes what a carried warning says (none found
    // since: the check's warnings as they are, not 7,100 messages looked up again for the 1 MB note).
    const restated = (d: OffsetDiagnostic) => (d.quote ? { ...d, diagnostic: { ...d.diagnostic, message: this.quotes.notFoundMessage(analysis.index, d.quote) } } : d);
    const carried = checked.closestFinds === this.quotes.closestFinds ? checked.quotes : checked.quotes.map(restated);
    return [...spellings, ...moved(document, carried, edit, lines, warnings)];
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
  private async spellingVariants(document: TextDocument, analysis: NoteAnalysis, isCancelled: () => boolean): Promise<OffsetDiagnostic[]> {
    const text = analysis.text;
    const out: OffsetDiagnostic[] = [];
    // Each slice waits for its turn, the first too: a note just opened is checked after the hovers
    // asked meanwhile. The note's resolution (15 ms for the 100 KB note at load) is worked out in
    // slices of its own, NAMES_PER_TURN names each.
    await this.waitForTurn();
    if (isCancelled()) return out;
    // The resolution's numbers, not a NoteName per name (28,000 objects for the 1 MB note, most of a check's time).
    const names = await analysis.resolvedInTurns(this.waitForTurn, isCancelled);
    if (!names) return out;
    for (let from = 0; from < text.length; from += SPELLING_SLICE) {
      await this.waitForTurn();
      if (isCancelled()) return out;
      const to = Math.min(text.length, from + SPELLING_SLICE);
      for (const note of noteSpellings(analysis.index, text, names, from, to)) out.push({ start: note.start, end: note.end, diagnostic: spellingDiagnostic(document, note) });
    }
    return out;
  }

  /** A warning on each quotation no source contains (null); none on those not looked up yet (undefined). */
  private quoteWarnings(document: TextDocument, index: CorpusIndex, quotes: readonly NoteQuote[], sources: readonly (QuoteSource | null | undefined)[]): OffsetDiagnostic[] {
    return quotes
      .filter((_, i) => sources[i] === null)
      .map((quote) => ({
        start: quote.start,
        end: quote.end,
        quote,
        diagnostic: {
          range: { start: document.positionAt(quote.start), end: document.positionAt(quote.end) },
          severity: DiagnosticSeverity.Warning,
          source: DIAGNOSTIC_SOURCE,
          code: QUOTE_NOT_FOUND,
          message: this.quotes.notFoundMessage(index, quote),
        },
      }));
  }
}

/**
 * Diagnostics of a whole check, after edits since: those before the edited lines as they were,
 * `fresh` for the edited lines, and those after moved by the edits (their lines too, when the
 * edits added or removed line breaks). `lines` is the edits widened to whole lines.
 */
function moved(document: TextDocument, checked: readonly OffsetDiagnostic[], edit: NoteEdit, lines: NoteEdit, fresh: readonly Diagnostic[]): Diagnostic[] {
  const delta = editDelta(edit);
  const out: Diagnostic[] = [];
  let k = 0;
  // Before the edited lines: the same offsets, the same positions.
  for (; k < checked.length && checked[k]!.end <= lines.start; k++) out.push(checked[k]!.diagnostic);
  out.push(...fresh);
  while (k < checked.length && checked[k]!.start < lines.end) k++;
  for (; k < checked.length; k++) {
    const { start, end, diagnostic } = checked[k]!;
    out.push({ ...diagnostic, range: { start: document.positionAt(start + delta), end: document.positionAt(end + delta) } });
  }
  return out;
}

/** A diagnostic and where it is in the text checked, in offsets. */
interface OffsetDiagnostic {
  start: number;
  end: number;
  diagnostic: Diagnostic;
  /** The quotation a warning is about. */
  quote?: NoteQuote;
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

/** A quotation's words as one key, made once per quotation (its words are kept from one version of the note to the next). */
const quoteKeys = new WeakMap<readonly string[], string>();
function quoteKey(words: readonly string[]): string {
  let key = quoteKeys.get(words);
  if (key === undefined) quoteKeys.set(words, (key = words.join(' ')));
  return key;
}

/**
 * Where the corpus contains each quotation, remembered per index so that typing elsewhere in a
 * note does not search the corpus again.
 */
export class QuoteLookup {
  private cacheIndex: CorpusIndex | null = null;
  private readonly cache = new Map<string, QuoteSource | null>();
  private readonly closest = new Map<string, ClosestPassage | null>();
  private readonly messages = new Map<string, { closest: ClosestPassage | null | undefined; message: string }>();
  /** How many times closest passages were found (or forgotten): a warning made before says less. */
  closestFinds = 0;

  constructor(
    private readonly corpus: CorpusAccess,
    private readonly waitForTurn: WaitForTurn = nextTurn,
  ) {}

  /** How the scans read each corpus file: without keeping its text, when the corpus can. */
  private readonly scanText = (path: string): string | null => (this.corpus.scanTextOf ? this.corpus.scanTextOf(path) : this.corpus.textOf(path));

  private useIndex(index: CorpusIndex): void {
    if (this.cacheIndex === index) return;
    this.cache.clear();
    this.closest.clear();
    this.messages.clear();
    this.closestFinds++;
    this.cacheIndex = index;
  }

  /** The closest passage of a missing quotation if it was looked for already (null: none comes close), else undefined. */
  closestKnown(index: CorpusIndex, quote: NoteQuote): ClosestPassage | null | undefined {
    this.useIndex(index);
    return this.closest.get(quoteKey(quote.words));
  }

  /** What a warning says of a quotation not in the corpus (with its closest passage, when known): made once per quotation and closest passage. */
  notFoundMessage(index: CorpusIndex, quote: NoteQuote): string {
    const closest = this.closestKnown(index, quote);
    const key = quoteKey(quote.words);
    const made = this.messages.get(key);
    if (made && made.closest === closest) return made.message;
    const message = quoteNotFoundMessage(index, closest);
    this.messages.set(key, { closest, message });
    return message;
  }

  /** Looks for the closest passages of quotations; true when it found out something new (not cancelled). */
  async findClosest(index: CorpusIndex, quotes: readonly NoteQuote[], isCancelled: () => boolean): Promise<boolean> {
    this.useIndex(index);
    const found = await findClosestPassages(index, quotes.map((q) => q.words), this.scanText, isCancelled, this.waitForTurn);
    if (isCancelled() || this.cacheIndex !== index) return false;
    quotes.forEach((q, i) => this.closest.set(quoteKey(q.words), found[i] ?? null));
    this.closestFinds++;
    return true;
  }

  async sourcesOf(index: CorpusIndex, quotes: readonly NoteQuote[], isCancelled: () => boolean): Promise<(QuoteSource | null)[]> {
    this.useIndex(index);
    const missing = quotes.filter((q) => !this.cache.has(quoteKey(q.words)));
    if (missing.length) {
      const found = await findQuoteSources(index, missing.map((q) => q.words), this.scanText, isCancelled, this.waitForTurn);
      if (isCancelled()) return quotes.map(() => null);
      missing.forEach((q, i) => this.cache.set(quoteKey(q.words), found[i] ?? null));
    }
    return quotes.map((q) => this.cache.get(quoteKey(q.words)) ?? null);
  }

  clear(): void {
    this.cache.clear();
    this.closest.clear();
    this.messages.clear();
    this.closestFinds++;
    this.cacheIndex = null;
  }

  /** What is known without searching: a source, null (not in the corpus), or undefined (not looked up yet). */
  known(index: CorpusIndex, quotes: readonly NoteQuote[]): (QuoteSource | null | undefined)[] {
    if (this.cacheIndex !== index) return quotes.map(() => undefined);
    return quotes.map((q) => this.cache.get(quoteKey(q.words)));
  }
}
