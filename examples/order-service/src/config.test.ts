import { describe, expect, it } from 'vitest';
import { ConfigError } from './ConfigError.js';
import { readConfig } from './config.js';

const CWD = '/srv/orders';

function configError(env: Record<string, string>): ConfigError {
  try {
    readConfig(env, CWD);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readConfig', () => {
  it('runs with no environment at all, on the dev defaults', () => {
    const config = readConfig({}, CWD);
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      database: { kind: 'sqlite', path: '/srv/orders/.data/orders.sqlite' },
      paymentsUrl: 'http://127.0.0.1:4010',
      paymentAttempts: 3,
      logLevel: 'warn',
    });
    expect(config.apiKeys).toEqual([
      { tenant: 'tenantA', key: 'dev-key-a' },
      { tenant: 'tenantB', key: 'dev-key-b' },
    ]);
  });

  it('treats an empty variable as unset', () => {
    expect(readConfig({ PORT: '', DATABASE_URL: '' }, CWD).port).toBe(3000);
  });

  it('reads every variable it documents', () => {
    const config = readConfig(
      {
        HOST: '0.0.0.0',
        PORT: '0',
        API_KEYS: 'acme:acme-secret-key',
        DATABASE_URL: 'postgres://orders@db:5432/orders',
        PAYMENTS_URL: 'https://payments.example/v1/',
        PAYMENT_ATTEMPTS: '5',
        PAYMENT_TIMEOUT_MS: '750',
        WEBHOOK_SECRET: 'a-long-enough-secret',
        LOG_LEVEL: 'info',
        IDEMPOTENCY_LEASE_MS: '5000',
        IDEMPOTENCY_REDIS_URL: 'redis://cache:6379/2',
        IDEMPOTENCY_REDIS_PREFIX: 'orders:idem:',
      },
      CWD,
    );
    expect(config).toEqual({
      host: '0.0.0.0',
      port: 0,
      apiKeys: [{ tenant: 'acme', key: 'acme-secret-key' }],
      database: { kind: 'postgres', url: 'postgres://orders@db:5432/orders' },
      paymentsUrl: 'https://payments.example/v1',
      paymentAttempts: 5,
      paymentTimeoutMs: 750,
      webhookSecret: 'a-long-enough-secret',
      logLevel: 'info',
      idempotencyLeaseMs: 5000,
      idempotencyRedis: { url: 'redis://cache:6379/2', prefix: 'orders:idem:' },
    });
  });

  it('keeps idempotency records with the orders, under a 60 s lease, unless told otherwise', () => {
    expect(readConfig({}, CWD)).toMatchObject({ idempotencyLeaseMs: 60_000, idempotencyRedis: null });
    expect(readConfig({ IDEMPOTENCY_REDIS_URL: 'rediss://:pw@cache:6380' }, CWD).idempotencyRedis).toEqual({
      url: 'rediss://:pw@cache:6380',
      prefix: 'order-service:idempotency:',
    });
  });

  it('names the variable and what arrived when a value is wrong', () => {
    expect(configError({ PORT: 'eighty' }).message).toBe(
      'order-service: PORT must be a whole number from 0 to 65535 (got "eighty")',
    );
    expect(configError({ PORT: '70000' }).message).toContain('PORT must be at most 65535');
    expect(configError({ LOG_LEVEL: 'loud' }).message).toContain('LOG_LEVEL must be one of fatal, error');
    expect(configError({ PAYMENTS_URL: 'ftp://x' }).message).toContain('PAYMENTS_URL must be an http(s) URL');
    expect(configError({ IDEMPOTENCY_LEASE_MS: '50' }).message).toBe(
      'order-service: IDEMPOTENCY_LEASE_MS must be at least 100 (got "50")',
    );
  });

  it('reports every bad variable, one line each', () => {
    const error = configError({ PORT: 'x', DATABASE_URL: 'mysql://db', API_KEYS: 'nokey' });
    expect(error.issues.map((issue) => issue.variable)).toEqual(['PORT', 'API_KEYS', 'DATABASE_URL']);
    expect(error.message.split('\n')).toHaveLength(3);
  });

  it('never echoes a rejected secret', () => {
    const error = configError({ WEBHOOK_SECRET: 'short-secret' });
    expect(error.message).toBe('order-service: WEBHOOK_SECRET must be at least 16 characters');
    expect(configError({ IDEMPOTENCY_REDIS_URL: 'http://:pw@cache' }).message).toBe(
      'order-service: IDEMPOTENCY_REDIS_URL must be a redis:// or rediss:// URL',
    );
  });
});
