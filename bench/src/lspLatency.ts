import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../../packages/lsp/test/integration/lspClient.js';
import { latency, type Latency } from './latency.js';

export interface LspMeasures {
  startToFirstHoverMs: number;
  hover: Latency;
  definition: Latency;
  completion: Latency;
  noteEditMs: Latency;
  /** Correctness: what the first hover said. */
  firstHover: string;
  definitionTarget: string | null;
}

/** Positions of the names in a generated note: "- First Last met officials in …" lines. */
function namePositions(text: string, limit: number): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  text.split('\n').forEach((line, i) => {
    if (out.length < limit && line.startsWith('- ')) out.push({ line: i, character: 4 });
  });
  return out;
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}

/** The first line of a card from a cold index's preview (lsp/src/protocol.ts previewNote), in Markdown or plain text. */
const PREVIEW_CARD = /^_?Preview from [\d,]+ of [\d,]+ files/;
const INDEXING_HOVER = 'Dossier is indexing the corpus';

type HoverAnswer = { contents: { value: string } } | null;

function hoverAt(client: LspClient, uri: string, position: { line: number; character: number }): Promise<HoverAnswer> {
  return client.request<HoverAnswer>('textDocument/hover', { textDocument: { uri }, position });
}

/**
 * The first hover that is a card of the full index. Before the index exists a name's hover says
 * how far indexing is ("Dossier is indexing the corpus: ..."), or gives the card of a preview of
 * the files analysed so far, so the question is asked again every 50 ms until the card comes: the
 * time to the first card, as an analyst waiting for it sees it.
 */
export async function firstCard(client: LspClient, uri: string, position: { line: number; character: number }): Promise<HoverAnswer> {
  for (;;) {
    const hover = await hoverAt(client, uri, position);
    const text = hover?.contents.value ?? '';
    if (!text.startsWith(INDEXING_HOVER) && !PREVIEW_CARD.test(text)) return hover;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The first card from a cold index's preview for any of the names at `positions` (a preview holds
 * a share of the files, so one name may be in none of them), asked again every 50 ms; null when a
 * card of the full index comes first (no preview was served, or it held none of the names).
 */
export async function firstPreviewCard(client: LspClient, uri: string, positions: readonly { line: number; character: number }[]): Promise<HoverAnswer> {
  for (;;) {
    for (const position of positions) {
      const hover = await hoverAt(client, uri, position);
      const text = hover?.contents.value ?? '';
      if (PREVIEW_CARD.test(text)) return hover;
      if (hover && !text.startsWith(INDEXING_HOVER)) return null;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts the built server on a workspace (cold or warm, depending on the cache folder), asks for a
 * hover on the small note at once (it waits for the index), then measures request round trips
 * from this client on the distinct names of the medium note: each name is asked once, so the
 * latencies include each entity's first card, as an analyst reading a note sees them.
 */
export async function measureLsp(
  workspace: string,
  notes: { small: string; medium: string; large: string },
  storage: string,
  requests: number,
  server: { settings?: unknown; env?: NodeJS.ProcessEnv } = {},
): Promise<LspMeasures> {
  const started = performance.now();
  const client = LspClient.start(['--stdio'], workspace, [], server.env);
  try {
    await client.initialize(workspace, { storagePath: storage, ...(server.settings ? { settings: server.settings } : {}) });
    const text = readFileSync(notes.small, 'utf8');
    const uri = pathToFileURL(notes.small).href;
    await client.open(uri, text);
    const first = await firstCard(client, uri, namePositions(text, 1)[0]!);
    const startToFirstHoverMs = performance.now() - started;

    const requestsMs = await requestLatencies(client, notes.medium, requests);
    const noteEditMs = await largeNoteEdits(client, notes.large);
    return {
      startToFirstHoverMs,
      hover: latency(requestsMs.hovers),
      definition: latency(requestsMs.definitions),
      completion: latency(requestsMs.completions),
      noteEditMs: latency(noteEditMs),
      firstHover: first?.contents.value.split('\n')[0] ?? '',
      definitionTarget: requestsMs.definitionTarget,
    };
  } finally {
    await client.stop().catch(() => client.kill());
  }
}

/** Hover, definition and completion on `requests` names of the medium note, once its diagnostics are in; each request's time, ms. */
async function requestLatencies(client: LspClient, notePath: string, requests: number): Promise<{ hovers: number[]; definitions: number[]; completions: number[]; definitionTarget: string | null }> {
  const mediumText = readFileSync(notePath, 'utf8');
  const mediumUri = pathToFileURL(notePath).href;
  await client.open(mediumUri, mediumText);
  const positions = namePositions(mediumText, requests);
  // Opening a note computes its diagnostics in the background (spelling variants, quotations
  // looked up in the corpus): measured apart from, not mixed into, the request latencies.
  await client.waitFor(
    'diagnostics of the medium note',
    () => client.notifications.some((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === mediumUri),
    120_000,
  );
  // A few requests first, so that timings are of the steady state, not of the JIT warming up.
  for (const position of positions.slice(0, 5)) await client.request('textDocument/hover', { textDocument: { uri: mediumUri }, position });
  const hovers: number[] = [];
  const definitions: number[] = [];
  const completions: number[] = [];
  let definitionTarget: string | null = null;
  for (const position of positions) {
    const [h] = await timed(() => client.request('textDocument/hover', { textDocument: { uri: mediumUri }, position }));
    hovers.push(h);
    const [d, links] = await timed(() => client.request<{ targetUri: string }[] | null>('textDocument/definition', { textDocument: { uri: mediumUri }, position }));
    definitions.push(d);
    definitionTarget ??= links?.[0]?.targetUri ?? null;
    const [c] = await timed(() => client.request('textDocument/completion', { textDocument: { uri: mediumUri }, position: { line: position.line, character: 5 } }));
    completions.push(c);
  }
  return { hovers, definitions, completions, definitionTarget };
}

/** A 1 MB note: five edits, each followed by the semantic tokens that need the whole note analysed again; each pair's time, ms. */
async function largeNoteEdits(client: LspClient, notePath: string): Promise<number[]> {
  const large = readFileSync(notePath, 'utf8');
  const largeUri = pathToFileURL(notePath).href;
  await client.open(largeUri, large);
  const edits: number[] = [];
  for (let version = 2; version < 7; version++) {
    const [ms] = await timed(async () => {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: largeUri, version },
        contentChanges: [{ text: `${large}\n- edit ${version}\n` }],
      });
      return client.request('textDocument/semanticTokens/full', { textDocument: { uri: largeUri } });
    });
    edits.push(ms);
  }
  return edits;
}
