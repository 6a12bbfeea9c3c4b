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
  // Two plain absolute POSIX paths: inside when the folder is a whole-segment prefix, which is what
  // `relative` finds after resolving both (two resolves and a relative per call: a card asked it
  // about 30 times for its three links, about a tenth of a first card's time in the server).
  if (sep === '/' && isPlainAbsolute(folder) && isPlainAbsolute(path)) return path === folder || (path.startsWith(folder) && path.charCodeAt(folder.length) === SLASH);
  const rel = relative(folder, path);
  // Only a ".." segment climbs out: a folder named "..drafts" is inside (it used to count as outside).
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

const SLASH = 0x2f;
/** "/a/b": no empty, "." or ".." segment and no slash at the end, so `resolve` would return it as it is. */
const PLAIN_ABSOLUTE = /^(?:\/(?!\.\.?(?:\/|$))[^/]+)+$/;

function isPlainAbsolute(path: string): boolean {
  return PLAIN_ABSOLUTE.test(path);
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
