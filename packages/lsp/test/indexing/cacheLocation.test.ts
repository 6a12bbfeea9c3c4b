import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusCacheFolder, removeLegacyCache } from '../../src/indexing/cacheLocation.js';
import type { Logger } from '../../src/logger.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cache-location-'));
  made.push(dir);
  return dir;
}

function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(`warn: ${m}`), error: (m) => lines.push(`error: ${m}`) };
}

/** Another corpus's cache folder as an earlier run left it. */
function otherCorpusFolder(root: string, name: string, roots: string[], lastUsed: Date): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'files'), { recursive: true });
  writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ roots, lastUsed: lastUsed.toISOString() }));
  writeFileSync(join(dir, 'snapshot.v8'), 'x');
  return dir;
}

describe('the cache folder of a corpus', () => {
  it('is named by the real paths of the corpus folders: the same through a symbolic link or in another order, another for another corpus', async () => {
    const base = tempDir();
    const root = join(base, 'cache');
    mkdirSync(join(base, 'news'));
    mkdirSync(join(base, 'wires'));
    symlinkSync(join(base, 'news'), join(base, 'linked-news'));
    const log = recordingLog();
    const direct = await corpusCacheFolder(root, [join(base, 'news'), join(base, 'wires')], log);
    expect(await corpusCacheFolder(root, [join(base, 'wires'), join(base, 'linked-news')], log)).toBe(direct);
    expect(await corpusCacheFolder(root, [join(base, 'news')], log)).not.toBe(direct);
    expect(basename(direct)).toMatch(/^corpus-[0-9a-f]{20}$/);
    const info = JSON.parse(readFileSync(join(direct, 'corpus.json'), 'utf8')) as { roots: string[] };
    expect(info.roots).toEqual([join(base, 'news'), join(base, 'wires')]);
  });

  it("removes other corpora's folders whose corpus folders are gone or that were unused for 60 days, and keeps the rest", async () => {
    const base = tempDir();
    const root = join(base, 'cache');
    mkdirSync(join(base, 'news'));
    mkdirSync(join(base, 'other'));
    const now = new Date();
    const gone = otherCorpusFolder(root, 'corpus-gone', [join(base, 'renamed-away')], now);
    const unused = otherCorpusFolder(root, 'corpus-unused', [join(base, 'other')], new Date(now.getTime() - 61 * 86_400_000));
    const recent = otherCorpusFolder(root, 'corpus-recent', [join(base, 'other')], new Date(now.getTime() - 59 * 86_400_000));
    mkdirSync(join(root, 'not-a-corpus'));
    const log = recordingLog();
    await corpusCacheFolder(root, [join(base, 'news')], log, true);
    expect([existsSync(gone), existsSync(unused), existsSync(recent), existsSync(join(root, 'not-a-corpus'))]).toEqual([false, false, true, true]);
    expect(log.lines).toEqual([
      `removing the stale index cache ${gone} (its corpus folders are gone)`,
      `removing the stale index cache ${unused} (unused for 60 days)`,
    ]);
  });

  it('creates and removes nothing once the cache is closed', async () => {
    const base = tempDir();
    const root = join(base, 'cache');
    mkdirSync(join(base, 'news'));
    const dir = await corpusCacheFolder(root, [join(base, 'news')], recordingLog(), false);
    expect(dir.startsWith(join(root, 'corpus-'))).toBe(true);
    expect(existsSync(root)).toBe(false);
  });

  it("removes an earlier version's per-workspace cache, and leaves a folder that holds none", async () => {
    const base = tempDir();
    const legacy = join(base, 'storage-a', 'index');
    mkdirSync(join(legacy, 'files', 'ab'), { recursive: true });
    writeFileSync(join(legacy, 'snapshot.v8'), 'x');
    const unrelated = join(base, 'storage-b', 'index');
    mkdirSync(unrelated, { recursive: true });
    writeFileSync(join(unrelated, 'notes.txt'), 'mine');
    const log = recordingLog();
    await removeLegacyCache(legacy, log);
    await removeLegacyCache(unrelated, log);
    expect([existsSync(legacy), existsSync(join(unrelated, 'notes.txt'))]).toEqual([false, true]);
    expect(log.lines).toEqual([`removing the index cache of an earlier version at ${legacy}`]);
  });
});
