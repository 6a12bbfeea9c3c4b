import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInside, pathToUri, resolveCorpusPath } from '../../src/workspace/paths.js';
import { fuzzParams } from '../properties/fuzz.js';

const FOLDER = resolve('/work/notes');

describe('configured corpus paths are resolved safely', () => {
  it('never lets a relative path climb out of the workspace folder (property)', () => {
    const segment = fc.constantFrom('..', '.', 'corpus', '..drafts', 'a..b', '...', '', 'notes', 'notes-evil', '~', '%2e%2e');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        const configured = segments.join('/');
        fc.pre(!configured.startsWith('/')); // an absolute path is the user's explicit choice
        const root = resolveCorpusPath(FOLDER, configured);
        const lexical = resolve(FOLDER, configured);
        if (root === null) expect(lexical === FOLDER || lexical.startsWith(FOLDER + sep)).toBe(false);
        else {
          expect(root).toBe(lexical);
          expect(root === FOLDER || root.startsWith(FOLDER + sep)).toBe(true);
        }
      }),
      fuzzParams(300),
    );
  });

  it('refuses the classic escapes, and a sibling folder that shares a prefix', () => {
    for (const escape of ['..', '../', '../etc', 'corpus/../../etc', '../notes-evil', './../notes/../../x']) {
      expect(resolveCorpusPath(FOLDER, escape), escape).toBeNull();
    }
    expect(isInside(FOLDER, resolve('/work/notes-evil/a.txt'))).toBe(false);
  });

  it('accepts folders inside whose names merely start with two dots', () => {
    expect(resolveCorpusPath(FOLDER, '..drafts')).toBe(join(FOLDER, '..drafts'));
    expect(isInside(FOLDER, join(FOLDER, '..drafts', 'a.txt'))).toBe(true);
    expect(resolveCorpusPath(FOLDER, 'corpus/..hidden/x')).toBe(join(FOLDER, 'corpus', '..hidden', 'x'));
  });
});

describe('isInside', () => {
  // Plain absolute paths are answered by comparing segments, without resolving: the same answer as
  // path.relative for every path, plain or not ("/work/notes-evil" is not inside "/work/notes").
  it('answers as path.relative does, for plain paths and for paths with ".", ".." or empty segments (property)', () => {
    const segment = fc.constantFrom('work', 'notes', 'notes-evil', 'a.txt', '.', '..', '', '..drafts', '...', 'a b', 'é');
    const path = fc.tuple(fc.array(segment, { maxLength: 5 }), fc.boolean()).map(([segments, slash]) => `/${segments.join('/')}${slash ? '/' : ''}`);
    fc.assert(
      fc.property(path, path, (folder, inner) => {
        const rel = relative(folder, inner);
        const expected = rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
        expect(isInside(folder, inner), `${folder} ∋ ${inner}`).toBe(expected);
      }),
      fuzzParams(2000),
    );
    expect(isInside('/work/notes', '/work/notes')).toBe(true);
    expect(isInside('/work/notes', '/work/notes/a.txt')).toBe(true);
    expect(isInside('/work/notes', '/work/notesa.txt')).toBe(false);
    expect(isInside('/', '/work')).toBe(true);
  });
});

describe('pathToUri', () => {
  // A plain path is written out without a URL object (a card links three): the same URI as Node's.
  it('gives what pathToFileURL gives, for plain paths and for paths a URL escapes or resolves (property)', () => {
    const segment = fc.constantFrom('corpus', '000_a964fcedf6c508e9.txt', '.', '..', '', 'a b', 'é', '%', '#', '?', '~x', 'a+b', 'c=d', 'e@f', 'h,i', 'j-k_l', "q'r", 'p(1)', 'z:1', 'x\\y', '\n');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.boolean(), (segments, slash) => {
        const path = `/${segments.join('/')}${slash ? '/' : ''}`;
        expect(pathToUri(path)).toBe(pathToFileURL(path).href);
      }),
      fuzzParams(500),
    );
  });
});
