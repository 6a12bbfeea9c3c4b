import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ENTITY_TYPES, isEntityType } from '../entities/types.js';
import { noCorrections, type Corrections, type DeclaredEntity } from '../corpusIndex/corrections.js';
import { parseCaptureValue, type CaptureRule } from '../segment/captureTime.js';
import { compileRules, RuleError } from '../segment/rules.js';

/** What a workspace's dossier.yaml says: corrections to extraction, and where the corpus is. */
export interface DossierConfig {
  /** The file it was read from, or null when there is none. */
  file: string | null;
  corrections: Corrections;
  corpusPaths: string[] | null;
  exclude: string[];
}

export interface ConfigProblem {
  file: string;
  /** One-based line, as editors and compilers print it. */
  line: number;
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  }
}

/** The config file names a workspace folder may hold, first found first read (relative paths, with "/"). */
export const CONFIG_FILES: readonly string[] = ['dossier.yaml', 'dossier.yml', '.dossier/entities.yaml'];

/** Whether a path names a config file (any folder's dossier.yaml, dossier.yml or .dossier/entities.yaml). */
export function isConfigFile(path: string): boolean {
  const slashed = '/' + path.replaceAll('\\', '/');
  return CONFIG_FILES.some((name) => slashed.endsWith('/' + name));
}

/** Reads the first config file found in a workspace folder; none at all is not an error. */
export async function loadDossierConfig(folder: string): Promise<DossierConfig> {
  for (const name of CONFIG_FILES) {
    const path = join(folder, name);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      continue;
    }
    return parseDossierConfig(text, path);
  }
  return { file: null, corrections: noCorrections(), corpusPaths: null, exclude: [] };
}

const ENTITY_FIELDS = 'name, type, aliases, description, caseSensitive';

type Problem = (node: Node | null | undefined, message: string) => void;

/** What every section's reader needs: where to report a problem, and the config being built. */
interface SectionReader {
  config: DossierConfig;
  problem: Problem;
}

/** Parses and validates; every problem is reported with its line, not only the first. */
export function parseDossierConfig(text: string, file: string): DossierConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: ConfigProblem[] = [];
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const problem: Problem = (node, message) => problems.push({ file, line: lineOf(node), message });
  for (const error of doc.errors) problems.push({ file, line: error.linePos?.[0]?.line ?? 1, message: error.message.split('\n')[0]! });
  if (problems.length) throw new ConfigError(problems);

  const config: DossierConfig = { file, corrections: noCorrections(), corpusPaths: null, exclude: [] };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return config;
  if (!isMap(root)) throw new ConfigError([{ file, line: lineOf(root), message: 'expected a mapping with keys ' + TOP_LEVEL.join(', ') }]);
  const reader: SectionReader = { config, problem };
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const readSection = SECTIONS.get(key);
    if (readSection) readSection(pair.value as Node | null, reader);
    else problem(pair.key as Node, `unknown section "${key}" (expected ${TOP_LEVEL.join(', ')})`);
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** Each top-level section's reader, by its key: the one list of the sections a config may hold. */
const SECTIONS = new Map<string, (value: Node | null, reader: SectionReader) => void>(Object.entries({
  corpus: readCorpusSection,
  entities: readEntities,
  merge: readMerges,
  split: readSplits,
  exclude: (value, { config, problem }) => {
    config.corrections.exclude = readNames(value, 'exclude', problem);
  },
  furniture: readFurniture,
  capturedAt: (value, { config, problem }) => {
    config.corrections.capture = captureRules(value, resolve(dirname(config.file!)), problem);
  },
}));
const TOP_LEVEL = [...SECTIONS.keys()];

/** A list of names; each item that is no name is reported and left out. */
function readNames(node: unknown, where: string, problem: Problem): string[] {
  if (!isSeq(node)) {
    problem(node as Node, `${where}: expected a list of names`);
    return [];
  }
  return node.items.flatMap((item) => {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) return [item.value.trim()];
    if (isScalar(item) && typeof item.value === 'number') return [String(item.value)];
    problem(item as Node, `${where}: expected a name, got ${describe(item)}`);
    return [];
  });
}

/** `corpus: { paths: [...], exclude: [...] }`. */
function readCorpusSection(value: Node | null, { config, problem }: SectionReader): void {
  if (!isMap(value)) {
    problem(value, 'corpus: expected a mapping with "paths" and "exclude"');
    return;
  }
  for (const p of value.items) {
    const k = isScalar(p.key) ? String(p.key.value) : '';
    if (k === 'paths') config.corpusPaths = readNames(p.value, 'corpus.paths', problem);
    else if (k === 'exclude') config.exclude = readNames(p.value, 'corpus.exclude', problem);
    else problem(p.key as Node, `corpus.${k}: unknown setting (expected paths or exclude)`);
  }
}

/** `entities: [{ name, type, aliases, description, caseSensitive }, ...]`. */
function readEntities(value: Node | null, { config, problem }: SectionReader): void {
  if (!isSeq(value)) {
    problem(value, 'entities: expected a list of entities');
    return;
  }
  value.items.forEach((item, i) => {
    const where = `entities[${i + 1}]`;
    if (!isMap(item)) {
      problem(item as Node, `${where}: expected a mapping with ${ENTITY_FIELDS}`);
      return;
    }
    const entity: DeclaredEntity = { name: '', aliases: [] };
    for (const p of item.items) readEntityField(p.key as Node, p.value as Node | null, where, entity, problem);
    if (!entity.name) problem(item, `${where}: "name" is required`);
    else config.corrections.entities.push(entity);
  });
}

/** One field of a declared entity, checked against what that field holds. */
function readEntityField(keyNode: Node, v: Node | null, where: string, entity: DeclaredEntity, problem: Problem): void {
  const k = isScalar(keyNode) ? String(keyNode.value) : '';
  if (k === 'name' || k === 'description') {
    if (!isScalar(v) || typeof v.value !== 'string' || !v.value.trim()) problem(v ?? keyNode, `${where}.${k}: expected text`);
    else if (k === 'name') entity.name = v.value.trim();
    else entity.description = v.value.trim();
  } else if (k === 'type') {
    if (!isScalar(v) || !isEntityType(v.value)) problem(v ?? keyNode, `${where}.type: "${isScalar(v) ? String(v.value) : describe(v)}" is not one of ${ENTITY_TYPES.join(', ')}`);
    else entity.type = v.value;
  } else if (k === 'aliases') readAliases(v, `${where}.aliases`, entity, problem);
  else if (k === 'caseSensitive') {
    if (!isScalar(v) || typeof v.value !== 'boolean') problem(v ?? keyNode, `${where}.caseSensitive: expected true or false`);
    else entity.caseSensitive = v.value;
  } else problem(keyNode, `${where}.${k}: unknown field (expected ${ENTITY_FIELDS})`);
}

/** `merge: [[name, name, ...], ...]`: each merge needs two names or more. */
function readMerges(value: Node | null, { config, problem }: SectionReader): void {
  if (!isSeq(value)) {
    problem(value, 'merge: expected a list of lists of names');
    return;
  }
  value.items.forEach((item, i) => {
    const names = readNames(item, `merge[${i + 1}]`, problem);
    if (names.length < 2 && isSeq(item)) problem(item as Node, `merge[${i + 1}]: a merge needs two names or more`);
    else if (names.length >= 2) config.corrections.merge.push(names);
  });
}

/** `split: [{ from: entity, forms: [...] }, ...]`. */
function readSplits(value: Node | null, { config, problem }: SectionReader): void {
  if (!isSeq(value)) {
    problem(value, 'split: expected a list of { from, forms }');
    return;
  }
  value.items.forEach((item, i) => {
    const where = `split[${i + 1}]`;
    if (!isMap(item)) {
      problem(item as Node, `${where}: expected a mapping with "from" and "forms"`);
      return;
    }
    const from = item.get('from');
    const forms = readNames(item.get('forms', true), `${where}.forms`, problem);
    if (typeof from !== 'string' || !from.trim()) problem(item, `${where}.from: expected the name of an entity`);
    else if (forms.length) config.corrections.split.push({ from: from.trim(), forms });
  });
}

/** `furniture: [rule, ...]`: each rule is compiled here, so that a bad one is reported with its line. */
function readFurniture(value: Node | null, { config, problem }: SectionReader): void {
  if (!isSeq(value)) {
    problem(value, 'furniture: expected a list of rules');
    return;
  }
  const specs = value.toJSON() as unknown[];
  value.items.forEach((item, i) => {
    try {
      compileRules([specs[i]]);
      config.corrections.furniture.push(specs[i] as Corrections['furniture'][number]);
    } catch (error) {
      const message = error instanceof RuleError ? error.message.replace(/^rule 1/, `rule ${i + 1}`) : String(error);
      problem(item as Node, `furniture: ${message}`);
    }
  });
}

/**
 * An entity's aliases: names, or `{ name, caseSensitive }` for an alias with its own case rule
 * (`- { name: Nato, caseSensitive: false }`).
 */
function readAliases(node: unknown, where: string, entity: DeclaredEntity, problem: Problem): void {
  if (!isSeq(node)) {
    problem(node as Node, `${where}: expected a list of names`);
    return;
  }
  node.items.forEach((item, i) => {
    if (isScalar(item) && (typeof item.value === 'number' || (typeof item.value === 'string' && item.value.trim()))) {
      entity.aliases.push(String(item.value).trim());
      return;
    }
    const name = isMap(item) ? item.get('name') : undefined;
    const sensitive = isMap(item) ? item.get('caseSensitive') : undefined;
    const unknown = isMap(item) ? item.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter((k) => k !== 'name' && k !== 'caseSensitive') : [];
    if (typeof name !== 'string' || !name.trim() || (sensitive !== undefined && typeof sensitive !== 'boolean') || unknown.length) {
      problem(item as Node, `${where}[${i + 1}]: expected a name, or { name, caseSensitive: true|false }`);
      return;
    }
    entity.aliases.push(name.trim());
    if (typeof sensitive === 'boolean') (entity.aliasCase ??= {})[name.trim()] = sensitive;
  });
}

/**
 * `capturedAt: 2025-08-14T12:00:00Z` (every file), or a mapping from folders and file patterns
 * (relative to dossier.yaml) to times: `{ seeds: 2025-08-14, "seeds/000_*.txt": 2025-08-14T12:00Z }`.
 * A file takes the first entry that matches it.
 */
function captureRules(value: Node | null, base: string, problem: Problem): CaptureRule[] {
  const entry = (pattern: string, node: unknown): CaptureRule[] => {
    const at = isScalar(node) && (typeof node.value === 'string' || node.value instanceof Date) ? String(node.value instanceof Date ? node.value.toISOString() : node.value) : null;
    if (at !== null && parseCaptureValue(at, 'dossier.yaml')) return [{ pattern, at, base }];
    problem(node as Node, `capturedAt${pattern === '**' ? '' : `."${pattern}"`}: expected a date ("2025-08-14") or a date and time ("2025-08-14T12:00:00Z"), got ${describe(node)}`);
    return [];
  };
  if (isMap(value)) return value.items.flatMap((p) => (isScalar(p.key) ? entry(String(p.key.value), p.value) : []));
  return entry('**', value);
}

function describe(node: unknown): string {
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (isScalar(node)) return JSON.stringify(node.value);
  return 'nothing';
}
