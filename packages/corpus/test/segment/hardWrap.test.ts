import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analysis/fileAnalysis.js';
import { buildCorpusIndex } from '../../src/corpusIndex/buildIndex.js';
import { parseArticles } from '../../src/segment/articles.js';
import type { FileFormat } from '../../src/text/markup.js';
import { corpusText, textAt } from '../helpers/corpusText.js';

// Wire copy hard-wrapped at 72 columns: a line break falls inside sentences and names.
const WIRE = [
  'Gilt yields climb as Starmer defends fiscal rules',
  '',
  "LONDON (Dossier Wire) - Britain's finance ministry spent Tuesday trying",
  'to calm investors after long-dated yields rose, and Prime Minister Keir',
  'Starmer said the fiscal rules set out in the budget were not up for',
  'negotiation. Traders said the sell-off had little to do with the Bank of',
  'England, while analysts at the Institute for Fiscal Studies said the',
  'headroom against the main rule was small enough that a modest rise in',
  'borrowing costs could wipe it out, a view shared by the Office for',
  'Budget Responsibility.',
  '',
].join('\n');

// The same kind of text with CRLF line ends, a headline of CJK characters and an emoji (two UTF-16
// code units) before the wrapped name.
const CRLF_WIRE = [
  '参議院選挙 🗳️ Ruling bloc loses its majority',
  '',
  "TOKYO (Dossier Wire) 🗳️ - Japan's ruling coalition lost its majority in",
  'the upper house (参議院) on Sunday, a fresh blow to Prime Minister Shigeru',
  'Ishiba, who told reporters he would stay on to finish trade talks with',
  'the United States. Turnout was higher than at the last election, and',
  'opposition parties said they would cooperate on a motion of no',
  'confidence when the Diet meets again in the autumn.',
  '',
].join('\r\n');

function indexOf(text: string, path: string, format: FileFormat = 'text') {
  return buildCorpusIndex([{ analysis: analyzeFile(corpusText(text, path, format)), displayPath: path }]);
}

function mentionsOfName(text: string, path: string, name: string, format: FileFormat = 'text') {
  const index = indexOf(text, path, format);
  const entity = index.entities.find((e) => e.name === name);
  expect(entity, `${name} among ${index.entities.map((e) => e.name).join(', ')}`).toBeDefined();
  return { entity: entity!, mentions: index.mentionsOf(entity!) };
}

describe('hard-wrapped plain text', () => {
  it('reads a name broken over two lines as one name, its range over both lines', () => {
    // "Prime Minister Keir\nStarmer": read a paragraph per line, this gave a "Keir" and a "Starmer".
    const { entity, mentions } = mentionsOfName(WIRE, 'wire.txt', 'Keir Starmer');
    expect(entity.type).toBe('person');
    // The headline's "Starmer" is matched on line 0; the body's name is the one on line 3.
    const range = mentions.find((m) => m.range.start.line === 3)!.range;
    expect(range.start).toEqual({ line: 3, character: 67 });
    expect(range.end).toEqual({ line: 4, character: 7 });
    expect(textAt(WIRE, range)).toBe('Keir\nStarmer');
  });

  it('reads a body\'s name broken after its "of" whole ("the Bank of\\nEngland")', () => {
    const index = indexOf(WIRE, 'wire.txt');
    const names = index.entities.map((e) => e.name);
    expect(names).toContain('Bank of England');
    expect(names).toContain('Office for Budget Responsibility');
    expect(names).not.toContain('Bank');
  });

  it('makes the wrapped lines one paragraph, ended by the blank line', () => {
    const article = parseArticles(corpusText(WIRE, 'wire.txt')).articles[0]!;
    expect(article.title).toBe('Gilt yields climb as Starmer defends fiscal rules');
    expect(article.paragraphs.map((p) => [p.range.start.line, p.range.end.line])).toEqual([[2, 9]]);
  });

  it('keeps offsets true with CRLF line ends, CJK characters and an emoji before the name', () => {
    const { entity, mentions } = mentionsOfName(CRLF_WIRE, 'tokyo.txt', 'Shigeru Ishiba');
    expect(entity.type).toBe('person');
    const range = mentions[0]!.range;
    expect(range.start).toEqual({ line: 3, character: 64 });
    expect(range.end).toEqual({ line: 4, character: 6 });
    expect(textAt(CRLF_WIRE, range)).toBe('Shigeru\r\nIshiba');
    expect(indexOf(CRLF_WIRE, 'tokyo.txt').entities.map((e) => e.name)).toContain('United States');
  });

  it('starts a paragraph at an indented line: wire copy indents a paragraph\'s first line', () => {
    const text = [
      '   BRUSSELS (Reuters) - The European Union will open talks with',
      'Ukraine and Moldova on joining the bloc as soon as Hungary lifts its',
      'veto, European Commission President Ursula von der Leyen said on',
      'Tuesday, after a meeting of the bloc\'s foreign ministers in Brussels.',
      '   Hungarian Prime Minister Viktor Orbán said his government would hold',
      'a consultative vote among its citizens before deciding anything on the',
      'matter, and that it would not be rushed by the other member states.',
      '',
    ].join('\n');
    const article = parseArticles(corpusText(text, 'brussels.txt')).articles[0]!;
    // The first line is a dateline's paragraph, not a headline; each indented line opens a paragraph.
    expect(article.title).toBeNull();
    expect(article.dateline).toBe('BRUSSELS (Reuters)');
    expect(article.paragraphs.map((p) => [p.range.start.line, p.range.end.line])).toEqual([
      [0, 3],
      [4, 6],
    ]);
  });

  it('keeps Markdown list items apart, and an item\'s wrapped lines together', () => {
    const text = [
      '# Quick hits',
      '',
      '- Nvidia chief executive Jensen Huang will give the opening keynote',
      '  at Computex in Taipei next week, the company said on Monday night.',
      '- Amazon Web Services named a new head for its computing business.',
      '- The Federal Trade Commission took its case against Meta Platforms',
      '  to trial in Washington, where Mark Zuckerberg is due to testify.',
      '',
    ].join('\n');
    const article = parseArticles(corpusText(text, 'hits.md', 'markdown')).articles[0]!;
    expect(article.paragraphs.map((p) => [p.range.start.line, p.range.end.line])).toEqual([
      [2, 3],
      [4, 4],
      [5, 6],
    ]);
  });

  it('leaves text written a paragraph per line alone', () => {
    // A short line that ends no sentence, then a long paragraph: a heading and its text, not a wrap.
    const long = 'The committee said on Tuesday that it would publish its findings in the spring, after hearing from witnesses in London, Cardiff and Edinburgh over the winter months.';
    const text = ['Findings due in spring from Westminster', long, 'Reaction from Holyrood', long, ''].join('\n');
    const article = parseArticles(corpusText(text, 'long.txt')).articles[0]!;
    expect(article.paragraphs.length).toBe(3);
  });

  it('leaves a list of short lines that end no sentence a paragraph per line', () => {
    const text = [
      'Samsung unveils new folding phones at an event in Seoul this week',
      'Apple Vision Pro goes on sale in China and Japan as demand cools',
      'Nintendo Switch sales pass the Wii as Nintendo readies a successor',
      'Microsoft Xbox chief Phil Spencer says handheld plans are on track',
      'Sony PlayStation Portal gets cloud streaming in a software update',
      '',
    ].join('\n');
    const index = indexOf(text, 'list.txt');
    const names = index.entities.map((e) => e.name);
    expect(names).not.toContain('Seoul Apple Vision Pro');
    expect(names.some((n) => /\n/.test(n))).toBe(false);
  });
});
