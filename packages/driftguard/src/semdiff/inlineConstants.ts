import { type CanonicalContext, canonicalize, localLabel } from './canonicalize.js';
import type { CanonicalNode } from './canonicalTree.js';
import type { Provers } from './locateDifference.js';
import type { AstNode } from './parseModule.js';
import type { Binding } from './scopes.js';
import { isNode, unwrapTypes } from './syntaxRoles.js';

/** A statement list with constants inlined, and the constants' names. */
export interface InlinedConstants {
  readonly list: CanonicalNode[];
  readonly names: string[];
}

/**
 * Inlines `const x = <primitive literal>` declarations that the other side does not have: the
 * declaration is dropped and every later statement re-canonicalized with `x` bound to the literal
 * (locals declared after it in the same scope move up one slot). Only when `x` is never reassigned
 * and every use comes after the declaration (no temporal-dead-zone error can disappear).
 */
export function inlineConstants(
  context: CanonicalContext,
  list: readonly CanonicalNode[],
  other: ReadonlySet<number>,
): InlinedConstants | undefined {
  // Substitutions the caller already made (a parameter bound to its argument) stay in force.
  const substitutions = new Map<Binding, CanonicalNode>(context.substitutions ?? []);
  const slots = new Map<Binding, string>();
  const names: string[] = [];
  const kept: CanonicalNode[] = [];
  for (const statement of list) {
    const constant = other.has(statement.id) ? undefined : inlinableConstant(context, statement.node);
    if (!constant) {
      kept.push(statement);
      continue;
    }
    const value = canonicalize({ ...context, substitutions, slots }, constant.init);
    if (!value) return undefined;
    substitutions.set(constant.binding, value);
    names.push(constant.binding.name);
    shiftLaterSlots(context, constant.binding, slots);
  }
  if (names.length === 0) return undefined;
  const inner = { ...context, substitutions, slots };
  const rebuilt = kept.map((s) => (s.node ? (canonicalize(inner, s.node) ?? s) : s));
  return { list: rebuilt, names };
}

function inlinableConstant(
  context: CanonicalContext,
  node: AstNode | undefined,
): { binding: Binding; init: AstNode } | undefined {
  if (node?.type !== 'VariableDeclaration' || node.kind !== 'const') return undefined;
  const [declarator, ...more] = node.declarations as AstNode[];
  if (!declarator || more.length > 0 || !isNode(declarator.id) || !isNode(declarator.init)) return undefined;
  const init = unwrapTypes(declarator.init);
  const primitive = init.type === 'Literal' && init.regex === undefined;
  const plainTemplate = init.type === 'TemplateLiteral' && (init.expressions as unknown[]).length === 0;
  const binding = context.resolution.bindingOf.get(declarator.id);
  if (binding?.kind !== 'local' || binding.written || !(primitive || plainTemplate)) return undefined;
  const usedLater = binding.references.every((ref) => ref === declarator.id || ref.start >= node.end);
  return usedLater ? { binding, init } : undefined;
}

/**
 * Locals numbered by position after the removed one in its scope take the number one lower, as if it
 * never existed (locals labelled by name or by pairing keep their labels; see `correspondLocals`).
 */
function shiftLaterSlots(context: CanonicalContext, removed: Binding, slots: Map<Binding, string>): void {
  const position = (binding: Binding) => {
    const label = slots.get(binding) ?? localLabel(context, binding);
    const match = /^\d+\.(\d+)$/.exec(label);
    return match ? Number(match[1]) : undefined;
  };
  const from = position(removed);
  if (from === undefined) return;
  for (const binding of removed.scope.bindings.values()) {
    const index = position(binding);
    if (binding === removed || index === undefined || index <= from) continue;
    slots.set(binding, `${removed.scope.depth}.${index - 1}`);
  }
}

/**
 * Provers for a moved declaration: it may also inline a local constant on the way (`const max = 99;
 * return d > max` became `return d > 99`), so statement lists are compared with such constants inlined
 * on either side. Nothing else is proven.
 */
export function constantInliningProvers(before: CanonicalContext, after: CanonicalContext): Provers {
  return {
    pair: () => false,
    expand: (beforeList, afterList) => {
      const inlinedBefore = inlineConstants(before, beforeList, new Set(afterList.map((n) => n.id)));
      const inlinedAfter = inlineConstants(after, afterList, new Set(beforeList.map((n) => n.id)));
      if (!inlinedBefore && !inlinedAfter) return undefined;
      return [inlinedBefore?.list ?? [...beforeList], inlinedAfter?.list ?? [...afterList]];
    },
  };
}
