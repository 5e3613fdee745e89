import type { RequestSpec } from '../model.js';
import type { SourceNode } from '../source/SourceNode.js';
import type { Issues } from './Issues.js';
import type { SideEffect } from './sideEffects.js';

/**
 * What the compiler knows while it walks one lock: its issues, the targets it declares, the named
 * requests and side effects (compiled on first use, so their variables are checked against what
 * was captured by then), and the variables known at the current step.
 */
export interface CompileContext {
  readonly issues: Issues;
  readonly file: string;
  /** Every `unique.NAME` the lock mentions: an SQL `:NAME` with no variable of that name binds it. */
  readonly uniqueNames: ReadonlySet<string>;
  readonly targets: ReadonlySet<string>;
  readonly requestNodes: ReadonlyMap<string, SourceNode>;
  readonly requests: Map<string, RequestSpec | null>;
  readonly sideEffectNodes: ReadonlyMap<string, SourceNode>;
  readonly sideEffects: Map<string, SideEffect | null>;
  readonly snapshotNames: Set<string>;
  /** `vars:` names. */
  readonly declared: Set<string>;
  /** Variables captured by the steps compiled so far. */
  readonly captured: Set<string>;
  /** Numbers the invariants, for their internal variable names. */
  invariantCount: number;
}

/** Variables every template may use; `unique.*` and `env.*` are families. */
export const BUILTIN_VARIABLES = ['uuid'] as const;

/** Variables only a signature's templates may use. */
export const SIGN_VARIABLES = ['timestamp', 'body', 'signature'] as const;

/** Every unique name mentioned in the document's strings (`${unique.customer}` gives `customer`). */
export function collectUniqueNames(node: SourceNode, into = new Set<string>()): Set<string> {
  if (node.kind === 'scalar') {
    if (typeof node.value === 'string') {
      for (const match of node.value.matchAll(/\$\{unique\.([A-Za-z_][\w-]*)/g)) into.add(match[1] ?? '');
    }
  } else if (node.kind === 'seq') for (const item of node.items) collectUniqueNames(item, into);
  else for (const entry of node.entries) collectUniqueNames(entry.value, into);
  return into;
}
