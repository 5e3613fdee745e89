import { loadCandidate } from './candidates.mjs';

/**
 * How each parser treats a file that does not parse: does it throw, or report errors and hand back a
 * partial AST (and how many top-level statements it kept)? The semantic diff must report such a
 * file, never crash on it, so either is workable; recovery only decides how much we can still say.
 */

/** Broken sources; each has three top-level statements when read charitably. */
export const BROKEN = {
  'missing expression': 'let a = "😀";\nconst b = ;\nexport function f() { return a; }\n',
  'unclosed brace': 'let a = 1;\nexport function f() {\n  return a;\n\nexport const g = 2;\n',
  'duplicate let (early error)': 'let x = 1;\nlet x = 2;\nexport { x };\n',
};

function topLevelCount(name, ast) {
  if (name === 'typescript') return ast.statements.length;
  return ast.program?.body.length ?? ast.body.length;
}

/**
 * Feeds every broken source to one candidate.
 * @returns {Promise<Array<{ name: string, case: string, outcome: string }>>}
 */
export async function probeSyntaxErrors(name) {
  const candidate = await loadCandidate(name);
  return Object.entries(BROKEN).map(([label, text]) => {
    try {
      const { ast, errors } = candidate.parse('broken.ts', text);
      const outcome =
        errors > 0 ? `${errors} error(s), ${topLevelCount(name, ast)} statements kept` : 'accepted, no error';
      return { name, case: label, outcome };
    } catch (error) {
      return { name, case: label, outcome: `throws: ${error.message.split('\n')[0].slice(0, 60)}` };
    }
  });
}

/**
 * Whether oxc-parser's error labels are UTF-16 offsets too: the error after the emoji in
 * "missing expression" should point at the `;` after `const b =`.
 */
export async function oxcErrorOffsetUnit() {
  const { parseSync } = await import('oxc-parser');
  const text = BROKEN['missing expression'];
  const label = parseSync('broken.ts', text).errors[0]?.labels[0];
  if (!label) return 'no label';
  const expected = text.indexOf('= ;') + 2;
  if (label.start === expected) return `UTF-16 (label at ${label.start})`;
  if (label.start === Buffer.byteLength(text.slice(0, expected))) return `UTF-8 bytes (label at ${label.start})`;
  return `unclear (label at ${label.start}, UTF-16 ${expected})`;
}
