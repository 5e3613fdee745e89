import { z } from 'zod';
import { ConfigError, type ConfigIssue } from './ConfigError.js';
import { type ApiKey, DEV_API_KEYS, parseApiKeys } from './http/index.js';
import { type DatabaseLocation, parseDatabaseUrl, type RedisIdempotencyLocation } from './storage/index.js';
import { DEV_WEBHOOK_SECRET } from './webhooks/index.js';

/** Everything the service reads from its environment, parsed and defaulted. */
export interface Config {
  readonly host: string;
  readonly port: number;
  readonly apiKeys: readonly ApiKey[];
  readonly database: DatabaseLocation;
  readonly paymentsUrl: string;
  readonly paymentAttempts: number;
  readonly paymentTimeoutMs: number;
  readonly webhookSecret: string;
  readonly logLevel: LogLevel;
  /** How long a `POST /orders` holds its key before a retry may run it again (after a crash). */
  readonly idempotencyLeaseMs: number;
  /** Idempotency records in Redis instead of the orders' database; null (the default) keeps them with the orders. */
  readonly idempotencyRedis: RedisIdempotencyLocation | null;
}

/** The log levels Fastify's pino logger accepts. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** One of `LOG_LEVELS`. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where the fake payment provider listens by default (`npm run payments`). */
export const DEFAULT_PAYMENTS_URL = 'http://127.0.0.1:4010';

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const httpUrl = z
  .string()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'must be an http(s) URL')
  .transform((value) => value.replace(/\/+$/, ''));

const redisUrl = z
  .string()
  .refine(
    (value) => value === '' || (URL.canParse(value) && /^rediss?:$/.test(new URL(value).protocol)),
    'must be a redis:// or rediss:// URL',
  )
  .transform((value) => (value === '' ? null : value));

/** Each variable's schema and default, in one place. */
const VARIABLES = {
  HOST: { schema: z.string().min(1, 'must not be empty'), fallback: '127.0.0.1' },
  PORT: { schema: integer(0, 65535), fallback: '3000' },
  PAYMENTS_URL: { schema: httpUrl, fallback: DEFAULT_PAYMENTS_URL },
  PAYMENT_ATTEMPTS: { schema: integer(1, 10), fallback: '3' },
  PAYMENT_TIMEOUT_MS: { schema: integer(1, 60_000), fallback: '2000' },
  WEBHOOK_SECRET: {
    schema: z.string().min(16, 'must be at least 16 characters'),
    fallback: DEV_WEBHOOK_SECRET,
    secret: true,
  },
  LOG_LEVEL: {
    schema: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }),
    fallback: 'warn',
  },
  IDEMPOTENCY_LEASE_MS: { schema: integer(100, 3_600_000), fallback: '60000' },
  // Not echoed when rejected: the URL may carry a password.
  IDEMPOTENCY_REDIS_URL: { schema: redisUrl, fallback: '', secret: true },
  IDEMPOTENCY_REDIS_PREFIX: { schema: z.string().min(1, 'must not be empty'), fallback: 'order-service:idempotency:' },
} as const;

type Parsed = { -readonly [name in keyof typeof VARIABLES]: z.output<(typeof VARIABLES)[name]['schema']> };

/**
 * Reads the service's configuration from `env` (unset and empty both mean "use the default").
 * Throws a `ConfigError` naming every variable that is wrong; never reads `process.env` itself.
 */
export function readConfig(env: Readonly<Record<string, string | undefined>>, cwd: string): Config {
  const issues: ConfigIssue[] = [];
  const parsed: Partial<Parsed> = {};
  for (const [variable, spec] of Object.entries(VARIABLES)) {
    const raw = env[variable] || spec.fallback;
    const result = spec.schema.safeParse(raw);
    if (result.success) {
      Object.assign(parsed, { [variable]: result.data });
      continue;
    }
    const shown = 'secret' in spec ? '' : ` (got "${raw}")`;
    issues.push({ variable, problem: `${result.error.issues[0]?.message ?? 'is invalid'}${shown}` });
  }
  const apiKeys = parseApiKeys(env.API_KEYS || DEV_API_KEYS);
  if (typeof apiKeys === 'string') issues.push({ variable: 'API_KEYS', problem: apiKeys });
  const database = parseDatabaseUrl(env.DATABASE_URL, cwd);
  if (typeof database === 'string') issues.push({ variable: 'DATABASE_URL', problem: database });
  if (issues.length > 0 || typeof apiKeys === 'string' || typeof database === 'string') throw new ConfigError(issues);
  const values = parsed as Parsed;
  return {
    host: values.HOST,
    port: values.PORT,
    apiKeys,
    database,
    paymentsUrl: values.PAYMENTS_URL,
    paymentAttempts: values.PAYMENT_ATTEMPTS,
    paymentTimeoutMs: values.PAYMENT_TIMEOUT_MS,
    webhookSecret: values.WEBHOOK_SECRET,
    logLevel: values.LOG_LEVEL,
    idempotencyLeaseMs: values.IDEMPOTENCY_LEASE_MS,
    idempotencyRedis:
      values.IDEMPOTENCY_REDIS_URL === null
        ? null
        : { url: values.IDEMPOTENCY_REDIS_URL, prefix: values.IDEMPOTENCY_REDIS_PREFIX },
  };
}
