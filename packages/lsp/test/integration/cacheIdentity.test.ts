import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LspClient, SERVER } from './lspClient.js';

const SEED = fileURLToPath(new URL('../../../../seeds/000_a964fcedf6c508e9.txt', import.meta.url));

/** The dossier/status states a server sent, in order ("indexing analysing", "ready"). */
function states(client: LspClient): string[] {
  return client.notifications
    .filter((n) => n.method === 'dossier/status')
    .map((n) => n.params as { state: string; phase?: string })
    .map((s) => (s.phase ? `${s.state} ${s.phase}` : s.state));
}

/**
 * The editor's per-workspace storage changes when code-server runs on another port or the
 * workspace is opened under another name; the index cache, kept by the corpus's real paths in the
 * folder VS Code's extension passes as cacheDir, is found again: a warm start, nothing analysed.
 */
describe('the index cache when the workspace storage folder changes', () => {
  const base = mkdtempSync(join(tmpdir(), 'dossier-cache-identity-'));
  const workspace = join(base, 'analysis');
  const cacheDir = join(base, 'global', 'index');
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  async function run(storagePath: string): Promise<LspClient> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: build the package first (npm run build)`);
    const client = LspClient.start(['--stdio'], workspace);
    await client.initialize(workspace, { storagePath, cacheDir });
    await client.waitForStatus('ready');
    expect(await client.stop()).toBe(0);
    return client;
  }

  it('starts warm from the same cache under another storage folder, and removes the copy an earlier version kept there', async () => {
    mkdirSync(join(workspace, 'corpus'), { recursive: true });
    copyFileSync(SEED, join(workspace, 'corpus', 'seed.txt'));
    // An earlier version's cache in the second storage folder: a copy of the index per workspace name.
    const legacy = join(base, 'storage-port-8081', 'index');
    mkdirSync(join(legacy, 'files'), { recursive: true });
    writeFileSync(join(legacy, 'snapshot.v8'), 'an old snapshot');

    const cold = await run(join(base, 'storage-port-8080'));
    // Looking for the files, then 0/1 and 1/1 files.
    expect(states(cold)).toEqual(['indexing analysing', 'indexing analysing', 'indexing analysing', 'indexing merging', 'indexing saving', 'ready']);
    expect(cold.logs().some((m) => m.startsWith('warm start'))).toBe(false);

    const warm = await run(join(base, 'storage-port-8081'));
    // Nothing indexed again: the snapshot answered, and the corpus had not changed.
    expect(states(warm)).toEqual(['ready']);
    expect(warm.logs().filter((m) => m.startsWith('warm start from the index cache'))).toHaveLength(1);
    expect(existsSync(legacy)).toBe(false);
    // One cache folder for the one corpus, beside nothing else.
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('corpus-'))).toHaveLength(1);
  });
});
