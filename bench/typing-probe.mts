// The typing bench's first pass, alone and repeatable: one server, the 10k corpus's 100 KB note
// (or, with --note=large, the 1 MB note, opened first: the bench types into it second),
// `--passes` passes of 500 keystrokes + a hover on one of five names, 30 ms apart, each pass once
// the server is idle (BENCHMARKS.md, issue 14, eighth pass). Prints the server's CPU per keystroke
// (main thread in brackets) and the hover's p50 / p99 for each pass.
//
//   cd bench && node --import tsx typing-probe.mts [--storage=<dir>] [--passes=2] [--note=medium]
//       [--bare] [--strace=<file>] [--perf=<file>] [--perf-all=<file>] [--trace=<prefix>]
//       [--census] [--corpus=<package folder>] [--node-arg=<flag>]...
//
// --storage: the server's storage folder; keep it between runs for a warm start from the index
//   cache (the first run indexes). --bare: bare-server.cjs instead of Dossier's server (the
//   protocol library's floor). --strace / --perf: `strace -c` (event loop waits and writes) or
//   `perf record -g` of the server's main thread over the first pass (with --node-arg=--perf-basic-prof
//   for JavaScript names); --perf-all=<file> the same of all its threads. --trace: when each hover was sent and answered on the client
//   (<prefix>.client.json) and what the server's main thread saw of it (hover-trace.cjs,
//   <prefix>.server.json); read them with hover-waits.mjs (with --trace-client-only, the client's
//   file alone, to place the samples of a --node-arg=--cpu-prof profile). --census: per keystroke of
//   each pass, each server thread's CPU and timeslices (/proc/<pid>/task/*/schedstat: how often it
//   woke), the messages the server sent by method, and its garbage collections by kind (census.cjs).
//   --corpus: the corpus package the server imports (corpus-redirect.mjs), e.g. ../packages/corpus:
//   in a git worktree whose node_modules link to the main checkout, the server otherwise runs the
//   main checkout's corpus build with the worktree's language server.
//   Run two builds in turns: the machine is shared.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient, SERVER } from '../packages/lsp/test/integration/lspClient.js';
import { isCard, mainThreadCpuMs, processCpuMs } from './src/typing.js';

const here = dirname(fileURLToPath(import.meta.url));
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const bare = process.argv.includes('--bare');
const passes = Number(option('passes') ?? 2);
const storage = option('storage') ?? mkdtempSync(join(tmpdir(), 'dossier-probe-'));
const nodeArgs = process.argv.filter((a) => a.startsWith('--node-arg=')).map((a) => a.slice('--node-arg='.length));
const tracePrefix = option('trace');
// --trace-client-only: the client's side alone (to place a --cpu-prof profile's samples without the server's probe).
if (tracePrefix && !process.argv.includes('--trace-client-only')) nodeArgs.push(`--require=${join(here, 'hover-trace.cjs')}`);
const census = process.argv.includes('--census');
const censusFile = join(tmpdir(), `dossier-census-${process.pid}.json`);
if (census) nodeArgs.push(`--require=${join(here, 'census.cjs')}`);
const corpusPackage = option('corpus');
if (corpusPackage) nodeArgs.push(`--import=${pathToFileURL(join(here, 'corpus-redirect.mjs')).href}`);
/** The monotonic clock hover-trace.cjs uses in the server, in ms. */
const hrNow = () => Number(process.hrtime.bigint()) / 1e6;
const clientTrace: { pass: number; keystroke: number; changeSent: number; sent: number; received: number }[] = [];
const workspace = join(here, '.corpora/ws-10000');
const noteName = option('note') ?? 'medium';
if (!['small', 'medium', 'large'].includes(noteName)) throw new Error(`--note: small, medium or large, not ${noteName}`);
const notePath = join(workspace, `notes/${noteName}.md`);
const censuses: { pass: number; window: { start: number; end: number }; threads: ReturnType<typeof threadDelta>; sent: Record<string, number> }[] = [];
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Until the server used under 5% CPU over half a second (background work after indexing is not typing). */
async function untilIdle(pid: number): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const before = processCpuMs(pid);
    await wait(500);
    if (processCpuMs(pid) - before < 25) return;
  }
}

/** strace or perf attached to the server's main thread (its thread id is its pid), or null. */
async function tracer(pid: number): Promise<ChildProcess | null> {
  const strace = option('strace');
  const perf = option('perf');
  if (strace) return settled(spawn('strace', ['-c', '-e', 'trace=epoll_pwait,write,writev', '-p', String(pid), '-o', strace], { stdio: 'ignore' }));
  if (perf) return settled(spawn('perf', ['record', '-F', '1999', '-g', '-t', String(pid), '-o', perf], { stdio: 'ignore' }));
  // --perf-all: every thread of the server (V8's helper threads: compiling, collecting).
  const perfAll = option('perf-all');
  if (perfAll) return settled(spawn('perf', ['record', '-F', '1999', '-g', '-p', String(pid), '-o', perfAll], { stdio: 'ignore' }));
  return null;
}

async function settled(child: ChildProcess): Promise<ChildProcess> {
  await wait(500);
  return child;
}

const child = spawn(process.execPath, [...nodeArgs, bare ? join(here, 'bare-server.cjs') : SERVER, '--stdio'], {
  stdio: ['pipe', 'pipe', 'pipe'],
  cwd: workspace,
  env: { ...process.env, ...(tracePrefix ? { HOVER_TRACE: `${tracePrefix}.server.json` } : {}), ...(census ? { DOSSIER_CENSUS: censusFile } : {}), ...(corpusPackage ? { DOSSIER_CORPUS_PACKAGE: resolve(corpusPackage) } : {}) },
});
const client = new LspClient(child.stdout!, child.stdin!, child);
const pid = child.pid!;
await client.initialize(workspace, { storagePath: storage });
// Typing begins once the index is ready: a cold index runs in a process of its own, which the idle wait below does not see.
if (!bare) await client.waitForStatus('ready', 900_000);
const text = readFileSync(notePath, 'utf8');
const uri = pathToFileURL(notePath).href;
const lines = text.split('\n');
const middle = Math.floor(lines.length / 2);
await client.open(uri, text);
const published = () => client.notifications.some((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string; version?: number }).uri === uri && (n.params as { version?: number }).version === 1);
if (!bare) await client.waitFor('diagnostics', published, 300_000);
const targets: { line: number; character: number }[] = [];
for (let i = middle - 1; i > 0 && targets.length < 5; i--) if (lines[i]!.startsWith('- ')) targets.push({ line: i, character: 4 });
const hover = (i: number) => client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: targets[i % targets.length] });
for (let i = 0; i < 10; i++) await hover(i);
let typed = '';
for (let i = middle; typed.length < 500 * passes; i++) typed += `${lines[i % lines.length]}\n`;
let version = 1;
let at = { line: middle, character: 0 };
for (let pass = 0; pass < passes; pass++) {
  await untilIdle(pid);
  const traced = pass === 0 ? await tracer(pid) : null;
  const cpu0 = processCpuMs(pid);
  const main0 = mainThreadCpuMs(pid);
  const threads0 = threadStats(pid);
  const sent0 = client.notifications.length;
  const window = { start: hrNow(), end: 0 };
  const hovers: number[] = [];
  for (let i = 0; i < 500; i++) {
    const tick = performance.now();
    const changeSent = hrNow();
    const ch = typed[pass * 500 + i]!;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: at, end: at }, text: ch }] });
    at = ch === '\n' ? { line: at.line + 1, character: 0 } : { line: at.line, character: at.character + 1 };
    const sent = performance.now();
    const hoverSent = hrNow();
    if (!isCard(await hover(i))) throw new Error(`no card for keystroke ${i}`);
    const received = hrNow();
    hovers.push(performance.now() - sent);
    clientTrace.push({ pass, keystroke: i, changeSent, sent: hoverSent, received });
    await wait(30 - (performance.now() - tick));
  }
  const cpu = (processCpuMs(pid) - cpu0) / 500;
  const main = (mainThreadCpuMs(pid) - main0) / 500;
  window.end = hrNow();
  if (census) censuses.push({ pass, window, threads: threadDelta(threads0, threadStats(pid)), sent: countMethods(client.notifications.slice(sent0)) });
  if (traced) {
    traced.kill('SIGINT');
    await new Promise((resolve) => traced.once('exit', resolve));
  }
  hovers.sort((a, b) => a - b);
  console.log(`pass ${pass + 1}: ${cpu.toFixed(2)} (${main.toFixed(2)}) ms/keystroke, hover p50 ${hovers[250]!.toFixed(2)} p99 ${hovers[495]!.toFixed(2)} ms`);
}
await client.stop().catch(() => client.kill());
if (tracePrefix) writeFileSync(`${tracePrefix}.client.json`, JSON.stringify(clientTrace));
if (census) await printCensus();

/** Each thread of the server: its name, time on a CPU (ms) and timeslices run (/proc/<pid>/task/<tid>/schedstat). */
function threadStats(server: number): Map<string, { name: string; runMs: number; slices: number }> {
  const stats = new Map<string, { name: string; runMs: number; slices: number }>();
  for (const tid of readdirSync(`/proc/${server}/task`)) {
    try {
      const [run, , slices] = readFileSync(`/proc/${server}/task/${tid}/schedstat`, 'utf8').trim().split(' ').map(Number);
      const comm = readFileSync(`/proc/${server}/task/${tid}/comm`, 'utf8').trim();
      stats.set(tid, { name: Number(tid) === server ? 'main' : comm, runMs: run! / 1e6, slices: slices! });
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return stats;
}

/** Per keystroke: each thread's CPU (µs) and timeslices over the pass (threads that did nothing left out). */
function threadDelta(before: ReturnType<typeof threadStats>, after: ReturnType<typeof threadStats>) {
  const rows: { tid: string; name: string; cpuUs: number; slices: number }[] = [];
  for (const [tid, end] of after) {
    const start = before.get(tid) ?? { runMs: 0, slices: 0 };
    const row = { tid, name: end.name, cpuUs: ((end.runMs - start.runMs) * 1000) / 500, slices: (end.slices - start.slices) / 500 };
    if (row.slices > 0) rows.push(row);
  }
  return rows;
}

function countMethods(messages: { method: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { method } of messages) counts[method] = (counts[method] ?? 0) + 1 / 500;
  return counts;
}

/** The census of each pass, with the server's collections (census.cjs, written when it exited) in its window. */
async function printCensus(): Promise<void> {
  for (let i = 0; i < 50 && !existsSync(censusFile); i++) await wait(100);
  const gcs: { start: number; duration: number; kind: number }[] = existsSync(censusFile) ? JSON.parse(readFileSync(censusFile, 'utf8')) : [];
  for (const { pass, window, threads, sent } of censuses) {
    const inPass = gcs.filter((g) => g.start >= window.start && g.start <= window.end);
    const byKind = (kind: number) => inPass.filter((g) => g.kind === kind);
    const gcMs = inPass.reduce((sum, g) => sum + g.duration, 0);
    console.log(`pass ${pass + 1} census, per keystroke:`);
    for (const t of threads) console.log(`  thread ${t.tid} ${t.name}: ${t.cpuUs.toFixed(0)} µs CPU, ${t.slices.toFixed(2)} timeslices`);
    console.log(`  sent: ${Object.entries(sent).map(([m, n]) => `${m} ${n.toFixed(2)}`).join(', ') || 'nothing'}`);
    console.log(`  gc: scavenges ${(byKind(1).length / 500).toFixed(3)}, mark-compact ${(byKind(4).length / 500).toFixed(3)}, incremental marking ${(byKind(8).length / 500).toFixed(3)}, weak callbacks ${(byKind(16).length / 500).toFixed(3)}; ${((gcMs * 1000) / 500).toFixed(0)} µs on the main thread`);
  }
}
