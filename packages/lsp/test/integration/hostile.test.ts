import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, SERVER } from './lspClient.js';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** What packages/corpus/test/hostile/makeHostileCorpus.ts describes (the parts used here). */
interface HostileCorpus {
  root: string;
  maxFileBytes: number;
  skipped: { file: string; reason: RegExp }[];
  repaired: { file: string; warning: RegExp }[];
  expected: { file: string; text: string; range: Range }[];
  absent: string[];
  pastTheCap: string;
  executionMarker: string;
}

// The corpus package's generator, loaded at run time: a static import would put a file of another
// package into this one's type-check (rootDir), and the generator is test code, not an export.
const GENERATOR = new URL('../../../corpus/test/hostile/makeHostileCorpus.ts', import.meta.url).href;

describe('the language server on a hostile corpus', () => {
  let dir: string;
  let corpus: HostileCorpus;
  let client: LspClient;
  const noteUri = () => pathToFileURL(join(dir, 'notes', 'note.md')).href;
  const note = 'Kim Jong Un met Vladimir Putin. 🚢🚢 Then Volodymyr Zelenskyy spoke, and Ingrid Valtersen signed.\n';

  beforeAll(async () => {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: build the package first (npm run build)`);
    const { makeHostileCorpus } = (await import(/* @vite-ignore */ GENERATOR)) as { makeHostileCorpus: (folder: string) => HostileCorpus };
    dir = mkdtempSync(join(tmpdir(), 'dossier-lsp-hostile-'));
    corpus = makeHostileCorpus(dir); // <dir>/corpus: one of the default corpus folders
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'note.md'), note);
    client = LspClient.start(['--stdio'], dir);
    await client.initialize(dir, { settings: { corpus: { maxFileBytes: corpus.maxFileBytes } }, cache: false });
    await client.open(noteUri(), note);
    await client.waitForStatus('ready');
  });

  afterAll(async () => {
    if (client) {
      if (client.exitCode === undefined) expect(await client.stop()).toBe(0);
      else client.kill();
    }
    if (dir) {
      try {
        chmodSync(join(corpus.root, 'unreadable', 'locked.txt'), 0o644);
      } catch {
        // gone already
      }
      rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
    }
  });

  it('indexes what can be indexed and logs each skipped and repaired file with its reason', () => {
    const logs = client.logs();
    for (const { file, reason } of corpus.skipped) {
      const path = join(corpus.root, ...file.split('/'));
      expect(logs.some((l) => l.startsWith(`${path}: skipped: `) && reason.test(l)), `${file}: ${reason}`).toBe(true);
    }
    for (const { file, warning } of corpus.repaired) {
      const path = join(corpus.root, ...file.split('/'));
      expect(logs.some((l) => l.startsWith(`${path}: `) && warning.test(l)), `${file}: ${warning}`).toBe(true);
    }
    expect(existsSync(corpus.executionMarker)).toBe(false);
  });

  it('still answers a hover, with snippets and links into the corpus only', async () => {
    const hover = await client.request<{ contents: { value: string }; range: Range }>('textDocument/hover', {
      textDocument: { uri: noteUri() },
      position: { line: 0, character: 2 },
    });
    expect(hover.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 11 } });
    expect(hover.contents.value).toContain('**Kim Jong Un** · _person_');
    const links = [...hover.contents.value.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(pathToFileURL(corpus.root).href + '/')).toBe(true);
  });

  it('goes to the exact words in a corpus file, past emoji and on a 2 MiB line', async () => {
    const position = { line: 0, character: note.indexOf('Zelenskyy') };
    const links = await client.request<{ targetUri: string; targetSelectionRange: Range }[]>('textDocument/definition', { textDocument: { uri: noteUri() }, position });
    const target = links[0]!;
    const expected = corpus.expected.filter((e) => e.text === 'Volodymyr Zelenskyy');
    const found = expected.find((e) => pathToFileURL(join(corpus.root, ...e.file.split('/'))).href === target.targetUri);
    expect(found, target.targetUri).toBeDefined();
    expect(target.targetSelectionRange).toEqual(found!.range);
  });

  it('reads no further than the configured maxFileBytes, also for the snippets of a capped file', async () => {
    const symbols = await client.request<{ name: string }[]>('workspace/symbol', { query: corpus.pastTheCap });
    expect(symbols).toEqual([]);
    for (const name of corpus.absent) expect(await client.request('workspace/symbol', { query: name }), name).toEqual([]);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: noteUri() },
      position: { line: 0, character: note.indexOf('Ingrid') + 1 },
    });
    expect(hover.contents.value).toContain('**Ingrid Valtersen**');
    expect(hover.contents.value).toContain('over-limit.txt');
  });
});
