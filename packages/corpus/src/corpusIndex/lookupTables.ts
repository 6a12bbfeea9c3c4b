import { nameKey } from '../text/tokenize.js';
import { KeyTable } from './keyTable.js';
import { looseKey } from './looseKey.js';
import type { StringList } from './stringList.js';

/** What the completion and spelling tables read of an entity. */
interface NamedEntity {
  index: number;
  name: string;
  type: string;
  aliases: readonly { text: string; count: number }[];
}

/**
 * Every name and used alias of every entity, sorted by name key, as columns: row i is form
 * `forms[i]` of entity `entities[i]`, folded to `keys[i]`. Completion bisects `keys`. A snapshot
 * stores these columns and a warm start uses them as they are read: no object per form (at 100k
 * articles, about a hundred thousand that each young-generation collection after the start copied).
 */
export interface FormColumns {
  keys: StringList;
  forms: StringList;
  entities: Int32Array;
}

/**
 * The corpus's spelling of each transliteration-folded key ("zelenskyy" for "Zelensky" and
 * "Zelenskyy"), as columns: row i is written `forms[i]` (name key `keys[i]`, `uses[i]` uses) by
 * entity `entities[i]`, for the loose key `looseKeys[i]`.
 */
export interface VariantColumns {
  looseKeys: StringList;
  forms: StringList;
  keys: StringList;
  entities: Int32Array;
  uses: Int32Array;
}

/** The form columns of entities, sorted by key (entities' order, then forms' order, between equal keys). */
export function buildFormColumns(entities: readonly NamedEntity[]): FormColumns {
  const rows: { key: string; form: string; entity: number }[] = [];
  for (const entity of entities) {
    const seen = new Set<string>();
    for (const form of [entity.name, ...entity.aliases.filter((a) => a.count > 0).map((a) => a.text)]) {
      if (seen.has(form)) continue;
      seen.add(form);
      rows.push({ key: nameKey(form), form, entity: entity.index });
    }
  }
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { keys: rows.map((r) => r.key), forms: rows.map((r) => r.form), entities: Int32Array.from(rows, (r) => r.entity) };
}

/** The rows of `columns` whose key starts with `key`, in key order, `max` at most. */
export function formRowsStartingWith(columns: FormColumns, key: string, max: number): number[] {
  const { keys } = columns;
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys.at(mid)! < key) low = mid + 1;
    else high = mid;
  }
  const rows: number[] = [];
  for (let i = low; i < keys.length && rows.length < max && keys.at(i)!.startsWith(key); i++) rows.push(i);
  return rows;
}

/**
 * The variant columns of entities: for each loose key, the form with the most uses (the first
 * seen among equals). A person's words of five letters or more count as forms too ("Zelensky").
 */
export function buildVariantColumns(entities: readonly NamedEntity[]): VariantColumns {
  const byLoose = new Map<string, { entity: number; form: string; key: string; uses: number }>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      if (alias.count === 0) continue;
      const forms = [alias.text, ...(entity.type === 'person' ? alias.text.split(/\s+/).filter((w) => w.length >= 5) : [])];
      for (const form of forms) {
        const key = nameKey(form);
        const loose = looseKey(key);
        const existing = byLoose.get(loose);
        if (!existing || existing.uses < alias.count) byLoose.set(loose, { entity: entity.index, form, key, uses: alias.count });
      }
    }
  }
  const rows = [...byLoose.values()];
  return {
    looseKeys: [...byLoose.keys()],
    forms: rows.map((r) => r.form),
    keys: rows.map((r) => r.key),
    entities: Int32Array.from(rows, (r) => r.entity),
    uses: Int32Array.from(rows, (r) => r.uses),
  };
}

/** Variant columns with their rows found by loose key; the table of keys (keyTable.ts) is made when first asked. */
export class VariantTable {
  private rows: KeyTable | null = null;

  constructor(readonly columns: VariantColumns) {}

  /** The row of a loose key, or -1. */
  find(loose: string): number {
    return (this.rows ??= new KeyTable(this.columns.looseKeys)).find(loose);
  }
}
