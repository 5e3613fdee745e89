import { bindingLabel, type CanonicalContext } from './canonicalize.js';
import type { AstNode } from './parseModule.js';
import { isErased, isNode } from './syntaxRoles.js';

/** One fact of a module's interface (a module it evaluates, a name it exports) and the statement that states it. */
export interface InterfaceFact {
  readonly fact: string;
  readonly statement: AstNode;
}

/**
 * The interface facts of a module: modules evaluated (a set: reordering binding imports is a reshuffle),
 * side-effect imports in order (their order is evaluation order), and exported names with what they bind.
 */
export function interfaceFacts(
  context: CanonicalContext,
  statements: readonly AstNode[],
  units: readonly AstNode[],
): InterfaceFact[] {
  const facts: InterfaceFact[] = [];
  let sideEffectIndex = 0;
  for (const statement of statements) {
    const source = isNode(statement.source) ? String(statement.source.value) : undefined;
    if (source !== undefined) facts.push({ fact: `evaluates ${source}`, statement });
    if (statement.type === 'ImportDeclaration' && (statement.specifiers as unknown[]).length === 0) {
      facts.push({ fact: `side-effect import #${sideEffectIndex++}: ${source}`, statement });
    }
    for (const spec of (statement.specifiers as AstNode[] | undefined) ?? []) {
      if (statement.type === 'ExportNamedDeclaration' && !isErased(spec))
        facts.push({ fact: exportFact(context, spec, source), statement });
    }
    if (statement.type === 'ExportAllDeclaration') {
      facts.push({ fact: `exports ${nameOf(statement.exported) ?? '*'} = * from ${source}`, statement });
    }
  }
  for (const unit of units) {
    if (unit.type !== 'ExportNamedDeclaration') continue;
    for (const name of declaredByExport(unit)) facts.push({ fact: `exports ${name} = ${name}`, statement: unit });
  }
  return facts;
}

function exportFact(context: CanonicalContext, spec: AstNode, source: string | undefined): string {
  const exported = nameOf(spec.exported) ?? '?';
  const localName = nameOf(spec.local) ?? '?';
  if (source !== undefined) return `exports ${exported} = ${localName} from ${source}`;
  const binding = isNode(spec.local) ? context.resolution.bindingOf.get(spec.local) : undefined;
  return `exports ${exported} = ${binding ? bindingLabel(context, binding) : `global:${localName}`}`;
}

function nameOf(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  return String(node.name ?? node.value);
}

function declaredByExport(statement: AstNode): string[] {
  const declaration = statement.declaration;
  if (!isNode(declaration)) return [];
  if (declaration.type === 'VariableDeclaration') {
    return (declaration.declarations as AstNode[]).flatMap((d) =>
      isNode(d.id) && d.id.name ? [String(d.id.name)] : [],
    );
  }
  const id = declaration.id;
  return isNode(id) && id.name ? [String(id.name)] : [];
}
