import type { StageStatus } from '../model.js';

/**
 * A stage that did not run, said plainly: `semdiff: not built yet (why)`, `gate: skipped (why)`.
 * A note that repeats the status (`not built yet; …`) is not repeated.
 */
export function stageLine(stage: StageStatus): string {
  const status = stage.status === 'not-built' ? 'not built yet' : stage.status;
  const detail = (stage.note ?? '').replace(new RegExp(`^${status}[\\s;:,.-]*`, 'i'), '').trim();
  return detail === '' ? `${stage.name}: ${status}` : `${stage.name}: ${status} (${detail})`;
}
