import { z } from 'zod';

/** The body of `POST /captures`. */
export const CaptureRequestSchema = z.object({
  amount: z.int().min(1),
  currency: z.string().regex(/^[A-Z]{3}$/),
  reference: z.string().min(1).max(128),
  metadata: z.record(z.string(), z.string()).default({}),
});

/** The `Idempotency-Key` header the fake provider requires: 1-255 printable ASCII characters. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** A provider-style error body: `{ error: { code, message } }`. */
export function providerError(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}
