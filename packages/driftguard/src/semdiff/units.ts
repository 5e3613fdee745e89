import { declarationOf, hoistedVars, lexicalDeclarations } from './declaredNames.js';
import type { AstNode } from './parseModule.js';
import { isErased, isNode } from './syntaxRoles.js';

/** One top-level statement of a module, keyed by the names it declares (or its position when it declares none). */
export interface Unit {
  readonly key: string;
  /** The single module-level name it declares, when it declares exactly one. */
  readonly name: string | undefined;
  /** The statement as written (with `export`). */
  readonly statement: AstNode;
  /** The statement without its `export` wrapper: what is canonicalized. */
  readonly body: AstNode;
  /** False for function declarations: hoisted, they run nothing when the module evaluates. */
  readonly evaluates: boolean;
}

/** The import/export statements of a module: they form its interface, compared as sets. */
export interface ModuleShape {
  readonly units: Unit[];
  readonly interfaceStatements: AstNode[];
}

/** Splits a module into units and interface statements; TypeScript-only statements are left out. */
export function splitUnits(program: AstNode): ModuleShape {
  const units: Unit[] = [];
  const interfaceStatements: AstNode[] = [];
  let anonymous = 0;
  for (const statement of program.body as AstNode[]) {
    if (isErased(statement)) continue;
    if (isInterfaceStatement(statement)) {
      interfaceStatements.push(statement);
      continue;
    }
    const body = declarationOf(statement);
    const names = declaredNames(statement);
    const key = names.length > 0 ? names.join(',') : keyOfAnonymous(statement, anonymous++);
    const evaluates = body.type !== 'FunctionDeclaration';
    units.push({ key, name: names.length === 1 ? names[0] : undefined, statement, body, evaluates });
  }
  return { units, interfaceStatements };
}

function isInterfaceStatement(statement: AstNode): boolean {
  if (statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration') return true;
  return statement.type === 'ExportNamedDeclaration' && !isNode(statement.declaration);
}

function declaredNames(statement: AstNode): string[] {
  const ids = [...hoistedVars([statement]), ...lexicalDeclarations(statement)];
  const names = ids.map((id) => String(id.name));
  if (statement.type === 'ExportDefaultDeclaration') names.push('default');
  return [...new Set(names)];
}

function keyOfAnonymous(statement: AstNode, index: number): string {
  return `(${statement.type} ${index})`;
}
