import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_KIM, ARTICLE_SUMMIT } from '../helpers/memoryCorpus.js';
import { inProcessServer } from './inProcessServer.js';
import type { LspClient } from './lspClient.js';

/** A client that watches files for the server, as VS Code does. */
const WATCHING_CLIENT = { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } };

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function workspaceWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-watching-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function started(): LspClient {
  const client = inProcessServer();
  cleanups.push(() => client.kill());
  return client;
}

describe('watching the corpus through the client', () => {
  it('registers its file watchers once, however often the settings change', async () => {
    const dir = workspaceWith({ 'corpus/kim.txt': ARTICLE_KIM, 'corpus/summit.txt': ARTICLE_SUMMIT });
    const client = started();
    await client.initialize(dir, {}, WATCHING_CLIENT);
    await client.waitForStatus('ready');
    const sent = (method: string) => client.serverRequests.filter((r) => r.method === method).length;
    await client.waitFor('the watchers registered', () => sent('client/registerCapability') > 0);
    // After each settings change the server watches again, then asks the client to refresh semantic tokens.
    for (const [i, paths] of [['corpus', 'news'], ['corpus']].entries()) {
      const refreshes = sent('workspace/semanticTokens/refresh');
      client.settings = { corpus: { paths } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor(`settings change ${i + 1} handled`, () => sent('workspace/semanticTokens/refresh') > refreshes);
    }
    expect(sent('client/registerCapability')).toBe(1);
    expect(await client.shutdown()).toBeNull();
  });
});
