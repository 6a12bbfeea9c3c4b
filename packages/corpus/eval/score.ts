import { ENTITY_TYPES, type EntityType } from '../src/entities/types.js';
import type { GoldFile } from './goldSet.js';

/** A system's mention: offsets into a gold file's text, a type and an entity (cluster) id. */
export interface PredictedMention {
  file: string;
  start: number;
  end: number;
  type: EntityType | null;
  entity: string | null;
}

export interface TypeScore {
  type: EntityType;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface Score {
  gold: number;
  predicted: number;
  /** Predicted spans that are exactly a gold span. */
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Among matched spans, the share with the gold type. */
  typeAccuracy: number;
  /** Per type: a prediction counts only with the exact span and the type. */
  perType: TypeScore[];
  /** B-cubed F1 of the predicted entities against the gold keys, over matched spans. */
  mergeF1: number;
  mergePrecision: number;
  mergeRecall: number;
  errors: { missed: string[]; spurious: string[]; mistyped: string[] };
}

/**
 * Exact-span scoring, the strictest usual measure: "Kim’s" for "Kim" is both a miss and a false hit.
 * These gold sets annotate the longest name only (GUIDELINES.md: "Kennedy Center Honors", not also
 * "Kennedy Center"), so a name found inside a longer found name ("California" in "University of
 * California") is not scored here; the real-text set, which annotates such names, scores them.
 */
export function score(gold: GoldFile[], allPredicted: PredictedMention[]): Score {
  const predicted = longestOnly(allPredicted);
  const goldBySpan = new Map<string, { file: string; type: EntityType; key: string; surface: string }>();
  for (const g of gold) for (const m of g.mentions) goldBySpan.set(`${g.name}:${m.start}:${m.end}`, { file: g.name, type: m.type, key: m.key, surface: m.surface });
  const textOf = new Map(gold.map((g) => [g.name, g.text]));
  let matched = 0;
  let typed = 0;
  const errors = { missed: [] as string[], spurious: [] as string[], mistyped: [] as string[] };
  const perType = new Map<EntityType, { gold: number; predicted: number; correct: number }>(ENTITY_TYPES.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }]));
  for (const g of goldBySpan.values()) perType.get(g.type)!.gold++;
  const pairs: { key: string; entity: string }[] = [];
  const predictedSpans = new Set<string>();
  for (const p of predicted) {
    const id = `${p.file}:${p.start}:${p.end}`;
    // A span listed twice is one mention shown twice: the second is an error, not a second match.
    const repeated = predictedSpans.has(id);
    predictedSpans.add(id);
    if (p.type) perType.get(p.type)!.predicted++;
    const g = repeated ? undefined : goldBySpan.get(id);
    const surface = textOf.get(p.file)?.slice(p.start, p.end) ?? '?';
    if (!g) {
      const text = textOf.get(p.file) ?? '';
      const context = text.slice(Math.max(0, p.start - 30), p.end + 30).replace(/\s+/g, ' ');
      errors.spurious.push(`${p.file}: "${surface}" (${p.type}) …${context}…`);
      continue;
    }
    matched++;
    if (p.type === g.type) {
      typed++;
      perType.get(g.type)!.correct++;
    } else errors.mistyped.push(`${p.file}: "${surface}" ${p.type} (gold ${g.type})`);
    if (p.entity) pairs.push({ key: g.key, entity: p.entity });
  }
  for (const [id, g] of goldBySpan) if (!predictedSpans.has(id)) errors.missed.push(`${g.file}: "${g.surface}" (${g.type})`);
  const precision = predicted.length ? matched / predicted.length : 0;
  const recall = goldBySpan.size ? matched / goldBySpan.size : 0;
  const merge = bCubed(pairs);
  return {
    gold: goldBySpan.size,
    predicted: predicted.length,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    typeAccuracy: matched ? typed / matched : 0,
    perType: ENTITY_TYPES.map((type) => {
      const t = perType.get(type)!;
      return { type, ...t, precision: t.predicted ? t.correct / t.predicted : 0, recall: t.gold ? t.correct / t.gold : 0 };
    }),
    mergeF1: merge.f1,
    mergePrecision: merge.precision,
    mergeRecall: merge.recall,
    errors,
  };
}

/** B-cubed: for each mention, how much of its predicted entity shares its gold key, and the reverse. */
function bCubed(pairs: { key: string; entity: string }[]): { precision: number; recall: number; f1: number } {
  if (pairs.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const byEntity = new Map<string, Map<string, number>>();
  const byKey = new Map<string, Map<string, number>>();
  for (const { key, entity } of pairs) {
    const e = byEntity.get(entity) ?? new Map<string, number>();
    e.set(key, (e.get(key) ?? 0) + 1);
    byEntity.set(entity, e);
    const k = byKey.get(key) ?? new Map<string, number>();
    k.set(entity, (k.get(entity) ?? 0) + 1);
    byKey.set(key, k);
  }
  let p = 0;
  let r = 0;
  for (const { key, entity } of pairs) {
    const e = byEntity.get(entity)!;
    const k = byKey.get(key)!;
    const both = e.get(key)!;
    p += both / [...e.values()].reduce((s, n) => s + n, 0);
    r += both / [...k.values()].reduce((s, n) => s + n, 0);
  }
  const precision = p / pairs.length;
  const recall = r / pairs.length;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The predictions no other prediction of the same file contains. */
export function longestOnly(predicted: PredictedMention[]): PredictedMention[] {
  const sorted = [...predicted].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start || b.end - a.end));
  const kept: PredictedMention[] = [];
  let outer: PredictedMention | null = null;
  for (const p of sorted) {
    if (outer && outer.file === p.file && p.start >= outer.start && p.end <= outer.end && (p.start !== outer.start || p.end !== outer.end)) continue;
    kept.push(p);
    outer = p;
  }
  return kept;
}
