/**
 * Property-test set-up, as in packages/corpus/test/properties/fuzz.ts: a bounded, seeded run by
 * default; `npm run fuzz` runs a hundred times more cases with a fresh seed (FUZZ_RUNS sets the
 * count, FUZZ_SEED replays a reported failure).
 */
import fc from 'fast-check';

export const FUZZING = process.env.DOSSIER_FUZZ === '1' || process.env.FUZZ_RUNS !== undefined;

export function fuzzParams(ciRuns: number): { numRuns: number; seed: number; endOnFailure: boolean } {
  const runs = Number(process.env.FUZZ_RUNS);
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FUZZING ? Date.now() % 2 ** 31 : 20251125;
  return { numRuns: runs > 0 ? runs : FUZZING ? ciRuns * 100 : ciRuns, seed, endOnFailure: FUZZING };
}

const NAMES = ['Kim Jong Un', 'Kim Yo Jong', 'Kim', 'Vladimir Putin', 'Putin', 'Vladivostok', 'Vostochny Cosmodrome', 'Seoul', 'United States', 'Amur', 'TSMC', '台積電'];
const WORDS = ['said', 'the', 'met', 'in', 'and', 'Thursday', 'The', 'talks', 'a', '"', '“', '”'];
const SEPARATORS = [' ', ' ', ' ', '. ', ', ', '\n', '\n\n', '\r\n', '\r', '\t', '# ', '\n- ', '> ', '**', '_', '`', '[', '](http://x)', '(', ')'];
const EXOTIC = ['😀', '🚢🚢', '👩‍👩‍👧‍👦', 'e\u0301', '\u0301', '\u200f', '\u202e', '\u0000', '\ud800', '\udc00', '𠀀', '\ufeff', '\u2028', 'ا', 'ש', '한'];

/** Markdown notes with names in them, and the characters that break position arithmetic. */
export const noteText = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...NAMES) },
      { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 8, arbitrary: fc.constantFrom(...SEPARATORS) },
      { weight: 2, arbitrary: fc.constantFrom(...EXOTIC) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 5 }) },
    ),
    { maxLength: 80 },
  )
  .map((p) => p.join(''));
