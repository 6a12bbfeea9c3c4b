import {
  applyConfigEdit,
  nameKey,
  noteAliasComment,
  noteAliasInsertOffset,
  readNoteAliases,
  textChange,
  type ConfigEdit,
  type CorpusIndex,
  type EntityType,
  type NoteAliases,
  type NoteName,
} from '@dossier/corpus/query';
import type { CodeAction, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { CodeActionKind } from '../vscodeLanguageServer.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cardSources, type CorpusAccess } from '../corpusAccess.js';
import { notePhrases } from '../corpusLibrary.js';
import type { CorrectionsAccess } from '../correctionsAccess.js';
import type { Logger } from '../logger.js';
import { ApplyCorrectionsCommand, type ApplyCorrectionsArgs } from '../protocol.js';
import { pathToUri } from '../workspace/paths.js';
import { closestEntities } from './aliasCandidates.js';
import { citationEdits, citationOf } from './citationEdit.js';
import type { NoteAnalyses } from './noteAnalysis.js';
import type { NoteTargets } from './noteTargets.js';
import { noteSections, sectionIndexAt } from './noteSections.js';

/** The types "Declare as new …" offers, as the titles say them. */
const DECLARABLE: [EntityType, string][] = [
  ['person', 'person'],
  ['organization', 'organisation'],
  ['place', 'place'],
  ['vessel', 'vessel'],
];

/**
 * Corrections from where the analyst reads: code actions on a name of a note that write
 * dossier.yaml (a WorkspaceEdit, so the editor can undo it, followed by a command that hands the
 * server the new text so the index follows at once) or the note itself (what a short name means
 * here, a citation).
 */
export class CorrectionActionProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly notes: NoteAnalyses,
    private readonly targets: NoteTargets,
    private readonly corrections: CorrectionsAccess,
    private readonly log: Logger,
  ) {}

  async provideCorrectionActions(document: TextDocument, range: Range): Promise<CodeAction[]> {
    const index = this.corpus.current();
    if (!index) return [];
    const offset = document.offsetAt(range.start);
    const name = this.notes.nameAt(document, index, offset);
    if (name) return this.onName(document, index, name);
    const text = document.getText();
    const selected = range.start.line === range.end.line ? document.getText(range).trim() : '';
    const phrase = selected && /\p{L}/u.test(selected) ? { text: selected, start: offset } : (await notePhrases()).capitalisedPhraseAt(text, offset);
    return phrase ? this.onUnknownPhrase(document, index, phrase.text, phrase.start) : [];
  }

  private async onName(document: TextDocument, index: CorpusIndex, name: NoteName): Promise<CodeAction[]> {
    const actions: CodeAction[] = [];
    if (name.candidates.length > 1) {
      // The note's alias comments, read once for all the candidates (VS Code asks on every cursor move).
      const text = document.getText();
      const comments = readNoteAliases(text).comments;
      for (const c of name.candidates) actions.push(this.hereMeans(document, text, comments, name, c.name, c.type));
    }
    const entity = name.entity;
    // A form as written: "Kim Jong-un" may be split from "Kim Jong Un" although both fold alike.
    if (name.text !== entity.name && entity.aliases.some((a) => a.text === name.text && a.count > 0)) {
      actions.push(...(await this.configAction(`Split "${name.text}" from ${entity.name}`, { kind: 'split', from: entity.name, form: name.text })));
    }
    actions.push(...(await this.configAction(`Not an entity: exclude "${name.text}"`, { kind: 'exclude', name: name.text })));
    // The same citation as Copy Citation's, from the same source mention (NoteTargets).
    const target = this.targets.at(document, index, name.start);
    const citation = target ? citationOf(index, target, cardSources(this.corpus)) : null;
    if (citation) actions.push({ title: `Insert citation for ${entity.name}`, kind: CodeActionKind.QuickFix, edit: { changes: { [document.uri]: citationEdits(document, name.end, citation) } } });
    return actions;
  }

  private async onUnknownPhrase(document: TextDocument, index: CorpusIndex, phrase: string, at: number): Promise<CodeAction[]> {
    const actions: CodeAction[] = [];
    // The resolution's numbers, not the names as objects: a lightbulb on a 1 MB note makes none.
    const names = this.notes.get(document, index).resolved();
    const sections = noteSections(document.getText());
    const candidates = closestEntities(index, phrase, names, (offset) => sectionIndexAt(sections, offset), at);
    for (const [i, entity] of candidates.entries()) {
      actions.push(...(await this.configAction(`Add "${phrase}" as alias of ${entity.name} (${entity.type})`, { kind: 'alias', entity: entity.name, alias: phrase }, i === 0)));
    }
    for (const [type, label] of DECLARABLE) {
      actions.push(...(await this.configAction(`Declare "${phrase}" as new ${label}`, { kind: 'declare', name: phrase, type })));
    }
    return actions;
  }

  /** "Here 'Kim' means Kim Yo Jong": a comment in the note, replacing an earlier one for the same form. */
  private hereMeans(document: TextDocument, text: string, comments: NoteAliases['comments'], name: NoteName, entityName: string, type: EntityType): CodeAction {
    const comment = noteAliasComment(name.text, entityName);
    const existing = comments.find((c) => {
      const form = /dossier:[ \t]*([^=\n]+?)[ \t]*=/.exec(text.slice(c.start, c.end))?.[1];
      return form !== undefined && nameKey(form) === nameKey(name.text);
    });
    const at = noteAliasInsertOffset(text);
    const edit: TextEdit = existing
      ? { range: { start: document.positionAt(existing.start), end: document.positionAt(existing.end) }, newText: comment }
      : { range: { start: document.positionAt(at), end: document.positionAt(at) }, newText: comment + (text.includes('\r\n') ? '\r\n' : '\n') };
    return { title: `Here "${name.text}" means ${entityName} (${type})`, kind: CodeActionKind.QuickFix, edit: { changes: { [document.uri]: [edit] } } };
  }

  /**
   * A correction to dossier.yaml as the smallest edit of the file (or the creation of a new
   * one), then the command that gives the server the new text. None when the file does not
   * parse: the analyst's file is never overwritten.
   */
  private async configAction(title: string, change: ConfigEdit, isPreferred = false): Promise<CodeAction[]> {
    if (!this.corrections.editable()) return [];
    const source = await this.corrections.file();
    let after: string;
    try {
      after = applyConfigEdit(source.text, change);
    } catch (error) {
      this.log.warn(`no correction "${title}": ${(error as Error).message}`);
      return [];
    }
    if (after === source.text) return [];
    const uri = pathToUri(source.file);
    const diff = textChange(source.text, after);
    const before = TextDocument.create(uri, 'yaml', 0, source.text);
    const textEdit: TextEdit = { range: { start: before.positionAt(diff.start), end: before.positionAt(diff.end) }, newText: diff.text };
    const args: ApplyCorrectionsArgs = { file: source.file, text: after };
    const command = { title, command: ApplyCorrectionsCommand, arguments: [args] };
    let edit: WorkspaceEdit | undefined;
    if (source.exists) edit = { changes: { [uri]: [textEdit] } };
    else if (this.corrections.canCreateFiles()) {
      edit = { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits: [textEdit] }] };
    } else args.write = true; // a client that cannot create files: the server writes the new file itself
    return [{ title, kind: CodeActionKind.QuickFix, ...(isPreferred ? { isPreferred } : {}), ...(edit ? { edit } : {}), command }];
  }
}
