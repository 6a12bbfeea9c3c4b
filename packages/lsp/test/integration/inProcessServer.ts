import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { WorkerMerge } from '../../src/indexing/indexMerger.js';
import { processIndexer } from '../../src/indexing/processIndexer.js';
import { WorkerAnalyzer } from '../../src/indexing/workerAnalyzer.js';
import { startServer, type ServerOptions } from '../../src/session/startServer.js';
import { directConnection, WholeMessageReader, WholeMessageWriter } from '../../src/session/stdioConnection.js';
import { LspClient } from './lspClient.js';

/** The built worker script: worker threads cannot run the TypeScript sources. */
export const BUILT_WORKER = fileURLToPath(new URL('../../dist/indexing/analyzeWorker.js', import.meta.url));

/** The built merge worker (indexing/mergeWorker.ts). */
export const BUILT_MERGE_WORKER = fileURLToPath(new URL('../../dist/indexing/mergeWorker.js', import.meta.url));

/** The built indexing process (indexing/coldIndexProcess.ts), with the built workers beside it. */
export const BUILT_COLD_INDEX_PROCESS = fileURLToPath(new URL('../../dist/indexing/coldIndexProcess.js', import.meta.url));

/**
 * The server's sources in this process, over in-memory streams, and a client for it. The
 * connection is the one the server makes over `--stdio` (serverConnection): its reader, its
 * writer, a keystroke's messages handled as soon as they are read (DirectDispatch). Large
 * batches of files go to the built worker pool, as in the real server. Never send `exit`: the
 * library ends the process on it.
 */
export function inProcessServer(
  options: ServerOptions = {
    analyzer: () => new WorkerAnalyzer(undefined, BUILT_WORKER),
    merger: (corrections) => new WorkerMerge(corrections, BUILT_MERGE_WORKER),
    coldIndexer: processIndexer(BUILT_COLD_INDEX_PROCESS),
  },
): LspClient {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = directConnection(new WholeMessageReader(toServer), new WholeMessageWriter(toClient));
  const server = startServer(connection, options);
  return new LspClient(toClient, toServer, null, () => {
    server.dispose();
    connection.dispose();
  });
}
