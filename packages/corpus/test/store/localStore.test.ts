import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/store/localStore.js';
import { storeContract } from './storeContract.js';

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

describe('LocalStore', () => {
  storeContract(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-local-store-'));
    folders.push(dir);
    return LocalStore.open(dir);
  });

  it('is held by one process at a time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-local-store-'));
    folders.push(dir);
    const store = await LocalStore.open(dir);
    // This process holds it; a lock file of another live process (pid 1) refuses the opening.
    await store.close();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'lock'), '1');
    await expect(LocalStore.open(dir)).rejects.toMatchObject({ kind: 'busy', message: expect.stringMatching(/^the store is in use by process 1 /) });
  });
});
