import { extractFunction } from './extract.mjs';
import { inlineConstant } from './inline.mjs';
import { moveFunctionToFile } from './moveToFile.mjs';
import { reformat } from './reformat.mjs';
import { renameLocal } from './rename.mjs';
import { sameRuntimeCode } from './sameRuntimeCode.mjs';
import { typeOnlyEdit } from './typeOnly.mjs';

/**
 * The refactorings a case is made of. Each takes `{ name, text }` and a seeded random source and
 * returns the refactored text and a summary (and, for `move`, the added file), or undefined when
 * the file has no safe site. `checked` ones are also verified by compiling both sides (see
 * sameRuntimeCode.mjs). `weight` favours the kinds that fit fewer files, so each kind gets enough cases.
 * @type {{ kind: string, apply: Function, checked: boolean, weight: number }[]}
 */
export const REFACTORINGS = [
  { kind: 'rename', apply: renameLocal, checked: false, weight: 1 },
  { kind: 'reformat', apply: reformat, checked: true, weight: 1 },
  { kind: 'type-only', apply: typeOnlyEdit, checked: true, weight: 4 },
  { kind: 'extract', apply: extractFunction, checked: false, weight: 2 },
  { kind: 'inline', apply: inlineConstant, checked: false, weight: 6 },
  { kind: 'move', apply: moveFunctionToFile, checked: false, weight: 2 },
];

export { sameRuntimeCode };
