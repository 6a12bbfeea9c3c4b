import { readFile } from 'node:fs/promises';
import { entityCard } from '../cards/entityCard.js';
import { FileTextCache } from '../files/textCache.js';
import { findNoteNames } from '../notes/noteNames.js';
import { LineIndex } from '../text/lineIndex.js';
import { loadIndex, type CorpusArgs } from './entitiesCommand.js';
import { printable, warn, type CliIo } from './io.js';
import { location, renderCardText } from './renderCard.js';

/** The cards a hover would show for every name in the notes: the editor experience, in a terminal. */
export async function cardsCommand(notes: string[], args: CorpusArgs, io: CliIo): Promise<number> {
  const index = await loadIndex(args, io);
  const texts = new FileTextCache();
  io.stdout(`Corpus: ${index.articles.length} articles, ${index.entities.length} entities, ${index.mentionCount} mentions\n`);
  for (const note of notes) {
    let text: string;
    try {
      text = await readFile(note, 'utf8');
    } catch (error) {
      warn(io, note, `cannot read (${(error as NodeJS.ErrnoException).code ?? error})`);
      continue;
    }
    const lines = LineIndex.of(text);
    const names = findNoteNames(index, text);
    io.stdout(`\n=== ${printable(note)}: ${names.length} names ===\n`);
    const shown = new Set<string>();
    for (const name of names) {
      const at = location(note, lines.positionAt(name.start));
      if (shown.has(name.entity.id)) continue;
      shown.add(name.entity.id);
      const resolved = name.resolution === 'unique' ? '' : `  ("${name.text}" resolved from the ${name.resolution}; also: ${name.candidates.slice(1).map((c) => c.name).join(', ')})`;
      io.stdout(`\n${printable(at)}  "${printable(name.text)}"${printable(resolved)}\n`);
      io.stdout(renderCardText(entityCard(index, name.entity, { textOf: (p) => texts.get(p), snippets: 2 })));
    }
  }
  return 0;
}
