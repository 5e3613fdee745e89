import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakePayments, startFakePayments } from '../src/fakePayments/index.js';
import * as original from '../src/orders/index.js';
import { CATALOG, type Order, type PlaceOrderCommand, type PlaceOrderDeps } from '../src/orders/index.js';
import { createHttpPaymentGateway, type PaymentGateway } from '../src/payments/index.js';
import { openSqliteDatabase, openSqliteStorage, type Storage } from '../src/storage/index.js';

// The incident's two "cleanup" patches (see incident/README.md): each is applied to a copy of this
// example, type-checked, imported, and run through a retry that spans the deploy of the patch.

const run = promisify(execFile);
const EXAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPO = resolve(EXAMPLE, '../..');
const PATCHES = { clean: 'cleanup-clean.patch', dirty: 'cleanup.patch' } as const;
type Variant = keyof typeof PATCHES;

const patchText = (variant: Variant) => readFileSync(join(EXAMPLE, 'incident', PATCHES[variant]), 'utf8');

/** The files a patch touches, as `git apply --numstat` lists them (a rename counts once, by its new path). */
async function touchedFiles(variant: Variant): Promise<string[]> {
  const { stdout } = await run('git', ['apply', '--numstat', join(EXAMPLE, 'incident', PATCHES[variant])]);
  return stdout
    .trim()
    .split('\n')
    .map((line) => line.split('\t')[2] ?? '')
    .map((path) => path.replace(/\{[^}]* => ([^}]*)\}/, '$1').replace(/^.* => /, ''));
}

/** The lines a patch adds or removes, without file headers. */
function changedLines(variant: Variant): string[] {
  return patchText(variant)
    .split('\n')
    .filter((line) => /^[+-]/.test(line) && !/^(\+\+\+|---) /.test(line));
}

/** What placing an order looks like in one release of the service. */
interface Release {
  placeOrder(deps: PlaceOrderDeps, command: PlaceOrderCommand): Promise<Order>;
  deriveOrderId(identity: { tenant: string; idempotencyKey: string }): string;
  deriveCaptureKey(identity: { tenant: string; orderId: string; amount: number; currency: string }): string;
}

/** A copy of the repository's example (working tree as it is now) with one patch applied. */
interface PatchedTree {
  readonly root: string;
  readonly example: string;
  readonly files: readonly string[];
}

const trees = new Map<Variant, PatchedTree>();
const releases = new Map<Variant, Release>();

async function patchedTree(variant: Variant): Promise<PatchedTree> {
  const root = mkdtempSync(join(tmpdir(), `incident-${variant}-`));
  const example = join(root, 'examples/order-service');
  for (const entry of ['src', 'test', 'package.json', 'tsconfig.test.json']) {
    cpSync(join(EXAMPLE, entry), join(example, entry), { recursive: true });
  }
  cpSync(join(REPO, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  const patch = join(EXAMPLE, 'incident', PATCHES[variant]);
  await run('git', ['apply', '--check', patch], { cwd: root });
  await run('git', ['apply', patch], { cwd: root });
  return { root, example, files: await touchedFiles(variant) };
}

/** Type-checks the files the patch touched (and everything they import) in the patched copy. */
async function typeCheck(tree: PatchedTree): Promise<void> {
  const prefix = 'examples/order-service/';
  const files = tree.files
    .filter((file) => file.startsWith(prefix) && existsSync(join(tree.root, file)))
    .map((file) => file.slice(prefix.length));
  writeFileSync(
    join(tree.example, 'tsconfig.incident.json'),
    JSON.stringify({ extends: './tsconfig.test.json', include: [], files }),
  );
  const tsc = join(REPO, 'node_modules/typescript/bin/tsc');
  await run(process.execPath, [tsc, '-p', join(tree.example, 'tsconfig.incident.json')], { cwd: tree.example });
}

async function importRelease(tree: PatchedTree): Promise<Release> {
  const modules = (file: string) => import(/* @vite-ignore */ pathToFileURL(join(tree.example, file)).href);
  const orders = await modules('src/orders/index.ts');
  return {
    placeOrder: orders.placeOrder,
    deriveOrderId: orders.deriveOrderId,
    deriveCaptureKey: orders.deriveCaptureKey,
  };
}

beforeAll(async () => {
  await Promise.all(
    (Object.keys(PATCHES) as Variant[]).map(async (variant) => {
      const tree = await patchedTree(variant);
      trees.set(variant, tree);
      await typeCheck(tree);
      releases.set(variant, await importRelease(tree));
    }),
  );
}, 60_000);

afterAll(() => {
  for (const tree of trees.values()) rmSync(tree.root, { recursive: true, force: true });
});

const release = (variant: Variant): Release => {
  const found = releases.get(variant);
  if (found === undefined) throw new Error(`the ${variant} patch did not apply`);
  return found;
};

describe('the incident patches', () => {
  it.each(Object.keys(PATCHES) as Variant[])('%s: applies, type-checks, and touches at least 5 files', (variant) => {
    const tree = trees.get(variant);
    expect(tree).toBeDefined();
    expect(tree?.files.length).toBeGreaterThanOrEqual(5);
    expect(tree?.files).toEqual(
      expect.arrayContaining([
        'examples/order-service/src/orders/orderKeys.ts',
        'examples/order-service/src/orders/orderId.ts',
        'examples/order-service/src/payments/captureKey.ts',
        'examples/order-service/src/orders/placeOrder.ts',
        'examples/order-service/src/orders/index.ts',
      ]),
    );
  });

  it('differ by one line: the operation name the order id is derived under', () => {
    const clean = changedLines('clean');
    const dirty = changedLines('dirty');
    expect(clean.filter((line) => !dirty.includes(line))).toEqual(["+const OPERATION = 'order.create';"]);
    expect(dirty.filter((line) => !clean.includes(line))).toEqual(["+const OPERATION = 'orders.create';"]);
  });
});

const TENANTS = ['tenantA', 'tenantB'];
const CLIENT_KEYS = ['client-key-1', 'retry-me', '2f1c0c39-5b8e-4f0e-9d55-7b1f1c0a9e11'];

describe('keys, as a behavior lock sees them', () => {
  it('cleanup-clean.patch derives every order id and capture key exactly as before', () => {
    const clean = release('clean');
    for (const tenant of TENANTS) {
      for (const idempotencyKey of CLIENT_KEYS) {
        const orderId = original.deriveOrderId({ tenant, idempotencyKey });
        expect(clean.deriveOrderId({ tenant, idempotencyKey })).toBe(orderId);
        const capture = { tenant, orderId, amount: 2500, currency: 'USD' };
        expect(clean.deriveCaptureKey(capture)).toBe(original.deriveCaptureKey(capture));
      }
    }
  });

  it('cleanup.patch derives a different order id for every request, in the same format', () => {
    const dirty = release('dirty');
    for (const tenant of TENANTS) {
      for (const idempotencyKey of CLIENT_KEYS) {
        const before = original.deriveOrderId({ tenant, idempotencyKey });
        const after = dirty.deriveOrderId({ tenant, idempotencyKey });
        expect(after).toMatch(/^ord_[A-Za-z0-9_-]{22}$/);
        expect(after).toBe(dirty.deriveOrderId({ tenant, idempotencyKey }));
        expect(after).not.toBe(before);
      }
    }
    // The capture key itself is untouched: it changes only because the order id it is made of does.
    const capture = { tenant: 'tenantA', orderId: 'ord_1', amount: 2500, currency: 'USD' };
    expect(dirty.deriveCaptureKey(capture)).toBe(original.deriveCaptureKey(capture));
  });
});

const ORIGINAL: Release = original;
const COMMAND: PlaceOrderCommand = {
  tenant: 'tenantA',
  idempotencyKey: 'checkout-7f3a',
  request: { customer_id: 'cust_123', currency: 'USD', items: [{ sku: 'A1', qty: 2 }] },
};

/** A gateway whose capture reaches the provider, then the process dies before the order is settled. */
function crashesAfterCapture(gateway: PaymentGateway): PaymentGateway {
  return {
    async capture(request) {
      await gateway.capture(request);
      throw new Error('process killed after the provider charged, before the order was settled');
    },
  };
}

describe('a retry whose first attempt crashed', () => {
  let storage: Storage;
  let fake: FakePayments;
  let gateway: PaymentGateway;

  const deps = (payments: PaymentGateway): PlaceOrderDeps => ({
    repository: storage.repository,
    payments,
    catalog: CATALOG,
    clock: { now: () => Date.parse('2025-01-01T00:00:00Z') },
  });

  /** The first attempt runs on `first`, crashes after the charge; the guardrail's retry runs on `retry`. */
  async function crashThenRetry(first: Release, retry: Release) {
    storage = await openSqliteStorage(openSqliteDatabase(':memory:'));
    fake = await startFakePayments({ host: '127.0.0.1' });
    gateway = createHttpPaymentGateway({ baseUrl: fake.url, sleep: async () => {} });
    try {
      await expect(first.placeOrder(deps(crashesAfterCapture(gateway)), COMMAND)).rejects.toThrow('process killed');
      const answer = await retry.placeOrder(deps(gateway), COMMAND);
      const orders = await storage.repository.list(COMMAND.tenant, { limit: 100 });
      return { answer, orders, captures: fake.captures() };
    } finally {
      await fake.close();
      await storage.close();
    }
  }

  it('on the same release, even with cleanup.patch, lands on the first order and charges once (why CI passed)', async () => {
    const { orders, captures } = await crashThenRetry(release('dirty'), release('dirty'));
    expect(orders).toHaveLength(1);
    expect(captures).toHaveLength(1);
  });

  it('across the deploy of cleanup-clean.patch, lands on the first order and charges once', async () => {
    const { answer, orders, captures } = await crashThenRetry(ORIGINAL, release('clean'));
    expect(orders).toHaveLength(1);
    expect(captures).toHaveLength(1);
    expect(answer).toMatchObject({ id: orders[0]?.id, status: 'paid', captureId: captures[0]?.id });
  });

  it('across the deploy of cleanup.patch, creates a second order and charges the customer twice', async () => {
    const { answer, orders, captures } = await crashThenRetry(ORIGINAL, release('dirty'));
    expect(orders).toHaveLength(2);
    expect(captures).toHaveLength(2);
    expect(new Set(captures.map((capture) => capture.idempotency_key)).size).toBe(2);
    expect(captures.map((capture) => capture.amount)).toEqual([2500, 2500]);
    expect(answer.id).not.toBe(ORIGINAL.deriveOrderId(COMMAND));
  });
});
