import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticles } from '../../src/segment/articles.js';
import { segmentText } from '../../src/segment/segmenter.js';
import type { Span } from '../../src/text/positions.js';
import { fromBytes } from '../../src/files/readCorpusFile.js';
import { textAt } from '../helpers/corpusText.js';
import { articleText, fuzzParams } from './fuzz.js';

const CAPTURED = new Date('2025-08-14T12:00:00Z');

function inside(text: string, span: Span) {
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeGreaterThanOrEqual(span.start);
  expect(span.end).toBeLessThanOrEqual(text.length);
}

describe('segmenter (property)', () => {
  it('never throws; every span is inside the text and every field is the text of its span', () => {
    fc.assert(
      fc.property(articleText(), fc.boolean(), (text, captured) => {
        const { articles, dropped } = segmentText(text, { capturedAt: captured ? CAPTURED : null });
        let previousEnd = 0;
        articles.forEach((article, ordinal) => {
          expect(article.ordinal).toBe(ordinal);
          inside(text, article.span);
          // Articles come in reading order and do not overlap.
          expect(article.span.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = article.span.end;
          for (const field of [article.title, article.source, article.byline, article.dateline, article.kicker]) {
            if (!field) continue;
            inside(text, field.span);
            expect(text.slice(field.span.start, field.span.end)).toBe(field.text);
          }
          if (article.published) inside(text, article.published.span);
          let paragraphEnd = article.span.start;
          for (const p of article.paragraphs) {
            inside(text, p);
            expect(p.end).toBeGreaterThan(p.start);
            expect(p.start).toBeGreaterThanOrEqual(paragraphEnd);
            expect(p.end).toBeLessThanOrEqual(article.span.end);
            // Paragraphs are trimmed of the blanks and line breaks the segmenter knows.
            const paragraph = text.slice(p.start, p.end);
            expect(paragraph).toBe(paragraph.replace(/^[ \t\f\v\r\n\u00a0\u3000\ufeff\u2000-\u200b]+|[ \t\f\v\r\n\u00a0\u3000\ufeff\u2000-\u200b]+$/gu, ''));
            paragraphEnd = p.end;
          }
          for (const c of article.captions) {
            inside(text, c.span);
            for (const part of [c.textSpan, c.creditSpan]) {
              if (!part) continue;
              inside(text, part);
              expect(part.start).toBeGreaterThanOrEqual(c.span.start);
              expect(part.end).toBeLessThanOrEqual(c.span.end);
            }
          }
        });
        for (const d of dropped) {
          inside(text, d.span);
          expect(d.ruleId).toBeTruthy();
          expect(d.reason).toBeTruthy();
        }
      }),
      fuzzParams(400),
    );
  });

  it('gives LSP ranges whose text is the article fields, across CRLF, lone CR and astral characters', () => {
    fc.assert(
      fc.property(articleText(), (text) => {
        const outcome = fromBytes('f.txt', 'text', new TextEncoder().encode(text));
        if (outcome.kind !== 'read') return; // binary-looking noise is refused, as it should be
        const file = outcome.file;
        const parsed = parseArticles(file, { capturedAt: CAPTURED });
        for (const a of parsed.articles) {
          if (a.title && a.titleRange) expect(textAt(file.text, a.titleRange)).toBe(a.title);
          for (const p of a.paragraphs) {
            const paragraph = textAt(file.text, p.range);
            expect(paragraph.length).toBeGreaterThan(0);
            for (const s of p.sentences) expect(paragraph).toContain(textAt(file.text, s));
          }
          for (const c of a.captions) if (c.text) expect(textAt(file.text, c.range)).toContain(c.text);
        }
      }),
      fuzzParams(300),
    );
  });
});
