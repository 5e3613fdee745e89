// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${port.NAME}` and `${runDir}` are placeholders the gate fills, not template literals
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocksStartConfig } from '../config/index.js';

/** A service the gate started for its locks: where it answers, the env the locks read, how to stop it. */
export interface StartedService {
  readonly url: string;
  /** `start.env` with its placeholders filled: what the command got, and what the locks read. */
  readonly env: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

/**
 * Starts `start.run` through the shell in its own process group and waits until `start.url` answers
 * any HTTP response. `${port.NAME}` in `url` and `env` values becomes a free port (one per NAME) and
 * `${runDir}` a fresh temporary directory (a fresh SQLite file per run, say); both are removed or
 * released when the service stops. Throws, with the tail of the command's output, when it exits or
 * does not answer within `readySeconds`.
 */
export async function startService(start: LocksStartConfig, cwd: string): Promise<StartedService> {
  const runDir = mkdtempSync(join(tmpdir(), 'driftguard-locks-'));
  const ports = new Map<string, number>();
  const fill = async (text: string) => {
    for (const [, name] of text.matchAll(/\$\{port\.([A-Za-z0-9_-]+)\}/g)) {
      if (name !== undefined && !ports.has(name)) ports.set(name, await freePort());
    }
    return text
      .replace(/\$\{port\.([A-Za-z0-9_-]+)\}/g, (_, name: string) => String(ports.get(name)))
      .replaceAll('${runDir}', runDir);
  };
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(start.env)) env[name] = await fill(value);
  const url = await fill(start.url);
  const child = spawn(start.run, { cwd, shell: true, detached: true, env: { ...process.env, ...env } });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-2000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = async () => {
    await stopGroup(child);
    rmSync(runDir, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(url, child, start.readySeconds * 1000);
  } catch (error) {
    await stop();
    const tail = output.trim().split('\n').slice(-3).join(' | ');
    throw new Error(`locks.start: ${(error as Error).message}${tail ? `; its output: ${tail}` : ''}`);
  }
  return { url, env, stop };
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`"${url}" never answered: the command exited with ${exited}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`"${url}" did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

/** A port nothing listens on now, from the kernel's ephemeral range. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** SIGTERM to the whole group, SIGKILL after 5 s: the shell and everything it started. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const pid = child.pid;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signal(pid, 'SIGTERM');
  const timer = setTimeout(() => signal(pid, 'SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
  signal(pid, 'SIGKILL'); // children the shell left behind
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(-pid, name);
  } catch {
    // The group is already gone.
  }
}
