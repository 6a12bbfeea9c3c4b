import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { staticImportGraph } from '../../../corpus/test/helpers/importGraph.js';
import { corpusLibrary } from '../../src/corpusLibrary.js';

const lsp = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));
const corpus = (path: string) => fileURLToPath(new URL(`../../../corpus/src/${path}`, import.meta.url));

describe("the server's thread loads the extraction code only when it analyses", () => {
  it('server.ts imports @dossier/corpus/query and nothing that reaches the extraction or its data', () => {
    const { files, bare } = staticImportGraph(lsp('server.ts'), { '@dossier/corpus/query': corpus('query.ts') });
    expect(files.has(lsp('session/startServer.ts'))).toBe(true);
    expect(files.has(corpus('corpusIndex/snapshot.ts'))).toBe(true);
    expect(bare.has('@dossier/corpus')).toBe(false);
    for (const extraction of ['analysis/fileAnalysis.ts', 'entities/lexicon.ts', 'entities/gazetteer.ts', 'corpusIndex/buildIndex.ts', 'notes/notePhrases.ts']) {
      expect(files.has(corpus(extraction)), extraction).toBe(false);
    }
    expect([...bare].filter((specifier) => specifier.endsWith('.json'))).toEqual([]);
    expect(bare.has('htmlparser2')).toBe(false);
  });

  it('server.ts never imports vscode-languageserver as an ES module (it is required: vscodeLanguageServer.ts)', () => {
    const { bare } = staticImportGraph(lsp('server.ts'), { '@dossier/corpus/query': corpus('query.ts') });
    expect([...bare].filter((specifier) => /^vscode-languageserver(\/|$)/.test(specifier))).toEqual([]);
    expect(bare.has('vscode-languageserver-textdocument')).toBe(true);
  });

  it('vscodeLanguageServer.ts gives the package itself', async () => {
    const required = await import('../../src/vscodeLanguageServer.js');
    const imported = await import('vscode-languageserver/node');
    expect(required.ResponseError).toBe(imported.ResponseError);
    expect(required.TextDocuments).toBe(imported.TextDocuments);
    expect(required.MarkupKind).toEqual(imported.MarkupKind);
    expect(required.languageServer.createConnection).toBe(imported.createConnection);
  });

  it('the worker threads, which analyse and merge, import the whole library', () => {
    for (const worker of ['indexing/analyzeWorker.ts', 'indexing/mergeWorker.ts']) expect(staticImportGraph(lsp(worker)).bare.has('@dossier/corpus'), worker).toBe(true);
  });

  it('corpusLibrary() is the library itself, loaded once, with the same classes as the query entry point', async () => {
    const library = await corpusLibrary();
    expect(library).toBe(await import('@dossier/corpus'));
    expect(await corpusLibrary()).toBe(library);
    const query = await import('@dossier/corpus/query');
    expect(library.CorpusIndex).toBe(query.CorpusIndex);
    expect(library.openSnapshot).toBe(query.openSnapshot);
    expect(typeof library.analyzeCorpusFiles).toBe('function');
    expect(typeof library.buildCorpusIndex).toBe('function');
    expect(library.capitalisedPhraseAt('We met Kim Yo Jong there.', 9)).toMatchObject({ text: 'Kim Yo Jong', start: 7 });
    expect(library.capitalisedPhraseAt('We met on Thursday.', 12)).toBeNull();
  });
});
