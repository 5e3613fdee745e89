import { hoistedVars, lexicalDeclarations, patternIdentifiers } from './declaredNames.js';
import type { AstNode } from './parseModule.js';
import { type Binding, PrivateScope, Scope } from './scopes.js';
import { isAnonymousFunctionOrClass, isErased, isNameField, isNode, isRuntimeKey } from './syntaxRoles.js';

/** What scope analysis found: the binding of every resolved identifier, and the module's own bindings. */
export interface Resolution {
  readonly bindingOf: Map<AstNode, Binding>;
  readonly privateNameOf: Map<AstNode, string>;
  readonly moduleScope: Scope;
  /** True when `eval` or `with` makes name resolution dynamic: no rename can be proven. */
  readonly dynamic: boolean;
}

interface Walk {
  readonly resolution: Resolution & { dynamic: boolean };
  scope: Scope;
  privates: PrivateScope | undefined;
  classCount: number;
}

/** Resolves every identifier of a module to its binding (imports, module names, locals by slot). */
export function resolveScopes(program: AstNode): Resolution {
  const moduleScope = new Scope(undefined, true);
  const resolution = { bindingOf: new Map(), privateNameOf: new Map(), moduleScope, dynamic: false };
  const walk: Walk = { resolution, scope: moduleScope, privates: undefined, classCount: 0 };
  const body = program.body as AstNode[];
  for (const statement of body) declareImports(statement, moduleScope);
  declareIn(walk, [...hoistedVars(body), ...body.flatMap(lexicalDeclarations)]);
  for (const statement of body) visit(walk, statement, 'read');
  return resolution;
}

type Role = 'read' | 'callee' | 'write' | 'declare';
type Handler = (walk: Walk, node: AstNode, role: Role) => void;

function declareImports(statement: AstNode, scope: Scope): void {
  if (statement.type !== 'ImportDeclaration' || isErased(statement)) return;
  const source = String((statement.source as AstNode).value);
  for (const spec of statement.specifiers as AstNode[]) {
    if (isErased(spec)) continue;
    const imported = IMPORTED_NAME[spec.type]?.(spec) ?? '*';
    const local = spec.local as AstNode;
    scope.declare(String(local.name), { kind: 'import', source, imported });
  }
}

const IMPORTED_NAME: Readonly<Record<string, (spec: AstNode) => string>> = {
  ImportDefaultSpecifier: () => 'default',
  ImportNamespaceSpecifier: () => '*',
  ImportSpecifier: (spec) => {
    const imported = spec.imported as AstNode;
    return String(imported.name ?? imported.value);
  },
};

function declareIn(walk: Walk, identifiers: readonly AstNode[]): void {
  for (const id of identifiers) walk.scope.declare(String(id.name));
}

function visit(walk: Walk, node: unknown, role: Role): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(walk, item, role);
    return;
  }
  if (!isNode(node) || isErased(node)) return;
  (HANDLERS[node.type] ?? visitFields)(walk, node, role);
}

function visitFields(walk: Walk, node: AstNode, _role: Role): void {
  for (const key in node) {
    if (!isRuntimeKey(node, key)) continue;
    const value = node[key];
    if (isNameField(node, key) && !(isNode(value) && value.type === 'PrivateIdentifier')) continue;
    visit(walk, value, roleOf(node, key));
  }
}

/** Only a plain call hides a function's name; `new F()` exposes it as `instance.constructor.name`. */
function roleOf(parent: AstNode, key: string): Role {
  if ((key === 'callee' && parent.type === 'CallExpression') || key === 'tag') return 'callee';
  if (key === 'left' && (parent.type === 'AssignmentExpression' || parent.type === 'AssignmentPattern')) return 'write';
  if (key === 'id' || key === 'params' || key === 'param') return 'declare';
  return 'read';
}

function inScope(walk: Walk, scope: Scope, body: () => void): void {
  const outer = walk.scope;
  walk.scope = scope;
  try {
    body();
  } finally {
    walk.scope = outer;
  }
}

function reference(walk: Walk, node: AstNode, role: Role): void {
  const binding = walk.scope.lookup(String(node.name));
  if (node.name === 'eval') walk.resolution.dynamic = true;
  if (!binding) return;
  walk.resolution.bindingOf.set(node, binding);
  binding.references.push(node);
  if (role === 'read') binding.readAsValue = true;
  if (role === 'write') binding.written = true;
}

function visitFunction(walk: Walk, node: AstNode): void {
  const outer = new Scope(walk.scope);
  if (node.type === 'FunctionExpression' && isNode(node.id)) markOwnName(outer.declare(String(node.id.name)));
  if (node.type === 'FunctionDeclaration') declareSelf(walk, node.id);
  inScope(walk, outer, () => {
    if (node.type === 'FunctionExpression') visit(walk, node.id, 'declare');
    const scope = new Scope(outer);
    inScope(walk, scope, () => {
      const params = (node.params as AstNode[]).filter((p) => !isErased(p));
      declareIn(
        walk,
        params.flatMap((p) => patternIdentifiers(p)),
      );
      const body = node.body;
      const statements = isNode(body) && body.type === 'BlockStatement' ? (body.body as AstNode[]) : [];
      declareIn(walk, [...hoistedVars(statements), ...statements.flatMap(lexicalDeclarations)]);
      visit(walk, node.params, 'declare');
      visit(walk, isNode(body) && body.type === 'BlockStatement' ? statements : body, 'read');
    });
  });
}

/** A block declaring nothing opens no scope: `if (c) { f(); }` resolves exactly like `if (c) f();`. */
function visitBlock(walk: Walk, node: AstNode, statements: AstNode[]): void {
  if (statements.flatMap(lexicalDeclarations).length === 0) {
    visitFields(walk, node, 'read');
    return;
  }
  const scope = new Scope(walk.scope);
  inScope(walk, scope, () => {
    declareIn(walk, statements.flatMap(lexicalDeclarations));
    visitFields(walk, node, 'read');
  });
}

function visitClass(walk: Walk, node: AstNode): void {
  visit(walk, node.decorators, 'read');
  if (node.type === 'ClassDeclaration') declareSelf(walk, node.id);
  const declared = isNode(node.id) ? walk.resolution.bindingOf.get(node.id) : undefined;
  if (declared && node.type === 'ClassDeclaration') declared.readAsValue = true;
  visit(walk, node.superClass, 'read');
  const scope = new Scope(walk.scope);
  if (node.type === 'ClassExpression' && isNode(node.id)) markOwnName(scope.declare(String(node.id.name)));
  const privates = new PrivateScope(walk.privates, walk.classCount++);
  for (const member of (node.body as AstNode).body as AstNode[]) {
    const key = member.key;
    if (isNode(key) && key.type === 'PrivateIdentifier' && !privates.names.has(String(key.name))) {
      privates.names.set(String(key.name), `#${privates.classIndex}.${privates.names.size}`);
    }
  }
  const outerPrivates = walk.privates;
  walk.privates = privates;
  inScope(walk, scope, () => {
    if (node.type === 'ClassExpression') visit(walk, node.id, 'declare');
    visit(walk, node.body, 'read');
  });
  walk.privates = outerPrivates;
}

const HANDLERS: Readonly<Record<string, Handler>> = {
  Identifier: reference,
  JSXIdentifier: (walk, node, role) => {
    if (/^[A-Z_$]/.test(String(node.name))) reference(walk, node, role);
  },
  PrivateIdentifier: (walk, node) => {
    walk.resolution.privateNameOf.set(node, walk.privates?.resolve(String(node.name)) ?? `#${String(node.name)}`);
  },
  FunctionDeclaration: visitFunction,
  FunctionExpression: visitFunction,
  ArrowFunctionExpression: visitFunction,
  ClassDeclaration: visitClass,
  ClassExpression: visitClass,
  BlockStatement: (walk, node) => visitBlock(walk, node, node.body as AstNode[]),
  StaticBlock: (walk, node) => {
    const scope = new Scope(walk.scope);
    inScope(walk, scope, () => {
      const statements = node.body as AstNode[];
      declareIn(walk, [...hoistedVars(statements), ...statements.flatMap(lexicalDeclarations)]);
      visitFields(walk, node, 'read');
    });
  },
  ForStatement: (walk, node) => visitBlock(walk, node, isNode(node.init) ? [node.init] : []),
  ForInStatement: (walk, node) => visitBlock(walk, node, [node.left as AstNode]),
  ForOfStatement: (walk, node) => visitBlock(walk, node, [node.left as AstNode]),
  SwitchStatement: (walk, node) => {
    visit(walk, node.discriminant, 'read');
    const cases = node.cases as AstNode[];
    visitBlock(
      walk,
      { type: 'SwitchBody', start: node.start, end: node.end, cases },
      cases.flatMap((c) => c.consequent as AstNode[]),
    );
  },
  CatchClause: (walk, node) => {
    const scope = new Scope(walk.scope);
    inScope(walk, scope, () => {
      declareIn(walk, patternIdentifiers(node.param));
      visitFields(walk, node, 'read');
    });
  },
  WithStatement: (walk, node, role) => {
    walk.resolution.dynamic = true;
    visitFields(walk, node, role);
  },
  VariableDeclarator: (walk, node) => {
    visit(walk, node.id, 'declare');
    visit(walk, node.init, 'read');
    markFunctionHolder(walk, node.id, node.init);
  },
  AssignmentExpression: (walk, node) => {
    visit(walk, node.left, 'write');
    visit(walk, node.right, 'read');
    if (node.operator === '=') markFunctionHolder(walk, node.left, node.right);
  },
  AssignmentPattern: (walk, node, role) => {
    visit(walk, node.left, role === 'read' ? 'write' : role);
    visit(walk, node.right, 'read');
    markFunctionHolder(walk, node.left, node.right);
  },
  // An import only declares its names: reading one as a value is a reference elsewhere.
  ImportDeclaration: (walk, node) => {
    for (const spec of node.specifiers as AstNode[]) visit(walk, spec.local, 'declare');
  },
  ExportNamedDeclaration: (walk, node) => {
    if (isNode(node.source)) return;
    visitFields(walk, node, 'read');
  },
  ExportDefaultDeclaration: (walk, node) => visit(walk, node.declaration, 'read'),
  TSEnumDeclaration: (walk, node) => visit(walk, node.body ?? node.members, 'read'),
  TSModuleDeclaration: (walk, node) => visit(walk, node.body, 'read'),
  TSModuleBlock: (walk, node) => visitBlock(walk, node, node.body as AstNode[]),
};

/** A function or class expression's own name is its `.name`, seen by whoever holds the value. */
function markOwnName(binding: Binding): void {
  binding.holdsFunction = true;
  binding.readAsValue = true;
}

function declareSelf(walk: Walk, id: unknown): void {
  if (!isNode(id)) return;
  visit(walk, id, 'declare');
  const binding = walk.resolution.bindingOf.get(id);
  if (binding) binding.holdsFunction = true;
}

function markFunctionHolder(walk: Walk, target: unknown, value: unknown): void {
  if (!isNode(target) || target.type !== 'Identifier' || !isAnonymousFunctionOrClass(value)) return;
  const binding = walk.resolution.bindingOf.get(target);
  if (binding) binding.holdsFunction = true;
}
