import type { CorpusIndex, EntityRecord } from '../corpusIndex/corpusIndex.js';
import { AliasKind, type AliasTarget } from '../corpusIndex/nameMatcher.js';
import { firstAtLeast } from '../text/sortedSearch.js';
import { nameKey } from '../text/tokenize.js';
import { regexSpans } from './lineSpans.js';
import type { NoteText } from './noteText.js';
import type { NameSpans } from './rematchNames.js';
import type { Span, SpanList } from './spanList.js';

export type Resolution =
  /** The form names one entity only. */
  | 'unique'
  /** Several entities share the form; an earlier unambiguous mention in the note decided. */
  | 'note'
  /** ...a mention elsewhere in the same section decided. */
  | 'section'
  /** ...nothing in the note decided; the corpus's most used one was taken. */
  | 'corpus'
  /** The note says what the form means here (`<!-- dossier: Kim = Kim Yo Jong -->`). */
  | 'here';

/** A name found in a note, resolved to the entity the analyst most likely means. */
export interface NoteName {
  start: number;
  end: number;
  text: string;
  entity: EntityRecord;
  /** Every entity the form may name, the chosen one first. */
  candidates: EntityRecord[];
  resolution: Resolution;
}

/** A note's matched names, its headings and its own aliases, which resolve the ambiguous names among them. */
export interface NoteNamesView {
  index: CorpusIndex;
  /** Read in stretches (each name's words): a keystroke's hover never joins a note kept in pieces. */
  text: NoteText;
  names: NameSpans;
  /** Where Markdown headings ("# ...", "## ...") start: each starts a section. */
  headings: SpanList<number>;
  /** What the note says its forms mean (noteAliases.ts): entity name by folded form. */
  aliases: ReadonlyMap<string, string>;
}

/** Markdown headings in text[from, to), a run of whole lines, each with its level (the number of #). */
export function findHeadings(text: NoteText, from: number, to: number): Span<number>[] {
  return regexSpans(/^(#{1,6})\s/gm, text, from, to, (m) => m[1]!.length);
}

/**
 * One name resolved as `resolveNames` resolves it, without resolving the others (a hover on a
 * 1 MB note): the note's own alias for its form, else the nearest earlier unambiguous name of
 * one of its candidates, else the first such name after it in its section.
 */
export function resolveName(view: NoteNamesView, i: number): NoteName {
  const why = { resolution: 'unique' as Resolution };
  const chosen = contextOf(view, i, why);
  const here = aliasedEntityAlone(view, i, chosen);
  return noteName(view, i, chosen, here < 0 ? why.resolution : 'here', here);
}

/** The entity number `resolveName` shows for name i, without making the name (a hover's context reads dozens). */
export function resolveEntity(view: NoteNamesView, i: number): number {
  const chosen = contextOf(view, i);
  const here = aliasedEntityAlone(view, i, chosen);
  return here < 0 ? chosen : here;
}

/** `aliasedEntity` for one name: no map of the corpus's answers is made for a note without aliases (a hover's context resolves ~40 names per keystroke). */
function aliasedEntityAlone(view: NoteNamesView, i: number, chosen: number): number {
  return view.aliases.size === 0 ? -1 : aliasedEntity(view, i, chosen, new Map());
}

/**
 * The entity name i means in its context, and in `why` (when given) what decided it. No pair is
 * made per name: a hover's context resolves ~40 names, and those pairs were a tenth of what a
 * card allocated there.
 */
function contextOf(view: NoteNamesView, i: number, why?: { resolution: Resolution }): number {
  const targets = view.names.item(i);
  if (isUnambiguous(targets)) return decided(targets[0]!.entity, 'unique', why);
  const before = lastBefore(view, i, targets);
  if (before >= 0) return decided(view.names.item(before)[0]!.entity, 'note', why);
  // No candidate is named unambiguously before this name: the section's first such name after it decides.
  const after = firstAfterInSection(view, i, targets);
  if (after >= 0) return decided(view.names.item(after)[0]!.entity, 'section', why);
  return decided(targets[0]!.entity, 'corpus', why);
}

/** The nearest name before name i that names one of `targets` unambiguously, or -1: walked back to, or looked up once the walks cost too much. */
function lastBefore(view: NoteNamesView, i: number, targets: AliasTarget[]): number {
  const reads = readsOf(view.names);
  for (let j = i - 1; j >= 0 && !reads.table; j--) {
    if (unambiguousCandidate(view.names.item(j), targets) !== null) return j;
    reads.spend(targets.length);
  }
  return reads.table ? reads.table.lastBefore(targets, i) : -1;
}

/** The first name after name i in its section that names one of `targets` unambiguously, or -1 (as `lastBefore`). */
function firstAfterInSection(view: NoteNamesView, i: number, targets: AliasTarget[]): number {
  const { names } = view;
  const reads = readsOf(names);
  const end = sectionEnd(view, i);
  for (let j = i + 1; j < end && !reads.table; j++) {
    if (unambiguousCandidate(names.item(j), targets) !== null) return j;
    reads.spend(targets.length);
  }
  return reads.table ? reads.table.firstAfter(targets, i, end) : -1;
}

/** The number of the first name after name i's section (the count if it is the last). */
function sectionEnd(view: NoteNamesView, i: number): number {
  const section = sectionOf(view, view.names.start(i));
  return section < view.headings.count ? view.names.firstFrom(view.headings.start(section)) : view.names.count;
}

/**
 * What the walks of `contextOf` cost in one list of names (one version of a note), and its table
 * of unambiguous names once they cost as much as making it: from then on a name's context is
 * looked up, not walked to. A name read costs one per candidate of the name walked from (each is
 * compared with it). The bench's 100 KB note, hovered before its resolution was made: "Juvin
 * Rasski"'s card resolved the 40 names around it, some ambiguous with no earlier mention of a
 * candidate, each walking over the whole note (2–3 ms a hover). A hover on each keystroke's
 * version, which walks a few names, never makes the table.
 */
class NameReads {
  table: UnambiguousNames | null = null;
  private cost = 0;

  constructor(private readonly names: NameSpans) {}

  spend(cost: number): void {
    this.cost += cost;
    if (this.cost > this.names.count) this.table = new UnambiguousNames(this.names);
  }
}

const NAME_READS = new WeakMap<NameSpans, NameReads>();

function readsOf(names: NameSpans): NameReads {
  let reads = NAME_READS.get(names);
  if (!reads) NAME_READS.set(names, (reads = new NameReads(names)));
  return reads;
}

/** Where each entity is named unambiguously in a list of names: the numbers of those names, ascending, by entity. */
class UnambiguousNames {
  private readonly byEntity = new Map<number, number[]>();

  constructor(names: NameSpans) {
    for (let j = 0; j < names.count; j++) {
      const targets = names.item(j);
      if (!isUnambiguous(targets)) continue;
      const entity = targets[0]!.entity;
      const at = this.byEntity.get(entity);
      if (at) at.push(j);
      else this.byEntity.set(entity, [j]);
    }
  }

  /** The last name before name i that names a candidate unambiguously, or -1 (`walkBack`'s answer). */
  lastBefore(candidates: AliasTarget[], i: number): number {
    let last = -1;
    for (const c of candidates) {
      const at = this.byEntity.get(c.entity);
      const k = at ? firstAtLeast(at, i) - 1 : -1;
      if (k >= 0) last = Math.max(last, at![k]!);
    }
    return last;
  }

  /** The first name after name i and before name `end` that names a candidate unambiguously, or -1 (`walkForward`'s answer). */
  firstAfter(candidates: AliasTarget[], i: number, end: number): number {
    let first = end;
    for (const c of candidates) {
      const at = this.byEntity.get(c.entity);
      const k = at ? firstAtLeast(at, i + 1) : 0;
      if (at && k < at.length) first = Math.min(first, at[k]!);
    }
    return first < end ? first : -1;
  }
}

function decided(entity: number, resolution: Resolution, why: { resolution: Resolution } | undefined): number {
  if (why) why.resolution = resolution;
  return entity;
}

/** The entity of an unambiguous name when it is one of `candidates`. */
function unambiguousCandidate(name: AliasTarget[], candidates: AliasTarget[]): number | null {
  if (!isUnambiguous(name)) return null;
  const entity = name[0]!.entity;
  return candidates.some((c) => c.entity === entity) ? entity : null;
}

/**
 * The entity the note's own alias gives name i (resolved to `chosen` from context), or -1: the
 * candidate of that name (the chosen one first), else the corpus's entity of that name; `found`
 * remembers the corpus's answers across names.
 */
export function aliasedEntity(view: NoteNamesView, i: number, chosen: number, found: Map<string, number>): number {
  if (view.aliases.size === 0) return -1;
  const target = view.aliases.get(nameKey(view.text.slice(view.names.start(i), view.names.end(i))));
  if (target === undefined) return -1;
  const { entities } = view.index;
  if (entities[chosen]!.name === target) return chosen;
  const candidate = view.names.item(i).find((t) => t.entity !== chosen && entities[t.entity]!.name === target);
  if (candidate) return candidate.entity;
  let entity = found.get(target);
  if (entity === undefined) {
    const looked = view.index.lookup(target);
    entity = (looked.find((c) => c.entity.name === target) ?? looked[0])?.entity.index ?? -1;
    found.set(target, entity);
  }
  return entity;
}

/**
 * The name as callers see it: `chosen` from its context, `here` (if not -1) from the note's own
 * alias, which wins. Its candidates are listed when first read (a hover card lists them;
 * colouring 30,000 names does not): the entity shown first, then the one the context chose.
 */
export function noteName(view: NoteNamesView, i: number, chosen: number, resolution: Resolution, here = -1): NoteName {
  const { names, index } = view;
  const targets = names.item(i);
  const shown = here >= 0 ? here : chosen;
  const entity = index.entities[shown]!;
  return {
    start: names.start(i),
    end: names.end(i),
    text: view.text.slice(names.start(i), names.end(i)),
    entity,
    resolution,
    get candidates(): EntityRecord[] {
      const order = [chosen, ...targets.map((t) => t.entity).filter((e) => e !== chosen)];
      const value = [entity, ...order.filter((e) => e !== shown).map((e) => index.entities[e]!)];
      Object.defineProperty(this, 'candidates', { value, enumerable: true, writable: true });
      return value;
    },
  };
}

/** One entity only, or a full name that outranks the short forms sharing it. */
export function isUnambiguous(targets: AliasTarget[]): boolean {
  if (targets.length === 1) return true;
  const [first, second] = targets;
  return first!.kind !== AliasKind.ShortForm && second!.kind === AliasKind.ShortForm;
}

/** The section an offset is in: how many headings start at or before it. */
export function sectionOf(view: NoteNamesView, offset: number): number {
  return view.headings.firstFrom(offset + 1);
}
