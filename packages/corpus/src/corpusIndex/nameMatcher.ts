import { foldKey, tokenize, tokenizeBriefly, TokenFlag, TokenKind, type Tokens } from '../text/tokenize.js';

/** How a matched alias relates to its entity. */
export const enum AliasKind {
  /** A full name or a form the corpus uses for the entity as a whole. */
  Name = 0,
  /** An all-capitals acronym: matched only in capitals ("US", never "us"). */
  Acronym = 1,
  /** A person's first or last name alone ("Kim", "Putin"): several people may share it. */
  ShortForm = 2,
}

/**
 * A case rule the analyst set in dossier.yaml (`caseSensitive`). Without one, names need a capital
 * first letter ("us" is no country, "trump" no president) and acronyms all capitals ("WHO", never
 * "who").
 */
export const enum CaseRule {
  /** `caseSensitive: true`: the words exactly as the alias writes them ("RNA", never "Rna" or "rna"). */
  Exact = 1,
  /** `caseSensitive: false`: any case at all ("Nato", "NATO" and "nato" for "NATO"). */
  Any = 2,
}

export interface AliasTarget {
  entity: number;
  kind: AliasKind;
  /** How often the corpus uses this form for this entity: the base of a candidate's score. */
  weight: number;
  /** An analyst's case rule; absent, the default rule of the kind applies. */
  caseRule?: CaseRule;
  /** With CaseRule.Exact: the alias's words as written, one per token key. */
  caseForm?: string[];
}

export interface NameMatch {
  start: number;
  end: number;
  /** Every entity the matched words may name, best first. */
  targets: AliasTarget[];
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  targets: AliasTarget[] | null;
  /**
   * When every target follows the default rule of a name (no case rule, not an acronym), all of
   * them allow a match or none does: their distinct entities, worked out once (`plainTargets`);
   * null when some target has a rule of its own; undefined until first asked.
   */
  plain?: AliasTarget[] | null;
  /** A stored alias's node (AliasStore): the entry whose targets are made when first read (`targetsOf`), or -1. */
  entry: number;
  /** The stored entries under this node, made into its children when it is first walked (`childrenOf`): [from, to), to 0 when none. */
  from: number;
  to: number;
  /** Lookups of a stored child not made yet (`childOf`; the entries are checked at the first): past the count of entries, all the children are made. */
  looks: number;
}

/**
 * Aliases stored sorted by their token keys (a snapshot's, storedAliases.ts): the entries under a
 * node of the trie are then one range of them, and a matcher made from a store makes each node's
 * children and targets only when a walk first reaches it. A warm start at 100,000 articles made
 * the whole trie of 34,139 aliases and 100,188 targets before its first card: a fifth of its CPU.
 */
export interface AliasStore {
  /** Entries: each alias's keys with its targets. */
  readonly count: number;
  readonly targetCount: number;
  /** The most keys of any entry. */
  readonly longest: number;
  /** Some target matches in any case (see NameMatcher.caseless). */
  readonly caseless: boolean;
  keyCount(entry: number): number;
  /** Entry `entry`'s targets, as given to `addEntry`: a new list the matcher keeps (sorted in place). */
  targetsOf(entry: number): AliasTarget[];
  /** Whether every target of entry `entry` follows the default rule of a name (no case rule, not an acronym), read without making them. */
  isPlain(entry: number): boolean;
  /** Each run of the entries [from, to) (which share their first `depth` keys and have more) with one key next: that key and the run. */
  eachChild(from: number, to: number, depth: number, visit: (key: string, from: number, to: number) => void): void;
  /** The run of the entries [from, to) (as in eachChild) whose next key is `key`, found by bisection (checkRun first); null when there is none. */
  childRun(from: number, to: number, depth: number, key: string): { from: number; to: number } | null;
  /** Checks the entries [from, to) as eachChild does (sorted by their next key, with more keys than `depth`), without making their keys. */
  checkRun(from: number, to: number, depth: number): void;
}

/** What a scan that may stop early found: see `NameMatcher.scan`. */
export interface NameScan {
  matches: NameMatch[];
  /** Where the scan stopped (the start of the token `stopAt` accepted), or -1 at the end of its range. */
  stoppedAt: number;
  /**
   * True when a look-ahead before the stop ran into the end of the range while the trie could still
   * go on: with more text, that token might have started a longer name.
   */
  cutShort: boolean;
}

/**
 * Finds every known name in a text in one pass over its tokens: a trie of alias token keys,
 * walked from each word, keeping the longest match ("Kim Yo Jong", not "Kim"; "Hong Kong", never
 * "Hong Min"). Matching on tokens gives word boundaries for free and folds case, diacritics,
 * hyphens and look-alike letters the same way the corpus was folded.
 */
export class NameMatcher {
  private readonly root: TrieNode = newNode();
  private aliasCount = 0;
  /** Some alias matches in any case: words starting in lower case can no longer be skipped. */
  private caseless = false;
  private longestAlias = 0;
  private store: AliasStore | null = null;

  /** A matcher of stored aliases, its trie made as it is walked (AliasStore). */
  static of(store: AliasStore): NameMatcher {
    const matcher = new NameMatcher();
    matcher.store = store;
    matcher.aliasCount = store.targetCount;
    matcher.longestAlias = store.longest;
    matcher.caseless = store.caseless;
    if (store.count > 0) matcher.root.to = store.count;
    return matcher;
  }

  get size(): number {
    return this.aliasCount;
  }

  /**
   * The most token keys of any alias: a match attempt never looks up more words than this, so a
   * change further on cannot alter what it found (incremental note analysis relies on it).
   */
  get depth(): number {
    return this.longestAlias;
  }

  add(alias: string, target: AliasTarget): void {
    const keys = tokenKeys(alias);
    this.addKeys(keys, target.caseRule === CaseRule.Exact && !target.caseForm ? { ...target, caseForm: tokenForms(alias) } : target);
  }

  /** Adds an alias by its token keys (as `entries()` gives them back). */
  addKeys(keys: readonly string[], target: AliasTarget): void {
    if (keys.length === 0) return;
    const node = this.nodeFor(keys);
    node.targets = this.targetsOf(node) ?? [];
    // Worked out again when next asked (the property is added to a node only once it matched).
    if (node.plain !== undefined) node.plain = undefined;
    this.noteCaseRule(target);
    // Targets of one entity share a node unless a case rule tells them apart ("NATO" exact, "Nato" any).
    const existing = node.targets.find((t) => t.entity === target.entity && t.caseRule === target.caseRule && sameForm(t.caseForm, target.caseForm));
    if (existing) {
      existing.weight += target.weight;
      if (target.kind < existing.kind) existing.kind = target.kind;
    } else {
      node.targets.push({ ...target });
      this.aliasCount++;
    }
  }

  /**
   * Adds an alias with all its targets, as one entry of `entries()` (a snapshot's): one walk of the
   * trie for them all, and the targets kept as given when the alias is new (they are then owned by
   * the matcher). A warm start adds 68,000 aliases this way.
   */
  addEntry(keys: readonly string[], targets: AliasTarget[]): void {
    if (keys.length === 0) return;
    const node = this.nodeFor(keys);
    if (this.targetsOf(node)) {
      for (const target of targets) this.addKeys(keys, target);
      return;
    }
    node.targets = targets;
    for (const target of targets) this.noteCaseRule(target);
    this.aliasCount += targets.length;
  }

  /** The node of an alias's keys, made as needed. */
  private nodeFor(keys: readonly string[]): TrieNode {
    this.longestAlias = Math.max(this.longestAlias, keys.length);
    let node = this.root;
    keys.forEach((key, depth) => {
      const next = (this.childrenOf(node, depth) ?? (node.next = new Map()));
      let child = next.get(key);
      if (!child) {
        child = newNode();
        next.set(key, child);
      }
      node = child;
    });
    return node;
  }

  /** A node's children (made from the store when first asked for), or null when it has none; `depth`: its keys. */
  private childrenOf(node: TrieNode, depth: number): Map<string, TrieNode> | null {
    if (node.to === 0) return node.next;
    const store = this.store!;
    const next = (node.next ??= new Map());
    store.eachChild(node.from, node.to, depth, (key, from, to) => {
      // A child made alone before (childOf) is kept: its targets may be made.
      if (!next.has(key)) next.set(key, this.storedChild(from, to, depth));
    });
    node.from = node.to = 0;
    return next;
  }

  /**
   * A node's child by its key, for a walk: a stored node's child is made alone, its run of entries
   * found by bisection, until the node has been looked in more times than it has entries; then all
   * its children are made (childrenOf). The 100k bench's 100 KB note, scanned first after a warm
   * start, made every child of the 313 first words it walked from (25,893 nodes, each key decoded
   * from the column's bytes: 106 ms of its first hover) to find the few hundred it names.
   */
  private childOf(node: TrieNode, depth: number, key: string): TrieNode | undefined {
    const made = node.next?.get(key);
    if (made !== undefined || node.to === 0) return made;
    // The first level is made at once from its stored runs (AliasStore.eachChild): no key is compared.
    if (depth === 0 || ++node.looks > node.to - node.from) return this.childrenOf(node, depth)!.get(key);
    const store = this.store!;
    if (node.looks === 1) store.checkRun(node.from, node.to, depth);
    const run = store.childRun(node.from, node.to, depth, key);
    if (!run) return undefined;
    const child = this.storedChild(run.from, run.to, depth);
    (node.next ??= new Map()).set(key, child);
    return child;
  }

  /** The node of the stored entries [from, to), which share their first `depth` + 1 keys: the first is its own alias if it has no more. */
  private storedChild(from: number, to: number, depth: number): TrieNode {
    const own = this.store!.keyCount(from) === depth + 1;
    const child = newNode();
    if (own) child.entry = from;
    if ((own ? from + 1 : from) < to) {
      child.from = own ? from + 1 : from;
      child.to = to;
    }
    return child;
  }

  /** A node's targets (made from the store when first asked for), or null. */
  private targetsOf(node: TrieNode): AliasTarget[] | null {
    if (node.entry >= 0) {
      node.targets = this.store!.targetsOf(node.entry).sort(bestFirst);
      node.entry = -1;
    }
    return node.targets;
  }

  private noteCaseRule(target: AliasTarget): void {
    if (target.caseRule === CaseRule.Any || (target.caseRule === CaseRule.Exact && isLowerCaseStart(target.caseForm?.[0] ?? 'A', 0))) this.caseless = true;
  }

  /** Every alias as its token keys and targets: what a snapshot stores to rebuild the trie. */
  entries(): { keys: string[]; targets: AliasTarget[] }[] {
    const out: { keys: string[]; targets: AliasTarget[] }[] = [];
    const walk = (node: TrieNode, path: string[]) => {
      const targets = this.targetsOf(node);
      if (targets) out.push({ keys: path, targets });
      const next = this.childrenOf(node, path.length);
      if (next) for (const [key, child] of next) walk(child, [...path, key]);
    };
    walk(this.root, []);
    return out;
  }

  /**
   * Sorts every node's targets best first, each list copied to its length: a list grown by push
   * keeps room for 17 (136 bytes for most nodes' one or two targets, 1.3 MB at 10k articles).
   * Call once after the last add. A stored node not made yet is left as it is: its targets are
   * sorted as they are made.
   */
  freeze(): void {
    const stack: TrieNode[] = [this.root];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.targets) node.targets = sortedTargets(node.targets);
      if (node.plain !== undefined) node.plain = undefined;
      if (node.next) for (const child of node.next.values()) stack.push(child);
    }
  }

  /** Every name in text[start, end), left to right, longest first, never overlapping. */
  matchAll(text: string, start = 0, end = text.length): NameMatch[] {
    return this.scan(text, start, end, null).matches;
  }

  /**
   * Matches as matchAll does, from `start` (which must begin a token, e.g. follow a space), and
   * stops at the first token where a match attempt starts for which `stopAt(tokenStart)` holds.
   * Such a token is a point where the scan has no state left: what follows depends only on the
   * text from there on. Incremental note analysis re-scans an edited stretch this way until it
   * meets the old scan again.
   */
  scan(text: string, start: number, end: number, stopAt: ((tokenStart: number) => boolean) | null): NameScan {
    // Read here only: neither stopAt nor a match attempt tokenizes.
    const tokens = tokenizeBriefly(text, start, end);
    const keys: (string | undefined)[] = new Array(tokens.count);
    const matches: NameMatch[] = [];
    const reach = { cutShort: false };
    let i = 0;
    while (i < tokens.count) {
      if (stopAt?.(tokens.starts[i]!)) return { matches, stoppedAt: tokens.starts[i]!, cutShort: reach.cutShort };
      // Names start with a capital, a digit or another script: most words are skipped without a lookup.
      if (!this.caseless && tokens.kind(i) === TokenKind.Word && !tokens.has(i, TokenFlag.Capitalized) && isLowerCaseStart(text, tokens.starts[i]!)) {
        i++;
        continue;
      }
      const found = this.longestAt(text, tokens, i, keys, reach);
      if (found) {
        matches.push(found.match);
        i = found.endToken;
      } else i++;
    }
    return { matches, stoppedAt: -1, cutShort: reach.cutShort };
  }

  /** The name covering a given offset, if any (what a hover needs). */
  matchAt(text: string, offset: number, lineStart: number, lineEnd: number): NameMatch | null {
    for (const m of this.matchAll(text, lineStart, lineEnd)) {
      if (m.start <= offset && offset <= m.end) return m;
      if (m.start > offset) break;
    }
    return null;
  }

  private longestAt(text: string, tokens: Tokens, i: number, keys: (string | undefined)[], reach: { cutShort: boolean }): { match: NameMatch; endToken: number } | null {
    const kind = tokens.kind(i);
    if (kind !== TokenKind.Word && kind !== TokenKind.Initialism && kind !== TokenKind.Cjk && kind !== TokenKind.Number) return null;
    // A name starts at a word boundary: not in the middle of "anti-Kim" or "ex-TSMC"... which is fine to match,
    // but never in the middle of a word, which tokens already guarantee.
    let node: TrieNode | undefined = this.root;
    let best: { node: TrieNode; endToken: number; targets?: AliasTarget[] } | null = null;
    let j = i;
    let depth = 0;
    while (node && hasChildren(node) && j < tokens.count) {
      const k = tokens.kind(j);
      if (k === TokenKind.Hyphen || k === TokenKind.Period) {
        if (j === i) break;
        j++;
        continue;
      }
      node = this.childOf(node, depth, (keys[j] ??= foldKey(text, tokens.starts[j]!, tokens.ends[j]!)));
      if (!node) break;
      j++;
      depth++;
      if (followedByCurrency(text, tokens, j)) continue;
      if (this.plainUnmade(node)) {
        if (defaultCaseAllows(text, tokens, i)) best = { node, endToken: j };
        continue;
      }
      const own = this.targetsOf(node);
      const targets = own ? allowedTargets(node, own, text, tokens, i, j) : NO_TARGETS;
      if (targets.length > 0) best = { node, endToken: j, targets };
    }
    // The walk (or the currency check after a match) wanted the token after the last one.
    if (j === tokens.count && node && (hasChildren(node) || node.targets || node.entry >= 0)) reach.cutShort = true;
    return best && { match: { start: tokens.starts[i]!, end: tokens.ends[best.endToken - 1]!, targets: best.targets ?? allowedTargets(best.node, this.targetsOf(best.node)!, text, tokens, i, best.endToken) }, endToken: best.endToken };
  }

  /**
   * A stored node whose targets are not made yet and all follow the default rule of a name: whether
   * it matches depends only on the first word's case, so a walk that passes it ("Leton" on the way
   * to "Leton Varov") need not make its targets. A short form shared by many people carries
   * hundreds (630 one-word aliases, 66,675 targets at 100,000 articles).
   */
  private plainUnmade(node: TrieNode): boolean {
    return node.entry >= 0 && this.store!.isPlain(node.entry);
  }
}

const NO_TARGETS: AliasTarget[] = [];

/**
 * The node's targets that tokens [first, end) may name, one per entity, exact spellings first.
 * Most nodes' targets all follow the default rule of a name: then they are worked out once, and a
 * match attempt only reads the first letter (a scan tries every capitalised word).
 */
function allowedTargets(node: TrieNode, own: AliasTarget[], text: string, tokens: Tokens, first: number, end: number): AliasTarget[] {
  if (node.plain === undefined) node.plain = plainTargets(own);
  if (node.plain) return defaultCaseAllows(text, tokens, first) ? node.plain : NO_TARGETS;
  return distinctEntities(exactFirst(own.filter((t) => casingAllows(text, tokens, first, end, t))));
}

/** Whether a node has children, made or still stored. */
function hasChildren(node: TrieNode): boolean {
  return node.next !== null || node.to !== 0;
}

function newNode(): TrieNode {
  return { next: null, targets: null, entry: -1, from: 0, to: 0, looks: 0 };
}

/** Best first: names before acronyms and short forms, then by weight (a copy, to its length). */
function sortedTargets(targets: readonly AliasTarget[]): AliasTarget[] {
  return targets.slice().sort(bestFirst);
}

function bestFirst(a: AliasTarget, b: AliasTarget): number {
  return a.kind - b.kind || b.weight - a.weight;
}

/** The targets' distinct entities when no target has a case rule or is an acronym; else null. */
function plainTargets(targets: AliasTarget[]): AliasTarget[] | null {
  return targets.every((t) => t.caseRule === undefined && t.kind !== AliasKind.Acronym) ? distinctEntities(targets) : null;
}

/** A word that starts with a lower-case letter (caseless scripts do not). */
function isLowerCaseStart(text: string, at: number): boolean {
  const ch = text[at]!;
  return ch !== ch.toUpperCase();
}

/** "US$100": a currency prefix, not the country. */
function followedByCurrency(text: string, tokens: Tokens, next: number): boolean {
  return next < tokens.count && tokens.starts[next] === tokens.ends[next - 1] && '$€£¥₩'.includes(text[tokens.starts[next]!]!);
}

/**
 * Names are written with a capital (or in a script without case); acronyms in capitals. Without
 * this rule "us" would be the United States and "trump" the president.
 */
function casingAllows(text: string, tokens: Tokens, first: number, end: number, target: AliasTarget): boolean {
  if (target.caseRule === CaseRule.Any) return true;
  if (target.caseRule === CaseRule.Exact) return exactCase(text, tokens, first, end, target.caseForm ?? []);
  if (target.kind === AliasKind.Acronym) {
    for (let k = first; k < end; k++) {
      const tk = tokens.kind(k);
      if ((tk === TokenKind.Word || tk === TokenKind.Initialism) && !tokens.has(k, TokenFlag.AllCaps) && tokens.ends[k]! - tokens.starts[k]! > 1) {
        if (tk === TokenKind.Initialism && tokens.has(k, TokenFlag.Capitalized)) continue;
        return false;
      }
    }
    return true;
  }
  return defaultCaseAllows(text, tokens, first);
}

/** The default rule of a name: it starts with a capital, or in a script without case. */
function defaultCaseAllows(text: string, tokens: Tokens, first: number): boolean {
  const tk = tokens.kind(first);
  if (tk === TokenKind.Cjk || tk === TokenKind.Number) return true;
  const code = text.charCodeAt(tokens.starts[first]!);
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() || ch === ch.toUpperCase();
}

/** The matched words written exactly as the alias writes them (hyphens and periods aside). */
function exactCase(text: string, tokens: Tokens, first: number, end: number, form: readonly string[]): boolean {
  let w = 0;
  for (let k = first; k < end; k++) {
    const kind = tokens.kind(k);
    if (kind === TokenKind.Hyphen || kind === TokenKind.Period) continue;
    if (text.slice(tokens.starts[k], tokens.ends[k]) !== form[w++]) return false;
  }
  return w === form.length;
}

/**
 * Aliases the analyst tied to their exact spelling outrank folded matches: a form split off its
 * entity ("Kim Jong-un" from "Kim Jong Un") names the split entity alone when written that way.
 */
function exactFirst(targets: AliasTarget[]): AliasTarget[] {
  const exact = targets.filter((t) => t.caseRule === CaseRule.Exact);
  return exact.length ? exact : targets;
}

/**
 * One target per entity, the first (best) one: several case rules of one entity may all allow a
 * match. The entities seen are marked in a table all calls share (SeenEntities), not a set per
 * call: a name's first match works this out for all its targets (a common short form has hundreds),
 * and the notes graph matching the 100k bench's 1 MB note made sets of 2.6 MB in all meanwhile,
 * during the burst of hovers (the server's sampled heap profile).
 */
function distinctEntities(targets: AliasTarget[]): AliasTarget[] {
  if (targets.length < 2) return targets;
  const seen = SeenEntities.start(targets);
  return targets.filter((t) => seen.firstTime(t.entity));
}

/** Entity numbers marked with the stamp of the current `distinctEntities` call, in a table kept between calls. */
class SeenEntities {
  private static readonly shared = new SeenEntities();
  private marks = new Uint32Array(1024);
  private stamp = 0;

  /** The table, cleared of earlier calls' marks (a new stamp), large enough for the targets' entities. */
  static start(targets: readonly AliasTarget[]): SeenEntities {
    const table = SeenEntities.shared;
    let largest = 0;
    for (let k = 0; k < targets.length; k++) largest = Math.max(largest, targets[k]!.entity);
    if (largest >= table.marks.length) table.marks = new Uint32Array(Math.max(largest + 1, table.marks.length * 2));
    if (++table.stamp === 0xffffffff) {
      table.marks.fill(0);
      table.stamp = 1;
    }
    return table;
  }

  /** True the first time an entity is seen in this call. */
  firstTime(entity: number): boolean {
    if (this.marks[entity] === this.stamp) return false;
    this.marks[entity] = this.stamp;
    return true;
  }
}

function sameForm(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return (a ?? []).join('\u0000') === (b ?? []).join('\u0000');
}

/** The token keys of a name, as the matcher walks them: hyphens and periods are not words. */
function tokenKeys(name: string): string[] {
  return nameTokens(name).map(([start, end]) => foldKey(name, start, end));
}

/** The words of a name as written, one per token key ("Kim Jong-un" → Kim, Jong, un). */
export function tokenForms(name: string): string[] {
  return nameTokens(name).map(([start, end]) => name.slice(start, end));
}

function nameTokens(name: string): [number, number][] {
  const tokens = tokenize(name);
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kind(i);
    if (kind === TokenKind.Hyphen || kind === TokenKind.Period) continue;
    if (kind === TokenKind.Possessive && i === tokens.count - 1) continue;
    spans.push([tokens.starts[i]!, tokens.ends[i]!]);
  }
  return spans;
}
