import type { StepKind } from '../stepKind.js';
import { idempotent } from './idempotent.js';
import { noDuplicateSideEffect } from './noDuplicateSideEffect.js';
import { retrySafe } from './retrySafe.js';
import { webhookDedup } from './webhookDedup.js';

/** The invariants: one line in a lock, several steps in the model. */
export const INVARIANTS: Readonly<Record<string, StepKind>> = {
  idempotent,
  'no-duplicate-side-effect': noDuplicateSideEffect,
  'webhook-dedup': webhookDedup,
  'retry-safe': retrySafe,
};
