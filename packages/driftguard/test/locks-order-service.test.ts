import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LockFile, loadLocks, locksExitCode, mergeLockReports, runLocks } from '../src/locks/index.js';
import { type OrderServiceProcesses, startOrderService } from './support/orderServiceProcess.js';
import { createPostgresSchema } from './support/postgresSchema.js';

// The example's own locks (examples/order-service/locks) against the real service and the real
// fake provider, as processes, on SQLite and on the PostgreSQL at 127.0.0.1:5432.

const EXAMPLE = resolve(import.meta.dirname, '../../../examples/order-service');
const LOCK_NAMES = [
  'one capture per order under retries',
  'order creation is idempotent',
  'payment webhooks are processed once',
  'the same order request names the same order in every release',
];

let exampleLocks: LockFile[];
beforeAll(async () => {
  exampleLocks = await loadLocks(['locks'], { cwd: EXAMPLE });
});

describe.each(['sqlite', 'postgres'] as const)('the example locks on %s', (backend) => {
  let processes: OrderServiceProcesses;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (backend === 'postgres') {
      const schema = await createPostgresSchema();
      processes = await startOrderService(EXAMPLE, schema.url);
      cleanup = schema.drop;
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'dg-locks-sqlite-'));
      processes = await startOrderService(EXAMPLE, `sqlite:${join(dir, 'orders.sqlite')}`);
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  });
  afterAll(async () => {
    await processes?.stop();
    await cleanup?.();
  });

  const run = (more: Partial<Parameters<typeof runLocks>[0]> = {}) =>
    runLocks({ locks: exampleLocks, env: processes.env, cwd: EXAMPLE, ...more });

  it('hold, every one, with the approved snapshots', async () => {
    const report = await run();
    expect(report.locks.map((lock) => [lock.name, lock.status, lock.failure?.message])).toEqual(
      LOCK_NAMES.map((name) => [name, 'pass', undefined]),
    );
    expect(report.locks.flatMap((lock) => lock.snapshots.map((s) => [s.name, s.status]))).toEqual([
      ['order-total', 'same'],
      ['order-id', 'same'],
    ]);
  });

  it('hold again on the same database: each run uses fresh customers and keys', async () => {
    const report = await run();
    expect(locksExitCode(report)).toBe(0);
  });

  it('run in two shards at once that merge into one report of every lock', async () => {
    const shards = await Promise.all([1, 2].map((index) => run({ shard: { index, count: 2 } })));
    expect(shards.map((shard) => shard.locks.length)).toEqual([2, 2]);
    const merged = mergeLockReports(shards);
    expect(merged.locks.map((lock) => lock.name)).toEqual(LOCK_NAMES);
    expect(merged.summary).toEqual({ total: 4, passed: 4, failed: 0, errored: 0 });
    expect(merged.shards).toEqual([
      { index: 1, count: 2 },
      { index: 2, count: 2 },
    ]);
  });

  it('report an SQL mistake as an error at the query, with the database message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-locks-sql-'));
    writeFileSync(
      join(dir, 'typo.lock.yaml'),
      `lock: typo\ndatabase: '\${env.DATABASE_URL}'\nsteps:\n  - sql: SELECT COUNT(*) AS n FROM ordrs WHERE customer_id = :customer\n    equals: 0\nvars:\n  customer: nobody\n`,
    );
    const report = await runLocks({ locks: await loadLocks(['.'], { cwd: dir }), env: processes.env, cwd: dir });
    const missing = backend === 'postgres' ? 'relation "ordrs" does not exist' : 'no such table: ordrs';
    expect(report.locks[0]).toMatchObject({
      status: 'error',
      failure: { at: 'typo.lock.yaml:4:10', message: `SQL error: ${missing}` },
    });
  });
});
