import { describe, expect, it } from 'vitest';
import { manualClock, runStoreContract, type StoreFactory } from '../src/idempotency/stores/contract.js';
import { openPostgresStore } from '../src/idempotency/stores/postgres/index.js';
import { testPool, uniqueName } from './servers.js';

function postgresHarness(clockKind: 'injected' | 'server'): StoreFactory {
  return async () => {
    const pool = testPool();
    const table = uniqueName('idem_contract');
    const clock = clockKind === 'injected' ? manualClock() : undefined;
    const store = await openPostgresStore({ pool, table, ...(clock === undefined ? {} : { clock }) });
    return {
      store,
      elapse: async (ms) => {
        if (clock !== undefined) clock.advance(ms);
        else await new Promise((resolve) => setTimeout(resolve, ms)); // the server's clock: time must really pass
      },
      recordCount: async () => Number((await pool.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n),
      close: async () => {
        await pool.query(`DROP TABLE IF EXISTS "${table}"`);
        await pool.end();
      },
    };
  };
}

runStoreContract('postgres (injected clock)', postgresHarness('injected'));
runStoreContract('postgres (server clock)', postgresHarness('server'));

describe('openPostgresStore', () => {
  it('opens twice on one table at once, as instances starting together do', async () => {
    const pool = testPool();
    const table = uniqueName('idem_open');
    try {
      const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore({ pool, table })));
      expect(stores).toHaveLength(3);
    } finally {
      await pool.query(`DROP TABLE IF EXISTS "${table}"`);
      await pool.end();
    }
  });
});
