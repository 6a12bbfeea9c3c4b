import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { SERVER_NODE_ARGS } from '../../packages/lsp/src/mallocEnv.js';
import { LspClient } from '../../packages/lsp/test/integration/lspClient.js';
import { latency, type Latency } from './latency.js';

/**
 * The typing scenario: an analyst types into a long note while hovering names. Each keystroke is a
 * one-character `didChange` (incremental, as editors send them), then a hover on a name a few lines
 * above; a second pass follows each keystroke with `semanticTokens/full/delta` instead. What the
 * server spends is read from its own process (/proc/<pid>/stat: user + system time of all its
 * threads), not from the client's clock.
 */
export interface TypingMeasures {
  note: string;
  noteBytes: number;
  keystrokes: number;
  /** Server CPU (all threads) over the typing pass, divided by the keystrokes: edit + hover each. */
  cpuPerKeystrokeMs: number;
  /** The part of it on the server's main thread (the rest: garbage collection and compiler threads). */
  mainThreadCpuPerKeystrokeMs: number;
  hover: Latency;
  /** Hovers that answered with a card, not with how far indexing is (a check, not a timing). */
  hoverCards: number;
  /**
   * The same pass with each hover on a name not hovered before (another entity each time), so
   * that no hover card is kept from an earlier one: what a first hover of a name costs while typing.
   * Pass 1's five names in turn are, after the first five, answered from the server's card cache
   * (as VS Code's repeated hovers under a resting mouse are).
   */
  firstHovers: { keystrokes: number; hover: Latency; cards: number; cpuPerKeystrokeMs: number; mainThreadCpuPerKeystrokeMs: number };
  /** From sending the last keystroke to diagnostics published for its version (the first publication). */
  lastKeystrokeToDiagnosticsMs: number;
  /**
   * Every publication for that version until the server was idle, in ms after the last keystroke:
   * the server may publish the edited lines first and the whole check after, and again when it
   * has found a missing quotation's closest passage.
   */
  diagnosticsPublicationsMs: number[];
  /** The semantic tokens pass: round trip of the delta request after each keystroke. */
  tokensDelta: Latency;
  /** Server CPU per keystroke in that pass: edit + semantic tokens delta. */
  cpuPerKeystrokeWithTokensMs: number;
  mainThreadCpuPerKeystrokeWithTokensMs: number;
  /** How long each pass waited for the server to be idle before it began (background work after indexing is not typing). */
  idleWaitMs: [number, number];
  /** 'full/delta' when the server offers deltas; else the pass asks for full tokens each time. */
  tokensMethod: string;
  /** The client's tokens, kept up to date from the deltas, equal a fresh full request at the end. */
  tokensAgree: boolean;
  tokenCount: number;
}

export interface TypingOptions {
  keystrokes: number;
  /** Milliseconds between keystrokes (30: a fast typist). */
  intervalMs: number;
  log: (line: string) => void;
  /** Extra node flags for the server process (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (user + system, all threads) of a process, in milliseconds. Linux only. */
export function processCpuMs(pid: number | string): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces and parentheses: fields are counted after its closing ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/**
 * The same, of the process's main thread alone (its thread id is the process id): JavaScript and
 * what the main thread does for it. The rest of processCpuMs is V8's helper threads (concurrent
 * garbage collection, compilation) and libuv's: a keystroke that allocates a lot costs there.
 */
export function mainThreadCpuMs(pid: number): number {
  return processCpuMs(`${pid}/task/${pid}`);
}

type Position = { line: number; character: number };

/** What is typed: the note's own lines from the middle on (names, quotations, a new line now and then). */
function typedText(lines: string[], from: number, length: number): string {
  let text = '';
  for (let i = from; text.length < length; i = (i + 1) % lines.length) text += `${lines[i]}\n`;
  return text.slice(0, length);
}

/** Names to hover: the first name ("- First Last …") of the list items just above the typing point. */
function hoverTargets(lines: string[], above: number): Position[] {
  const out: Position[] = [];
  for (let i = above - 1; i > 0 && out.length < 5; i--) if (lines[i]!.startsWith('- ')) out.push({ line: i, character: 4 });
  return out;
}

/**
 * Whether a hover's answer is an entity's card. While the corpus is indexed a name gets "Dossier is
 * indexing the corpus: …" instead, which is not what typing with cards costs.
 */
export function isCard(answer: { contents: { value: string } } | null): boolean {
  const value = answer?.contents.value ?? '';
  return value !== '' && !value.startsWith('Dossier is indexing the corpus');
}

/** The first name ("- Kavel Varov met …") of a list item, or null. */
function listItemName(line: string): string | null {
  return /^- (\p{Lu}\p{L}+ \p{Lu}\p{L}+)/u.exec(line)?.[1] ?? null;
}

/**
 * Names to hover once each: list items further up whose first name ("Kavel Varov") is neither one
 * of `taken` (pass 1's names) nor met before, at most `count`. Lines above the typing point keep
 * their positions while typing.
 */
function distinctHoverTargets(lines: string[], above: number, taken: Position[], count: number): Position[] {
  const seen = new Set(taken.map((p) => listItemName(lines[p.line]!)));
  const out: Position[] = [];
  for (let i = above - 1; i > 0 && out.length < count; i--) {
    const name = listItemName(lines[i]!);
    if (name === null || seen.has(name)) continue;
    seen.add(name);
    out.push({ line: i, character: 4 });
  }
  return out;
}

/** The client's side of an edit: where the next character goes after typing `typed` from `at`. */
function advance(at: Position, ch: string): Position {
  return ch === '\n' ? { line: at.line + 1, character: 0 } : { line: at.line, character: at.character + ch.length };
}

interface SemanticTokensEdit {
  start: number;
  deleteCount: number;
  data?: number[];
}

function applyTokenEdits(data: number[], edits: SemanticTokensEdit[]): number[] {
  let out = data;
  // Edits refer to the original array; applied from the last, earlier offsets stay true.
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = [...out.slice(0, edit.start), ...(edit.data ?? []), ...out.slice(edit.start + edit.deleteCount)];
  return out;
}

async function waitMs(ms: number): Promise<void> {
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

/** A server that used less CPU than this over IDLE_WINDOW_MS is idle (5%). */
const IDLE_WINDOW_MS = 500;
const IDLE_CPU_MS = 25;

/**
 * Waits until the server is idle (at most `limitMs`), and says how long that took. After indexing
 * the server still works in the background for a while (the index's completion and spelling
 * tables, the notes' graph, the index cache written to disk, on the main thread or libuv's):
 * counted as typing, it made the first note's CPU per keystroke vary from 2.4 to 5 ms between runs.
 */
async function untilIdle(pid: number, limitMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const before = processCpuMs(pid);
    await waitMs(IDLE_WINDOW_MS);
    if (processCpuMs(pid) - before < IDLE_CPU_MS || performance.now() - started > limitMs) return performance.now() - started;
  }
}

class TypingSession {
  version = 1;
  at: Position;

  constructor(
    readonly client: LspClient,
    readonly uri: string,
    start: Position,
  ) {
    this.at = start;
  }

  /** One character at the cursor, as an incremental change. */
  async type(ch: string): Promise<number> {
    this.version++;
    await this.client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri, version: this.version },
      contentChanges: [{ range: { start: this.at, end: this.at }, text: ch }],
    });
    this.at = advance(this.at, ch);
    return this.version;
  }

  diagnosticsFor(version: number): boolean {
    return this.client.notifications.some((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string; version?: number }).uri === this.uri && (n.params as { version?: number }).version === version);
  }
}

interface HoverPass {
  hovers: number[];
  cards: number;
  cpuMs: number;
  mainThreadCpuMs: number;
  lastSentAt: number;
  lastVersion: number;
}

/** One character of `typed` after the other at the typist's pace, `hover(i)` after each: round trips and the server's CPU. */
async function hoverPass(session: TypingSession, pid: number, typed: string, hover: (i: number) => Promise<{ contents: { value: string } } | null>, options: TypingOptions): Promise<HoverPass> {
  const out: HoverPass = { hovers: [], cards: 0, cpuMs: 0, mainThreadCpuMs: 0, lastSentAt: 0, lastVersion: session.version };
  const cpuBefore = processCpuMs(pid);
  const mainBefore = mainThreadCpuMs(pid);
  for (let i = 0; i < typed.length; i++) {
    const tick = performance.now();
    out.lastSentAt = tick;
    out.lastVersion = await session.type(typed[i]!);
    const sent = performance.now();
    const answer = await hover(i);
    out.hovers.push(performance.now() - sent);
    if (isCard(answer)) out.cards++;
    await waitMs(options.intervalMs - (performance.now() - tick));
  }
  out.cpuMs = processCpuMs(pid) - cpuBefore;
  out.mainThreadCpuMs = mainThreadCpuMs(pid) - mainBefore;
  return out;
}

interface TokensPass {
  deltas: number[];
  cpuMs: number;
  mainThreadCpuMs: number;
  waitedMs: number;
  /** The client's tokens, kept from the deltas, equal a full request at the end. */
  agree: boolean;
  tokenCount: number;
}

/** One character of `typed` after the other, semantic tokens after each (delta when offered): round trips, the server's CPU, and the check. */
async function tokensPass(session: TypingSession, pid: number, typed: string, supportsDelta: boolean, options: TypingOptions): Promise<TokensPass> {
  const { client, uri } = session;
  const full = await client.request<{ resultId?: string; data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
  const waitedMs = await untilIdle(pid, 60_000);
  let { data, resultId } = full;
  const deltas: number[] = [];
  const cpuBefore = processCpuMs(pid);
  const mainBefore = mainThreadCpuMs(pid);
  for (let i = 0; i < typed.length; i++) {
    const tick = performance.now();
    await session.type(typed[i]!);
    const sent = performance.now();
    // The round trip ends when the answer is in, before the client applies it (a copy of the
    // 1 MB note's 142,000 numbers in this client, which an editor does not make).
    if (supportsDelta && resultId) {
      const answer = await client.request<{ resultId?: string; data?: number[]; edits?: SemanticTokensEdit[] }>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: resultId });
      deltas.push(performance.now() - sent);
      data = answer.edits ? applyTokenEdits(data, answer.edits) : answer.data!;
      resultId = answer.resultId;
    } else {
      ({ data, resultId } = await client.request<{ resultId?: string; data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } }));
      deltas.push(performance.now() - sent);
    }
    await waitMs(options.intervalMs - (performance.now() - tick));
  }
  const cpuMs = processCpuMs(pid) - cpuBefore;
  const mainMs = mainThreadCpuMs(pid) - mainBefore;
  const check = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
  const agree = check.data.length === data.length && check.data.every((v, i) => v === data[i]);
  return { deltas, cpuMs, mainThreadCpuMs: mainMs, waitedMs, agree, tokenCount: check.data.length / 5 };
}

/** Types into one note (already generated) on a running, indexed server. */
async function typeIntoNote(client: LspClient, path: string, options: TypingOptions, supportsDelta: boolean): Promise<TypingMeasures> {
  const text = readFileSync(path, 'utf8');
  const uri = pathToFileURL(path).href;
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  await client.open(uri, text);
  const session = new TypingSession(client, uri, { line: middle, character: 0 });
  await client.waitFor(`diagnostics of ${path}`, () => session.diagnosticsFor(1), 300_000);
  const targets = hoverTargets(lines, middle);
  const hover = (i: number) => client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: targets[i % targets.length] });
  for (let i = 0; i < 2 * targets.length; i++) await hover(i); // first cards and JIT warm-up, not measured
  const typed = typedText(lines, middle, 3 * options.keystrokes);
  // The server's own CPU is read from /proc/<pid>: the scenario needs the server in a process of its own.
  const pid = client.child?.pid;
  if (pid === undefined) throw new Error('the typing scenario reads the server process\'s CPU time: start the server as a process (LspClient.start)');

  const waitedMs = await untilIdle(pid, 60_000);
  // Pass 1: keystroke, hover, at the typist's pace.
  const pass1 = await hoverPass(session, pid, typed.slice(0, options.keystrokes), hover, options);
  const { lastSentAt, lastVersion } = pass1;
  await client.waitFor('diagnostics after typing', () => session.diagnosticsFor(lastVersion), 300_000);
  const lastKeystrokeToDiagnosticsMs = firstDiagnosticsAt(client, uri, lastVersion) - lastSentAt;
  await untilIdle(pid, 60_000);
  const diagnosticsPublicationsMs = client.notifications
    .filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri && (n.params as { version?: number }).version === lastVersion)
    .map((n) => n.receivedAt - lastSentAt);

  // Pass 2: keystroke, semantic tokens (delta when offered), at the same pace.
  const pass2 = await tokensPass(session, pid, typed.slice(options.keystrokes, 2 * options.keystrokes), supportsDelta, options);
  // Pass 3: keystroke, hover on a name never hovered before.
  const firsts = distinctHoverTargets(lines, middle, targets, options.keystrokes);
  const firstHover = (i: number) => client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: firsts[i]! });
  await untilIdle(pid, 60_000);
  const pass3 = await hoverPass(session, pid, typed.slice(2 * options.keystrokes, 2 * options.keystrokes + firsts.length), firstHover, options);
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return {
    note: path,
    noteBytes: Buffer.byteLength(text),
    keystrokes: options.keystrokes,
    cpuPerKeystrokeMs: pass1.cpuMs / options.keystrokes,
    mainThreadCpuPerKeystrokeMs: pass1.mainThreadCpuMs / options.keystrokes,
    hover: latency(pass1.hovers),
    hoverCards: pass1.cards,
    firstHovers: {
      keystrokes: firsts.length,
      hover: latency(pass3.hovers),
      cards: pass3.cards,
      cpuPerKeystrokeMs: pass3.cpuMs / firsts.length,
      mainThreadCpuPerKeystrokeMs: pass3.mainThreadCpuMs / firsts.length,
    },
    lastKeystrokeToDiagnosticsMs,
    diagnosticsPublicationsMs,
    tokensDelta: latency(pass2.deltas),
    cpuPerKeystrokeWithTokensMs: pass2.cpuMs / options.keystrokes,
    mainThreadCpuPerKeystrokeWithTokensMs: pass2.mainThreadCpuMs / options.keystrokes,
    idleWaitMs: [waitedMs, pass2.waitedMs],
    tokensMethod: supportsDelta ? 'full/delta' : 'full (the server offers no delta)',
    tokensAgree: pass2.agree,
    tokenCount: pass2.tokenCount,
  };
}

/** When the client received the first diagnostics for a version (the client keeps arrival times). */
function firstDiagnosticsAt(client: LspClient, uri: string, version: number): number {
  const n = client.notifications.find((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; version?: number }).uri === uri && (m.params as { version?: number }).version === version);
  return n?.receivedAt ?? performance.now();
}

/** Starts the server on the workspace, waits for its index, then types into each note. */
export async function measureTyping(workspace: string, notes: string[], storage: string, options: TypingOptions): Promise<TypingMeasures[]> {
  // With the V8 options the extension starts the server with (clientOptions.ts serverProcessOptions).
  const client = LspClient.start(['--stdio'], workspace, [...SERVER_NODE_ARGS, ...(options.nodeArgs ?? [])]);
  try {
    const init = (await client.initialize(workspace, { storagePath: storage })) as { capabilities: { semanticTokensProvider?: { full?: boolean | { delta?: boolean } } } };
    // Typing begins once the index is ready. A cold index runs in a process of its own (since
    // 00ca8bc5), so the server's own CPU says nothing of it: the first note's 500 hovers were
    // answered "Dossier is indexing the corpus: …" while that process took a core (BENCHMARKS.md,
    // issue 14, thirty-fourth session).
    await client.waitForStatus('ready', 900_000);
    const full = init.capabilities.semanticTokensProvider?.full;
    const supportsDelta = typeof full === 'object' && full.delta === true;
    const out: TypingMeasures[] = [];
    for (const note of notes) {
      const m = await typeIntoNote(client, note, options, supportsDelta);
      options.log(
        `typing ${note.split('/').pop()} (${(m.noteBytes / 1e3).toFixed(0)} KB): server CPU ${m.cpuPerKeystrokeMs.toFixed(2)} ms/keystroke (main thread ${m.mainThreadCpuPerKeystrokeMs.toFixed(2)}); hover p50 ${m.hover.p50.toFixed(2)} p99 ${m.hover.p99.toFixed(2)} ms (${m.hoverCards} cards); ` +
          `first hovers of ${m.firstHovers.keystrokes} names p50 ${m.firstHovers.hover.p50.toFixed(2)} p99 ${m.firstHovers.hover.p99.toFixed(2)} ms, CPU ${m.firstHovers.cpuPerKeystrokeMs.toFixed(2)} ms/keystroke; ` +
          `diagnostics ${m.lastKeystrokeToDiagnosticsMs.toFixed(0)} ms after the last keystroke (published at ${m.diagnosticsPublicationsMs.map((ms) => ms.toFixed(0)).join(', ')} ms); tokens ${m.tokensMethod} p50 ${m.tokensDelta.p50.toFixed(2)} p99 ${m.tokensDelta.p99.toFixed(2)} ms, CPU ${m.cpuPerKeystrokeWithTokensMs.toFixed(2)} ms/keystroke (main thread ${m.mainThreadCpuPerKeystrokeWithTokensMs.toFixed(2)}); tokens agree: ${m.tokensAgree}; waited ${m.idleWaitMs.map((ms) => (ms / 1000).toFixed(1)).join(' and ')} s for the server to be idle`,
      );
      out.push(m);
    }
    return out;
  } finally {
    await client.stop().catch(() => client.kill());
  }
}
