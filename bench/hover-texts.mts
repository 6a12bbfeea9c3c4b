// Whether two builds' servers give the same hover for every name of a generated corpus's medium
// note (issue 15: a change made for hover speed must change no card). Each server starts warm on
// its own storage folder, as `npm run bench -- --size N --storage <dir> --server <server.js>` left
// it (a cold run first; the two snapshots' schemas may differ), and is asked what the bench's warm
// run asks: each "- Name met …" line of notes/medium.md, once, in order (500 at most), once the
// server has been idle for a second: a card says in how many other notes its name is, and the
// notes graph reads them in the background (hovers asked at once got it in one run and not the other).
//
//   node --import tsx bench/hover-texts.mts --size 10k <server-a.js> <storage-a> <server-b.js> <storage-b>
//
// Prints the number of hovers and either "identical" or the first differences (exit code 1).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../packages/lsp/test/integration/lspClient.js';
import { ensureWorkspace } from './src/corpora.js';
import { parseSize } from './src/scale.js';

const args = process.argv.slice(2);
const sizeAt = args.indexOf('--size');
const rest = args.filter((_, i) => i !== sizeAt && i !== sizeAt + 1);
if (sizeAt < 0 || rest.length !== 4) {
  console.error('usage: node --import tsx bench/hover-texts.mts --size 10k <server-a.js> <storage-a> <server-b.js> <storage-b>');
  process.exit(2);
}
const ws = ensureWorkspace(parseSize(args[sizeAt + 1]!));
const [a, b] = [await hoverTexts(rest[0]!, rest[1]!), await hoverTexts(rest[2]!, rest[3]!)];
const differing = a.flatMap((text, i) => (text === b[i] ? [] : [i]));
console.log(`${a.length} and ${b.length} hovers of ${ws.notes.medium}: ${differing.length === 0 && a.length === b.length ? 'identical' : `${differing.length} differ`}`);
for (const i of differing.slice(0, 5)) console.log(`#${i}\n--- a\n${a[i]}\n--- b\n${b[i]}`);
process.exit(differing.length === 0 && a.length === b.length ? 0 : 1);

/** Each name's hover (its Markdown, or "null") from a server started warm on `storage`. */
async function hoverTexts(server: string, storage: string): Promise<string[]> {
  const cache = join(resolve(storage), 'cache');
  if (!existsSync(cache)) throw new Error(`no cache in ${storage}: run the bench once with --storage ${storage} first`);
  const child = spawn(process.execPath, [resolve(server), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: ws.workspace });
  const client = new LspClient(child.stdout!, child.stdin!, child);
  try {
    await client.initialize(ws.workspace, { storagePath: join(resolve(storage), 'workspace-storage-texts'), cacheDir: cache });
    const text = readFileSync(ws.notes.medium, 'utf8');
    const uri = pathToFileURL(ws.notes.medium).href;
    await client.open(uri, text);
    await idle(child.pid!);
    const texts: string[] = [];
    for (const position of namePositions(text, 500)) {
      const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position });
      texts.push(hover?.contents.value ?? 'null');
    }
    return texts;
  } finally {
    await client.stop().catch(() => client.kill());
  }
}

/** Resolves once the process has used no CPU for a second (background work done), at the latest after two minutes. */
async function idle(pid: number): Promise<void> {
  const cpuTicks = () => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ').slice(11, 13).reduce((sum, n) => sum + Number(n), 0);
  const deadline = Date.now() + 120_000;
  for (let last = cpuTicks(); Date.now() < deadline; ) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = cpuTicks();
    if (now === last) return;
    last = now;
  }
}

/** The bench's hover positions: the name at the start of each "- First Last met …" line. */
function namePositions(text: string, limit: number): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  text.split('\n').forEach((line, i) => {
    if (out.length < limit && line.startsWith('- ')) out.push({ line: i, character: 4 });
  });
  return out;
}
