// The typing bench's first pass, alone and repeatable: one server, the 10k corpus's 100 KB note,
// `--passes` passes of 500 keystrokes + a hover on one of five names, 30 ms apart, each pass once
// the server is idle (BENCHMARKS.md, issue 14, eighth pass). Prints the server's CPU per keystroke
// (main thread in brackets) and the hover's p50 / p99 for each pass.
//
//   cd bench && node --import tsx typing-probe.mts [--storage=<dir>] [--passes=2]
//       [--bare] [--strace=<file>] [--perf=<file>] [--trace=<prefix>] [--node-arg=<flag>]...
//
// --storage: the server's storage folder; keep it between runs for a warm start from the index
//   cache (the first run indexes). --bare: bare-server.cjs instead of Dossier's server (the
//   protocol library's floor). --strace / --perf: `strace -c` (event loop waits and writes) or
//   `perf record -g` of the server's main thread over the first pass (with --node-arg=--perf-basic-prof
//   for JavaScript names). --trace: when each hover was sent and answered on the client
//   (<prefix>.client.json) and what the server's main thread saw of it (hover-trace.cjs,
//   <prefix>.server.json); read them with hover-waits.mjs (with --trace-client-only, the client's
//   file alone, to place the samples of a --node-arg=--cpu-prof profile). Run two builds in turns: the machine is shared.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient, SERVER } from '../packages/lsp/test/integration/lspClient.js';
import { mainThreadCpuMs, processCpuMs } from './src/typing.js';

const here = dirname(fileURLToPath(import.meta.url));
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const bare = process.argv.includes('--bare');
const passes = Number(option('passes') ?? 2);
const storage = option('storage') ?? mkdtempSync(join(tmpdir(), 'dossier-probe-'));
const nodeArgs = process.argv.filter((a) => a.startsWith('--node-arg=')).map((a) => a.slice('--node-arg='.length));
const tracePrefix = option('trace');
// --trace-client-only: the client's side alone (to place a --cpu-prof profile's samples without the server's probe).
if (tracePrefix && !process.argv.includes('--trace-client-only')) nodeArgs.push(`--require=${join(here, 'hover-trace.cjs')}`);
/** The monotonic clock hover-trace.cjs uses in the server, in ms. */
const hrNow = () => Number(process.hrtime.bigint()) / 1e6;
const clientTrace: { pass: number; keystroke: number; changeSent: number; sent: number; received: number }[] = [];
const workspace = join(here, '.corpora/ws-10000');
const notePath = join(workspace, 'notes/medium.md');
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
  return null;
}

async function settled(child: ChildProcess): Promise<ChildProcess> {
  await wait(500);
  return child;
}

const child = spawn(process.execPath, [...nodeArgs, bare ? join(here, 'bare-server.cjs') : SERVER, '--stdio'], {
  stdio: ['pipe', 'pipe', 'pipe'],
  cwd: workspace,
  env: tracePrefix ? { ...process.env, HOVER_TRACE: `${tracePrefix}.server.json` } : process.env,
});
const client = new LspClient(child.stdout!, child.stdin!, child);
const pid = child.pid!;
await client.initialize(workspace, { storagePath: storage });
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
  const hovers: number[] = [];
  for (let i = 0; i < 500; i++) {
    const tick = performance.now();
    const changeSent = hrNow();
    const ch = typed[pass * 500 + i]!;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: at, end: at }, text: ch }] });
    at = ch === '\n' ? { line: at.line + 1, character: 0 } : { line: at.line, character: at.character + 1 };
    const sent = performance.now();
    const hoverSent = hrNow();
    if (!(await hover(i))?.contents.value) throw new Error(`no card for keystroke ${i}`);
    const received = hrNow();
    hovers.push(performance.now() - sent);
    clientTrace.push({ pass, keystroke: i, changeSent, sent: hoverSent, received });
    await wait(30 - (performance.now() - tick));
  }
  const cpu = (processCpuMs(pid) - cpu0) / 500;
  const main = (mainThreadCpuMs(pid) - main0) / 500;
  if (traced) {
    traced.kill('SIGINT');
    await new Promise((resolve) => traced.once('exit', resolve));
  }
  hovers.sort((a, b) => a - b);
  console.log(`pass ${pass + 1}: ${cpu.toFixed(2)} (${main.toFixed(2)}) ms/keystroke, hover p50 ${hovers[250]!.toFixed(2)} p99 ${hovers[495]!.toFixed(2)} ms`);
}
await client.stop().catch(() => client.kill());
if (tracePrefix) writeFileSync(`${tracePrefix}.client.json`, JSON.stringify(clientTrace));
