import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** The example order service, built, with its fake payment provider: both as real processes. */
export interface OrderServiceProcesses {
  readonly serviceUrl: string;
  readonly paymentsUrl: string;
  /** What the locks read: ORDER_SERVICE_URL, PAYMENTS_URL, DATABASE_URL. */
  readonly env: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

/**
 * Starts `dist/fakePayments/main.js` and `dist/main.js` of the example at `exampleDir` (built
 * first) on ephemeral ports, the service on `databaseUrl`; resolves once both print their URL.
 */
export async function startOrderService(exampleDir: string, databaseUrl: string): Promise<OrderServiceProcesses> {
  const payments = spawnListening(join(exampleDir, 'dist/fakePayments/main.js'), { PORT: '0' }, exampleDir);
  const paymentsUrl = await payments.url.catch(async (error: unknown) => {
    payments.child.kill();
    throw error;
  });
  const service = spawnListening(
    join(exampleDir, 'dist/main.js'),
    { PORT: '0', PAYMENTS_URL: paymentsUrl, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    exampleDir,
  );
  const serviceUrl = await service.url.catch(async (error: unknown) => {
    await stopChild(payments.child);
    throw error;
  });
  return {
    serviceUrl,
    paymentsUrl,
    env: { ORDER_SERVICE_URL: serviceUrl, PAYMENTS_URL: paymentsUrl, DATABASE_URL: databaseUrl },
    stop: async () => {
      await Promise.all([stopChild(service.child), stopChild(payments.child)]);
    },
  };
}

function spawnListening(script: string, env: Record<string, string>, cwd: string) {
  if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build first`);
  const child = spawn(process.execPath, [script], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  const url = new Promise<string>((resolve, reject) => {
    if (child.stdout === null || child.stderr === null) throw new Error('spawned without pipes');
    createInterface({ input: child.stderr }).on('line', (line) => stderr.push(line));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /listening on (http:\/\/\S+)$/.exec(line);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${stderr.join('\n')}`)));
  });
  url.catch(() => undefined);
  return { child, url };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
