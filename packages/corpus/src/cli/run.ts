import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { CONFIG_FILES, ConfigError, parseDossierConfig } from '../config/dossierConfig.js';
import { noCorrections, type Corrections } from '../corpusIndex/corrections.js';
import { parseShard } from '../store/shard.js';
import { correctionsCommand } from './correctionsCommand.js';
import { indexCommand, mergeCommand } from './indexCommand.js';
import { judgeCommand } from './judgeCommand.js';
import { authorName, hasStore, type StoreChoice } from './openStore.js';
import { articlesCommand } from './articlesCommand.js';
import { cardsCommand } from './cardsCommand.js';
import { entitiesCommand, type CorpusArgs } from './entitiesCommand.js';
import { exportCommand } from './exportCommand.js';
import { showCommand } from './showCommand.js';
import { isStoreError } from '../store/corpusStore.js';
import { EXIT, printable, UsageError, type CliIo } from './io.js';

const USAGE = `Usage: dossier <command> [options] <paths...>

Commands:
  articles <paths...>        list the articles in the files and folders given
  entities <paths...>        list the named entities found in them
  show <name> <paths...>     print the card of one entity
  cards --corpus <path> <notes...>
                             print the card of every name found in Markdown notes
  export --format ftm|csv [--out <path>] <paths...>
                             FollowTheMoney entities as JSON lines (stdout, or --out <file>), or
                             entities.csv, aliases.csv and mentions.csv (--out <folder>)

Team corpus (a shared index in PostgreSQL, or a local store folder):
  index <paths...> --db <url> analyse what is new or changed into the store, then merge
                             (--shard K/N, --batch <n>, --indexer <name>, --no-merge)
  merge --db <url>           merge the stored analyses and corrections now (--force)
  entities|show|cards|export --db <url>
                             read the shared index instead of indexing paths
  judge <verdict> <name> [<other name>] --db <url>
                             record a correction: positive, negative or unsure that the two
                             names are one entity, or that the name is one (--type, --alias,
                             --description declare it)
  corrections export [file] | import <dossier.yaml> [--replace] | history  --db <url>
                             the store's judgements as dossier.yaml, and back

Options:
  --json                     machine-readable output (articles, entities)
  --captured-at <iso time>   when the pages were saved: relative times ("an hour ago") count from it.
                             Without it: dossier.yaml's capturedAt, a page saver's note in HTML, a date
                             in the file name; else such articles are undated (never the file's mtime)
  --config <file>            dossier.yaml with entity corrections (default: ./dossier.yaml if present)
  --max-file-bytes <n>       read at most this many bytes of a file (default 67108864), with a warning
  --db <url | VARIABLE>      a PostgreSQL connection string, or the name of an environment
                             variable holding one (keeps the password off the command line)
  --store <folder>           a local store instead of a database (one indexer at a time)
  --author <name>            who records judgements (default: the login name)

Positions: tables and cards count lines and columns from 1 (file:line:column, as editors do);
--json gives LSP ranges, which count lines from 0 and columns in UTF-16 code units from 0.

Exit status: 0 done; 1 show found no such entity; 2 wrong arguments or an invalid dossier.yaml;
3 an unexpected failure (a bug); 4 a store that cannot be used (unreachable, refused, in use, not
set up). Warnings about files go to stderr and do not change it.
`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`dossier: ${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (error instanceof ConfigError) {
      io.stderr(`dossier: ${error.message}\n`);
      return EXIT.usage;
    }
    if (isStoreError(error)) {
      io.stderr(`dossier: ${printable(error.message)}\n`);
      return EXIT.store;
    }
    io.stderr(`dossier: unexpected failure: ${(error as Error).stack ?? error}\n`);
    return EXIT.failure;
  }
}

const OPTIONS = {
  json: { type: 'boolean', default: false },
  'captured-at': { type: 'string' },
  corpus: { type: 'string', multiple: true },
  config: { type: 'string' },
  'max-file-bytes': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  db: { type: 'string' },
  store: { type: 'string' },
  shard: { type: 'string' },
  batch: { type: 'string' },
  indexer: { type: 'string' },
  'no-merge': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  author: { type: 'string' },
  replace: { type: 'boolean', default: false },
  type: { type: 'string' },
  alias: { type: 'string', multiple: true },
  description: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type OptionValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** What every command reads: its arguments after the command's name, the options, and the config. */
interface CommandContext {
  rest: string[];
  values: OptionValues;
  io: CliIo;
  config: Awaited<ReturnType<typeof readConfig>>;
  store: StoreChoice;
  withStore: boolean;
  capturedAt: ReturnType<typeof parseCapturedAt>;
  maxFileBytes: number | undefined;
  corpusArgs(paths: string[]): CorpusArgs;
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    io.stdout(USAGE);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const run = COMMANDS.get(command);
  if (!run) throw new UsageError(`unknown command "${command}"`);
  return run(await commandContext(rest, values, io));
}

async function commandContext(rest: string[], values: OptionValues, io: CliIo): Promise<CommandContext> {
  const capturedAt = parseCapturedAt(values['captured-at']);
  const config = await readConfig(values.config);
  const maxFileBytes = parseMaxFileBytes(values['max-file-bytes']);
  const store: StoreChoice = { db: values.db, store: values.store };
  const corpusArgs = (paths: string[]): CorpusArgs => ({
    paths,
    json: values.json ?? false,
    capturedAt,
    ...(maxFileBytes ? { maxFileBytes } : {}),
    corrections: config?.corrections ?? noCorrections(),
    exclude: config?.exclude ?? [],
    store,
  });
  return { rest, values, io, config, store, withStore: hasStore(store), capturedAt, maxFileBytes, corpusArgs };
}

/** Each command by its name, with the arguments it needs checked before it runs. */
const COMMANDS = new Map<string, (c: CommandContext) => Promise<number>>(
  Object.entries({
    articles: ({ rest, corpusArgs, io }: CommandContext) => {
      if (rest.length === 0) throw new UsageError('articles needs at least one file or folder');
      return articlesCommand(corpusArgs(rest), io);
    },
    entities: ({ rest, withStore, corpusArgs, io }: CommandContext) => {
      if (rest.length === 0 && !withStore) throw new UsageError('entities needs at least one file or folder (or --db)');
      return entitiesCommand(corpusArgs(rest), io);
    },
    show: ({ rest: [name, ...paths], withStore, corpusArgs, io }: CommandContext) => {
      if (!name || (paths.length === 0 && !withStore)) throw new UsageError('show needs a name and at least one file or folder (or --db)');
      return showCommand(name, corpusArgs(paths), io);
    },
    cards: ({ rest, values, config, withStore, corpusArgs, io }: CommandContext) => {
      const corpus = values.corpus ?? config?.corpusPaths ?? [];
      if (corpus.length === 0 && !withStore) throw new UsageError('cards needs --corpus <folder> (or corpus.paths in dossier.yaml, or --db)');
      if (rest.length === 0) throw new UsageError('cards needs at least one Markdown note');
      return cardsCommand(rest, corpusArgs(withStore ? [] : corpus), io);
    },
    export: ({ rest, values, withStore, corpusArgs, io }: CommandContext) => {
      if (rest.length === 0 && !withStore) throw new UsageError('export needs at least one file or folder (or --db)');
      return exportCommand(values.format, values.out, corpusArgs(rest), io);
    },
    index: runIndex,
    merge: ({ store, values, io }: CommandContext) => mergeCommand(store, values.force ?? false, io),
    judge: ({ rest: [verdict, ...names], store, values, io }: CommandContext) =>
      judgeCommand({ verdict, names, store, author: authorName(values.author), aliases: values.alias ?? [], ...(values.type !== undefined ? { type: values.type } : {}), ...(values.description !== undefined ? { description: values.description } : {}) }, io),
    corrections: ({ rest, store, values, io }: CommandContext) =>
      correctionsCommand({ action: rest[0], file: rest[1], store, author: authorName(values.author), replace: values.replace ?? false }, io),
  }),
);

function runIndex({ rest, values, config, store, withStore, capturedAt, maxFileBytes, io }: CommandContext): Promise<number> {
  if (rest.length === 0) throw new UsageError('index needs at least one file or folder');
  if (!withStore) throw new UsageError('index needs --db <PostgreSQL URL or variable name> or --store <folder>');
  if (config && hasCorrections(config.corrections)) io.stderr(`dossier: ${config.file}: corrections are not read with a store; record them in it with "dossier corrections import"\n`);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard === null) throw new UsageError(`--shard: expected K/N with 1 <= K <= N, got "${values.shard}"`);
  const batchSize = values.batch === undefined ? undefined : parsePositive('--batch', values.batch);
  return indexCommand(
    { paths: rest, store, merge: !values['no-merge'], capturedAt, captureRules: config?.corrections.capture ?? [], exclude: config?.exclude ?? [], ...(shard ? { shard } : {}), ...(batchSize ? { batchSize } : {}), ...(values.indexer ? { indexer: values.indexer } : {}), ...(maxFileBytes ? { maxFileBytes } : {}) },
    io,
  );
}

/** --config, else the first config file in the working folder (CONFIG_FILES); a broken file is an error with its line numbers. */
async function readConfig(path: string | undefined) {
  const file = path ?? CONFIG_FILES.find((f) => existsSync(f));
  if (!file) return null;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--config: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  return parseDossierConfig(text, file);
}

function parseMaxFileBytes(value: string | undefined): number | undefined {
  return value === undefined ? undefined : parsePositive('--max-file-bytes', value);
}

function parsePositive(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${option}: not a positive whole number: "${value}"`);
  return n;
}

function hasCorrections(c: Corrections): boolean {
  return c.entities.length + c.merge.length + c.split.length + c.exclude.length + c.furniture.length > 0;
}

function parseCapturedAt(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new UsageError(`--captured-at: not a date: "${value}"`);
  return new Date(ms);
}
