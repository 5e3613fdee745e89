import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BehaviorChange, readDirectoryChange, type SemanticDelta, semanticDiff } from '../src/index.js';

// The incident, on the example service: its two cleanup patches differ in one character of the
// order-id derivation. Semdiff must tell them apart at that line, whatever else it says about the rest.
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

const key = (change: BehaviorChange) => `${change.file}:${change.line} ${change.summary}`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dg-incident-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the incident: one changed character among a cleanup', () => {
  it('reports exactly one behavior change more for the hidden change, at its line', async () => {
    const clean = await diffAgainstOriginal('cleanup-clean.patch');
    const dirty = await diffAgainstOriginal('cleanup.patch');
    const cleanKeys = new Set(clean.behaviorChanges.map(key));
    const extra = dirty.behaviorChanges.filter((change) => !cleanKeys.has(key(change)));
    expect(extra).toEqual([
      expect.objectContaining({
        file: 'orders/orderId.ts',
        symbol: 'OPERATION',
        summary: "`'order.create'` became `'orders.create'` in OPERATION (moved from orders/orderKeys.ts)",
        reason: 'changed',
      }),
    ]);
    expect(dirty.behaviorChanges.length).toBe(clean.behaviorChanges.length + 1);
  });
});
