import type { CorpusIndex } from '../corpusIndex/corpusIndex.js';
import { quoteSpans, type NoteQuote, type QuoteWords } from '../quotes/quoteFinder.js';
import { readTouchedLines, refreshLines, type TouchedLines } from './lineSpans.js';
import { aliasComments, aliasMap, readFrontMatter, sameAliases, type AliasComment, type FrontMatter } from './noteAliases.js';
import { composeEdits, editDelta, type NoteEdit } from './noteEdit.js';
import { wholeText, type NoteText } from './noteText.js';
import { findHeadings, resolveEntity, resolveName, type NoteName, type NoteNamesView } from './noteNames.js';
import { entityKeptAfterEdit, resolveNames, resolveNamesAfterEdit, resolveNamesInTurns, type ResolvedNames } from './resolvedNames.js';
import type { WaitForTurn } from '../quotes/nextTurn.js';
import { matchInPieces, rematchNames, type NameSpans } from './rematchNames.js';
import { SpanList } from './spanList.js';

/**
 * Finds the corpus's names in a note and resolves the ambiguous ones ("Kim", "Lee", "Hong"): the
 * note's own word first (`<!-- dossier: Kim = Kim Yo Jong -->`), then the note itself, the way a
 * reader would (the nearest earlier mention that could only mean one of the candidates, then any
 * such mention in the same section), then the corpus.
 */
export function findNoteNames(index: CorpusIndex, text: string): NoteName[] {
  return NoteAnalysis.of(index, text).names;
}

/** How much of a note on disk `resolveNoteInPieces` matches between two turns. */
export const NOTE_PIECE_CHARS = 8 * 1024;

/**
 * The names of a note on disk resolved, as `NoteAnalysis.of(index, text).resolved()` resolves
 * them, worked out a piece at a time, waiting for `waitForTurn` between: its names matched about
 * `pieceChars` characters at a time (matchInPieces), then resolved NAMES_PER_TURN at a time
 * (resolveNamesInTurns). The notes graph needs only their entities: no quotation is looked for.
 * It used to analyse the bench's 1 MB note as if typed 8 KB at a time, each piece an edit of the
 * analysis of all before it (span lists spliced, the whole resolution copied): 2–5 ms of the
 * main thread per piece, more for each piece than the one before.
 */
export async function resolveNoteInPieces(index: CorpusIndex, text: string, waitForTurn: WaitForTurn, pieceChars = NOTE_PIECE_CHARS): Promise<ResolvedNames> {
  const comments = SpanList.from(aliasComments(text, 0, text.length));
  const aliases = aliasMap(readFrontMatter(text), items(comments));
  // The comments' search reads the whole note (a regular expression over 1 MB, 3 ms when first run):
  // a turn of its own, and so is the resolution's first stretch, unless the note is one piece.
  const onePiece = text.length <= pieceChars;
  if (!onePiece) await waitForTurn();
  const names = SpanList.from(await matchInPieces(index.matcher, wholeText(blankComments(text, comments)), waitForTurn, pieceChars));
  if (!onePiece) await waitForTurn();
  const view: NoteNamesView = { index, text, names, headings: SpanList.from(findHeadings(text, 0, text.length)), aliases };
  return (await resolveNamesInTurns(view, waitForTurn))!;
}

/** What a note says about its own names: front matter, alias comments, and the map they make. */
interface NoteSettings {
  comments: SpanList<AliasComment>;
  frontMatter: FrontMatter | null;
  aliases: ReadonlyMap<string, string>;
}

/**
 * What Dossier sees in one version of a note: its names (matched, and resolved when asked), its
 * quotations, its headings and its own aliases. `edited()` makes the next version's analysis
 * from this one, matching again only the stretch of text an edit touched; everything else is
 * kept and shifted. Immutable: an analysis handed to a slow reader (diagnostics in the
 * background) stays true for its version.
 */
export class NoteAnalysis {
  private resolvedNames: ResolvedNames | null = null;
  /** A resolution being worked out in turns (resolvedInTurns). */
  private resolving: Promise<ResolvedNames | null> | null = null;
  private nameList: NoteName[] | null = null;
  private quoteList: NoteQuote[] | null = null;
  private joined: string | null = null;

  private constructor(
    readonly index: CorpusIndex,
    /** The text analysed, as given: an edit's analysis and a hover read it in stretches. */
    readonly source: NoteText,
    private readonly settings: NoteSettings,
    private readonly nameSpans: NameSpans,
    private readonly quoteSpans: SpanList<QuoteWords>,
    private readonly headings: SpanList<number>,
    /** An earlier version's resolution and which names the edits since replaced: resolving this one redoes only what they can have changed. */
    private basis: { resolved: ResolvedNames; splice: NoteEdit } | null = null,
  ) {}

  /**
   * The analysis of a whole text, from scratch. `blockSpans` (spans per block of its span lists)
   * is for tests: a few make the short notes of a property test cross many block edges.
   */
  static of(index: CorpusIndex, text: string, blockSpans?: number): NoteAnalysis {
    const comments = SpanList.from(aliasComments(text, 0, text.length), blockSpans);
    const frontMatter = readFrontMatter(text);
    const settings = { comments, frontMatter, aliases: aliasMap(frontMatter, items(comments)) };
    const names = SpanList.from(
      index.matcher.matchAll(wholeText(blankComments(text, comments))).map((m) => ({ start: m.start, end: m.end, item: m.targets })),
      blockSpans,
    );
    return new NoteAnalysis(index, text, settings, names, SpanList.from(quoteSpans(text, 0, text.length), blockSpans), SpanList.from(findHeadings(text, 0, text.length), blockSpans));
  }

  /** The text analysed as one string (joined when first asked, if it came in pieces). */
  get text(): string {
    return (this.joined ??= wholeText(this.source));
  }

  /**
   * The analysis of `text`, which `edit` made of this analysis's text. Reads only the stretch
   * around the edit (and the front matter, when the edit can reach it): `text` may be in pieces.
   */
  edited(text: NoteText, edit: NoteEdit): NoteAnalysis {
    const length = this.source.length;
    if (text.length !== length + editDelta(edit) || edit.start < 0 || edit.start > edit.end || edit.end > length) {
      throw new RangeError(`edit ${JSON.stringify(edit)} does not turn a text of ${length} characters into one of ${text.length}`);
    }
    const touched = readTouchedLines(text, edit);
    const delta = editDelta(edit);
    const settings = this.settingsAfter(text, edit, touched);
    // Names are matched in the text with the alias comments blanked. A comment opened or closed
    // by the edit blanks or shows text elsewhere on its line: with comments, whole lines are matched again.
    const withComments = this.settings.comments.count > 0 || settings.comments.count > 0;
    const { names, splice } = rematchNames(this.index.matcher, this.nameSpans, blankComments(text, settings.comments), withComments ? touched.lines : edit);
    // Versions in between that nobody resolved (a hover resolves one name only) are skipped over.
    const basis = this.resolvedNames ? { resolved: this.resolvedNames, splice } : this.basis ? { resolved: this.basis.resolved, splice: composeEdits(this.basis.splice, splice) } : null;
    const quotes = refreshLines(this.quoteSpans, touched, delta, (t, from, to) => quoteSpans(t, from, to));
    return new NoteAnalysis(this.index, text, settings, names, quotes, refreshLines(this.headings, touched, delta, findHeadings), basis);
  }

  /** Every name with the entity it was resolved to (worked out once per analysis, when first asked). */
  resolved(): ResolvedNames {
    if (!this.resolvedNames) {
      this.resolvedNames = this.basis ? resolveNamesAfterEdit(this.view(), this.basis.resolved, this.basis.splice) : resolveNames(this.view());
      this.basis = null;
    }
    return this.resolvedNames;
  }

  /**
   * `resolved()` for background work: from scratch, it is worked out a stretch of names at a time,
   * waiting for `waitForTurn` between (resolveNamesInTurns); after an edit, at once from the
   * version before (a few names). Null if `isCancelled` says so at a turn.
   */
  async resolvedInTurns(waitForTurn: WaitForTurn, isCancelled: () => boolean = () => false): Promise<ResolvedNames | null> {
    if (this.resolvedNames || this.basis) return this.resolved();
    // The spelling check and the notes graph both ask for a note just opened: one resolution, shared.
    const resolving = (this.resolving ??= resolveNamesInTurns(this.view(), waitForTurn, isCancelled));
    const resolved = await resolving;
    if (this.resolving === resolving) this.resolving = null;
    // A request may have needed the whole resolution meanwhile: the one made first is kept.
    if (resolved) this.resolvedNames ??= resolved;
    if (isCancelled()) return null;
    // Cancelled for the caller that started it, not for this one: the rest at once.
    return this.resolved();
  }

  /** Every name, resolved, as objects. */
  get names(): NoteName[] {
    return (this.nameList ??= this.resolved().all());
  }

  get nameCount(): number {
    return this.nameSpans.count;
  }

  get quotes(): NoteQuote[] {
    return (this.quoteList ??= Array.from({ length: this.quoteSpans.count }, (_, i) => ({ start: this.quoteSpans.start(i), end: this.quoteSpans.end(i), ...this.quoteSpans.item(i) })));
  }

  /** The quotations that start in [from, to), without making an object for each of the others. */
  quotesWithin(from: number, to: number): NoteQuote[] {
    const out: NoteQuote[] = [];
    for (let i = this.quoteSpans.firstFrom(from); i < this.quoteSpans.count && this.quoteSpans.start(i) < to; i++) {
      out.push({ start: this.quoteSpans.start(i), end: this.quoteSpans.end(i), ...this.quoteSpans.item(i) });
    }
    return out;
  }

  /**
   * The name under an offset: the one whose span contains it (its end included, as editors
   * expect). Resolves that name alone: a hover does not wait for the whole note.
   */
  nameAt(offset: number): NoteName | null {
    const i = this.nameSpans.indexAt(offset);
    if (i < 0) return null;
    return this.resolvedNames?.name(i) ?? resolveName(this.view(), i);
  }

  /** The names that lie wholly within [from, to), resolved. */
  namesWithin(from: number, to: number): NoteName[] {
    const out: NoteName[] = [];
    for (let i = this.nameSpans.firstFrom(from); i < this.nameSpans.count && this.nameSpans.end(i) <= to; i++) {
      out.push(this.resolvedNames?.name(i) ?? resolveName(this.view(), i));
    }
    return out;
  }

  /**
   * The names that lie wholly within [from, to) as where each starts and the number of the entity
   * it was resolved to: what `namesWithin` says, without making a name object for each.
   */
  entitiesWithin(from: number, to: number): { start: number; entity: number }[] {
    const out: { start: number; entity: number }[] = [];
    const view = this.resolvedNames ? null : this.view();
    for (let i = this.nameSpans.firstFrom(from); i < this.nameSpans.count && this.nameSpans.end(i) <= to; i++) {
      out.push({ start: this.nameSpans.start(i), entity: view ? resolveEntity(view, i) : this.resolvedNames!.entityIndex(i) });
    }
    return out;
  }

  /**
   * The entities of the `limit` names nearest an offset among those wholly within [from, to)
   * (`entitiesWithin`'s), nearest first and of two as near the earlier, leaving out the names
   * resolved to `except`. Only the names taken and those left out are resolved, and no object is
   * made per name: a hover on a list of names resolved the ~100 around it to keep 40.
   */
  nearestEntities(offset: number, from: number, to: number, limit: number, except: number): number[] {
    const spans = this.nameSpans;
    const first = spans.firstFrom(from);
    // Searched, not walked name by name: names end in order as they start.
    const end = Math.max(first, spans.firstEndingAfter(to));
    let after = Math.min(end, Math.max(first, spans.firstFrom(offset)));
    const entityOf = this.entityReader();
    const out: number[] = [];
    for (let before = after - 1; out.length < limit && (before >= first || after < end); ) {
      const takeBefore = before >= first && (after >= end || offset - spans.start(before) <= spans.start(after) - offset);
      const entity = entityOf(takeBefore ? before-- : after++);
      if (entity !== except) out.push(entity);
    }
    return out;
  }

  /**
   * How `nearestEntities` reads a name's entity: from this version's resolution if made; else from
   * an earlier version's (`basis`) when the edits since cannot have changed it; else resolved alone.
   * A hover on each keystroke's version resolved its ~40 names again, an ambiguous one walking
   * back to the nearest unambiguous mention (the server's largest self time of Dossier's code).
   */
  private entityReader(): (i: number) => number {
    const resolved = this.resolvedNames;
    if (resolved) return (i) => resolved.entityIndex(i);
    const view = this.view();
    const basis = this.basis;
    if (!basis || basis.resolved.aliases !== view.aliases) return (i) => resolveEntity(view, i);
    return (i) => {
      const kept = entityKeptAfterEdit(basis.resolved, basis.splice, i);
      return kept >= 0 ? kept : resolveEntity(view, i);
    };
  }

  /** The section an offset is in: from the heading at or before it (or the start) to the next heading (or the end). */
  sectionAround(offset: number): { start: number; end: number } {
    const k = this.headings.firstFrom(offset + 1);
    return { start: k > 0 ? this.headings.start(k - 1) : 0, end: k < this.headings.count ? this.headings.start(k) : this.source.length };
  }

  private view(): NoteNamesView {
    return { index: this.index, text: this.source, names: this.nameSpans, headings: this.headings, aliases: this.settings.aliases };
  }

  /** The note's settings after an edit: comments on the touched lines read again, front matter when the edit can reach it. */
  private settingsAfter(text: NoteText, edit: NoteEdit, touched: TouchedLines): NoteSettings {
    const comments = refreshLines(this.settings.comments, touched, editDelta(edit), aliasComments);
    const old = this.settings.frontMatter;
    // The front matter is read up to its closing line: an edit after it (when a line feed ends it) leaves it as it is.
    const reaches = old ? edit.start < old.end || this.source.charCodeAt(old.end - 1) !== 10 : edit.start < 5 || text.slice(0, 3) === '---';
    const frontMatter = reaches ? readFrontMatter(wholeText(text)) : old;
    const aliases = aliasMap(frontMatter, items(comments));
    return { comments, frontMatter, aliases: sameAliases(aliases, this.settings.aliases) ? this.settings.aliases : aliases };
  }
}

function items<T>(spans: SpanList<T>): T[] {
  return Array.from({ length: spans.count }, (_, i) => spans.item(i));
}

/**
 * The text with its alias comments blanked (as many spaces): they are the note's settings, not
 * names in it. A note with comments is joined into one string here.
 */
function blankComments(text: NoteText, comments: SpanList<AliasComment>): NoteText {
  if (comments.count === 0) return text;
  let out = '';
  let at = 0;
  for (let i = 0; i < comments.count; i++) {
    out += text.slice(at, comments.start(i)) + ' '.repeat(comments.end(i) - comments.start(i));
    at = comments.end(i);
  }
  return out + text.slice(at);
}
