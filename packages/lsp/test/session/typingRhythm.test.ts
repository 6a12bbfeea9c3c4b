import { describe, expect, it } from 'vitest';
import { MIN_SETTLE_MS, SETTLE_MS, TypingRhythm } from '../../src/session/typingRhythm.js';

/** A rhythm on a clock the test moves; `type(gaps)` gives the wait after each keystroke. */
function typist() {
  let now = 0;
  const rhythm = new TypingRhythm(() => now);
  const type = (uri: string, gaps: readonly number[]) =>
    gaps.map((gap) => {
      now += gap;
      return rhythm.keystroke(uri);
    });
  return { rhythm, type };
}

const note = 'file:///notes/large.md';

describe('TypingRhythm', () => {
  it('waits 150 ms until it has seen eight gaps between keystrokes', () => {
    const { type } = typist();
    expect(type(note, [0, 30, 30, 30, 30, 30, 30, 30])).toEqual(Array(8).fill(SETTLE_MS));
  });

  it('waits three times the longest recent gap of a fast typist (30-45 ms a key: 135 ms), never under 90 ms', () => {
    const { type } = typist();
    expect(type(note, [0, 30, 30, 45, 30, 30, 30, 30, 30]).at(-1)).toBe(135);
    // Eight more gaps of 30 ms: the 45 ms one is forgotten.
    expect(type(note, Array(8).fill(30)).at(-1)).toBe(MIN_SETTLE_MS);
  });

  it('keeps 150 ms for a typist at 60 ms a key', () => {
    const { type } = typist();
    expect(type(note, [0, ...Array(10).fill(60)]).at(-1)).toBe(SETTLE_MS);
  });

  it('does not count a pause as a gap: a burst after two seconds keeps the rhythm of the one before', () => {
    const { type } = typist();
    type(note, [0, ...Array(8).fill(35)]);
    expect(type(note, [2000])).toEqual([105]);
  });

  it('keeps each note its own rhythm, and forgets a closed note', () => {
    const { rhythm, type } = typist();
    type(note, [0, ...Array(8).fill(30)]);
    expect(type('file:///notes/other.md', [30])).toEqual([SETTLE_MS]);
    rhythm.forget(note);
    expect(type(note, [30])).toEqual([SETTLE_MS]);
  });
});
