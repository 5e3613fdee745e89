import { randomBytes, randomUUID } from 'node:crypto';
import type { Lookup, VariableRef } from '../template.js';
import { LockRunError } from './LockRunError.js';
import type { RenderedRequest } from './renderRequest.js';

/** The environment variables a run may read. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The variables of one run of one lock: declared and captured values, fresh unique values (the
 * same name gives the same value within the run, a new one in the next run), the environment, and
 * the named requests rendered so far (resent as the same bytes).
 */
export class RunScope {
  readonly #values = new Map<string, unknown>();
  readonly #unique = new Map<string, string>();
  readonly #uuids: string[] = [];
  readonly #token = randomBytes(8).readBigUInt64BE().toString(36).padStart(13, '0').slice(0, 12);
  /** Named requests rendered in this run, by name. */
  readonly rendered = new Map<string, RenderedRequest>();

  constructor(readonly env: Environment) {}

  set(name: string, value: unknown): void {
    this.#values.set(name, value);
  }

  has(name: string): boolean {
    return this.#values.has(name);
  }

  /** Resolves a reference; `extra` adds names for one rendering (a signature's `${timestamp}`). */
  lookup(extra?: ReadonlyMap<string, unknown>): Lookup {
    return (ref: VariableRef) => this.#resolve(ref, extra);
  }

  /** Every generated value with the placeholder that names it, for normalizing snapshots. */
  generated(): Map<string, string> {
    const placeholders = new Map<string, string>();
    for (const [name, value] of this.#unique) placeholders.set(value, `\${unique.${name}}`);
    for (const value of this.#uuids) placeholders.set(value, `\${uuid}`);
    return placeholders;
  }

  #resolve(ref: VariableRef, extra: ReadonlyMap<string, unknown> | undefined): unknown {
    if (extra?.has(ref.name)) return extra.get(ref.name);
    if (ref.name === 'uuid') {
      const value = randomUUID();
      this.#uuids.push(value);
      return value;
    }
    if (ref.name.startsWith('unique.')) return this.#uniqueValue(ref.name.slice('unique.'.length));
    if (ref.name.startsWith('env.')) {
      const variable = ref.name.slice('env.'.length);
      const value = this.env[variable];
      if (value !== undefined && value !== '') return value;
      if (ref.fallback !== undefined) return ref.fallback;
      throw new LockRunError(
        `environment variable ${variable} is not set (write \${env.${variable}:-default} for a default)`,
      );
    }
    if (this.#values.has(ref.name)) return this.#values.get(ref.name);
    throw new LockRunError(`variable \${${ref.name}} has no value yet (the step that captures it did not run)`);
  }

  #uniqueValue(name: string): string {
    let value = this.#unique.get(name);
    if (value === undefined) {
      value = `${name}-${this.#token}`;
      this.#unique.set(name, value);
    }
    return value;
  }
}
