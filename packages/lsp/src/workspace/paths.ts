import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * A configured corpus path, resolved against a workspace folder. Relative paths may not climb out
 * of the folder ("../../etc" is refused); an absolute path is the user's explicit choice.
 */
export function resolveCorpusPath(folder: string, configured: string): string | null {
  if (isAbsolute(configured)) return resolve(configured);
  const full = resolve(folder, configured);
  return isInside(folder, full) ? full : null;
}

export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  // Only a ".." segment climbs out: a folder named "..drafts" is inside (it used to count as outside).
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(path: string): string {
  // A plain absolute path (no "." or ".." segment, nothing a URL escapes) is its own URI's path:
  // a card links three sentences, and each URL object made for one was about 1.6 KB of garbage.
  if (sep === '/' && PLAIN_PATH.test(path) && !DOT_SEGMENT.test(path)) return `file://${path}`;
  return pathToFileURL(path).href;
}

/** Segments of letters, digits and "._-+,=@" only: what a file: URL's path writes as it is. */
const PLAIN_PATH = /^(?:\/[A-Za-z0-9._+,=@-]+)+$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;
