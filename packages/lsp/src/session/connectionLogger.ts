import type { Connection } from 'vscode-languageserver';
import type { Logger } from '../logger.js';

/**
 * A Logger that writes to the client's output channel (window/logMessage). It never throws: once
 * the connection is gone (the editor closed while indexing finished), there is nowhere to write,
 * and a logger that threw "Connection is disposed" turned every later log line into a crash.
 */
export function connectionLogger(connection: Pick<Connection, 'console'>): Logger {
  const write = (level: 'info' | 'warn' | 'error', message: string) => {
    try {
      connection.console[level](message);
    } catch {
      // The connection is closed: nothing can be told to the client any more.
    }
  };
  return { info: (m) => write('info', m), warn: (m) => write('warn', m), error: (m) => write('error', m) };
}

/**
 * Sends a fire-and-forget message to a client that may be gone or may refuse it: the library
 * throws at once on a closed connection and rejects when the client answers with an error;
 * neither may become an uncaught error in the server.
 */
export function sendQuietly(send: () => PromiseLike<unknown>): void {
  try {
    void Promise.resolve(send()).catch(ignore);
  } catch {
    // The connection is closed.
  }
}

/**
 * The last line of defence, for the server's own process only (never in a test that runs the
 * server in-process): an error that escaped every handler is logged, and the server goes on.
 */
export function logUncaughtErrors(log: Logger): void {
  process.on('unhandledRejection', (reason) => log.error(`unhandled rejection (the server keeps running): ${(reason as Error)?.stack ?? reason}`));
  process.on('uncaughtException', (error) => log.error(`uncaught exception (the server keeps running): ${error.stack ?? error}`));
}

/** Fire-and-forget messages to a client that may be gone (or refuse them) must not become unhandled rejections. */
export const ignore = (): undefined => undefined;
