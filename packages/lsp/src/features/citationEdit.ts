import { citeArticle, entityCard, shortLocation, type CardOptions, type CorpusIndex } from '@dossier/corpus/query';
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { escapeNoteText } from '../markdown/escape.js';
import type { Citation } from '../protocol.js';
import type { NoteTarget } from './noteTargets.js';

/**
 * The citation of a name's source, written one way wherever it is used: *Copy Citation*
 * (dossier/citation) and the quick fix *Insert citation*. It quotes the sentence of the mention F12
 * lands on (the best one in the article the note's context points at, NoteTargets) and says where
 * it is from: “Title”, Source, date or "undated", `path:line`. For the reader (`text`) it is plain;
 * in the note (`footnote`) article text is escaped only where it could make Markdown, so that a
 * scraped "[x](command:…)" or "<img …>" stays text while "000_a964fcedf6c508e9.txt" reads as written.
 * Null when the corpus has no sentence to cite (an entity declared in dossier.yaml only).
 */
export function citationOf(index: CorpusIndex, target: Pick<NoteTarget, 'entity' | 'article'>, sources: Pick<CardOptions, 'textOf' | 'spanOf'>): Citation | null {
  const best = entityCard(index, target.entity, { snippets: 1, coMentions: 0, article: target.article, ...sources }).best;
  if (!best) return null;
  const source = citeArticle({ title: best.articleTitle, source: best.source, published: best.published }, shortLocation(best.mention.file, best.mention.range.start));
  const reference = `[^${target.entity.id}]`;
  return {
    reference,
    footnote: `${reference}: “${escapeNoteText(best.text)}” — ${escapeNoteText(source)}.`,
    text: `“${best.text}” — ${source}`,
  };
}

/**
 * "Insert citation": the footnote reference after the name and, at the end of the note, the
 * footnote (citationOf). A footnote already in the note is referenced again, not repeated.
 */
export function citationEdits(document: TextDocument, nameEnd: number, citation: Citation): TextEdit[] {
  const text = document.getText();
  const edits: TextEdit[] = [{ range: { start: document.positionAt(nameEnd), end: document.positionAt(nameEnd) }, newText: citation.reference }];
  if (!text.includes(`${citation.reference}:`)) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const end = document.positionAt(text.length);
    const gap = text.length === 0 ? '' : text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
    edits.push({ range: { start: end, end }, newText: `${gap}${citation.footnote}${eol}` });
  }
  return edits;
}
