import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLockSpec, defineLock } from './defineLock.js';
import { LockFileError } from './LockFileError.js';
import { loadLocks } from './loadLocks.js';
import type { Lock } from './model.js';

/** Writes lock files into a fresh directory and answers it. */
function lockDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-locks-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The one-line message loading `text` as `bad.lock.yaml` throws. */
async function loadError(text: string): Promise<string> {
  const dir = lockDir({ 'bad.lock.yaml': text });
  const error = await loadLocks(['.'], { cwd: dir }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LockFileError);
  return (error as LockFileError).message;
}

const HEAD = `lock: orders
target: http://127.0.0.1:3000
`;

describe('loading lock files', () => {
  it('reports bad YAML at its line and column, in one line', async () => {
    const message = await loadError(`${HEAD}steps:\n  - request: { method: GET, path: /x\n  - sql: SELECT 1\n`);
    expect(message).toMatch(/^bad\.lock\.yaml:5:\d+: bad YAML: /);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('names an unknown step kind with a suggestion and its position', async () => {
    const message = await loadError(`${HEAD}steps:\n  - requets: { path: /orders }\n`);
    expect(message).toBe(
      'bad.lock.yaml:4:5: unknown step kind "requets" (did you mean "request"?); expected one of request, sql, http, idempotent, no-duplicate-side-effect, webhook-dedup, retry-safe',
    );
  });

  it('refuses a bad JSON path at load time, where it is written', async () => {
    const message = await loadError(
      `${HEAD}steps:\n  - request: { path: /orders }\n    expect:\n      body:\n        $.items[: 1\n`,
    );
    expect(message).toBe('bad.lock.yaml:7:9: bad JSON path "$.items[": "[" at character 8 is never closed');
  });

  it('refuses a filter whose expression does not parse', async () => {
    const message = await loadError(
      `${HEAD}steps:\n  - request: { path: /orders }\n    capture: { id: '$[?(@.x ==)]' }\n`,
    );
    expect(message).toMatch(/^bad\.lock\.yaml:5:20: bad JSON path "\$\[\?\(@\.x ==\)\]": Expected expression after ==/);
  });

  it('refuses a variable nothing declares or captures before it is used', async () => {
    const message = await loadError(
      `${HEAD}steps:\n  - request: { path: '/orders/\${ordr}' }\n  - request: { path: /orders }\n    capture: { order: $.order_id }\n`,
    );
    expect(message).toMatch(/^bad\.lock\.yaml:4:22: unknown variable \$\{ordr\}; known here: uuid/);
  });

  it('refuses an SQL parameter that binds no variable', async () => {
    const message = await loadError(
      `${HEAD}steps:\n  - sql: SELECT COUNT(*) AS n FROM orders WHERE customer_id = :customr\n    equals: 1\n`,
    );
    expect(message).toMatch(/^bad\.lock\.yaml:4:10: unknown variable :customr in sql/);
  });

  it('lists every problem, shows the first, and counts the rest', async () => {
    const message = await loadError(`${HEAD}stepz: []\nsteps:\n  - request: { path: /x, methd: GET }\n    repeat: 0\n`);
    expect(message).toMatch(
      /^bad\.lock\.yaml:3:1: unknown field "stepz" in a lock \(did you mean "steps"\?\).*\(and 2 more problems\)$/,
    );
  });

  it('refuses two locks with one name across files', async () => {
    const dir = lockDir({
      'a.lock.yaml': `${HEAD}steps:\n  - request: { path: /a }\n`,
      'b.lock.yaml': `${HEAD}steps:\n  - request: { path: /b }\n`,
    });
    await expect(loadLocks(['.'], { cwd: dir })).rejects.toThrow(
      'b.lock.yaml:1:1: lock "orders" is also declared at a.lock.yaml:1:1',
    );
  });

  it('expands invariants into the steps they stand for', async () => {
    const dir = lockDir({
      'orders.lock.yaml': `${HEAD}requests:
  place:
    method: POST
    path: /orders
    headers: { Idempotency-Key: '\${unique.key}' }
    json: { customer_id: '\${unique.customer}' }
side-effects:
  orders:
    sql: SELECT COUNT(*) AS n FROM orders WHERE customer_id = :customer
steps:
  - idempotent: { request: place, identity: $.order_id, concurrent: 4, times: 2, side-effect: orders }
  - no-duplicate-side-effect: orders
`,
    });
    const [file] = await loadLocks(['.'], { cwd: dir });
    const steps = file?.locks[0]?.steps ?? [];
    expect(steps.map((step) => [step.kind, step.name])).toEqual([
      ['request', 'idempotent: 4 concurrent copies of place'],
      ['request', 'idempotent: 2 copies in sequence'],
      ['query', 'idempotent: side effect orders happened once'],
      ['query', 'no duplicate side effect: orders'],
    ]);
    expect(steps[0]).toMatchObject({ repeat: 4, concurrent: true, expect: { tolerate: { codes: [409] } } });
    const sql = steps[2]?.kind === 'query' ? steps[2].query : undefined;
    expect(sql?.kind === 'sql' && [...sql.bindings]).toEqual([['customer', 'unique.customer']]);
  });
});

describe('locks written in TypeScript', () => {
  const spec = defineLock({
    lock: 'orders',
    target: 'http://127.0.0.1:3000',
    steps: [
      {
        request: { method: 'POST', path: '/orders', json: { qty: 2 } },
        expect: { status: [201] },
        capture: { order: '$.order_id' },
      },
      { sql: 'SELECT COUNT(*) AS n FROM orders WHERE id = :order', equals: 1 },
    ],
  });

  it('compile to the same model as the YAML that says the same', async () => {
    const dir = lockDir({
      'orders.lock.yaml': `lock: orders
target: http://127.0.0.1:3000
steps:
  - request: { method: POST, path: /orders, json: { qty: 2 } }
    expect: { status: [201] }
    capture: { order: $.order_id }
  - sql: SELECT COUNT(*) AS n FROM orders WHERE id = :order
    equals: 1
`,
    });
    const [fromYaml] = await loadLocks(['.'], { cwd: dir });
    const fromCode = compileLockSpec(spec, { file: join(dir, 'orders.lock.yaml') });
    expect(withoutPositions(fromCode)).toEqual(withoutPositions(fromYaml?.locks[0] as Lock));
  });

  it('load from NAME.lock.ts, and name the field path of a mistake', async () => {
    const dir = lockDir({
      'orders.lock.ts': `export default { lock: 'ts lock', target: 'http://x', steps: [{ request: { path: '/a' }, expect: { status: 'two hundred' } }] };\n`,
    });
    await expect(loadLocks(['.'], { cwd: dir })).rejects.toThrow(
      'orders.lock.ts (steps[0].expect.status): expect.status must be a status (201), a class (2xx) or a list of them',
    );
  });
});

function withoutPositions(value: unknown): unknown {
  if (value instanceof Map) return withoutPositions(Object.fromEntries(value));
  if (Array.isArray(value)) return value.map(withoutPositions);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'position' && key !== 'pos')
      .map(([key, item]) => [key, withoutPositions(item)]),
  );
}
