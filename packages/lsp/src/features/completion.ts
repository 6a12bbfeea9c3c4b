import type { EntityRecord } from '@dossier/corpus/query';
import type { CancellationToken, CompletionItem, CompletionList, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../corpusAccess.js';
import { COMPLETION_KIND } from './entityKinds.js';

const MAX_ITEMS = 50;

/**
 * Names and aliases of the corpus while typing. The words typed so far (a name may have several)
 * are matched against the start of every form, case and diacritics ignored.
 */
export class CompletionProvider {
  constructor(private readonly corpus: CorpusAccess) {}

  async provideCompletion(document: TextDocument, position: Position, token?: CancellationToken): Promise<CompletionList | null> {
    const index = this.corpus.current() ?? (await this.corpus.ready(token));
    if (!index || token?.isCancellationRequested) return null;
    const offset = document.offsetAt(position);
    const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
    // Up to three words typed so far: "Kim Y" should offer "Kim Yo Jong".
    const typed = /((?:[\p{L}\p{N}][\p{L}\p{N}'’.-]*\s){0,2}[\p{L}\p{N}][\p{L}\p{N}'’.-]*)$/u.exec(before)?.[1];
    if (!typed) return { isIncomplete: true, items: [] };
    const items: CompletionItem[] = [];
    for (const start of candidateStarts(typed)) {
      const replaceFrom = document.positionAt(offset - (typed.length - start));
      const found = index.formsStartingWith(typed.slice(start), MAX_ITEMS);
      found.forEach(({ form, entity }, rank) => items.push(item(entity, form, replaceFrom, position, rank)));
      if (items.length) break;
    }
    return { isIncomplete: items.length >= MAX_ITEMS, items };
  }
}

/** Longest typed phrase first: "Kim Yo", then "Yo". */
function candidateStarts(typed: string): number[] {
  const starts = [0];
  for (let i = 0; i < typed.length; i++) if (typed[i] === ' ') starts.push(i + 1);
  return starts;
}

function item(entity: EntityRecord, form: string, from: Position, to: Position, rank: number): CompletionItem {
  const description = entity.descriptions[0]?.text;
  return {
    label: form,
    kind: COMPLETION_KIND[entity.type],
    detail: description ? `${entity.type} · ${description}` : entity.type,
    documentation: form === entity.name ? `${entity.mentionCount} mentions in ${entity.articles.length} articles` : `${entity.name} · ${entity.mentionCount} mentions`,
    textEdit: { range: { start: from, end: to }, newText: form },
    filterText: form,
    // Most mentioned first; the editor re-sorts by match quality among equals.
    sortText: String(rank).padStart(4, '0'),
    data: { entityId: entity.id },
  };
}
