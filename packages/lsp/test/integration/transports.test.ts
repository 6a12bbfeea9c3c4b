import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LspClient, SERVER } from './lspClient.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const NOTE = `${REPO}examples/notes/korea-russia-axis.md`;

interface MarkupHover {
  contents: { kind: string; value: string };
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const clients: LspClient[] = [];
afterEach(() => clients.splice(0).forEach((client) => client.kill()));

/** The built server as editors start it: over stdio (Neovim, Helix, Zed), over Node's IPC channel (VS Code). */
const transports: [string, (cwd: string) => LspClient][] = [
  ['--stdio', (cwd) => LspClient.start(['--stdio'], cwd)],
  ['--node-ipc', (cwd) => LspClient.startIpc(cwd)],
];

describe.each(transports)('the built server over %s, typing into a note', (_transport, start) => {
  it('answers hovers sent right after each keystroke on the text as typed, then exits cleanly', async () => {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: build the package first (npm run build)`);
    const client = start(REPO);
    clients.push(client);
    const uri = pathToFileURL(NOTE).href;
    const text = readFileSync(NOTE, 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('Kim Yo Jong'));
    const character = text.split('\n')[line]!.indexOf('Kim Yo Jong');
    await client.initialize(REPO);
    await client.open(uri, text);
    await client.waitForStatus('ready');
    // "So " typed before the name, the cursor at the line's start each time (" Kim", "o Kim", "So Kim"),
    // each keystroke followed at once by a hover on the name, as an editor sends them: each hover
    // finds the name where that keystroke left it.
    const hovers: Promise<MarkupHover>[] = [];
    [...' oS'].forEach((letter, i) => {
      const start = { line, character: 0 };
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start, end: start }, text: letter }] });
      hovers.push(client.request<MarkupHover>('textDocument/hover', { textDocument: { uri }, position: { line, character: character + i + 1 + 2 } }));
    });
    const answered = await Promise.all(hovers);
    expect(answered.map((hover) => hover.range.start.character - character)).toEqual([1, 2, 3]);
    expect(answered.map((hover) => hover.range.end.character - hover.range.start.character)).toEqual([11, 11, 11]);
    for (const hover of answered) expect(hover.contents.value).toContain('**Kim Yo Jong** · _person_');
    expect(await client.stop()).toBe(0);
  });
});
