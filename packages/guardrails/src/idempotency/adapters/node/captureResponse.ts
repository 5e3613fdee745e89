import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** What a handler sent on a Node response while it was captured. */
export interface CapturedResponse {
  readonly status: number;
  readonly headers: OutgoingHttpHeaders;
  readonly body: Buffer;
}

/** A capture in progress; `stop` puts the response's own methods back without sending anything. */
export interface ResponseCapture {
  stop(): void;
}

type Callback = (error?: Error | null) => void;

/**
 * Buffers everything a handler writes to `res` (`writeHead`, `write`, `end`, and so Express's `send`
 * and `json`) instead of sending it. When the handler ends the response, `onEnd` runs with what it
 * sent, and only after `onEnd` settles is the response sent for real: the record is stored before the
 * client can retry. If the client is gone by then, the send is simply lost; the record stays.
 */
export function captureResponse(
  res: ServerResponse,
  onEnd: (response: CapturedResponse) => Promise<void>,
): ResponseCapture {
  const own = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  const chunks: Buffer[] = [];
  let ended = false;
  const stop = () => Object.assign(res, own);
  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array);
    chunks.push(bytes);
  };
  const patched = {
    writeHead(status: number, ...rest: unknown[]) {
      res.statusCode = status;
      if (typeof rest[0] === 'string') res.statusMessage = rest.shift() as string;
      setHeaders(res, rest[0]);
      return res;
    },
    write(chunk: unknown, encoding?: unknown, callback?: Callback) {
      collect(chunk, encoding);
      const done = [encoding, callback].find((arg) => typeof arg === 'function') as Callback | undefined;
      if (done !== undefined) process.nextTick(done);
      return true;
    },
    end(chunk?: unknown, encoding?: unknown, callback?: Callback) {
      if (ended) return res;
      ended = true;
      collect(chunk, encoding);
      const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as Callback | undefined;
      const body = Buffer.concat(chunks);
      void onEnd({ status: res.statusCode, headers: res.getHeaders(), body })
        .catch(() => undefined)
        .then(() => {
          stop();
          res.end(body, done);
        });
      return res;
    },
    flushHeaders() {},
  };
  Object.assign(res, patched);
  return { stop };
}

function setHeaders(res: ServerResponse, headers: unknown): void {
  if (Array.isArray(headers)) {
    for (let index = 0; index + 1 < headers.length; index += 2)
      res.setHeader(String(headers[index]), headers[index + 1]);
  } else if (headers !== null && typeof headers === 'object') {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
  }
}
