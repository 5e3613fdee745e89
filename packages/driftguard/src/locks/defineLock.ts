import { resolve } from 'node:path';
import { compileLock } from './compile/compileLock.js';
import type { Lock } from './model.js';
import { sourceFromValue } from './source/fromValue.js';

/** A JSON value; strings may hold `${...}` references. */
export type JsonSpec = string | number | boolean | null | readonly JsonSpec[] | { readonly [key: string]: JsonSpec };

/** A value check: a plain value (equals) or one operator. */
export type CheckSpec =
  | JsonSpec
  | { readonly equals: JsonSpec }
  | { readonly matches: string }
  | { readonly 'same-as': string }
  | { readonly absent: true }
  | { readonly present: true }
  | { readonly count: number }
  | { readonly 'one-of': readonly JsonSpec[] };

/** A status (201), a class ('2xx'), or several. */
export type StatusSpec = number | string | readonly (number | string)[];

/** An HTTP request, as in YAML. */
export interface RequestSpecInput {
  readonly method?: string;
  readonly path: string;
  readonly target?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: JsonSpec;
  readonly body?: string;
  readonly sign?: {
    readonly secret: string;
    readonly header: string;
    readonly algorithm?: 'sha256' | 'sha1' | 'sha512';
    readonly payload?: string;
    readonly value?: string;
    readonly encoding?: 'hex' | 'base64';
  };
}

/** A request by name (under `requests`) or inline. */
export type RequestRef = string | RequestSpecInput;

/** Fields every step takes. */
interface CommonStepSpec {
  readonly name?: string;
  readonly because?: string;
  readonly always?: boolean;
}

/** A query's count bounds and result checks. */
interface QueryStepSpec extends CommonStepSpec {
  readonly count?: string;
  readonly equals?: number;
  readonly 'at-most'?: number;
  readonly 'at-least'?: number;
  readonly expect?: Readonly<Record<string, CheckSpec>>;
  readonly capture?: Readonly<Record<string, string>>;
}

/** A side effect, as declared under `side-effects`. */
export type SideEffectSpec =
  | { readonly sql: string; readonly count?: string }
  | { readonly http: RequestRef; readonly count?: string; readonly status?: StatusSpec };

/** One step, as in YAML: a request, an SQL or HTTP query, or an invariant. */
export type StepSpec =
  | (CommonStepSpec & {
      readonly request: RequestRef;
      readonly repeat?: number;
      readonly concurrent?: boolean;
      readonly expect?: {
        readonly status?: StatusSpec;
        readonly tolerate?: StatusSpec;
        readonly headers?: Readonly<Record<string, CheckSpec>>;
        readonly body?: Readonly<Record<string, CheckSpec>>;
      };
      readonly capture?: Readonly<Record<string, string>>;
      readonly snapshot?:
        | string
        | {
            readonly name: string;
            readonly select?: Readonly<Record<string, string>>;
            readonly ignore?: readonly string[];
            readonly consequence?: string;
          };
    })
  | (QueryStepSpec & { readonly sql: string })
  | (QueryStepSpec & { readonly http: RequestRef; readonly status?: StatusSpec })
  | {
      readonly idempotent: Readonly<Record<string, unknown>> & {
        readonly request: RequestRef;
        readonly identity: string;
      };
    }
  | { readonly 'no-duplicate-side-effect': string | { readonly 'side-effect': string; readonly equals?: number } }
  | { readonly 'webhook-dedup': Readonly<Record<string, unknown>> & { readonly request: RequestRef } }
  | {
      readonly 'retry-safe': Readonly<Record<string, unknown>> & {
        readonly request: RequestRef;
        readonly 'side-effect': string;
      };
    };

/** A lock written in TypeScript: the same fields as a `.lock.yaml` document. */
export interface LockSpec {
  readonly lock: string;
  readonly description?: string;
  readonly flow?: string | readonly string[];
  readonly flows?: readonly string[];
  readonly target?: string;
  readonly targets?: Readonly<Record<string, string>>;
  readonly database?: string;
  readonly vars?: Readonly<Record<string, JsonSpec>>;
  readonly requests?: Readonly<Record<string, RequestSpecInput>>;
  readonly 'side-effects'?: Readonly<Record<string, SideEffectSpec>>;
  readonly steps: readonly StepSpec[];
}

/** Types a lock written in TypeScript (`export default defineLock({...})` in `NAME.lock.ts`); it returns the spec as is. */
export function defineLock(spec: LockSpec): LockSpec {
  return spec;
}

/**
 * Compiles a TypeScript lock into the same model the YAML loader builds, with the same checks;
 * problems are a LockFileError naming `file` and the field path. `file` places its snapshots.
 */
export function compileLockSpec(spec: LockSpec, options: { readonly file: string; readonly shown?: string }): Lock {
  const shown = options.shown ?? options.file;
  return compileLock(sourceFromValue(spec, shown), { file: resolve(options.file), shown });
}
