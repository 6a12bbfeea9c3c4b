import { describe, expect, it } from 'vitest';
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
});
