import { describe, expect, it } from 'vitest';
import { EvidenceMemo } from '../../src/entities/evidenceMemo.js';
import { newEvidence } from '../../src/entities/evidence.js';

function vector(...weights: number[]): Float32Array {
  const evidence = newEvidence();
  evidence.set(weights);
  return evidence;
}

describe('the evidence memo (one typed array for every vector kept)', () => {
  it('gives back each key\'s own vector, copied into the one asked for', () => {
    const memo = new EvidenceMemo(4);
    memo.set('putin', vector(3, 0, 0.5));
    memo.set('gazprom', vector(0, 2.5));
    const into = vector(9, 9, 9, 9, 9, 9, 9, 9);
    expect(memo.copyInto('putin', into)).toBe(true);
    expect([...into]).toEqual([3, 0, 0.5, 0, 0, 0, 0, 0]);
    expect(memo.copyInto('gazprom', into)).toBe(true);
    expect([...into]).toEqual([0, 2.5, 0, 0, 0, 0, 0, 0]);
  });

  it('leaves the vector untouched for a key it does not hold', () => {
    const memo = new EvidenceMemo(4);
    const into = vector(1, 2);
    expect(memo.copyInto('unknown', into)).toBe(false);
    expect([...into.slice(0, 2)]).toEqual([1, 2]);
  });

  it('keeps a copy: the vector given may be reused by the caller afterwards', () => {
    const memo = new EvidenceMemo(4);
    const scratch = vector(1);
    memo.set('seoul', scratch);
    scratch.fill(7);
    const into = newEvidence();
    memo.copyInto('seoul', into);
    expect(into[0]).toBe(1);
  });

  it('a key set again keeps its own slot: another key\'s vector is not overwritten', () => {
    const memo = new EvidenceMemo(4);
    memo.set('a', vector(1));
    memo.set('b', vector(2));
    memo.set('a', vector(5));
    memo.set('c', vector(3));
    const into = newEvidence();
    memo.copyInto('b', into);
    expect(into[0]).toBe(2);
    memo.copyInto('a', into);
    expect(into[0]).toBe(5);
    memo.copyInto('c', into);
    expect(into[0]).toBe(3);
  });

  it('once full, is emptied and fills again with the right vectors', () => {
    const memo = new EvidenceMemo(2);
    memo.set('a', vector(1));
    memo.set('b', vector(2));
    memo.set('c', vector(3));
    expect(memo.size).toBe(1);
    const into = newEvidence();
    expect(memo.copyInto('a', into)).toBe(false);
    expect(memo.copyInto('c', into)).toBe(true);
    expect(into[0]).toBe(3);
  });
});
