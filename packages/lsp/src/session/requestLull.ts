import { nextTurn } from '@dossier/corpus/query';

/** Background work waits until no request has come for this long... */
const QUIET_MS = 50;
/** ...but never longer than this, so that a client asking without pause still gets its diagnostics. */
const MAX_WAIT_MS = 500;
/** While requests keep coming, the waiting work looks again this often (one timer for all of it). */
const CHECK_EVERY_MS = 50;

interface Waiting {
  since: number;
  resolve: () => void;
}

/**
 * Lets background work (the corpus scan for a note's quotations, the spelling check's slices,
 * the notes graph) go on only between bursts of requests. Each slice of that work is short, but
 * a request that arrives behind one waits for it, and so does its answer (written at the next
 * turn of the event loop): with the quotation scan running, 500 hovers in a row took a file's
 * scan (read, tokenized) on top of each card. `turn()` is the background work's pause.
 *
 * The waiting slices share one timer, set when the first of them starts waiting and again only
 * when it fires (every 50 ms while requests come), never per request: an analyst typing with a
 * hover per keystroke (a request every 30 ms) must not wake the event loop for each. So a slice
 * starts at the first check that finds 50 ms of quiet, 50–100 ms after the last request.
 */
export class RequestLull {
  private lastRequest = -Infinity;
  private readonly waiting: Waiting[] = [];
  private check: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly quietMs = QUIET_MS,
    private readonly maxWaitMs = MAX_WAIT_MS,
    private readonly checkEveryMs = CHECK_EVERY_MS,
  ) {}

  /** A request's handler starts or ends. */
  requestArrived(): void {
    this.lastRequest = this.now();
  }

  /** Resolves at the next turn of the event loop when no request came or was answered for `quietMs`; else at the first check that finds that quiet (or `maxWaitMs` waited). */
  async turn(): Promise<void> {
    await nextTurn();
    if (this.quietFor() >= this.quietMs) return;
    await new Promise<void>((resolve) => {
      this.waiting.push({ since: this.now(), resolve });
      // The first check comes when this quiet could end at the earliest; later ones every checkEveryMs.
      if (this.check === null) this.armCheck(Math.min(this.quietMs - this.quietFor(), this.maxWaitMs));
    });
  }

  private quietFor(): number {
    return this.now() - this.lastRequest;
  }

  private armCheck(delayMs: number): void {
    this.check = setTimeout(() => this.releaseDue(), delayMs);
  }

  /** The timer fired: every slice goes on when the quiet came, else those that waited maxWaitMs; the timer is set again while any waits. */
  private releaseDue(): void {
    this.check = null;
    const quiet = this.quietFor() >= this.quietMs;
    const now = this.now();
    const due = quiet ? this.waiting.splice(0) : this.overdue(now);
    for (const slice of due) slice.resolve();
    // Never past the oldest slice's maxWaitMs: the last check before it comes at that moment.
    if (this.waiting.length > 0) this.armCheck(Math.min(this.checkEveryMs, this.waiting[0]!.since + this.maxWaitMs - now));
  }

  /** The waiting slices that reached maxWaitMs, taken out of the queue (the oldest come first). */
  private overdue(now: number): Waiting[] {
    let count = 0;
    while (count < this.waiting.length && now - this.waiting[count]!.since >= this.maxWaitMs) count++;
    return this.waiting.splice(0, count);
  }
}
