import type { IncomingMessage } from 'node:http';

/** A request body read whole: its bytes, or `tooLarge` when it passed the limit (reading stops there). */
export type ReadBody = { readonly tooLarge: false; readonly bytes: Buffer } | { readonly tooLarge: true };

/** Reads `req` to its end, stopping early at `maxBytes` so an oversized upload is not buffered whole. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<ReadBody> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of req) {
    length += (chunk as Buffer).byteLength;
    if (length > maxBytes) return { tooLarge: true };
    chunks.push(chunk as Buffer);
  }
  return { tooLarge: false, bytes: Buffer.concat(chunks) };
}
