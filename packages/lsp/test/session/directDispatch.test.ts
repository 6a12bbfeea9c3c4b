import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createMessageConnection,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  Trace,
  type CancellationToken,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageConnection,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import { afterEach, describe, expect, it } from 'vitest';
import { DirectDispatch } from '../../src/session/directDispatch.js';
import { directConnection } from '../../src/session/stdioConnection.js';

/** A reader the test hands messages to, one call each, as a transport hands them on once read. */
class HandReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | null = null;
  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return { dispose: () => (this.callback = null) };
  }
  read(message: object): void {
    this.callback!({ jsonrpc: '2.0', ...message } as Message);
  }
}

/** A writer that keeps what the server wrote. */
class KeptWriter extends AbstractMessageWriter implements MessageWriter {
  readonly written: Message[] = [];
  write(message: Message): Promise<void> {
    this.written.push(message);
    return Promise.resolve();
  }
  end(): void {}
  /** The answer to request `id`, once written. */
  answer(id: number): ResponseMessage | undefined {
    return this.written.find((m) => (m as ResponseMessage).id === id) as ResponseMessage | undefined;
  }
}

const uri = 'file:///notes/summit.md';
const hoverAt = (id: number, character = 3) => ({ id, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character } } });
const didOpen = { method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Kim met Putin.\n' } } };
const didChange = (version: number) => ({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text: `Kim met Putin ${version}.\n` }] } });
/** A few turns of the event loop: the library's queue dispatches a message a setImmediate after it came. */
const settled = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

const connections: { dispose(): void }[] = [];
afterEach(() => connections.splice(0).forEach((c) => c.dispose()));

/** A JSON-RPC connection with the direct path, the library dispatching a first message already (which lets the path open). */
async function rpcConnection(): Promise<{ reader: HandReader; writer: KeptWriter; connection: MessageConnection }> {
  const reader = new HandReader();
  const writer = new KeptWriter();
  const direct = new DirectDispatch();
  const connection = createMessageConnection(direct.reader(reader), writer, undefined, direct.connectionOptions());
  connections.push(connection);
  connection.onRequest('initialize', () => ({ capabilities: {} }));
  connection.listen();
  reader.read({ id: 0, method: 'initialize', params: {} });
  await settled();
  return { reader, writer, connection };
}

describe('DirectDispatch: a keystroke message is handled as soon as it is read', () => {
  it("starts the server's hover handler while its message is read, not a turn of the event loop later", async () => {
    const reader = new HandReader();
    const writer = new KeptWriter();
    const connection = directConnection(reader, writer);
    connections.push(connection);
    const asked: number[] = [];
    connection.onHover((params) => {
      asked.push(params.position.character);
      return { contents: 'Kim Jong Un' };
    });
    connection.listen();
    reader.read({ id: 0, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    await settled();
    reader.read(hoverAt(1, 5));
    expect(asked).toEqual([5]);
    await settled();
    expect(writer.answer(1)?.result).toEqual({ contents: 'Kim Jong Un' });
  });

  it('never lets a keystroke message overtake one still in the queue', async () => {
    const { reader, connection } = await rpcConnection();
    const order: string[] = [];
    connection.onNotification('textDocument/didOpen', () => void order.push('open'));
    connection.onNotification('textDocument/didChange', (p: { textDocument: { version: number } }) => void order.push(`change ${p.textDocument.version}`));
    connection.onRequest('textDocument/hover', () => order.push('hover'));
    // Read in one go, as one chunk of the stream brings them: the open waits in the queue.
    reader.read(didOpen);
    reader.read(didChange(2));
    reader.read(hoverAt(1));
    expect(order).toEqual([]);
    await settled();
    expect(order).toEqual(['open', 'change 2', 'hover']);
    // Once the queue is empty, the next keystroke goes direct, in the order read.
    reader.read(didChange(3));
    reader.read(hoverAt(2));
    expect(order).toEqual(['open', 'change 2', 'hover', 'change 3', 'hover']);
  });

  it('cancels a request handled directly when $/cancelRequest names it, and answers RequestCancelled', async () => {
    const { reader, writer, connection } = await rpcConnection();
    const started: number[] = [];
    connection.onRequest('textDocument/hover', async (params: { position: { character: number } }, token: CancellationToken) => {
      started.push(params.position.character);
      await new Promise<void>((resolve) => token.onCancellationRequested(() => resolve()));
      throw new ResponseError(LSPErrorCodes.RequestCancelled, 'hover cancelled');
    });
    reader.read(hoverAt(1, 4));
    expect(started).toEqual([4]);
    await settled();
    expect(writer.answer(1)).toBeUndefined();
    reader.read({ method: '$/cancelRequest', params: { id: 1 } });
    await settled();
    expect(writer.answer(1)?.error).toEqual({ code: LSPErrorCodes.RequestCancelled, message: 'hover cancelled' });
    // A cancel for a request already answered waits in the queue and changes nothing: the next
    // hover still goes direct (a cancel is not counted as queued), and waits for its own cancel.
    reader.read({ method: '$/cancelRequest', params: { id: 1 } });
    reader.read(hoverAt(2, 9));
    expect(started).toEqual([4, 9]);
    await settled();
    expect(writer.answer(2)).toBeUndefined();
    reader.read({ method: '$/cancelRequest', params: { id: 2 } });
    await settled();
    expect(writer.answer(2)?.error?.code).toBe(LSPErrorCodes.RequestCancelled);
  });

  it('answers an error when a handler throws, and answers the next request', async () => {
    const { reader, writer, connection } = await rpcConnection();
    let calls = 0;
    connection.onRequest<{ contents: string }, void>('textDocument/hover', () => {
      calls++;
      if (calls === 1) throw new Error('position is null');
      if (calls === 2) return Promise.reject(new ResponseError(ErrorCodes.InvalidParams, 'no such note'));
      return { contents: 'Vladimir Putin' };
    });
    reader.read(hoverAt(1));
    reader.read(hoverAt(2));
    reader.read(hoverAt(3));
    expect(calls).toBe(3);
    await settled();
    expect(writer.answer(1)?.error).toEqual({ code: ErrorCodes.InternalError, message: 'Request textDocument/hover failed with message: position is null' });
    expect(writer.answer(2)?.error).toEqual({ code: ErrorCodes.InvalidParams, message: 'no such note' });
    expect(writer.answer(3)?.result).toEqual({ contents: 'Vladimir Putin' });
  });

  it("traces a message handled directly as the library traces a queued one, and nothing while tracing is off", async () => {
    const { reader, connection } = await rpcConnection();
    connection.onRequest('textDocument/hover', () => null);
    const traced: string[] = [];
    const tracer = { log: (message: string) => traced.push(message) };
    await connection.trace(Trace.Off, tracer);
    reader.read(hoverAt(1));
    await settled();
    expect(traced).toEqual([]);
    await connection.trace(Trace.Messages, tracer);
    reader.read(hoverAt(2));
    await settled();
    expect(traced.map((line) => line.replace(/took \d+ms/, 'took N ms'))).toEqual([
      "Received request 'textDocument/hover - (2)'.",
      "Sending response 'textDocument/hover - (2)'. Processing request took N ms.",
    ]);
  });
});
