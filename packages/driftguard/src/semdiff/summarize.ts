import type { CanonicalNode } from './canonicalTree.js';
import type { Difference } from './locateDifference.js';
import type { AstNode } from './parseModule.js';
import { isNode } from './syntaxRoles.js';

/** The two sources a difference is read from. */
export interface DifferenceSources {
  readonly before: string;
  readonly after: string;
}

/** One readable line for a difference: `operator < became <= in canRetry`, `call to audit() removed in createOrder`. */
export function summarize(difference: Difference, sources: DifferenceSources): string {
  const where = difference.symbol ? ` in ${difference.symbol}` : '';
  return `${describe(difference, sources)}${where}`;
}

function describe(difference: Difference, sources: DifferenceSources): string {
  const contextual = inContext(difference, sources);
  if (contextual) return contextual;
  const [before] = difference.before;
  const [after] = difference.after;
  if (!after) return `${difference.before.map((n) => removal(n, sources.before)).join(', ')} removed`;
  if (!before) return `${difference.after.map((n) => removal(n, sources.after)).join(', ')} added`;
  if (difference.before.length === 1 && difference.after.length === 1) {
    const specific = pairSummary(before, after, sources);
    if (specific) return specific;
  }
  return `${quote(textOfAll(difference.before, sources.before))} became ${quote(textOfAll(difference.after, sources.after))}`;
}

/** Describes a leaf by what encloses it: a template literal's text, a call's argument list. */
function inContext(difference: Difference, sources: DifferenceSources): string | undefined {
  for (let i = difference.ancestors.length - 1; i >= 0; i--) {
    const [b, a] = difference.ancestors[i] as readonly [CanonicalNode, CanonicalNode];
    if (b.node?.type === 'TemplateLiteral' && a.node?.type === 'TemplateLiteral') {
      return `template literal ${textOf(b.node, sources.before)} became ${textOf(a.node, sources.after)}`;
    }
    if (b.node && a.node && isCall(b.node) && isCall(a.node) && sameMultiset(b, a)) {
      return `argument order changed in call to ${textOf(a.node.callee, sources.after)}()`;
    }
    if (b.node && a.node && isCall(b.node) && isCall(a.node)) return undefined;
  }
  return undefined;
}

function pairSummary(before: CanonicalNode, after: CanonicalNode, sources: DifferenceSources): string | undefined {
  const b = before.node;
  const a = after.node;
  if (!b || !a) return undefined;
  if (b.type === a.type && typeof b.operator === 'string' && b.operator !== a.operator) {
    return `operator ${b.operator} became ${a.operator}`;
  }
  if ((b.type === 'ChainExpression') !== (a.type === 'ChainExpression')) {
    return `optional chaining ${a.type === 'ChainExpression' ? 'added' : 'dropped'} at ${quote(textOf(a, sources.after))}`;
  }
  if (b.type === a.type && 'optional' in b && b.optional !== a.optional) {
    return `optional chaining ${a.optional ? 'added' : 'dropped'} at ${quote(textOf(a, sources.after))}`;
  }
  if (b.type === 'TemplateLiteral' && a.type === 'TemplateLiteral') {
    return `template literal ${textOf(b, sources.before)} became ${textOf(a, sources.after)}`;
  }
  if (isCall(b) && isCall(a) && sameMultiset(before, after)) {
    return `argument order changed in call to ${textOf(a.callee, sources.after)}()`;
  }
  return undefined;
}

function isCall(node: AstNode): boolean {
  return node.type === 'CallExpression' || node.type === 'NewExpression';
}

/** True when two calls pass the same arguments in a different order. */
function sameMultiset(before: CanonicalNode, after: CanonicalNode): boolean {
  const ids = (node: CanonicalNode) =>
    node.kids.flatMap((k) => (k.label === '[arguments]' ? k.kids.map((x) => x.id) : []));
  const sorted = (list: number[]) => [...list].sort((x, y) => x - y).join(',');
  const [b, a] = [ids(before), ids(after)];
  return b.length > 1 && b.join(',') !== a.join(',') && sorted(b) === sorted(a);
}

function removal(node: CanonicalNode, source: string): string {
  const ast = node.node;
  if (ast?.type === 'ExpressionStatement' && isNode(ast.expression) && isCall(ast.expression)) {
    return `call to ${textOf(ast.expression.callee, source)}()`;
  }
  return quote(textOf(ast, source));
}

function textOfAll(nodes: readonly CanonicalNode[], source: string): string {
  return nodes.map((n) => textOf(n.node, source)).join(', ');
}

/** The source text of a node, whitespace collapsed and cut to one short line. */
export function textOf(node: unknown, source: string): string {
  if (!isNode(node)) return '';
  const text = source.slice(node.start, node.end).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function quote(text: string): string {
  return text.includes('`') ? `'${text}'` : `\`${text}\``;
}
