// What the slowest hovers of the scale bench's warm run are made of (issue 15's "hover p99 <= 2 ms
// at 100k"): the server started as the bench starts it, with hover-trace.cjs preloaded, then the
// small note's first name (a warm-up) and the 500 names of the medium note hovered once each, as
// scale.ts's warm run does. Writes <prefix>.client.json (when each hover was sent and answered, on
// the clock both processes share) and <prefix>.server.json (hover-trace.cjs), which
// `node bench/hover-waits.mjs <prefix>` cuts into client → server, the server's own time, server →
// client, the server main thread's run-queue wait and CPU, and its garbage collections.
//
//   cd bench && node --import tsx hover-tail.mts <bench workspace, e.g. .corpora/ws-100000> <storage of a --size run> <server.js> <prefix> [--cpu-prof] [--wait-check]
//   (the storage's cache must be the server build's, or it indexes first)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_NODE_ARGS, withMallocSettings } from '../packages/lsp/src/mallocEnv.js';
import { LspClient } from '../packages/lsp/test/integration/lspClient.js';

const [ws, storage, server, prefix] = process.argv.slice(2, 6).map((a) => resolve(a));
const profile = process.argv.includes('--cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${dirname(prefix!)}`] : [];
const trace = fileURLToPath(new URL('./hover-trace.cjs', import.meta.url));
const hrNow = () => Number(process.hrtime.bigint()) / 1e6;

const env = { ...withMallocSettings(), HOVER_TRACE: `${prefix}.server.json` };
const child = spawn(process.execPath, [...SERVER_NODE_ARGS, ...profile, '--require', trace, server!, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: ws, env });
const client = new LspClient(child.stdout!, child.stdin!, child);
await client.initialize(ws!, { storagePath: join(storage!, 'ws-tail'), cacheDir: join(storage!, 'cache') }, { workspace: { configuration: true }, window: { workDoneProgress: true } });
const small = join(ws!, 'notes/small.md');
const smallText = readFileSync(small, 'utf8');
await client.open(pathToFileURL(small).href, smallText);
await client.request('textDocument/hover', { textDocument: { uri: pathToFileURL(small).href }, position: { line: smallText.split('\n').findIndex((l) => l.startsWith('- ')), character: 4 } });
const medium = join(ws!, 'notes/medium.md');
const mediumText = readFileSync(medium, 'utf8');
const uri = pathToFileURL(medium).href;
await client.open(uri, mediumText);
const rows: { pass: number; keystroke: number; changeSent: number; sent: number; received: number }[] = [];
const lines = mediumText.split('\n');
for (let i = 0; i < lines.length && rows.length < 500; i++) {
  if (!lines[i]!.startsWith('- ')) continue;
  const sent = hrNow();
  await client.request('textDocument/hover', { textDocument: { uri }, position: { line: i, character: 4 } });
  rows.push({ pass: 0, keystroke: rows.length, changeSent: sent, sent, received: hrNow() });
}
writeFileSync(`${prefix}.client.json`, JSON.stringify(rows));
// --wait-check: the server kept until its check of the corpus behind the warm start ends (a build that says so in its log).
const checkEnded = () => client.logs().some((line) => /^the corpus (is as the cache has it|changed since)/.test(line));
if (process.argv.includes('--wait-check')) await client.waitFor('the corpus check', checkEnded, 60_000).catch(() => undefined);
for (const line of client.logs().filter((l) => /warm start|the corpus|indexed/.test(l))) console.log(`server: ${line.split('\n', 1)[0]!.slice(0, 160)}`);
console.log(`last hover answered ${(rows.at(-1)!.received - rows[0]!.sent).toFixed(0)} ms after the first was sent`);
await client.stop().catch(() => client.kill());
await new Promise((done) => (child.exitCode !== null ? done(null) : child.once('exit', done)));
const ms = rows.map((r) => r.received - r.sent).sort((a, b) => a - b);
const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!;
console.log(`hover p50 ${at(0.5).toFixed(2)} p90 ${at(0.9).toFixed(2)} p99 ${at(0.99).toFixed(2)} max ${ms.at(-1)!.toFixed(1)} ms (${ms.length}); now: node bench/hover-waits.mjs ${prefix}`);
