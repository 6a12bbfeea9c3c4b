import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ARTICLE_KIM, ARTICLE_SUMMIT, note, serviceFor } from '../helpers/memoryCorpus.js';

const corpus = { 'kim.txt': ARTICLE_KIM, 'summit.txt': ARTICLE_SUMMIT };

function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) {
  return TextDocument.create('x', 'x', 0, text).getText(range);
}

describe('definition (F12)', () => {
  it('lands on the words in the article that introduce the entity, full name preferred', async () => {
    const doc = note('Putin wants munitions.\n');
    const { service, texts } = serviceFor(corpus, [doc]);
    const [link] = (await service.definition.provideDefinition(doc, { line: 0, character: 2 }))!;
    expect(link!.targetUri).toBe('file:///corpus/summit.txt');
    expect(textAt(texts.get('/corpus/summit.txt')!, link!.targetSelectionRange)).toBe('Vladimir Putin');
    const at = ARTICLE_SUMMIT.indexOf('Vladimir Putin');
    expect(link!.targetSelectionRange).toEqual({ start: { line: 0, character: at }, end: { line: 0, character: at + 14 } });
    expect(link!.originSelectionRange).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 5 } });
  });

  it('has nothing to say about a plain word', async () => {
    const doc = note('munitions and rockets\n');
    const { service } = serviceFor(corpus, [doc]);
    expect(await service.definition.provideDefinition(doc, { line: 0, character: 3 })).toBeNull();
  });
});

describe('references (Shift+F12)', () => {
  it('lists every mention in the corpus and in every note', async () => {
    const doc = note('Putin and Kim Jong Un.\n', 'file:///notes/a.md');
    const other = note('Vladimir Putin again; Putin.\n', 'file:///notes/b.md');
    const { service, index } = serviceFor(corpus, [doc, other]);
    const refs = (await service.references.provideReferences(doc, { line: 0, character: 1 }, { includeDeclaration: true }))!;
    const putin = index.entities.find((e) => e.name === 'Vladimir Putin')!;
    expect(refs.filter((r) => r.uri.startsWith('file:///corpus/'))).toHaveLength(putin.mentions.length);
    expect(putin.mentions.length).toBe(2);
    expect(refs.filter((r) => r.uri === 'file:///notes/b.md').map((r) => r.range)).toEqual([
      { start: { line: 0, character: 0 }, end: { line: 0, character: 14 } },
      { start: { line: 0, character: 22 }, end: { line: 0, character: 27 } },
    ]);
    expect(refs.filter((r) => r.uri === 'file:///notes/a.md')).toHaveLength(1);
  });
});

describe('document highlights', () => {
  it('marks every name of the same entity in the note, whatever its form', async () => {
    const doc = note('Kim Jong Un met Putin. Later Kim Jong Un left; Kim Yo Jong stayed.\n');
    const { service } = serviceFor(corpus, [doc]);
    const highlights = (await service.documentHighlight.provideDocumentHighlights(doc, { line: 0, character: 2 }))!;
    expect(highlights.map((h) => doc.getText(h.range))).toEqual(['Kim Jong Un', 'Kim Jong Un']);
  });
});

describe('completion', () => {
  it('offers names and aliases starting with the words typed, with type and description', async () => {
    const doc = note('Talked about Kim Y');
    const { service } = serviceFor(corpus, [doc]);
    const list = (await service.completion.provideCompletion(doc, { line: 0, character: 18 }))!;
    const item = list.items.find((i) => i.label === 'Kim Yo Jong')!;
    expect(item.detail).toBe('person · powerful sister of North Korean leader Kim Jong Un');
    expect(item.textEdit).toEqual({ range: { start: { line: 0, character: 13 }, end: { line: 0, character: 18 } }, newText: 'Kim Yo Jong' });
    expect(list.items.map((i) => i.label)).not.toContain('Vladimir Putin');
  });
});

describe('workspace symbols', () => {
  it('finds an entity by any word of its names and points at its introduction', async () => {
    const { service } = serviceFor(corpus);
    const symbols = await service.workspaceSymbols.provideWorkspaceSymbols('cosmo');
    expect(symbols.map((s) => s.name)).toEqual(['Vostochny Cosmodrome']);
    expect(symbols[0]!.location.uri).toBe('file:///corpus/summit.txt');
  });
});

describe('semantic tokens', () => {
  it('colours each name by its type, relative positions as the protocol encodes them', async () => {
    const doc = note('Putin in Vladivostok.\nKim');
    const { service } = serviceFor(corpus, [doc]);
    const { data } = await service.semanticTokens.provideSemanticTokens(doc);
    // [deltaLine, deltaStart, length, type, modifiers]: person=0, place=2; "Kim" is ambiguous.
    expect(data).toEqual([0, 0, 5, 0, 0, 0, 9, 11, 2, 0, 1, 0, 3, 0, 1]);
  });
});
