import type { AstNode } from './parseModule.js';
import { isErased, isNode } from './syntaxRoles.js';

/**
 * `x => { return e; }` spelled `x => e`: the same function, compared in the shorter form (the common
 * one, so most arrows are read as they are). An object literal keeps its meaning in either form:
 * `() => { return { a }; }` returns it like `() => ({ a })`, while `() => { a }` is a block with a label.
 */
export function withExpressionBody(arrow: AstNode): AstNode {
  const body = arrow.body;
  if (arrow.expression === true || !isNode(body) || body.type !== 'BlockStatement') return arrow;
  const statements = body.body as AstNode[];
  const [only] = statements;
  if (statements.length !== 1 || only?.type !== 'ReturnStatement' || !isNode(only.argument)) return arrow;
  return { ...arrow, expression: true, body: only.argument };
}

/** The statement fields whose braces are optional: `if (c) { s }` runs exactly like `if (c) s`. */
const BODY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  IfStatement: ['consequent', 'alternate'],
  ForStatement: ['body'],
  ForInStatement: ['body'],
  ForOfStatement: ['body'],
  WhileStatement: ['body'],
  DoWhileStatement: ['body'],
};

/**
 * The statement with each braced body that holds exactly one statement declaring nothing unwrapped to
 * that statement. A block holding a `let`, `const`, `class`, `function` or `using` declaration scopes
 * it, so it is kept (scope resolution opens no scope for a block declaring nothing, so names inside
 * resolve alike in both spellings).
 */
export function withoutRedundantBraces(statement: AstNode): AstNode {
  const fields = BODY_FIELDS[statement.type];
  if (!fields) return statement;
  let result = statement;
  for (const field of fields) {
    const block = statement[field];
    if (!isNode(block) || block.type !== 'BlockStatement') continue;
    const inner = (block.body as AstNode[]).filter((s) => !isErased(s));
    const [only] = inner;
    if (inner.length !== 1 || !only || (block.body as AstNode[]).length !== 1 || declares(only)) continue;
    result = { ...result, [field]: only };
  }
  return result;
}

function declares(statement: AstNode): boolean {
  return /Declaration$/.test(statement.type) || statement.type.startsWith('TS');
}
