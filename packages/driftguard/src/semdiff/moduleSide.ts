import { LineIndex } from './lineIndex.js';
import { type AstNode, parseModule, type SourceComment } from './parseModule.js';
import { type Resolution, resolveScopes } from './resolveScopes.js';
import { type ModuleShape, splitUnits } from './units.js';

/** One side of a file pair, analyzed: its syntax tree, scopes, units and line index. */
export interface ModuleSide {
  readonly source: string;
  readonly program: AstNode;
  readonly resolution: Resolution;
  readonly shape: ModuleShape;
  readonly lines: LineIndex;
  readonly comments: readonly SourceComment[];
}

/** A side that did not parse: the message and the 1-based line of the first syntax error. */
export interface UnparsedSide {
  readonly message: string;
  readonly line: number;
}

/** Parses and analyzes one side of a file pair. */
export function analyzeModule(path: string, source: string): ModuleSide | UnparsedSide {
  const lines = new LineIndex(source);
  const parsed = parseModule(path, source);
  if (!parsed.ok) return { message: parsed.message, line: lines.lineOf(parsed.offset) };
  const program = parsed.program;
  const { comments } = parsed;
  return { source, program, resolution: resolveScopes(program), shape: splitUnits(program), lines, comments };
}

/** True when the side parsed. */
export function isAnalyzed(side: ModuleSide | UnparsedSide): side is ModuleSide {
  return 'program' in side;
}
