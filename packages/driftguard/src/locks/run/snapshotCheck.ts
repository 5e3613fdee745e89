import { relative } from 'node:path';
import type { SnapshotSpec } from '../model.js';
import { normalizeSnapshot } from '../snapshots/normalizeSnapshot.js';
import { describeChange, readSnapshot, snapshotFile, writeSnapshot } from '../snapshots/SnapshotStore.js';
import type { LockRun } from './LockRun.js';
import type { Mismatch } from './StepFailure.js';
import { looseEqual } from './valueChecks.js';

/**
 * Compares a response's normalized output with the approved snapshot (or, under `approve`, records
 * it). A change fails with both values and what the change means: the snapshot's `consequence`.
 */
export function checkSnapshot(spec: SnapshotSpec, body: unknown, run: LockRun): Mismatch | undefined {
  const file = snapshotFile(run.lock.snapshotDir, spec.name);
  const shown = relative(run.cwd, file) || file;
  const actual = normalizeSnapshot(spec, body, run.scope.lookup(), run.scope.generated());
  const stored = readSnapshot(file);
  if (stored !== undefined && looseEqual(stored.value, actual)) {
    run.snapshots.push({ name: spec.name, file: shown, status: 'same' });
    return undefined;
  }
  if (run.approve) {
    writeSnapshot(file, { lock: run.lock.name, snapshot: spec.name, value: actual });
    run.snapshots.push({ name: spec.name, file: shown, status: 'written', actual });
    return undefined;
  }
  if (stored === undefined) {
    run.snapshots.push({ name: spec.name, file: shown, status: 'missing', actual });
    return {
      message: `snapshot ${spec.name} is not approved yet: run driftguard locks approve and commit ${shown}`,
      actual,
    };
  }
  run.snapshots.push({ name: spec.name, file: shown, status: 'changed', expected: stored.value, actual });
  const consequence = spec.consequence === undefined ? '' : `: ${spec.consequence}`;
  return {
    message: `snapshot ${spec.name} changed: ${describeChange(stored.value, actual)}${consequence}`,
    expected: stored.value,
    actual,
  };
}
