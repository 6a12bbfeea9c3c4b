import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deserialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { LspClient, SERVER } from './lspClient.js';

const SEED = fileURLToPath(new URL('../../../../seeds/000_a964fcedf6c508e9.txt', import.meta.url));
const NOTE = 'Putin spoke with Kim Jong Un.\n';

interface Hover {
  contents: { value: string };
}

/** Overwrites a snapshot's mention rows with 0xFF: its header and the sections a warm start reads stay whole. */
function breakMentionRows(snapshotPath: string): void {
  const bytes = readFileSync(snapshotPath);
  const magic = 'DOSSIER\n'.length;
  const header = deserialize(bytes.subarray(magic + 4, magic + 4 + bytes.readUInt32LE(magic))) as { sections: Record<string, { offset: number; length: number }> };
  const { offset, length } = header.sections.mentions!;
  expect(length).toBeGreaterThan(0);
  bytes.fill(0xff, offset, offset + length);
  writeFileSync(snapshotPath, bytes);
}

/**
 * A saved index is checked part by part as a card first reads it (the mention rows, the ready
 * sentences, the name trie), not all at a warm start. A part found broken by a request fails that
 * request, and the corpus is indexed again without the snapshot, once: the cards come back.
 */
describe('a saved index found broken by a card', () => {
  const base = mkdtempSync(join(tmpdir(), 'dossier-broken-snapshot-'));
  const workspace = join(base, 'analysis');
  const cacheDir = join(base, 'cache');
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  async function start(): Promise<LspClient> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: build the package first (npm run build)`);
    const client = LspClient.start(['--stdio'], workspace);
    await client.initialize(workspace, { cacheDir });
    await client.waitForStatus('ready');
    return client;
  }

  it('fails the hover that found it, indexes the corpus again once, then answers the card', async () => {
    mkdirSync(join(workspace, 'corpus'), { recursive: true });
    copyFileSync(SEED, join(workspace, 'corpus', 'seed.txt'));
    const cold = await start();
    expect(await cold.stop()).toBe(0);
    const [folder] = readdirSync(cacheDir).filter((name) => name.startsWith('corpus-'));
    breakMentionRows(join(cacheDir, folder!, 'snapshot.v8'));

    const warm = await start();
    const uri = pathToFileURL(join(workspace, 'note.md')).href;
    await warm.open(uri, NOTE);
    const hoverPutin = () => warm.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    const readyBefore = warm.notifications.length;
    await expect(hoverPutin()).rejects.toThrow(/hover failed: .*snapshot/);
    await warm.waitForStatus('ready', undefined, readyBefore);
    const card = await hoverPutin();
    expect(card?.contents.value).toContain('Vladimir Putin');
    expect(await warm.stop()).toBe(0);
    // Read once the server has ended: a log line sent just after a status may come after the test saw the status.
    expect(warm.logs().filter((m) => m.startsWith('warm start from the index cache'))).toHaveLength(1);
    expect(warm.logs().filter((m) => m.startsWith('the saved index is broken'))).toHaveLength(1);
  });
});
