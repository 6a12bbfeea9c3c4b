import { NoteAnalysis } from '@dossier/corpus';
import fc from 'fast-check';
import type { SemanticTokensEdit, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { documentsReportingEdits } from '../../src/workspace/documentEdits.js';
import { ARTICLE_KIM, ARTICLE_SUMMIT, serviceFor } from '../helpers/memoryCorpus.js';
import { FUZZING, fuzzParams, noteText } from './fuzz.js';

/** A hang guard: a loaded 2-core machine runs the default cases in seconds, `npm run fuzz` for as long as it takes. */
const TIMEOUT = FUZZING ? 3_600_000 : 300_000;

/**
 * Typing through the server's own document handling: LSP changes (ranges in lines and UTF-16
 * characters, several per event, CRLF, emoji, ranges past a line's end) reach the incremental
 * analysis as offsets, and what the features answer equals what a server that analysed the final
 * text from scratch answers.
 */

const CORPUS = {
  'kim.txt': ARTICLE_KIM,
  'summit.txt': ARTICLE_SUMMIT,
  'tsmc.txt': '🚢 The government would assist Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) in investing overseas.\n',
};

const INSERTS = ['K', 'i', 'm', ' ', 'J', 'o', 'n', 'g', ' Un', 'Kim Jong Un', 'Putin', 'Vladimir ', '台積電', '😀', '\n', '\r\n', '"', ' the talks will go on next week whatever the outcome ', '# ', '', '', '<!-- dossier: Kim = Kim Yo Jong -->', '-->'];

/** One change of an event: where (fractions of the text), how much to replace, what to type. */
const change = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 40 })),
  insert: fc.constantFrom(...INSERTS),
  /** Sometimes the client sends the range backwards, or past the end of its line. */
  shape: fc.constantFrom('plain', 'plain', 'plain', 'reversed', 'pastLineEnd'),
});

function lspChange(doc: TextDocument, c: { at: number; remove: number; insert: string; shape: string }): TextDocumentContentChangeEvent {
  const text = doc.getText();
  const start = Math.floor(c.at * (text.length + 1));
  let from = doc.positionAt(start);
  let to = doc.positionAt(Math.min(text.length, start + c.remove));
  if (c.shape === 'reversed') [from, to] = [to, from];
  if (c.shape === 'pastLineEnd') to = { line: to.line, character: to.character + 50 };
  return { range: { start: from, end: to }, text: c.insert };
}

function applyTokenEdits(data: number[], edits: SemanticTokensEdit[]): number[] {
  let out = data;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = [...out.slice(0, e.start), ...(e.data ?? []), ...out.slice(e.start + e.deleteCount)];
  return out;
}

describe('typing into a note (property)', () => {
  it('answers from the incrementally kept analysis exactly what a fresh analysis answers', async () => {
    const seen = { events: 0, tokens: 0, deltaEdits: 0, hovers: 0 };
    const params = fuzzParams(120);
    await fc.assert(
      fc.asyncProperty(noteText, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 10 }), async (initial, events) => {
        // A change the analysis could not follow would be analysed from scratch with a warning: none may be.
        const warnings: string[] = [];
        const { index, service } = serviceFor(CORPUS, [], undefined, { info: () => undefined, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) });
        const { service: scratch } = serviceFor(CORPUS);
        const documents = documentsReportingEdits((uri, version, edits) => service.analyses.edited(uri, version, edits));
        const doc = documents.create('file:///notes/typed.md', 'markdown', 1, initial);
        let tokens = await service.semanticTokens.provideSemanticTokens(doc);
        let data = tokens.data;
        for (const [i, event] of events.entries()) {
          // The changes of one event each refer to the text the previous one made.
          const changes: TextDocumentContentChangeEvent[] = [];
          for (const c of event) {
            const next = lspChange(doc, c);
            changes.push(next);
          }
          documents.update(doc, changes, i + 2);
          seen.events++;
          const fresh = NoteAnalysis.of(index, doc.getText());
          const kept = service.analyses.get(doc, index);
          expect(warnings).toEqual([]);
          expect(kept.names.map((n) => [n.start, n.end, n.entity.id, n.resolution])).toEqual(fresh.names.map((n) => [n.start, n.end, n.entity.id, n.resolution]));
          expect(kept.quotes).toEqual(fresh.quotes);
          const delta = await service.semanticTokens.provideSemanticTokensDelta(doc, tokens.resultId!);
          if ('edits' in delta) {
            data = applyTokenEdits(data, delta.edits);
            seen.deltaEdits += delta.edits.length;
          } else data = delta.data;
          tokens = { resultId: delta.resultId!, data };
          // A server that analyses the text from scratch colours it the same.
          scratch.analyses.forget(doc.uri);
          expect(data).toEqual((await scratch.semanticTokens.provideSemanticTokens(doc)).data);
          seen.tokens += data.length / 5;
          const name = fresh.names[i % Math.max(1, fresh.names.length)];
          if (name) {
            const hover = await service.hover.provideHover(doc, doc.positionAt(name.start + ((name.end - name.start) >> 1)));
            expect(hover?.range).toEqual({ start: doc.positionAt(name.start), end: doc.positionAt(name.end) });
            seen.hovers++;
          }
        }
      }),
      params,
    );
    expect(seen.deltaEdits, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns / 2);
    expect(seen.hovers, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns);
    expect(seen.tokens, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns);
  }, TIMEOUT);
});
