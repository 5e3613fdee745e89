#!/usr/bin/env node
import { createIdempotency, createMemoryStore } from '@driftguard/guardrails/idempotency';
import { startExpress, startFastify } from './apps.mjs';
import { openPostgres, openRedis, openSqlite } from './backends.mjs';
import { measure } from './load.mjs';
import { openOrderServiceBackend, SERVICE_REQUEST } from './orderService.mjs';
import { renderReport } from './report.mjs';
import { readSettings } from './settings.mjs';
import { noteStoreError, takeStoreErrors } from './storeErrors.mjs';

/**
 * The idempotency benchmark: POST /orders throughput with and without the idempotency middleware,
 * per store, in one run, with autocannon firing from a worker thread. Fastify 5 with our plugin on SQLite, PostgreSQL
 * and Redis (each beside the same app with no middleware, plus a replay row), and Express 5 on
 * SQLite with no middleware, express-idempotency (its in-memory adapter) and ours (memory and
 * SQLite stores). Prints the table, the ratios and the targets.
 *
 * Environment: BENCH_IDEMPOTENCY_SECONDS (per variant, default 5), BENCH_IDEMPOTENCY_CONNECTIONS
 * (default 20), BENCH_IDEMPOTENCY_WARMUP_SECONDS (default 1).
 */

/**
 * What runs, group by group. A variant's `guard` says which middleware the app gets: none, ours on
 * the group's store, ours on the memory store, or the peer; `key` which Idempotency-Key it sends.
 */
const FASTIFY_BACKENDS = { sqlite: () => openSqlite('fastify'), postgres: openPostgres, redis: openRedis };

const GROUPS = [
  ...Object.entries(FASTIFY_BACKENDS).map(([store, open]) => ({
    store,
    framework: 'fastify',
    open,
    variants: [
      { label: 'none', guard: 'none', key: 'fresh' },
      { label: 'ours', guard: 'ours', key: 'fresh' },
      { label: 'ours replay', guard: 'ours', key: 'same' },
    ],
  })),
  ...['sqlite', 'postgres', 'redis'].map((store) => ({
    store,
    framework: 'order-service',
    open: () => openOrderServiceBackend(store),
    variants: [
      { label: 'none', guard: 'none', key: 'fresh' },
      { label: 'ours', guard: 'ours', key: 'fresh' },
    ],
  })),
  {
    store: 'sqlite',
    framework: 'express',
    open: () => openSqlite('express'),
    variants: [
      { label: 'none', guard: 'none', key: 'fresh' },
      { label: 'express-idempotency (memory)', guard: 'peer', key: 'fresh' },
      { label: 'ours (memory store)', guard: 'ours-memory', key: 'fresh' },
      { label: 'ours (sqlite store)', guard: 'ours', key: 'fresh' },
    ],
  },
];

/** @typedef {{ store: string, framework: string, label: string, guard: string, key: string, status: 'ok' | 'failed' | 'skipped', result?: any, error?: string, inserted?: number }} Row */

async function runVariant(group, backend, variant, settings) {
  let engine;
  if (variant.guard === 'ours' && group.framework !== 'order-service') {
    engine = createIdempotency({ store: await backend.openStore(), onError: noteStoreError });
  }
  if (variant.guard === 'ours-memory')
    engine = createIdempotency({ store: createMemoryStore(), onError: noteStoreError });
  const server =
    group.framework === 'order-service'
      ? await backend.start(variant.guard === 'ours')
      : group.framework === 'fastify'
        ? await startFastify(backend.orders, engine)
        : await startExpress(
            backend.orders,
            engine ? { kind: 'ours', engine } : { kind: variant.guard === 'peer' ? 'peer' : 'none' },
          );
  try {
    const before = await settledCount(backend.orders);
    const outcome = await measure(
      server.url,
      {
        key: variant.key,
        label: `${group.framework}-${group.store}`,
        ...(group.framework === 'order-service' ? { request: SERVICE_REQUEST } : {}),
      },
      settings,
    );
    const inserted = (await backend.orders.count()) - before;
    if (!outcome.ok) return { status: 'failed', error: outcome.error };
    // A replay must not run the handler again; a first execution must have inserted its order.
    const executions = variant.key === 'same' ? 1 : outcome.result['2xx'];
    if (variant.key === 'same' && inserted !== 1)
      return { status: 'failed', error: `${inserted} orders inserted by one key replayed (expected 1)` };
    if (variant.key !== 'same' && inserted < executions)
      return { status: 'failed', error: `${inserted} orders inserted for ${executions} 2xx answers` };
    return { status: 'ok', result: outcome.result, inserted };
  } finally {
    await server.close();
  }
}

/**
 * The order count once it stops moving: a closed server's last handlers may still be inserting
 * (PostgreSQL), and they must not be counted as the next variant's.
 */
async function settledCount(orders) {
  let count = await orders.count();
  for (let attempt = 0; attempt < 50; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await orders.count();
    if (next === count) return count;
    count = next;
  }
  return count;
}

async function main() {
  const settings = readSettings(process.env);
  const progress = (text) => process.stderr.write(`[idempotency] ${text}\n`);
  /** @type {Row[]} */
  const rows = [];
  const details = [];
  for (const group of GROUPS) {
    const name = `${group.framework} + ${group.store}`;
    let backend;
    try {
      backend = await group.open();
    } catch (error) {
      backend = { ok: false, failed: true, reason: error.message };
    }
    if (!backend.ok) {
      progress(`${name}: ${backend.failed ? 'FAILED' : 'SKIPPED'}: ${backend.reason}`);
      details.push(`${name}: ${backend.failed ? 'FAILED' : 'SKIPPED'}: ${backend.reason}`);
      for (const variant of group.variants)
        rows.push({ ...group, ...variant, status: backend.failed ? 'failed' : 'skipped', error: backend.reason });
      continue;
    }
    details.push(`${name}: ${backend.detail}`);
    try {
      for (const variant of group.variants) {
        progress(`${name}: ${variant.label} (${settings.warmupSeconds} s warm-up + ${settings.seconds} s)`);
        let row;
        try {
          row = await runVariant(group, backend, variant, settings);
        } catch (error) {
          row = { status: 'failed', error: error.stack ?? String(error) };
        }
        if (row.status === 'failed') progress(`  FAILED: ${row.error.split('\n')[0]}`);
        const late = takeStoreErrors();
        if (late) progress(`  ${late}: requests still in flight when the run stopped`);
        rows.push({ ...group, ...variant, ...row });
      }
    } finally {
      await backend.close().catch((error) => progress(`${name}: cleanup failed: ${error.message}`));
      const late = takeStoreErrors();
      if (late) progress(`${name}: ${late}: requests still in flight when the store closed`);
    }
  }
  process.stdout.write(renderReport(rows, details, settings));
  return rows.some((row) => row.status === 'failed') ? 1 : 0;
}

process.exitCode = await main();
