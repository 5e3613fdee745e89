import Database from 'better-sqlite3';
import { manualClock, runStoreContract } from '../contract.js';
import { openSqliteStore } from './index.js';

runStoreContract('sqlite', async () => {
  const db = new Database(':memory:');
  const clock = manualClock();
  const store = await openSqliteStore({ db, table: 'idempotency_contract', clock });
  return {
    store,
    elapse: async (ms) => clock.advance(ms),
    recordCount: async () => (db.prepare('SELECT count(*) AS n FROM idempotency_contract').get() as { n: number }).n,
    close: async () => void db.close(),
  };
});
