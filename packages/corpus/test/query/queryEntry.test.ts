import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import * as phrases from '../../src/phrases.js';
import * as query from '../../src/query.js';
import { staticImportGraph, staticSpecifiers } from '../helpers/importGraph.js';

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

describe('the query entry point (@dossier/corpus/query)', () => {
  it('loads no extraction code and none of its word lists or gazetteers', () => {
    const { files, bare } = staticImportGraph(src('query.ts'));
    for (const extraction of ['analysis/fileAnalysis.ts', 'entities/lexicon.ts', 'entities/gazetteer.ts', 'entities/articleMentions.ts', 'corpusIndex/buildIndex.ts', 'notes/notePhrases.ts']) {
      expect(files.has(src(extraction)), extraction).toBe(false);
    }
    const data = [...bare].filter((specifier) => specifier.endsWith('.json'));
    expect(data).toEqual([]);
    // HTML's parser is loaded when the first HTML file is blanked (text/markup.ts), not with the module.
    expect(bare.has('htmlparser2')).toBe(false);
    expect(bare.has('entities')).toBe(false);
    expect([...files].filter((file) => file.endsWith('.json')).map((file) => file.slice(src('').length))).toEqual(['segment/furniture-rules.json']);
  });

  it('is part of the library: the same functions and classes as @dossier/corpus exports', () => {
    const names = Object.keys(query);
    expect(names.length).toBeGreaterThan(50);
    for (const name of names) expect((library as Record<string, unknown>)[name], name).toBe((query as Record<string, unknown>)[name]);
    expect(query.ANALYSIS_VERSION).toBe(library.ANALYSIS_VERSION);
    expect('analyzeFile' in query).toBe(false);
    expect('buildCorpusIndex' in query).toBe(false);
  });

  it('the phrases entry point (@dossier/corpus/phrases) loads the note phrase finder, no extraction and no word list', () => {
    const { files, bare } = staticImportGraph(src('phrases.ts'));
    expect(files.has(src('notes/notePhrases.ts'))).toBe(true);
    for (const extraction of ['analysis/fileAnalysis.ts', 'entities/gazetteer.ts', 'entities/articleMentions.ts', 'entities/nameRuns.ts', 'corpusIndex/buildIndex.ts']) {
      expect(files.has(src(extraction)), extraction).toBe(false);
    }
    // The dictionary, the given names and the census's surnames are read when first asked for
    // (entities/listData.ts): a hover during a cold index on "Keir Starmer" leaves none in the server.
    expect([...bare].filter((specifier) => specifier.endsWith('.json'))).toEqual([]);
    expect([...files].filter((file) => file.endsWith('.json'))).toEqual([]);
    expect(phrases.capitalisedPhraseAt).toBe(library.capitalisedPhraseAt);
    const text = 'Talks with Prime Minister Keir Starmer ended.';
    expect(phrases.capitalisedPhraseAt(text, text.indexOf('Keir') + 1)).toEqual({ start: text.indexOf('Prime'), end: text.indexOf(' ended'), text: 'Prime Minister Keir Starmer' });
    // A lone dictionary word is still no candidate ("Watch", "Friday"); a lone name is.
    expect(phrases.capitalisedPhraseAt('Watch this.', 1)).toBeNull();
    expect(phrases.capitalisedPhraseAt('Starmer said so.', 1)).toEqual({ start: 0, end: 7, text: 'Starmer' });
  });

  it('the import graph follows what loads a module, not what only names its types', () => {
    expect(staticSpecifiers(`import type { A } from './a.js';\nimport { type B } from './b.js';\nexport type { C } from './c.js';\nexport { D } from './d.js';\nexport const e = 1;\nimport {\n  F,\n  type G,\n} from 'f';\nconst h = await import('./h.js');\nimport './i.js';`)).toEqual(['./b.js', './d.js', 'f', './i.js']);
  });
});
