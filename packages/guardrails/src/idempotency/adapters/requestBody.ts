const JSON_TYPE = /^application\/([\w.+-]+\+)?json\b/i;

/**
 * A request body as the fingerprint and the handler see it: parsed JSON when the content type is
 * JSON and the text parses, else the raw bytes (the fingerprint then hashes them exactly); undefined
 * when there is no body.
 */
export function requestBody(contentType: string | undefined, bytes: Buffer): unknown {
  if (bytes.byteLength === 0) return undefined;
  if (!JSON_TYPE.test(contentType ?? '')) return bytes;
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return bytes;
  }
}
