import pg from 'pg';
import { explainPgError } from '../connection.js';
import { INDEX_CHANNEL } from '../schema.js';

export interface MergeListener {
  close(): Promise<void>;
}

/**
 * A connection of its own that LISTENs for merges: `onMerge` gets each new index version (sent
 * by the merge's transaction as it commits); `onLost` is called once if the connection ends.
 * TCP keep-alive makes a server that vanished without a word noticed too.
 */
export async function listenForMerges(connection: string, location: string, applicationName: string, onMerge: (version: number) => void, onLost: (error: Error) => void): Promise<MergeListener> {
  const client = new pg.Client({ connectionString: connection, application_name: applicationName.slice(0, 63), keepAlive: true, keepAliveInitialDelayMillis: 10_000, connectionTimeoutMillis: 10_000 });
  let closing = false;
  let lost = false;
  const lose = (error: Error) => {
    if (closing || lost) return;
    lost = true;
    onLost(explainPgError(error, location));
  };
  client.on('error', lose);
  client.on('end', () => lose(new Error('the connection was closed')));
  client.on('notification', (message) => {
    const version = Number(message.payload);
    if (message.channel === INDEX_CHANNEL && Number.isFinite(version)) onMerge(version);
  });
  try {
    await client.connect();
    // The channel is a constant of this package: LISTEN takes no parameters.
    await client.query(`LISTEN ${INDEX_CHANNEL}`);
  } catch (error) {
    closing = true;
    await client.end().catch(() => undefined);
    throw explainPgError(error, location);
  }
  return {
    close: async () => {
      closing = true;
      await client.end().catch(() => undefined);
    },
  };
}
