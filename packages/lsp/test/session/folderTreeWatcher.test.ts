import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderTreeWatcher } from '../../src/session/folderTreeWatcher.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A corpus folder with `files`, and a watcher on it that records every path it reports. */
async function watched(files: string[]): Promise<{ root: string; watcher: FolderTreeWatcher; seen: Set<string>; until: (path: string) => Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'dossier-tree-watch-'));
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'text\n');
  }
  const seen = new Set<string>();
  const waiting = new Map<string, () => void>();
  const watcher = new FolderTreeWatcher(
    root,
    (path) => {
      seen.add(path);
      waiting.get(path)?.();
    },
    (folder, error) => seen.add(`error ${folder}: ${error.message}`),
  );
  cleanups.push(() => {
    watcher.close();
    rmSync(root, { recursive: true, force: true });
  });
  await watcher.start();
  const until = (path: string) => (seen.has(path) ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(path, resolve)));
  return { root, watcher, seen, until };
}

describe('FolderTreeWatcher', () => {
  it('lists the next folder only when the pause it is given allows (the server: a lull in requests)', async () => {
    // Started after a warm start, the walk ran in the middle of the bench's 500 first cards at 100k.
    const root = mkdtempSync(join(tmpdir(), 'dossier-tree-pause-'));
    for (const folder of ['wire/2024', 'pages']) mkdirSync(join(root, folder), { recursive: true });
    const held: (() => void)[] = [];
    const watcher = new FolderTreeWatcher(root, () => {}, () => {}, () => new Promise<void>((resolve) => held.push(resolve)));
    cleanups.push(() => {
      watcher.close();
      rmSync(root, { recursive: true, force: true });
    });
    const started = watcher.start();
    const counts: number[] = [];
    // The root, wire, wire/2024 and pages: each waits for its own pause.
    for (let folder = 0; folder < 4; folder++) {
      await expect.poll(() => held.length).toBe(1);
      counts.push(watcher.folderCount);
      held.shift()!();
    }
    await started;
    expect(counts).toEqual([0, 1, 2, 3]);
    expect(watcher.folderCount).toBe(4);
  });

  it('watches each folder once, not each file', async () => {
    const { watcher } = await watched(['a.txt', 'b.txt', 'wire/2024/c.txt', 'wire/2024/d.txt', 'wire/e.txt', 'pages/f.html']);
    // The root, wire, wire/2024 and pages.
    expect(watcher.folderCount).toBe(4);
  });

  it('reports an edited file in a nested folder by its path', async () => {
    const { root, until } = await watched(['wire/2024/c.txt']);
    const path = join(root, 'wire/2024/c.txt');
    writeFileSync(path, 'edited\n');
    await until(path);
  });

  it('reports a file in a folder made after it started, and the folder', async () => {
    const { root, watcher, until } = await watched(['a.txt']);
    mkdirSync(join(root, 'new'));
    await until(join(root, 'new'));
    await expect.poll(() => watcher.folderCount).toBe(2);
    const path = join(root, 'new/g.txt');
    writeFileSync(path, 'text\n');
    await until(path);
  });

  it('reports the files of a folder moved in with them', async () => {
    const { root, until } = await watched(['a.txt']);
    const elsewhere = mkdtempSync(join(tmpdir(), 'dossier-tree-moved-'));
    cleanups.push(() => rmSync(elsewhere, { recursive: true, force: true }));
    mkdirSync(join(elsewhere, 'batch/day2'), { recursive: true });
    writeFileSync(join(elsewhere, 'batch/h.txt'), 'text\n');
    writeFileSync(join(elsewhere, 'batch/day2/i.txt'), 'text\n');
    renameSync(join(elsewhere, 'batch'), join(root, 'batch'));
    await until(join(root, 'batch/h.txt'));
    await until(join(root, 'batch/day2/i.txt'));
  });

  it('stops watching a folder moved out of the tree, and reports it gone', async () => {
    const { root, watcher, until } = await watched(['a.txt', 'wire/2024/c.txt']);
    const elsewhere = mkdtempSync(join(tmpdir(), 'dossier-tree-away-'));
    cleanups.push(() => rmSync(elsewhere, { recursive: true, force: true }));
    renameSync(join(root, 'wire'), join(elsewhere, 'wire'));
    await until(join(root, 'wire'));
    await expect.poll(() => watcher.folderCount).toBe(1);
  });

  it('reports a deleted folder, and stops watching what was under it', async () => {
    const { root, watcher, until } = await watched(['a.txt', 'wire/2024/c.txt']);
    rmSync(join(root, 'wire'), { recursive: true });
    await until(join(root, 'wire'));
    await expect.poll(() => watcher.folderCount).toBe(1);
  });
});
