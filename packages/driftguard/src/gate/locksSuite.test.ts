// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${port.NAME}` and `${runDir}` are placeholders the gate fills, not template literals
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../config/index.js';
import { runLocksSuite } from './locksSuite.js';

// The built-in locks suite against a real HTTP server on 127.0.0.1 that answers /ping with 200 and
// /broken with 500: coverage, failures with the lock's own message, and snapshot edits in a PR.
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    response.statusCode = request.url === '/ping' ? 200 : 500;
    response.setHeader('content-type', 'application/json');
    response.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const lock = (name: string, flow: string, path: string) =>
  [
    `lock: ${name}`,
    `flow: ${flow}`,
    'steps:',
    `  - name: ${path} answers`,
    `    request: { method: GET, path: ${path} }`,
    '    expect:',
    '      status: 200',
    '',
  ].join('\n');

function repository(files: Record<string, string>, config: object = {}) {
  const root = mkdtempSync(join(tmpdir(), 'dg-locks-suite-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const parsed = validateConfig(
    {
      risks: {
        orders: { paths: ['src/orders/**'], suites: ['locks'] },
        payments: { paths: ['src/payments/**'], suites: ['locks'] },
      },
      locks: { target: url },
      ...config,
    },
    'test config',
  );
  return { root, config: parsed };
}

const base = { reason: 'required by orders', files: [], declared: '' };

describe('the built-in locks suite', () => {
  it('runs the locks that guard the flows and passes when they hold', async () => {
    const { root, config } = repository({ 'locks/ping.lock.yaml': lock('ping answers', 'orders', '/ping') });
    const outcome = await runLocksSuite({ ...base, config, root, flows: ['orders'] });
    expect(outcome.findings).toEqual([]);
    expect(outcome.suite).toMatchObject({ name: 'locks', status: 'passed', reason: expect.stringContaining('1 of 1') });
  });

  it('fails with the lock own message at its file, and says which flow has no lock at all', async () => {
    const { root, config } = repository({ 'locks/broken.lock.yaml': lock('broken answers', 'orders', '/broken') });
    const outcome = await runLocksSuite({ ...base, config, root, flows: ['orders', 'payments'] });
    expect(outcome.suite.status).toBe('failed');
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({
        code: 'gate/suite-failed',
        file: 'locks/broken.lock.yaml',
        message: expect.stringContaining('lock "broken answers" failed'),
      }),
    );
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({ code: 'gate/lock-missing', severity: 'error', risk: 'payments' }),
    );
    expect(outcome.findings.filter((f) => f.code === 'gate/lock-missing')).toHaveLength(1);
  });

  it('holds a changed snapshot against the Intent: named passes, unnamed is an error', async () => {
    const { root, config } = repository({
      'locks/ping.lock.yaml': lock('ping answers', 'orders', '/ping'),
      'locks/__snapshots__/ping-body.json': '{}',
    });
    const files = [{ path: 'locks/__snapshots__/ping-body.json' }];
    const silent = await runLocksSuite({ ...base, config, root, flows: ['orders'], files });
    expect(silent.findings).toEqual([
      expect.objectContaining({ code: 'gate/lock-snapshot-changed', file: 'locks/__snapshots__/ping-body.json' }),
    ]);
    const named = await runLocksSuite({
      ...base,
      config,
      root,
      flows: ['orders'],
      files,
      declared: 'The ping-body output gains a field.',
    });
    expect(named.findings).toEqual([]);
  });

  it('counts a locks directory that does not exist as no lock at all', async () => {
    const { root, config } = repository({ 'src/orders/a.ts': '' });
    const outcome = await runLocksSuite({ ...base, config, root, flows: ['orders'] });
    expect(outcome.suite.status).toBe('skipped');
    expect(outcome.findings).toEqual([expect.objectContaining({ code: 'gate/lock-missing', risk: 'orders' })]);
  });

  it('reports a lock file error as an errored suite with its position, never a crash', async () => {
    const { root, config } = repository({ 'locks/bad.lock.yaml': 'lock: bad\nflow: orders\nsteps:\n  - nope: 1\n' });
    const outcome = await runLocksSuite({ ...base, config, root, flows: ['orders'] });
    expect(outcome.suite.status).toBe('errored');
    expect(outcome.findings).toEqual([
      expect.objectContaining({ code: 'gate/suite-failed', message: expect.stringMatching(/bad\.lock\.yaml:4:\d+/) }),
    ]);
  });

  it('starts the service when told how, and stops it after the run', async () => {
    const script = [
      "const http = require('node:http');",
      "http.createServer((q, r) => { r.statusCode = q.url === '/ping' ? 200 : 404; r.end('{}'); })",
      '  .listen(Number(process.env.PORT), "127.0.0.1");',
    ].join('\n');
    const { root, config } = repository(
      { 'locks/ping.lock.yaml': lock('ping answers', 'orders', '/ping'), 'serve.cjs': script },
      {
        locks: {
          start: { run: 'node serve.cjs', url: 'http://127.0.0.1:${port.web}', env: { PORT: '${port.web}' } },
        },
      },
    );
    const outcome = await runLocksSuite({ ...base, config, root, flows: ['orders'] });
    expect(outcome.suite.status).toBe('passed');
  });
});
