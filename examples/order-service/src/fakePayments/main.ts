/**
 * `npm run payments -w examples/order-service`: the fake payment provider as a process. Reads PORT
 * (default 4010), HOST (127.0.0.1), WEBHOOK_URL (none) and WEBHOOK_SECRET (the dev secret); stops
 * on SIGTERM or SIGINT.
 */
import { z } from 'zod';
import { DEV_WEBHOOK_SECRET } from '../webhooks/index.js';
import { startFakePayments } from './startFakePayments.js';

const Env = z.object({
  PORT: z.string().regex(/^\d+$/, 'must be a port number').transform(Number).pipe(z.number().max(65535)).default(4010),
  HOST: z.string().min(1).default('127.0.0.1'),
  WEBHOOK_URL: z.url('must be a URL such as http://127.0.0.1:3000/webhooks/payments').optional(),
  WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').default(DEV_WEBHOOK_SECRET),
});

const present = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''));
const env = Env.safeParse(present);
if (!env.success) {
  const issue = env.error.issues[0];
  process.stderr.write(`fake-payments: ${String(issue?.path[0] ?? 'environment')} ${issue?.message ?? 'is invalid'}\n`);
  process.exit(2);
}

const payments = await startFakePayments({
  port: env.data.PORT,
  host: env.data.HOST,
  webhookUrl: env.data.WEBHOOK_URL ?? null,
  webhookSecret: env.data.WEBHOOK_SECRET,
});
process.stdout.write(`fake payments listening on ${payments.url}\n`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void payments.close().then(() => process.exit(0));
  });
}
