import { STATUS_CODES } from 'node:http';

/** One problem with one field of a request, as `{ code, field, detail }`; `field` is a path like `items[0].sku`. */
export interface FieldProblem {
  readonly code: string;
  readonly field: string;
  readonly detail: string;
}

/** What a `ProblemError` may carry beyond its status, code and detail. */
export interface ProblemOptions {
  /** Every field problem found; the first one is also the problem's own `field`. */
  readonly fields?: readonly FieldProblem[];
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Thrown by a route to answer with an RFC 9457 problem (`application/problem+json`) carrying a stable
 * `code` and, for a bad field, the field's path. The error handler renders it; nothing else needs to.
 */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';

  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly options: ProblemOptions = {},
  ) {
    super(`${code}: ${detail}`);
  }

  /** A 400 for the fields in `problems` (at least one), led by the first. */
  static invalidFields(problems: readonly [FieldProblem, ...FieldProblem[]]): ProblemError {
    const [first] = problems;
    return new ProblemError(400, first.code, first.detail, { fields: problems });
  }

  /** The response body: `type`, `title`, `status`, `code`, `detail`, and `field` plus `errors` for bad fields. */
  body(): Record<string, unknown> {
    const fields = this.options.fields ?? [];
    return {
      type: `urn:order-service:problem:${this.code}`,
      title: STATUS_CODES[this.status] ?? 'Error',
      status: this.status,
      code: this.code,
      detail: this.detail,
      ...(fields[0] === undefined ? {} : { field: fields[0].field, errors: fields }),
    };
  }
}
