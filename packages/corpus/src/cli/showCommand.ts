import { entityCard } from '../cards/entityCard.js';
import { FileTextCache } from '../files/textCache.js';
import { loadIndex, type CorpusArgs } from './entitiesCommand.js';
import { EXIT, printable, type CliIo } from './io.js';
import { renderCardForTerminal } from './renderCard.js';

export async function showCommand(name: string, args: CorpusArgs, io: CliIo): Promise<number> {
  const index = await loadIndex(args, io);
  const candidates = index.lookup(name);
  const entity = candidates[0]?.entity ?? index.search(name, 1)[0];
  if (!entity) {
    io.stderr(`dossier: no entity named "${printable(name)}" in ${printable(args.paths.join(', ') || 'the stored index')}\n`);
    return EXIT.notFound;
  }
  const texts = new FileTextCache();
  io.stdout(renderCardForTerminal(entityCard(index, entity, { textOf: (p) => texts.get(p) })));
  if (candidates.length > 1) io.stdout(printable(`  ("${name}" may also be: ${candidates.slice(1).map((c) => c.entity.name).join(', ')})`) + '\n');
  return EXIT.ok;
}
