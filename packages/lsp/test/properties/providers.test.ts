import { LineIndex } from '@dossier/corpus';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/markdown/escape.js';
import { ARTICLE_KIM, ARTICLE_SUMMIT, note, serviceFor } from '../helpers/memoryCorpus.js';
import { fuzzParams, noteText } from './fuzz.js';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

const CORPUS = {
  'kim.txt': ARTICLE_KIM,
  'summit.txt': ARTICLE_SUMMIT,
  'tsmc.txt': '🚢 The government would assist Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) in investing overseas.\n',
};

/** A range that exists in the document: lines in range, characters within their line, start before end. */
function expectInside(doc: TextDocument, range: Range, what: string) {
  for (const p of [range.start, range.end]) {
    expect(p.line, what).toBeGreaterThanOrEqual(0);
    expect(p.line, what).toBeLessThan(doc.lineCount);
    expect(p.character, what).toBeGreaterThanOrEqual(0);
    // Round trip: a position inside the document is its own clamped self.
    expect(doc.positionAt(doc.offsetAt(p)), what).toEqual(p);
  }
  expect(doc.offsetAt(range.start), what).toBeLessThanOrEqual(doc.offsetAt(range.end));
}

/** A random position: mostly inside the note, sometimes past a line's end, the last line, or negative. */
const position = fc.oneof(
  { weight: 6, arbitrary: fc.record({ line: fc.nat(30), character: fc.nat(120) }) },
  { weight: 1, arbitrary: fc.record({ line: fc.integer({ min: -3, max: 10_000 }), character: fc.integer({ min: -3, max: 100_000 }) }) },
);

describe('positions agree with the editor (property)', () => {
  it('LineIndex maps offsets and positions exactly as an LSP TextDocument does', () => {
    fc.assert(
      fc.property(noteText, fc.array(position, { maxLength: 8 }), (text, positions) => {
        const lines = LineIndex.of(text);
        const doc = TextDocument.create('x', 'markdown', 1, text);
        expect(lines.lineCount).toBe(doc.lineCount);
        for (let offset = 0; offset <= text.length; offset++) {
          const insideCrLf = text[offset - 1] === '\r' && text[offset] === '\n';
          if (!insideCrLf) expect(lines.positionAt(offset)).toEqual(doc.positionAt(offset));
        }
        for (const p of positions) expect(lines.offsetAt(p), JSON.stringify(p)).toBe(doc.offsetAt(p));
      }),
      fuzzParams(200),
    );
  });
});

describe('language features on random notes (property)', () => {
  const { service } = serviceFor(CORPUS);

  it('never throw, and every range they return is inside the note; hovers cover their position', async () => {
    // How many answers were checked: a property that only ever saw nulls would prove nothing.
    const seen = { hovers: 0, highlights: 0, completions: 0, tokens: 0 };
    const params = fuzzParams(150);
    let version = 0;
    await fc.assert(
      fc.asyncProperty(noteText, position, async (text, p) => {
        // A new version each time: analyses are cached by URI and version, as an editor's edits would bump it.
        const doc = note(text, 'file:///notes/random.md', ++version);
        const clampedOffset = doc.offsetAt(p);
        const at = doc.positionAt(clampedOffset);
        const hover = await service.hover.provideHover(doc, at);
        if (hover) {
          seen.hovers++;
          expectInside(doc, hover.range!, 'hover');
          expect(doc.offsetAt(hover.range!.start)).toBeLessThanOrEqual(clampedOffset);
          expect(doc.offsetAt(hover.range!.end)).toBeGreaterThanOrEqual(clampedOffset);
          expect(doc.getText(hover.range!).length).toBeGreaterThan(0);
        }
        for (const h of (await service.documentHighlight.provideDocumentHighlights(doc, at)) ?? []) {
          seen.highlights++;
          expectInside(doc, h.range, 'highlight');
        }
        for (const link of (await service.definition.provideDefinition(doc, at)) ?? []) {
          expectInside(doc, link.originSelectionRange!, 'definition origin');
          expect(link.targetUri.startsWith('file:///corpus/')).toBe(true);
        }
        for (const r of (await service.references.provideReferences(doc, at, { includeDeclaration: true })) ?? []) {
          if (r.uri === doc.uri) expectInside(doc, r.range, 'reference');
          else expect(r.uri.startsWith('file:///corpus/')).toBe(true);
        }
        const completion = await service.completion.provideCompletion(doc, at);
        for (const item of completion?.items ?? []) {
          seen.completions++;
          const edit = item.textEdit as { range: Range; newText: string };
          expectInside(doc, edit.range, 'completion');
          expect(edit.range.end).toEqual(at);
        }
        for (const link of await service.documentLinks.provideDocumentLinks(doc)) {
          expectInside(doc, link.range, 'document link');
          expect(link.target!.startsWith('file:///corpus/')).toBe(true);
        }
        for (const d of await service.diagnostics.provideDiagnostics(doc)) expectInside(doc, d.range, 'diagnostic');
        // Semantic tokens: relative positions that decode to single-line ranges inside the note, in order.
        const { data } = await service.semanticTokens.provideSemanticTokens(doc);
        let line = 0;
        let character = 0;
        for (let i = 0; i < data.length; i += 5) {
          const [deltaLine, deltaStart, length] = data.slice(i, i + 3) as [number, number, number];
          line += deltaLine;
          character = deltaLine === 0 ? character + deltaStart : deltaStart;
          expect(length).toBeGreaterThan(0);
          seen.tokens++;
          expectInside(doc, { start: { line, character }, end: { line, character: character + length } }, 'semantic token');
        }
        const entityAt = await service.entities.entityAt(doc, at);
        if (entityAt) expectInside(doc, entityAt.range, 'entityAt');
      }),
      params,
    );
    expect(Math.min(seen.hovers, seen.highlights, seen.completions, seen.tokens), JSON.stringify(seen)).toBeGreaterThanOrEqual(Math.floor(params.numRuns / 15));
  });

  it('answer any symbol query and any out-of-range position without throwing', async () => {
    let version = 0;
    await fc.assert(
      fc.asyncProperty(noteText, fc.record({ line: fc.integer(), character: fc.integer() }), fc.string({ unit: 'binary', maxLength: 30 }), async (text, p, query) => {
        const doc = note(text, 'file:///notes/any.md', ++version);
        await service.hover.provideHover(doc, p);
        await service.definition.provideDefinition(doc, p);
        await service.documentHighlight.provideDocumentHighlights(doc, p);
        await service.completion.provideCompletion(doc, p);
        await service.entities.entityAt(doc, p);
        for (const s of await service.workspaceSymbols.provideWorkspaceSymbols(query)) expect(s.location.uri.startsWith('file:///corpus/')).toBe(true);
        await service.entities.entities({ filter: query, limit: 5 });
      }),
      fuzzParams(150),
    );
  });
});

/** escapeMarkdown as it was written first, one kind of character per pass: the reference its one pass must equal. */
function escapedInSixPasses(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+\-.!|~])/g, '\\$1')
    .replace(/([a-z][a-z0-9+.-]*):/gi, '$1&#58;')
    .replace(/\r?\n|\r/g, ' ');
}

describe('escapeMarkdown (property)', () => {
  const hostile = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc
      .array(fc.constantFrom('[x](command:evil)', '<img src=x onerror=alert(1)>', '<script>', 'javascript:', 'JAVASCRIPT:', 'data:text/html,', 'vscode:', 'command&#58;', '\\', '`', '*', '_', '\n', '\r', '](', '!', '&amp;', ' ', 'a', '😀'), { maxLength: 20 })
      .map((a) => a.join('')),
  );

  it('leaves no HTML, no link, no URI scheme and no line break, and shows the text as it was', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/[<>\r\n]/);
        // Every Markdown bracket is escaped, so no link or image can open.
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*[[\]()]/);
        // No "scheme:" survives (command:, javascript:, data:, vscode:, …).
        expect(escaped).not.toMatch(/[a-z0-9+.-]:/i);
        // A Markdown renderer shows the original text (line breaks as spaces).
        const shown = escaped.replace(/\\(.)/gu, '$1').replace(/&#58;/g, ':').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        expect(shown).toBe(text.replace(/\r?\n|\r/g, ' '));
        // One pass (and none for plain text) escapes as the six passes did, character for character.
        expect(escaped).toBe(escapedInSixPasses(text));
      }),
      fuzzParams(500),
    );
  });
});
