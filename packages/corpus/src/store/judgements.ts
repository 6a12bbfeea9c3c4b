import { noCorrections, type Corrections, type DeclaredEntity } from '../corpusIndex/corrections.js';

/** An analyst's word on a question, as nomenklatura records de-duplication decisions. */
export type Verdict = 'positive' | 'negative' | 'unsure';

export const VERDICTS: readonly Verdict[] = ['positive', 'negative', 'unsure'];

/**
 * A correction as a judgement: who said what about which names, when. Two questions are asked:
 * - `same`: are `name` and `other` one entity? Positive merges them (`name` is the merged entity's
 *   name); negative splits the form `other` off the entity `name`.
 * - `entity`: is `name` an entity? Positive declares it (with `details`); negative excludes it.
 * "Unsure" records doubt and withdraws an earlier verdict on the same question. The latest
 * judgement on a question is the one in force; earlier ones stay as history.
 */
export interface NewJudgement {
  question: 'same' | 'entity';
  name: string;
  /** The second name of a `same` question; null for `entity`. */
  other: string | null;
  verdict: Verdict;
  /** What a positive `entity` judgement declares; null otherwise. */
  details: DeclaredDetails | null;
  author: string;
}

/** Everything dossier.yaml says of a declared entity but its name (type, aliases, description, case rules). */
export type DeclaredDetails = Omit<DeclaredEntity, 'name'>;

export interface Judgement extends NewJudgement {
  id: number;
  /** ISO time it was recorded. */
  at: string;
}

/** The question a judgement answers: later judgements on the same question replace earlier ones. */
export function questionKey(j: Pick<NewJudgement, 'question' | 'name' | 'other'>): string {
  if (j.question === 'entity') return `entity\u0000${j.name}`;
  const [a, b] = [j.name, j.other ?? ''].sort();
  return `same\u0000${a}\u0000${b}`;
}

/** The judgements in force: the latest per question, in the order they were made. */
export function judgementsInForce<T extends NewJudgement>(judgements: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const j of judgements) {
    const key = questionKey(j);
    latest.delete(key);
    latest.set(key, j);
  }
  return [...latest.values()].filter((j) => j.verdict !== 'unsure');
}

/** The corrections the judgements in force make, in the shape dossier.yaml gives them. */
export function correctionsFromJudgements(judgements: readonly NewJudgement[]): Corrections {
  const corrections = noCorrections();
  const merges = new Map<string, string[]>();
  const splits = new Map<string, string[]>();
  for (const j of judgementsInForce(judgements)) {
    if (j.question === 'entity' && j.verdict === 'negative') corrections.exclude.push(j.name);
    else if (j.question === 'entity') corrections.entities.push({ name: j.name, ...structuredClone(j.details ?? { aliases: [] }) });
    else {
      const groups = j.verdict === 'positive' ? merges : splits;
      const group = groups.get(j.name) ?? [];
      group.push(j.other!);
      groups.set(j.name, group);
    }
  }
  corrections.merge = [...merges].map(([name, others]) => [name, ...others]);
  corrections.split = [...splits].map(([from, forms]) => ({ from, forms }));
  return corrections;
}

/** dossier.yaml's corrections as judgements by one author (furniture rules are not judgements). */
export function judgementsFromCorrections(corrections: Corrections, author: string): NewJudgement[] {
  const out: NewJudgement[] = [];
  const same = (name: string, other: string, verdict: Verdict) => out.push({ question: 'same', name, other, verdict, details: null, author });
  for (const { name, ...details } of corrections.entities) {
    out.push({ question: 'entity', name, other: null, verdict: 'positive', details: structuredClone(details), author });
  }
  for (const group of corrections.merge) for (const other of group.slice(1)) same(group[0]!, other, 'positive');
  for (const split of corrections.split) for (const form of split.forms) same(split.from, form, 'negative');
  for (const name of corrections.exclude) out.push({ question: 'entity', name, other: null, verdict: 'negative', details: null, author });
  return out;
}

/**
 * "Unsure" judgements withdrawing every question in force that `kept` does not answer: what an
 * import with --replace adds, so that a correction deleted from dossier.yaml stops applying.
 */
export function withdrawalsOf(inForce: readonly NewJudgement[], kept: readonly NewJudgement[], author: string): NewJudgement[] {
  const keptKeys = new Set(kept.map(questionKey));
  return judgementsInForce(inForce)
    .filter((j) => !keptKeys.has(questionKey(j)))
    .map((j) => ({ question: j.question, name: j.name, other: j.other, verdict: 'unsure' as const, details: null, author }));
}
