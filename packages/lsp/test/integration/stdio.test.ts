import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, SERVER } from './lspClient.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const NOTE = `${REPO}examples/notes/korea-russia-axis.md`;
const SEED = `${REPO}seeds/000_a964fcedf6c508e9.txt`;
const UKRAINE_NOTE = `${REPO}examples/notes/ukraine-diplomacy.md`;

interface Diagnostic {
  message: string;
  code?: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

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
    // A hover asked while indexing says how far it is (features/hover.test.ts): the card once ready.
    await client.waitForStatus('ready');
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

  it('dates the card from the article, never from the checkout (issue 13, defect 1)', async () => {
    const hover = await client.request<MarkupHover>('textDocument/hover', { textDocument: { uri }, position: at('Kim Yo Jong') });
    // "© Thomson Reuters 2025" dates the article, approximately; the file's modification time never does.
    expect(hover.contents.value).toContain('5 mentions · 1 article&#58; Japan Today · published c\\. 2025');
    const year = new Date().getUTCFullYear();
    if (year !== 2025) expect(hover.contents.value).not.toContain(String(year));
  });

  it('agrees on one source: F12, the card\'s first link and dossier/entityAt (issue 13, defect 7)', async () => {
    const position = at('Kim Yo Jong');
    const [link] = await client.request<{ targetUri: string; targetSelectionRange: MarkupHover['range'] }[]>('textDocument/definition', { textDocument: { uri }, position });
    const hover = await client.request<MarkupHover>('textDocument/hover', { textDocument: { uri }, position });
    const entity = await client.request<{ source: { uri: string; range: MarkupHover['range'] } }>('dossier/entityAt', { uri, position });
    const { start } = link!.targetSelectionRange;
    expect(/\]\((file:[^)]+)\)/.exec(hover.contents.value)![1]).toBe(`${link!.targetUri}#L${start.line + 1},${start.character + 1}`);
    expect(entity.source).toEqual({ uri: link!.targetUri, range: link!.targetSelectionRange, articleTitle: "N Korea says S Korea's peace overtures a 'pipe dream'", articleSource: 'Japan Today', line: start.line + 1 });
  });

  it('cites the source in plain text with its sentence, title, source, date and path:line (issue 13, defect 10)', async () => {
    const citation = await client.request<{ text: string; footnote: string }>('dossier/citation', { uri, position: at('Kim Yo Jong') });
    expect(citation.text).toBe(
      '“Kim Yo Jong, who is a senior official in the North\'s ruling Workers\' Party, also said adjustments made to the plan for annual joint military drills by South Korea and the U.S. were a "futile" move that did not change the allies\' hostile intent.” — ' +
        "“N Korea says S Korea's peace overtures a 'pipe dream'”, Japan Today, c. 2025, seeds/000_a964fcedf6c508e9.txt:20",
    );
    expect(citation.footnote).toBe(`[^kim-yo-jong]: ${citation.text}.`);
  });

  it('flags the note\'s "Kim Jong-un" against the corpus\'s "Kim Jong Un" (issue 13, defect 9)', async () => {
    // The note was opened before the index was ready: its first diagnostics (published while the
    // server indexed, or for the edited block first) may hold no spelling notes yet; they come with the index.
    await client.waitForStatus('ready');
    await client.waitFor('spelling notes of the note', () => (diagnosticsOf(uri) ?? []).some((d) => d.code === 'spelling-variant'));
    const flagged = diagnosticsOf(uri)!.filter((d) => d.code === 'spelling-variant');
    expect(flagged.map((d) => lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character))).toEqual(['Kim Jong-un']);
  });

  it('shows a misspelled name\'s card, and a missing quotation\'s closest passage (issue 13, defects 8 and 10)', async () => {
    const ukraine = readFileSync(UKRAINE_NOTE, 'utf8');
    const ukraineUri = pathToFileURL(UKRAINE_NOTE).href;
    await client.open(ukraineUri, ukraine);
    const line = ukraine.split('\n').findIndex((l) => l.includes('Zelensky ('));
    const hover = await client.request<MarkupHover>('textDocument/hover', { textDocument: { uri: ukraineUri }, position: { line, character: 4 } });
    expect(hover.contents.value.split('\n')[0]).toContain('"Zelensky" is spelled "Zelenskyy" in the corpus');
    expect(hover.contents.value).toContain('**Volodymyr Zelenskyy** · _person_');
    await client.waitFor('the closest passage of the missing quotation', () => (diagnosticsOf(ukraineUri) ?? []).some((d) => d.message.includes('closest passage')));
    const missing = diagnosticsOf(ukraineUri)!.find((d) => d.code === 'quote-not-found')!;
    expect(missing.message).toMatch(/^quote not found in the corpus; closest passage \(\d+% alike\): “.+” — .+, seeds\/\d{3}_[0-9a-f]+\.txt:\d+$/);
  });

  it('sends a client that shows Markdown raw (Neovim) its hovers as plain text (issue 13, defect 12)', async () => {
    const plain = LspClient.start(['--stdio'], REPO);
    try {
      await plain.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(REPO).href,
        workspaceFolders: [{ uri: pathToFileURL(REPO).href, name: 'workspace' }],
        capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } },
        clientInfo: { name: 'Neovim', version: '0.7.2' },
        initializationOptions: { cache: false },
      });
      await plain.connection.sendNotification('initialized', {});
      await plain.open(uri, text);
      await plain.waitForStatus('ready');
      const hover = await plain.request<MarkupHover>('textDocument/hover', { textDocument: { uri }, position: at('Kim Yo Jong') });
      expect(hover.contents.kind).toBe('plaintext');
      expect(hover.contents.value.split('\n').slice(0, 3)).toEqual(['Kim Yo Jong · person', "senior official in the North's ruling Workers' Party", '5 mentions · 1 article: Japan Today · published c. 2025']);
      expect(hover.contents.value).not.toMatch(/\\[_.\-:()[\]]|&#\d+;|file:\/\//);
    } finally {
      expect(await plain.stop()).toBe(0);
    }
  });

  /** The last diagnostics the server published for a document, or null before any. */
  function diagnosticsOf(documentUri: string): Diagnostic[] | null {
    const published = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === documentUri);
    return published.length ? (published[published.length - 1]!.params as { diagnostics: Diagnostic[] }).diagnostics : null;
  }
});
