import { nameKey, type CorpusIndex, type EntityRecord } from '@dossier/corpus/query';

/**
 * A note's names as their entities and where they start, read by number: a note's resolved names
 * (ResolvedNames) without a NoteName object made for each of a long note's 30,000.
 */
export interface NamedEntities {
  readonly count: number;
  entity(i: number): EntityRecord;
  start(i: number): number;
}

/** How many entities "Add as alias of …" offers. */
export const ALIAS_CANDIDATES = 3;

/**
 * The entities a new form most likely names, best first: by how alike the names are (shared
 * words, then shared letter triples) and by context (named in the same section of the note, or
 * elsewhere in it). Only entities that share a word with the form, or that the note names, are
 * scored: a lightbulb must not compare a form with every entity of a large corpus.
 */
export function closestEntities(index: CorpusIndex, form: string, noteNames: NamedEntities, sectionOf: (offset: number) => number, at: number, limit = ALIAS_CANDIDATES): EntityRecord[] {
  const key = nameKey(form);
  const words = key.split(' ').filter((w) => w.length >= 3);
  const pool = new Set<EntityRecord>();
  for (const word of words) for (const e of index.search(word, 50)) pool.add(e);
  const inNote = new Map<EntityRecord, number>();
  const section = sectionOf(at);
  for (let i = 0; i < noteNames.count; i++) {
    const entity = noteNames.entity(i);
    pool.add(entity);
    inNote.set(entity, Math.max(inNote.get(entity) ?? 0, sectionOf(noteNames.start(i)) === section ? 2 : 1));
  }
  const grams = trigrams(key);
  const scored = [...pool].map((entity) => {
    let similarity = 0;
    for (const f of [entity.name, ...entity.aliases.slice(0, 8).map((a) => a.text)]) similarity = Math.max(similarity, nameSimilarity(key, words, grams, nameKey(f)));
    const context = (inNote.get(entity) ?? 0) * 0.15;
    return { entity, score: similarity + context };
  });
  scored.sort((a, b) => b.score - a.score || b.entity.mentionCount - a.entity.mentionCount);
  return scored.filter((s) => s.score > 0).slice(0, limit).map((s) => s.entity);
}

/** 0..1: half for the words they share, half for the letter triples (Dice), so "Marshal Kim" is near "Kim Jong Un". */
function nameSimilarity(key: string, words: string[], grams: Set<string>, other: string): number {
  const otherWords = new Set(other.split(' '));
  const shared = words.filter((w) => otherWords.has(w)).length;
  const wordScore = words.length ? shared / words.length : 0;
  const otherGrams = trigrams(other);
  let common = 0;
  for (const g of grams) if (otherGrams.has(g)) common++;
  const dice = grams.size + otherGrams.size ? (2 * common) / (grams.size + otherGrams.size) : 0;
  return (wordScore + dice) / 2;
}

function trigrams(key: string): Set<string> {
  const padded = ` ${key} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}
