import { readFile, writeFile } from 'node:fs/promises';
import { parseDossierConfig } from '../config/dossierConfig.js';
import { correctionsFromJudgements, judgementsFromCorrections, withdrawalsOf, type Judgement } from '../store/judgements.js';
import { formatDossierYaml } from '../store/dossierYaml.js';
import { printable, table, type CliIo } from './io.js';
import { openStore, type StoreChoice } from './openStore.js';
import { UsageError } from './io.js';

export interface CorrectionsArgs {
  action: string | undefined;
  file: string | undefined;
  store: StoreChoice;
  author: string;
  replace: boolean;
}

/** `dossier corrections export|import|history`: a store's judgements as dossier.yaml and back. */
export async function correctionsCommand(args: CorrectionsArgs, io: CliIo): Promise<number> {
  if (args.action !== 'export' && args.action !== 'import' && args.action !== 'history') {
    throw new UsageError('corrections needs "export [file]", "import <dossier.yaml>" or "history"');
  }
  if (args.action === 'import' && !args.file) throw new UsageError('corrections import needs a dossier.yaml');
  const store = await openStore(args.store, `corrections ${args.action}`, args.action === 'import');
  try {
    if (args.action === 'history') return history(await store.judgements(), io);
    if (args.action === 'export') {
      const judgements = await store.judgements();
      const corrections = { ...correctionsFromJudgements(judgements), furniture: await store.furniture() };
      const authors = [...new Set(judgements.map((j) => j.author))].join(', ') || 'nobody';
      const yaml = formatDossierYaml(corrections, [`Exported from ${store.location} on ${new Date().toISOString()}`, `${judgements.length} judgement(s) by ${authors}; import with: dossier corrections import <file> --db ...`]);
      if (args.file) await writeFile(args.file, yaml);
      else io.stdout(yaml);
      return 0;
    }
    const config = parseDossierConfig(await readFile(args.file!, 'utf8'), args.file!);
    const imported = judgementsFromCorrections(config.corrections, args.author);
    const withdrawn = args.replace ? withdrawalsOf(await store.judgements(), imported, args.author) : [];
    await store.addJudgements([...imported, ...withdrawn]);
    if (config.corrections.furniture.length || args.replace) await store.setFurniture(config.corrections.furniture, args.author);
    // Capture times name the indexer's folders: each indexer reads them from its own dossier.yaml.
    if (config.corrections.capture.length) io.stderr(`dossier: ${printable(args.file!)}: capturedAt is not kept in the store; each indexer reads it from the dossier.yaml of the folder it runs in\n`);
    io.stdout(`${printable(args.file!)}: recorded ${imported.length} judgement(s) by ${printable(args.author)}${args.replace ? `, withdrew ${withdrawn.length}` : ''}; the next merge applies them (dossier merge)\n`);
    return 0;
  } finally {
    await store.close();
  }
}

function history(judgements: Judgement[], io: CliIo): number {
  const rows = [['ID', 'WHEN', 'WHO', 'VERDICT', 'QUESTION']];
  for (const j of judgements) {
    const question = j.question === 'same' ? `same: ${j.name} | ${j.other}` : `entity: ${j.name}${j.details?.type ? ` (${j.details.type})` : ''}`;
    rows.push([String(j.id), j.at, j.author, j.verdict, question]);
  }
  io.stdout(table(rows));
  return 0;
}
