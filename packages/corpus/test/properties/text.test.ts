import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBytes } from '../../src/files/readCorpusFile.js';
import { decodeFileBytes } from '../../src/text/decode.js';
import { LineIndex } from '../../src/text/lineIndex.js';
import { analysisText } from '../../src/text/markup.js';
import { tokenize } from '../../src/text/tokenize.js';
import { anyText, articleText, fuzzParams, noteText, positionIn } from './fuzz.js';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth.js';

const isBreak = (c: number) => c === 10 || c === 13;

describe('LineIndex (property)', () => {
  const texts = fc.oneof(articleText(80), anyText, fc.array(fc.constantFrom('a', '😀', '\r', '\n', '\r\n', '台', ' '), { maxLength: 40 }).map((a) => a.join('')));

  it('maps every offset to the position an independent count gives, and back (except inside a \\r\\n)', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const lines = LineIndex.of(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const position = lines.positionAt(offset);
          expect(position).toEqual(positionIn(text, offset));
          const insideCrLf = text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
          expect(lines.offsetAt(position)).toBe(insideCrLf ? offset - 1 : offset);
        }
      }),
      fuzzParams(150),
    );
  });

  it('clamps any position, however far off, into the text and onto its line, and is stable', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 300 }), (text, line, character) => {
        const lines = LineIndex.of(text);
        const offset = lines.offsetAt({ line, character });
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(text.length);
        // Never inside a line break: the offset is on the line asked (or the nearest one).
        expect(text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10).toBe(false);
        const position = lines.positionAt(offset);
        if (line >= 0 && line < lines.lineCount) expect(position.line).toBe(line);
        expect(lines.offsetAt(position)).toBe(offset);
        const { start, end } = lines.spanOf(lines.rangeOf({ start: offset, end: offset }));
        expect([start, end]).toEqual([offset, offset]);
      }),
      fuzzParams(500),
    );
  });

  it('counts lines as an LSP client does: \\n, \\r\\n and a lone \\r end a line; nothing else does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const expected = text.split(/\r\n|\r|\n/).length;
        expect(LineIndex.of(text).lineCount).toBe(expected);
      }),
      fuzzParams(300),
    );
  });
});

describe('decoding (property)', () => {
  it('never throws on any bytes, and a text result holds no NUL and no byte-order mark at its start', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const decoded = decodeFileBytes(bytes);
        if (decoded.kind === 'text') {
          expect(decoded.text).not.toContain('\u0000');
          expect(decoded.text.startsWith('\uFEFF')).toBe(false);
        } else expect(decoded.reason).toMatch(/binary content/);
      }),
      fuzzParams(500),
    );
  });

  it('gives back any well-formed text exactly (a leading BOM dropped, NULs as spaces, no warning otherwise)', () => {
    const wellFormed = fc.string({ unit: 'grapheme', maxLength: 120 }).map((s) => s.replace(/[\u0000-\u0008\u000e-\u001f]/g, ''));
    fc.assert(
      fc.property(wellFormed, fc.boolean(), (text, bom) => {
        const bytes = new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
        const decoded = decodeFileBytes(bytes);
        expect(decoded).toEqual({ kind: 'text', text: text.replace(/^\uFEFF/, ''), warnings: [] });
      }),
      fuzzParams(400),
    );
  });

  it('counts each invalid sequence in its warning, and keeps positions as an editor shows them (one U+FFFD each)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 8 }).map((s) => ({ text: s.replace(/[\u0000-\u001f\uFFFD]/g, '') })), fc.constant({ byte: 0xff })), { maxLength: 30 }), (parts) => {
        const chunks = parts.map((p) => ('byte' in p ? Uint8Array.of(p.byte) : new TextEncoder().encode(p.text)));
        const bytes = Uint8Array.from(chunks.flatMap((c) => [...c]));
        const expected = parts.map((p) => ('byte' in p ? '\uFFFD' : p.text)).join('').replace(/^\uFEFF/, '');
        const invalid = parts.filter((p) => 'byte' in p).length;
        const decoded = decodeFileBytes(bytes);
        expect(decoded.kind).toBe('text');
        if (decoded.kind !== 'text') return;
        expect(decoded.text).toBe(expected);
        expect(decoded.warnings).toEqual(invalid ? [`invalid UTF-8: ${invalid} sequence(s) replaced with U+FFFD`] : []);
      }),
      fuzzParams(400),
    );
  });
});

describe('markup blanking (property)', () => {
  const html = fc
    .array(
      fc.oneof(
        articleText(6),
        fc.constantFrom('<p>', '</p>', '<br>', '<br/>', '<div class="x">', '</div>', '<script>', '</script>', '<style>a{}</style>', '<!-- c -->', '&amp;', '&#128512;', '&#13;', '&nbsp;', '&bogus;', '<', '>', '<![CDATA[x]]>', '<?xml?>', '<a href="javascript:x">', '</a>', '<svg><text>x</text></svg>', '<img src=x onerror=alert(1)>'),
      ),
      { maxLength: 40 },
    )
    .map((p) => p.join(''));

  for (const [format, text] of [
    ['markdown', noteText()],
    ['html', html],
    ['text', articleText()],
  ] as const) {
    it(`keeps the length and every line break of ${format} text, so that offsets and lines mean the same`, () => {
      fc.assert(
        fc.property(text, (source) => {
          const analysed = analysisText(source, format);
          expect(analysed.length).toBe(source.length);
          for (let i = 0; i < source.length; i++) {
            if (isBreak(source.charCodeAt(i))) expect(analysed.charCodeAt(i), `break at ${i}`).toBe(source.charCodeAt(i));
          }
          const file = fromBytes('f', format, new TextEncoder().encode(source));
          if (file.kind === 'read') expect(file.file.analysisText.length).toBe(file.file.text.length);
        }),
        fuzzParams(300),
      );
    });
  }

  it('blanks long lines of brackets, links and emphasis in linear time', () => {
    // 400,000 then 3,200,000 characters of each: the time grows eight-fold, not 64-fold (helpers/growth.ts).
    for (const unit of ['[', '[a](', '![a](', '*a ', '](('] ) {
      const line = (scale: number) => unit.repeat(Math.floor((400_000 * scale) / unit.length));
      const ratio = growthRatio(line, (text) => expect(analysisText(text, 'markdown').length).toBe(text.length));
      expect(ratio, unit).toBeLessThan(LINEAR_BOUND());
    }
  });
});

describe('tokenize (property)', () => {
  it('gives increasing, non-empty, non-overlapping tokens inside the range asked, never splitting a surrogate pair', () => {
    fc.assert(
      fc.property(articleText(), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        const tokens = tokenize(text, start, end);
        let previousEnd = start;
        for (let i = 0; i < tokens.count; i++) {
          const s = tokens.starts[i]!;
          const e = tokens.ends[i]!;
          expect(s).toBeGreaterThanOrEqual(previousEnd);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(end);
          // A token never starts on the low half of a pair, nor ends between the halves.
          const pairAt = (k: number) => /[\ud800-\udbff]/.test(text[k - 1] ?? '') && /[\udc00-\udfff]/.test(text[k] ?? '');
          if (s > start) expect(pairAt(s), `token ${i} starts inside a pair`).toBe(false);
          if (e < end) expect(pairAt(e), `token ${i} ends inside a pair`).toBe(false);
          previousEnd = e;
        }
      }),
      fuzzParams(400),
    );
  });

  it('does not swallow the character after a lone high surrogate', () => {
    fc.assert(
      fc.property(fc.constantFrom('K', 'Kim', '台', '7', ' '), (after) => {
        const text = `\ud800${after}`;
        const tokens = tokenize(text);
        const pieces = Array.from({ length: tokens.count }, (_, i) => text.slice(tokens.starts[i], tokens.ends[i]));
        expect(pieces).toContain('\ud800');
      }),
      fuzzParams(20),
    );
  });
});
