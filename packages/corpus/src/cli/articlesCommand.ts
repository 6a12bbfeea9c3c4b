import { relative } from 'node:path';
import { loadArticles } from '../corpusLoader.js';
import { table, warn, type CliIo } from './io.js';

export interface ArticlesArgs {
  paths: string[];
  json: boolean;
  capturedAt: Date | null | undefined;
  maxFileBytes?: number;
}

export async function articlesCommand(args: ArticlesArgs, io: CliIo): Promise<number> {
  const parsed = await loadArticles(args.paths, {
    capturedAt: args.capturedAt,
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
    return 0;
  }
  const rows = [['ID', 'SOURCE', 'PUBLISHED', 'LINES', 'TITLE']];
  for (const a of articles) {
    rows.push([
      a.id,
      a.source ?? '-',
      a.published ? a.published.slice(0, 16).replace('T', ' ') : (a.publishedRaw ?? '-'),
      `${a.range.start.line + 1}-${a.range.end.line + 1}`,
      (a.kicker ? `${a.kicker}: ` : '') + (a.title ?? firstWords(a)) + (a.truncated ? ' [cut off]' : ''),
    ]);
  }
  io.stdout(table(rows));
  io.stdout(`${articles.length} article(s) in ${parsed.length} file(s)\n`);
  return 0;
}

function firstWords(a: { captions: unknown[]; paragraphs: unknown[] }): string {
  return a.paragraphs.length ? '(untitled)' : '(no text)';
}
