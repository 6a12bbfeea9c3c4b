import type { EntityRecord, NoteName } from '@dossier/corpus/query';
import type { CancellationToken, CodeLens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../corpusAccess.js';
import { ShowReferencesCommand } from '../protocol.js';
import type { NoteAnalyses } from './noteAnalysis.js';
import type { NoteGraph } from './noteGraph.js';
import { noteSections } from './noteSections.js';

/** How many entities a heading's lenses name before "+N more". */
export const HEADING_LENS_ENTITIES = 4;

/**
 * Notes as part of the graph, over the text: above each heading the entities of its section with
 * their article counts, and above an entity's first mention in the note "N articles · M notes".
 * Each lens opens the references of its entity. Off (setting) and off in notes longer than
 * `codeLens.maxNoteLines`, where a lens per name would bury the text.
 */
export class CodeLensProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly notes: NoteAnalyses,
    private readonly graph: NoteGraph,
  ) {}

  async provideCodeLenses(document: TextDocument, token?: CancellationToken): Promise<CodeLens[]> {
    const settings = this.corpus.settings().codeLens;
    if (!settings.enabled || document.lineCount > settings.maxNoteLines) return [];
    const index = await this.corpus.ready(token);
    if (!index || token?.isCancellationRequested) return [];
    const names = this.notes.get(document, index).names;
    if (names.length === 0) return [];
    const notesByEntity = await this.graph.current(index);
    return [...this.headingLenses(document, names), ...this.firstMentionLenses(document, names, notesByEntity)];
  }

  private headingLenses(document: TextDocument, names: readonly NoteName[]): CodeLens[] {
    const lenses: CodeLens[] = [];
    let n = 0;
    for (const section of noteSections(document.getText())) {
      const firsts = new Map<EntityRecord, NoteName>();
      while (n < names.length && names[n]!.start < section.end) {
        const name = names[n++]!;
        if (name.start >= section.start && !firsts.has(name.entity)) firsts.set(name.entity, name);
      }
      if (section.heading === null || firsts.size === 0) continue;
      const line = document.positionAt(section.start).line;
      const range = { start: { line, character: 0 }, end: { line, character: 0 } };
      const shown = [...firsts.values()].slice(0, HEADING_LENS_ENTITIES);
      for (const name of shown) lenses.push({ range, command: this.showReferences(document, name, `${name.entity.name} · ${plural(name.entity.articles.length, 'article')}`) });
      if (firsts.size > shown.length) lenses.push({ range, command: { title: `+${firsts.size - shown.length} more`, command: '' } });
    }
    return lenses;
  }

  private firstMentionLenses(document: TextDocument, names: readonly NoteName[], notesByEntity: Map<number, Set<string>>): CodeLens[] {
    const firsts: NoteName[] = [];
    const seen = new Set<EntityRecord>();
    for (const name of names) {
      if (seen.has(name.entity)) continue;
      seen.add(name.entity);
      firsts.push(name);
    }
    // Lenses of one line stand side by side: there each says whose counts it gives.
    const perLine = new Map<number, number>();
    for (const name of firsts) perLine.set(document.positionAt(name.start).line, (perLine.get(document.positionAt(name.start).line) ?? 0) + 1);
    return firsts.map((name) => {
      const range = { start: document.positionAt(name.start), end: document.positionAt(name.end) };
      const notes = notesByEntity.get(name.entity.index)?.size ?? 1;
      const counts = `${plural(name.entity.articles.length, 'article')} · ${plural(notes, 'note')}`;
      return { range, command: this.showReferences(document, name, perLine.get(range.start.line)! > 1 ? `${name.entity.name}: ${counts}` : counts) };
    });
  }

  private showReferences(document: TextDocument, name: NoteName, title: string) {
    return { title, command: ShowReferencesCommand, arguments: [document.uri, document.positionAt(name.start)] };
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
