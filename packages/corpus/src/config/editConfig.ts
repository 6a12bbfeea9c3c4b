import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { EntityType } from '../entities/types.js';
import { nameKey } from '../text/tokenize.js';

/** One correction an analyst makes from the editor, to be written into dossier.yaml. */
export type ConfigEdit =
  /** "Add as alias of …": a form the extraction missed names an entity. */
  | { kind: 'alias'; entity: string; alias: string }
  /** "Declare as new person …": a name of its own, with its type. */
  | { kind: 'declare'; name: string; type: EntityType }
  /** "Not an entity: exclude …". */
  | { kind: 'exclude'; name: string }
  /** "Split … from …": a form merged into the wrong entity becomes an entity of its own. */
  | { kind: 'split'; from: string; form: string };

/**
 * dossier.yaml with one correction added, through the yaml library's Document API so that the
 * analyst's comments, key order, quoting and blank lines stay as they were. An empty text is a
 * new file. Throws on a file that does not parse (the caller says so rather than overwrite it).
 */
export function applyConfigEdit(text: string, edit: ConfigEdit): string {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`dossier.yaml does not parse: ${doc.errors[0]!.message.split('\n')[0]}`);
  const before = doc.toString(STRINGIFY);
  if (doc.contents !== null && !isMap(doc.contents) && !(isScalar(doc.contents) && doc.contents.value === null)) {
    throw new Error('dossier.yaml is not a mapping of sections');
  }
  switch (edit.kind) {
    case 'alias': {
      const entity = declaredEntity(doc, edit.entity);
      if (entity) addToList(doc, entity, 'aliases', edit.alias);
      else list(doc, 'entities').add(doc.createNode({ name: edit.entity, aliases: flow(doc, [edit.alias]) }));
      break;
    }
    case 'declare': {
      const entity = declaredEntity(doc, edit.name);
      if (entity) entity.set('type', edit.type);
      else list(doc, 'entities').add(doc.createNode({ name: edit.name, type: edit.type }));
      break;
    }
    case 'exclude':
      if (!has(list(doc, 'exclude'), edit.name)) list(doc, 'exclude').add(edit.name);
      break;
    case 'split': {
      const entry = list(doc, 'split').items.find((item) => isMap(item) && sameName(item.get('from'), edit.from)) as YAMLMap | undefined;
      if (entry) addToList(doc, entry, 'forms', edit.form);
      else list(doc, 'split').add(doc.createNode({ from: edit.from, forms: flow(doc, [edit.form]) }));
      break;
    }
  }
  return keepLayout(text, before, doc.toString(STRINGIFY));
}

const STRINGIFY = { flowCollectionPadding: false } as const;

/**
 * The library writes the whole file in its own layout (one space before a comment, its own
 * quoting). Lines the correction did not touch are taken from the analyst's file instead, so the
 * change is the lines it adds or alters and nothing else. Needs the library's layout of the
 * unchanged file to have as many lines as the file, which block YAML does; else its layout is used.
 */
function keepLayout(original: string, before: string, after: string): string {
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  const o = (original.endsWith('\n') || original === '' ? original : original + eol).split(/\r?\n/);
  const b = before.split('\n');
  const a = after.split('\n');
  if (o.length !== b.length) return after;
  let head = 0;
  while (head < b.length && head < a.length && b[head] === a[head]) head++;
  let tail = 0;
  while (tail < b.length - head && tail < a.length - head && b[b.length - 1 - tail] === a[a.length - 1 - tail]) tail++;
  return [...o.slice(0, head), ...a.slice(head, a.length - tail), ...o.slice(o.length - tail)].join(eol);
}

/** The smallest replacement that turns one text into another: what an editor's undo shows. */
export function textChange(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

function declaredEntity(doc: Document, name: string): YAMLMap | undefined {
  const entities = doc.get('entities');
  if (!isSeq(entities)) return undefined;
  return entities.items.find((item) => isMap(item) && sameName(item.get('name'), name)) as YAMLMap | undefined;
}

/** A top-level list, made when missing (a section written as `exclude:` with nothing is null). */
function list(doc: Document, key: string): YAMLSeq {
  const found = doc.get(key);
  if (isSeq(found)) return found;
  if (found !== undefined && found !== null) throw new Error(`dossier.yaml: "${key}" is not a list`);
  const seq = doc.createNode([]) as YAMLSeq;
  doc.set(key, seq);
  return seq;
}

function addToList(doc: Document, map: YAMLMap, key: string, value: string): void {
  const found = map.get(key, true);
  if (isSeq(found)) {
    if (!has(found, value)) found.add(doc.createNode(value));
  } else map.set(key, flow(doc, [value]));
}

function flow(doc: Document, values: string[]): YAMLSeq {
  const seq = doc.createNode(values) as YAMLSeq;
  seq.flow = true;
  return seq;
}

function has(seq: YAMLSeq, value: string): boolean {
  return seq.items.some((item) => (isScalar(item) ? item.value : item) === value);
}

function sameName(a: unknown, b: string): boolean {
  return typeof a === 'string' && (a === b || nameKey(a) === nameKey(b));
}
