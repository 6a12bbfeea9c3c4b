import { readFile } from 'node:fs/promises';
import { entityCard } from '../cards/entityCard.js';
import { FileTextCache } from '../files/textCache.js';
import { NoteAnalysis } from '../notes/noteAnalysis.js';
import { contextArticle } from '../notes/noteContext.js';
import { LineIndex } from '../text/lineIndex.js';
import { loadIndex, type CorpusArgs } from './entitiesCommand.js';
import { EXIT, printable, warn, type CliIo } from './io.js';
import { location, plural } from '../cards/cardText.js';
import { renderCardForTerminal } from './renderCard.js';

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
    const analysis = NoteAnalysis.of(index, text);
    const names = analysis.names;
    const entities = new Set(names.map((n) => n.entity.id));
    io.stdout(`\n=== ${printable(note)}: ${plural(names.length, 'name')} found, ${plural(entities.size, 'entity', 'entities')} (one card each) ===\n`);
    const shown = new Set<string>();
    for (const name of names) {
      const at = location(note, lines.positionAt(name.start));
      if (shown.has(name.entity.id)) continue;
      shown.add(name.entity.id);
      const resolved = name.resolution === 'unique' ? '' : `  ("${name.text}" resolved from the ${name.resolution}; may also mean: ${name.candidates.slice(1).map((c) => c.name).join(', ')})`;
      io.stdout(`\n${printable(at)}  "${printable(name.text)}"${printable(resolved)}\n`);
      // The source is the article the note's context points at, as in the editor.
      const article = contextArticle(index, name.entity, analysis, name.start);
      io.stdout(renderCardForTerminal(entityCard(index, name.entity, { textOf: (p) => texts.get(p), snippets: 2, article })));
    }
  }
  return EXIT.ok;
}
