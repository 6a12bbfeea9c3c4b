import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analysis/fileAnalysis.js';
import { entityCard } from '../../src/cards/entityCard.js';
import { fromBytes, type CorpusFileText } from '../../src/files/readCorpusFile.js';
import { buildCorpusIndex } from '../../src/corpusIndex/buildIndex.js';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import type { Position, Range } from '../../src/text/positions.js';
import type { FileFormat } from '../../src/text/markup.js';
import { textAt } from '../helpers/corpusText.js';
import { anyText, articleText, EXOTIC, fuzzParams, plainText, rangeIn } from './fuzz.js';

const CAPTURED = new Date('2025-08-14T12:00:00Z');
const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

function read(text: string, path: string, format: FileFormat): CorpusFileText | null {
  const outcome = fromBytes(path, format, new TextEncoder().encode(text));
  return outcome.kind === 'read' ? outcome.file : null;
}

function indexOf(files: CorpusFileText[]): CorpusIndex {
  return buildCorpusIndex(files.map((f) => ({ analysis: analyzeFile(f, { capturedAt: CAPTURED }), displayPath: f.path })));
}

/** Every mention of every entity: its range holds its text, inside its file and inside its sentence. */
function checkIndex(index: CorpusIndex, files: CorpusFileText[]) {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const articleIds = new Set(index.articles.map((a) => a.id));
  for (const entity of index.entities) {
    expect(index.entity(entity.id)).toBe(entity);
    // (That every entity keeps a mention is the test below, on the input that once broke it.)
    for (const mention of index.mentionsOf(entity)) {
      const file = byPath.get(mention.path)!;
      const lines = index.files.find((f) => f.path === mention.path)!.lines;
      expect(mention.entityId).toBe(entity.id);
      expect(articleIds.has(mention.articleId)).toBe(true);
      expect(mention.text.length).toBeGreaterThan(0);
      for (const p of [mention.range.start, mention.range.end]) {
        expect(p.line).toBeGreaterThanOrEqual(0);
        expect(p.line).toBeLessThan(lines.lineCount);
        expect(p.character).toBeGreaterThanOrEqual(0);
        expect(lines.lineStarts[p.line]! + p.character).toBeLessThanOrEqual(lines.lineEnd(p.line));
      }
      // Positions are into the file as an editor shows it (its lines); markup was blanked, never moved,
      // so the same offsets in the analysed text hold the surface (HTML block tags become breaks there).
      const start = offsetIn(file.text, mention.range.start);
      const end = offsetIn(file.text, mention.range.end);
      expect(file.analysisText.slice(start, end)).toBe(mention.text);
      if (file.format === 'text') expect(textAt(file.text, mention.range)).toBe(mention.text);
      if (mention.sentenceRange) expect(contains(mention.sentenceRange, mention.range), `${mention.text} in its sentence`).toBe(true);
    }
    const card = entityCard(index, entity, { textOf: (p) => byPath.get(p)?.analysisText ?? null, snippets: 10 });
    for (const s of [...(card.best ? [card.best] : []), ...card.snippets]) {
      for (const h of s.highlights) {
        expect(h.start).toBeGreaterThanOrEqual(0);
        expect(h.end).toBeLessThanOrEqual(s.text.length);
        expect(h.end).toBeGreaterThan(h.start);
      }
    }
  }
}

/** Offset of a position, from the text's own line breaks (independent of LineIndex). */
function offsetIn(text: string, p: Position): number {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts[p.line]! + p.character;
}

describe('extractor and index (property)', () => {
  it('never throws, and every mention range holds its surface text inside its sentence (plain text)', () => {
    fc.assert(
      fc.property(fc.array(articleText(), { minLength: 1, maxLength: 3 }), (texts) => {
        const files = texts.map((t, i) => read(t, `/c/${i}.txt`, 'text')).filter((f): f is CorpusFileText => f !== null);
        checkIndex(indexOf(files), files);
      }),
      fuzzParams(150),
    );
  });

  it('keeps exact positions in Markdown and HTML files, where markup is blanked', () => {
    const markup = fc.array(
      fc.oneof(plainText(8), fc.constantFrom('[Reuters](https://r.com) ', '![x](y.png)', '**', '# ', '\n- ', '<p>', '</p>', '&amp;', '<br>', '<script>Kim Yo Jong</script>', '&#128512;')),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(markup, fc.constantFrom<FileFormat>('markdown', 'html'), (parts, format) => {
        const file = read(parts.join(''), format === 'html' ? '/c/a.html' : '/c/a.md', format);
        if (file) checkIndex(indexOf([file]), [file]);
      }),
      fuzzParams(150),
    );
  });

  it('finds a known name after any emoji, CJK, combining marks, RTL text or broken surrogates, at its exact UTF-16 range', () => {
    const noise = fc.array(fc.oneof(fc.constantFrom(...EXOTIC), fc.constantFrom(' ', '🚢', '台積電', 'é')), { maxLength: 12 }).map((p) => p.join('').replace(/[\r\n\u0000\u001b\u0007]/g, ''));
    fc.assert(
      fc.property(plainText(40), noise, fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom('Vladimir Putin', 'Kim Jong Un', 'Volodymyr Zelenskyy'), (prefix, lead, eol, name) => {
        // The name is mid-sentence on a paragraph of its own, after the noise on the same line.
        const head = `${prefix}${eol}${eol}${lead} On Tuesday, `;
        const text = `${head}${name} met officials in Vladivostok.${eol}`;
        const file = read(text, '/c/n.txt', 'text');
        if (!file) return;
        const index = indexOf([file]);
        const at = head.length;
        const expected = rangeIn(file.text, at - (text.length - file.text.length), at - (text.length - file.text.length) + name.length);
        const mentions = index.entities.flatMap((e) => index.mentionsOf(e)).filter((m) => m.text === name);
        expect(mentions.map((m) => m.range)).toContainEqual(expected);
      }),
      fuzzParams(200),
    );
  });

  it('answers lookups, searches and spelling checks of any string without throwing', () => {
    const files = ['Kim Jong Un met Vladimir Putin in Moscow. Kim toured the site.', 'Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) said Volodymyr Zelenskyy would visit.']
      .map((t, i) => read(t, `/c/${i}.txt`, 'text')!);
    const index = indexOf(files);
    fc.assert(
      fc.property(fc.oneof(anyText, articleText(20)), (query) => {
        for (const c of index.lookup(query)) expect(c.score).toBeGreaterThan(0);
        expect(index.search(query, 10).length).toBeLessThanOrEqual(10);
        index.spellingVariant(query);
      }),
      fuzzParams(400),
    );
  });
});

// Found by `npm run fuzz` (seed 316220715), since fixed in the merge: an entity could end up with
// no mention at all. Here the gazetteer's "Reuters" was listed with 0 mentions (as "Taiwan" was in
// another case), and showed in completion and entity lists as "0 mentions in 0 articles".
it('never lists an entity without a mention', () => {
  const text = '[Reuters](https://r.com) **\n- Volodymyr ZelenskyyJean-Luc PicardsaidForeignTSMC[Reuters](https://r.com) ';
  const file = read(text, '/c/a.md', 'markdown')!;
  const index = indexOf([file]);
  expect(index.entities.filter((e) => e.mentions.length === 0).map((e) => e.name)).toEqual([]);
});
