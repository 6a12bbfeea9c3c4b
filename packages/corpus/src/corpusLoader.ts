import { relative, sep } from 'node:path';
import { discoverArticleFiles } from './files/discover.js';
import { readCorpusFile, type ReadOptions } from './files/readCorpusFile.js';
import { parseArticles, type ParsedFile } from './segment/articles.js';
import type { FurnitureRule } from './segment/rules.js';

export interface LoadOptions extends ReadOptions {
  exclude?: readonly string[];
  /** Overrides each file's modification time as the capture time of relative dates. */
  capturedAt?: Date | null;
  rules?: readonly FurnitureRule[];
  /** Paths are shown relative to this folder (default: the working directory). */
  baseDir?: string;
  onWarning?: (path: string, message: string) => void;
}

/** Articles of every file under the paths; files that cannot be read are reported through onWarning. */
export async function loadArticles(paths: readonly string[], options: LoadOptions = {}): Promise<ParsedFile[]> {
  const warn = options.onWarning ?? (() => undefined);
  const files = await discoverArticleFiles(paths, { exclude: options.exclude ?? [], onWarning: warn });
  const base = options.baseDir ?? process.cwd();
  const parsed: ParsedFile[] = [];
  for (const path of files) {
    const outcome = await readCorpusFile(path, options);
    if (outcome.kind === 'skipped') {
      warn(path, `skipped: ${outcome.reason}`);
      continue;
    }
    for (const w of outcome.file.warnings) warn(path, w);
    parsed.push(
      parseArticles(outcome.file, { capturedAt: options.capturedAt, ...(options.rules ? { rules: options.rules } : {}) }, displayPath(base, path)),
    );
  }
  return parsed;
}

export function displayPath(base: string, path: string): string {
  const rel = relative(base, path);
  // Another drive on Windows has no relative path.
  return (rel === '' || /^[a-zA-Z]:/.test(rel) ? path : rel).split(sep).join('/');
}
