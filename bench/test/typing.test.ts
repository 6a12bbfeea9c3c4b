import { describe, expect, it } from 'vitest';
import { typingNotes } from '../src/benchmark.js';
import { isCard } from '../src/typing.js';

describe('the typing scenario', () => {
  it('counts a card as a card, and a name answered while the corpus is indexed as none', () => {
    // The 100 KB note's 500 hovers were all "Dossier is indexing the corpus: …" once a cold index ran
    // in a process of its own, and the check "every hover while typing is a card" still passed.
    expect(isCard({ contents: { value: 'Dossier is indexing the corpus: 1,840/3,602 files (45%). Cards appear when it is done.' } })).toBe(false);
    expect(isCard({ contents: { value: '**Iodan Senov** · _person_  \n2 mentions · 1 article' } })).toBe(true);
    expect(isCard({ contents: { value: '' } })).toBe(false);
    expect(isCard(null)).toBe(false);
  });

  it('types into the 1 MB note first when asked, so that the note typed first (the one that pays for a fresh server) can be swapped', () => {
    // The 100 KB note, always typed first, cost more per keystroke than the 1 MB note on a quiet machine (12-05).
    const notes = { medium: 'notes/medium.md', large: 'notes/large.md' };
    expect(typingNotes(notes, { quick: false })).toEqual(['notes/medium.md', 'notes/large.md']);
    expect(typingNotes(notes, { quick: false, largeNoteFirst: true })).toEqual(['notes/large.md', 'notes/medium.md']);
    expect(typingNotes(notes, { quick: true, largeNoteFirst: true })).toEqual(['notes/medium.md']);
  });
});
