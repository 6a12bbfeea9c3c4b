import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayCluster, type ThrowawayCluster } from '../../../store-pg/test/support/throwawayCluster.js';
import { TcpProxy } from '../../../store-pg/test/support/tcpProxy.js';
import { indexFolder } from '../../../store-pg/test/support/indexing.js';
import { LspClient } from '../integration/lspClient.js';
import type { StatusParams } from '../../src/protocol.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const NOTE = readFileSync(join(REPO, 'examples/notes/korea-russia-axis.md'), 'utf8');

/** The hover's Markdown without its file links: the same card points at other copies of a file on each machine. */
const withoutLinks = (markdown: string) => markdown.replace(/\]\(file:\/\/[^)]*\)/g, '](…)');

/** Positions of the first words of the note's lines that a hover may name, as an analyst would point. */
function namePositions(text: string): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)+/g)) out.push({ line: i, character: m.index! + 1 });
  });
  return out.slice(0, 40);
}

async function hovers(client: LspClient, uri: string, positions: { line: number; character: number }[]): Promise<string[]> {
  const out: string[] = [];
  for (const position of positions) {
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position });
    out.push(withoutLinks(hover?.contents.value ?? ''));
  }
  return out;
}

const statuses = (client: LspClient) => client.notifications.filter((n) => n.method === 'dossier/status').map((n) => n.params as StatusParams);

describe('the language server with dossier.index.database set', () => {
  /** A position of the note where a hover shows a card (found by the first test). */
  let cardPosition: { line: number; character: number } | undefined;
  let cluster: ThrowawayCluster;
  let proxy: TcpProxy;
  let url: string;
  const dirs: string[] = [];
  const tempDir = (prefix: string) => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
  let indexerDir: string;
  const index = () => indexFolder(url, indexerDir);

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    const direct = await cluster.createDatabase('team');
    proxy = await TcpProxy.start({ host: cluster.host, port: cluster.port });
    url = proxy.urlOf(direct);
    indexerDir = tempDir('dossier-indexer-');
    cpSync(join(REPO, 'seeds'), join(indexerDir, 'corpus'), { recursive: true });
    await index();
  });

  afterAll(async () => {
    await proxy?.cut();
    await cluster?.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  /** An analyst's workspace: a note, no corpus; its own storage folder (where the copy lives). */
  function analyst(storage = tempDir('dossier-storage-')) {
    const workspace = tempDir('dossier-analyst-');
    mkdirSync(join(workspace, 'notes'));
    writeFileSync(join(workspace, 'notes/axis.md'), NOTE);
    const client = LspClient.start(['--stdio'], workspace, [], { ...process.env, TEAM_DB: url });
    return { client, workspace, storage, uri: pathToFileURL(join(workspace, 'notes/axis.md')).href };
  }

  async function startAnalyst(storage?: string) {
    const a = analyst(storage);
    await a.client.initialize(a.workspace, { storagePath: a.storage, settings: { index: { database: 'TEAM_DB' } } });
    await a.client.open(a.uri, NOTE);
    return a;
  }

  it('answers hovers from the shared index as a server indexing the corpus itself does, the password never logged', async () => {
    const local = LspClient.start(['--stdio'], indexerDir);
    const team = await startAnalyst();
    try {
      const localUri = pathToFileURL(join(indexerDir, 'axis.md')).href;
      await local.initialize(indexerDir, { storagePath: tempDir('dossier-storage-'), settings: { corpus: { paths: ['corpus'] } } });
      await local.open(localUri, NOTE);
      // Cards, not the indexing hover: once the local index is ready.
      await local.waitForStatus('ready');
      const positions = namePositions(NOTE);
      const expected = await hovers(local, localUri, positions);
      expect(expected.filter((h) => h.startsWith('**')).length).toBeGreaterThan(5);
      cardPosition = positions[expected.findIndex((h) => h.startsWith('**'))];
      expect(await hovers(team.client, team.uri, positions)).toEqual(expected);
      await team.client.waitFor('a ready status', () => statuses(team.client).some((s) => s.state === 'ready'));
      const ready = statuses(team.client).find((s) => s.state === 'ready')!;
      expect(ready.message).toBe(`Shared index postgresql://dossier@127.0.0.1:${proxy.port}/team, version 1`);
      expect(ready.warning).toBeUndefined();
      expect(team.client.logs().join('\n')).not.toContain(new URL(url).password);
    } finally {
      await local.stop();
      await team.client.stop();
    }
  });

  it('goes on answering from its copy when the database is cut, says so, and recovers', async () => {
    const team = await startAnalyst();
    try {
      const positions = namePositions(NOTE);
      const before = await hovers(team.client, team.uri, positions);
      await team.client.waitFor('connected', () => team.client.logs().some((l) => l.startsWith('shared index ')));
      await proxy.cut();
      await team.client.waitFor('a warning status', () => statuses(team.client).some((s) => s.warning));
      const warned = statuses(team.client).find((s) => s.warning)!;
      expect(warned).toMatchObject({ state: 'ready', entities: expect.any(Number) });
      expect(warned.warning).toMatch(new RegExp(`^The shared index is unreachable \\(cannot reach the database postgresql://dossier@127\\.0\\.0\\.1:${proxy.port}/team: .+\\)\\. Answering from the copy of version \\d+; trying again\\.$`));
      expect(team.client.logs().some((l) => l.startsWith(`cannot reach the database postgresql://dossier@127.0.0.1:${proxy.port}/team`))).toBe(true);
      expect(await hovers(team.client, team.uri, positions)).toEqual(before);
      const seen = team.client.notifications.length;
      await proxy.restore();
      await team.client.waitFor('a status without warning', () => team.client.notifications.slice(seen).some((n) => n.method === 'dossier/status' && !(n.params as StatusParams).warning));
    } finally {
      await proxy.restore();
      await team.client.stop();
    }
  });

  it('sees a new article once an indexer merges it, with no request of its own', async () => {
    const team = await startAnalyst();
    try {
      await team.client.waitFor('the first index', () => statuses(team.client).some((s) => s.state === 'ready'));
      const articles = statuses(team.client).find((s) => s.state === 'ready')!.articles;
      mkdirSync(join(indexerDir, 'corpus', 'later'), { recursive: true });
      writeFileSync(join(indexerDir, 'corpus', 'later', 'visit.txt'), 'Admiral Ingrid Solberg inspected the frigate Fridtjof Nansen in Bergen on Tuesday, the navy said.\n');
      await index();
      await team.client.waitFor('the new article', () => statuses(team.client).some((s) => s.articles > articles));
    } finally {
      await team.client.stop();
    }
  });

  it('with the database unreachable and no copy yet: an error status, no crash, and a waiting hover answered once it is back', async () => {
    await proxy.cut();
    const team = await startAnalyst();
    try {
      await team.client.waitFor('an error status', () => statuses(team.client).some((s) => s.state === 'error'));
      expect(statuses(team.client).find((s) => s.state === 'error')!.message).toMatch(/^cannot reach the database postgresql:\/\/dossier@127\.0\.0\.1:\d+\/team: connect ECONNREFUSED/);
      const position = cardPosition!;
      const waiting = team.client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: team.uri }, position });
      await proxy.restore();
      expect((await waiting)?.contents.value).toMatch(/^\*\*.+\*\* · _\w+_/);
    } finally {
      await proxy.restore();
      await team.client.stop();
    }
  });

  it('switches to the shared index when the setting is set while it runs, and back', async () => {
    const a = analyst();
    try {
      await a.client.initialize(a.workspace, { storagePath: a.storage });
      await a.client.waitForStatus('empty');
      a.client.settings = { index: { database: 'TEAM_DB' } };
      await a.client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await a.client.waitFor('the shared index', () => statuses(a.client).some((s) => s.state === 'ready' && s.message?.startsWith('Shared index ')));
      expect(a.client.logs()).toContain('dossier.index.database set: answering from the shared index');
      const seen = a.client.notifications.length;
      a.client.settings = { index: { database: '' } };
      await a.client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await a.client.waitForStatus('empty', undefined, seen);
    } finally {
      await a.client.stop();
    }
  });
});
