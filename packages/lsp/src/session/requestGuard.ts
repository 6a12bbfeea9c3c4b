import { ErrorCodes, ResponseError } from '../vscodeLanguageServer.js';
import type { Logger } from '../logger.js';

/**
 * Wraps request handlers: one that throws answers with a logged InternalError and never takes the
 * server down (a hover with `position: null` from a buggy client). After the shutdown request
 * every request is refused with InvalidRequest, as the specification says. `onRequest` hears of
 * each request when its handler starts and when it ends (the RequestLull that holds background
 * work back).
 */
export class RequestGuard {
  private shuttingDown = false;

  constructor(
    private readonly log: Logger,
    private readonly onRequest: () => void = () => undefined,
    /**
     * Logs every request's answer: its name, how long it took and whether it said anything
     * (DOSSIER_TRACE_REQUESTS=1; the real-editor tests set it). A hover in VS Code that showed
     * nothing for 30 s while the index was made left no trace of whether it was asked, answered
     * null or never answered.
     */
    private readonly traceAnswers = false,
    /** Hears of each error a handler threw, after it is logged (a broken saved index: DossierServer). */
    private readonly onFailure: (error: unknown) => void = () => undefined,
  ) {}

  /**
   * The handler, guarded. An answer the handler has at once is returned as it is, not in a promise
   * (the library awaits either): each keystroke's hover went through this function's promise and
   * the card's, two turns of the microtask queue, for an answer that was ready.
   */
  wrap<P extends unknown[], R>(name: string, handler: (...args: P) => Promise<R> | R): (...args: P) => Promise<R> | R {
    return (...args: P) => {
      if (this.shuttingDown) throw new ResponseError(ErrorCodes.InvalidRequest, `${name}: the server is shutting down`);
      this.onRequest();
      // Timed only when traced: the guard wraps every keystroke's hover and tokens.
      const started = this.traceAnswers ? performance.now() : 0;
      let answer: Promise<R> | R;
      try {
        answer = handler(...args);
      } catch (error) {
        this.onRequest();
        throw this.failed(name, error);
      }
      if (answer instanceof Promise) return this.settled(name, answer, args, started);
      this.answered(name, answer, args, started);
      return answer;
    };
  }

  /** Called by the shutdown request: every later request is refused. */
  shutDown(): void {
    this.shuttingDown = true;
  }

  /** An answer that comes later: traced, or turned into an InternalError, when it comes. */
  private async settled<R>(name: string, answer: Promise<R>, args: unknown[], started: number): Promise<R> {
    try {
      const value = await answer;
      this.answered(name, value, args, started);
      return value;
    } catch (error) {
      this.onRequest();
      throw this.failed(name, error);
    }
  }

  /** The handler answered: the lull after a long answer (a note's first hover) starts at its end. */
  private answered(name: string, answer: unknown, args: unknown[], started: number): void {
    this.onRequest();
    if (this.traceAnswers) this.log.info(`${name}: ${describeAnswer(answer)}${wasCancelled(args) ? ' (cancelled)' : ''} in ${(performance.now() - started).toFixed(1)} ms`);
  }

  /** A handler threw: logged, and answered as an InternalError that names the request. */
  private failed(name: string, error: unknown): Error {
    this.log.error(`${name} failed: ${(error as Error).stack ?? error}`);
    this.onFailure(error);
    return new ResponseError(ErrorCodes.InternalError, `${name} failed: ${(error as Error).message ?? error}`);
  }
}

/** What a traced answer said, in a few words: "nothing", "3 items", "an answer". */
function describeAnswer(answer: unknown): string {
  if (answer === null || answer === undefined) return 'nothing';
  if (Array.isArray(answer)) return `${answer.length} items`;
  return 'an answer';
}

/** Whether the request's cancellation token (among its arguments) was cancelled. */
function wasCancelled(args: unknown[]): boolean {
  return args.some((arg) => typeof arg === 'object' && arg !== null && (arg as { isCancellationRequested?: unknown }).isCancellationRequested === true);
}
