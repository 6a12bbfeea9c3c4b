import { isEntityType, type EntityType } from '../src/entities/types.js';

/** One `[[surface|type|key]]` item, with its offsets in the text without markup (UTF-16). */
export interface MarkedMention {
  start: number;
  end: number;
  surface: string;
  type: EntityType;
  key: string;
  /** 1-based "line:column" of the item's "[[" in the annotated file, for messages. */
  where: string;
}

export interface ParsedMarkup {
  /** The annotated text with every item replaced by its surface: the article file's text. */
  plain: string;
  mentions: MarkedMention[];
  /** Every slip in the markup ("stray \"]]\" at 4:17"); empty when the markup is valid. */
  problems: string[];
}

/** 1-based "line:column" of an offset in a string, for messages. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

/**
 * Reads the gold sets' inline markup strictly: every item must have three fields, a known type,
 * a surface without outer spaces, quotation marks or a possessive (GUIDELINES.md: the span of
 * "Kim’s" is `Kim`), and no markup may be nested, unclosed or stray. A slip is reported, never
 * fixed: the plain text then differs from the article, which the set check says too.
 */
export function parseGoldMarkup(annotated: string): ParsedMarkup {
  const parsed: ParsedMarkup = { plain: '', mentions: [], problems: [] };
  let pos = 0;
  for (;;) {
    const open = annotated.indexOf('[[', pos);
    const strayClose = annotated.indexOf(']]', pos);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) parsed.problems.push(`stray "]]" at ${lineColumn(annotated, strayClose)}`);
    if (open === -1) break;
    parsed.plain += annotated.slice(pos, open);
    const close = annotated.indexOf(']]', open + 2);
    if (close === -1) {
      parsed.problems.push(`unclosed "[[" at ${lineColumn(annotated, open)}`);
      pos = open;
      break;
    }
    readItem(annotated.slice(open + 2, close), lineColumn(annotated, open), parsed);
    pos = close + 2;
  }
  parsed.plain += annotated.slice(pos);
  if (parsed.plain.includes('|')) parsed.problems.push(`"|" outside markup at ${lineColumn(parsed.plain, parsed.plain.indexOf('|'))} of the stripped text`);
  return parsed;
}

function readItem(body: string, where: string, parsed: ParsedMarkup): void {
  if (body.includes('[[')) parsed.problems.push(`nested "[[" in markup at ${where}`);
  if (/[\r\n]/.test(body)) parsed.problems.push(`line break inside markup at ${where}`);
  const fields = body.split('|');
  if (fields.length !== 3) {
    parsed.problems.push(`markup at ${where} has ${fields.length} field(s), expected 3: [[${body}]]`);
    parsed.plain += fields[0];
    return;
  }
  const [surface, type, key] = fields as [string, string, string];
  parsed.problems.push(...itemProblems(surface, type, key).map((problem) => `${problem} at ${where}`));
  if (isEntityType(type)) parsed.mentions.push({ start: parsed.plain.length, end: parsed.plain.length + surface.length, surface, type, key, where });
  parsed.plain += surface;
}

function itemProblems(surface: string, type: string, key: string): string[] {
  const problems: string[] = [];
  if (surface === '') problems.push('empty surface');
  if (surface !== surface.trim()) problems.push(`surface with outer whitespace "${surface}"`);
  if (/['’‘`´]s?$/.test(surface)) problems.push(`surface ending in an apostrophe or possessive "${surface}"`);
  if (/^["“”«»‘]|["“”«»]$/.test(surface)) problems.push(`surface including its quotation marks "${surface}"`);
  if (!isEntityType(type)) problems.push(`unknown type "${type}"`);
  if (key.trim() === '') problems.push('empty key');
  else if (key !== key.trim()) problems.push(`key with outer whitespace "${key}"`);
  return problems;
}
