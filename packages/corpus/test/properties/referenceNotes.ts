/**
 * The note analysis as it was written before it became incremental (Dossier's main at 161d83e,
 * note aliases included), kept as the reference the property tests compare with: whole-text
 * regular expressions and maps, nothing shared with the code under test but the name matcher,
 * the alias reader and the quotation word keys.
 */
import type { CorpusIndex, EntityRecord } from '../../src/corpusIndex/corpusIndex.js';
import { AliasKind, type NameMatch } from '../../src/corpusIndex/nameMatcher.js';
import { readNoteAliases } from '../../src/notes/noteAliases.js';
import type { NoteName, Resolution } from '../../src/notes/noteNames.js';
import { wordKeys, type NoteQuote } from '../../src/quotes/quoteFinder.js';
import { nameKey } from '../../src/text/tokenize.js';

export function referenceNoteQuotes(text: string): NoteQuote[] {
  const quotes: NoteQuote[] = [];
  for (const m of text.matchAll(/"([^"\n]{8,2000})"|“([^”\n]{8,2000})”/g)) {
    const inner = m[1] ?? m[2]!;
    const words = wordKeys(inner);
    if (words.length >= 8) quotes.push({ start: m.index, end: m.index + m[0].length, text: inner, words });
  }
  return quotes;
}

export function referenceNoteNames(index: CorpusIndex, text: string): NoteName[] {
  const noteAliases = readNoteAliases(text);
  // The alias comments name entities, but they are the note's settings, not its text: blanked.
  let matched = text;
  for (const c of noteAliases.comments) matched = matched.slice(0, c.start) + ' '.repeat(c.end - c.start) + matched.slice(c.end);
  const matches = index.matcher.matchAll(matched);
  const sections = sectionStarts(text);
  const names: NoteName[] = matches.map((m) => ({
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    entity: index.entities[m.targets[0]!.entity]!,
    candidates: m.targets.map((t) => index.entities[t.entity]!),
    resolution: 'unique',
  }));
  // One pass forward: where each entity was last named unambiguously. Then, per section, where
  // each entity is first named unambiguously, for names that come before any such mention.
  const lastUnambiguous = new Map<number, number>();
  const firstInSection = new Map<string, number>();
  names.forEach((name, i) => {
    if (!isUnambiguous(matches[i]!)) return;
    const key = `${sectionOf(sections, name.start)}:${name.entity.index}`;
    if (!firstInSection.has(key)) firstInSection.set(key, i);
  });
  for (const [i, name] of names.entries()) {
    if (isUnambiguous(matches[i]!)) {
      lastUnambiguous.set(name.entity.index, i);
      continue;
    }
    let chosen: EntityRecord | null = null;
    let resolution: Resolution = 'corpus';
    let latest = -1;
    for (const candidate of name.candidates) {
      const at = lastUnambiguous.get(candidate.index);
      if (at !== undefined && at > latest) {
        latest = at;
        chosen = candidate;
      }
    }
    if (chosen) resolution = 'note';
    else {
      const section = sectionOf(sections, name.start);
      let earliest = Infinity;
      for (const candidate of name.candidates) {
        const at = firstInSection.get(`${section}:${candidate.index}`);
        if (at !== undefined && at > i && at < earliest) {
          earliest = at;
          chosen = candidate;
        }
      }
      if (chosen) resolution = 'section';
    }
    name.entity = chosen ?? name.candidates[0]!;
    name.resolution = resolution;
    name.candidates = [name.entity, ...name.candidates.filter((c) => c !== name.entity)];
  }
  if (noteAliases.byKey.size) applyNoteAliases(index, names, noteAliases.byKey);
  return names;
}

/** The note's own word on what a form means wins over every other resolution. */
function applyNoteAliases(index: CorpusIndex, names: NoteName[], byKey: Map<string, string>): void {
  const found = new Map<string, EntityRecord | null>();
  for (const name of names) {
    const target = byKey.get(nameKey(name.text));
    if (target === undefined) continue;
    let entity = name.candidates.find((c) => c.name === target) ?? found.get(target);
    if (entity === undefined) {
      const candidates = index.lookup(target);
      entity = (candidates.find((c) => c.entity.name === target) ?? candidates[0])?.entity ?? null;
      found.set(target, entity);
    }
    if (!entity) continue;
    name.entity = entity;
    name.resolution = 'here';
    name.candidates = [entity, ...name.candidates.filter((c) => c !== entity)];
  }
}

/** One entity only, or a full name that outranks the short forms sharing it. */
function isUnambiguous(match: NameMatch): boolean {
  if (match.targets.length === 1) return true;
  const [first, second] = match.targets;
  return first!.kind !== AliasKind.ShortForm && second!.kind === AliasKind.ShortForm;
}

/** Offsets where Markdown headings start sections ("# ...", "## ..."). */
function sectionStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/^#{1,6}\s/gm)) starts.push(m.index);
  return starts;
}

function sectionOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
