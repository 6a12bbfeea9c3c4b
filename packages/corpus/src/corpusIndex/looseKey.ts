import { detach } from '../text/detach.js';

/** Transliterations and spellings of one name fold together: Zelenskyy, Zelensky and Zelenskiy; Harbour and Harbor. */
const memo = new Map<string, string>();

export function looseToken(token: string): string {
  if (token.length < 5) return token;
  let loose = memo.get(token);
  if (loose !== undefined) return loose;
  loose = token
    .replace(/(\p{L})\1+/gu, '$1') // letters only: "Person1149" is not "Person1499"
    .replace(/(?:iy|yi|ij|y)$/, 'i')
    .replace(/our$/, 'or') // harbour, harbor
    .replace(/([^aeiou])re$/, '$1er') // centre, center
    .replace(/ence$/, 'ense'); // defence, defense
  // Names repeat across a corpus; a bounded memo keeps the merge from folding the same word again.
  if (memo.size > 200_000) memo.clear();
  memo.set(token, loose);
  return loose;
}

/** A whole name key folded word by word ("volodymyr zelenskyy" and "volodymyr zelensky" meet). */
export function looseKey(key: string): string {
  return key.split(' ').map(looseToken).join(' ');
}

/**
 * A surname's letters as transliterations vary them, more loosely than looseToken: "Gadhafi",
 * "Qaddafi", "Gaddafi" and "Kadhafi" meet (q, g and k; an "h" after d, t, k or g; "ou" and "u";
 * doubled letters). Only for a short form the story's own full names explain no other way, never
 * to join full names (shortForms.ts).
 */
export function transliterationFold(token: string): string {
  if (token.length < 5) return token;
  let folded = foldMemo.get(token);
  if (folded !== undefined) return folded;
  folded = looseToken(
    token
      .replace(/([dtkg])h/g, '$1')
      .replace(/[qgk]/g, 'k')
      .replace(/ou/g, 'u')
      .replace(/ee/g, 'i'),
  );
  // Asked of a story's every lone surname at each of its links ("Starmer" is folded again in each
  // article and story that names him: four regular expressions each time, 0.8% of the 10k corpus's
  // analysis). Bounded as looseToken's memo is; detached, it holds no file's text.
  if (foldMemo.size > 200_000) foldMemo.clear();
  foldMemo.set(detach(token), detach(folded));
  return folded;
}

const foldMemo = new Map<string, string>();

/**
 * A person's full name as another transliteration writes it: the given names by their first letter
 * and consonants, the surname folded as transliterationFold does ("Muammar Gaddafi" and "Moammar
 * Gadhafi" meet, "Mohammed" and "Muhammad" too). Null for a name of one word or over three.
 */
export function transliteratedPersonKey(key: string): string | null {
  const words = key.split(' ');
  if (words.length < 2 || words.length > 3) return null;
  const given = words.slice(0, -1).map((w) => {
    const folded = transliterationFold(w);
    return folded.charAt(0) + folded.slice(1).replace(/[aeiouy]/g, '');
  });
  return `${given.join(' ')} ${transliterationFold(words[words.length - 1]!)}`;
}
