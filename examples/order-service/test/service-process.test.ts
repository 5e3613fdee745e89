import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakePayments, startFakePayments } from '../src/fakePayments/index.js';
import { spawnService } from './support/serviceProcess.js';
import { SEED_ORDER } from './support/testService.js';

let fake: FakePayments;
let cwd: string;
beforeEach(async () => {
  fake = await startFakePayments();
  cwd = mkdtempSync(join(tmpdir(), 'order-service-'));
});
afterEach(async () => {
  await fake.close();
  rmSync(cwd, { recursive: true, force: true });
});

const postSeed = (url: string) =>
  fetch(`${url}/orders`, {
    method: 'POST',
    headers: { authorization: 'Bearer dev-key-a', 'content-type': 'application/json', 'idempotency-key': 'seed-1' },
    body: JSON.stringify(SEED_ORDER),
  });

describe('the service as a process', () => {
  it('listens on a free port, takes the seed order, and exits 0 on SIGTERM', async () => {
    const service = spawnService({ PORT: '0', PAYMENTS_URL: fake.url }, cwd);
    const url = await service.listening;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(url).not.toMatch(/:0$/);

    const response = await postSeed(url);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ total: 2500, status: 'paid' });

    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(service.stdout).toEqual([`listening on ${url}`]);
    expect(service.stderr).toEqual([]);
  });

  it('keeps orders and idempotency records in its SQLite file across a restart', async () => {
    const env = { PORT: '0', PAYMENTS_URL: fake.url, DATABASE_URL: 'sqlite:db/orders.sqlite' };
    const first = spawnService(env, cwd);
    const created = await (await postSeed(await first.listening)).json();
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);

    const second = spawnService(env, cwd);
    const replay = await postSeed(await second.listening);
    expect(await replay.json()).toEqual(created);
    expect(fake.captures()).toHaveLength(1);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('exits 2 with one line naming the variable when the environment is wrong', async () => {
    const service = spawnService({ PORT: 'eighty' }, cwd);
    expect(await service.exited).toBe(2);
    expect(service.stderr).toEqual(['order-service: PORT must be a whole number from 0 to 65535 (got "eighty")']);
  });

  it('exits 1 with one line when the database cannot be reached', async () => {
    const service = spawnService({ PORT: '0', DATABASE_URL: 'postgres://postgres:pw@127.0.0.1:1/test' }, cwd);
    expect(await service.exited).toBe(1);
    expect(service.stderr).toHaveLength(1);
    expect(service.stderr[0]).toMatch(
      /^order-service: could not start \(database postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test\): /,
    );
  });

  it('exits 1 with one line when the idempotency Redis cannot be reached', async () => {
    const env = { PORT: '0', DATABASE_URL: 'sqlite::memory:', IDEMPOTENCY_REDIS_URL: 'redis://127.0.0.1:1' };
    const service = spawnService(env, cwd);
    expect(await service.exited).toBe(1);
    expect(service.stderr).toEqual([
      'order-service: could not start (database sqlite::memory:): idempotency Redis: connect ECONNREFUSED 127.0.0.1:1',
    ]);
  });

  it('runs the fake provider as a process too, and stops it cleanly', async () => {
    const payments = spawnService({ PORT: '0' }, cwd, 'payments');
    const url = await payments.listening;
    expect(payments.stdout).toEqual([`fake payments listening on ${url}`]);
    expect((await fetch(`${url}/captures`)).status).toBe(200);
    payments.child.kill('SIGTERM');
    expect(await payments.exited).toBe(0);
  });
});
