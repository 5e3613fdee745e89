import { runStoreContract } from '../src/idempotency/stores/contract.js';
import { createRedisStore } from '../src/idempotency/stores/redis/index.js';
import { deleteKeys, testRedis, uniqueName } from './servers.js';

/** The contract on a real Redis, with the client options an app may choose. */
function redisContract(name: string, options: { readonly enableAutoPipelining?: boolean }): void {
  runStoreContract(name, async () => {
    const client = testRedis(options);
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
}

redisContract('redis', {});
// Many apps turn on ioredis auto-pipelining for throughput; the scripts must survive its batching.
redisContract('redis with auto-pipelining', { enableAutoPipelining: true });
