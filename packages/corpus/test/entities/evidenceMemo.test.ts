import { describe, expect, it } from 'vitest';
import { CodeKey, EvidenceMemo } from '../../src/entities/evidenceMemo.js';
import { newEvidence } from '../../src/entities/evidence.js';

/** A key of the string's char codes, in a buffer of its own. */
function key(text: string): CodeKey {
  const codes = new CodeKey();
  for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
  return codes;
}

function vector(...weights: number[]): Float32Array {
  const evidence = newEvidence();
  evidence.set(weights);
  return evidence;
}

describe('the evidence memo (one typed array for every vector kept)', () => {
  it('gives back each key\'s own vector, copied into the one asked for', () => {
    const memo = new EvidenceMemo(4);
    memo.set(key('putin'), vector(3, 0, 0.5));
    memo.set(key('gazprom'), vector(0, 2.5));
    const into = vector(9, 9, 9, 9, 9, 9, 9, 9);
    expect(memo.copyInto(key('putin'), into)).toBe(true);
    expect([...into]).toEqual([3, 0, 0.5, 0, 0, 0, 0, 0]);
    expect(memo.copyInto(key('gazprom'), into)).toBe(true);
    expect([...into]).toEqual([0, 2.5, 0, 0, 0, 0, 0, 0]);
  });

  it('leaves the vector untouched for a key it does not hold', () => {
    const memo = new EvidenceMemo(4);
    const into = vector(1, 2);
    expect(memo.copyInto(key('unknown'), into)).toBe(false);
    expect([...into.slice(0, 2)]).toEqual([1, 2]);
  });

  it('keeps a copy: the vector given may be reused by the caller afterwards', () => {
    const memo = new EvidenceMemo(4);
    const scratch = vector(1);
    memo.set(key('seoul'), scratch);
    scratch.fill(7);
    const into = newEvidence();
    memo.copyInto(key('seoul'), into);
    expect(into[0]).toBe(1);
  });

  it('a key set again keeps its own slot: another key\'s vector is not overwritten', () => {
    const memo = new EvidenceMemo(4);
    memo.set(key('a'), vector(1));
    memo.set(key('b'), vector(2));
    memo.set(key('a'), vector(5));
    memo.set(key('c'), vector(3));
    const into = newEvidence();
    memo.copyInto(key('b'), into);
    expect(into[0]).toBe(2);
    memo.copyInto(key('a'), into);
    expect(into[0]).toBe(5);
    memo.copyInto(key('c'), into);
    expect(into[0]).toBe(3);
  });

  it('once full, is emptied and fills again with the right vectors', () => {
    const memo = new EvidenceMemo(2);
    memo.set(key('a'), vector(1));
    memo.set(key('b'), vector(2));
    memo.set(key('c'), vector(3));
    expect(memo.size).toBe(1);
    const into = newEvidence();
    expect(memo.copyInto(key('a'), into)).toBe(false);
    expect(memo.copyInto(key('c'), into)).toBe(true);
    expect(into[0]).toBe(3);
  });

  it('tells apart keys that one begins and keys of equal hash slots, over many keys', () => {
    const memo = new EvidenceMemo(3000);
    const keys = Array.from({ length: 2500 }, (_, i) => 'name'.repeat(1 + (i % 3)) + String(i));
    keys.forEach((k, i) => memo.set(key(k), vector(i)));
    memo.set(key('name'), vector(-1));
    const into = newEvidence();
    keys.forEach((k, i) => {
      expect(memo.copyInto(key(k), into), k).toBe(true);
      expect(into[0], k).toBe(i);
    });
    expect(memo.copyInto(key('name'), into)).toBe(true);
    expect(into[0]).toBe(-1);
    expect(memo.copyInto(key('name25000'), into)).toBe(false);
    expect(memo.size).toBe(2501);
  });

  it('reads a key buffer that is written over for the next key: the memo keeps its own copy', () => {
    const memo = new EvidenceMemo(4);
    const buffer = key('seoul');
    memo.set(buffer, vector(4));
    buffer.length = 0;
    for (const c of 'busan') buffer.push(c.charCodeAt(0));
    const into = newEvidence();
    expect(memo.copyInto(buffer, into)).toBe(false);
    expect(memo.copyInto(key('seoul'), into)).toBe(true);
    expect(into[0]).toBe(4);
  });

  it('keeps codes modulo 2^16, as String.fromCharCode did: a token kind and its flags fill one code', () => {
    const memo = new EvidenceMemo(4);
    const wide = new CodeKey();
    wide.push(0x1_0041);
    memo.set(wide, vector(6));
    const into = newEvidence();
    expect(memo.copyInto(key('A'), into)).toBe(true);
    expect(into[0]).toBe(6);
  });

  it('grows the key buffer for a long key', () => {
    const memo = new EvidenceMemo(2);
    const long = 'Very Long Quoted Title '.repeat(40);
    memo.set(key(long), vector(8));
    const into = newEvidence();
    expect(memo.copyInto(key(long), into)).toBe(true);
    expect(into[0]).toBe(8);
    expect(memo.copyInto(key(long.slice(0, -1)), into)).toBe(false);
  });
});
