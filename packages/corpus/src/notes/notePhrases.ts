import { isCommonWord, MONTHS_AND_DAYS, NAME_CONNECTORS, STOPWORDS } from '../entities/lexicon.js';

/** A capitalised phrase of a note that may be a name: what "Add as alias of …" and "Declare …" act on. */
export interface NotePhrase {
  start: number;
  end: number;
  text: string;
}

// A capitalised word (or a number inside a name: "Hong Tai 58"), and the words that may join two:
// "Institute for National Unification", "Bank of Korea".
// A period belongs to initials only ("U.S. Navy"): "Putin. Marshal Kim" is two sentences.
const WORD = String.raw`(?:(?:\p{Lu}\.){2,}|[\p{Lu}\p{Lt}][\p{L}\p{M}\p{N}'’-]*|\p{N}+)`;
const RUN = new RegExp(String.raw`${WORD}(?:[ \t]+(?:(?:${[...NAME_CONNECTORS].join('|')})[ \t]+)?${WORD})*`, 'gu');

/**
 * The run of capitalised words around an offset, on its line. A lone common word ("The",
 * "Watch", "Friday") is no candidate: it starts a sentence far more often than it names anything.
 */
export function capitalisedPhraseAt(text: string, offset: number): NotePhrase | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline);
  for (const m of line.matchAll(RUN)) {
    const start = lineStart + m.index;
    const end = start + m[0].replace(/['’-]+$/u, '').length;
    if (offset < start || offset > end) continue;
    const phrase = text.slice(start, end);
    if (!/\p{Lu}/u.test(phrase)) return null;
    const words = phrase.split(/\s+/);
    const leading = words.findIndex((w) => !STOPWORDS.has(w.toLowerCase()));
    if (leading < 0) return null;
    const kept = words.slice(leading).join(' ');
    if (words.length - leading === 1 && (isCommonWord(kept.toLowerCase()) || MONTHS_AND_DAYS.has(kept.toLowerCase()) || /^\p{N}+$/u.test(kept))) return null;
    const keptStart = start + phrase.indexOf(kept, words.slice(0, leading).join(' ').length);
    return { start: keptStart, end: keptStart + kept.length, text: kept };
  }
  return null;
}
