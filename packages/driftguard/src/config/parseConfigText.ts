import { type ParseError, parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import { InputError } from '../errors/index.js';

/** `line:col` (1-based) of a character offset in `text`. */
export function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `${line}:${col}`;
}

/** Parses a JSON config (comments allowed); a syntax error names `file:line:col`. */
export function parseJsonConfig(text: string, file: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    throw new InputError(
      'config/syntax',
      `${file}:${lineCol(text, first.offset)}: ${printParseErrorCode(first.error)}`,
    );
  }
  return value;
}

/** Parses a YAML config; a syntax error names `file:line:col`. */
export function parseYamlConfig(text: string, file: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const where = pos ? `:${pos.line}:${pos.col}` : '';
    const message = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError('config/syntax', `${file}${where}: ${message}`);
  }
  return doc.toJS();
}
