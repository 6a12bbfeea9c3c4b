import { isEntityType } from '../entities/types.js';
import { VERDICTS, type DeclaredDetails, type NewJudgement, type Verdict } from '../store/judgements.js';
import { printable, UsageError, type CliIo } from './io.js';
import { openStore, type StoreChoice } from './openStore.js';

export interface JudgeArgs {
  verdict: string | undefined;
  names: string[];
  store: StoreChoice;
  author: string;
  type?: string;
  aliases: string[];
  description?: string;
}

/**
 * `dossier judge <positive|negative|unsure> <name> [<other name>]`: one judgement. With two names:
 * are they one entity (positive merges, negative splits the second off the first)? With one: is it
 * an entity (positive declares it, with --type, --alias, --description; negative excludes it)?
 */
export async function judgeCommand(args: JudgeArgs, io: CliIo): Promise<number> {
  const judgement = judgementOf(args);
  const store = await openStore(args.store, 'judge');
  try {
    await store.addJudgements([judgement]);
    const question = judgement.other === null ? `"${judgement.name}" is an entity` : `"${judgement.name}" and "${judgement.other}" are one entity`;
    io.stdout(printable(`recorded: ${question}: ${judgement.verdict} (${judgement.author}); the next merge applies it (dossier merge)`) + '\n');
    return 0;
  } finally {
    await store.close();
  }
}

function judgementOf(args: JudgeArgs): NewJudgement {
  const verdict = args.verdict as Verdict;
  if (!VERDICTS.includes(verdict)) throw new UsageError(`judge needs a verdict: ${VERDICTS.join(', ')}`);
  const names = args.names.map((n) => n.trim()).filter(Boolean);
  if (names.length < 1 || names.length > 2) throw new UsageError('judge needs one name (is it an entity?) or two (are they one entity?)');
  if (args.type !== undefined && !isEntityType(args.type)) throw new UsageError(`--type: "${args.type}" is not an entity type`);
  const declaring = args.type !== undefined || args.aliases.length > 0 || args.description !== undefined;
  if (declaring && (names.length === 2 || verdict !== 'positive')) throw new UsageError('--type, --alias and --description declare an entity: one name, verdict positive');
  const details: DeclaredDetails | null =
    names.length === 1 && verdict === 'positive'
      ? { aliases: args.aliases, ...(args.type && isEntityType(args.type) ? { type: args.type } : {}), ...(args.description ? { description: args.description } : {}) }
      : null;
  return { question: names.length === 2 ? 'same' : 'entity', name: names[0]!, other: names[1] ?? null, verdict, details, author: args.author };
}
