import { stringify } from 'yaml';
import type { Corrections } from '../corpusIndex/corrections.js';

/**
 * Corrections as a dossier.yaml that `parseDossierConfig` reads back to the same corrections.
 * Empty sections are left out; `header` lines become comments at the top.
 */
export function formatDossierYaml(corrections: Corrections, header: readonly string[] = []): string {
  const doc: Record<string, unknown> = {};
  if (corrections.entities.length) {
    doc.entities = corrections.entities.map((e) => ({
      name: e.name,
      ...(e.type ? { type: e.type } : {}),
      // An alias with a case rule of its own is written `{ name, caseSensitive }`.
      ...(e.aliases.length ? { aliases: e.aliases.map((a) => (e.aliasCase?.[a] === undefined ? a : { name: a, caseSensitive: e.aliasCase[a] })) } : {}),
      ...(e.description ? { description: e.description } : {}),
      ...(e.caseSensitive !== undefined ? { caseSensitive: e.caseSensitive } : {}),
    }));
  }
  if (corrections.merge.length) doc.merge = corrections.merge;
  if (corrections.split.length) doc.split = corrections.split.map((s) => ({ from: s.from, forms: s.forms }));
  if (corrections.exclude.length) doc.exclude = corrections.exclude;
  if (corrections.furniture.length) doc.furniture = corrections.furniture;
  const comments = header.map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}\n`).join('');
  return comments + (Object.keys(doc).length ? stringify(doc, { lineWidth: 0 }) : '{}\n');
}
