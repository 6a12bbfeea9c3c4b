import { relative, sep } from 'node:path';
import { throughCorpusFile } from './analysis/corpusFilePipeline.js';
import { isDatelinePlace } from './entities/gazetteer.js';
import { discoverArticleFiles } from './files/discover.js';
import type { ReadOptions } from './files/readCorpusFile.js';
import { parseArticles, type ParsedFile } from './segment/articles.js';
import type { CaptureRule } from './segment/captureTime.js';
import type { FurnitureRule } from './segment/rules.js';

export interface LoadOptions extends ReadOptions {
  exclude?: readonly string[];
  /** When every page was captured: relative dates count from it (else `captureRules`, HTML, file names). */
  capturedAt?: Date | null;
  /** dossier.yaml's `capturedAt` per folder or file pattern. */
  captureRules?: readonly CaptureRule[];
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
  const segment = { capturedAt: options.capturedAt, captureRules: options.captureRules ?? [], ...(options.rules ? { rules: options.rules } : {}) };
  for (const path of files) {
    const { result, warnings } = await throughCorpusFile(path, options, (file) => parseArticles(file, { ...segment, isDatelinePlace }, displayPath(base, path)));
    for (const w of warnings) warn(path, w);
    if (result) parsed.push(result);
  }
  return parsed;
}

export function displayPath(base: string, path: string): string {
  const rel = relative(base, path);
  // Another drive on Windows has no relative path.
  return (rel === '' || /^[a-zA-Z]:/.test(rel) ? path : rel).split(sep).join('/');
}
