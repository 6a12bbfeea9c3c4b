import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, SERVER } from './lspClient.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const NOTE = `${REPO}examples/notes/korea-russia-axis.md`;
const SEED = `${REPO}seeds/000_a964fcedf6c508e9.txt`;

interface MarkupHover {
  contents: { kind: string; value: string };
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

describe('the built server over stdio, on the sample corpus and notes', () => {
  let client: LspClient;
  const text = readFileSync(NOTE, 'utf8');
  const uri = pathToFileURL(NOTE).href;
  const lines = text.split('\n');
  const at = (needle: string, into = 2) => {
    const line = lines.findIndex((l) => l.includes(needle));
    return { line, character: lines[line]!.indexOf(needle) + into };
  };

  beforeAll(async () => {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: build the package first (npm run build)`);
    client = LspClient.start(['--stdio'], REPO);
    const init = (await client.initialize(REPO)) as { capabilities: Record<string, unknown> };
    expect(init.capabilities.hoverProvider).toBe(true);
    await client.open(uri, text);
  });

  afterAll(async () => {
    if (client) expect(await client.stop()).toBe(0);
  });

  it('hovers a seed name with its card', async () => {
    const hover = await client.request<MarkupHover>('textDocument/hover', { textDocument: { uri }, position: at('Kim Yo Jong') });
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toContain('**Kim Yo Jong** · _person_');
    expect(hover.contents.value).toContain('senior official in the North');
    expect(hover.range.end.character - hover.range.start.character).toBe('Kim Yo Jong'.length);
  });

  it('reports indexing progress and readiness', async () => {
    await client.waitForStatus('ready');
    const ready = client.notifications.find((n) => n.method === 'dossier/status' && (n.params as { state: string }).state === 'ready')!;
    expect(ready.params).toMatchObject({ state: 'ready', files: 2, articles: 9 });
  });

  it('goes to the exact words in the source', async () => {
    const [link] = await client.request<{ targetUri: string; targetSelectionRange: MarkupHover['range'] }[]>('textDocument/definition', {
      textDocument: { uri },
      position: at('Kim Yo Jong'),
    });
    expect(link!.targetUri).toBe(pathToFileURL(SEED).href);
    const seedLines = readFileSync(SEED, 'utf8').split('\n');
    const r = link!.targetSelectionRange;
    expect(seedLines[r.start.line]!.slice(r.start.character, r.end.character)).toBe('Kim Yo Jong');
  });

  it('lists references in the corpus and the notes', async () => {
    const refs = await client.request<{ uri: string }[]>('textDocument/references', {
      textDocument: { uri },
      position: at('Kim Yo Jong'),
      context: { includeDeclaration: true },
    });
    expect(refs.filter((r) => r.uri === pathToFileURL(SEED).href)).toHaveLength(5);
    expect(refs.filter((r) => r.uri === uri).length).toBeGreaterThanOrEqual(1);
  });

  it('completes names', async () => {
    const list = await client.request<{ items: { label: string; detail: string }[] }>('textDocument/completion', {
      textDocument: { uri },
      position: at('Vladimir Putin', 5),
    });
    expect(list.items.map((i) => i.label)).toContain('Vladimir Putin');
  });

  it('answers requests on a document it never saw with nothing, not an error', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere/note.md' }, position: { line: 0, character: 0 } });
    expect(hover).toBeNull();
  });
});
