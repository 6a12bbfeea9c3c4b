import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile, sameForm, type FileAnalysis, type MentionForm } from '../../src/analysis/fileAnalysis.js';
import { buildCorpusIndex, CorpusMerge } from '../../src/corpusIndex/buildIndex.js';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { decodeArticle } from '../../src/corpusIndex/snapshotColumns.js';
import { fromBytes } from '../../src/files/readCorpusFile.js';
import { formatOf } from '../../src/text/markup.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const SEEDS = join(import.meta.dirname, '../../../../seeds');

function analysesOf(dirs: string[]): { analysis: FileAnalysis; displayPath: string }[] {
  const paths = dirs.flatMap((dir) => readdirSync(dir).filter((f) => formatOf(f)).map((f) => join(dir, f))).sort();
  return paths.map((path) => {
    const outcome = fromBytes(path, formatOf(path)!, readFileSync(path), undefined, 1);
    if (outcome.kind !== 'read') throw new Error(outcome.reason);
    return { analysis: analyzeFile(outcome.file, { capturedAt: new Date('2025-08-14T12:00:00Z') }), displayPath: path };
  });
}

/** Everything a user sees of an index: entities with their names, types, aliases and every mention. */
function view(index: CorpusIndex) {
  return index.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    descriptions: e.descriptions,
    sources: e.sources,
    mentions: index.mentionsOf(e).map((m) => `${m.file}:${m.range.start.line}:${m.range.start.character}-${m.range.end.character} ${m.text} ${m.articleId} ${m.region}`),
    introduction: index.introducingMention(e)?.range,
    lookup: index.lookup(e.name).map((c) => [c.entity.id, c.score.toFixed(6), c.shortForm]),
  }));
}

describe('the streaming merge', () => {
  const inputs = analysesOf([SEEDS, join(FIXTURES, 'articles'), join(FIXTURES, 'dev2/articles')]);

  it('keeps one object per distinct form of a file, and its mentions as columns', () => {
    const seed = inputs.find((i) => i.displayPath.endsWith('seed_000.txt')) ?? inputs[0]!;
    const { forms, mentions } = seed.analysis;
    expect(mentions.form.length).toBeGreaterThan(forms.length);
    expect(new Set(forms.map((f) => JSON.stringify(f))).size).toBe(forms.length);
    for (const column of [mentions.start, mentions.end, mentions.sentence, mentions.article, mentions.region]) expect(column.length).toBe(mentions.form.length);
    for (let row = 1; row < mentions.form.length; row++) {
      const sameArticle = mentions.article[row] === mentions.article[row - 1];
      if (sameArticle) expect(mentions.start[row]).toBeGreaterThanOrEqual(mentions.start[row - 1]!);
    }
  });

  it('tells forms apart by every field a draft has', () => {
    const form = inputs[0]!.analysis.forms.find((f) => f.evidence.some((w) => w > 0) && f.shortFormKeys.length > 0)!;
    expect(sameForm(form, structuredClone(form))).toBe(true);
    const fields = Object.keys(form) as (keyof MentionForm)[];
    expect(fields.length).toBeGreaterThanOrEqual(12);
    for (const field of fields) {
      const value: unknown = form[field];
      const changed =
        typeof value === 'string' ? value + 'x' : typeof value === 'boolean' ? !value : value === null ? 'x' : Array.isArray(value) ? [...value, value[0] ?? 1] : undefined;
      expect(changed, `a way to change the field ${field}`).toBeDefined();
      expect(sameForm(form, { ...form, [field]: changed }), `forms differing in ${field}`).toBe(false);
    }
  });

  it('gives the same index whatever order the files are added in', () => {
    const inOrder = buildCorpusIndex(inputs);
    const merge = new CorpusMerge();
    // Reversed, each file with its place in the corpus: as results come back from worker threads.
    for (let i = inputs.length - 1; i >= 0; i--) merge.add(inputs[i]!.analysis, inputs[i]!.displayPath, i);
    const reversed = merge.finish();
    expect(inOrder.entities.length).toBeGreaterThan(50);
    expect(view(reversed)).toEqual(view(inOrder));
    expect(reversed.files.map((f) => f.path)).toEqual(inOrder.files.map((f) => f.path));
  });

  it("keeps the files' articles as their analyses had them, in corpus order, as the columns a snapshot stores", () => {
    const merge = new CorpusMerge();
    for (let i = inputs.length - 1; i >= 0; i--) merge.add(inputs[i]!.analysis, inputs[i]!.displayPath, i);
    const index = merge.finish();
    const records = inputs.flatMap((i) => i.analysis.articles);
    // Headers with and without each text, and texts beyond ASCII (UTF-8 of two bytes and more).
    expect(records.some((r) => r.title && /[^\x00-\x7f]/.test(r.title))).toBe(true);
    expect(records.some((r) => r.source === null) && records.some((r) => r.source !== null)).toBe(true);
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    const { articles } = index.fileColumns();
    expect(Array.from({ length: index.articleCount }, (_, a) => plain(decodeArticle(articles, a)))).toEqual(plain(records));
    index.files.forEach((file, i) => {
      expect(file.articleBase).toBe(inputs.slice(0, i).reduce((n, input) => n + input.analysis.articles.length, 0));
      expect(plain(file.articles)).toEqual(plain(inputs[i]!.analysis.articles));
      expect([file.size, file.mtimeMs, file.lines.length]).toEqual([inputs[i]!.analysis.size, inputs[i]!.analysis.mtimeMs, inputs[i]!.analysis.textLength]);
    });
  });

  it('counts every mention of a form, not each form once', () => {
    const index = buildCorpusIndex(inputs);
    const total = index.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(total).toBe(index.mentionCount);
    for (const e of index.entities.slice(0, 20)) {
      const counted = e.aliases.reduce((n, a) => n + a.count, 0);
      // Headline matches are mentions too, but not counted among the forms.
      const titles = index.mentionsOf(e).filter((m) => m.region === 'title').length;
      expect(counted).toBe(e.mentions.length - titles);
    }
  });
});
