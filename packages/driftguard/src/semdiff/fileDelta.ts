import type { BehaviorChange, Refactoring, RefactoringKind } from './model.js';

/** What one file pair contributes to a semantic delta, gathered while comparing. */
export class FileDelta {
  readonly behaviorChanges: BehaviorChange[] = [];
  private readonly firsts = new Map<RefactoringKind, Refactoring>();
  private readonly renames: string[] = [];
  private renameLine = 0;

  constructor(readonly file: string) {}

  /** Records a behavior change on this file. */
  change(change: Omit<BehaviorChange, 'file'>): void {
    this.behaviorChanges.push({ file: this.file, ...change });
  }

  /** Records a behavior change located in another file (this file's when `file` is undefined). */
  changeIn(file: string | undefined, change: Omit<BehaviorChange, 'file'>): void {
    this.behaviorChanges.push({ file: file ?? this.file, ...change });
  }

  /** Records a refactoring; only the first of each kind is kept (renames are gathered into one line). */
  refactoring(kind: RefactoringKind, line: number, summary: string): void {
    if (!this.firsts.has(kind)) this.firsts.set(kind, { kind, file: this.file, line, summary });
  }

  /** Records binding renames (`old → new`) found at a line. */
  rename(pairs: readonly string[], line: number, symbol?: string): void {
    if (pairs.length === 0) return;
    if (this.renames.length === 0) this.renameLine = line;
    for (const pair of pairs) if (!this.renames.includes(pair)) this.renames.push(pair);
    if (symbol && !this.firsts.has('rename')) this.renameSymbol = symbol;
  }

  private renameSymbol: string | undefined;

  /** The refactorings, in a stable kind order. */
  refactorings(): Refactoring[] {
    const list = [...this.firsts.values()];
    if (this.renames.length > 0) {
      const shown =
        this.renames.slice(0, 6).join(', ') + (this.renames.length > 6 ? `, and ${this.renames.length - 6} more` : '');
      const where = this.renameSymbol ? ` in ${this.renameSymbol}` : '';
      list.push({ kind: 'rename', file: this.file, line: this.renameLine, summary: `renamed ${shown}${where}` });
    }
    return list.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  }
}

const KIND_ORDER: readonly RefactoringKind[] = [
  'rename',
  'move',
  'extract-function',
  'inline-function',
  'type-only',
  'literal-spelling',
  'import-reshuffle',
  'comment',
  'format',
];
