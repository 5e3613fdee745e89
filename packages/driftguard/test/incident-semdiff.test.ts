import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDirectoryChange, type SemanticDelta, semanticDiff } from '../src/index.js';

// The incident, on the example service: its two cleanup patches differ in one character of the
// order-id derivation. Semdiff must prove the clean one a refactoring and find that line in the other.
const example = join(import.meta.dirname, '../../../examples/order-service');
let root: string;

/** The example's sources with `patch` applied (none: as they are), in a directory of their own. */
function sources(name: string, patch?: string): string {
  const dir = join(root, name);
  cpSync(join(example, 'src'), join(dir, 'examples/order-service/src'), { recursive: true });
  cpSync(join(example, 'test'), join(dir, 'examples/order-service/test'), { recursive: true });
  if (patch) execFileSync('git', ['apply', join(example, 'incident', patch)], { cwd: dir, stdio: 'pipe' });
  return join(dir, 'examples/order-service/src');
}

async function diffAgainstOriginal(patch: string): Promise<SemanticDelta> {
  const change = await readDirectoryChange({ before: sources('original'), after: sources(patch, patch) });
  return semanticDiff(change);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dg-incident-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the incident: one changed character among a cleanup', () => {
  it('proves the clean cleanup refactor-only: the helper split is two proven moves, the rest renames', async () => {
    const clean = await diffAgainstOriginal('cleanup-clean.patch');
    expect(clean.behaviorChanges).toEqual([]);
    expect(clean.verdict).toBe('refactor-only');
    const moves = clean.refactorings.filter((r) => r.kind === 'move').map((r) => `${r.file} ${r.summary}`);
    expect(moves.sort()).toEqual([
      'orders/orderId.ts moved deriveOrderId from orders/orderKeys.ts',
      'payments/captureKey.ts moved deriveCaptureKey from orders/orderKeys.ts',
    ]);
    // The split tests are the test suite's changes, listed apart from the verdict.
    expect(new Set(clean.testChanges.map((c) => c.file))).toEqual(
      new Set(['orders/orderId.test.ts', 'payments/captureKey.test.ts', 'orders/orderKeys.test.ts']),
    );
  });

  it('reports the hidden change as the one behavior change, at its line', async () => {
    const dirty = await diffAgainstOriginal('cleanup.patch');
    expect(dirty.verdict).toBe('behavior-change');
    expect(dirty.behaviorChanges).toEqual([
      expect.objectContaining({
        file: 'orders/orderId.ts',
        line: 9,
        symbol: 'OPERATION',
        summary: "`'order.create'` became `'orders.create'` in OPERATION (moved from orders/orderKeys.ts)",
        reason: 'changed',
      }),
    ]);
  });
});
