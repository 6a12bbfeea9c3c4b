import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { WaitForTurn } from '../quotes/nextTurn.js';
import { articleExtensionsText, formatOf } from '../text/markup.js';

export interface DiscoverOptions {
  /** Glob patterns (relative to each root) of files and folders to leave out. */
  exclude?: readonly string[];
  /** Folders deeper than this below a root are not entered (a guard against pathological trees). */
  maxDepth?: number;
  onWarning?: (path: string, message: string) => void;
  /**
   * Awaited before each file is looked at: a language server checking its corpus in the
   * background passes its pause for requests (36,000 files are as many `realpath`s).
   */
  waitForTurn?: WaitForTurn;
}

const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn', '.dossier', '.turbo']);

/**
 * Article files under the given paths (files or folders), in a stable order. Follows symbolic links
 * once (a loop is reported, not followed), skips hidden and tool folders, and never throws for a
 * missing or unreadable path: it warns and goes on.
 */
export async function discoverArticleFiles(paths: readonly string[], options: DiscoverOptions = {}): Promise<string[]> {
  const warn = options.onWarning ?? (() => undefined);
  const maxDepth = options.maxDepth ?? 64;
  const found: string[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  const isExcluded = excluder(options.exclude ?? [], warn);
  for (const root of paths) {
    const absoluteRoot = resolve(root);
    let rootStat;
    try {
      rootStat = await stat(absoluteRoot);
    } catch (error) {
      warn(root, `skipped: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      continue;
    }
    if (rootStat.isFile()) {
      await addFile(absoluteRoot, absoluteRoot);
      continue;
    }
    const notArticles: string[] = [];
    await walk(absoluteRoot, absoluteRoot, 0, isExcluded, notArticles);
    // Files that are not articles are said once per folder, not once each: scrapers save images by the thousand.
    if (notArticles.length) warn(root, notArticlesMessage(notArticles));
  }
  return found;

  async function addFile(path: string, _root: string): Promise<void> {
    if (!formatOf(path)) return;
    await options.waitForTurn?.();
    let real = path;
    try {
      real = await realpath(path);
    } catch (error) {
      warn(path, `skipped: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      return;
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    found.push(path);
  }

  async function walk(dir: string, root: string, depth: number, isExcluded: (rel: string) => boolean, notArticles: string[]): Promise<void> {
    if (depth > maxDepth) {
      warn(dir, `skipped: deeper than ${maxDepth} folders`);
      return;
    }
    let real: string;
    try {
      real = await realpath(dir);
    } catch (error) {
      warn(dir, `skipped: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      return;
    }
    if (seenDirs.has(real)) {
      if (depth > 0) warn(dir, 'skipped: symbolic link loop (folder already indexed)');
      return;
    }
    seenDirs.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      warn(dir, `skipped: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || ALWAYS_SKIPPED.has(entry.name)) continue;
      const path = join(dir, entry.name);
      const rel = relative(root, path).split(sep).join('/');
      if (isExcluded(rel)) continue;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          // ENOENT: the target is gone; ELOOP: the link leads back to itself.
          warn(path, `skipped: broken symbolic link (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
          continue;
        }
      }
      if (isDir) await walk(path, root, depth + 1, isExcluded, notArticles);
      else if (isFile && !formatOf(path)) notArticles.push(rel);
      else if (isFile) await addFile(path, root);
    }
  }
}

function notArticlesMessage(files: readonly string[]): string {
  const shown = files.slice(0, 5).join(', ');
  const more = files.length > 5 ? ` and ${files.length - 5} more` : '';
  return `skipped ${files.length} file(s) that are not articles (only ${articleExtensionsText()} are read): ${shown}${more}`;
}

/**
 * Exclude globs come from settings and dossier.yaml, which may arrive with a cloned workspace, and
 * picomatch turns them into regular expressions. Two guards keep a glob from hanging discovery:
 * `regex: false` makes "+" literal (without it "(a+)+" passes through as a catastrophic regex), and
 * a glob with more than three "*" in one path segment ("*a*a*a*a*b") is ignored with a warning,
 * since each one multiplies the backtracking on a long file name.
 */
const MAX_STARS_PER_SEGMENT = 3;

export function excluder(patterns: readonly string[], warn: (path: string, message: string) => void): (rel: string) => boolean {
  const safe = patterns.filter((p) => {
    const stars = Math.max(0, ...p.split('/').map((segment) => segment.replace(/\*\*/g, '').split('*').length - 1));
    if (stars <= MAX_STARS_PER_SEGMENT) return true;
    warn(p, `exclude pattern ignored: more than ${MAX_STARS_PER_SEGMENT} "*" in one path segment can make matching take exponential time`);
    return false;
  });
  if (safe.length === 0) return () => false;
  const matchers = safe.map((p) => picomatch(p, { dot: true, regex: false }));
  return (rel) => matchers.some((m) => m(rel) || m(rel + '/'));
}
