import ts from 'typescript';
import { allNodes, hasModuleScope } from '../syntaxTree.mjs';
import { applyEdits } from '../textEdits.mjs';
import { freshName } from './freshName.mjs';
import { singleFileService } from './languageService.mjs';

const PRIVATE_FIRST = 0.3;

/**
 * Renames one binding consistently, with the rename locations of the TypeScript language service
 * (scope-correct), expanding shorthand properties (`{ key }` becomes `{ key: renamed }`) and keeping
 * export names (`export { a as b }`): a parameter, a local variable, a module-private top-level
 * variable of a module (ES or CommonJS), or a `#private` class member. Skips names observable at
 * runtime: variables holding a function or class (their `.name`), exported declarations,
 * destructured names, parameter properties, and top-level names of scripts (globals).
 * @param {{ name: string, text: string }} file
 * @param {import('../../common/random.mjs').SeededRandom} random
 * @returns {{ text: string, summary: string } | undefined}
 */
export function renameLocal(file, random) {
  const { service, fileName, sourceFile } = singleFileService(file.name, file.text);
  const moduleFile = hasModuleScope(sourceFile);
  const nodes = allNodes(sourceFile);
  const bindings = random.shuffle(nodes.filter((node) => isRenamableBinding(node, moduleFile)));
  const privates = random.shuffle(nodes.filter(isPrivateMember));
  // #private members are few beside locals: give them their own chance to come first.
  const ordered = random.chance(PRIVATE_FIRST) ? [...privates, ...bindings] : [...bindings, ...privates];
  for (const declaration of ordered.slice(0, 8)) {
    const identifier = declaration.name;
    const locations = service.findRenameLocations(fileName, identifier.getStart(sourceFile), false, false, {
      providePrefixAndSuffixTextForRename: true,
    });
    if (!locations || locations.length < 2 || locations.some((l) => l.fileName !== fileName)) continue;
    const isPrivate = ts.isPrivateIdentifier(identifier);
    const renamed = `${isPrivate ? '#' : ''}${freshName(file.text, identifier.text, random)}`;
    const edits = locations.map((location) => ({
      start: location.textSpan.start,
      end: location.textSpan.start + location.textSpan.length,
      text: `${location.prefixText ?? ''}${renamed}${location.suffixText ?? ''}`,
    }));
    return { text: applyEdits(file.text, edits), summary: `${identifier.text} -> ${renamed}` };
  }
  return undefined;
}

/**
 * A parameter, or a variable bound by a plain identifier inside a function or, in a module, at the
 * top level unexported.
 */
function isRenamableBinding(node, moduleFile) {
  if (ts.isParameter(node)) {
    return ts.isIdentifier(node.name) && !ts.getModifiers(node)?.length && node.name.text !== 'this' && hasBody(node);
  }
  if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name)) return false;
  if (!insideFunction(node) && !(moduleFile && isUnexportedTopLevel(node))) return false;
  const init = node.initializer && skipParentheses(node.initializer);
  return !(init && (ts.isFunctionExpression(init) || ts.isArrowFunction(init) || ts.isClassExpression(init)));
}

/** A `#name` field, method or accessor of a class. */
function isPrivateMember(node) {
  return (
    (ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessor(node)) &&
    ts.isPrivateIdentifier(node.name)
  );
}

function isUnexportedTopLevel(declaration) {
  const statement = declaration.parent.parent;
  return (
    ts.isVariableStatement(statement) &&
    ts.isSourceFile(statement.parent) &&
    !ts
      .getModifiers(statement)
      ?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DeclareKeyword)
  );
}

function hasBody(parameter) {
  const owner = parameter.parent;
  return ts.isFunctionLike(owner) && 'body' in owner && owner.body !== undefined;
}

function insideFunction(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isFunctionLike(current)) return true;
  }
  return false;
}

function skipParentheses(node) {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current)) current = current.expression;
  return current;
}
