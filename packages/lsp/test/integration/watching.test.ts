import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_KIM, ARTICLE_SUMMIT } from '../helpers/memoryCorpus.js';
import { inProcessServer } from './inProcessServer.js';
import type { LspClient } from './lspClient.js';

/** A client that watches files for the server, as VS Code does. */
const WATCHING_CLIENT = { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } };

// Undone last first: the server is ended before its workspace folder is removed. Removal retries
// for a few seconds, since a re-index the last settings change began may still be writing its
// cache there ("ENOTEMPTY: directory not empty, rmdir '…/.dossier/cache'" failed a CI run).
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function workspaceWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-watching-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 }));
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

  /**
   * The client's side of file watching, as VS Code does it: it reports a change only when the
   * path matches a glob the server registered. The server used to register
   * **\/*.{txt,md,markdown,html,htm}, so an edit to a .text or .xhtml article was never reported.
   */
  function clientWatcher(client: LspClient, folder: string) {
    const globs = () =>
      client.serverRequests
        .filter((r) => r.method === 'client/registerCapability')
        .flatMap((r) => (r.params as { registrations: { registerOptions: { watchers: { globPattern: string }[] } }[] }).registrations)
        .flatMap((registration) => registration.registerOptions.watchers.map((w) => w.globPattern));
    const watches = (path: string) => globs().some((glob) => picomatch(glob, { dot: true })(relative(folder, path).split(sep).join('/')));
    return {
      watches,
      /** Reports an edit to the server if the registered globs cover the file; says whether it did. */
      edited: async (path: string): Promise<boolean> => {
        if (!watches(path)) return false;
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).href, type: FileChangeType.Changed }] });
        return true;
      },
    };
  }

  it('re-indexes an edited .text or .xhtml article that the client reports', async () => {
    const dir = workspaceWith({
      'corpus/kim.txt': ARTICLE_KIM,
      'corpus/wire/brief.text': 'Ingrid Valtersen met officials in Seoul on Monday, the ministry said.\n',
      'corpus/page.xhtml': '<html><body><p>Tomas Reinholt met officials in Oslo on Monday, the ministry said.</p></body></html>\n',
    });
    const client = started();
    await client.initialize(dir, {}, WATCHING_CLIENT);
    await client.waitForStatus('ready');
    await client.waitFor('the watchers registered', () => client.serverRequests.some((r) => r.method === 'client/registerCapability'));
    const watcher = clientWatcher(client, dir);
    const symbols = async (query: string) => (await client.request<{ name: string }[]>('workspace/symbol', { query })).map((s) => s.name);
    expect(await symbols('Valtersen')).toContain('Ingrid Valtersen');
    expect(watcher.watches(join(dir, 'dossier.yaml'))).toBe(true);
    expect(watcher.watches(join(dir, '.dossier', 'entities.yaml'))).toBe(true);
    expect(watcher.watches(join(dir, 'corpus', 'photo.jpg'))).toBe(false);

    const edits: [string, string, string][] = [
      [join(dir, 'corpus/wire/brief.text'), 'Marta Kovalenko met officials in Seoul on Monday, the ministry said.\n', 'Marta Kovalenko'],
      [join(dir, 'corpus/page.xhtml'), '<html><body><p>Elin Sandvik met officials in Oslo on Monday, the ministry said.</p></body></html>\n', 'Elin Sandvik'],
    ];
    for (const [path, text, name] of edits) {
      const seen = client.notifications.length;
      writeFileSync(path, text);
      expect(await watcher.edited(path), `the client watches ${relative(dir, path)}`).toBe(true);
      await client.waitForStatus('ready', undefined, seen);
      expect(await symbols(name.split(' ')[1]!)).toContain(name);
    }
    expect(await symbols('Valtersen')).toEqual([]);
    expect(await client.shutdown()).toBeNull();
  });
});

describe('watching the corpus itself, for a client that does not watch files', () => {
  it('indexes an article written into a folder made after the index was ready', async () => {
    const dir = workspaceWith({ 'corpus/kim.txt': ARTICLE_KIM, 'corpus/wire/2024/summit.txt': ARTICLE_SUMMIT });
    const client = started();
    await client.initialize(dir);
    await client.waitForStatus('ready');
    const symbols = async (query: string) => (await client.request<{ name: string }[]>('workspace/symbol', { query })).map((s) => s.name);
    expect(await symbols('Valtersen')).toEqual([]);
    mkdirSync(join(dir, 'corpus/wire/2025'));
    writeFileSync(join(dir, 'corpus/wire/2025/brief.txt'), 'Ingrid Valtersen met officials in Seoul on Monday, the ministry said.\n');
    await expect.poll(() => symbols('Valtersen'), { timeout: 20_000, interval: 200 }).toContain('Ingrid Valtersen');
    expect(await client.shutdown()).toBeNull();
  });
});
