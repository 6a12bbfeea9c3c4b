import { plural } from '../cards/cardText.js';
import { indexCorpus } from '../indexCorpus.js';
import type { CorpusIndex } from '../corpusIndex/corpusIndex.js';
import type { Corrections } from '../corpusIndex/corrections.js';
import { EXIT, printable, table, warn, type CliIo } from './io.js';
import { StoreError } from '../store/corpusStore.js';
import { hasStore, openStore, type StoreChoice } from './openStore.js';

export interface CorpusArgs {
  paths: string[];
  json: boolean;
  capturedAt: Date | null | undefined;
  corrections: Corrections;
  exclude: string[];
  maxFileBytes?: number;
  /** Read the merged index of a store instead of indexing `paths`. */
  store?: StoreChoice;
}

export async function loadIndex(args: CorpusArgs, io: CliIo): Promise<CorpusIndex> {
  if (args.store && hasStore(args.store)) return loadStoredIndex(args.store, io);
  return indexCorpus(args.paths, {
    corrections: args.corrections,
    exclude: args.exclude,
    ...(args.maxFileBytes ? { maxFileBytes: args.maxFileBytes } : {}),
    ...(args.capturedAt !== undefined ? { capturedAt: args.capturedAt } : {}),
    onWarning: (path, message) => warn(io, path, message),
  });
}

/** The last merged index of a store, its files resolved against the working folder. */
async function loadStoredIndex(choice: StoreChoice, io: CliIo): Promise<CorpusIndex> {
  const store = await openStore(choice, 'read');
  try {
    const merged = await store.loadMerged(process.cwd());
    if (!merged) throw new StoreError('missing', `${store.location} holds no merged index yet: run "dossier index <folders>" or "dossier merge" on it`);
    io.stderr(printable(`dossier: ${store.location}: index version ${merged.version}`) + '\n');
    return merged.index;
  } finally {
    await store.close();
  }
}

export async function entitiesCommand(args: CorpusArgs, io: CliIo): Promise<number> {
  const index = await loadIndex(args, io);
  if (args.json) {
    const out = index.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases.map((a) => a.text),
      mentionCount: e.mentionCount,
      articleCount: e.articles.length,
      mentions: index.mentionsOf(e).map((m) => ({ file: m.file, range: m.range, text: m.text, articleId: m.articleId })),
    }));
    io.stdout(JSON.stringify(out, null, 2) + '\n');
    return EXIT.ok;
  }
  const rows = [['NAME', 'TYPE', 'MENTIONS', 'ARTICLES', 'ALIASES']];
  for (const e of index.entities) {
    rows.push([e.name, e.type, String(e.mentionCount), String(e.articles.length), e.aliases.map((a) => a.text).filter((a) => a !== e.name).join(', ')]);
  }
  io.stdout(table(rows));
  io.stdout(`${plural(index.entities.length, 'entity', 'entities')}, ${plural(index.mentionCount, 'mention')} in ${plural(index.articles.length, 'article')}\n`);
  return EXIT.ok;
}
