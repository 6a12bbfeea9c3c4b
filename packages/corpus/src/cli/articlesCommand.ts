import { relative } from 'node:path';
import { plural } from '../cards/cardText.js';
import { displayDateTime } from '../cards/dates.js';
import { loadArticles } from '../corpusLoader.js';
import { withUserRules } from '../segment/rules.js';
import type { CorpusArgs } from './entitiesCommand.js';
import { EXIT, table, warn, type CliIo } from './io.js';

export async function articlesCommand(args: CorpusArgs, io: CliIo): Promise<number> {
  const furniture = args.corrections.furniture;
  const parsed = await loadArticles(args.paths, {
    capturedAt: args.capturedAt,
    captureRules: args.corrections.capture,
    exclude: args.exclude,
    ...(furniture.length ? { rules: withUserRules(furniture) } : {}),
    ...(args.maxFileBytes ? { maxFileBytes: args.maxFileBytes } : {}),
    onWarning: (path, message) => warn(io, relative(process.cwd(), path) || path, message),
  });
  const articles = parsed.flatMap((f) => f.articles);
  if (args.json) {
    const out = articles.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      source: a.source,
      published: a.published,
      byline: a.byline,
      range: a.range,
    }));
    io.stdout(JSON.stringify(out, null, 2) + '\n');
    return EXIT.ok;
  }
  const rows = [['ID', 'SOURCE', 'PUBLISHED', 'LINES', 'TITLE']];
  for (const a of articles) {
    rows.push([
      a.id,
      a.source ?? '-',
      a.published ? displayDateTime(a.published) : a.publishedRaw ? `undated (${a.publishedRaw})` : 'undated',
      `${a.range.start.line + 1}-${a.range.end.line + 1}`,
      (a.kicker ? `${a.kicker}: ` : '') + (a.title ?? firstWords(a)) + (a.truncated ? ' [cut off]' : ''),
    ]);
  }
  io.stdout(table(rows));
  io.stdout(`${plural(articles.length, 'article')} in ${plural(parsed.length, 'file')} (lines counted from 1)\n`);
  return EXIT.ok;
}

function firstWords(a: { captions: unknown[]; paragraphs: unknown[] }): string {
  return a.paragraphs.length ? '(untitled)' : '(no text)';
}
