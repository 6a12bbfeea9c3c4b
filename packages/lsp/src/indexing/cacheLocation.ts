import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Logger } from '../logger.js';

/** Another corpus's cache unused this long is removed (its folders may be on a disk not mounted now). */
const UNUSED_DAYS = 60;

/** What a corpus's cache folder says of itself (corpus.json), so that stale ones can be found. */
interface CorpusCacheInfo {
  roots: string[];
  lastUsed: string;
}

/**
 * The cache folder of one corpus under a cache root, named by the real paths of its folders
 * (symbolic links and relative paths resolved): the same corpus finds the same folder whatever the
 * editor calls the workspace (code-server on another port, another .code-workspace file). Records
 * when it was last used, then removes the other corpora's folders that are stale. Creates nothing
 * when `write` is false (the cache is closed).
 */
export async function corpusCacheFolder(root: string, corpusRoots: readonly string[], log: Logger, write = true): Promise<string> {
  const roots = [...new Set(await Promise.all(corpusRoots.map((r) => realpath(r).catch(() => resolve(r)))))].sort();
  const key = createHash('sha1').update(JSON.stringify(roots)).digest('hex').slice(0, 20);
  const dir = join(root, `corpus-${key}`);
  if (!write) return dir;
  await mkdir(dir, { recursive: true });
  const info: CorpusCacheInfo = { roots, lastUsed: new Date().toISOString() };
  await writeFile(join(dir, 'corpus.json'), JSON.stringify(info, null, 2) + '\n');
  await removeStaleCorpora(root, dir, log);
  return dir;
}

/** Other corpora's cache folders whose corpus folders are all gone, or that were unused for UNUSED_DAYS. */
async function removeStaleCorpora(root: string, current: string, log: Logger): Promise<void> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const dir = join(root, entry.name);
    if (!entry.isDirectory() || !entry.name.startsWith('corpus-') || dir === current) continue;
    const reason = await staleness(dir);
    if (!reason) continue;
    log.info(`removing the stale index cache ${dir} (${reason})`);
    await rm(dir, { recursive: true, force: true }).catch((error) => log.warn(`cannot remove ${dir}: ${error}`));
  }
}

/** Why another corpus's cache folder is stale, or null while it is not. */
async function staleness(dir: string): Promise<string | null> {
  const info = await readFile(join(dir, 'corpus.json'), 'utf8')
    .then((text) => JSON.parse(text) as CorpusCacheInfo)
    .catch(() => null);
  if (!info || !Array.isArray(info.roots) || typeof info.lastUsed !== 'string') return 'it does not say which corpus it holds';
  if (!(Date.now() - Date.parse(info.lastUsed) <= UNUSED_DAYS * 86_400_000)) return `unused for ${UNUSED_DAYS} days`;
  const present = await Promise.all(info.roots.map((r) => stat(r).then(() => true, () => false)));
  return present.some(Boolean) ? null : 'its corpus folders are gone';
}

/**
 * Earlier versions kept the cache in the editor's per-workspace storage (`<storage>/index`): one
 * copy of the index per name of the workspace. Removed once the cache lives elsewhere; a folder
 * that holds no index cache (no snapshot.v8, no files/) is left alone.
 */
export async function removeLegacyCache(dir: string, log: Logger): Promise<void> {
  const present = async (name: string) => stat(join(dir, name)).then(() => true, () => false);
  if (!(await present('snapshot.v8')) && !(await present('files'))) return;
  log.info(`removing the index cache of an earlier version at ${dir}`);
  await rm(dir, { recursive: true, force: true }).catch((error) => log.warn(`cannot remove ${dir}: ${error}`));
}
