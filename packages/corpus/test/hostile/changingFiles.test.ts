import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type * as fs from 'node:fs';
import type * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readCorpusFile, readCorpusFileSync } from '../../src/files/readCorpusFile.js';
import { indexCorpus } from '../../src/indexCorpus.js';

/**
 * Files that change while they are read cannot be timed on a real disk, so `open` is wrapped: for
 * "shrinking.txt" the handle reports a size larger than what can be read, as when another process
 * truncates the file between fstat and read. The synchronous reader (indexCorpus's) is wrapped alike.
 */
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  const shrinking = new Set<number>();
  return {
    ...actual,
    openSync: (...args: Parameters<typeof actual.openSync>) => {
      const fd = actual.openSync(...args);
      if (String(args[0]).endsWith('shrinking.txt')) shrinking.add(fd);
      else shrinking.delete(fd);
      return fd;
    },
    fstatSync: (fd: number) => {
      const stat = actual.fstatSync(fd);
      return shrinking.has(fd) ? Object.assign(stat, { size: stat.size + 500 }) : stat;
    },
  };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      if (String(args[0]).endsWith('shrinking.txt')) {
        const stat = handle.stat.bind(handle);
        Object.defineProperty(handle, 'stat', { value: async () => Object.assign(await stat(), { size: (await stat()).size + 500 }) });
      }
      return handle;
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'dossier-changing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files that change while being read', () => {
  it('reads what is there when a file shrinks during the read, says so, and keeps its names', async () => {
    const path = join(dir, 'shrinking.txt');
    writeFileSync(path, 'Port Report\nOfficials said Kim Jong Un met Vladimir Putin in Vladivostok.\n');
    const outcome = await readCorpusFile(path);
    expect(outcome.kind).toBe('read');
    if (outcome.kind !== 'read') return;
    expect(outcome.file.text).toBe('Port Report\nOfficials said Kim Jong Un met Vladimir Putin in Vladivostok.\n');
    expect(outcome.file.warnings).toEqual([expect.stringMatching(/^file changed while being read \(\d+ of \d+ bytes\)$/)]);
    expect(readCorpusFileSync(path)).toEqual(outcome);

    const warnings: string[] = [];
    const index = await indexCorpus([path], { onWarning: (_p, m) => warnings.push(m) });
    expect(warnings).toEqual([expect.stringMatching(/file changed while being read/)]);
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Kim Jong Un', 'Vladimir Putin', 'Vladivostok']);
  });

  it('skips a file that became a folder, and one that vanished, with their reasons', async () => {
    mkdirSync(join(dir, 'now-a-folder.txt'));
    expect(await readCorpusFile(join(dir, 'now-a-folder.txt'))).toEqual({ kind: 'skipped', path: join(dir, 'now-a-folder.txt'), reason: 'not a regular file' });
    expect(readCorpusFileSync(join(dir, 'now-a-folder.txt'))).toEqual({ kind: 'skipped', path: join(dir, 'now-a-folder.txt'), reason: 'not a regular file' });
    const gone = await readCorpusFile(join(dir, 'never-there.txt'));
    expect(gone.kind === 'skipped' && gone.reason).toMatch(/^cannot open: ENOENT/);
    expect(readCorpusFileSync(join(dir, 'never-there.txt'))).toEqual(gone);
  });
});
