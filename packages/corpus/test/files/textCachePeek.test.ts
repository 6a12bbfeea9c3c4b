import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileTextCache } from '../../src/files/textCache.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-peek-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('FileTextCache.peek, a whole-corpus scan\'s read', () => {
  it('reads a file it does not hold without keeping it, and answers from what it holds', () => {
    const path = join(dir, 'wire.txt');
    const cache = new FileTextCache();
    writeFileSync(path, 'Kim Yo Jong spoke in 東京 🚢 on Monday.\r\n');
    expect(cache.peek(path)).toBe('Kim Yo Jong spoke in 東京 🚢 on Monday.\r\n');
    // Not kept: the file's next version is read again.
    writeFileSync(path, 'Kim Yo Jong spoke in Seoul.\n');
    expect(cache.peek(path)).toBe('Kim Yo Jong spoke in Seoul.\n');
    // A text a card read is kept, and a scan takes it from the cache.
    expect(cache.get(path)).toBe('Kim Yo Jong spoke in Seoul.\n');
    writeFileSync(path, 'Putin spoke.\n');
    expect([cache.peek(path), cache.get(path)]).toEqual(['Kim Yo Jong spoke in Seoul.\n', 'Kim Yo Jong spoke in Seoul.\n']);
  });

  it('forgets every text it holds when cleared (a new index): the files\' next versions are read', () => {
    const first = join(dir, 'first.txt');
    const second = join(dir, 'second.txt');
    const cache = new FileTextCache();
    writeFileSync(first, 'Kim Yo Jong spoke.\n');
    writeFileSync(second, 'Putin listened.\n');
    expect([cache.get(first), cache.get(second)]).toEqual(['Kim Yo Jong spoke.\n', 'Putin listened.\n']);
    writeFileSync(first, 'Kim Yo Jong spoke in Seoul.\n');
    writeFileSync(second, 'Putin left.\n');
    cache.clear();
    expect([cache.get(first), cache.get(second)]).toEqual(['Kim Yo Jong spoke in Seoul.\n', 'Putin left.\n']);
  });

  it('is null for a file that cannot be read', () => {
    expect(new FileTextCache().peek(join(dir, 'gone.txt'))).toBeNull();
  });
});
