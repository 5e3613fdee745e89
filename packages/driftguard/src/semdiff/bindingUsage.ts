import type { AstNode } from './parseModule.js';
import type { Resolution } from './resolveScopes.js';
import type { Binding } from './scopes.js';
import { isNode, isRuntimeKey } from './syntaxRoles.js';

/** How a local is used: one feature per occurrence (declaration included), e.g. `.status` or `arg0:capture`. */
export type Usage = Map<string, number>;

/** The locals a subtree declares or uses, in order of first occurrence, with how each occurrence sits. */
export function localUsage(resolution: Resolution, root: AstNode): Map<Binding, Usage> {
  const usage = new Map<Binding, Usage>();
  const visit = (node: AstNode, parent: AstNode | undefined, key: string, index: number): void => {
    const binding = node.type === 'Identifier' ? resolution.bindingOf.get(node) : undefined;
    if (binding?.kind === 'local' && parent) {
      const features = usage.get(binding) ?? new Map<string, number>();
      const feature = featureOf(parent, key, index);
      features.set(feature, (features.get(feature) ?? 0) + 1);
      usage.set(binding, features);
    }
    for (const field in node) {
      if (!isRuntimeKey(node, field)) continue;
      const value = node[field];
      if (Array.isArray(value)) {
        value.forEach((item, i) => {
          if (isNode(item)) visit(item, node, field, i);
        });
      } else if (isNode(value)) visit(value, node, field, 0);
    }
  };
  visit(root, undefined, '', 0);
  return usage;
}

/** Dice similarity of two usages: 1 when every occurrence has a counterpart, 0 when none has. */
export function similarity(a: Usage, b: Usage): number {
  let shared = 0;
  let total = 0;
  for (const [feature, count] of a) {
    shared += Math.min(count, b.get(feature) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

function featureOf(parent: AstNode, key: string, index: number): string {
  const here = `${parent.type}.${key}`;
  if (parent.type === 'MemberExpression' && key === 'object' && parent.computed !== true) {
    return `.${String((parent.property as AstNode).name)}`;
  }
  if (parent.type === 'Property') return `${here}:${nameOf(parent.key)}`;
  if (parent.type === 'CallExpression' || parent.type === 'NewExpression') {
    return key === 'arguments' ? `arg${index}:${nameOf(parent.callee)}` : here;
  }
  if (parent.type === 'VariableDeclarator' && key === 'id') return `${here}=${shapeOf(parent.init)}`;
  if (key === 'params') return `param${index}`;
  if (parent.type === 'BinaryExpression' || parent.type === 'AssignmentExpression') {
    return `${here}${String(parent.operator)}`;
  }
  return here;
}

/** The kind of an initializer, with the name of what it calls (`await deps.capture(…)` is `await capture`). */
function shapeOf(init: unknown): string {
  if (!isNode(init)) return 'ø';
  if (init.type === 'AwaitExpression') return `await ${shapeOf(init.argument)}`;
  if (init.type === 'CallExpression' || init.type === 'NewExpression') return `${init.type} ${nameOf(init.callee)}`;
  return init.type;
}

function nameOf(node: unknown): string {
  if (!isNode(node)) return '';
  if (node.type === 'Identifier') return String(node.name);
  if (node.type === 'Literal') return String(node.value);
  if (node.type === 'MemberExpression') return nameOf(node.property);
  if (node.type === 'ChainExpression') return nameOf(node.expression);
  return node.type;
}
