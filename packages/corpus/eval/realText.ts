import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { indexCorpus } from '../src/indexCorpus.js';

/**
 * Scoring on real annotated text (the GUM documents of test/fixtures/gum-dev), with exactly the
 * definitions of shared/realtext/score.mjs, which scores the blind news set too: exact recall,
 * partial recall, exact-span precision, person-vs-other among exact hits, same-document alias
 * pairs. On top of it, figures per genre and every error sorted into a class.
 */

export interface GoldName {
  line: number;
  start: number;
  end: number;
  text: string;
  type: string;
  cluster: string;
  accept: [number, number][];
}

export interface RealDocument {
  name: string;
  genre: string;
  lines: string[];
  names: GoldName[];
  anySpans: [number, number, number][];
}

export interface Prediction {
  doc: string;
  line: number;
  start: number;
  end: number;
  entity: string;
  type: string;
}

export interface RealFigures {
  names: number;
  predicted: number;
  recallExact: number;
  recallPartial: number;
  precisionExact: number;
  personVsOther: number;
  aliasPairs: number;
  aliasPairCount: number;
}

export interface RealScore extends RealFigures {
  byGenre: Record<string, RealFigures>;
  /** Error class → the errors in it, as "doc:line text [type]". */
  errors: Record<string, string[]>;
}

export const REAL_SET = join(import.meta.dirname, '../test/fixtures/gum-dev');

export function loadRealSet(dir = REAL_SET): RealDocument[] {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, { names: GoldName[]; anySpans: [number, number, number][] }>;
  return Object.entries(gold).map(([name, g]) => ({
    name,
    genre: /^GUM_([a-z]+)_/.exec(name)?.[1] ?? 'other',
    lines: readFileSync(join(dir, 'texts', `${name}.txt`), 'utf8').split('\n'),
    names: g.names,
    anySpans: g.anySpans,
  }));
}

/** Dossier's mentions of the set's texts, indexed as one corpus folder, as `dossier entities --json` gives them. */
export async function dossierPredictions(dir = REAL_SET): Promise<Prediction[]> {
  const index = await indexCorpus([join(dir, 'texts')], { baseDir: dir });
  const out: Prediction[] = [];
  for (const e of index.entities) {
    for (const m of index.mentionsOf(e)) {
      if (m.range.start.line !== m.range.end.line) continue;
      out.push({ doc: basename(m.file).replace(/\.txt$/, ''), line: m.range.start.line, start: m.range.start.character, end: m.range.end.character, entity: e.id, type: e.type });
    }
  }
  return out;
}

const key = (d: string, l: number, s: number, e: number) => `${d}|${l}|${s}|${e}`;

/** An annotated span also counts without a leading article or a trailing possessive ("the United States's"). */
function trimmedSpans(line: string, s: number, e: number): [number, number][] {
  const out: [number, number][] = [[s, e]];
  let ss = s;
  const article = /^(?:the|The|a|A|an|An)\s+/.exec(line.slice(s, e));
  if (article) {
    ss += article[0].length;
    out.push([ss, e]);
  }
  if (/['’]s$/.test(line.slice(ss, e))) {
    out.push([ss, e - 2]);
    if (ss !== s) out.push([s, e - 2]);
  }
  return out;
}

export function scoreRealText(docs: RealDocument[], predictions: Prediction[]): RealScore {
  const all = figures(docs, predictions);
  const byGenre: Record<string, RealFigures> = {};
  for (const genre of [...new Set(docs.map((d) => d.genre))].sort()) {
    const inGenre = new Set(docs.filter((d) => d.genre === genre).map((d) => d.name));
    byGenre[genre] = figures(
      docs.filter((d) => inGenre.has(d.name)),
      predictions.filter((p) => inGenre.has(p.doc)),
    ).figures;
  }
  return { ...all.figures, byGenre, errors: all.errors };
}

function figures(docs: RealDocument[], predictions: Prediction[]): { figures: RealFigures; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const addError = (cls: string, what: string) => (errors[cls] ??= []).push(what);
  const byDoc = new Map(docs.map((d) => [d.name, d]));
  const preds = predictions.filter((p) => byDoc.has(p.doc));
  const predByKey = new Map(preds.map((p) => [key(p.doc, p.line, p.start, p.end), p]));
  const predsByLine = new Map<string, Prediction[]>();
  for (const p of preds) {
    const k = `${p.doc}|${p.line}`;
    const list = predsByLine.get(k) ?? [];
    list.push(p);
    predsByLine.set(k, list);
  }
  const found = (doc: string, m: GoldName) => m.accept.map(([s, e]) => predByKey.get(key(doc, m.line, s, e))).find(Boolean);

  let total = 0;
  let exact = 0;
  let partial = 0;
  let personOk = 0;
  for (const d of docs) {
    for (const m of d.names) {
      total++;
      const p = found(d.name, m);
      const overlapping = (predsByLine.get(`${d.name}|${m.line}`) ?? []).filter((q) => q.start < m.end && m.start < q.end);
      if (p) {
        exact++;
        if ((p.type === 'person') === (m.type === 'person')) personOk++;
        else addError(m.type === 'person' ? 'type: person taken for another kind' : `type: ${m.type} taken for a person`, `${d.name}:${m.line + 1} ${m.text} [${p.type}]`);
      } else addError(missClass(m, overlapping), `${d.name}:${m.line + 1} ${m.text} [${m.type}]${overlapping.length ? ` ~ ${overlapping.map((q) => d.lines[q.line]!.slice(q.start, q.end)).join(' | ')}` : ''}`);
      if (p || overlapping.length > 0) partial++;
    }
  }

  let exactP = 0;
  for (const p of preds) {
    const d = byDoc.get(p.doc)!;
    const line = d.lines[p.line] ?? '';
    const ok =
      d.anySpans.some(([l, s, e]) => l === p.line && trimmedSpans(d.lines[l]!, s, e).some(([ts, te]) => ts === p.start && te === p.end)) ||
      d.names.some((m) => m.line === p.line && m.accept.some(([s, e]) => s === p.start && e === p.end));
    if (ok) exactP++;
    else addError(spuriousClass(d, p, line), `${p.doc}:${p.line + 1} ${line.slice(p.start, p.end)} [${p.type}]${nearestSpan(d, p, line)}`);
  }

  let pairs = 0;
  let merged = 0;
  for (const d of docs) {
    const byCluster = new Map<string, GoldName[]>();
    for (const m of d.names) byCluster.set(m.cluster, [...(byCluster.get(m.cluster) ?? []), m]);
    for (const ms of byCluster.values()) {
      const forms = new Map<string, GoldName>();
      for (const m of ms) if (!forms.has(m.text.toLowerCase())) forms.set(m.text.toLowerCase(), m);
      const list = [...forms.values()];
      for (let i = 1; i < list.length; i++) {
        pairs++;
        const a = found(d.name, list[0]!);
        const b = found(d.name, list[i]!);
        if (a && b && a.entity === b.entity) merged++;
        else addError(!a || !b ? 'alias: a spelling not found' : 'alias: found but not merged', `${d.name}: ${list[0]!.text} ~ ${list[i]!.text}`);
      }
    }
  }
  const r = (a: number, b: number) => (b ? a / b : 0);
  return {
    figures: {
      names: total,
      predicted: preds.length,
      recallExact: r(exact, total),
      recallPartial: r(partial, total),
      precisionExact: r(exactP, preds.length),
      personVsOther: r(personOk, exact),
      aliasPairs: r(merged, pairs),
      aliasPairCount: pairs,
    },
    errors,
  };
}

/** Why a gold name was not found exactly. */
function missClass(m: GoldName, overlapping: Prediction[]): string {
  if (overlapping.length === 0) return `miss: not found (${m.type})`;
  const [s, e] = m.accept[0]!;
  if (overlapping.some((q) => q.start <= s && q.end >= e)) return 'miss: found inside a longer span';
  if (overlapping.some((q) => q.start >= s && q.end <= e)) return 'miss: only part found';
  return 'miss: boundaries cross';
}

/** The smallest annotated span the prediction overlaps, to show beside it: " ~ «the Civil War»". */
function nearestSpan(d: RealDocument, p: Prediction, line: string): string {
  const spans = d.anySpans.filter(([l, s, e]) => l === p.line && s < p.end && p.start < e).sort((a, b) => a[2] - a[1] - (b[2] - b[1]));
  return spans.length ? ` ~ «${line.slice(spans[0]![1], spans[0]![2])}»` : '';
}

/**
 * Why a predicted mention is not an annotated span. Lexical classes first (they name a mechanism
 * to fix), then how the span relates to the annotated ones.
 */
function spuriousClass(d: RealDocument, p: Prediction, line: string): string {
  const text = line.slice(p.start, p.end);
  const before = line.slice(0, p.start).trimEnd();
  const after = line.slice(p.end);
  const spans = d.anySpans.filter(([l]) => l === p.line);
  const inside = spans.filter(([, s, e]) => s <= p.start && e >= p.end);
  if (/['’](?:m|re|ve|ll|d|s|t)$/i.test(text) && !text.includes(' ')) return 'spurious: contraction';
  if (!text.includes(' ') && /^\s+(?:\d|[IVX]+\b)/.test(after)) return 'spurious: a word labelling a number ("Figure 1")';
  if (/^['’](?!s)/.test(after)) return 'spurious: annotated with its bare possessive apostrophe';
  if (!text.includes(' ') && (before === '' || /[.!?:"“]$/.test(before))) return 'spurious: one word opening a sentence or line';
  if (/^,\s+\p{Lu}/u.test(after) && inside.some(([, , e]) => e > p.end)) return 'spurious: annotated with the region after its comma ("Paris, France")';
  if (/^\s+\p{Ll}/u.test(after) && inside.some(([, , e]) => e > p.end)) return 'spurious: modifies a common noun ("the Bush administration")';
  if (inside.length) return 'spurious: part of a longer annotated span';
  if (spans.some(([, s, e]) => s >= p.start && e <= p.end)) return 'spurious: longer than an annotated span';
  if (spans.some(([, s, e]) => s < p.end && p.start < e)) return 'spurious: crosses an annotated span';
  return 'spurious: no annotated entity';
}
