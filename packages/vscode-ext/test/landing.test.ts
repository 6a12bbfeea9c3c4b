import { describe, expect, it } from 'vitest';
import { hasLongLines, isCorpusPath, wrapIsOff } from '../src/landing';

describe('landing in an article (issue 13, defect 7)', () => {
  it('knows the corpus files by the dossier.corpus.paths setting, relative to each workspace folder or absolute', () => {
    const folders = ['/work/analysis', '/work/other'];
    expect(isCorpusPath('/work/analysis/seeds/000_a964fcedf6c508e9.txt', folders, ['seeds', 'corpus'])).toBe(true);
    expect(isCorpusPath('/work/other/corpus/deep/page.html', folders, ['seeds', 'corpus'])).toBe(true);
    expect(isCorpusPath('/data/scrapes/page.txt', folders, ['/data/scrapes'])).toBe(true);
    expect(isCorpusPath('/work/analysis/notes/korea.md', folders, ['seeds', 'corpus'])).toBe(false);
    expect(isCorpusPath('/work/analysis/seeds-old/page.txt', folders, ['seeds'])).toBe(false);
    expect(isCorpusPath('/work/analysis/seeds', folders, ['seeds'])).toBe(false);
  });

  it('wraps an article whose lines run long (the seed\'s 2,900-character lines), not one of short lines', () => {
    expect(hasLongLines([80, 2908, 12])).toBe(true);
    expect(hasLongLines([80, 120, 300])).toBe(false);
  });

  it('turns wrapping on only where editor.wordWrap leaves it off', () => {
    expect(wrapIsOff('off')).toBe(true);
    expect(wrapIsOff(undefined)).toBe(true);
    expect(wrapIsOff('on')).toBe(false);
    expect(wrapIsOff('bounded')).toBe(false);
  });
});
