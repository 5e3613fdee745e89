const LF = 0x0a;

/**
 * Splits the stdout of `git cat-file --batch` back into objects, whatever the chunking: one
 * `emit(contents, oid)` per request, in request order, `undefined` for a `missing` (or `ambiguous`) object.
 */
export class BatchOutputParser {
  readonly #emit: (contents: Buffer | undefined, oid?: string) => void;
  #header: Buffer[] = [];
  #body: Buffer[] | undefined;
  #oid = '';
  #remaining = 0;

  constructor(emit: (contents: Buffer | undefined, oid?: string) => void) {
    this.#emit = emit;
  }

  /** Feeds one chunk of output; emits every object it completes. Linear in the chunk's length. */
  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) at = this.#body ? this.#takeBody(chunk, at) : this.#takeHeader(chunk, at);
  }

  #takeHeader(chunk: Buffer, at: number): number {
    const end = chunk.indexOf(LF, at);
    if (end === -1) {
      this.#header.push(chunk.subarray(at));
      return chunk.length;
    }
    this.#header.push(chunk.subarray(at, end));
    const line = Buffer.concat(this.#header).toString('latin1');
    this.#header = [];
    this.#startObject(line);
    return end + 1;
  }

  /** `<oid> <type> <size>` starts a body; anything else (`<name> missing`) is a missing object. */
  #startObject(line: string): void {
    const fields = line.split(' ');
    const size = fields.length === 3 ? Number(fields[2]) : Number.NaN;
    if (!Number.isSafeInteger(size) || size < 0) {
      this.#emit(undefined);
      return;
    }
    this.#body = [];
    this.#oid = fields[0] ?? '';
    this.#remaining = size + 1; // the contents, then the LF git adds after them
  }

  #takeBody(chunk: Buffer, at: number): number {
    const body = this.#body!;
    const take = Math.min(this.#remaining, chunk.length - at);
    body.push(chunk.subarray(at, at + take));
    this.#remaining -= take;
    if (this.#remaining === 0) {
      this.#body = undefined;
      const whole = body.length === 1 ? body[0]! : Buffer.concat(body);
      this.#emit(whole.subarray(0, whole.length - 1), this.#oid);
    }
    return at + take;
  }
}
