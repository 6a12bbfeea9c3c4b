import { describe } from 'vitest';
import { storeContract } from '../../corpus/test/store/storeContract.js';
import { openPgStore } from '../src/pgStore.js';
import { freshDatabase } from './support/databases.js';

// The contract every CorpusStore meets, against a real PostgreSQL server (a database per test).
describe('PgStore', () => {
  storeContract(async () => openPgStore((await freshDatabase()).url, { applicationName: 'dossier test' }));
});
