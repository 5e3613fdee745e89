import type { IdempotencyStore } from '@driftguard/guardrails/idempotency';
import { createRedisStore } from '@driftguard/guardrails/idempotency/redis';
import { Redis } from 'ioredis';

/** Where idempotency records live when they are kept in Redis rather than with the orders. */
export interface RedisIdempotencyLocation {
  /** `redis://` or `rediss://`, optionally with a password and a database number. */
  readonly url: string;
  /** Prepended to every record's Redis key. */
  readonly prefix: string;
}

/** The guardrail's Redis store on a connected client it owns. */
export interface RedisIdempotency {
  readonly store: IdempotencyStore;
  /** Quits the client. */
  close(): Promise<void>;
}

/**
 * Connects to Redis at `location.url` and opens the idempotency store on it; when Redis cannot be
 * reached, stops reconnecting and rejects with `idempotency Redis: <reason>`. Records expire by TTL.
 */
export async function openRedisIdempotencyStore(location: RedisIdempotencyLocation): Promise<RedisIdempotency> {
  const client = new Redis(location.url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  // ioredis reports connection errors as events; keep the last one to explain a failed start.
  let lastError: unknown;
  client.on('error', (error: unknown) => {
    lastError = error;
  });
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    const cause = lastError ?? error;
    throw new Error(`idempotency Redis: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  return {
    store: createRedisStore({ client, prefix: location.prefix }),
    close: async () => {
      await client.quit();
    },
  };
}
