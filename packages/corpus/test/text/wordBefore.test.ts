import { describe, expect, it } from 'vitest';
import { wordBeforeSpaces } from '../../src/text/wordBefore.js';

const before = (text: string, from = 0) => wordBeforeSpaces(text, from, text.length);

describe('wordBeforeSpaces', () => {
  it('gives the word before the spaces and one comma that close the text', () => {
    expect(before('The senator and his wife, ')).toBe('wife');
    expect(before('He was known as ')).toBe('as');
    expect(before('her half-brother ')).toBe('brother');
    expect(before('a\u00a0stepson\u2009')).toBe('stepson');
  });

  it('is empty without a closing space, or with no letter before it', () => {
    expect(before('his wife,')).toBe('');
    expect(before('in 2024 ')).toBe('');
    expect(before('Dr. ')).toBe('');
  });

  it('reads nothing before `from`, as an expression run on the slice does', () => {
    const text = 'Jackson, ';
    expect(before(text)).toBe('Jackson');
    expect(before(text, 4)).toBe('son');
  });

  it('is the last word whenever the kinship expression matches', () => {
    const kinship = /\b(?:(?:half-|step|grand)?(?:brother|sister|son|daughter|father|mother)|wife|husband),?\s+$/;
    for (const text of ['his wife,\t', 'her grandson  ', 'my step-daughter\n', 'a half-sister, ', 'Jackson, ']) {
      const match = kinship.exec(text);
      if (match) expect(match[0]).toContain(before(text));
      else expect(['wife', 'husband', 'brother', 'sister', 'son', 'daughter']).not.toContain(before(text));
    }
  });
});
