import { PassThrough } from 'node:stream';
import { StreamMessageReader, StreamMessageWriter, type Message } from 'vscode-languageserver/node';
import { describe, expect, it } from 'vitest';
import { WholeMessageReader, WholeMessageWriter } from '../../src/session/stdioConnection.js';

/** Everything a stream was given, once it has been ended. */
async function bytesOf(stream: PassThrough): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('latin1');
}

const hover: Message = { jsonrpc: '2.0', id: 7, result: { contents: { kind: 'markdown', value: '**TSMC** (台積電), Zürich — “quoted” 🙂' } } } as Message;
const log: Message = { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'indexed 3,610 files' } } as Message;

describe('WholeMessageWriter: the server writes each message in one write', () => {
  it('writes the bytes the library writes: a Content-Length header in bytes, a blank line, compact JSON in UTF-8', async () => {
    const ours = new PassThrough();
    const library = new PassThrough();
    const writer = new WholeMessageWriter(ours);
    const reference = new StreamMessageWriter(library);
    for (const message of [hover, log]) {
      await writer.write(message);
      await reference.write(message);
    }
    ours.end();
    library.end();
    const [written, expected] = await Promise.all([bytesOf(ours), bytesOf(library)]);
    expect(written).toBe(expected);
    expect(written.startsWith(`Content-Length: ${Buffer.byteLength(JSON.stringify(hover))}\r\n\r\n{"jsonrpc":"2.0","id":7,`)).toBe(true);
  });

  it('writes a message as one chunk, header and body together, in the order written', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    const writer = new WholeMessageWriter(out);
    await Promise.all([writer.write(hover), writer.write(log)]);
    expect(chunks).toHaveLength(2);
    expect(chunks[0]).toMatch(/^Content-Length: \d+\r\n\r\n\{"jsonrpc":"2.0","id":7,/);
    expect(chunks[1]).toContain('"method":"window/logMessage"');
  });

  it("is read back by the library's reader, message for message", async () => {
    const pipe = new PassThrough();
    const received: Message[] = [];
    new StreamMessageReader(pipe).listen((message) => received.push(message));
    const writer = new WholeMessageWriter(pipe);
    await writer.write(hover);
    await writer.write(log);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received).toEqual([hover, log]);
  });
});

/** The bytes of a message as the base protocol frames it. */
const frame = (message: Message) => {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'latin1'), body]);
};

describe('WholeMessageReader: each message handed on when its last byte arrives', () => {
  const didChange: Message = { jsonrpc: '2.0', method: 'textDocument/didChange', params: { contentChanges: [{ text: '台積電 🙂' }] } } as Message;

  it('reads messages cut anywhere, even inside a UTF-8 character, and two in one chunk', () => {
    const bytes = Buffer.concat([frame(didChange), frame(hover), frame(log)]);
    // Every cut position of the first two messages: one chunk up to it, the rest in a second.
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const input = new PassThrough();
      const received: Message[] = [];
      new WholeMessageReader(input).listen((message) => received.push(message));
      input.write(bytes.subarray(0, cut));
      input.write(bytes.subarray(cut));
      expect(received, `cut at ${cut}`).toEqual([didChange, hover, log]);
    }
  });

  it('reads a header and its body written apart, as vscode-jsonrpc clients write them, without waiting a turn', async () => {
    const input = new PassThrough();
    const received: Message[] = [];
    new WholeMessageReader(input).listen((message) => received.push(message));
    await new StreamMessageWriter(input).write(didChange);
    expect(received).toEqual([didChange]);
  });

  it('says whether the client asked for a shutdown, and reports a message that is not JSON and goes on', () => {
    const input = new PassThrough();
    const received: Message[] = [];
    const errors: Error[] = [];
    const reader = new WholeMessageReader(input);
    reader.onError((error) => errors.push(error));
    reader.listen((message) => received.push(message));
    input.write(Buffer.from('Content-Length: 5\r\n\r\n{oops', 'latin1'));
    expect(reader.shutdownRequested).toBe(false);
    input.write(frame({ jsonrpc: '2.0', id: 1, method: 'shutdown' } as Message));
    expect(errors).toHaveLength(1);
    expect(received).toEqual([{ jsonrpc: '2.0', id: 1, method: 'shutdown' }]);
    expect(reader.shutdownRequested).toBe(true);
  });
});
