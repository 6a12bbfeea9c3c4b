import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** The built server as a child process, spoken to over stdio like any editor would. */
export class LspClient {
  readonly connection: ProtocolConnection;
  readonly stderr: string[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  private constructor(readonly child: ChildProcess) {
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    child.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection.onNotification((method, params) => this.notifications.push({ method, params }));
    this.connection.onRequest((method) => {
      // The server asks for configuration and progress tokens; a minimal client says yes with defaults.
      if (method === 'workspace/configuration') return [null];
      return null;
    });
    this.connection.listen();
  }

  static start(args: string[] = ['--stdio'], cwd?: string): LspClient {
    return new LspClient(spawn(process.execPath, [SERVER, ...args], { stdio: ['pipe', 'pipe', 'pipe'], cwd }));
  }

  async initialize(rootPath: string, initializationOptions: unknown = {}): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootPath).href,
      workspaceFolders: [{ uri: pathToFileURL(rootPath).href, name: 'workspace' }],
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
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

  /** Waits until the server reports a ready index (or fails after the timeout). */
  async waitForStatus(state: string, timeoutMs = 20000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.notifications.some((n) => n.method === 'dossier/status' && (n.params as { state: string }).state === state)) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`no dossier/status "${state}" within ${timeoutMs} ms; stderr: ${this.stderr.join('')}`);
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000))]);
    this.connection.dispose();
    if (code === 'timeout') {
      this.child.kill('SIGKILL');
      throw new Error('server did not exit after shutdown/exit');
    }
    return code;
  }
}
