import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries a webhook's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'payments-signature';

/** The shared secret used when `WEBHOOK_SECRET` is unset, by the service and the fake provider alike. Dev only. */
export const DEV_WEBHOOK_SECRET = 'whsec_dev_order_service';

/** How far a signature's timestamp may be from our clock, either way, before it counts as a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** What to sign: the raw body bytes exactly as sent, at `timestamp` (Unix seconds). */
export interface SignInput {
  readonly secret: string;
  readonly timestamp: number;
  readonly body: string | Uint8Array;
}

/** What a signature check decided; a failure carries a stable code and a sentence for the sender. */
export type SignatureCheck =
  | { readonly ok: true; readonly timestamp: number }
  | {
      readonly ok: false;
      readonly code:
        | 'webhook/missing-signature'
        | 'webhook/malformed-signature'
        | 'webhook/bad-signature'
        | 'webhook/stale-signature';
      readonly detail: string;
    };

/** What to check: the header as received, the raw body, and our time in milliseconds. */
export interface VerifyInput {
  readonly header: string | undefined;
  readonly body: Uint8Array;
  readonly secret: string;
  readonly nowMs: number;
  readonly toleranceSeconds?: number;
}

/** The `Payments-Signature` value for `input`: HMAC-SHA256 over `${timestamp}.${body}`. */
export function signPayload(input: SignInput): string {
  return `t=${input.timestamp},v1=${hmac(input.secret, input.timestamp, input.body).toString('hex')}`;
}

/**
 * Checks a `Payments-Signature` header against the raw body: any `v1` entry may match (so a secret
 * can be rotated), compared in constant time; then the timestamp must be within the tolerance of
 * `nowMs`, so a captured request cannot be replayed later. It does not stop a replay within the
 * window; event-id deduplication does.
 */
export function verifySignature(input: VerifyInput): SignatureCheck {
  if (input.header === undefined || input.header === '') {
    return { ok: false, code: 'webhook/missing-signature', detail: `send a ${SIGNATURE_HEADER} header` };
  }
  const fields = input.header.split(',').map((field) => field.trim().split('='));
  const timestamps = fields.filter(([name]) => name === 't').map(([, value]) => value ?? '');
  const signatures = fields.filter(([name]) => name === 'v1').map(([, value]) => value ?? '');
  const [timestampText] = timestamps;
  if (
    timestamps.length !== 1 ||
    timestampText === undefined ||
    !/^\d{1,12}$/.test(timestampText) ||
    signatures.length === 0
  ) {
    return { ok: false, code: 'webhook/malformed-signature', detail: `${SIGNATURE_HEADER} must be t=<unix>,v1=<hex>` };
  }
  const timestamp = Number(timestampText);
  const expected = hmac(input.secret, timestamp, input.body);
  if (!signatures.some((signature) => sameDigest(expected, signature))) {
    return {
      ok: false,
      code: 'webhook/bad-signature',
      detail: 'no v1 signature matches the body and the shared secret',
    };
  }
  const skew = Math.abs(input.nowMs / 1000 - timestamp);
  if (skew > (input.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS)) {
    return {
      ok: false,
      code: 'webhook/stale-signature',
      detail: `the signature is ${Math.round(skew)} s away from now`,
    };
  }
  return { ok: true, timestamp };
}

function hmac(secret: string, timestamp: number, body: string | Uint8Array): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();
}

function sameDigest(expected: Buffer, hex: string): boolean {
  if (!/^[0-9a-f]{64}$/i.test(hex)) return false;
  return timingSafeEqual(expected, Buffer.from(hex, 'hex'));
}
