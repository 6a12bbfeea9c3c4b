import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { entityCard, quotedSpan } from '../../src/cards/entityCard.js';
import type { CorpusIndex, IndexedFile } from '../../src/corpusIndex/corpusIndex.js';
import { deserializeIndex, serializeIndex } from '../../src/corpusIndex/snapshot.js';
import { MARK_SPACING } from '../../src/files/byteMarks.js';
import { diskBytes, type FileBytes } from '../../src/files/spanReader.js';
import { FileTextCache, readAnalysisFile, readAnalysisText } from '../../src/files/textCache.js';
import { indexCorpus } from '../../src/indexCorpus.js';
import { SEED_000, SEED_003, seedText, textAt } from '../helpers/corpusText.js';

const MAX = 64 * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'dossier-span-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// CJK and an emoji (a surrogate pair) before the names on their lines, CRLF line breaks, a BOM.
const WIDE = '東京の記者 🚢 reported: ';
const FILES: Record<string, string> = {
  'crlf.txt': '\uFEFF' + seedText(SEED_000).split('\n').map((line) => WIDE + line).join('\r\n'),
  'notes.md': `# ${WIDE}**Kim Jong Un** and [Putin](https://example.com/p)\n\n` + seedText(SEED_003).replace(/Kim Yo Jong/g, '**Kim Yo Jong**'),
  'page.html': `<html><head><title>x</title></head><body>\n${seedText(SEED_000)
    .split('\n')
    .map((line) => `<p>${WIDE}${escapeHtml(line).replace(/Putin/g, '<b>Putin</b>').replace(/Korea/, 'Kor&eacute;a')}</p>`)
    .join('\n')}\n</body></html>\n`,
  // "<b>" on one line closed after the next line's first name: blanking from that line's start
  // sees a "</b>" that closes nothing, so this file keeps no marks and is read whole.
  'stray.html': `<p>Kremlin statement <b>\nKim Jong Un</b> spoke with Vladimir Putin on Tuesday, the Kremlin said.</p>\n`,
};

let index: CorpusIndex;
let loaded: CorpusIndex;

beforeAll(async () => {
  mkdirSync(join(dir, 'corpus'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, 'corpus', name), text);
  index = await indexCorpus([join(dir, 'corpus')], { baseDir: dir });
  loaded = deserializeIndex(serializeIndex(index, null, (path) => readAnalysisFile(path, MAX))).index;
});

const fileNamed = (i: CorpusIndex, name: string) => i.files.find((f) => f.path.endsWith(name))!;
const sentenceOf = (file: IndexedFile, s: number) => ({ start: file.sentences[s * 2]!, end: file.sentences[s * 2 + 1]! });

/** Every mention's quoted sentence, read alone through a fresh cache and sliced from the whole analysed text. */
function quotedBothWays(i: CorpusIndex, name: string): { alone: (string | null)[]; whole: string[] } {
  const file = fileNamed(i, name);
  const whole = readAnalysisText(file.path, MAX)!;
  const rows = i.entities.flatMap((e) => Array.from(e.mentions)).filter((row) => i.files[i.table.file[row]!] === file && i.table.sentence[row]! >= 0);
  const spans = rows.map((row) => ({ span: quotedSpan(i, row), sentence: sentenceOf(file, i.table.sentence[row]!) }));
  return {
    alone: spans.map(({ span, sentence }) => new FileTextCache().span(file, span, sentence)),
    whole: spans.map(({ span }) => whole.slice(span.start, span.end)),
  };
}

describe('a sentence read alone through its file\'s byte marks (issue 15: a first card reads what it quotes)', () => {
  it('is the sentence indexing read, in text with CRLF, CJK and emoji, Markdown and HTML', () => {
    for (const name of ['crlf.txt', 'notes.md', 'page.html']) {
      expect(fileNamed(loaded, name).byteMarks, name).toBeTruthy();
      const { alone, whole } = quotedBothWays(loaded, name);
      expect(alone.length, name).toBeGreaterThan(10);
      expect(alone, name).toEqual(whole);
    }
    // Tags and entities blanked as in the whole file: "<b>Putin</b>" quoted as "   Putin    ", "Kor&eacute;a" as "Koré       a".
    const html = quotedBothWays(loaded, 'page.html').alone.join(' ');
    expect(html).not.toContain('<');
    expect(html).toContain('North Koré       a');
  });

  it('reads a span cut inside an emoji, or across a mark, as the whole text slices it', () => {
    // Only a span's own bytes are decoded; a bound inside a surrogate pair is half the emoji, as in the whole text.
    const file = fileNamed(loaded, 'crlf.txt');
    const whole = readAnalysisText(file.path, MAX)!;
    expect(whole.length).toBeGreaterThan(MARK_SPACING + 100);
    const emoji = whole.indexOf('🚢', MARK_SPACING - 200);
    const spans = [[emoji + 1, emoji + 40], [emoji - 5, emoji + 1], [emoji, emoji + 2], [MARK_SPACING - 20, MARK_SPACING + 20], [MARK_SPACING + 1, whole.length]] as const;
    for (const [start, end] of spans) expect(new FileTextCache().span(file, { start, end }, { start, end })).toBe(whole.slice(start, end));
    expect(new FileTextCache().span(file, { start: emoji + 1, end: emoji + 3 }, { start: emoji, end: emoji + 3 })).toBe('\uDEA2 ');
    // A sentence of a plain text file decodes its own bytes, not the 4,096 characters of its piece.
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    let decoded: (number | undefined)[];
    try {
      expect(new FileTextCache().span(file, { start: emoji + 2, end: emoji + 42 }, { start: emoji + 2, end: emoji + 42 })).toBe(whole.slice(emoji + 2, emoji + 42));
      decoded = decode.mock.calls.map(([input]) => input?.byteLength);
    } finally {
      decode.mockRestore();
    }
    expect(decoded).toEqual([Buffer.byteLength(whole.slice(emoji + 2, emoji + 42))]);
  });

  it('makes the same cards as the whole texts, with LSP positions (UTF-16) after an emoji on a CRLF line', () => {
    const textOf = (path: string) => readAnalysisText(path, MAX);
    const cache = new FileTextCache();
    const spanOf = cache.span.bind(cache);
    for (const entity of index.entities) {
      const other = loaded.entities[entity.index]!;
      for (const options of [{}, { snippets: 6 }]) {
        expect(JSON.stringify(entityCard(loaded, other, { ...options, textOf: () => null, spanOf }))).toEqual(JSON.stringify(entityCard(index, entity, { ...options, textOf })));
      }
    }
    const kim = loaded.entities.find((e) => e.name === 'Kim Jong Un')!;
    const inCrlf = loaded.mentionsOf(kim).find((m) => m.file.endsWith('crlf.txt'))!;
    // The character counts the ship as two UTF-16 units: the name is where an editor shows it.
    expect(textAt(FILES['crlf.txt']!.slice(1), inCrlf.range)).toBe(inCrlf.text);
  });

  it('keeps no marks for an HTML file whose sentence would blank otherwise alone, which is read whole', () => {
    expect(fileNamed(loaded, 'stray.html').byteMarks).toBeUndefined();
    const { alone, whole } = quotedBothWays(loaded, 'stray.html');
    expect(alone).toEqual(whole);
  });
});

describe('a card of an entity in a large file', () => {
  it('reads the bytes of the sentences it quotes, not the file', async () => {
    // 150 articles in one export, the names of the seeds in each.
    const big = join(dir, 'big');
    mkdirSync(big);
    const article = seedText(SEED_003);
    writeFileSync(join(big, 'export.txt'), Array.from({ length: 150 }, (_, i) => `Dispatch ${i}\n${article}`).join('\n\n\n'));
    const bigIndex = deserializeIndex(serializeIndex(await indexCorpus([big], { baseDir: dir }), null, (path) => readAnalysisFile(path, MAX))).index;
    const file = bigIndex.files[0]!;
    expect(file.size).toBeGreaterThan(150 * article.length);
    let read = 0;
    const counting: FileBytes = { stat: diskBytes.stat, read: (path, position, length) => ((read += length), diskBytes.read(path, position, length)) };
    const cache = new FileTextCache(undefined, undefined, counting);
    const entity = bigIndex.entities.reduce((a, b) => (b.articles.length > a.articles.length ? b : a));
    // The card of a note's article (its sentences are not the ones the snapshot keeps ready).
    const options = { article: entity.articles[entity.articles.length >> 1]!, snippets: 3 };
    const card = entityCard(bigIndex, entity, { ...options, textOf: () => null, spanOf: cache.span.bind(cache) });
    expect(card).toEqual(entityCard(bigIndex, entity, { ...options, textOf: (path) => readAnalysisText(path, MAX) }));
    expect(card.snippets.length).toBe(2);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThanOrEqual(3 * 2 * 3 * MARK_SPACING);
    expect(read * 5).toBeLessThan(file.size);
  });

  it('gives a reason, never another text, when the file changed since it was indexed', () => {
    const file = fileNamed(loaded, 'crlf.txt');
    const row = loaded.entities.flatMap((e) => Array.from(e.mentions)).find((r) => loaded.files[loaded.table.file[r]!] === file && loaded.table.sentence[r]! >= 0)!;
    const cache = new FileTextCache();
    const sentence = sentenceOf(file, loaded.table.sentence[row]!);
    expect(cache.span(file, quotedSpan(loaded, row), sentence)).not.toBeNull();
    appendFileSync(file.path, '\r\nA line added since.');
    expect(new FileTextCache().span(file, quotedSpan(loaded, row), sentence)).toBeNull();
    const fresh = new FileTextCache();
    fresh.span(file, quotedSpan(loaded, row), sentence);
    expect(fresh.lastSpanMiss).toBe('the file changed since it was indexed');
  });

  it('gives the reason for a file without marks too, rather than slicing its new text at the old offsets', () => {
    const file = fileNamed(loaded, 'stray.html');
    const row = loaded.entities.flatMap((e) => Array.from(e.mentions)).find((r) => loaded.files[loaded.table.file[r]!] === file && loaded.table.sentence[r]! >= 0)!;
    const sentence = sentenceOf(file, loaded.table.sentence[row]!);
    expect(new FileTextCache().span(file, quotedSpan(loaded, row), sentence)).toContain('Kim Jong Un');
    // The same length, other words: only the modification time tells.
    writeFileSync(file.path, FILES['stray.html']!.replace('Kim Jong Un', 'Han Sung Ch'));
    const fresh = new FileTextCache();
    expect(fresh.span(file, quotedSpan(loaded, row), sentence)).toBeNull();
    expect(fresh.lastSpanMiss).toBe('the file changed since it was indexed');
  });
});
