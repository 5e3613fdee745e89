import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  changedSnapshots,
  type LocksReport,
  loadLocks,
  locksExitCode,
  mergeLockReports,
  type RunLocksOptions,
  runLocks,
} from '../src/locks/index.js';
import { captureCli } from './support/captureCli.js';
import { FAKE_WEBHOOK_SECRET, type FakeOrderService, startFakeOrderService } from './support/fakeOrderService.js';

// The runner against a small fake service over real HTTP and a SQLite file; each test breaks one
// promise in the fake and checks the lock that holds it fails, and says why.

const ORDER = `
requests:
  place:
    method: POST
    path: /orders
    headers: { Idempotency-Key: '\${unique.key}' }
    json: { customer_id: '\${unique.customer}', items: [{ sku: A1, qty: 2 }] }
side-effects:
  orders:
    sql: SELECT COUNT(*) AS n FROM orders WHERE customer_id = :customer
`;

const LOCKS: Record<string, string> = {
  'orders.lock.yaml': `lock: orders are idempotent
${ORDER}
steps:
  - name: create
    request: place
    expect: { status: 201, body: { $.customer_id: '\${unique.customer}' } }
    capture: { order: $.order_id }
  - name: replay
    request: place
    expect:
      status: [200, 201]
      headers: { idempotent-replayed: 'true' }
      body: { $.order_id: { same-as: order } }
  - request: { path: '/orders/\${order}' }
    expect: { status: 200, body: { $.order_id: { same-as: order }, $.missing: { absent: true } } }
  - idempotent: { request: place, identity: $.order_id, concurrent: 6, times: 2, side-effect: orders }
`,
  'webhooks.lock.yaml': `lock: events are processed once
vars:
  event: evt_\${unique.event}
requests:
  event:
    method: POST
    path: /webhooks
    json: { id: '\${event}', type: paid }
    sign: { secret: ${FAKE_WEBHOOK_SECRET}, header: X-Signature, value: 't=\${timestamp},v1=\${signature}' }
side-effects:
  processed:
    sql: SELECT COUNT(*) AS n FROM processed_events WHERE event_id = :event
steps:
  - webhook-dedup:
      request: event
      times: 2
      concurrent: 3
      first: { $.duplicate: false }
      redelivery: { $.duplicate: true }
      side-effect: processed
`,
  'retry.lock.yaml': `lock: a retry after a failure does not duplicate the order
${ORDER}  captures:
    http: { path: /captures }
    count: $.captures[?(@.reference == '\${order}')]
steps:
  - retry-safe:
      fault: { method: POST, path: /fault }
      request: place
      retries: 1
      identity: $.order_id
      capture: order
      side-effect: orders
`,
  'fixed.lock.yaml': `lock: a fixed request names a fixed order
steps:
  - request:
      method: POST
      path: /orders
      headers: { Idempotency-Key: fixed-key-1 }
      json: { customer_id: cust_fixed }
    expect: { status: [200, 201] }
    snapshot:
      name: order-id
      select: { order_id: $.order_id }
      consequence: the same request now names a different order; a retry across the release duplicates it
`,
};

const services: FakeOrderService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
});

async function setUp(options: Parameters<typeof startFakeOrderService>[0] = {}, files = LOCKS) {
  const service = await startFakeOrderService(options);
  services.push(service);
  const dir = mkdtempSync(join(tmpdir(), 'dg-runner-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const locks = await loadLocks(['.'], { cwd: dir });
  const run = (more: Partial<RunLocksOptions> = {}) =>
    runLocks({ locks, target: service.url, db: service.dbFile, cwd: dir, env: {}, ...more });
  return { service, dir, run };
}

const byName = (report: LocksReport, name: string) => report.locks.find((lock) => lock.name === name);

describe('the locks runner', () => {
  it('holds every lock against a service that keeps its promises', async () => {
    const { run } = await setUp();
    const approved = await run({ approve: true });
    expect(approved.locks.map((lock) => [lock.name, lock.status])).toEqual([
      ['a fixed request names a fixed order', 'pass'],
      ['a retry after a failure does not duplicate the order', 'pass'],
      ['events are processed once', 'pass'],
      ['orders are idempotent', 'pass'],
    ]);
    const report = await run();
    expect(report.summary).toEqual({ total: 4, passed: 4, failed: 0, errored: 0 });
    expect(locksExitCode(report)).toBe(0);
    expect(byName(report, 'orders are idempotent')?.steps).toBe(6);
  });

  it('fails the idempotency lock when one key creates several orders, naming the duplicate and the request', async () => {
    const { run } = await setUp({ idempotent: false });
    const report = await run({ only: ['orders are idempotent'] });
    const failure = byName(report, 'orders are idempotent')?.failure;
    expect(locksExitCode(report)).toBe(1);
    expect(failure).toMatchObject({ step: 'replay', stepNumber: 2, at: 'orders.lock.yaml:18:5' });
    expect(failure?.message).toMatch(/^header idempotent-replayed: expected "true", got nothing \(absent\)$/);
    expect(failure?.request).toMatchObject({
      method: 'POST',
      path: '/orders',
      body: { items: [{ sku: 'A1', qty: 2 }] },
    });
  });

  it('fails the idempotent invariant with "duplicate" and both identities', async () => {
    const only = `lock: only the invariant\n${ORDER}steps:\n  - idempotent: { request: place, identity: $.order_id, concurrent: 4, side-effect: orders }\n`;
    const { run } = await setUp({ idempotent: false }, { 'only.lock.yaml': only });
    const failure = (await run()).locks[0]?.failure;
    expect(failure?.step).toBe('idempotent: 4 concurrent copies of place');
    expect(failure?.message).toMatch(
      /^response \d of 4: \$\.order_id: expected "ord_\d+" \(same as the first answer\), got "ord_\d+": duplicate: copies of one request sent at once named different \$\.order_id values$/,
    );
    expect(failure?.expected).not.toEqual(failure?.actual);
  });

  it('fails webhook dedup when a redelivered event is processed again', async () => {
    const { run } = await setUp({ dedupWebhooks: false });
    const failure = byName(await run({ only: ['events*'] }), 'events are processed once')?.failure;
    expect(failure?.message).toBe(
      '$.duplicate: expected true, got false: duplicate: a redelivered event was processed again',
    );
  });

  it('fails retry-safe when the retry repeats the side effect', async () => {
    const { run } = await setUp({ idempotent: false });
    const failure = byName(
      await run({ only: ['a retry*'] }),
      'a retry after a failure does not duplicate the order',
    )?.failure;
    expect(failure?.step).toBe('retry-safe: orders happened once');
    expect(failure?.message).toBe(
      'side effect orders counted 2, expected exactly 1: duplicate: the retry repeated orders after the first attempt had already done it',
    );
  });

  it('fails a changed snapshot with expected beside actual and what the change means', async () => {
    const first = await setUp({ release: 'a' });
    await first.run({ approve: true, only: ['a fixed*'] });
    const stored = JSON.parse(readFileSync(join(first.dir, '__snapshots__/order-id.json'), 'utf8'));
    const next = await startFakeOrderService({ release: 'b' });
    services.push(next);
    const report = await first.run({ target: next.url, db: next.dbFile, only: ['a fixed*'] });
    const failure = report.locks[0]?.failure;
    expect(failure?.message).toMatch(
      /^snapshot order-id changed: order_id ord_\w{12} → ord_\w{12}: the same request now names a different order; a retry across the release duplicates it$/,
    );
    expect(failure?.expected).toEqual(stored.value);
    expect(changedSnapshots(report)).toEqual([
      expect.objectContaining({
        lock: 'a fixed request names a fixed order',
        snapshot: 'order-id',
        expected: stored.value,
      }),
    ]);
  });

  it('reports an SQL error as an error of the lock, at the query, with the database message', async () => {
    const broken = `lock: bad sql\nsteps:\n  - sql: SELECT COUNT(*) AS n FROM ordrs\n    equals: 1\n`;
    const { run } = await setUp({}, { 'bad.lock.yaml': broken });
    const report = await run();
    expect(report.locks[0]).toMatchObject({
      status: 'error',
      failure: { at: 'bad.lock.yaml:3:10', message: 'SQL error: no such table: ordrs' },
    });
    expect(locksExitCode(report)).toBe(2);
  });

  it('reports an unset environment variable and an unreachable target as errors, not failures', async () => {
    const locks = { 'env.lock.yaml': `lock: env\ntarget: '\${env.SERVICE_URL}'\nsteps:\n  - request: { path: /x }\n` };
    const { run } = await setUp({}, locks);
    const unset = await run({ target: undefined as unknown as string });
    expect(unset.locks[0]?.failure?.message).toMatch(/^environment variable SERVICE_URL is not set/);
    const unreachable = await run({ target: 'http://127.0.0.1:9' });
    expect(unreachable.locks[0]).toMatchObject({ status: 'error' });
    expect(unreachable.locks[0]?.failure?.message).toMatch(/^GET http:\/\/127\.0\.0\.1:9\/x: cannot reach it/);
  });

  it('splits the locks into shards that merge back into the whole run', async () => {
    const { run } = await setUp();
    await run({ approve: true, only: ['a fixed*'] });
    const whole = await run();
    const shards = [
      await run({ shard: { index: 1, count: 3 } }),
      await run({ shard: { index: 2, count: 3 } }),
      await run({ shard: { index: 3, count: 3 } }),
    ];
    const names = shards.map((shard) => shard.locks.map((lock) => lock.name));
    expect(names.flat().sort()).toEqual(whole.locks.map((lock) => lock.name));
    expect(new Set(names.flat()).size).toBe(4);
    const merged = mergeLockReports(shards.reverse());
    expect(merged.summary).toEqual(whole.summary);
    expect(merged.shards?.map((shard) => shard.index)).toEqual([1, 2, 3]);
    expect(() => mergeLockReports(shards.slice(1))).toThrow(/shard \d\/3 is missing/);
    expect(() => mergeLockReports([whole, whole])).toThrow(/is in report 1 and report 2/);
  });
});

describe('driftguard locks', () => {
  const cli = captureCli;

  it('prints each failing lock with its step, expected, actual and request, and exits 1', async () => {
    const { service, dir } = await setUp({ idempotent: false });
    const run = await cli(
      ['locks', 'run', '.', '--only', 'orders are idempotent', '--target', service.url, '--db', service.dbFile],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  FAIL  orders are idempotent  (orders.lock.yaml:1)');
    expect(run.stdout).toContain('        step 2 "replay" (orders.lock.yaml:18:5)');
    expect(run.stdout).toMatch(
      /request: {2}POST \/orders \{"customer_id":"customer-\w+","items":\[\{"sku":"A1","qty":2\}\]\}/,
    );
  });

  it('writes shard reports as JSON and merges them', async () => {
    const { service, dir } = await setUp();
    const flags = ['--target', service.url, '--db', service.dbFile];
    expect((await cli(['locks', 'approve', '.', ...flags], dir)).code).toBe(0);
    for (const index of [1, 2]) {
      const run = await cli(
        ['locks', 'run', '.', '--shard', `${index}/2`, '--json', '--output', `s${index}.json`, ...flags],
        dir,
      );
      expect(run.code).toBe(0);
    }
    const merged = await cli(['locks', 'run', '--merge', 's1.json', 's2.json', '--json'], dir);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout).summary).toEqual({ total: 4, passed: 4, failed: 0, errored: 0 });
  });

  it('has help with its subcommands and an example', async () => {
    const help = await cli(['locks', '--help'], tmpdir());
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: driftguard locks run \[FILES\.\.\.\]/);
    expect(help.stdout).toContain('driftguard locks approve');
    expect(help.stdout).toMatch(/Examples:\n {2}driftguard locks run /);
  });

  it('answers a malformed lock file with one line naming the position, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-cli-locks-'));
    writeFileSync(
      join(dir, 'x.lock.yaml'),
      'lock: x\nsteps:\n  - request: { path: /x }\n    expect: { body: { "$.a[?(@ ==)]": 1 } }\n',
    );
    const run = await cli(['locks', 'run', 'x.lock.yaml', '--target', 'http://127.0.0.1:9'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^driftguard: x\.lock\.yaml:4:23: bad JSON path "\$\.a\[\?\(@ ==\)\]": Expected expression after == .*\n$/,
    );
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    const usage = await cli(['locks', 'sprint'], dir);
    expect(usage).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^driftguard: locks: expected a subcommand \(run, approve, merge\), got "sprint"/),
    });
  });
});
