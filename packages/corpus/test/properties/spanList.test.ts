import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanList, type Span } from '../../src/notes/spanList.js';
import { fuzzParams } from './fuzz.js';

/**
 * SpanList keeps spans in blocks that edits share, rebuild and shift. Against the plainest model
 * (one array of spans, copied and shifted whole on each splice, as the list was kept before),
 * after any sequence of splices every reading must agree: count, each span, and every search.
 */
type Model = Span<number>[];

/** Sorted, non-overlapping spans (some touching) from gaps and lengths. */
function spansFrom(pairs: [number, number][], from: number, firstItem: number): Model {
  const out: Model = [];
  let at = from;
  pairs.forEach(([gap, length], k) => {
    at += gap;
    out.push({ start: at, end: at + length, item: firstItem + k });
    at += length;
  });
  return out;
}

const pairs = (max: number) => fc.array(fc.tuple(fc.nat(4), fc.integer({ min: 1, max: 5 })), { maxLength: max });

/** A splice as rematchNames makes them: spans [keep, resume) replaced by new ones in the edited stretch, the rest moved by delta. */
const splicePlan = fc.record({ keep: fc.double({ min: 0, max: 1, noNaN: true }), removed: fc.nat(12), added: pairs(10), delta: fc.integer({ min: -6, max: 30 }) });

interface SplicePlan {
  keep: number;
  removed: number;
  added: [number, number][];
  delta: number;
}

function spliceModel(model: Model, plan: SplicePlan, nextItem: number) {
  const keep = Math.floor(plan.keep * model.length);
  const resume = Math.min(model.length, keep + plan.removed);
  const left = keep > 0 ? model[keep - 1]!.end : 0;
  const middle = spansFrom(plan.added, left, nextItem);
  const middleEnd = middle.length ? middle[middle.length - 1]!.end : left;
  // The edit may not pull later spans back over the new ones.
  const tailStart = resume < model.length ? model[resume]!.start : Infinity;
  const delta = Math.max(plan.delta, middleEnd - tailStart);
  const next = [...model.slice(0, keep), ...middle, ...model.slice(resume).map((s) => ({ ...s, start: s.start + delta, end: s.end + delta }))];
  return { keep, resume, middle, delta, next };
}

function expectSame(list: SpanList<number>, model: Model): void {
  expect(list.count).toBe(model.length);
  // Read backwards and out of order too: a block found by its cursor must not be trusted blindly.
  const order = [...model.keys(), ...[...model.keys()].reverse(), ...[...model.keys()].filter((i) => i % 3 === 0)];
  expect(order.map((i) => [list.start(i), list.end(i), list.item(i)])).toEqual(order.map((i) => [model[i]!.start, model[i]!.end, model[i]!.item]));
  const last = model.length ? model[model.length - 1]!.end + 2 : 3;
  // The model's answers by a sweep over the offsets: the first span starting at or after the
  // offset, the first ending after it, the first ending at or after it.
  const actual: [number, number, number, number, boolean][] = [];
  const expected: typeof actual = [];
  let startsFrom = 0;
  let endsAfter = 0;
  let endsAtOrAfter = 0;
  for (let offset = -1; offset <= last; offset++) {
    while (startsFrom < model.length && model[startsFrom]!.start < offset) startsFrom++;
    while (endsAfter < model.length && model[endsAfter]!.end <= offset) endsAfter++;
    while (endsAtOrAfter < model.length && model[endsAtOrAfter]!.end < offset) endsAtOrAfter++;
    const containing = endsAtOrAfter < model.length && model[endsAtOrAfter]!.start <= offset ? endsAtOrAfter : -1;
    expected.push([offset, startsFrom, endsAfter, containing, endsAfter < model.length && model[endsAfter]!.start < offset]);
    actual.push([offset, list.firstFrom(offset), list.firstEndingAfter(offset), list.indexAt(offset), list.covers(offset)]);
  }
  // [offset, firstFrom, firstEndingAfter, indexAt, covers]
  expect(actual).toEqual(expected);
}

describe('SpanList in blocks (property)', () => {
  it('reads as one plain array would after any sequence of splices, whatever the block size', () => {
    let crossedBlocks = 0;
    const params = fuzzParams(300);
    fc.assert(
      fc.property(pairs(60), fc.array(splicePlan, { maxLength: 15 }), fc.constantFrom(1, 2, 3, 4, 8, 256), (initial, plans, blockSpans) => {
        let model = spansFrom(initial, 0, 0);
        let list = SpanList.from(model, blockSpans);
        const older: [SpanList<number>, Model][] = [[list, model]];
        expectSame(list, model);
        let nextItem = 1000;
        for (const plan of plans) {
          const { keep, resume, middle, delta, next } = spliceModel(model, plan, nextItem);
          nextItem += 100;
          if (resume - keep > blockSpans) crossedBlocks++;
          list = list.splice(keep, middle, resume, delta);
          model = next;
          expectSame(list, model);
          older.push([list, model]);
        }
        // Immutable: every version handed out still reads as it did.
        for (const [version, itsModel] of older) expectSame(version, itsModel);
      }),
      params,
    );
    expect(crossedBlocks).toBeGreaterThanOrEqual(params.numRuns / 2);
  });

  it('keeps its blocks few and full while a long list is typed into at one place', () => {
    let model = spansFrom(Array.from({ length: 3000 }, () => [1, 3] as [number, number]), 0, 0);
    let list = SpanList.from(model, 16);
    for (let k = 0; k < 2000; k++) {
      // A name typed or removed in the middle, as keystrokes do.
      const at = 1500 + (k % 7);
      const plan = { keep: at / model.length, removed: k % 2, added: k % 3 === 0 ? [[1, 3] as [number, number]] : [], delta: k % 2 === 0 ? 1 : -1 };
      const { keep, resume, middle, delta, next } = spliceModel(model, plan, 10_000 + k);
      list = list.splice(keep, middle, resume, delta);
      model = next;
    }
    expectSame(list, model);
    // Blocks an edit rebuilt hold 8 to 32 spans here: 2,000 edits at one place leave them at least half full on average.
    expect(list.blockCount).toBeLessThanOrEqual(Math.ceil(model.length / 8) + 2);
  });
});
