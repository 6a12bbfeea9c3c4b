import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { NAMES_PER_TURN } from '@dossier/corpus/query';
import { SPELLING_SLICE } from '../../src/features/diagnostics.js';
import { createLanguageService } from '../../src/languageService.js';
import { memoryAccess, memoryCorpus, note, serviceFor } from '../helpers/memoryCorpus.js';
import { memoryCorrections, silentLog } from '../helpers/memoryCorrections.js';
import { MARKDOWN_CLIENT } from '../../src/clientAccess.js';

const corpus = {
  'ukraine.txt':
    "Ukrainian President Volodymyr Zelenskyy told the group that Putin 'is bluffing' ahead of the planned summit. Zelenskyy said Putin is trying to apply pressure on all sectors of the Ukrainian front.\n",
};

describe('diagnostics', () => {
  it('flags a spelling variant of a corpus name, with a quick fix to the corpus spelling', async () => {
    const doc = note('# Notes\nZelensky says Putin bluffs.\n');
    const { service } = serviceFor(corpus, [doc]);
    const diagnostics = await service.diagnostics.provideDiagnostics(doc);
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d!.severity).toBe(DiagnosticSeverity.Information);
    expect(d!.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 8 } });
    expect(d!.message).toBe('"Zelensky" is spelled "Zelenskyy" in the corpus (Volodymyr Zelenskyy, person)');
    const [fix] = await service.codeActions.provideCodeActions({ textDocument: { uri: doc.uri }, range: d!.range, context: { diagnostics: [d!] } });
    expect(fix!.title).toBe('Change to "Zelenskyy" (corpus spelling)');
    expect(fix!.edit!.changes![doc.uri]).toEqual([{ range: d!.range, newText: 'Zelenskyy' }]);
  });

  it('checks a long note for spellings a slice at a time, the resolution apart, and finds the same names', async () => {
    // Filler lines then "Zelensky" four times: twice in the first slice, once across the boundary
    // of the first two slices, once in the third. Each slice waits for its turn (the server's lull):
    // one for the resolution, then one per SPELLING_SLICE characters.
    const line = 'The committee met again on Tuesday to review the budget.\n';
    const filler = (chars: number) => `${line.repeat(Math.ceil(chars / line.length)).slice(0, chars - 1)}\n`;
    const first = '# Notes\nZelensky arrived. Later Zelensky spoke.\n';
    const across = 'Zelensky';
    const head = first + filler(SPELLING_SLICE - first.length - 3);
    const text = `${head}${across} said.\n${filler(SPELLING_SLICE)}Zelensky left.\n`;
    const doc = note(text);
    const { index, texts } = memoryCorpus(corpus);
    let turns = 0;
    const service = createLanguageService(memoryAccess(index, texts), { all: async () => [doc] }, memoryCorrections(), silentLog, MARKDOWN_CLIENT, async () => void turns++);
    const flagged = (await service.diagnostics.provideDiagnostics(doc)).filter((d) => d.code === 'spelling-variant');
    expect(flagged.map((d) => [doc.offsetAt(d.range.start), doc.getText(d.range)])).toEqual(
      [8, first.lastIndexOf('Zelensky'), head.length, text.lastIndexOf('Zelensky')].map((at) => [at, 'Zelensky']),
    );
    expect([head.length < SPELLING_SLICE, head.length + across.length > SPELLING_SLICE, text.length > 2 * SPELLING_SLICE]).toEqual([true, true, true]);
    expect(turns).toBe(1 + Math.ceil(text.length / SPELLING_SLICE));
  });

  it('resolves a note of many names in turns before its spelling check, and finds the same names', async () => {
    // 2 x 200 names, then "Zelensky": the resolution takes a turn per NAMES_PER_TURN names, the
    // first with the check's first turn; then one turn per SPELLING_SLICE characters.
    const text = `# Notes\n${'Zelenskyy met Putin.\n'.repeat(200)}Zelensky left.\n`;
    const doc = note(text);
    const { index, texts } = memoryCorpus(corpus);
    let turns = 0;
    const service = createLanguageService(memoryAccess(index, texts), { all: async () => [doc] }, memoryCorrections(), silentLog, MARKDOWN_CLIENT, async () => void turns++);
    const flagged = (await service.diagnostics.provideDiagnostics(doc)).filter((d) => d.code === 'spelling-variant');
    expect(flagged.map((d) => [doc.offsetAt(d.range.start), doc.getText(d.range)])).toEqual([[text.lastIndexOf('Zelensky'), 'Zelensky']]);
    const names = 2 * 200 + 1;
    expect(turns).toBe(Math.ceil(names / NAMES_PER_TURN) + Math.ceil(text.length / SPELLING_SLICE));
  });

  it('warns about a quotation of eight words or more that no source contains', async () => {
    const doc = note('He said "the Kremlin will withdraw from every region before winter".\n');
    const { service } = serviceFor(corpus, [doc]);
    const diagnostics = await service.diagnostics.provideDiagnostics(doc);
    expect(diagnostics.map((d) => [d.message, d.severity, doc.getText(d.range)])).toEqual([
      ['quote not found in the corpus', DiagnosticSeverity.Warning, '"the Kremlin will withdraw from every region before winter"'],
    ]);
  });

  it('reads the corpus for a quotation through the scan reader, which keeps no text, when the corpus has one', async () => {
    const doc = note('He said "the Kremlin will withdraw from every region before winter".\n');
    const { index, texts } = memoryCorpus(corpus);
    const reads = { kept: 0, scanned: 0 };
    const access = { ...memoryAccess(index, texts), textOf: (path: string) => (reads.kept++, texts.get(path) ?? null), scanTextOf: (path: string) => (reads.scanned++, texts.get(path) ?? null) };
    const service = createLanguageService(access, { all: async () => [doc] }, memoryCorrections(), silentLog);
    const diagnostics = await service.diagnostics.provideDiagnostics(doc);
    expect(diagnostics.map((d) => [d.message, doc.getText(d.range)])).toEqual([['quote not found in the corpus', '"the Kremlin will withdraw from every region before winter"']]);
    // The corpus's one file, read by the search for the quotation and by the search for its closest passage.
    expect(reads).toEqual({ kept: 0, scanned: 2 });
  });

  it('links a quotation the corpus contains to its place, whatever the quotes and case, and does not warn', async () => {
    const doc = note('Zelenskyy: “Putin is trying to apply pressure on all sectors of the Ukrainian front”.\n');
    const { service } = serviceFor(corpus, [doc]);
    expect(await service.diagnostics.provideDiagnostics(doc)).toEqual([]);
    const links = await service.documentLinks.provideDocumentLinks(doc);
    expect(links).toHaveLength(1);
    const column = corpus['ukraine.txt'].indexOf('Putin is trying') + 1;
    expect(links[0]!.target).toBe(`file:///corpus/ukraine.txt#L1,${column}`);
    expect(doc.getText(links[0]!.range)).toBe('“Putin is trying to apply pressure on all sectors of the Ukrainian front”');
  });

  it('leaves short quotations alone and can be switched off', async () => {
    const doc = note('A "pipe dream" and "not found anywhere at all in this little corpus of ours".\n');
    const { service } = serviceFor(corpus, [doc], {
      corpus: { paths: [], exclude: [], maxFileBytes: 1 },
      hover: { snippets: 3 },
      diagnostics: { spellingVariants: true, quotes: false },
      codeLens: { enabled: true, maxNoteLines: 1000 },
      index: { database: '' },
    });
    expect(await service.diagnostics.provideDiagnostics(doc)).toEqual([]);
  });
});

describe('spelling variants as the setting describes them (issue 13, defect 9)', () => {
  const REPO = new URL('../../../../', import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('packages/vscode-ext/package.json', REPO), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { markdownDescription: string }> } };
  };
  const description = manifest.contributes.configuration.properties['dossier.diagnostics.spellingVariants']!.markdownDescription;
  /** "`Kim Jong-un` or `Kim Jong-Un` where they mostly write `Kim Jong Un`": each written form with the articles' form. */
  const examples = [...description.matchAll(/((?:`[^`]+`(?:,| or| and)? )+)where (?:the articles|they) (?:mostly )?write `([^`]+)`/g)].flatMap((m) =>
    [...m[1]!.matchAll(/`([^`]+)`/g)].map((w) => ({ written: w[1]!, corpusForm: m[2]! })),
  );
  const seeds = Object.fromEntries(
    ['000_a964fcedf6c508e9.txt', '003_5b77008bbbd4f7c5.txt'].map((name) => [name, readFileSync(new URL(`seeds/${name}`, REPO), 'utf8')]),
  );

  it('has examples to check', () => {
    expect(examples.map((e) => e.written)).toEqual(['Zelensky', 'Kim Jong-un', 'Kim Jong-Un']);
  });

  for (const { written, corpusForm } of examples) {
    it(`flags "${written}" in a note against the seeds' "${corpusForm}", with the quick fix`, async () => {
      const doc = note(`# Notes\nWe read that ${written} spoke on Monday.\n`);
      const { service } = serviceFor(seeds, [doc]);
      const diagnostics = await service.diagnostics.provideDiagnostics(doc);
      const flagged = diagnostics.filter((d) => d.code === 'spelling-variant');
      expect(flagged.map((d) => doc.getText(d.range))).toEqual([written]);
      expect((flagged[0]!.data as { corpusForm: string }).corpusForm).toBe(corpusForm);
    });
  }

  it('leaves the corpus\'s own main spelling alone', async () => {
    const doc = note('Kim Jong Un and Volodymyr Zelenskyy spoke.\n');
    const { service } = serviceFor(seeds, [doc]);
    expect((await service.diagnostics.provideDiagnostics(doc)).filter((d) => d.code === 'spelling-variant')).toEqual([]);
  });
});
