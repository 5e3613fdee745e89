import { createIdempotency } from '@driftguard/guardrails/idempotency';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import { parseApiKeys, TenantDirectory } from '../../src/http/index.js';
import type { PaymentGateway } from '../../src/payments/index.js';
import {
  openPostgresStorage,
  openRedisIdempotencyStore,
  openSqliteDatabase,
  openSqliteStorage,
  type Storage,
} from '../../src/storage/index.js';
import { DEV_WEBHOOK_SECRET } from '../../src/webhooks/index.js';
import { type ManualClock, manualClock } from './manualClock.js';
import { createTestSchema } from './postgres.js';
import { type RecordingGateway, recordingGateway } from './recordingGateway.js';
import { deleteRedisKeys, REDIS_URL, uniqueRedisPrefix } from './serviceDatabase.js';

/** The seed order from the issue: two A1 at 12.50 USD. */
export const SEED_ORDER = { customer_id: 'cust_123', items: [{ sku: 'A1', qty: 2 }], currency: 'USD' } as const;

/** The dev API keys' tenants. */
export const KEY_A = 'dev-key-a';
export const KEY_B = 'dev-key-b';

/** An in-process service: the real app, routes, storage and idempotency guardrail, driven with `app.inject`. */
export interface TestService {
  readonly app: FastifyInstance;
  readonly storage: Storage;
  readonly clock: ManualClock;
  /** The scripted gateway, unless the test passed its own `payments`. */
  readonly gateway: RecordingGateway;
  /** `POST /orders` as tenant A (or `apiKey`) with an idempotency key (a fresh one unless given). */
  postOrder(
    body: unknown,
    options?: { readonly key?: string | null; readonly apiKey?: string },
  ): Promise<LightMyRequestResponse>;
  /** `GET path` as tenant A (or `apiKey`). */
  get(path: string, apiKey?: string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Options of `startTestService`. */
export interface TestServiceOptions {
  readonly backend?: 'sqlite' | 'postgres';
  /** Where idempotency records live: with the orders (the default) or in the test Redis, under a fresh prefix. */
  readonly idempotencyStore?: 'database' | 'redis';
  readonly payments?: PaymentGateway;
  /** Default: a fresh manual clock at 2025-01-01T00:00:00Z. */
  readonly clock?: ManualClock;
}

let keyCount = 0;

/** Builds the service on an in-memory SQLite database (or a fresh PostgreSQL schema) with a manual clock. */
export async function startTestService(options: TestServiceOptions = {}): Promise<TestService> {
  const { storage, cleanup } = await openTestStorage(
    options.backend ?? 'sqlite',
    options.idempotencyStore ?? 'database',
  );
  const clock = options.clock ?? manualClock();
  const gateway = recordingGateway();
  const keys = parseApiKeys('tenantA:dev-key-a,tenantB:dev-key-b');
  if (typeof keys === 'string') throw new Error(keys);
  const app = await buildApp({
    repository: storage.repository,
    payments: options.payments ?? gateway,
    idempotency: createIdempotency({ store: storage.idempotencyStore }),
    tenants: new TenantDirectory(keys),
    webhookSecret: DEV_WEBHOOK_SECRET,
    clock,
  });
  return {
    app,
    storage,
    clock,
    gateway,
    postOrder: (body, { key, apiKey = KEY_A } = {}) => {
      const idempotencyKey = key === undefined ? `test-key-${++keyCount}` : key;
      return app.inject({
        method: 'POST',
        url: '/orders',
        headers: {
          authorization: `Bearer ${apiKey}`,
          ...(idempotencyKey === null ? {} : { 'idempotency-key': idempotencyKey }),
        },
        payload: body as object,
      });
    },
    get: (path, apiKey = KEY_A) =>
      app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${apiKey}` } }),
    close: async () => {
      await app.close();
      await cleanup();
    },
  };
}

async function openTestStorage(
  backend: 'sqlite' | 'postgres',
  idempotencyStore: 'database' | 'redis',
): Promise<{ storage: Storage; cleanup: () => Promise<void> }> {
  const opened = await openTestDatabase(backend);
  if (idempotencyStore === 'database') return opened;
  const prefix = uniqueRedisPrefix();
  const redis = await openRedisIdempotencyStore({ url: REDIS_URL, prefix }).catch(async (error: unknown) => {
    await opened.cleanup();
    throw error;
  });
  return {
    storage: { ...opened.storage, idempotencyStore: redis.store },
    cleanup: async () => {
      await deleteRedisKeys(prefix);
      await redis.close();
      await opened.cleanup();
    },
  };
}

async function openTestDatabase(
  backend: 'sqlite' | 'postgres',
): Promise<{ storage: Storage; cleanup: () => Promise<void> }> {
  if (backend === 'sqlite') {
    const storage = await openSqliteStorage(openSqliteDatabase(':memory:'));
    return { storage, cleanup: () => storage.close() };
  }
  const schema = await createTestSchema();
  const storage = await openPostgresStorage(schema.pool);
  return { storage, cleanup: () => schema.drop() };
}
