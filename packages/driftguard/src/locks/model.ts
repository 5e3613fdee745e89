import type { Position } from './source/SourceNode.js';
import type { NamedSql } from './sqlParams.js';
import type { JsonTemplate, Template } from './template.js';

/** A loaded lock file: its path and the locks it declares (one per YAML document). */
export interface LockFile {
  readonly file: string;
  readonly locks: readonly Lock[];
}

/**
 * One behavior lock: named steps run in order against a service (and its database), each with
 * expectations; invariants are already expanded into steps. Built from YAML or from TypeScript.
 */
export interface Lock {
  readonly name: string;
  readonly description?: string;
  /** The business flows this lock guards (`orders`, `payments`), for gate coverage. */
  readonly flows: readonly string[];
  /** Absolute path of the file that declares it. */
  readonly file: string;
  readonly position: Position;
  /** Base URLs by target name; `default` serves requests that name none. */
  readonly targets: ReadonlyMap<string, Template>;
  /** The database the `sql` steps query, unless the runner is given one. */
  readonly database?: Template;
  readonly vars: readonly VariableDeclaration[];
  readonly steps: readonly Step[];
  /** Where this lock's snapshots live (`__snapshots__` beside the file). */
  readonly snapshotDir: string;
}

/** A lock-level variable (`vars:`), rendered once per run in declaration order. */
export interface VariableDeclaration {
  readonly name: string;
  readonly value: JsonTemplate;
  readonly position: Position;
}

/** An HTTP request as written; a named one (`requests:`) is rendered once per run and resent as the same bytes. */
export interface RequestSpec {
  readonly name?: string;
  readonly target: string;
  readonly method: string;
  readonly path: Template;
  readonly headers: readonly (readonly [string, Template])[];
  readonly json?: JsonTemplate;
  readonly text?: Template;
  readonly sign?: SignSpec;
  readonly position: Position;
}

/** An HMAC signature over the rendered body, put in a header: how webhook senders authenticate. */
export interface SignSpec {
  readonly algorithm: 'sha1' | 'sha256' | 'sha512';
  readonly secret: Template;
  readonly header: string;
  /** What is signed; `${timestamp}` and `${body}` are available. */
  readonly payload: Template;
  /** The header's value; `${timestamp}` and `${signature}` are available. */
  readonly value: Template;
  readonly encoding: 'hex' | 'base64';
  readonly position: Position;
}

/** A set of HTTP statuses: exact codes and classes (`2xx` is class 2). */
export interface StatusSet {
  readonly codes: readonly number[];
  readonly classes: readonly number[];
}

/** What a value at a JSON path (or a header) must be. */
export type ValueCheck =
  | { readonly kind: 'equals'; readonly value: JsonTemplate }
  | { readonly kind: 'matches'; readonly pattern: string }
  | { readonly kind: 'same-as'; readonly variable: string }
  | { readonly kind: 'absent' }
  | { readonly kind: 'present' }
  | { readonly kind: 'count'; readonly count: number }
  | { readonly kind: 'one-of'; readonly values: readonly JsonTemplate[] };

/** One expectation on a JSON path of a response body or a query result. */
export interface PathExpectation {
  readonly path: Template;
  readonly check: ValueCheck;
  readonly position: Position;
}

/** One expectation on a response header (names are case-insensitive). */
export interface HeaderExpectation {
  readonly header: string;
  readonly check: ValueCheck;
  readonly position: Position;
}

/** What every response of a request step must look like. */
export interface ResponseExpectation {
  /** Accepted statuses; absent: any status. */
  readonly status?: StatusSet;
  /** Statuses accepted as they are, without body checks or captures (a concurrent duplicate told to retry). */
  readonly tolerate?: StatusSet;
  readonly headers: readonly HeaderExpectation[];
  readonly body: readonly PathExpectation[];
}

/** A value taken into a variable: a JSON path of the body or query result. */
export interface Capture {
  readonly variable: string;
  readonly path: Template;
  readonly position: Position;
}

/** A golden output: the selected, normalized part of a response, kept in `__snapshots__/NAME.json`. */
export interface SnapshotSpec {
  readonly name: string;
  /** `key: path` pairs; absent: the whole body. */
  readonly select?: readonly (readonly [string, Template])[];
  /** Paths removed from the whole body before it is compared (timestamps, generated ids). */
  readonly ignore: readonly Template[];
  /** What a change means for the business, appended to the failure. */
  readonly consequence?: string;
  readonly position: Position;
}

/** What every step has. */
interface StepBase {
  readonly name: string;
  readonly position: Position;
  /** Appended to a failure of this step: what it means (`duplicate order`). Invariants set it. */
  readonly meaning?: string;
  /** Runs even after an earlier step failed (an invariant's reset). */
  readonly always: boolean;
  /** The invariant that produced this step, if any. */
  readonly invariant?: string;
}

/** Send a request (N copies, in sequence or concurrently) and check every response. */
export interface RequestStep extends StepBase {
  readonly kind: 'request';
  readonly request: RequestSpec;
  readonly repeat: number;
  readonly concurrent: boolean;
  readonly expect: ResponseExpectation;
  readonly captures: readonly Capture[];
  readonly snapshot?: SnapshotSpec;
}

/** How a query's result is counted. */
export type CountRule =
  | { readonly kind: 'auto' }
  | { readonly kind: 'rows' }
  | { readonly kind: 'path'; readonly path: Template };

/** Bounds on a count. */
export interface CountExpectation {
  readonly equals?: number;
  readonly atMost?: number;
  readonly atLeast?: number;
}

/** A side-effect check: an SQL query or an HTTP query, counted and checked. */
export interface QueryStep extends StepBase {
  readonly kind: 'query';
  readonly query: SqlQuery | HttpQuery;
  readonly count: CountRule;
  readonly expectCount?: CountExpectation;
  readonly expect: readonly PathExpectation[];
  readonly captures: readonly Capture[];
  /** The named side effect this checks, for messages. */
  readonly sideEffect?: string;
}

/** An SQL query with `:name` parameters bound to variables. */
export interface SqlQuery {
  readonly kind: 'sql';
  readonly sql: NamedSql;
  /** The variable each parameter reads, by parameter name. */
  readonly bindings: ReadonlyMap<string, string>;
  readonly position: Position;
}

/** An HTTP request whose JSON answer is the result. */
export interface HttpQuery {
  readonly kind: 'http';
  readonly request: RequestSpec;
  /** Default 2xx. */
  readonly status: StatusSet;
}

/** A step of a lock, after invariants are expanded. */
export type Step = RequestStep | QueryStep;
