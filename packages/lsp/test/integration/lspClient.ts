import { fork, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver-protocol/node';

export const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** How long a test waits for the server before it fails (less than the test timeout, vitest.config.ts). */
const WAIT_MS = 120_000;

/** How the test client answers a request from the server; throwing makes it an error response. */
export type ServerRequestHandler = (method: string, params: unknown) => unknown;

/**
 * A test client for the server, spoken to over JSON-RPC like any editor would: the built server as
 * a child process over stdio (start), or a server in this process over in-memory streams
 * (inProcessServer.ts), which tests every part but the process's exit.
 */
export class LspClient {
  readonly connection: MessageConnection;
  readonly stderr: string[] = [];
  /** What the server sent, oldest first; receivedAt is performance.now() on arrival. */
  readonly notifications: { method: string; params: unknown; receivedAt: number }[] = [];
  /** The requests the server sent (configuration, progress tokens, registrations), oldest first. */
  readonly serverRequests: { method: string; params: unknown }[] = [];
  /** What `workspace/configuration` answers for the "dossier" section (null: the defaults). */
  settings: unknown = null;
  /** Overrides the answers to the server's requests (configuration, progress tokens, registrations). */
  onServerRequest: ServerRequestHandler | null = null;
  /** Resolves with the exit code (null when killed by a signal); never, for a server in this process. */
  readonly exited: Promise<number | null>;
  exitCode: number | null | undefined = undefined;

  constructor(
    input: NodeJS.ReadableStream | MessageReader,
    output: NodeJS.WritableStream | MessageWriter,
    /** The server's process; null for a server in this process. */
    readonly child: ChildProcess | null,
    /** Ends a server in this process. */
    private readonly disposeServer: () => void = () => undefined,
  ) {
    this.exited = new Promise((resolve) =>
      child?.once('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      }),
    );
    // Streams (stdio, in-memory), or a reader and a writer of their own (IPC).
    this.connection = createMessageConnection('listen' in input ? input : new StreamMessageReader(input), 'onError' in output ? output : new StreamMessageWriter(output));
    // A dying server closes its pipes; writes after that must not crash the test process.
    child?.stdin!.on('error', () => undefined);
    child?.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection.onNotification((method: string, params: unknown) => {
      this.notifications.push({ method, params, receivedAt: performance.now() });
    });
    this.connection.onRequest((method: string, params: unknown) => {
      this.serverRequests.push({ method, params });
      if (this.onServerRequest) return this.onServerRequest(method, params);
      // The server asks for configuration and progress tokens; a minimal client says yes with defaults.
      if (method === 'workspace/configuration') return [this.settings];
      return null;
    });
    this.connection.onError(() => undefined);
    this.connection.listen();
  }

  /**
   * The built server (dist/server.js) as a child process; nodeArgs go to node before its path (e.g.
   * --cpu-prof for a profile); `env`, when given, instead of this process's environment.
   */
  static start(args: string[] = ['--stdio'], cwd?: string, nodeArgs: string[] = [], env?: NodeJS.ProcessEnv): LspClient {
    const child = spawn(process.execPath, [...nodeArgs, SERVER, ...args], { stdio: ['pipe', 'pipe', 'pipe'], cwd, ...(env ? { env } : {}) });
    return new LspClient(child.stdout!, child.stdin!, child);
  }

  /** The built server as a child process spoken to over Node's IPC channel (`--node-ipc`), as VS Code starts it. */
  static startIpc(cwd?: string): LspClient {
    const child = fork(SERVER, ['--node-ipc'], { cwd, stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    return new LspClient(new IPCMessageReader(child), new IPCMessageWriter(child), child);
  }

  async initialize(rootPath: string, initializationOptions: unknown = {}, capabilities?: Record<string, unknown>): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      // A server in this process must not watch this process's id (its timer would outlive the test).
      processId: this.child ? process.pid : null,
      rootUri: pathToFileURL(rootPath).href,
      workspaceFolders: [{ uri: pathToFileURL(rootPath).href, name: 'workspace' }],
      capabilities: capabilities ?? { workspace: { configuration: true }, window: { workDoneProgress: true } },
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Sends a request and, after `afterMs`, $/cancelRequest for it. */
  requestThenCancel<R>(method: string, params: unknown, afterMs: number): Promise<R> {
    const source = new CancellationTokenSource();
    const pending = this.connection.sendRequest(method, params, source.token) as Promise<R>;
    setTimeout(() => source.cancel(), afterMs);
    return pending;
  }

  /** The messages the server logged (window/logMessage), oldest first. */
  logs(): string[] {
    return this.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
  }

  /**
   * Waits until a condition on what the server sent holds, or fails after the timeout: a hang
   * guard, far above what any wait takes on a loaded machine (indexing 1,200 files included).
   */
  async waitFor(what: string, condition: () => boolean, timeoutMs = WAIT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (condition()) return;
      if (this.exitCode !== undefined) throw new Error(`server exited (${this.exitCode}) while waiting for ${what}; stderr: ${this.stderr.join('')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`no ${what} within ${timeoutMs} ms; stderr: ${this.stderr.join('')}`);
  }

  /** Waits until the server reports a ready index (or fails after the timeout). */
  async waitForStatus(state: string, timeoutMs = WAIT_MS, after = 0): Promise<void> {
    await this.waitFor(
      `dossier/status "${state}"`,
      () => this.notifications.slice(after).some((n) => n.method === 'dossier/status' && (n.params as { state: string }).state === state),
      timeoutMs,
    );
  }

  /** shutdown, then exit: resolves with the child's exit code. */
  async stop(): Promise<number | null> {
    if (!this.child) throw new Error('a server in this process cannot exit: use shutdown()');
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await Promise.race([this.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000))]);
    this.connection.dispose();
    if (code === 'timeout') {
      this.child.kill('SIGKILL');
      throw new Error('server did not exit after shutdown/exit');
    }
    return code;
  }

  /** The shutdown request alone, for a server in this process (exit would end this process): resolves with its answer. */
  async shutdown(): Promise<unknown> {
    const answer: unknown = await this.connection.sendRequest('shutdown');
    this.kill();
    return answer;
  }

  /** Ends the server without ceremony (for tests that already broke it). */
  kill(): void {
    this.connection.dispose();
    this.disposeServer();
    if (this.child && this.exitCode === undefined) this.child.kill('SIGKILL');
  }
}
