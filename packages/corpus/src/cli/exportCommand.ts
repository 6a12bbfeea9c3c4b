import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvTables, toCsv } from '../export/csvExport.js';
import { ftmEntities } from '../export/ftmExport.js';
import { FileTextCache } from '../files/textCache.js';
import { loadIndex, type CorpusArgs } from './entitiesCommand.js';
import { EXIT, UsageError, type CliIo } from './io.js';

export const EXPORT_FORMATS = ['ftm', 'csv'] as const;

/**
 * `dossier export --format ftm <paths>`: FollowTheMoney entities as JSON lines, on stdout or into
 * `--out <file>`. `--format csv`: entities.csv, aliases.csv and mentions.csv into `--out <folder>`.
 */
export async function exportCommand(format: string | undefined, out: string | undefined, args: CorpusArgs, io: CliIo): Promise<number> {
  if (format !== 'ftm' && format !== 'csv') throw new UsageError(`export needs --format ${EXPORT_FORMATS.join(' or ')}`);
  if (format === 'csv' && !out) throw new UsageError('export --format csv needs --out <folder> for its three files');
  const index = await loadIndex(args, io);
  if (format === 'csv') {
    await mkdir(out!, { recursive: true });
    for (const [name, rows] of Object.entries(csvTables(index))) await writeFile(join(out!, name), toCsv(rows));
    io.stderr(`dossier: wrote entities.csv, aliases.csv and mentions.csv to ${out}\n`);
    return EXIT.ok;
  }
  const texts = new FileTextCache();
  const lines: string[] = [];
  for (const entity of ftmEntities(index, { textOf: (p) => texts.get(p) })) lines.push(JSON.stringify(entity));
  const text = lines.length ? lines.join('\n') + '\n' : '';
  if (out) await writeFile(out, text);
  else io.stdout(text);
  return EXIT.ok;
}
