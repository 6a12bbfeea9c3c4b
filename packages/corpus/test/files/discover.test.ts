import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverArticleFiles } from '../../src/files/discover.js';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function tree(files: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-discover-'));
  dirs.push(root);
  for (const path of files) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), `${path}\n`);
  }
  return root;
}

describe('discoverArticleFiles', () => {
  it('lists each file once by its real path: a linked folder is entered once, a linked file already found is skipped, a folder linked from outside is entered', async () => {
    const root = tree(['corpus/a.txt', 'corpus/sub/b.txt', 'outside/c.md']);
    symlinkSync(join(root, 'corpus/sub'), join(root, 'corpus/alias'));
    symlinkSync(join(root, 'corpus/a.txt'), join(root, 'corpus/link.txt'));
    symlinkSync(join(root, 'outside'), join(root, 'corpus/outer'));
    const warnings: string[] = [];
    const found = await discoverArticleFiles([join(root, 'corpus')], { onWarning: (path, message) => warnings.push(`${relative(root, path)}: ${message}`) });
    // Sorted by name: "alias" comes before "sub", so the linked folder's files are listed under it.
    expect(found.map((path) => relative(root, path))).toEqual(['corpus/a.txt', 'corpus/alias/b.txt', 'corpus/outer/c.md']);
    expect(warnings).toEqual(['corpus/sub: skipped: symbolic link loop (folder already indexed)']);
  });

  it('leaves out what the exclude globs name, by the path below the root, and names the files that are not articles the same way', async () => {
    const root = tree(['corpus/kept.txt', 'corpus/drafts/draft.txt', 'corpus/2024/notes.md', 'corpus/2024/photo.jpg', 'corpus/2024/story.html']);
    const warnings: string[] = [];
    const found = await discoverArticleFiles([join(root, 'corpus')], { exclude: ['drafts/**', '**/*.md'], onWarning: (_, message) => warnings.push(message) });
    expect(found.map((path) => relative(root, path))).toEqual(['corpus/2024/story.html', 'corpus/kept.txt']);
    expect(warnings).toEqual([expect.stringMatching(/^skipped 1 file\(s\) that are not articles .*: 2024\/photo\.jpg$/)]);
  });

  it('pauses for its turn before each folder and within a large one, not before each file', async () => {
    const root = tree([...Array.from({ length: 300 }, (_, i) => `flat/${String(i).padStart(3, '0')}.txt`), 'flat/deeper/last.txt']);
    let turns = 0;
    const found = await discoverArticleFiles([join(root, 'flat')], { waitForTurn: async () => void turns++ });
    expect(found).toHaveLength(301);
    expect(found.at(-1)).toBe(join(root, 'flat/deeper/last.txt'));
    // Two folders, and 301 entries in the first: at least a turn every 128 entries, far fewer than one per file.
    expect(turns).toBeGreaterThanOrEqual(4);
    expect(turns).toBeLessThan(10);
  });
});
