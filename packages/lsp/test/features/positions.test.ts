import { describe, expect, it } from 'vitest';
import { note, positionOf, serviceFor } from '../helpers/memoryCorpus.js';

const corpus = {
  'tsmc.txt':
    'The government would assist Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) in investing overseas, the Presidential Office said yesterday. TSMC would invest another US$100 billion in new plants.\n',
};

describe('positions are LSP positions: zero-based lines, UTF-16 code units', () => {
  it('after emoji (two code units each) the range of a name is exact', async () => {
    const doc = note('🚢🚢 TSMC ships chips.\n');
    const { service } = serviceFor(corpus, [doc]);
    const hover = await service.hover.provideHover(doc, positionOf(doc, 'TSMC', 2));
    expect(hover!.range).toEqual({ start: { line: 0, character: 5 }, end: { line: 0, character: 9 } });
  });

  it('finds a CJK alias inside CJK text and hovers it', async () => {
    const doc = note('## 筆記\n台積電的投資計畫\n');
    const { service } = serviceFor(corpus, [doc]);
    const hover = await service.hover.provideHover(doc, { line: 1, character: 1 });
    expect(hover!.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
    expect((hover!.contents as { value: string }).value).toContain('**Taiwan Semiconductor Manufacturing Co** · _organization_');
  });

  it('counts lines across CRLF endings', async () => {
    const doc = note('# Chips\r\n\r\nNote on TSMC and 台積電.\r\n');
    const { service } = serviceFor(corpus, [doc]);
    const highlights = await service.documentHighlight.provideDocumentHighlights(doc, { line: 2, character: 9 });
    expect(highlights!.map((h) => h.range)).toEqual([
      { start: { line: 2, character: 8 }, end: { line: 2, character: 12 } },
      { start: { line: 2, character: 17 }, end: { line: 2, character: 20 } },
    ]);
  });

  it('definition lands on the UTF-16 range of the words in the article, past a CJK alias', async () => {
    const doc = note('TSMC again.\n');
    const { service, texts } = serviceFor(corpus, [doc]);
    const [link] = (await service.definition.provideDefinition(doc, { line: 0, character: 1 }))!;
    const text = texts.get('/corpus/tsmc.txt')!;
    const { start, end } = link!.targetSelectionRange;
    expect(start.line).toBe(0);
    expect(text.slice(start.character, end.character)).toBe('Taiwan Semiconductor Manufacturing Co');
  });
});
