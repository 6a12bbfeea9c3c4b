import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noCorrections } from '@dossier/corpus';
import { afterEach, describe, expect, it } from 'vitest';
import type { ColdIndexEvents, ColdIndexJob } from '../../src/indexing/coldIndex.js';
import { outOfMemory } from '../../src/indexing/indexMerger.js';
import { childExecArgv, indexingHeapFlags, processIndexer } from '../../src/indexing/processIndexer.js';
import { withMallocSettings } from '../../src/mallocEnv.js';
import { silentLogger } from '../../src/logger.js';

const JOB: ColdIndexJob = { files: ['/corpus/a.txt'], displayPaths: ['corpus/a.txt'], corrections: noCorrections(), maxFileBytes: 1 << 20, configKey: 'key' };

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A stand-in for coldIndexProcess.js: `body` runs once the job arrives (`request`), with `send` to answer. */
function script(body: string): { path: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-process-'));
  dirs.push(dir);
  const path = join(dir, 'indexProcess.cjs');
  writeFileSync(path, `const send = (m) => new Promise((r) => process.send(m, r));\nprocess.once('message', async (request) => {\n${body}\n});\n`);
  return { path, dir };
}

function recordingEvents(cancelled = () => false) {
  const seen: string[] = [];
  const events: ColdIndexEvents = {
    onProgress: (done) => seen.push(`progress ${done}`),
    onPhase: (phase) => seen.push(`phase ${phase}`),
    onWarning: (path, message) => seen.push(`warning ${path}: ${message}`),
    isCancelled: cancelled,
  };
  const log = { info: (m: string) => seen.push(`info ${m}`), warn: (m: string) => seen.push(`warn ${m}`), error: (m: string) => seen.push(`error ${m}`) };
  return { seen, events, log };
}

describe('processIndexer', () => {
  it('sends the job and the cache folder to the process, and passes on its progress, phases and log', async () => {
    const { path, dir } = script(`
      require('node:fs').writeFileSync(require('node:path').join(__dirname, 'request.json'), JSON.stringify(request));
      await send({ kind: 'progress', done: 1 });
      await send({ kind: 'log', level: 'warn', message: '/corpus/a.txt: unreadable' });
      await send({ kind: 'phase', phase: 'merging' });
      await send({ kind: 'phase', phase: 'saving' });
      await send({ kind: 'done' });
      process.exit(0);`);
    const { seen, events, log } = recordingEvents();
    await expect(processIndexer(path)(JOB, '/cache/corpus-1', events, log)).resolves.toBe('done');
    expect(seen).toEqual(['progress 1', 'warn /corpus/a.txt: unreadable', 'phase merging', 'phase saving']);
    expect(JSON.parse(readFileSync(join(dir, 'request.json'), 'utf8'))).toEqual({ job: JSON.parse(JSON.stringify(JOB)), cacheFolder: '/cache/corpus-1' });
  });

  it("rejects with the process's error and its code: a thread of it that ran out of memory is told as such", async () => {
    const { path } = script(`
      await send({ kind: 'failed', message: 'Worker terminated due to reaching memory limit: JS heap out of memory', stack: 'Error: Worker terminated', code: 'ERR_WORKER_OUT_OF_MEMORY' });
      process.exit(1);`);
    const error = await processIndexer(path)(JOB, '/cache', recordingEvents().events, silentLogger).catch((e: unknown) => e);
    expect((error as Error).message).toBe('Worker terminated due to reaching memory limit: JS heap out of memory');
    expect(outOfMemory(error)).toBe(true);
  });

  it('says the process ran out of memory when V8 ended it for a full heap (the merge runs on its main thread): the server does not index again in its own', async () => {
    const { path } = script(`
      process.stderr.write('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\\n');
      process.exit(134);`);
    const error = await processIndexer(path)(JOB, '/cache', recordingEvents().events, silentLogger).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^the indexing process stopped \(exit code 134\): FATAL ERROR/);
    expect(outOfMemory(error)).toBe(true);
  });

  it("runs the process with the indexing's heap settings (a heap for the merge, small young generations, gc exposed), the server's node options after them", async () => {
    const { path, dir } = script(`
      require('node:fs').writeFileSync(require('node:path').join(__dirname, 'execArgv.json'), JSON.stringify(process.execArgv));
      await send({ kind: 'done' });
      process.exit(0);`);
    await expect(processIndexer(path)(JOB, '/cache', recordingEvents().events, silentLogger)).resolves.toBe('done');
    const execArgv = JSON.parse(readFileSync(join(dir, 'execArgv.json'), 'utf8')) as string[];
    expect(execArgv.slice(0, 4)).toEqual(indexingHeapFlags());
    expect(indexingHeapFlags()).toEqual([expect.stringMatching(/^--max-old-space-size=\d{4,}$/), '--max-semi-space-size=4', '--heap-growing-percent=20', '--expose-gc']);
    expect(execArgv.slice(4)).toEqual(process.execArgv.filter((arg) => !arg.startsWith('--inspect')));
  });

  it("leaves out the server's own V8 options: the indexing process keeps its small heap limits", () => {
    const server = ['--initial-old-space-size=128', '--expose-gc', '--inspect=6011'];
    expect(childExecArgv(server)).toEqual([...indexingHeapFlags(), '--expose-gc']);
  });

  it("runs the process with malloc held to two arenas, large blocks mapped apart, and the server's environment otherwise; a setting of the server's own wins", async () => {
    const { path, dir } = script(`
      require('node:fs').writeFileSync(require('node:path').join(__dirname, 'env.json'), JSON.stringify({ arenas: process.env.MALLOC_ARENA_MAX, mmap: process.env.MALLOC_MMAP_THRESHOLD_, path: process.env.PATH }));
      await send({ kind: 'done' });
      process.exit(0);`);
    const own = { arenas: process.env.MALLOC_ARENA_MAX, mmap: process.env.MALLOC_MMAP_THRESHOLD_ };
    delete process.env.MALLOC_ARENA_MAX;
    delete process.env.MALLOC_MMAP_THRESHOLD_;
    try {
      await expect(processIndexer(path)(JOB, '/cache', recordingEvents().events, silentLogger)).resolves.toBe('done');
    } finally {
      if (own.arenas !== undefined) process.env.MALLOC_ARENA_MAX = own.arenas;
      if (own.mmap !== undefined) process.env.MALLOC_MMAP_THRESHOLD_ = own.mmap;
    }
    // 128 KB: glibc's own starting threshold, given so that malloc no longer raises it.
    expect(JSON.parse(readFileSync(join(dir, 'env.json'), 'utf8'))).toEqual({ arenas: '2', mmap: '131072', path: process.env.PATH });
    expect(withMallocSettings({ MALLOC_ARENA_MAX: '8', MALLOC_MMAP_THRESHOLD_: '65536', HOME: '/home/analyst' })).toEqual({ MALLOC_ARENA_MAX: '8', MALLOC_MMAP_THRESHOLD_: '65536', HOME: '/home/analyst' });
  });

  it('rejects with what the process wrote when it ends without a word', async () => {
    const { path } = script(`process.stderr.write('SyntaxError: broken bundle'); process.exit(2);`);
    const error = await processIndexer(path)(JOB, '/cache', recordingEvents().events, silentLogger).catch((e: unknown) => e);
    expect((error as Error).message).toBe('the indexing process stopped (exit code 2): SyntaxError: broken bundle');
    expect(outOfMemory(error)).toBe(false);
  });

  it('ends the process when the run is cancelled (a newer run waits for it)', async () => {
    const { path, dir } = script(`
      require('node:fs').writeFileSync(require('node:path').join(__dirname, 'pid'), String(process.pid));
      await send({ kind: 'progress', done: 1 });
      setInterval(() => undefined, 1000);`);
    let cancelled = false;
    const { events } = recordingEvents(() => cancelled);
    const run = processIndexer(path)(JOB, '/cache', { ...events, onProgress: () => (cancelled = true) }, silentLogger);
    await expect(run).resolves.toBe('cancelled');
    const pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
