import type { Dirent } from 'node:fs';
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
   * Awaited before each folder is listed and every ENTRIES_PER_TURN entries: a language server
   * checking its corpus in the background passes its pause for requests.
   */
  waitForTurn?: WaitForTurn;
}

/** Entries looked at between two turns (a few tenths of a millisecond): a flat folder of 36,000 scraped pages is not one slice. */
const ENTRIES_PER_TURN = 128;

const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn', '.dossier', '.turbo']);

/**
 * Article files under the given paths (files or folders), in a stable order. Follows symbolic links
 * once (a loop is reported, not followed), skips hidden and tool folders, and never throws for a
 * missing or unreadable path: it warns and goes on.
 */
export async function discoverArticleFiles(paths: readonly string[], options: DiscoverOptions = {}): Promise<string[]> {
  const discovery = new Discovery(options);
  for (const root of paths) await discovery.addRoot(root);
  return discovery.found;
}

type Warn = (path: string, message: string) => void;

/** One discovery's state: the files found, and the files and folders already seen by their real paths. */
class Discovery {
  readonly found: string[] = [];
  private readonly seenDirs = new Set<string>();
  private readonly seenFiles = new Set<string>();
  private readonly warn: Warn;
  private readonly maxDepth: number;
  private readonly isExcluded: (rel: string) => boolean;
  private readonly hasExcludes: boolean;
  private entriesSinceTurn = 0;

  constructor(private readonly options: DiscoverOptions) {
    this.warn = options.onWarning ?? (() => undefined);
    this.maxDepth = options.maxDepth ?? 64;
    this.isExcluded = excluder(options.exclude ?? [], this.warn);
    this.hasExcludes = (options.exclude ?? []).length > 0;
  }

  async addRoot(root: string): Promise<void> {
    const absoluteRoot = resolve(root);
    const rootStat = await this.attempt(root, () => stat(absoluteRoot));
    if (!rootStat) return;
    if (rootStat.isFile()) return this.addFile(absoluteRoot);
    const notArticles: string[] = [];
    await this.walk(absoluteRoot, absoluteRoot, 0, notArticles);
    // Files that are not articles are said once per folder, not once each: scrapers save images by the thousand.
    if (notArticles.length) this.warn(root, notArticlesMessage(notArticles));
  }

  /** A file found, by its path and, when known, its real path (else asked of the file system). */
  private async addFile(path: string, knownReal?: string): Promise<void> {
    if (!formatOf(path)) return;
    const real = knownReal ?? (await this.attempt(path, () => realpath(path)));
    if (real === null || this.seenFiles.has(real)) return;
    this.seenFiles.add(real);
    this.found.push(path);
  }

  private async walk(dir: string, root: string, depth: number, notArticles: string[]): Promise<void> {
    await this.turn();
    const realDir = await this.mayEnter(dir, depth);
    if (realDir === null) return;
    const entries = await this.attempt(dir, () => readdir(dir, { withFileTypes: true }));
    if (!entries) return;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (++this.entriesSinceTurn >= ENTRIES_PER_TURN) await this.turn();
      if (entry.name.startsWith('.') || ALWAYS_SKIPPED.has(entry.name)) continue;
      const path = join(dir, entry.name);
      // The path below the root is made only for exclude globs and files that are not articles: 36,000 of them were garbage.
      if (this.hasExcludes && this.isExcluded(relativePath(root, path))) continue;
      const kind = await this.kindOf(entry, path);
      if (kind === 'folder') await this.walk(path, root, depth + 1, notArticles);
      else if (kind === 'file' && !formatOf(path)) notArticles.push(relativePath(root, path));
      // A plain file's real path is its name in the folder's real path: no realpath call for each of
      // 36,000 files (a warm start's check of the corpus runs this walk behind the first hovers).
      else if (kind === 'file') await this.addFile(path, entry.isSymbolicLink() ? undefined : realDir === dir ? path : join(realDir, entry.name));
    }
  }

  private async turn(): Promise<void> {
    this.entriesSinceTurn = 0;
    await this.options.waitForTurn?.();
  }

  /** A folder is entered once by its real path (a symbolic link loop is reported), and never below maxDepth: its real path, or null when it is not entered. */
  private async mayEnter(dir: string, depth: number): Promise<string | null> {
    if (depth > this.maxDepth) {
      this.warn(dir, `skipped: deeper than ${this.maxDepth} folders`);
      return null;
    }
    const real = await this.attempt(dir, () => realpath(dir));
    if (real === null) return null;
    if (this.seenDirs.has(real)) {
      if (depth > 0) this.warn(dir, 'skipped: symbolic link loop (folder already indexed)');
      return null;
    }
    this.seenDirs.add(real);
    return real;
  }

  /** What an entry is, through a symbolic link; a broken link is reported and is neither. */
  private async kindOf(entry: Dirent, path: string): Promise<'folder' | 'file' | null> {
    if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : null;
    try {
      const target = await stat(path);
      return target.isDirectory() ? 'folder' : target.isFile() ? 'file' : null;
    } catch (error) {
      // ENOENT: the target is gone; ELOOP: the link leads back to itself.
      this.warn(path, `skipped: broken symbolic link (${errorCode(error)})`);
      return null;
    }
  }

  /** A file system call's result, or null after a warning that the path is skipped and why. */
  private async attempt<T>(path: string, call: () => Promise<T>): Promise<T | null> {
    try {
      return await call();
    } catch (error) {
      this.warn(path, `skipped: ${errorCode(error)}`);
      return null;
    }
  }
}

/** A path below a root with "/" between its parts, as exclude globs and warnings name it. */
function relativePath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
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

export function excluder(patterns: readonly string[], warn: Warn): (rel: string) => boolean {
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
