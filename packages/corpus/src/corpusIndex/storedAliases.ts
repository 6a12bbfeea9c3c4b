import { AliasKind, CaseRule, type AliasStore, type AliasTarget, type NameMatcher } from './nameMatcher.js';
import { SnapshotError, type StringColumn } from './snapshotColumns.js';

const UTF8 = new TextEncoder();
/** A UTF-16 surrogate without its pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The name matcher's aliases as a snapshot stores them: entry i has the keys
 * keys[keyStarts[i], keyStarts[i + 1]) and the targets targetStarts[i]… likewise. The entries are
 * sorted by their keys (each key's UTF-8 bytes, then the shorter first), so that the entries under
 * any node of the trie are one run of them: a warm start's matcher makes a node's children and
 * targets only when a walk first reaches it (NameMatcher.of), and they are checked then
 * (StoredAliases), not all at once before the first card.
 */
export interface AliasColumns {
  keys: StringColumn;
  keyStarts: Int32Array;
  targetStarts: Int32Array;
  entity: Int32Array;
  kind: Uint8Array;
  weight: Float64Array;
  /** The few targets with an analyst's case rule, by their number. */
  caseRules: Map<number, Pick<AliasTarget, 'caseRule' | 'caseForm'>>;
  /** The most keys of any entry. */
  longest: number;
  /**
   * Where each run of entries with the same first key starts, and the count of entries at the end:
   * the trie's first level without comparing the entries' keys (34,139 at 100,000 articles, 50 ms
   * of the first card's note scan, in code not yet optimised then).
   */
  firstKeyRuns: Int32Array;
}

/** A matcher's aliases as columns, sorted by their keys. */
export function encodeAliases(matcher: NameMatcher): AliasColumns {
  const entries = matcher.entries();
  const encoded = entries.map((entry) => entry.keys.map((key) => Buffer.from(key)));
  const order = entries.map((_, i) => i).sort((a, b) => compareKeys(encoded[a]!, encoded[b]!));
  const keyStarts = new Int32Array(entries.length + 1);
  const targetStarts = new Int32Array(entries.length + 1);
  const keys: Buffer[] = [];
  const targets: AliasTarget[] = [];
  order.forEach((e, i) => {
    keys.push(...encoded[e]!);
    targets.push(...entries[e]!.targets);
    keyStarts[i + 1] = keys.length;
    targetStarts[i + 1] = targets.length;
  });
  return {
    keys: utf8Column(keys),
    keyStarts,
    targetStarts,
    entity: Int32Array.from(targets, (t) => t.entity),
    kind: Uint8Array.from(targets, (t) => t.kind),
    weight: Float64Array.from(targets, (t) => t.weight),
    caseRules: new Map(targets.flatMap((t, i) => (t.caseRule === undefined ? [] : [[i, { caseRule: t.caseRule, ...(t.caseForm ? { caseForm: t.caseForm } : {}) }]]))),
    longest: entries.reduce((most, entry) => Math.max(most, entry.keys.length), 0),
    firstKeyRuns: Int32Array.from([...order.flatMap((e, i) => (i === 0 || Buffer.compare(encoded[e]![0]!, encoded[order[i - 1]!]![0]!) !== 0 ? [i] : [])), order.length]),
  };
}

function compareKeys(a: readonly Buffer[], b: readonly Buffer[]): number {
  for (let k = 0; k < a.length && k < b.length; k++) {
    const order = Buffer.compare(a[k]!, b[k]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

function utf8Column(strings: readonly Buffer[]): StringColumn {
  const offsets = new Int32Array(strings.length + 1);
  strings.forEach((s, i) => (offsets[i + 1] = offsets[i]! + s.length));
  const bytes = new Uint8Array(offsets[strings.length]!);
  strings.forEach((s, i) => bytes.set(s, offsets[i]!));
  return { bytes, offsets };
}

/**
 * A snapshot's aliases for NameMatcher.of. Only their sizes are checked when made; each entry and
 * target as it is read (a run out of order, an entity out of range: SnapshotError). Checking all
 * 34,139 entries and 100,188 targets at 100,000 articles took 30 ms of a warm start, the code not
 * yet optimised by then.
 */
export class StoredAliases implements AliasStore {
  readonly count: number;
  readonly targetCount: number;
  readonly longest: number;
  readonly caseless: boolean;
  private keyBytes: Buffer | null = null;
  /** A key looked for (childRun), as UTF-8. */
  private keyScratch = new Uint8Array(64);

  constructor(
    private readonly columns: AliasColumns,
    private readonly entityCount: number,
  ) {
    const { keys, keyStarts, targetStarts, entity, kind, weight } = columns;
    this.count = keyStarts.length - 1;
    this.targetCount = entity.length;
    this.longest = columns.longest;
    if (targetStarts.length !== keyStarts.length || keyStarts[0] !== 0 || keyStarts[this.count] !== keys.offsets.length - 1 || targetStarts[this.count] !== entity.length) throw new SnapshotError('snapshot aliases do not add up');
    if (kind.length !== entity.length || weight.length !== entity.length || !Number.isInteger(this.longest) || !(columns.firstKeyRuns instanceof Int32Array)) throw new SnapshotError('snapshot alias targets do not add up');
    this.caseless = [...columns.caseRules.values()].some((rule) => rule.caseRule === CaseRule.Any || (rule.caseRule === CaseRule.Exact && startsLowerCase(rule.caseForm?.[0] ?? 'A')));
  }

  keyCount(entry: number): number {
    return this.columns.keyStarts[entry + 1]! - this.columns.keyStarts[entry]!;
  }

  /** A new list, to its length (a list grown by push keeps room for 17). */
  targetsOf(entry: number): AliasTarget[] {
    const { targetStarts, entity, kind, weight, caseRules } = this.columns;
    const first = targetStarts[entry]!;
    return Array.from({ length: Math.max(0, targetStarts[entry + 1]! - first) }, (_, k): AliasTarget => {
      const t = first + k;
      if (!(entity[t]! >= 0 && entity[t]! < this.entityCount)) throw new SnapshotError(`snapshot alias points at unknown entity ${entity[t]}`);
      const target: AliasTarget = { entity: entity[t]!, kind: kind[t]! as AliasKind, weight: weight[t]! };
      const rule = caseRules.get(t);
      return rule ? { ...target, ...rule } : target;
    });
  }

  isPlain(entry: number): boolean {
    const { targetStarts, kind, caseRules } = this.columns;
    for (let t = targetStarts[entry]!; t < targetStarts[entry + 1]!; t++) if (kind[t] === AliasKind.Acronym || caseRules.has(t)) return false;
    return targetStarts[entry + 1]! > targetStarts[entry]!;
  }

  eachChild(from: number, to: number, depth: number, visit: (key: string, from: number, to: number) => void): void {
    if (depth === 0 && from === 0 && to === this.count) return this.eachFirstKey(visit);
    const { keyStarts } = this.columns;
    for (let first = from, next = from; first < to; first = next) {
      this.checkKeys(first, depth);
      const key = keyStarts[first]! + depth;
      // One comparison an entry: the same key (one more entry of the run), a later one (the next run), or an earlier one (out of order).
      for (next = first + 1; next < to; next++) {
        this.checkKeys(next, depth);
        const order = compareKey(this.columns.keys, key, keyStarts[next]! + depth);
        if (order > 0) throw new SnapshotError('snapshot aliases are not sorted by their keys');
        if (order < 0) break;
      }
      visit(this.keyText(key), first, next);
    }
  }

  childRun(from: number, to: number, depth: number, key: string): { from: number; to: number } | null {
    // A stored key is decoded UTF-8, never a lone surrogate: no such word names one.
    if (LONE_SURROGATE.test(key)) return null;
    const length = this.encoded(key);
    const { keys, keyStarts } = this.columns;
    const order = (entry: number) => compareToBytes(keys, keyStarts[entry]! + depth, this.keyScratch, length);
    let [low, high] = [from, to];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (order(middle) < 0) low = middle + 1;
      else high = middle;
    }
    if (low === to || order(low) !== 0) return null;
    let end = low + 1;
    while (end < to && order(end) === 0) end++;
    return { from: low, to: end };
  }

  checkRun(from: number, to: number, depth: number): void {
    const { keys, keyStarts } = this.columns;
    for (let entry = from; entry < to; entry++) {
      this.checkKeys(entry, depth);
      if (entry > from && compareKey(keys, keyStarts[entry - 1]! + depth, keyStarts[entry]! + depth) > 0) throw new SnapshotError('snapshot aliases are not sorted by their keys');
    }
  }

  /** `key` as UTF-8 in keyScratch (grown as needed): its length in bytes. */
  private encoded(key: string): number {
    if (key.length * 3 > this.keyScratch.length) this.keyScratch = new Uint8Array(key.length * 3);
    return UTF8.encodeInto(key, this.keyScratch).written;
  }

  /** Key k as a string, read from the column's bytes (not a view of them made first). */
  private keyText(k: number): string {
    const { bytes, offsets } = this.columns.keys;
    this.keyBytes ??= Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return this.keyBytes.toString('utf8', offsets[k], offsets[k + 1]);
  }

  /** The trie's first level from the runs of entries with the same first key, their first keys checked in order. */
  private eachFirstKey(visit: (key: string, from: number, to: number) => void): void {
    const { keys, keyStarts, firstKeyRuns: runs } = this.columns;
    if (runs[0] !== 0 || runs[runs.length - 1] !== this.count) throw new SnapshotError('snapshot alias runs do not add up');
    for (let r = 0; r + 1 < runs.length; r++) {
      const [first, next] = [runs[r]!, runs[r + 1]!];
      if (!(next > first)) throw new SnapshotError('snapshot alias runs do not add up');
      this.checkKeys(first, 0);
      if (next < this.count && compareKey(keys, keyStarts[first]!, keyStarts[next]!) >= 0) throw new SnapshotError('snapshot aliases are not sorted by their keys');
      visit(this.keyText(keyStarts[first]!), first, next);
    }
  }

  /** Entry `entry`, under a node of `depth` keys, has more keys than that, and no more than the longest. */
  private checkKeys(entry: number, depth: number): void {
    const count = this.keyCount(entry);
    if (!(count > depth && count <= this.longest)) throw new SnapshotError('snapshot aliases are not sorted by their keys');
  }
}

function compareKey(keys: StringColumn, a: number, b: number): number {
  const { bytes, offsets } = keys;
  const aStart = offsets[a]!;
  const bStart = offsets[b]!;
  const aLength = offsets[a + 1]! - aStart;
  const bLength = offsets[b + 1]! - bStart;
  for (let i = 0; i < aLength && i < bLength; i++) {
    const order = bytes[aStart + i]! - bytes[bStart + i]!;
    if (order !== 0) return order;
  }
  return aLength - bLength;
}

/** Stored key `a` against the first `length` bytes of `bytes`, in the order of compareKey. */
function compareToBytes(keys: StringColumn, a: number, bytes: Uint8Array, length: number): number {
  const start = keys.offsets[a]!;
  const aLength = keys.offsets[a + 1]! - start;
  for (let i = 0; i < aLength && i < length; i++) {
    const order = keys.bytes[start + i]! - bytes[i]!;
    if (order !== 0) return order;
  }
  return aLength - length;
}

function startsLowerCase(word: string): boolean {
  return word[0] !== undefined && word[0] !== word[0].toUpperCase();
}
