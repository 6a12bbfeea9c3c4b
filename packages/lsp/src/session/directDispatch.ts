import type { ConnectionOptions, DataCallback, Disposable, Event, Message, MessageReader, MessageStrategy, PartialMessageInfo } from 'vscode-languageserver/node';

/**
 * The messages of a keystroke: the edit, the hover on the name being typed, the tokens' delta.
 * One source for which messages may skip the library's queue.
 */
export const KEYSTROKE_METHODS: ReadonlySet<string> = new Set(['textDocument/didChange', 'textDocument/hover', 'textDocument/semanticTokens/full/delta']);

const CANCEL_METHOD = '$/cancelRequest';

/** The library's own dispatcher of one message (vscode-jsonrpc's `handleMessage`). */
type HandleMessage = Parameters<MessageStrategy['handleMessage']>[1];

/**
 * Hands a keystroke's messages (KEYSTROKE_METHODS) to the library's dispatcher as soon as they are
 * read, when nothing read before them still waits in the library's queue. vscode-jsonrpc puts each
 * message it is given into a queue and dispatches it a `setImmediate` later (a map entry, a turn
 * of the event loop and a chain of promises per message): for every keystroke's didChange and
 * hover. The dispatcher called here is the library's own (captured from its MessageStrategy hook
 * the first time it dispatches a message), so everything the library does for a message still
 * happens: a cancellation token per request that a later `$/cancelRequest` cancels, an error
 * answer when a handler throws, the client's trace (`$/setTrace`).
 *
 * Order: a message goes direct only when every message handed to the queue before it has left it
 * (counted by the hook), so a didChange queued behind a didOpen is never handled before it.
 * `$/cancelRequest` is not counted: the library consumes one without queueing it when the request
 * it names is running; one that is queued only forgets the id it names when dispatched.
 */
export class DirectDispatch {
  private dispatch: HandleMessage | null = null;
  /** Messages handed to the library's queue, not yet dispatched from it ($/cancelRequest apart). */
  private queued = 0;

  constructor(private readonly reportError: (error: unknown) => void = () => undefined) {}

  /** The connection's options: the hook that sees each message the library dispatches from its queue. */
  connectionOptions(): ConnectionOptions {
    return {
      messageStrategy: {
        handleMessage: (message, next) => {
          this.dispatch = next;
          if (!isCancel(message)) this.queued--;
          return next(message);
        },
      },
    };
  }

  /** A reader that reads what `inner` reads, handing a keystroke's messages on directly when it may. */
  reader(inner: MessageReader): MessageReader {
    return new DirectReader(inner, (message, callback) => this.received(message, callback));
  }

  private received(message: Message, queue: DataCallback): void {
    const dispatch = this.dispatch;
    if (dispatch && this.queued === 0 && KEYSTROKE_METHODS.has((message as { method?: string }).method!)) {
      const result = dispatch(message);
      // The library answers a handler's errors itself; what is left is a failed write of the answer.
      if (result instanceof Promise) result.catch(this.reportError);
      return;
    }
    if (!isCancel(message)) this.queued++;
    queue(message);
  }
}

function isCancel(message: Message): boolean {
  return (message as { method?: string }).method === CANCEL_METHOD;
}

/** A MessageReader that passes each message read through `receive` (with the connection's callback). */
class DirectReader implements MessageReader {
  readonly onError: Event<Error>;
  readonly onClose: Event<void>;
  readonly onPartialMessage: Event<PartialMessageInfo>;

  constructor(
    private readonly inner: MessageReader,
    private readonly receive: (message: Message, callback: DataCallback) => void,
  ) {
    this.onError = inner.onError;
    this.onClose = inner.onClose;
    this.onPartialMessage = inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => this.receive(message, callback));
  }

  dispose(): void {
    this.inner.dispose();
  }
}
