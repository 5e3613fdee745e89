import { availableParallelism } from 'node:os';
import { align, count, ms } from '../common/table.mjs';

/**
 * The printed result of the idempotency benchmark: one table (req/s, p50, p99, share of the group's
 * `none`), ours against express-idempotency, the issue's targets with PASS/MISS, and how to rerun.
 */

/** The issue's targets (issue 4): ours / none, in req/s, with fresh keys. */
export const TARGETS = { redis: 0.7, postgres: 0.5 };

/**
 * @param {import('./index.mjs').Row[]} rows
 * @param {string[]} details one line per group: where its data lived, or why it was skipped
 * @param {import('./settings.mjs').Settings} settings
 */
export function renderReport(rows, details, settings) {
  const lines = [
    '',
    'idempotency: POST /orders (validate, price, INSERT one order, 201), with and without the idempotency middleware',
    `Node ${process.version}, ${availableParallelism()} CPUs; autocannon from a worker thread, ${settings.connections} connections, ${settings.warmupSeconds} s warm-up + ${settings.seconds} s per variant; a fresh Idempotency-Key per request unless "replay"`,
    '',
    ...table(rows),
    '',
    ...peerRatios(rows),
    '',
    ...targets(rows),
    '',
    ...failures(rows),
    'Data:',
    ...details.map((line) => `  ${line}`),
    '',
    `Rerun: npm run bench -- idempotency   (env: BENCH_IDEMPOTENCY_SECONDS=${settings.seconds} BENCH_IDEMPOTENCY_CONNECTIONS=${settings.connections} BENCH_IDEMPOTENCY_WARMUP_SECONDS=${settings.warmupSeconds})`,
    '',
  ];
  return lines.join('\n');
}

const reqPerSecond = (row) => (row?.status === 'ok' ? row.result.requests.mean : undefined);

function noneOf(rows, row) {
  return rows.find((other) => other.framework === row.framework && other.store === row.store && other.label === 'none');
}

function share(value, base) {
  return value === undefined || base === undefined || base === 0 ? '-' : `${((100 * value) / base).toFixed(1)}%`;
}

function table(rows) {
  const header = ['framework', 'store', 'variant', 'req/s', 'p50', 'p99', 'answers', 'vs none'];
  const body = rows.map((row) => {
    const head = [row.framework, row.store, row.label];
    if (row.status === 'skipped') return [...head, 'SKIPPED', '', '', '', ''];
    if (row.status === 'failed') return [...head, 'FAILED', '', '', '', ''];
    const { requests, latency } = row.result;
    return [
      ...head,
      count(Math.round(requests.mean)),
      ms(latency.p50),
      ms(latency.p99),
      count(row.result['2xx']),
      row.label === 'none' ? '100%' : share(requests.mean, reqPerSecond(noneOf(rows, row))),
    ];
  });
  return align([header, ...body], [false, false, false, true, true, true, true, true]);
}

function peerRatios(rows) {
  const express = (label) => reqPerSecond(rows.find((row) => row.framework === 'express' && row.label === label));
  const peer = express('express-idempotency (memory)');
  const line = (label) => {
    const ours = express(label);
    return `  ${`${label} / express-idempotency (memory)`.padEnd(52)} ${ours && peer ? `${(ours / peer).toFixed(2)}x` : 'n/a'}`;
  };
  return [
    'Ours beside the peer (Express 5, orders in SQLite, req/s / req/s):',
    line('ours (memory store)'),
    line('ours (sqlite store)'),
  ];
}

function targets(rows) {
  return [
    ...targetsOf(rows, 'order-service', "the example service's POST /orders"),
    ...targetsOf(rows, 'fastify', 'the one-INSERT handler on Fastify'),
  ];
}

function targetsOf(rows, framework, what) {
  const verdict = (pass) => (pass === undefined ? 'n/a ' : pass ? 'PASS' : 'MISS');
  const lines = [`Targets (issue 4), fresh keys, ${what}, req/s of ours / none:`];
  for (const [store, target] of Object.entries(TARGETS)) {
    const ours = rows.find((row) => row.framework === framework && row.store === store && row.label === 'ours');
    const base = ours && noneOf(rows, ours);
    const value = reqPerSecond(ours) && reqPerSecond(base) ? reqPerSecond(ours) / reqPerSecond(base) : undefined;
    const why = ours?.status === 'skipped' ? ' (skipped)' : ours?.status === 'failed' ? ' (failed)' : '';
    lines.push(
      `  ${verdict(value === undefined ? undefined : value >= target)}  ${store} store ours/none >= ${target * 100}%: ${value === undefined ? `n/a${why}` : `${(value * 100).toFixed(1)}%`}`,
    );
  }
  return lines;
}

function failures(rows) {
  const bad = rows.filter((row) => row.status !== 'ok');
  if (bad.length === 0) return [];
  return [
    'Not measured:',
    ...bad.map(
      (row) =>
        `  ${row.framework} ${row.store} ${row.label}: ${row.status.toUpperCase()}: ${row.error.split('\n').slice(0, 4).join(' | ')}`,
    ),
    '',
  ];
}
