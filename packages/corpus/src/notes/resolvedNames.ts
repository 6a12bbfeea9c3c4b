import type { EntityRecord } from '../corpusIndex/corpusIndex.js';
import type { AliasTarget } from '../corpusIndex/nameMatcher.js';
import { aliasedEntity, isUnambiguous, noteName, sectionOf, type NoteName, type NoteNamesView, type Resolution } from './noteNames.js';
import { sameAliases } from './noteAliases.js';
import type { NoteEdit } from './noteEdit.js';
import type { WaitForTurn } from '../quotes/nextTurn.js';

const RESOLUTIONS: readonly Resolution[] = ['unique', 'note', 'section', 'corpus'];
const UNIQUE = 0;
const NOTE = 1;
const SECTION = 2;
const CORPUS = 3;

/** Names looked at on either side of an ambiguous name before its candidates are gone through one by one. */
const NEARBY = 32;
/** No name after this one in its section decides (name numbers are never negative). */
const NOT_IN_SECTION = -1;

/**
 * Every name of the note resolved, in one pass forward: the nearest earlier unambiguous name of
 * one of its candidates decides; for a name no earlier mention decides, the first unambiguous
 * name of a candidate later in its section. The result is typed arrays, not an object per name
 * (colouring a 1 MB note reads 30,000 names).
 */
export function resolveNames(view: NoteNamesView): ResolvedNames {
  const resolver = new NameResolver(view);
  for (let i = 0; i < view.names.count; i++) resolver.resolve(i);
  for (let i = 0; i < view.names.count; i++) resolver.alias(i);
  return resolver.result(null);
}

/** How many names `resolveNamesInTurns` resolves between two turns. */
export const NAMES_PER_TURN = 256;

/**
 * `resolveNames`, NAMES_PER_TURN names at a time, waiting for `waitForTurn` before each stretch
 * after the first; null if `isCancelled` says so after a wait. The whole resolution of the bench's
 * 100 KB note was one piece of the spelling check, 7 ms of the main thread (load 22), and it fell
 * on one hover of the bench's burst of 500.
 */
export async function resolveNamesInTurns(view: NoteNamesView, waitForTurn: WaitForTurn, isCancelled: () => boolean = () => false, perTurn = NAMES_PER_TURN): Promise<ResolvedNames | null> {
  const resolver = new NameResolver(view);
  const count = view.names.count;
  for (let from = 0; from < count; from += perTurn) {
    if (from > 0) {
      await waitForTurn();
      if (isCancelled()) return null;
      resolver.resumeAt(from);
    }
    for (let i = from, to = Math.min(count, from + perTurn); i < to; i++) resolver.resolve(i);
  }
  for (let i = 0; i < count; i++) resolver.alias(i);
  return resolver.result(null);
}

/**
 * The same resolution after an edit, from the one before it: `splice` says which names the edit
 * replaced (by number: old [start, end) became new [start, start + length)). A name outside that
 * stretch keeps what decided it unless the edit can have changed that:
 * - before the stretch, a name decided by an earlier one (or unique) is unchanged; one decided
 *   later in its section (or by nothing) is resolved again if its section reaches the stretch;
 * - after it, a name decided by a name after the stretch is unchanged; one decided before it (or
 *   by nothing) is resolved again if the stretch now holds an unambiguous name of a candidate it
 *   did not hold before, or if what decided it was in the stretch.
 * Equal to resolveNames on the new note (property-tested).
 */
export function resolveNamesAfterEdit(view: NoteNamesView, old: ResolvedNames, splice: NoteEdit): ResolvedNames {
  const resolver = new NameResolver(view);
  const count = view.names.count;
  const stretchEnd = splice.start + splice.length;
  const shift = splice.length - (splice.end - splice.start);
  // What every name outside the stretch had, copied at once (typed arrays, no call per name);
  // the names resolved again below overwrite theirs. A decider after the stretch moved with it.
  resolver.copy(old, 0, splice.start, 0, splice.end, shift);
  resolver.copy(old, splice.end, old.count, stretchEnd, splice.end, shift);
  // Unambiguous names the stretch holds now and did not before. (One it held before cannot be a
  // candidate of a name after it that was decided before it, or by nothing.)
  const typed = resolver.unambiguousIn(splice.start, stretchEnd);
  for (let o = splice.start; o < splice.end; o++) if (old.kind(o) === UNIQUE) typed.delete(old.contextEntity(o));
  // Names outside the stretch resolved again, in order: their entity may have changed.
  const before = namesBeforeToResolveAgain(view, old, splice);
  const after = namesAfterToResolveAgain(old, splice, shift, (o) => resolver.anyCandidate(o + shift, typed));
  const again = [...before, ...after];
  const firstAfter = before.length;
  // The names of the stretch and those above, resolved in order: each reads the decisions of the names before it.
  const aliasesKept = sameAliases(old.aliases, view.aliases);
  resolver.resolveInOrder([...again.slice(0, firstAfter), ...range(splice.start, stretchEnd), ...again.slice(firstAfter)]);
  if (aliasesKept) {
    // The note's aliases apply after the context; a kept name keeps its alias while they are the same.
    for (const i of again) resolver.alias(i);
    for (let i = splice.start; i < stretchEnd; i++) resolver.alias(i);
  } else {
    for (let i = 0; i < count; i++) resolver.alias(i);
  }
  // Changed aliases may change any name: a reader of both resolutions starts afresh.
  return resolver.result(aliasesKept ? { names: old, splice, again } : null);
}

/**
 * Name i's entity in an earlier resolution, if the edits since (`splice`, by name number) cannot
 * have changed it, else -1. The rule of resolveNamesAfterEdit, for the names it never resolves
 * again: a unique name outside the stretch; one decided by an earlier name on its own side of the
 * stretch (the nearest earlier unambiguous mention of a candidate, which the edit did not move past).
 */
export function entityKeptAfterEdit(old: ResolvedNames, splice: NoteEdit, i: number): number {
  const stretchEnd = splice.start + splice.length;
  if (i >= splice.start && i < stretchEnd) return -1;
  const o = i < splice.start ? i : i - stretchEnd + splice.end;
  const kind = old.kind(o);
  const kept = kind === UNIQUE || (kind === NOTE && (o < splice.start || old.decider(o) >= splice.end));
  return kept ? old.entityIndex(o) : -1;
}

/**
 * Before the stretch: a name decided later in its section (or by nothing), if its section is the
 * one the stretch begins in (the last kept name's). Those are the names of that section before
 * the stretch, a run that ends just before it.
 */
function namesBeforeToResolveAgain(view: NoteNamesView, old: ResolvedNames, splice: NoteEdit): number[] {
  const again: number[] = [];
  if (splice.start === 0) return again;
  const section = sectionOf(view, view.names.start(splice.start - 1));
  const from = section === 0 ? 0 : view.names.firstFrom(view.headings.start(section - 1));
  for (let i = from; i < splice.start; i++) if (old.kind(i) >= SECTION) again.push(i);
  return again;
}

/**
 * After the stretch (numbered as in the new note): a name decided by a name in the replaced
 * stretch, or (when the stretch names an entity it did not) one decided before the stretch or by
 * nothing, of which that entity is a candidate (`namesNewEntity`, by the old number).
 */
function namesAfterToResolveAgain(old: ResolvedNames, splice: NoteEdit, shift: number, namesNewEntity: (o: number) => boolean): number[] {
  const again: number[] = [];
  for (let o = splice.end; o < old.count; o++) {
    const kind = old.kind(o);
    if (kind === UNIQUE) continue;
    const decider = old.decider(o);
    if (kind === NOTE && decider >= splice.end) continue;
    if ((kind === NOTE && decider >= splice.start) || namesNewEntity(o)) again.push(o + shift);
  }
  return again;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/**
 * The candidates of a list of targets, as a set, by the list: the matcher hands out one list per
 * form (a trie node's), so typing into a note finds the sets of the resolution before it.
 */
const CANDIDATE_SETS = new WeakMap<readonly AliasTarget[], Set<number>>();

/**
 * The pass of resolveNames. A short form may have hundreds of candidates ("Dorov" among a
 * corpus's generated people) while the full name that decides is usually a few names back: the
 * names nearby are looked at first (is this one a candidate: a set per form), and only when none
 * decides are all candidates looked up (the last unambiguous mention of each entity, a typed array).
 */
class NameResolver {
  private readonly chosen: Int32Array;
  private readonly kinds: Uint8Array;
  /** The name that decided each one (-1: none, it is unique or the corpus decided). */
  private readonly deciders: Int32Array;
  /** The entity the note's own alias gives each name (-1: none). */
  private readonly here: Int32Array;
  private lastUnambiguous: LastMentions;
  /** The shared table's pass this resolution filled (resumeAt). */
  private pass: number;
  private readonly aliasTargets = new Map<string, number>();
  private readonly sections: SectionMentions;

  constructor(private readonly view: NoteNamesView) {
    this.chosen = new Int32Array(view.names.count);
    this.kinds = new Uint8Array(view.names.count);
    this.deciders = new Int32Array(view.names.count);
    this.here = new Int32Array(view.names.count).fill(-1);
    this.lastUnambiguous = LastMentions.emptied(view.index.entities);
    this.pass = this.lastUnambiguous.pass;
    this.sections = new SectionMentions(view);
  }

  /**
   * Going on at name i after a wait: when another resolution emptied the shared table of last
   * mentions meanwhile (a hover's, another note's), it is filled again from names [0, i).
   */
  resumeAt(i: number): void {
    if (this.lastUnambiguous.pass === this.pass) return;
    this.lastUnambiguous = LastMentions.emptied(this.view.index.entities);
    this.pass = this.lastUnambiguous.pass;
    for (let j = 0; j < i; j++) if (this.kinds[j] === UNIQUE) this.lastUnambiguous.set(this.chosen[j]!, j);
  }

  /**
   * Names [from, to) of an earlier resolution as names from `at` on, as they were; a decider at or
   * after `movedFrom` (an old name number) moves by `shift`.
   */
  copy(old: ResolvedNames, from: number, to: number, at: number, movedFrom: number, shift: number): void {
    if (to <= from) return;
    this.chosen.set(old.chosen.subarray(from, to), at);
    this.kinds.set(old.kinds.subarray(from, to), at);
    this.deciders.set(old.deciders.subarray(from, to), at);
    this.here.set(old.here.subarray(from, to), at);
    if (shift === 0) return;
    const deciders = this.deciders;
    for (let i = at, end = at + to - from; i < end; i++) if (deciders[i]! >= movedFrom) deciders[i]! += shift;
  }

  /**
   * Resolves the names numbered in `redo` (ascending) again, the others staying as copied: one
   * pass forward to the last of them, so that each reads the unambiguous names before it.
   */
  resolveInOrder(redo: readonly number[]): void {
    const { kinds, chosen } = this;
    let next = 0;
    const last = redo.length ? redo[redo.length - 1]! : -1;
    for (let i = 0; i <= last; i++) {
      if (i === redo[next]) {
        next++;
        this.resolve(i);
      } else if (kinds[i] === UNIQUE) this.lastUnambiguous.set(chosen[i]!, i);
    }
  }

  resolve(i: number): void {
    const targets = this.view.names.item(i);
    if (isUnambiguous(targets)) return this.decide(i, targets[0]!.entity, UNIQUE, -1);
    const candidates = this.candidatesOf(i);
    const inNote = this.nearbyBefore(i, candidates) ?? this.latestMentioned(targets);
    if (inNote !== null) return this.decide(i, this.chosen[inNote]!, NOTE, inNote);
    const nearby = this.nearbyAfter(i, candidates);
    const inSection = nearby === NOT_IN_SECTION ? null : (nearby ?? this.sections.nextAfter(targets, i));
    if (inSection !== null) return this.decide(i, this.view.names.item(inSection)[0]!.entity, SECTION, inSection);
    this.decide(i, targets[0]!.entity, CORPUS, -1);
  }

  /** Name i's alias from the note, once its context is resolved. */
  alias(i: number): void {
    this.here[i] = aliasedEntity(this.view, i, this.chosen[i]!, this.aliasTargets);
  }

  /** The entities named unambiguously by names [from, to). */
  unambiguousIn(from: number, to: number): Set<number> {
    const entities = new Set<number>();
    for (let j = from; j < to; j++) if (isUnambiguous(this.view.names.item(j))) entities.add(this.view.names.item(j)[0]!.entity);
    return entities;
  }

  /** Whether any of `entities` is a candidate of name i. */
  anyCandidate(i: number, entities: Set<number>): boolean {
    if (entities.size === 0 || isUnambiguous(this.view.names.item(i))) return false;
    const candidates = this.candidatesOf(i);
    for (const e of entities) if (candidates.has(e)) return true;
    return false;
  }

  result(previous: ResolvedNames['previous']): ResolvedNames {
    return new ResolvedNames(this.view, this.chosen, this.kinds, this.deciders, this.here, previous);
  }

  private decide(i: number, entity: number, kind: number, decider: number): void {
    this.chosen[i] = entity;
    this.kinds[i] = kind;
    this.deciders[i] = decider;
    if (kind === UNIQUE) this.lastUnambiguous.set(entity, i);
  }

  /** The entities a name may name, as a set (kept per target list: most names of one form share the matcher's list). */
  private candidatesOf(i: number): Set<number> {
    const targets = this.view.names.item(i);
    let set = CANDIDATE_SETS.get(targets);
    if (!set) {
      set = new Set(targets.map((t) => t.entity));
      CANDIDATE_SETS.set(targets, set);
    }
    return set;
  }

  /** The nearest of the NEARBY names before name i that is unique and a candidate; null if none is. */
  private nearbyBefore(i: number, candidates: Set<number>): number | null {
    for (let j = i - 1; j >= Math.max(0, i - NEARBY); j--) {
      if (this.kinds[j] === UNIQUE && candidates.has(this.chosen[j]!)) return j;
    }
    return null;
  }

  /** The last unambiguous name of any candidate, if any was: all candidates looked up. */
  private latestMentioned(targets: AliasTarget[]): number | null {
    let latest = -1;
    for (const t of targets) latest = Math.max(latest, this.lastUnambiguous.get(t.entity));
    return latest < 0 ? null : latest;
  }

  /**
   * The first unambiguous name of a candidate among the NEARBY names after name i in its section;
   * NOT_IN_SECTION when the section ends first without one; null when the section goes on.
   */
  private nearbyAfter(i: number, candidates: Set<number>): number | null {
    const { names } = this.view;
    const section = sectionOf(this.view, names.start(i));
    for (let j = i + 1; j <= i + NEARBY; j++) {
      if (j >= names.count || sectionOf(this.view, names.start(j)) !== section) return NOT_IN_SECTION;
      const targets = names.item(j);
      if (isUnambiguous(targets) && candidates.has(targets[0]!.entity)) return j;
    }
    return null;
  }
}

/** The names of one version of a note with the entity each was resolved to. */
export class ResolvedNames {
  constructor(
    private readonly view: NoteNamesView,
    /** The entity the note's context chose (the note's own alias, if any, overrides it). Read-only: the next resolution copies from them. */
    readonly chosen: Int32Array,
    readonly kinds: Uint8Array,
    readonly deciders: Int32Array,
    readonly here: Int32Array,
    /**
     * The resolution this one was made from, which names the edits between replaced (see
     * resolveNamesAfterEdit) and which others were resolved again: a reader of both (semantic
     * tokens) redoes only those. Only one step back is kept.
     */
    public previous: { names: ResolvedNames; splice: NoteEdit; again: number[] } | null,
  ) {
    if (previous) previous.names.previous = null;
  }

  get count(): number {
    return this.chosen.length;
  }

  get aliases(): ReadonlyMap<string, string> {
    return this.view.aliases;
  }

  start(i: number): number {
    return this.view.names.start(i);
  }

  end(i: number): number {
    return this.view.names.end(i);
  }

  entity(i: number): EntityRecord {
    return this.view.index.entities[this.entityIndex(i)]!;
  }

  /** The entity's number (its place in index.entities), for tables indexed by entity. */
  entityIndex(i: number): number {
    return this.here[i]! >= 0 ? this.here[i]! : this.chosen[i]!;
  }

  resolution(i: number): Resolution {
    return this.here[i]! >= 0 ? 'here' : RESOLUTIONS[this.kinds[i]!]!;
  }

  /** The entity the context chose, the note's alias aside. */
  contextEntity(i: number): number {
    return this.chosen[i]!;
  }

  /** How the context decided, as a small number (0: unique, 1: note, 2: section, 3: corpus). */
  kind(i: number): number {
    return this.kinds[i]!;
  }

  /** The name that decided name i, or -1. */
  decider(i: number): number {
    return this.deciders[i]!;
  }

  /** The entity the note's alias gives name i, or -1. */
  override(i: number): number {
    return this.here[i]!;
  }

  /** The index of the first name that ends after `offset` (count if none does). */
  firstEndingAfter(offset: number): number {
    return this.view.names.firstEndingAfter(offset);
  }

  name(i: number): NoteName {
    return noteName(this.view, i, this.chosen[i]!, this.resolution(i), this.here[i]!);
  }

  all(): NoteName[] {
    return Array.from({ length: this.count }, (_, i) => this.name(i));
  }
}

/** Where each entity is first named unambiguously in a section: worked out for a section when a name in it first needs it. */
class SectionMentions {
  private readonly firsts = new Map<number, Map<number, number>>();

  constructor(private readonly view: NoteNamesView) {}

  /** The name whose entity, a candidate, is first named unambiguously in the section of name `i` soonest after it. */
  nextAfter(targets: AliasTarget[], i: number): number | null {
    const firsts = this.of(sectionOf(this.view, this.view.names.start(i)));
    let earliest = Infinity;
    for (const t of targets) {
      const at = firsts.get(t.entity);
      if (at !== undefined && at > i && at < earliest) earliest = at;
    }
    return earliest === Infinity ? null : earliest;
  }

  private of(section: number): Map<number, number> {
    let firsts = this.firsts.get(section);
    if (firsts) return firsts;
    firsts = new Map();
    const { names, headings } = this.view;
    const from = section === 0 ? 0 : names.firstFrom(headings.start(section - 1));
    const to = section < headings.count ? names.firstFrom(headings.start(section)) : names.count;
    for (let j = from; j < to; j++) {
      const targets = names.item(j);
      if (isUnambiguous(targets) && !firsts.has(targets[0]!.entity)) firsts.set(targets[0]!.entity, j);
    }
    this.firsts.set(section, firsts);
    return firsts;
  }
}

/**
 * The last unambiguous mention of each entity in a pass of the resolver, by entity number: one
 * table per index, reused by every resolution (one is made per keystroke while the note is
 * coloured). An entry counts only if written in this pass (its stamp), so that starting a pass
 * costs nothing, whatever the number of entities.
 */
class LastMentions {
  private static readonly tables = new WeakMap<readonly unknown[], LastMentions>();
  /** Which pass the table holds: each `emptied` starts another. */
  private passNumber = 0;

  private constructor(
    private readonly last: Int32Array,
    private readonly stamps: Uint32Array,
  ) {}

  /**
   * The table of these entities, with no mention in it. One pass at a time: a resolution that
   * waits between names (resolveNamesInTurns) looks at `pass` when it goes on (NameResolver.resumeAt).
   */
  static emptied(entities: readonly unknown[]): LastMentions {
    let table = LastMentions.tables.get(entities);
    if (!table) {
      table = new LastMentions(new Int32Array(entities.length), new Uint32Array(entities.length));
      LastMentions.tables.set(entities, table);
    }
    if (++table.passNumber === 0xffffffff) {
      table.stamps.fill(0);
      table.passNumber = 1;
    }
    return table;
  }

  get pass(): number {
    return this.passNumber;
  }

  get(entity: number): number {
    return this.stamps[entity] === this.passNumber ? this.last[entity]! : -1;
  }

  set(entity: number, name: number): void {
    this.last[entity] = name;
    this.stamps[entity] = this.passNumber;
  }
}
