import type { Cluster, Redis } from 'ioredis';
import type { ClaimResult, IdempotencyStore } from '../index.js';
import { runScript } from './runScript.js';
import { CLAIM, COMPLETE, RELEASE } from './scripts.js';

/** Options of `createRedisStore`. */
export interface RedisStoreOptions {
  /** An ioredis client (or cluster) shared with the app; the store never quits it. */
  readonly client: Redis | Cluster;
  /** Prepended to every record's key; default `driftguard:idempotency:`. */
  readonly prefix?: string;
}

/**
 * The shared idempotency store on Redis: one hash per key, any number of instances at once. Every
 * operation is one Lua script, atomic on the server and timed by the server's clock; records expire
 * through their key's TTL, so `purgeExpired()` has nothing to do. Each script touches one key, so
 * it works on Redis Cluster.
 */
export function createRedisStore(options: RedisStoreOptions): IdempotencyStore {
  const { client } = options;
  const prefix = options.prefix ?? 'driftguard:idempotency:';
  return {
    async claim({ key, fingerprint, token, leaseMs, retentionMs }) {
      const reply = await runScript(client, CLAIM, prefix + key, [fingerprint, token, leaseMs, retentionMs]);
      return claimResultOf(reply as Buffer[]);
    },
    async complete({ key, token, response, retentionMs }) {
      const { status, headers, body } = response;
      const args = [token, status, JSON.stringify(headers), Buffer.from(body), retentionMs];
      return (await runScript(client, COMPLETE, prefix + key, args)) === 1;
    },
    async release({ key, token }) {
      return (await runScript(client, RELEASE, prefix + key, [token])) === 1;
    },
    async purgeExpired() {
      return 0;
    },
  };
}

function claimResultOf(reply: Buffer[]): ClaimResult {
  const [outcome, ...fields] = reply;
  switch (outcome?.toString()) {
    case 'claimed':
      return { outcome: 'claimed', takenOver: fields[0]?.toString() === '1' };
    case 'in-flight':
      return { outcome: 'in-flight', retryAfterMs: Number(fields[0]?.toString()) };
    case 'completed': {
      const [status, headers, body] = fields;
      const response = {
        status: Number(status?.toString()),
        headers: JSON.parse(headers?.toString() ?? '{}') as Record<string, string>,
        body: body ?? Buffer.alloc(0),
      };
      return { outcome: 'completed', response };
    }
    case 'mismatch':
      return { outcome: 'mismatch' };
    default:
      throw new Error(`idempotency store: unexpected claim reply "${outcome?.toString()}" from Redis`);
  }
}
