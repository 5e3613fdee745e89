import { bindingLabel, type CanonicalContext, canonicalize } from './canonicalize.js';
import type { CanonicalNode } from './canonicalTree.js';
import type { ModuleSide } from './moduleSide.js';
import type { AstNode } from './parseModule.js';
import type { Binding } from './scopes.js';
import { isNode, unwrapTypes } from './syntaxRoles.js';

/** The file a function lives in when it is not the file being compared (extracted into another module). */
export interface FunctionHome {
  readonly file: string;
  readonly side: ModuleSide;
}

/** A function an extract or inline proof may expand: its declaration and the context of its own module. */
export interface FunctionCandidate {
  readonly declaration: AstNode;
  readonly context: CanonicalContext;
  readonly home?: FunctionHome;
}

/** A call inlined: the function's name and what it runs with parameters bound to the arguments. */
export interface InlinedCall {
  readonly name: string;
  /** The returned expression (one node), or the body's statements for a call used as a statement. */
  readonly inlined: readonly CanonicalNode[];
  /** Where the function lives, when in another file. */
  readonly home?: FunctionHome;
}

/**
 * Inlines `f(args)` when that is sound: `f` is a plain function declaration (not async or a generator,
 * simple parameters never reassigned; no `this`, `arguments`, `await`, `yield`, `super` or `new.target`
 * in its body) and the arguments are pure reads (literals or never-reassigned names), so binding them
 * early or late reads the same values. `asStatement` inlines a body without `return` (a call statement);
 * otherwise the body must be `return X;`. Candidates are keyed by the callee's binding label.
 */
export function inlineCall(
  context: CanonicalContext,
  call: CanonicalNode,
  candidates: ReadonlyMap<string, FunctionCandidate>,
  asStatement = false,
): InlinedCall | undefined {
  const node = call.node;
  if (node?.type !== 'CallExpression' || node.optional === true) return undefined;
  const callee = isNode(node.callee) ? unwrapTypes(node.callee) : undefined;
  const binding = callee && context.resolution.bindingOf.get(callee);
  const candidate = binding && candidates.get(bindingLabel(context, binding));
  const body = candidate && inlinableBody(candidate.declaration, asStatement);
  const args = call.kids.find((k) => k.label === '[arguments]')?.kids;
  const pure = args?.every((a) => isPureRead(context, a)) === true;
  if (!candidate || !body || !args || !pure) return undefined;
  if (!globalsReadFirst(context, candidate, args, body)) return undefined;
  const substitutions = bindParameters(candidate, args);
  if (!substitutions) return undefined;
  const inner = { ...candidate.context, substitutions };
  const inlined = body.map((n) => canonicalize(inner, n)).filter((n): n is CanonicalNode => n !== undefined);
  return { name: String(binding?.name), inlined, ...(candidate.home ? { home: candidate.home } : {}) };
}

function bindParameters(
  candidate: FunctionCandidate,
  args: readonly CanonicalNode[],
): Map<Binding, CanonicalNode> | undefined {
  const params = (candidate.declaration.params as AstNode[]).filter(
    (p) => !(p.type === 'Identifier' && p.name === 'this'),
  );
  if (params.length !== args.length || !params.every((p) => p.type === 'Identifier')) return undefined;
  const substitutions = new Map<Binding, CanonicalNode>();
  params.forEach((param, i) => {
    const binding = candidate.context.resolution.bindingOf.get(param);
    if (binding && !binding.written) substitutions.set(binding, args[i] as CanonicalNode);
  });
  return substitutions.size === params.length ? substitutions : undefined;
}

function inlinableBody(declaration: AstNode, asStatement: boolean): AstNode[] | undefined {
  if (declaration.type !== 'FunctionDeclaration' || declaration.async === true || declaration.generator === true) {
    return undefined;
  }
  const statements = ((declaration.body as AstNode | null)?.body as AstNode[] | undefined) ?? [];
  if (usesContext(statements)) return undefined;
  if (asStatement) return statements.every((s) => s.type === 'ExpressionStatement') ? statements : undefined;
  const only = statements[0];
  if (statements.length !== 1 || only?.type !== 'ReturnStatement' || !isNode(only.argument)) return undefined;
  return [only.argument];
}

/**
 * Reading a literal or a name that is never reassigned has no effect and the same value anywhere in the
 * call. So does reading one of the language's built-in globals (`Object`, `Math`...) that the module
 * does not shadow, in code without `with` or direct `eval`; but only if it is read when the original
 * read it (see `globalsReadFirst`).
 */
function isPureRead(context: CanonicalContext, arg: CanonicalNode): boolean {
  const node = arg.node && unwrapTypes(arg.node);
  if (!node) return false;
  if (node.type === 'Literal') return true;
  if (node.type !== 'Identifier') return false;
  const binding = context.resolution.bindingOf.get(node);
  if (binding !== undefined) return !binding.written;
  return BUILT_IN_GLOBALS.has(String(node.name)) && !context.resolution.dynamic;
}

/**
 * A global argument is read before the call; the original read it in place, possibly after code that
 * could reassign it. The two agree when the parameter it binds is used once, as the first thing the
 * body evaluates (`m.round(a)`, `O.defineProperty(...)`): nothing runs between the two reads.
 */
function globalsReadFirst(
  context: CanonicalContext,
  candidate: FunctionCandidate,
  args: readonly CanonicalNode[],
  body: readonly AstNode[],
): boolean {
  const params = candidate.declaration.params as AstNode[];
  return args.every((arg, i) => {
    const node = arg.node && unwrapTypes(arg.node);
    if (node?.type !== 'Identifier' || context.resolution.bindingOf.has(node)) return true;
    const param = params[i];
    const binding = param && candidate.context.resolution.bindingOf.get(param);
    const uses = binding?.references.filter((ref) => ref !== param) ?? [];
    const first = firstEvaluated(body[0]);
    return uses.length === 1 && first !== undefined && uses[0] === first;
  });
}

/** The identifier an expression reads first: the leftmost operand of calls, members and operators. */
function firstEvaluated(node: AstNode | undefined): AstNode | undefined {
  let current = node && unwrapTypes(node);
  while (current) {
    if (current.type === 'Identifier') return current;
    const next =
      current.type === 'ExpressionStatement'
        ? current.expression
        : current.type === 'CallExpression'
          ? current.callee
          : current.type === 'MemberExpression'
            ? current.object
            : current.type === 'BinaryExpression' || current.type === 'LogicalExpression'
              ? current.left
              : undefined;
    current = isNode(next) ? unwrapTypes(next) : undefined;
  }
  return undefined;
}

/** Globals of the language itself (ECMA-262), not of a host: reading one runs nothing. */
const BUILT_IN_GLOBALS = new Set([
  'Object',
  'Array',
  'Function',
  'Boolean',
  'Number',
  'BigInt',
  'String',
  'Symbol',
  'Math',
  'JSON',
  'Reflect',
  'Promise',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Date',
  'RegExp',
  'Error',
  'TypeError',
  'RangeError',
  'ArrayBuffer',
  'DataView',
  'Uint8Array',
  'Proxy',
  'Intl',
]);

const CONTEXT_SENSITIVE = new Set(['ThisExpression', 'AwaitExpression', 'YieldExpression', 'Super', 'MetaProperty']);

/** True when code reads what depends on where it runs: `this`, `arguments`, `await`, `yield`, `super`. */
function usesContext(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(usesContext);
  if (!isNode(node)) return false;
  if (CONTEXT_SENSITIVE.has(node.type) || (node.type === 'Identifier' && node.name === 'arguments')) return true;
  return Object.entries(node).some(([key, value]) => key !== 'type' && typeof value === 'object' && usesContext(value));
}
