import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AliasKind, NameMatcher, type NameMatch } from '../../src/corpusIndex/nameMatcher.js';
import { findNoteNames } from '../../src/notes/noteAnalysis.js';
import { findNoteQuotes } from '../../src/quotes/quoteFinder.js';
import { tokenize } from '../../src/text/tokenize.js';
import { fixtureIndex } from './fixtureIndex.js';
import { anyText, EXOTIC, fuzzParams, NAMES, noteText } from './fuzz.js';

function checkMatches(text: string, matches: NameMatch[], start: number, end: number, entities: number) {
  const tokens = tokenize(text, start, end);
  const tokenStarts = new Set(tokens.starts.subarray(0, tokens.count));
  const tokenEnds = new Set(tokens.ends.subarray(0, tokens.count));
  let previousEnd = start;
  for (const m of matches) {
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(end);
    // Matches begin and end on word boundaries: never inside a word or a surrogate pair.
    expect(tokenStarts.has(m.start)).toBe(true);
    expect(tokenEnds.has(m.end)).toBe(true);
    expect(m.targets.length).toBeGreaterThan(0);
    for (const t of m.targets) expect(t.entity).toBeLessThan(entities);
    previousEnd = m.end;
  }
}

describe('note matcher (property)', () => {
  const index = fixtureIndex();

  it('finds names in any note without throwing: inside the note, in order, each the text of its range', () => {
    fc.assert(
      fc.property(fc.oneof(noteText(), anyText), (note) => {
        const names = findNoteNames(index, note);
        let previousEnd = 0;
        for (const n of names) {
          expect(n.start).toBeGreaterThanOrEqual(previousEnd);
          expect(n.end).toBeGreaterThan(n.start);
          expect(n.end).toBeLessThanOrEqual(note.length);
          expect(n.text).toBe(note.slice(n.start, n.end));
          expect(n.candidates[0]).toBe(n.entity);
          expect(new Set(n.candidates).size).toBe(n.candidates.length);
          previousEnd = n.end;
        }
        checkMatches(note, index.matcher.matchAll(note), 0, note.length, index.entities.length);
        for (const q of findNoteQuotes(note)) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(note.length);
          expect(note.slice(q.start, q.end)).toContain(q.text);
        }
      }),
      fuzzParams(400),
    );
  });

  it('matches inside any sub-range without reaching out of it, even one cutting a surrogate pair or a CRLF', () => {
    fc.assert(
      fc.property(noteText(), fc.nat(), fc.nat(), (note, a, b) => {
        const start = Math.min(a, b) % (note.length + 1);
        const end = Math.max(start, Math.max(a, b) % (note.length + 1));
        checkMatches(note, index.matcher.matchAll(note, start, end), start, end, index.entities.length);
        const at = index.matcher.matchAt(note, start, start, end);
        if (at) expect(at.start <= start && start <= at.end).toBe(true);
      }),
      fuzzParams(400),
    );
  });

  it('finds any alias, in any script, at its exact offset after any separator (surrogates, RTL marks and joiners included)', () => {
    const separator = fc.constantFrom(' ', '\n', '\r\n', '\r', '\t', '(', '"', '“', '😀', '\u3000', '\u200f', '\u202e', '\ud800', '\udc00', '\u0000', '—', '/', '*', '# ');
    const alias = fc.constantFrom(...NAMES.filter((n) => /^[\p{Lu}\p{Lo}]/u.test(n)), 'Zqxwv Jlkmn', '𠀀𠀁');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EXOTIC, 'said', 'the', ' '), { maxLength: 10 }), separator, alias, separator, (noise, before, name, after) => {
        // Two lone halves side by side are one astral character (U+10000 is a letter): not a separator.
        fc.pre(!(/[\ud800-\udbff]$/.test(noise.join('')) && /^[\udc00-\udfff]/.test(before)));
        fc.pre(!(/[\ud800-\udbff]$/.test(name) && /^[\udc00-\udfff]/.test(after)));
        const matcher = new NameMatcher();
        matcher.add(name, { entity: 0, kind: AliasKind.Name, weight: 1 });
        matcher.freeze();
        const head = noise.join('') + before;
        const note = `${head}${name}${after}tail`;
        expect(matcher.matchAll(note).map((m) => [m.start, m.end])).toContainEqual([head.length, head.length + name.length]);
      }),
      fuzzParams(400),
    );
  });

  it('never throws on random aliases and texts, and only reports aliases it was given', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyText, fc.constantFrom(...NAMES)), { maxLength: 8 }), fc.oneof(noteText(40), anyText), (aliases, text) => {
        const matcher = new NameMatcher();
        aliases.forEach((a, i) => matcher.add(a, { entity: i, kind: i % 3, weight: 1 }));
        matcher.freeze();
        checkMatches(text, matcher.matchAll(text), 0, text.length, aliases.length);
      }),
      fuzzParams(400),
    );
  });
});
