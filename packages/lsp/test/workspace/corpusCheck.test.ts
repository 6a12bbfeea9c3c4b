import { mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { StampColumns } from '../../src/indexing/indexCache.js';
import { changedSinceStamps } from '../../src/workspace/corpusCheck.js';

const root = mkdtempSync(join(tmpdir(), 'dossier-corpus-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** 200 files (more than three slices of stats), the stamps a snapshot would keep of them, in another order. */
let files: string[] = [];
let stamps: StampColumns;
beforeEach(() => {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  files = Array.from({ length: 200 }, (_, i) => join(root, `f${String(i).padStart(3, '0')}.txt`));
  for (const file of files) writeFileSync(file, `text of ${file}\n`);
  const reversed = [...files].reverse();
  stamps = {
    paths: reversed.join('\0'),
    sizes: Float64Array.from(reversed, (f) => statSync(f).size),
    mtimes: Float64Array.from(reversed, (f) => statSync(f).mtimeMs),
  };
});

describe('changedSinceStamps (the check of the corpus behind a warm start)', () => {
  it('finds nothing changed when every file has its stamp, and pauses between slices, not for each file', async () => {
    let turns = 0;
    expect(await changedSinceStamps(files, stamps, async () => void turns++)).toBe(false);
    expect(turns).toBeGreaterThanOrEqual(4);
    expect(turns).toBeLessThan(200);
  });

  it('sees the last file rewritten with another length', async () => {
    writeFileSync(files.at(-1)!, 'another text altogether\n');
    expect(await changedSinceStamps(files, stamps)).toBe(true);
  });

  it('sees a file of the same length modified at another time', async () => {
    const file = files[150]!;
    const before = statSync(file).mtime;
    utimesSync(file, before, new Date(before.getTime() + 5000));
    expect(await changedSinceStamps(files, stamps)).toBe(true);
  });

  it('sees a file gone, a file added, and stamps whose paths do not add up', async () => {
    unlinkSync(files[199]!);
    expect(await changedSinceStamps(files, stamps)).toBe(true);
    const added = [...files.slice(0, 199), join(root, 'new.txt')];
    writeFileSync(join(root, 'new.txt'), 'new\n');
    expect(await changedSinceStamps(added, stamps)).toBe(true);
    expect(await changedSinceStamps(files, { ...stamps, paths: files.slice(1).join('\0') })).toBe(true);
  });
});
