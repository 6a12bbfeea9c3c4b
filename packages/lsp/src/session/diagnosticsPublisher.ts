import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticsProvider } from '../features/diagnostics.js';
import type { Logger } from '../logger.js';
import { sendQuietly } from './connectionLogger.js';
import { TypingRhythm } from './typingRhythm.js';

/** The open documents, as TextDocuments holds them. */
export interface OpenDocuments {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

/** How long a check waits for its early publication to be written before it goes on. */
const WRITE_WAIT_MS = 500;

/**
 * Publishes each open note's diagnostics: after edits settle, and again whenever the index
 * changes. They are computed in the background (a keystroke only moves the timer): the next edit
 * makes a run stale, and it stops at its next slice; diagnostics computed for a version the user
 * has since edited are dropped, never sent. What needs no corpus search (the spelling check,
 * quotations already looked up) is published first, the rest once the quotations are found.
 */
export class DiagnosticsPublisher {
  /** Per note, the timer of its next run, how long it waits, and the document it will check. */
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; delay: number; doc: TextDocument }>();

  constructor(
    private readonly connection: Pick<Connection, 'sendDiagnostics'>,
    private readonly documents: OpenDocuments,
    private readonly provider: DiagnosticsProvider,
    private readonly log: Logger,
    /** Hears of each error a run threw, after it is logged (a broken saved index: DossierServer). */
    private readonly onFailure: (error: unknown) => void = () => undefined,
    private readonly rhythm = new TypingRhythm(),
  ) {
    // A missing quotation's closest passage is found after its warning: the warning is sent again with it.
    provider.onDidFindClosest = (uri) => {
      const doc = documents.get(uri);
      if (doc) this.schedule(doc, 0);
    };
  }

  /** A keystroke: the note's run waits for the typing to settle (how long: TypingRhythm). */
  edited(doc: TextDocument): void {
    this.schedule(doc, this.rhythm.keystroke(doc.uri));
  }

  schedule(doc: TextDocument, delay: number): void {
    const pending = this.pending.get(doc.uri);
    // A keystroke while the note's run waits moves its timer on (no new timer per keystroke).
    if (pending && pending.delay === delay) {
      pending.doc = doc;
      pending.timer.refresh();
      return;
    }
    if (pending) clearTimeout(pending.timer);
    const next = {
      delay,
      doc,
      timer: setTimeout(() => {
        this.pending.delete(doc.uri);
        this.publish(next.doc);
      }, delay),
    };
    this.pending.set(doc.uri, next);
  }

  /** Every open note again, at once (the index changed). */
  refreshAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc, 0);
  }

  /** A closed note: nothing pending, and its diagnostics cleared in the client. */
  clear(uri: string): void {
    clearTimeout(this.pending.get(uri)?.timer);
    this.pending.delete(uri);
    this.rhythm.forget(uri);
    sendQuietly(() => this.connection.sendDiagnostics({ uri, diagnostics: [] }));
  }

  dispose(): void {
    this.provider.onDidFindClosest = null;
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private publish(doc: TextDocument): void {
    const version = doc.version;
    const stale = () => this.documents.get(doc.uri)?.version !== version;
    // Resolves once the message is written (the client read it), or after WRITE_WAIT_MS: an early
    // publication of a long note (1.5 MB) leaves the pipe a chunk per turn of the event loop, and
    // the whole check that follows would hold it back.
    const send = (diagnostics: Diagnostic[]): Promise<void> => {
      if (stale()) return Promise.resolve();
      let written: Promise<unknown>;
      try {
        written = Promise.resolve(this.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics })).catch(() => undefined);
      } catch {
        return Promise.resolve(); // the connection is closed
      }
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, WRITE_WAIT_MS);
        void written.then(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    };
    this.provider
      .provideDiagnostics(doc, stale, send)
      .then(send)
      .catch((error) => {
        this.log.error(`diagnostics failed for ${doc.uri}: ${(error as Error).stack ?? error}`);
        this.onFailure(error);
      });
  }
}
