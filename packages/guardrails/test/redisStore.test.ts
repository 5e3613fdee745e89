import { runStoreContract } from '../src/idempotency/stores/contract.js';
import { createRedisStore } from '../src/idempotency/stores/redis/index.js';
import { deleteKeys, testRedis, uniqueName } from './servers.js';

runStoreContract('redis', async () => {
  const client = testRedis();
  const prefix = `${uniqueName('idem_contract')}:`;
  return {
    store: createRedisStore({ client, prefix }),
    // Redis times leases and TTLs by its own clock: time must really pass.
    elapse: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    recordCount: async () => (await client.keys(`${prefix}*`)).length,
    close: async () => {
      await deleteKeys(client, prefix);
      await client.quit();
    },
  };
});

// Many apps turn on ioredis auto-pipelining for throughput; the scripts must survive its batching.
runStoreContract('redis with auto-pipelining', async () => {
  const client = testRedis({ enableAutoPipelining: true });
  const prefix = `${uniqueName('idem_contract_pipelined')}:`;
  return {
    store: createRedisStore({ client, prefix }),
    elapse: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    recordCount: async () => (await client.keys(`${prefix}*`)).length,
    close: async () => {
      await deleteKeys(client, prefix);
      await client.quit();
    },
  };
});
