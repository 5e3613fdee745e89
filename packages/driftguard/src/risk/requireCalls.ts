import type { CallExpression, Expression, ImportExpression, Program, TSImportEqualsDeclaration } from 'oxc-parser';
import { Visitor } from 'oxc-parser';

/**
 * Specifiers of `require('…')` calls, TS `import x = require('…')` (not `import type x = …`), and
 * `import('…')` whose literal holds escapes, found by walking the AST. Only literal arguments count.
 */
export function requireCalls(program: Program): string[] {
  const found: string[] = [];
  const add = (node: Expression | undefined | null): void => {
    const value = staticString(node);
    if (value !== undefined) found.push(value);
  };
  new Visitor({
    CallExpression(node: CallExpression) {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require') add(firstArgument(node));
    },
    TSImportEqualsDeclaration(node: TSImportEqualsDeclaration) {
      const reference = node.moduleReference;
      if (node.importKind === 'value' && reference.type === 'TSExternalModuleReference') add(reference.expression);
    },
    ImportExpression(node: ImportExpression) {
      add(node.source);
    },
  }).visit(program);
  return found;
}

function firstArgument(node: CallExpression): Expression | undefined {
  const first = node.arguments[0];
  return first && first.type !== 'SpreadElement' ? first : undefined;
}

/** The value of a string literal, or of a template literal without substitutions. */
function staticString(node: Expression | undefined | null): string | undefined {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}
