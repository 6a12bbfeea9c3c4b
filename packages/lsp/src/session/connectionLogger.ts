import type { Connection } from 'vscode-languageserver';
import type { Logger } from '../logger.js';

/** A Logger that writes to the client's output channel (window/logMessage). */
export function connectionLogger(connection: Pick<Connection, 'console'>): Logger {
  return {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
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
