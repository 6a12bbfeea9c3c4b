import type { CorpusIndex, EntityRecord } from '../corpusIndex/corpusIndex.js';
import { isWhiteSpace } from '../text/chars.js';
import { LOOKALIKE_TO_LATIN } from '../text/confusables.js';
import { nameKey } from '../text/tokenize.js';
import type { NoteName } from './noteNames.js';
import type { NoteText } from './noteText.js';

/** A name in a note written otherwise than the corpus writes it. */
export interface SpellingNote {
  start: number;
  end: number;
  /** As the note writes it. */
  written: string;
  /** As the corpus writes it (most often). */
  corpusForm: string;
  entity: EntityRecord;
  /** Mentions written `corpusForm`, and the mentions of any spelling of this name (0, 0 for a word no name covers). */
  uses: number;
  total: number;
}

/** Capitalised words long enough to be a misspelled name ("Zelensky"): a new search each time (it keeps its place). */
const capitalisedWords = () => /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]{3,}/gu;
const CAPITALISED_WHOLE = /^\p{Lu}[\p{L}'’-]{3,}$/u;

/**
 * A note's names in text order, as the spelling check reads them: a resolution (ResolvedNames,
 * which the server passes: no NoteName object is made for each of the 1 MB note's 28,000 names)
 * or a list of NoteNames (`namesInOrder`).
 */
export interface NamesInOrder {
  readonly count: number;
  start(i: number): number;
  end(i: number): number;
  entity(i: number): EntityRecord;
}

export function namesInOrder(names: readonly NoteName[]): NamesInOrder {
  return { count: names.length, start: (i) => names[i]!.start, end: (i) => names[i]!.end, entity: (i) => names[i]!.entity };
}

/**
 * What a note spells differently from the corpus, in note order: those that start in [from, to)
 * (the whole note by default; the server checks a long note a slice at a time). Two kinds:
 * - a name the note writes otherwise than most of the corpus does: "Kim Jong-un" or "Kim Jong-Un"
 *   where the articles mostly write "Kim Jong Un" (same name key, another written form);
 * - a capitalised word that no corpus name covers but that spells one loosely ("Zelensky" for
 *   "Zelenskyy", see CorpusIndex.spellingVariant).
 */
export function noteSpellings(index: CorpusIndex, text: string, names: NamesInOrder, from = 0, to = text.length): SpellingNote[] {
  const out: SpellingNote[] = [];
  // Names are in text order: a slice of a long note reads its own names, not all of them (the
  // server checks the 1 MB note in 16 slices).
  for (let i = firstStartingAt(names, from); i < names.count && names.start(i) < to; i++) {
    const note = nameSpelling(index, names.start(i), text.slice(names.start(i), names.end(i)), names.entity(i));
    if (note) out.push(note);
  }
  // Words and names both come in text order: one pointer over the names says whether a word is
  // inside one, so a large note costs a pass, not words × names.
  let n = firstEndingAfter(names, from);
  const words = capitalisedWords();
  words.lastIndex = from;
  for (let m = words.exec(text); m && m.index < to; m = words.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (n < names.count && names.end(n) <= start) n++;
    if (n < names.count && names.start(n) < end) continue;
    const note = wordSpelling(index, m[0], start);
    if (note) out.push(note);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The first of `names` (in text order) that ends after `offset`; `names.count` if none. (Names never overlap: their ends are in order too.) */
function firstEndingAfter(names: NamesInOrder, offset: number): number {
  let lo = 0;
  let hi = names.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (names.end(mid) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first of `names` (in text order) that starts at or after `offset`; `names.count` if none. */
function firstStartingAt(names: NamesInOrder, offset: number): number {
  let lo = 0;
  let hi = names.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (names.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spelling note at an offset of a note (its end included, as editors expect), or null. */
export function spellingAt(index: CorpusIndex, text: NoteText, names: readonly NoteName[], offset: number): SpellingNote | null {
  const name = names.find((n) => n.start <= offset && offset <= n.end);
  if (name) return nameSpelling(index, name.start, name.text, name.entity);
  const around = /[\p{L}'’-]*$/u.exec(text.slice(Math.max(0, offset - 80), offset))![0];
  const start = offset - around.length;
  const word = /^[\p{L}'’-]*/u.exec(text.slice(start, start + 80))![0];
  if (!CAPITALISED_WHOLE.test(word) || /[\p{L}\p{N}]/u.test(start > 0 ? text.slice(start - 1, start) : '')) return null;
  return wordSpelling(index, word, start);
}

function wordSpelling(index: CorpusIndex, word: string, start: number): SpellingNote | null {
  const variant = index.spellingVariant(word);
  if (!variant) return null;
  return { start, end: start + word.length, written: word, corpusForm: variant.form, entity: variant.entity, uses: 0, total: 0 };
}

/** The corpus's verdict on one written form of one entity, per index: a note repeats its names. */
type Verdict = Pick<SpellingNote, 'corpusForm' | 'uses' | 'total'> | null;
/** Per index, per entity (its number), per written form: no key string is built per name. */
const verdicts = new WeakMap<CorpusIndex, Map<number, Map<string, Verdict>>>();

/** A note's name (`written` from `start` on, naming `entity`) against the forms of its entity that share its key; null when the corpus writes it so (or as often). */
function nameSpelling(index: CorpusIndex, start: number, written: string, entity: EntityRecord): SpellingNote | null {
  let byEntity = verdicts.get(index);
  if (!byEntity) verdicts.set(index, (byEntity = new Map()));
  let cache = byEntity.get(entity.index);
  if (!cache) byEntity.set(entity.index, (cache = new Map()));
  let verdict = cache.get(written);
  if (verdict === undefined) cache.set(written, (verdict = formVerdict(entity, written)));
  return verdict && { start, end: start + written.length, written, entity, ...verdict };
}

function formVerdict(entity: EntityRecord, text: string): Verdict {
  const written = asWritten(text);
  // "KIM JONG UN" is emphasis, not a spelling.
  if (written === written.toUpperCase() && /\p{Lu}{2}/u.test(written)) return null;
  const key = nameKey(text);
  const counts = new Map<string, { form: string; count: number }>();
  for (const alias of entity.aliases) {
    if (alias.count === 0 || nameKey(alias.text) !== key) continue;
    const form = asWritten(alias.text);
    const entry = counts.get(form) ?? { form: alias.text, count: 0 };
    entry.count += alias.count;
    // Of forms that differ only by look-alike letters, the one without them is shown.
    if (alias.text === form) entry.form = alias.text;
    counts.set(form, entry);
  }
  let top: { form: string; count: number } | null = null;
  let total = 0;
  for (const entry of counts.values()) {
    total += entry.count;
    if (!top || entry.count > top.count) top = entry;
  }
  if (!top || asWritten(top.form) === written) return null;
  // Where the corpus writes both about as often, neither is wrong.
  const own = counts.get(written)?.count ?? 0;
  if (own * 2 >= top.count) return null;
  return { corpusForm: top.form, uses: top.count, total };
}

/** A form as a reader compares it: look-alike Cyrillic and Greek letters and curly apostrophes do not count. */
function asWritten(text: string): string {
  // Most names have nothing to change: given back, not made again a character at a time.
  if (isWrittenPlainly(text)) return text;
  let out = '';
  for (const ch of text.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/\s+/g, ' ')) out += LOOKALIKE_TO_LATIN.get(ch.charCodeAt(0)) ?? ch;
  return out;
}

/** Whether `asWritten` gives the text back as it is: no curly apostrophe, no lookalike letter, no white space but single spaces. */
function isWrittenPlainly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2018 || code === 0x2019 || code === 0x02bc || LOOKALIKE_TO_LATIN.has(code)) return false;
    if (code === 0x20 ? i > 0 && text.charCodeAt(i - 1) === 0x20 : isWhiteSpace(code)) return false;
  }
  return true;
}

/** What a spelling note says, for a diagnostic and on top of a card. */
export function spellingMessage(note: SpellingNote): string {
  const entity = `${note.entity.name}, ${note.entity.type}`;
  if (note.total === 0) return `"${note.written}" is spelled "${note.corpusForm}" in the corpus (${entity})`;
  return `"${note.written}" is written "${note.corpusForm}" in most of the corpus (${note.uses} of ${note.total} mentions; ${entity})`;
}
