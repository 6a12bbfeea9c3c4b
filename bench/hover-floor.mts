// Hover latency of Dossier's server against the bare protocol server (bench/bare-server.cjs: a
// card-sized hover answered from a constant), in turns, as scale.ts's warm run asks: the small
// note's first name, then the 500 names of the medium note hovered once each. For issue 15's
// "hover p99 <= 2 ms at 100k": what this machine gives a language server that does no work.
//
//   cd bench && node --import tsx hover-floor.mts <bench workspace, e.g. .corpora/ws-100000> <storage of a --size run> <server.js> bench/bare-server.cjs
//   (ROUNDS=4 by default; the storage's cache must be the server build's, or it indexes first)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_NODE_ARGS, withMallocSettings } from '../packages/lsp/src/mallocEnv.js';
import { LspClient } from '../packages/lsp/test/integration/lspClient.js';

// Resolved here: the servers run in the workspace folder.
const [ws, storage, ...servers] = process.argv.slice(2).map((a) => resolve(a));
const notes = { small: join(ws, 'notes/small.md'), medium: join(ws, 'notes/medium.md') };
async function once(server: string) {
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: ws, env: withMallocSettings() });
  const client = new LspClient(child.stdout!, child.stdin!, child);
  const t0 = performance.now();
  await client.initialize(ws, { storagePath: join(storage, 'ws-floor'), cacheDir: join(storage, 'cache') }, { workspace: { configuration: true }, window: { workDoneProgress: true } });
  const small = readFileSync(notes.small, 'utf8');
  await client.open(pathToFileURL(notes.small).href, small);
  const line = small.split('\n').findIndex((l) => l.startsWith('- '));
  await client.request('textDocument/hover', { textDocument: { uri: pathToFileURL(notes.small).href }, position: { line, character: 4 } });
  const firstMs = performance.now() - t0;
  const medium = readFileSync(notes.medium, 'utf8');
  const uri = pathToFileURL(notes.medium).href;
  await client.open(uri, medium);
  const ms: number[] = [];
  const lines = medium.split('\n');
  for (let i = 0; i < lines.length && ms.length < 500; i++) {
    if (!lines[i]!.startsWith('- ')) continue;
    const t = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: i, character: 4 } });
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!;
  await client.stop().catch(() => client.kill());
  return `first hover ${(firstMs / 1000).toFixed(2)} s; hover p50 ${at(0.5).toFixed(2)} p90 ${at(0.9).toFixed(2)} p99 ${at(0.99).toFixed(2)} max ${ms[ms.length - 1]!.toFixed(1)} ms (${ms.length})`;
}
for (let round = 0; round < Number(process.env.ROUNDS ?? 4); round++)
  for (const server of servers) console.log(`${new Date().toISOString().slice(11, 19)} load ${(await import('node:os')).loadavg()[0].toFixed(1)} ${server.includes('bare') ? 'bare' : 'dossier'}: ${await once(server)}`);
