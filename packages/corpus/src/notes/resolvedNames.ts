import type { EntityRecord } from '../corpusIndex/corpusIndex.js';
import type { AliasTarget } from '../corpusIndex/nameMatcher.js';
import { aliasedEntity, isUnambiguous, noteName, sectionOf, type NoteName, type NoteNamesView, type Resolution } from './noteNames.js';
import { sameAliases } from './noteAliases.js';
import type { NoteEdit } from './noteEdit.js';

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
  const stretchEnd = splice.start + splice.length;
  const shift = splice.length - (splice.end - splice.start);
  const lastKept = splice.start - 1;
  const keptSection = lastKept >= 0 ? sectionOf(view, view.names.start(lastKept)) : -1;
  // Unambiguous names the stretch holds now and did not before. (One it held before cannot be a
  // candidate of a name after it that was decided before it, or by nothing.)
  const typed = resolver.unambiguousIn(splice.start, stretchEnd);
  for (let o = splice.start; o < splice.end; o++) if (old.kind(o) === UNIQUE) typed.delete(old.contextEntity(o));
  // Names outside the stretch resolved again: their entity may have changed.
  const again: number[] = [];
  const aliasesKept = sameAliases(old.aliases, view.aliases);
  for (let i = 0; i < view.names.count; i++) {
    const o = i < splice.start ? i : i >= stretchEnd ? i - shift : -1;
    const keeps =
      o < 0 ? false : i < splice.start ? !(old.kind(o) >= SECTION && sectionOf(view, view.names.start(i)) === keptSection) : stillDecidedAfter(old, o, splice, () => resolver.anyCandidate(i, typed));
    if (keeps) resolver.keep(i, old, o, old.decider(o) >= splice.end ? shift : 0);
    else {
      if (o >= 0) again.push(i);
      resolver.resolve(i);
    }
    // The note's aliases apply after the context; a kept name keeps its alias while they are the same.
    if (keeps && aliasesKept) resolver.keepAlias(i, old, o);
    else resolver.alias(i);
  }
  // Changed aliases may change any name: a reader of both resolutions starts afresh.
  return resolver.result(aliasesKept ? { names: old, splice, again } : null);
}



/** Whether old name o, after the replaced stretch, is still decided as it was. */
function stillDecidedAfter(old: ResolvedNames, o: number, splice: NoteEdit, typedCandidate: () => boolean): boolean {
  const kind = old.kind(o);
  if (kind === UNIQUE) return true;
  if (kind === NOTE && old.decider(o) >= splice.end) return true;
  if (kind === NOTE && old.decider(o) >= splice.start) return false;
  return !typedCandidate();
}

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
  private readonly lastUnambiguous: Int32Array;
  private readonly candidateSets = new Map<string, Set<number>>();
  private readonly aliasTargets = new Map<string, number>();
  private readonly sections: SectionMentions;

  constructor(private readonly view: NoteNamesView) {
    this.chosen = new Int32Array(view.names.count);
    this.kinds = new Uint8Array(view.names.count);
    this.deciders = new Int32Array(view.names.count);
    this.here = new Int32Array(view.names.count).fill(-1);
    this.lastUnambiguous = new Int32Array(view.index.entities.length).fill(-1);
    this.sections = new SectionMentions(view);
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

  /** Name i as name o of an earlier resolution was, its decider moved by `shift` names. */
  keep(i: number, old: ResolvedNames, o: number, shift: number): void {
    const decider = old.decider(o);
    this.decide(i, old.contextEntity(o), old.kind(o), decider < 0 ? -1 : decider + shift);
  }

  /** Name i's alias from the note, once its context is resolved. */
  alias(i: number): void {
    this.here[i] = aliasedEntity(this.view, i, this.chosen[i]!, this.aliasTargets);
  }

  keepAlias(i: number, old: ResolvedNames, o: number): void {
    this.here[i] = old.override(o);
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
    if (kind === UNIQUE) this.lastUnambiguous[entity] = i;
  }

  /** The entities a name's words may name: the same words always give the same candidates. */
  private candidatesOf(i: number): Set<number> {
    const words = this.view.text.slice(this.view.names.start(i), this.view.names.end(i));
    let set = this.candidateSets.get(words);
    if (!set) {
      set = new Set(this.view.names.item(i).map((t) => t.entity));
      this.candidateSets.set(words, set);
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
    for (const t of targets) latest = Math.max(latest, this.lastUnambiguous[t.entity]!);
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
    /** The entity the note's context chose (the note's own alias, if any, overrides it). */
    private readonly chosen: Int32Array,
    private readonly kinds: Uint8Array,
    private readonly deciders: Int32Array,
    private readonly here: Int32Array,
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
