// @dossier/store-pg: the team corpus in PostgreSQL. The only package with SQL in it.
export { openPgStore, PgStore, type PgStoreOptions } from './pgStore.js';
export { resolveConnectionString, describeConnection, explainPgError } from './connection.js';
export { STORE_SCHEMA_VERSION, INDEX_CHANNEL } from './schema.js';
export { TeamIndexReader, type TeamIndexReaderOptions, type ReaderState, type ReaderStatus } from './reader/teamIndexReader.js';
