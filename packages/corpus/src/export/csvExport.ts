import type { CorpusIndex } from '../corpusIndex/corpusIndex.js';
import { ftmId, FTM_SCHEMA } from './ftmExport.js';

/** The three CSV files of `dossier export --format csv`, by file name. */
export function csvTables(index: CorpusIndex): Record<'entities.csv' | 'aliases.csv' | 'mentions.csv', string[][]> {
  const entities = [['id', 'ftm_id', 'name', 'type', 'ftm_schema', 'mentions', 'articles', 'description']];
  const aliases = [['entity_id', 'alias', 'mentions']];
  const mentions = [['entity_id', 'article_id', 'file', 'line', 'column', 'end_line', 'end_column', 'text', 'region']];
  for (const e of index.entities) {
    entities.push([e.id, ftmId('entity', e.id), e.name, e.type, FTM_SCHEMA[e.type], String(e.mentionCount), String(e.articles.length), e.descriptions[0]?.text ?? '']);
    for (const a of e.aliases) if (a.count > 0 || e.declared) aliases.push([e.id, a.text, String(a.count)]);
    for (const m of index.mentionsOf(e)) {
      const { start, end } = m.range;
      mentions.push([e.id, m.articleId, m.file, String(start.line + 1), String(start.character + 1), String(end.line + 1), String(end.character + 1), m.text, m.region]);
    }
  }
  return { 'entities.csv': entities, 'aliases.csv': aliases, 'mentions.csv': mentions };
}

/**
 * Rows as RFC 4180 CSV (CRLF, fields quoted when they hold a quote, comma or line break). A cell
 * that a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "@SUM") gets a leading
 * apostrophe: article text is untrusted.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
