import type { AstNode } from './parseModule.js';

/** Where a binding lives: the module's top level, an import, or inside a function or block. */
export type BindingKind = 'module' | 'import' | 'local';

/** One declared name and what the rest of the diff needs to know about it. */
export interface Binding {
  readonly name: string;
  readonly kind: BindingKind;
  /** `depth.index` for locals: the same on both sides when only the names differ. */
  readonly slot: string;
  /** The scope that declares it, and its position there. */
  readonly scope: Scope;
  readonly index: number;
  /** For imports: the module specifier and the imported name (`default`, `*`, or a named export). */
  readonly source?: string;
  readonly imported?: string;
  /** True when the binding may hold a function or class that takes its name from the binding. */
  holdsFunction: boolean;
  /** True when a reference reads it as a value (not only calls or constructs it): its name is observable. */
  readAsValue: boolean;
  /** True when it is assigned after its declaration. */
  written: boolean;
  /** Identifier nodes that refer to it (declarations included). */
  readonly references: AstNode[];
}

/** A lexical scope: its bindings by name and its parent. */
export class Scope {
  readonly bindings = new Map<string, Binding>();
  readonly depth: number;

  constructor(
    readonly parent: Scope | undefined,
    readonly isModule = false,
  ) {
    this.depth = parent ? parent.depth + 1 : 0;
  }

  /** Declares a name here (a second declaration of the same name reuses the first binding). */
  declare(name: string, extra: { kind?: BindingKind; source?: string; imported?: string } = {}): Binding {
    const existing = this.bindings.get(name);
    if (existing) return existing;
    const kind = extra.kind ?? (this.isModule ? 'module' : 'local');
    const binding: Binding = {
      name,
      kind,
      slot: `${this.depth}.${this.bindings.size}`,
      scope: this,
      index: this.bindings.size,
      ...(extra.source !== undefined ? { source: extra.source } : {}),
      ...(extra.imported !== undefined ? { imported: extra.imported } : {}),
      holdsFunction: false,
      readAsValue: false,
      written: false,
      references: [],
    };
    this.bindings.set(name, binding);
    return binding;
  }

  /** The binding a name refers to from here, or undefined for a global. */
  lookup(name: string): Binding | undefined {
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      const found = scope.bindings.get(name);
      if (found) return found;
    }
    return undefined;
  }
}

/** `#private` names of the classes around a point, innermost first. */
export class PrivateScope {
  readonly names = new Map<string, string>();

  constructor(
    readonly parent: PrivateScope | undefined,
    readonly classIndex: number,
  ) {}

  /** The canonical name of `#name`, or the name itself when no enclosing class declares it. */
  resolve(name: string): string {
    for (let scope: PrivateScope | undefined = this; scope; scope = scope.parent) {
      const found = scope.names.get(name);
      if (found) return found;
    }
    return `#${name}`;
  }
}
