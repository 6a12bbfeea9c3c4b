import { nextTurn } from '@dossier/corpus/query';

/** Background work waits until no request has come for this long... */
const QUIET_MS = 50;
/** ...but never longer than this, so that a client asking without pause still gets its diagnostics. */
const MAX_WAIT_MS = 500;

/**
 * Lets background work (the corpus scan for a note's quotations, the spelling check's slices,
 * the notes graph) go on only between bursts of requests. Each slice of that work is short, but
 * a request that arrives behind one waits for it, and so does its answer (written at the next
 * turn of the event loop): with the quotation scan running, 500 hovers in a row took a file's
 * scan (read, tokenized) on top of each card. `turn()` is the background work's pause.
 */
export class RequestLull {
  private lastRequest = -Infinity;

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly quietMs = QUIET_MS,
    private readonly maxWaitMs = MAX_WAIT_MS,
  ) {}

  /** A request's handler starts or ends. */
  requestArrived(): void {
    this.lastRequest = this.now();
  }

  /** Resolves at the next turn of the event loop once no request came or was answered for `quietMs` (or `maxWaitMs` passed). */
  async turn(): Promise<void> {
    const started = this.now();
    for (;;) {
      await nextTurn();
      const quietFor = this.now() - this.lastRequest;
      const waited = this.now() - started;
      if (quietFor >= this.quietMs || waited >= this.maxWaitMs) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.quietMs - quietFor, this.maxWaitMs - waited)));
    }
  }
}
