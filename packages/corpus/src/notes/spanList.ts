import { firstAtLeast } from '../text/sortedSearch.js';

/** Something found at text[start, end). */
export interface Span<T> {
  start: number;
  end: number;
  item: T;
}

/** A run of consecutive spans: two typed arrays and their items. Never changed once made. */
interface Block<T> {
  starts: Int32Array;
  ends: Int32Array;
  items: readonly T[];
}

/**
 * Spans per block when a list is made: about the square root of their number, between 32 and 256;
 * blocks an edit rebuilt hold between half and twice as many. An edit copies the spans of a block or
 * two and moves the blocks after it, so the two costs are about even there: a 100 KB note's 2,800
 * names in blocks of 53, its 700 quotations in blocks of 32 (at 256 a keystroke copied ~500 of each).
 */
function blockSpansFor(count: number): number {
  return Math.max(32, Math.min(256, Math.round(Math.sqrt(count))));
}

/**
 * Spans sorted by start and never overlapping (names, quotations, headings of a note), kept in
 * blocks of a few hundred, each two typed arrays and an array of items, with an offset shift per
 * block. Immutable: an edit makes a new list that shares every block it did not touch, so that
 * an analysis handed out for an older version stays true. A keystroke in a 1 MB note (30,000
 * names) rebuilds the one or two blocks around it and moves the ~120 blocks after it by changing
 * their shifts; it used to copy every span, 360 KB of arrays per keystroke for the names alone.
 */
export class SpanList<T> {
  /** The block read last: a pass over the spans in order finds each one's block at once. */
  private cursor = 0;

  private constructor(
    private readonly blocks: readonly Block<T>[],
    /** How far each block's offsets have moved since it was made. */
    private readonly shifts: Int32Array,
    /** The number of the first span of each block; the last entry is the count. */
    private readonly firsts: Int32Array,
    private readonly blockSpans: number,
  ) {}

  /** A list of `spans` (sorted, not overlapping); `blockSpans` is for tests, which want many blocks. */
  static from<T>(spans: readonly Span<T>[], blockSpans = blockSpansFor(spans.length)): SpanList<T> {
    const blocks: Block<T>[] = [];
    for (let at = 0; at < spans.length; at += blockSpans) blocks.push(blockOf(spans, at, Math.min(spans.length, at + blockSpans)));
    return SpanList.of(blocks, new Int32Array(blocks.length), blockSpans);
  }

  private static of<T>(blocks: readonly Block<T>[], shifts: Int32Array, blockSpans: number): SpanList<T> {
    const firsts = new Int32Array(blocks.length + 1);
    for (let b = 0; b < blocks.length; b++) firsts[b + 1] = firsts[b]! + blocks[b]!.items.length;
    return new SpanList(blocks, shifts, firsts, blockSpans);
  }

  /** How many blocks hold the spans (tests: edits must not split the list into ever smaller blocks). */
  get blockCount(): number {
    return this.blocks.length;
  }

  get count(): number {
    return this.firsts[this.blocks.length]!;
  }

  start(i: number): number {
    const b = this.blockOf(i);
    return this.blocks[b]!.starts[i - this.firsts[b]!]! + this.shifts[b]!;
  }

  end(i: number): number {
    const b = this.blockOf(i);
    return this.blocks[b]!.ends[i - this.firsts[b]!]! + this.shifts[b]!;
  }

  item(i: number): T {
    const b = this.blockOf(i);
    return this.blocks[b]!.items[i - this.firsts[b]!]!;
  }

  /** The index of the first span that starts at or after `offset` (count if none does). */
  firstFrom(offset: number): number {
    return this.firstWhere('starts', offset, 0);
  }

  /** The index of the first span that ends after `offset` (count if none does): spans never overlap, so ends are sorted too. */
  firstEndingAfter(offset: number): number {
    return this.firstWhere('ends', offset, 1);
  }

  /** The first span that contains `offset`, its end included (a cursor just after a name is on it); -1 if none. */
  indexAt(offset: number): number {
    const i = this.firstFrom(offset + 1) - 1;
    if (i < 0 || this.end(i) < offset) return -1;
    // Touching spans ("台積電" right after another name): the earlier one, whose end is the offset.
    return i > 0 && this.end(i - 1) === offset ? i - 1 : i;
  }

  /** True when a span starts before `offset` and ends after it: `offset` is inside it. */
  covers(offset: number): boolean {
    const i = this.firstFrom(offset) - 1;
    return i >= 0 && this.end(i) > offset;
  }

  /**
   * A new list: spans [0, keep) as they are, then `middle` (in the new text's offsets), then the
   * spans from index `resume` on, moved by `delta`. Only the blocks holding `keep` and `resume`
   * are copied (with a neighbour when that leaves too few spans); the others are shared.
   */
  splice(keep: number, middle: readonly Span<T>[], resume: number, delta: number): SpanList<T> {
    const last = this.blocks.length - 1;
    if (last < 0) return SpanList.from(middle, this.blockSpans);
    const first = keep < this.count ? this.blockOf(keep) : last;
    let through = Math.max(first, resume < this.count ? this.blockOf(resume) : last);
    const spansIn = (to: number) => keep - this.firsts[first]! + middle.length + (this.firsts[to + 1]! - resume);
    while (spansIn(through) < this.blockSpans / 2 && through < last) through++;
    const rebuilt = this.rebuild(this.firsts[first]!, keep, middle, resume, this.firsts[through + 1]!, delta);
    const blocks = [...this.blocks.slice(0, first), ...rebuilt, ...this.blocks.slice(through + 1)];
    const shifts = new Int32Array(blocks.length);
    shifts.set(this.shifts.subarray(0, first));
    shifts.set(this.shifts.subarray(through + 1), first + rebuilt.length);
    for (let b = first + rebuilt.length; b < blocks.length; b++) shifts[b]! += delta;
    return SpanList.of(blocks, shifts, this.blockSpans);
  }

  /** Spans [from, keep), then `middle`, then [resume, to) moved by `delta`, as blocks of between half and twice blockSpans. */
  private rebuild(from: number, keep: number, middle: readonly Span<T>[], resume: number, to: number, delta: number): Block<T>[] {
    // Written straight into the new blocks' arrays (a keystroke rebuilds a block or two: no object per span).
    const total = keep - from + middle.length + (to - resume);
    const starts = new Int32Array(total);
    const ends = new Int32Array(total);
    const items: T[] = [];
    let n = this.copyInto(starts, ends, items, 0, from, keep, 0);
    for (const span of middle) {
      starts[n] = span.start;
      ends[n++] = span.end;
      items.push(span.item);
    }
    this.copyInto(starts, ends, items, n, resume, to, delta);
    const count = Math.ceil(total / (2 * this.blockSpans));
    if (count === 1) return [{ starts, ends, items }];
    return Array.from({ length: count }, (_, k) => {
      const [a, b] = [Math.floor((k * total) / count), Math.floor(((k + 1) * total) / count)];
      return { starts: starts.subarray(a, b), ends: ends.subarray(a, b), items: items.slice(a, b) };
    });
  }

  /**
   * Spans [from, to) written at `n` into the arrays, moved by `by`; returns where the next goes.
   * Block by block, from each block's own arrays: a keystroke in a 100 KB note copies ~500 spans
   * of names and ~500 of quotations, and reading each through start(), end() and item() (a block
   * look-up apiece) cost more than the rest of its matching again.
   */
  private copyInto(starts: Int32Array, ends: Int32Array, items: T[], n: number, from: number, to: number, by: number): number {
    let at = n;
    for (let i = from; i < to; ) {
      const b = this.blockOf(i);
      const block = this.blocks[b]!;
      const shift = this.shifts[b]! + by;
      const first = this.firsts[b]!;
      const upto = Math.min(to, this.firsts[b + 1]!);
      for (let k = i - first; k < upto - first; k++, at++) {
        starts[at] = block.starts[k]! + shift;
        ends[at] = block.ends[k]! + shift;
        items.push(block.items[k]!);
      }
      i = upto;
    }
    return at;
  }

  /** The block that holds span i (0 <= i < count). */
  private blockOf(i: number): number {
    const firsts = this.firsts;
    const c = this.cursor;
    if (i >= firsts[c]! && i < firsts[c + 1]!) return c;
    if (i >= firsts[c + 1]! && i < firsts[c + 2]!) return (this.cursor = c + 1);
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (firsts[mid]! <= i) low = mid;
      else high = mid - 1;
    }
    return (this.cursor = low);
  }

  /** The first span whose start (or end) is at least `offset + past` (count if none is): blocks first, then within one. */
  private firstWhere(side: 'starts' | 'ends', offset: number, past: number): number {
    const { blocks, shifts } = this;
    let low = 0;
    let high = blocks.length;
    // The first block whose last span qualifies.
    while (low < high) {
      const mid = (low + high) >>> 1;
      const values = blocks[mid]![side];
      if (values[values.length - 1]! + shifts[mid]! < offset + past) low = mid + 1;
      else high = mid;
    }
    if (low === blocks.length) return this.count;
    const values = blocks[low]![side];
    return this.firsts[low]! + firstAtLeast(values, offset + past - shifts[low]!);
  }
}

function blockOf<T>(spans: readonly Span<T>[], from: number, to: number): Block<T> {
  const starts = new Int32Array(to - from);
  const ends = new Int32Array(to - from);
  const items: T[] = [];
  for (let i = from; i < to; i++) {
    starts[i - from] = spans[i]!.start;
    ends[i - from] = spans[i]!.end;
    items.push(spans[i]!.item);
  }
  return { starts, ends, items };
}
