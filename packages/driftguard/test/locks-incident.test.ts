import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LockFile, type LocksReport, loadLocks, runLocks } from '../src/locks/index.js';
import { startOrderService } from './support/orderServiceProcess.js';

// The acceptance of behavior locks: the incident's "cleanup" patch, applied to a copy of the example,
// built and started for real, fails the lock that guards the order id; the clean patch fails none.

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '../../..');
const EXAMPLE = join(REPO, 'examples/order-service');
const PATCHES = { dirty: 'cleanup.patch', clean: 'cleanup-clean.patch' } as const;
type Variant = keyof typeof PATCHES;

/** A copy of the example with one patch applied, built to its own dist/. */
async function patchedBuild(variant: Variant): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), `dg-incident-${variant}-`));
  const example = join(root, 'examples/order-service');
  for (const entry of ['src', 'test', 'package.json'])
    cpSync(join(EXAMPLE, entry), join(example, entry), { recursive: true });
  cpSync(join(REPO, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  await run('git', ['apply', join(EXAMPLE, 'incident', PATCHES[variant])], { cwd: root });
  // The example's own tsconfig references the guardrails project by path; the copy builds alone.
  writeFileSync(
    join(example, 'tsconfig.build.json'),
    JSON.stringify({
      extends: '../../tsconfig.base.json',
      compilerOptions: { rootDir: 'src', outDir: 'dist', composite: false, declaration: false, sourceMap: false },
      include: ['src'],
      exclude: ['src/**/*.test.ts'],
    }),
  );
  await run(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: example,
  });
  return root;
}

/** Runs the example's locks (and their approved snapshots) against one release on a fresh SQLite file. */
async function runAgainst(root: string, locks: LockFile[]): Promise<LocksReport> {
  const example = join(root, 'examples/order-service');
  const processes = await startOrderService(example, `sqlite:${join(root, 'orders.sqlite')}`);
  try {
    return await runLocks({ locks, env: processes.env, cwd: EXAMPLE });
  } finally {
    await processes.stop();
  }
}

const roots = new Map<Variant, string>();
let locks: LockFile[];

beforeAll(async () => {
  locks = await loadLocks(['locks'], { cwd: EXAMPLE });
  await Promise.all(
    (Object.keys(PATCHES) as Variant[]).map(async (variant) => {
      roots.set(variant, await patchedBuild(variant));
    }),
  );
}, 120_000);

afterAll(() => {
  for (const root of roots.values()) rmSync(root, { recursive: true, force: true });
});

describe('the example locks across the incident', () => {
  it('cleanup.patch fails the order-id lock, naming the duplicate, and only that lock', async () => {
    const report = await runAgainst(roots.get('dirty') as string, locks);
    expect(report.locks.map((lock) => [lock.name, lock.status])).toEqual([
      ['one capture per order under retries', 'pass'],
      ['order creation is idempotent', 'pass'],
      ['payment webhooks are processed once', 'pass'],
      ['the same order request names the same order in every release', 'fail'],
    ]);
    const failure = report.locks[3]?.failure;
    expect(failure?.message).toMatch(
      /^snapshot order-id changed: order_id ord_KGED3Jt_35J28-G2p3jmcI → ord_[A-Za-z0-9_-]{22}: the same request now names a different order; a retry that crosses the release creates a duplicate order and charges it again$/,
    );
    expect(failure).toMatchObject({
      step: 'a fixed request names its order',
      at: 'locks/order-id.lock.yaml:25:5',
      expected: { order_id: 'ord_KGED3Jt_35J28-G2p3jmcI' },
      request: { method: 'POST', path: '/orders', body: { customer_id: 'cust_lock_order_id' } },
    });
  });

  it('cleanup-clean.patch holds every lock', async () => {
    const report = await runAgainst(roots.get('clean') as string, locks);
    expect(report.locks.map((lock) => [lock.status, lock.failure?.message])).toEqual(
      report.locks.map(() => ['pass', undefined]),
    );
    expect(report.summary.total).toBe(4);
  });
});
