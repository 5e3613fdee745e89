import ts from 'typescript';
import { lineOf, parseSource } from '../parseSource.mjs';
import { allNodes, isErased } from '../syntaxTree.mjs';
import { applyEdits } from '../textEdits.mjs';
import { MUTATORS } from './mutators.mjs';

/**
 * @typedef {object} Mutation
 * @property {string} kind a mutator's kind, e.g. `boundary`
 * @property {string} file the mutated file's name
 * @property {number} line the 1-based line of the mutation in the mutated (after) file
 * @property {string} summary what changed, e.g. `<= became <`
 * @property {number} [beforeLine] for a removed statement, its line in the before file when it can be
 *   found there unambiguously (set by the generator), since an engine may report a pure deletion on
 *   the before side
 */

/**
 * Applies exactly one Stryker-style mutation to a file, at a runtime position: never inside a type,
 * an ambient declaration, a `const enum`, an import or export declaration, or a directive. The
 * mutator is drawn first (so rare kinds are not drowned by literals), then the site.
 * @param {{ name: string, text: string }} file
 * @param {import('../../common/random.mjs').SeededRandom} random
 * @returns {{ text: string, mutation: Mutation, replaced: string } | undefined} `replaced` is the original text
 *   the mutation overwrote
 */
export function applyMutation(file, random) {
  const { sourceFile } = parseSource(file.name, file.text);
  const nodes = allNodes(sourceFile).filter((node) => isRuntimeCode(node));
  for (const mutator of random.shuffle(MUTATORS)) {
    const sites = nodes.filter((node) => mutator.fits(node, sourceFile));
    if (sites.length === 0) continue;
    const site = random.pick(sites);
    const edit = mutator.mutate(site, sourceFile);
    const text = applyEdits(file.text, [edit]);
    if (parseSource(file.name, text).errors > 0) continue;
    const original = file.text.slice(edit.start, edit.end).replace(/\s+/g, ' ').slice(0, 60);
    const summary = `${mutator.kind}: \`${original}\` became \`${edit.text.replace(/\s+/g, ' ').slice(0, 60)}\``;
    const mutation = { kind: mutator.kind, file: file.name, line: lineOf(sourceFile, edit.start), summary };
    return { text, mutation, replaced: file.text.slice(edit.start, edit.end) };
  }
  return undefined;
}

function isRuntimeCode(node) {
  if (isErased(node)) return false;
  for (let current = node; current; current = current.parent) {
    if (ts.isImportDeclaration(current) || ts.isExportDeclaration(current) || ts.isImportEqualsDeclaration(current))
      return false;
    if (ts.isEnumDeclaration(current) && ts.getModifiers(current)?.some((m) => m.kind === ts.SyntaxKind.ConstKeyword))
      return false;
  }
  return true;
}
