import { Console } from 'node:console';
import type { Connection, DataCallback, Disposable, Message, MessageReader, MessageWriter } from 'vscode-languageserver/node';
import { languageServer } from '../vscodeLanguageServer.js';
import { DirectDispatch } from './directDispatch.js';

/**
 * The server's connection as the command line asks for it. Over `--stdio` (how editors start it),
 * messages are read by `WholeMessageReader` and written by `WholeMessageWriter`; over `--node-ipc`
 * (how VS Code starts it) by the library's IPC reader and writer; on both, a keystroke's messages
 * skip the library's queue when they may (DirectDispatch). `--socket` and `--pipe` are left to
 * vscode-languageserver. As the library does over `--stdio`: the process ends when stdin closes
 * (exit code 0 after a shutdown request, else 1), and console output never goes into the protocol
 * on stdout (here it goes to stderr, the client's log).
 */
export function serverConnection(argv: readonly string[] = process.argv): Connection {
  const { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures } = languageServer;
  const transport = argv.slice(2).find((arg) => arg === '--stdio' || arg === '--node-ipc');
  if (transport === '--node-ipc') return directConnection(new IPCMessageReader(process), new IPCMessageWriter(process));
  if (transport !== '--stdio') return createConnection(ProposedFeatures.all);
  globalThis.console = new Console(process.stderr, process.stderr);
  const reader = new WholeMessageReader(process.stdin);
  const exit = () => process.exit(reader.shutdownRequested ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  return directConnection(reader, new WholeMessageWriter(process.stdout));
}

/** A connection on a reader and a writer whose keystroke messages skip the library's queue when they may (DirectDispatch). */
export function directConnection(reader: MessageReader, writer: MessageWriter): Connection {
  const { createConnection, ProposedFeatures } = languageServer;
  const direct = new DirectDispatch((error) => console.error(`Processing a message failed: ${error}`));
  return createConnection(ProposedFeatures.all, direct.reader(reader), writer, direct.connectionOptions());
}

const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');

/**
 * Reads the base protocol's messages from a stream and hands each to the connection as soon as
 * its last byte arrives. The library's stream reader decodes each message a turn of the event loop
 * later (setImmediate, then a chain of promises), and sets a 10-second timer (setTimeout) whenever
 * a chunk ends inside a message, which it does for every message of a client that writes the
 * header and the body apart, as vscode-jsonrpc's clients do: a timer made and cleared for each
 * keystroke and for each hover. Nothing listens to that timer's event in the server.
 */
export class WholeMessageReader extends languageServer.AbstractMessageReader implements MessageReader {
  /** Whether the client asked the server to shut down (the process then ends with code 0 when stdin closes). */
  shutdownRequested = false;
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The body's length in bytes once its header was read, else -1. */
  private bodyBytes = -1;

  constructor(private readonly input: NodeJS.ReadableStream) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (data: Buffer) => this.onData(data, callback);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('close', onClose);
    return {
      dispose: () => {
        this.input.off('data', onData);
        this.input.off('error', onError);
        this.input.off('close', onClose);
      },
    };
  }

  private onData(data: Buffer, callback: DataCallback): void {
    this.chunks.push(data);
    this.buffered += data.length;
    for (;;) {
      if (this.bodyBytes < 0 && !this.readHeader()) return;
      if (this.buffered < this.bodyBytes) return;
      const bytes = this.take(this.bodyBytes);
      this.bodyBytes = -1;
      let message: Message;
      try {
        message = JSON.parse(bytes.toString('utf8')) as Message;
      } catch (error) {
        this.fireError(error);
        continue;
      }
      if ((message as { method?: unknown }).method === 'shutdown') this.shutdownRequested = true;
      callback(message);
    }
  }

  /** Reads a whole header if one is buffered (its Content-Length into bodyBytes); false if it is not all here yet. */
  private readHeader(): boolean {
    const joined = this.joined();
    const end = joined.indexOf(HEADER_END);
    if (end < 0) return false;
    const header = this.take(end + HEADER_END.length).toString('latin1', 0, end);
    const length = /^content-length:[ \t]*(\d+)[ \t]*$/im.exec(header)?.[1];
    if (length === undefined) {
      this.fireError(new Error(`Header must provide a Content-Length property.\n${header}`));
      return false;
    }
    this.bodyBytes = Number(length);
    return true;
  }

  /** The first `bytes` bytes buffered, taken out of the buffer. */
  private take(bytes: number): Buffer {
    const joined = this.joined();
    const rest = joined.subarray(bytes);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return joined.subarray(0, bytes);
  }

  /** The buffered bytes as one buffer (joined only when they came in several chunks). */
  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }
}

/**
 * Writes each message as one write: its header and its JSON body in one buffer, at once. The
 * library's stream writer waits a turn of the event loop (setImmediate) before each message, and
 * writes the header and the body in two writes, the second after the first's callback: two
 * system calls and a chain of promises for each hover answer of a keystroke (typing probe, 100 KB
 * note: 135 µs of the server's 700 µs per keystroke were in writing the answer). The bytes are
 * the same: `Content-Length: <bytes>\r\n\r\n` and the message as compact JSON in UTF-8. Messages
 * leave in the order written; each one's promise resolves when the stream has taken it.
 */
export class WholeMessageWriter extends languageServer.AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    out.on('error', (error: Error) => this.fireError(error));
    out.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let frame: Buffer;
    try {
      frame = framed(message);
    } catch (error) {
      this.fireError(error);
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.out.write(frame, (error?: Error | null) => {
        if (!error) return resolve();
        this.fireError(error, message, ++this.errorCount);
        reject(error);
      });
    });
  }

  end(): void {
    this.out.end();
  }
}

/** A message as the base protocol sends it: the Content-Length header, a blank line, the JSON body. */
export function framed(message: Message): Buffer {
  const json = JSON.stringify(message);
  const bytes = Buffer.byteLength(json, 'utf8');
  const header = `Content-Length: ${bytes}\r\n\r\n`;
  const frame = Buffer.allocUnsafe(header.length + bytes);
  frame.write(header, 0, 'latin1');
  frame.write(json, header.length, 'utf8');
  return frame;
}
