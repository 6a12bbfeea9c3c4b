import { readFileSync } from 'node:fs';
import { analyzeFile } from '../../src/analysis/fileAnalysis.js';
import { buildCorpusIndex } from '../../src/corpusIndex/buildIndex.js';
import type { CorpusIndex, EntityRecord } from '../../src/corpusIndex/corpusIndex.js';
import { noCorrections, type Corrections } from '../../src/corpusIndex/corrections.js';
import { corpusText } from './corpusText.js';

/**
 * An index of in-memory files, analysed exactly as files on disk are; captured on 14 August 2025
 * unless `capturedAt` says otherwise (null: nothing says when, as for a plain checkout).
 */
export function indexTexts(files: Record<string, string>, corrections: Corrections = noCorrections(), capturedAt: Date | null = new Date('2025-08-14T12:00:00Z')): CorpusIndex {
  const inputs = Object.entries(files).map(([name, text]) => ({
    analysis: analyzeFile(corpusText(text, name), { capturedAt }),
    displayPath: name,
  }));
  return buildCorpusIndex(inputs, corrections);
}

export function entityNamed(index: CorpusIndex, name: string): EntityRecord {
  const e = index.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity "${name}"; have: ${index.entities.map((x) => x.name).join(', ')}`);
  return e;
}

/** The surface forms of an entity's mentions, in corpus order. */
export function surfaces(index: CorpusIndex, name: string): string[] {
  return index.mentionsOf(entityNamed(index, name)).map((m) => m.text);
}

/** Every mention's text, whatever its entity. */
export function allSurfaces(index: CorpusIndex): string[] {
  return index.entities.flatMap((e) => index.mentionsOf(e).map((m) => m.text));
}

/** Each mention of the entity named `name` as "text@character" (its start on its line), in corpus order. */
export function mentionsAt(index: CorpusIndex, name: string): string[] {
  return index.mentionsOf(entityNamed(index, name)).map((m) => `${m.text}@${m.range.start.character}`);
}

/** One story of test/fixtures/<folder>/<name>, indexed alone as a corpus of one article. */
export function indexFixtureStory(folder: string, name: string): CorpusIndex {
  return indexTexts({ [name]: readFileSync(new URL(`../fixtures/${folder}/${name}`, import.meta.url), 'utf8') });
}

/** Each mention of the entity named `name` as "text@line:character" (LSP positions), in corpus order. */
export function mentionsAtLines(index: CorpusIndex, name: string): string[] {
  return index.mentionsOf(entityNamed(index, name)).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`);
}

/**
 * The mentions of every entity named `name` (a place and a side may share it), by type, each as
 * "text@line:character" (LSP positions): "organization" → ["England@2:47", …].
 */
export function mentionsByType(index: CorpusIndex, name: string): Record<string, string[]> {
  const byType: Record<string, string[]> = {};
  for (const e of index.entities.filter((x) => x.name === name)) {
    (byType[e.type] ??= []).push(...index.mentionsOf(e).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`));
  }
  return byType;
}

/** The type of the entity named `name`. */
export function typeOf(index: CorpusIndex, name: string): string {
  return entityNamed(index, name).type;
}

/** Every entity's name, in index order. */
export function entityNames(index: CorpusIndex): string[] {
  return index.entities.map((e) => e.name);
}
