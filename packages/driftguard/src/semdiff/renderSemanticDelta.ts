import pc from 'picocolors';
import type { Change } from '../change/index.js';
import { LineIndex } from './lineIndex.js';
import type { BehaviorChange, SemanticDelta } from './model.js';

/** How the text view is drawn. */
export interface RenderSemanticDeltaOptions {
  readonly color: boolean;
  /** Lines of context around each behavior change (default 2). */
  readonly context?: number;
}

/**
 * The text view: the verdict, then each behavior change with a code frame of its lines, then one line
 * per refactoring, per unsupported file and per changed test file. Reads the frames' sources from the change's trees.
 */
export async function renderSemanticDeltaText(
  delta: SemanticDelta,
  change: Change,
  options: RenderSemanticDeltaOptions,
): Promise<string> {
  const colors = pc.createColors(options.color);
  const out: string[] = [`semdiff: ${colors.bold(delta.verdict)}`];
  const sources = await readSources(delta.behaviorChanges, change);
  if (delta.behaviorChanges.length > 0) out.push('', colors.bold(`Behavior changes (${delta.behaviorChanges.length})`));
  for (const item of delta.behaviorChanges) {
    const reason = item.reason && item.reason !== 'changed' ? ` [${item.reason}]` : '';
    const range = item.endLine > item.line ? `${item.line}-${item.endLine}` : `${item.line}`;
    const side = item.side === 'before' ? ' (before)' : '';
    out.push(`  ${colors.red('●')} ${item.file}:${range}${side}  ${item.summary}${reason}`);
    const source = sources.get(`${item.side}:${item.file}`);
    if (source !== undefined) out.push(...codeFrame(new LineIndex(source), item, options.context ?? 2, colors));
  }
  if (delta.refactorings.length > 0) out.push('', colors.bold(`Refactorings (${delta.refactorings.length})`));
  for (const item of delta.refactorings)
    out.push(`  ${colors.green('✓')} ${item.kind}  ${item.file}:${item.line}  ${item.summary}`);
  if (delta.unsupported.length > 0) out.push('', colors.bold(`Unsupported (${delta.unsupported.length})`));
  for (const item of delta.unsupported) out.push(`  ${colors.yellow('?')} ${item.file}  ${item.reason}`);
  out.push(...testChangeLines(delta.testChanges, colors));
  return `${out.join('\n')}\n`;
}

/** Test code's differences, one line per file: the reviewer sees the tests moved, not each assertion. */
function testChangeLines(changes: readonly BehaviorChange[], colors: ReturnType<typeof pc.createColors>): string[] {
  if (changes.length === 0) return [];
  const perFile = new Map<string, number>();
  for (const item of changes) perFile.set(item.file, (perFile.get(item.file) ?? 0) + 1);
  const lines = ['', colors.bold(`Test code changed (${changes.length}; not part of the verdict)`)];
  for (const [file, count] of perFile) {
    lines.push(`  ${colors.dim('~')} ${file}  ${count} ${count === 1 ? 'difference' : 'differences'}`);
  }
  return lines;
}

async function readSources(changes: readonly BehaviorChange[], change: Change): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  for (const side of ['after', 'before'] as const) {
    const files = [...new Set(changes.filter((c) => c.side === side).map((c) => c.file))];
    const tree = side === 'after' ? change.head : change.base;
    const read = await tree.readMany(files).catch(() => new Map<string, string>());
    for (const [file, text] of read) sources.set(`${side}:${file}`, text);
  }
  return sources;
}

function codeFrame(
  lines: LineIndex,
  item: BehaviorChange,
  context: number,
  colors: ReturnType<typeof pc.createColors>,
): string[] {
  const first = Math.max(1, item.line - context);
  const lineCount = lines.source.endsWith('\n') ? lines.lineCount - 1 : lines.lineCount;
  const last = Math.min(lineCount, Math.min(item.endLine, item.line + 8) + context);
  const width = String(last).length;
  const frame: string[] = [];
  for (let line = first; line <= last; line++) {
    const marked = line >= item.line && line <= item.endLine;
    const gutter = `${marked ? '>' : ' '} ${String(line).padStart(width)} |`;
    frame.push(`      ${marked ? colors.red(gutter) : colors.dim(gutter)} ${lines.lineText(line)}`);
  }
  return frame;
}
