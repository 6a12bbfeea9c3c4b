import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_NODE_ARGS, withMallocSettings } from '../../packages/lsp/src/mallocEnv.js';
import { LspClient } from '../../packages/lsp/test/integration/lspClient.js';
import { ensureWorkspace } from './corpora.js';
import { firstCard, firstPreviewCard } from './lspLatency.js';

/**
 * `npm run bench -- --size 1m`: one large corpus (generated once, or reused), indexed by the built
 * language server as an editor would start it, with its progress shown; then started again on its
 * cache. Reports what issue 15 asks of a large corpus: throughput, peak memory, the snapshot's
 * size, the warm start and the hover latencies (each name of the medium note asked once, so its
 * first card is in the figures). Every figure is measured in this run; none is estimated.
 */
export interface ScaleResult {
  date: string;
  articles: number;
  files: number;
  corpusBytes: number;
  load: { before: number[]; after: number[] };
  /** Null with `warmOnly`: the cache of an earlier run was opened instead. */
  cold: ColdRun | null;
  warm: WarmRun;
  snapshotBytes: number;
  cacheBytes: number;
}

interface ColdRun {
  /** From spawning the server to the first hover that is a card of the full index (asked again while it says how far indexing is, or gives a preview's card). */
  startToFirstHoverMs: number;
  /** From spawning the server to the first card of a preview index for a name of the small note; null when none came before the full index. */
  startToFirstPreviewCardMs: number | null;
  /** From the first progress report to the index being ready: discovery excluded. */
  indexingMs: number;
  mbPerSecond: number;
  /** The peak of the server's resident memory and its indexing process's together (sampled every 250 ms; the server's own peak if higher). */
  peakRssBytes: number;
  /** The server's own peak: the indexing process's memory is not in it. */
  serverPeakRssBytes: number;
  /** The server's resident memory once the index is ready and the first hover answered. */
  rssAfterBytes: number;
  /** A hover sent while indexing: how long its answer took, and what it said. */
  hoverDuringIndexing: { ms: number; text: string } | null;
  /** The warm run's 500 hovers, asked of the cold server too, so that both have done the same work before `settled`. */
  hover: HoverFigures;
  settled: SettledMemory;
}

interface WarmRun {
  startToFirstHoverMs: number;
  peakRssBytes: number;
  /** The server's resident memory when the first hover is answered. */
  rssAtFirstHoverBytes: number;
  /** After the 500 hovers. */
  rssAfterBytes: number;
  hover: HoverFigures;
  settled: SettledMemory;
}

interface HoverFigures {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * The server's resident memory read at the same point in the cold and the warm run: after the first
 * card and the 500 hovers, once its background work is done (waitUntilIdle), then after a full
 * collection. The readings at ready (cold) and at the first hover (warm) came at different points,
 * with that work ahead: at 100k the quotation scans of the two open notes (every corpus file read
 * twice, findQuoteSources and findClosestPassages) kept either server busy for 100–220 s after the
 * hovers, its heap growing with garbage to 650–690 MB of RSS before V8 collected it.
 */
interface SettledMemory {
  rssBytes: number;
  /** Then after two full collections (fullCollection.cjs): what the server keeps, without the garbage V8 had not collected yet. */
  rssCollectedBytes: number;
  /**
   * What that RSS is made of: the V8 heap's live objects and its committed size (V8 keeps old
   * space it grew to: 168 or 247 MB committed for the same 158.6 MB live in two warm servers at
   * 100k), the anonymous memory outside the V8 heap (malloc's arenas, array buffers' pages,
   * stacks), and the pages mapped from files (the node binary's code run so far). Null when the
   * server did not report its heap within COLLECTED_MAX_MS.
   */
  collected: { heapUsedBytes: number; heapTotalBytes: number; outsideHeapBytes: number; fileBytes: number } | null;
  /** How long after the hovers the server became idle (or SETTLE_MAX_MS, when it did not). */
  waitedMs: number;
  idle: boolean;
}

export interface ScaleOptions {
  /**
   * The folder for the server's cache and workspace storage, kept after the run (default: a
   * temporary folder, removed), so that a later run can start warm on it.
   */
  storage?: string;
  /** Only the warm run, on the cache an earlier run left in `storage`. */
  warmOnly?: boolean;
  /** Given to node before the server's path (e.g. --cpu-prof). */
  serverNodeArgs?: string[];
  /** Another build's server (its packages/lsp/dist/server.js), to measure it with this bench. */
  serverPath?: string;
  /** The warm run's client watches files for the server, as VS Code does (default: it does not, as the cold run's). */
  clientWatchesFiles?: boolean;
  /**
   * Starts the server without the malloc settings the extension gives it (mallocEnv.ts), as every
   * launcher did before 2026-12-06: to measure an older build as it was run.
   */
  withoutMallocSettings?: boolean;
  /** Starts the server without mallocEnv.ts's SERVER_NODE_ARGS (its old generation's first limit), as launchers did before 2026-12-06 (second stop). */
  withoutServerNodeArgs?: boolean;
}

/** How the server is started: this checkout's build unless `path` names another. */
interface ServerCommand {
  nodeArgs: string[];
  path?: string;
  clientWatchesFiles?: boolean;
  withoutMallocSettings?: boolean;
  withoutServerNodeArgs?: boolean;
}

/** What the warm run's client says it can do: file watching too with `clientWatchesFiles`. */
function clientCapabilities(server: ServerCommand): Record<string, unknown> {
  const workspace = { configuration: true, ...(server.clientWatchesFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}) };
  return { workspace, window: { workDoneProgress: true } };
}

/** Parses "1m", "100k", "10000". */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`--size: "${text}" is not a number of articles (10000, 100k, 1m)`);
  const unit = match[2]!.toLowerCase() === 'm' ? 1e6 : match[2]!.toLowerCase() === 'k' ? 1e3 : 1;
  return Math.round(Number(match[1]) * unit);
}

export async function runScale(size: number, log: (line: string) => void, options: ScaleOptions = {}): Promise<ScaleResult> {
  const before = loadavg();
  log(`== ${size} articles (load average ${before.map((l) => l.toFixed(1)).join(' ')}) ==`);
  const ws = ensureWorkspace(size, (files, articles) => log(`generating: ${articles} articles in ${files} files`));
  log(`corpus: ${ws.articles} articles in ${ws.files} files, ${(ws.bytes / 1e6).toFixed(1)} MB (${ws.workspace})`);
  // Absolute: the server runs in another folder, where a relative path would name another cache.
  const storage = options.storage ? resolve(options.storage) : mkdtempSync(join(tmpdir(), 'dossier-scale-cache-'));
  mkdirSync(storage, { recursive: true });
  const server: ServerCommand = { nodeArgs: options.serverNodeArgs ?? [], ...(options.serverPath ? { path: options.serverPath } : {}), clientWatchesFiles: !!options.clientWatchesFiles, withoutMallocSettings: !!options.withoutMallocSettings, withoutServerNodeArgs: !!options.withoutServerNodeArgs };
  try {
    const cache = join(storage, 'cache');
    if (options.warmOnly && !existsSync(cache)) throw new Error(`--warm-only: no cache in ${storage}; run once without it first`);
    const cold = options.warmOnly ? null : await coldRun(ws.workspace, ws.notes, storage, ws.bytes, log, server);
    const corpusFolder = readdirSync(cache).find((name) => name.startsWith('corpus-'));
    if (!corpusFolder) throw new Error(`no corpus cache folder in ${cache}`);
    const snapshotBytes = statSync(join(cache, corpusFolder, 'snapshot.v8')).size;
    const cacheBytes = folderBytes(cache);
    log(`snapshot ${(snapshotBytes / 1e6).toFixed(0)} MB, whole cache ${(cacheBytes / 1e6).toFixed(0)} MB`);
    const warm = await warmRun(ws.workspace, ws.notes, storage, log, server);
    if (cold) logColdAgainstWarm(cold, warm, log);
    return { date: new Date().toISOString(), articles: ws.articles, files: ws.files, corpusBytes: ws.bytes, load: { before, after: loadavg() }, cold, warm, snapshotBytes, cacheBytes };
  } finally {
    if (!options.storage) rmSync(storage, { recursive: true, force: true });
  }
}

/** Issue 15's "memory after a cold index no higher than after a warm start": the settled readings, and the earlier ones beside them. */
function logColdAgainstWarm(cold: ColdRun, warm: WarmRun, log: (line: string) => void): void {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
  log(`server RSS cold / warm, settled after the same work: ${mb(cold.settled.rssBytes)} / ${mb(warm.settled.rssBytes)}; after a full collection then: ${mb(cold.settled.rssCollectedBytes)} / ${mb(warm.settled.rssCollectedBytes)}; as read before (cold at ready / warm at its first hover): ${mb(cold.rssAfterBytes)} / ${mb(warm.rssAtFirstHoverBytes)}`);
}

async function coldRun(workspace: string, notes: { small: string; medium: string }, storage: string, bytes: number, log: (line: string) => void, server: ServerCommand): Promise<ColdRun> {
  const note = notes.small;
  const started = performance.now();
  const client = startServer(workspace, server);
  const tree = sampleTreeRss(client.child!.pid!);
  try {
    let indexingStarted = 0;
    let indexingEnded = 0;
    let lastLog = 0;
    const midway: { hover: Promise<{ ms: number; text: string }> | null } = { hover: null };
    const text = readFileSync(note, 'utf8');
    const uri = pathToFileURL(note).href;
    let lastPhase = '';
    // This handler replaces the client's own record of dossier/status (waitForStatus would never see "ready").
    let markReady!: () => void;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    client.connection.onNotification('dossier/status', (status: { state: string; phase?: string; done: number; total: number; message?: string }) => {
      const now = performance.now();
      if (status.state === 'indexing') indexingStarted ||= now;
      if (status.state === 'ready') {
        indexingEnded ||= now;
        markReady();
      }
      if (now - lastLog > 5000 || status.state !== 'indexing' || status.phase !== lastPhase) {
        lastLog = now;
        lastPhase = status.phase ?? '';
        const what = `${status.state}${status.phase ? ` ${status.phase}` : ''} ${status.done}/${status.total}${status.message ? ` (${status.message})` : ''}`;
        log(`  ${((now - started) / 1000).toFixed(0)} s: ${what}, server RSS ${(rssOf(client.child!.pid!) / 1e6).toFixed(0)} MB`);
      }
      // Halfway through the files, a hover: the analyst's question while waiting.
      if (!midway.hover && status.state === 'indexing' && status.total > 0 && status.done >= status.total / 2) midway.hover = timedHover(client, uri, text);
    });
    await client.initialize(workspace, { storagePath: join(storage, 'workspace-storage'), cacheDir: join(storage, 'cache') });
    await client.open(uri, text);
    const previewCard = await firstPreviewCard(client, uri, namePositions(text, 100));
    const startToFirstPreviewCardMs = previewCard ? performance.now() - started : null;
    log(`cold start to first preview card: ${startToFirstPreviewCardMs === null ? 'none (a card of the full index came first)' : `${(startToFirstPreviewCardMs / 1000).toFixed(1)} s: ${previewCard!.contents.value.split('\n').slice(0, 3).join(' ')}`}`);
    const first = await firstCard(client, uri, firstName(text));
    const startToFirstHoverMs = performance.now() - started;
    log(`cold start to first hover: ${(startToFirstHoverMs / 1000).toFixed(1)} s: ${first?.contents.value.split('\n')[0] ?? 'no hover'}`);
    // The card comes once the index exists; the snapshot is written after it (status ready).
    await ready;
    const during = midway.hover ? await midway.hover : null;
    if (during) log(`hover during indexing: answered in ${during.ms.toFixed(0)} ms: ${during.text}`);
    const indexingMs = (indexingEnded || performance.now()) - (indexingStarted || started);
    const memory = memoryOf(client.child!.pid!);
    const peak = Math.max(memory.peak, tree.peak());
    log(`indexing ${(indexingMs / 1000).toFixed(1)} s = ${(bytes / 1e6 / (indexingMs / 1000)).toFixed(2)} MB/s; peak RSS ${(peak / 1e6).toFixed(0)} MB = ${(peak / bytes).toFixed(2)}x the corpus (server and indexing process; the server alone ${(memory.peak / 1e6).toFixed(0)} MB), server ${(memory.now / 1e6).toFixed(0)} MB after`);
    logServer(client, log);
    const hover = await measureHovers(client, notes.medium, log);
    log(`cold server, hover p50 ${hover.p50.toFixed(2)} ms, p99 ${hover.p99.toFixed(2)} ms, max ${hover.max.toFixed(1)} ms; server RSS ${(rssOf(client.child!.pid!) / 1e6).toFixed(0)} MB`);
    const settled = await settledMemory(client, 'cold', log);
    return { startToFirstHoverMs, startToFirstPreviewCardMs, indexingMs, mbPerSecond: bytes / 1e6 / (indexingMs / 1000), peakRssBytes: peak, serverPeakRssBytes: memory.peak, rssAfterBytes: memory.now, hoverDuringIndexing: during, hover, settled };
  } finally {
    tree.stop();
    await client.stop().catch(() => client.kill());
  }
}

async function warmRun(workspace: string, notes: { small: string; medium: string }, storage: string, log: (line: string) => void, server: ServerCommand): Promise<WarmRun> {
  const started = performance.now();
  const client = startServer(workspace, server);
  try {
    // Another workspace storage folder, the same cache: as code-server on another port.
    await client.initialize(workspace, { storagePath: join(storage, 'workspace-storage-2'), cacheDir: join(storage, 'cache') }, clientCapabilities(server));
    const initializedMs = performance.now() - started;
    const text = readFileSync(notes.small, 'utf8');
    const uri = pathToFileURL(notes.small).href;
    await client.open(uri, text);
    const first = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: firstName(text) });
    const startToFirstHoverMs = performance.now() - started;
    const after = memoryOf(client.child!.pid!);
    log(`warm start to first hover: ${(startToFirstHoverMs / 1000).toFixed(2)} s (initialize answered at ${(initializedMs / 1000).toFixed(2)} s); server RSS ${(after.now / 1e6).toFixed(0)} MB`);
    log(`  first hover: ${first?.contents.value.split('\n')[0] ?? 'no hover'}`);
    const hover = await measureHovers(client, notes.medium, log);
    const memory = memoryOf(client.child!.pid!);
    log(`hover p50 ${hover.p50.toFixed(2)} ms, p99 ${hover.p99.toFixed(2)} ms, max ${hover.max.toFixed(1)} ms (${hover.count} names, each asked once); server RSS ${(memory.now / 1e6).toFixed(0)} MB`);
    logServer(client, log);
    const settled = await settledMemory(client, 'warm', log);
    return { startToFirstHoverMs, peakRssBytes: memory.peak, rssAtFirstHoverBytes: after.now, rssAfterBytes: memory.now, hover, settled };
  } finally {
    await client.stop().catch(() => client.kill());
  }
}

/** Each name of the medium note hovered once, in order; the slowest are logged with their names. */
async function measureHovers(client: LspClient, note: string, log: (line: string) => void): Promise<HoverFigures> {
  const medium = readFileSync(note, 'utf8');
  const uri = pathToFileURL(note).href;
  const lines = medium.split('\n');
  await client.open(uri, medium);
  const samples: { ms: number; at: number; name: string }[] = [];
  for (const position of namePositions(medium, 500)) {
    const t = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position });
    samples.push({ ms: performance.now() - t, at: samples.length, name: lines[position.line]!.slice(2, 40) });
  }
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.ms;
  const slowest = sorted.slice(-8).reverse();
  log(`  slowest hovers: ${slowest.map((h) => `#${h.at} ${h.ms.toFixed(0)} ms (${h.name.split(' met')[0]})`).join(', ')}`);
  return { count: samples.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1]!.ms };
}

/** Lets the bench ask the server for a full collection (fullCollection.cjs). */
const FULL_COLLECTION_ARGS = ['--expose-gc', '--require', fileURLToPath(new URL('./fullCollection.cjs', import.meta.url))];

function startServer(workspace: string, server: ServerCommand): LspClient {
  // As the extension starts it (clientOptions.ts serverProcessOptions).
  const nodeArgs = [...FULL_COLLECTION_ARGS, ...(server.withoutServerNodeArgs ? [] : SERVER_NODE_ARGS), ...server.nodeArgs];
  const env = server.withoutMallocSettings ? process.env : withMallocSettings();
  if (!server.path) return LspClient.start(['--stdio'], workspace, nodeArgs, env);
  const child = spawn(process.execPath, [...nodeArgs, server.path, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: workspace, env });
  return new LspClient(child.stdout!, child.stdin!, child);
}

/** What the server logged (its first lines: a re-indexing a warm start did not expect shows there). */
function logServer(client: LspClient, log: (line: string) => void): void {
  for (const line of client.logs().slice(0, 12)) log(`  server: ${line.split('\n', 1)[0]!.slice(0, 200)}`);
}

async function timedHover(client: LspClient, uri: string, text: string): Promise<{ ms: number; text: string }> {
  const t = performance.now();
  const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: firstName(text) });
  return { ms: performance.now() - t, text: hover?.contents.value.split('\n')[0] ?? 'no hover' };
}

/** Positions of the names in a generated note: "- First Last met officials in …" lines. */
function namePositions(text: string, limit: number): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  text.split('\n').forEach((line, i) => {
    if (out.length < limit && line.startsWith('- ')) out.push({ line: i, character: 4 });
  });
  return out;
}

function firstName(text: string): { line: number; character: number } {
  return namePositions(text, 1)[0]!;
}

/** How long the server must use almost no CPU to count as idle, how much it may use meanwhile, and how long to wait at most. */
const SETTLE_IDLE_MS = 5000;
const SETTLE_IDLE_CPU_MS = 100;
const SETTLE_MAX_MS = 300_000;
/**
 * How long the bench waits for the server's report of its full collection, and then for its RSS to
 * settle, at most: a server still busy (SETTLE_MAX_MS reached) is read right after its collection,
 * not after it has made new garbage for another five minutes.
 */
const COLLECTED_MAX_MS = 15_000;

/** The server's resident memory once it is idle (SettledMemory), logged beside the earlier reading. */
async function settledMemory(client: LspClient, run: 'cold' | 'warm', log: (line: string) => void): Promise<SettledMemory> {
  const pid = client.child!.pid!;
  const { waitedMs, idle } = await waitUntilIdle(pid);
  const rssBytes = rssOf(pid);
  const collected = await fullCollection(client, pid);
  const rssCollectedBytes = rssOf(pid);
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
  const parts = collected ? ` (V8 heap ${mb(collected.heapUsedBytes)} live of ${mb(collected.heapTotalBytes)} committed, ${mb(collected.outsideHeapBytes)} anonymous outside it, ${mb(collected.fileBytes)} mapped from files)` : '';
  log(`${run} server settled (first card, 500 hovers, then ${idle ? `idle after ${(waitedMs / 1000).toFixed(0)} s` : `not idle within ${SETTLE_MAX_MS / 1000} s`}): server RSS ${mb(rssBytes)}, ${mb(rssCollectedBytes)} after a full collection${parts}`);
  return { rssBytes, rssCollectedBytes, collected, waitedMs, idle };
}

/** What fullCollection.cjs writes on stderr after its collections. */
const COLLECTED_MARK = 'dossier-bench-collected ';

/**
 * Asks the server for two full collections (SIGUSR2, fullCollection.cjs), waits for its report and
 * then for its RSS to stop falling (V8 gives the freed pages back on another thread, after the
 * collection: 399 → 362 MB within half a second in one warm server at 100k), and splits that RSS.
 */
async function fullCollection(client: LspClient, pid: number): Promise<SettledMemory['collected']> {
  const seen = client.stderr.length;
  process.kill(pid, 'SIGUSR2');
  const started = performance.now();
  let line: string | undefined;
  while (!(line = client.stderr.slice(seen).join('').split('\n').find((l) => l.startsWith(COLLECTED_MARK))) && performance.now() - started < COLLECTED_MAX_MS) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (let last = rssOf(pid), i = 0; i < COLLECTED_MAX_MS / 500; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = rssOf(pid);
    if (Math.abs(now - last) < 1e6) break;
    last = now;
  }
  if (!line) return null;
  const heap = JSON.parse(line.slice(COLLECTED_MARK.length)) as { heapUsed: number; heapTotal: number };
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0) * 1024;
  return { heapUsedBytes: heap.heapUsed, heapTotalBytes: heap.heapTotal, outsideHeapBytes: kb('Anonymous') - heap.heapTotal, fileBytes: kb('Rss') - kb('Anonymous') };
}

/**
 * Waits until a process has used less than 2% of a core (SETTLE_IDLE_CPU_MS in SETTLE_IDLE_MS; all
 * its threads: the collector's too) in the last `idleMs`, or `maxMs` have passed: the server's
 * background work (the open notes' quotation scans and spelling, the notes graph, a warm start's
 * check of the corpus, the folder watcher's listing) waits for a pause in requests.
 */
async function waitUntilIdle(pid: number, idleMs = SETTLE_IDLE_MS, maxMs = SETTLE_MAX_MS): Promise<{ waitedMs: number; idle: boolean }> {
  const started = performance.now();
  const samples: { at: number; cpuMs: number }[] = [];
  for (;;) {
    const at = performance.now();
    samples.push({ at, cpuMs: cpuMsOf(pid) });
    const windowStart = samples.find((s) => at - s.at <= idleMs)!;
    const spanned = samples.some((s) => at - s.at >= idleMs);
    const cpuAllowed = (SETTLE_IDLE_CPU_MS * idleMs) / SETTLE_IDLE_MS;
    if (spanned && samples[samples.length - 1]!.cpuMs - windowStart.cpuMs < cpuAllowed) return { waitedMs: at - started, idle: true };
    if (at - started >= maxMs) return { waitedMs: at - started, idle: false };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The CPU time a process has used (user and system, all threads), in ms. */
function cpuMsOf(pid: number): number {
  // Fields after the command's closing parenthesis: state is the 3rd of /proc/<pid>/stat, utime the 14th, stime the 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's times, on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** Resident memory of a process and its peak so far (VmRSS and VmHWM: threads included), in bytes. */
function memoryOf(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { now: kb('VmRSS'), peak: kb('VmHWM') };
}

/**
 * The highest resident memory of a process and its descendants together, sampled every 250 ms: the
 * server indexes a cold corpus in a child process, whose memory the server's VmHWM does not count.
 */
function sampleTreeRss(pid: number): { peak: () => number; stop: () => void } {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 250);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

function treeRss(pid: number): number {
  let children: string[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    // Gone, or no such file on this kernel: the process alone.
  }
  return rssOf(pid) + children.reduce((sum, child) => sum + treeRss(Number(child)), 0);
}

function rssOf(pid: number): number {
  try {
    return memoryOf(pid).now;
  } catch {
    return 0;
  }
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}
