// How much of the language server's resident memory during a cold index is garbage: the server
// started as the scale bench starts it (SERVER_NODE_ARGS, malloc settings, fullCollection.cjs), a
// cold index into a new storage, the small note open and hovered once a second (as an analyst
// would); every `--every` seconds the server's RSS, then two full collections (SIGUSR2) and its RSS
// and heap after them. What a collection frees is garbage the server would carry until V8 collects
// on its own (its old generation's first limit is 128 MB: SERVER_NODE_ARGS).
//
//   cd bench && node --import tsx server-garbage.mts <bench workspace> <new storage dir> <server.js> [--every 20] [--no-collect]
//   (--no-collect: RSS only, every second, no collection: the server as it runs)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_NODE_ARGS, withMallocSettings } from '../packages/lsp/src/mallocEnv.js';
import { LspClient } from '../packages/lsp/test/integration/lspClient.js';

const [ws, storage, server] = process.argv.slice(2, 5).map((a) => resolve(a));
const everyAt = process.argv.indexOf('--every');
const everyS = everyAt > 0 ? Number(process.argv[everyAt + 1]) : 20;
const collect = !process.argv.includes('--no-collect');
const probe = fileURLToPath(new URL('./src/fullCollection.cjs', import.meta.url));
const child = spawn(process.execPath, ['--expose-gc', '--require', probe, ...SERVER_NODE_ARGS, server!, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: ws, env: withMallocSettings() });
const client = new LspClient(child.stdout!, child.stdin!, child);
const started = performance.now();
await client.initialize(ws!, { storagePath: join(storage!, 'ws'), cacheDir: join(storage!, 'cache') }, { workspace: { configuration: true }, window: { workDoneProgress: true } });
const small = join(ws!, 'notes/small.md');
const text = readFileSync(small, 'utf8');
const uri = pathToFileURL(small).href;
await client.open(uri, text);
const line = text.split('\n').findIndex((l) => l.startsWith('- '));
const rssMb = () => Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
const seconds = () => ((performance.now() - started) / 1000).toFixed(0).padStart(4);
let lastCollect = performance.now();
for (;;) {
  const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 4 } });
  const said = hover?.contents.value.split('\n')[0]!.slice(0, 60) ?? 'no hover';
  if (collect && performance.now() - lastCollect >= everyS * 1000) {
    lastCollect = performance.now();
    const before = rssMb();
    const seen = client.stderr.length;
    child.kill('SIGUSR2');
    let mark: string | undefined;
    while (!(mark = client.stderr.slice(seen).join('').split('\n').find((l) => l.startsWith('dossier-bench-collected ')))) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1500));
    const heap = JSON.parse(mark.slice('dossier-bench-collected '.length)) as { heapUsed: number; heapTotal: number; external: number };
    console.log(`${seconds()} s: RSS ${before.toFixed(0)} → ${rssMb().toFixed(0)} MB after two full collections (heap used ${(heap.heapUsed / 2 ** 20).toFixed(0)} of ${(heap.heapTotal / 2 ** 20).toFixed(0)} MB, external ${(heap.external / 2 ** 20).toFixed(0)} MB); hover: ${said}`);
  } else if (!collect) console.log(`${seconds()} s: RSS ${rssMb().toFixed(0)} MB; hover: ${said}`);
  if (!/indexing|Preview/.test(said)) break;
  await new Promise((r) => setTimeout(r, 1000));
}
console.log(`${seconds()} s: index ready, RSS ${rssMb().toFixed(0)} MB`);
await client.stop().catch(() => client.kill());
