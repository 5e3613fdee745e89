import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The built entry points: what `npm start` and `npm run payments` run. */
export const ENTRIES = {
  service: fileURLToPath(new URL('../../dist/main.js', import.meta.url)),
  payments: fileURLToPath(new URL('../../dist/fakePayments/main.js', import.meta.url)),
} as const;

/** A service process and what it has said so far. */
export interface ServiceProcess {
  readonly child: ChildProcess;
  readonly stdout: string[];
  readonly stderr: string[];
  /** Resolves with the URL from the `listening on` line; rejects if the process exits first. */
  readonly listening: Promise<string>;
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>;
}

/** Spawns the built service (or the fake provider) in `cwd` with exactly `env` (plus PATH). */
export function spawnService(
  env: Readonly<Record<string, string>>,
  cwd: string,
  entry: keyof typeof ENTRIES = 'service',
): ServiceProcess {
  const script = ENTRIES[entry];
  if (!existsSync(script)) throw new Error(`${script} is missing: run npx tsc -b examples/order-service first`);
  const child = spawn(process.execPath, [script], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    if (child.stdout === null || child.stderr === null) throw new Error('spawned without pipes');
    createInterface({ input: child.stderr }).on('line', (line) => stderr.push(line));
    createInterface({ input: child.stdout }).on('line', (line) => {
      stdout.push(line);
      const match = /^(?:fake payments )?listening on (http:\/\/\S+)$/.exec(line);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`exited with ${code} before listening: ${stderr.join('\n')}`)));
  });
  listening.catch(() => undefined);
  return { child, stdout, stderr, listening, exited };
}
