import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors/index.js';

/** The example service and its incident patches, as the demo needs them. */
export interface DemoExample {
  /** `examples/order-service` in the driftguard repository. */
  readonly dir: string;
  /** The driftguard repository: its TypeScript and dependencies build the example's copy. */
  readonly repoRoot: string;
  readonly incidentPatch: string;
  readonly cleanPatch: string;
}

/**
 * Finds `examples/order-service` next to this package in the driftguard repository (the demo replays
 * the incident on it). An installed package has no examples: that is a usage error naming what to do.
 */
export function locateExample(exampleDir?: string): DemoExample {
  const dir = exampleDir ?? join(fileURLToPath(import.meta.url), '../../../../../examples/order-service');
  const example = {
    dir,
    repoRoot: join(dir, '../..'),
    incidentPatch: join(dir, 'incident/cleanup.patch'),
    cleanPatch: join(dir, 'incident/cleanup-clean.patch'),
  };
  const needed = [
    join(dir, 'src'),
    example.incidentPatch,
    example.cleanPatch,
    join(dir, '../../node_modules/typescript'),
  ];
  const missing = needed.find((p) => !existsSync(p));
  if (missing !== undefined) {
    throw new InputError(
      'demo/no-example',
      `driftguard demo runs from a clone of the driftguard repository; ${missing} is missing`,
    );
  }
  return example;
}
