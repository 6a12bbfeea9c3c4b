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
  ) {}

  wrap<P extends unknown[], R>(name: string, handler: (...args: P) => Promise<R> | R): (...args: P) => Promise<R> {
    return async (...args: P) => {
      if (this.shuttingDown) throw new ResponseError(ErrorCodes.InvalidRequest, `${name}: the server is shutting down`);
      this.onRequest();
      try {
        return await handler(...args);
      } catch (error) {
        this.log.error(`${name} failed: ${(error as Error).stack ?? error}`);
        throw new ResponseError(ErrorCodes.InternalError, `${name} failed: ${(error as Error).message ?? error}`);
      } finally {
        // Answered too: the lull after a long answer (a note's first hover) starts at its end.
        this.onRequest();
      }
    };
  }

  /** Called by the shutdown request: every later request is refused. */
  shutDown(): void {
    this.shuttingDown = true;
  }
}
