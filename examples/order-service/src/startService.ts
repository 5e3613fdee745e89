import { createIdempotency, startPurgeSweep } from '@driftguard/guardrails/idempotency';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { TenantDirectory } from './http/index.js';
import { createHttpPaymentGateway } from './payments/index.js';
import { openStorage } from './storage/index.js';

/** A listening service. */
export interface RunningService {
  /** `http://host:port` with the real port, also when the config asked for port 0. */
  readonly url: string;
  /** Stops accepting requests, lets in-flight ones finish, then closes the database. */
  close(): Promise<void>;
}

/**
 * Opens and migrates the database, builds the app on it (idempotency records in the same database,
 * purged of expired records in the background, or in Redis when configured) and listens where
 * `config` says. If any step fails, what was opened is closed again and the error is rethrown.
 */
export async function startService(config: Config, options: { readonly clock?: Clock } = {}): Promise<RunningService> {
  const storage = await openStorage(config.database, { idempotencyRedis: config.idempotencyRedis });
  let app: FastifyInstance | undefined;
  const logError = (message: string) => (error: unknown) => app?.log.error({ err: error }, message);
  const sweep = startPurgeSweep(storage.idempotencyStore, { onError: logError('idempotency purge failed') });
  try {
    const payments = createHttpPaymentGateway({
      baseUrl: config.paymentsUrl,
      attempts: config.paymentAttempts,
      timeoutMs: config.paymentTimeoutMs,
      onRetry: (event) => app?.log.warn(event, 'payment capture attempt failed; retrying with the same key'),
    });
    app = await buildApp({
      repository: storage.repository,
      payments,
      idempotency: createIdempotency({
        store: storage.idempotencyStore,
        leaseMs: config.idempotencyLeaseMs,
        onError: logError('idempotency store failed after the handler ran'),
      }),
      tenants: new TenantDirectory(config.apiKeys),
      webhookSecret: config.webhookSecret,
      clock: options.clock ?? systemClock,
      logLevel: config.logLevel,
    });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    sweep.stop();
    await app?.close();
    await storage.close();
    throw error;
  }
  const listening = app;
  return {
    url: urlOf(listening, config.host),
    close: async () => {
      sweep.stop();
      await listening.close();
      await storage.close();
    },
  };
}

function urlOf(app: FastifyInstance, host: string): string {
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
