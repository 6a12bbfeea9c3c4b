import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexCorpus, type CorpusIndex } from '@dossier/corpus';
import { describeIndex } from '../../corpus/test/helpers/describeIndex.js';
import { TeamIndexReader, type ReaderStatus } from '../src/reader/teamIndexReader.js';
import { asSuperuser, freshDatabase } from './support/databases.js';
import { REPO } from './support/corpora.js';
import { indexFolder } from './support/indexing.js';
import { TcpProxy } from './support/tcpProxy.js';

/** What a reader reported, and a way to wait for the report a test expects. */
class Recorder {
  indexes: { index: CorpusIndex; status: ReaderStatus }[] = [];
  statuses: ReaderStatus[] = [];
  private waiters: (() => void)[] = [];
  onIndex = (index: CorpusIndex, status: ReaderStatus) => this.note(() => this.indexes.push({ index, status }));
  onStatus = (status: ReaderStatus) => this.note(() => this.statuses.push(status));
  private note(record: () => void): void {
    record();
    for (const w of this.waiters.splice(0)) w();
  }
  /** Resolves once `condition` holds; a guard, not a speed check, rejects after two minutes. */
  async until(what: string, condition: () => boolean): Promise<void> {
    const deadline = Date.now() + 120_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}; statuses: ${JSON.stringify(this.statuses.map((s) => [s.state, s.problem]))}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 500);
      });
    }
  }
  get last(): CorpusIndex | undefined {
    return this.indexes.at(-1)?.index;
  }
}

describe('TeamIndexReader: a language server\'s view of the shared index', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c();
  });

  /** An indexer's workspace with the seeds, indexed into a new database. */
  async function indexedWorkspace() {
    const { name, url } = await freshDatabase();
    const indexerDir = mkdtempSync(join(tmpdir(), 'dossier-indexer-'));
    cpSync(join(REPO, 'seeds'), join(indexerDir, 'corpus'), { recursive: true });
    const index = () => indexFolder(url, indexerDir);
    await index();
    // The analyst's machine: another folder, without the corpus, with its own cache.
    const analystDir = mkdtempSync(join(tmpdir(), 'dossier-analyst-'));
    cleanup.push(() => rmSync(indexerDir, { recursive: true, force: true }), () => rmSync(analystDir, { recursive: true, force: true }));
    return { name, url, indexerDir, analystDir, index, cacheDir: join(analystDir, 'cache') };
  }

  function startReader(options: { connection: string; cacheDir: string; baseDir: string; env?: NodeJS.ProcessEnv }, recorder = new Recorder()) {
    const reader = new TeamIndexReader({ ...options, onIndex: recorder.onIndex, onStatus: recorder.onStatus, applicationName: 'dossier test reader', retryMs: { first: 100, max: 400 } });
    cleanup.push(() => reader.close());
    return { reader, recorder, started: reader.start() };
  }

  it('fetches the index and the texts, sees a new article within one notification, and snippets read the copy', async () => {
    const ws = await indexedWorkspace();
    const { reader, recorder, started } = startReader({ connection: 'TEAM_DB', env: { TEAM_DB: ws.url }, cacheDir: ws.cacheDir, baseDir: ws.analystDir });
    await started;
    await recorder.until('the first index', () => recorder.indexes.length > 0);
    const first = recorder.indexes[0]!;
    expect(first.status).toMatchObject({ state: 'connected', version: 1, fromCache: false, problem: null });
    expect(first.index.files.map((f) => f.displayPath)).toEqual(['corpus/000_a964fcedf6c508e9.txt', 'corpus/003_5b77008bbbd4f7c5.txt']);
    // The analyst has no corpus: each file is its copy, holding exactly the indexed text.
    for (const file of first.index.files) {
      expect(reader.isCopy(file.path)).toBe(true);
      expect(reader.textPath(file.path)).toBe(file.path);
      expect(readFileSync(file.path, 'utf8')).toBe(readFileSync(join(ws.indexerDir, file.displayPath), 'utf8'));
    }

    mkdirSync(join(ws.indexerDir, 'corpus', 'new'));
    writeFileSync(join(ws.indexerDir, 'corpus', 'new', 'visit.md'), '# Harbour visit\n\nAdmiral Ingrid Solberg of the Norwegian Navy inspected the frigate Fridtjof Nansen in Bergen.\n');
    await ws.index();
    await recorder.until('the index with the new article', () => recorder.indexes.length > 1);
    const second = recorder.indexes[1]!;
    expect(second.status.version).toBe(2);
    expect(second.index.files.map((f) => f.displayPath)).toContain('corpus/new/visit.md');
    expect(describeIndex(second.index)).toEqual(describeIndex(await indexCorpus([join(ws.indexerDir, 'corpus')], { baseDir: ws.indexerDir })));
  });

  it('keeps answering from its copy when the connection is cut, says so, and reconnects', async () => {
    const ws = await indexedWorkspace();
    const { recorder, started } = startReader({ connection: ws.url, cacheDir: ws.cacheDir, baseDir: ws.analystDir });
    await started;
    await recorder.until('the first index', () => recorder.indexes.length === 1 && recorder.statuses.at(-1)?.state === 'connected');
    await asSuperuser(ws.name, (c) => c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'dossier test reader%'`));
    await recorder.until('the loss to be reported', () => recorder.statuses.some((s) => s.state === 'unreachable'));
    const lost = recorder.statuses.find((s) => s.state === 'unreachable')!;
    expect(lost.problem).toMatch(/^cannot reach the database postgresql:\/\/dossier@127\.0\.0\.1:\d+\/test_\w+: /);
    expect(lost.version).toBe(1);
    await recorder.until('the reconnection', () => recorder.statuses.at(-1)?.state === 'connected');
    // Nothing changed meanwhile: no new index was published, the one served stayed.
    expect(recorder.indexes).toHaveLength(1);
  });

  it('starts from its copy when the database is unreachable, and retries until it is back', async () => {
    const ws = await indexedWorkspace();
    const cluster = new URL(ws.url);
    const proxy = await TcpProxy.start({ host: cluster.hostname, port: Number(cluster.port) });
    cleanup.push(() => proxy.cut());
    const url = proxy.urlOf(ws.url);
    const online = startReader({ connection: url, cacheDir: ws.cacheDir, baseDir: ws.analystDir });
    await online.started;
    await online.recorder.until('the first index', () => online.recorder.indexes.length === 1);
    await online.reader.close();

    await proxy.cut();
    const offline = startReader({ connection: url, cacheDir: ws.cacheDir, baseDir: ws.analystDir });
    await offline.started;
    const cached = offline.recorder.indexes[0]!;
    expect(cached.status).toMatchObject({ version: 1, fromCache: true });
    expect(describeIndex(cached.index)).toEqual(describeIndex(online.recorder.indexes[0]!.index));
    await offline.recorder.until('two failed attempts', () => offline.recorder.statuses.filter((s) => s.state === 'unreachable').length >= 2);
    expect(offline.recorder.statuses.at(-1)!.problem).toBe(`cannot reach the database postgresql://dossier@127.0.0.1:${proxy.port}/${ws.name}: connect ECONNREFUSED 127.0.0.1:${proxy.port}`);

    await proxy.restore();
    // Back: the copy is found to be the latest version, and no index is fetched again.
    await offline.recorder.until('the reconnection', () => offline.recorder.statuses.at(-1)?.state === 'connected' && !offline.recorder.statuses.at(-1)!.fromCache);
    expect(offline.recorder.statuses.at(-1)).toMatchObject({ version: 1, problem: null });
    expect(offline.recorder.indexes).toHaveLength(1);
  });

  it('a setting naming a variable that is not set: said once, no retry, no index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-analyst-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const { recorder, started } = startReader({ connection: 'TEAM_DB', env: {}, cacheDir: join(dir, 'cache'), baseDir: dir });
    await started;
    expect(recorder.statuses).toEqual([{ state: 'misconfigured', location: 'postgresql://(not configured)', problem: 'the environment variable TEAM_DB (named as the database) is not set', version: 0, fromCache: false }]);
    expect(recorder.indexes).toEqual([]);
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });
});
