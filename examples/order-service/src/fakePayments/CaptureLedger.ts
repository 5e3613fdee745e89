/** What a capture request asks for, as the fake provider reads it. */
export interface CaptureInput {
  readonly amount: number;
  readonly currency: string;
  readonly reference: string;
  readonly metadata: Readonly<Record<string, string>>;
}

/** One money movement the fake provider made: the side effect tests count. */
export interface FakeCapture extends CaptureInput {
  readonly id: string;
  readonly status: 'captured';
  readonly idempotency_key: string;
  /** Unix seconds. */
  readonly created: number;
}

/** What a capture with a key did: a new charge, the earlier charge for the same key, or a key reused for other input. */
export type LedgerResult =
  | { readonly kind: 'created'; readonly capture: FakeCapture }
  | { readonly kind: 'replayed'; readonly capture: FakeCapture }
  | { readonly kind: 'mismatch'; readonly capture: FakeCapture };

/**
 * The fake provider's captures, deduplicated by idempotency key the way real providers do it: the
 * same key with the same input returns the first capture and charges nothing more; the same key
 * with different input is refused.
 */
export class CaptureLedger {
  readonly #byKey = new Map<string, { readonly capture: FakeCapture; readonly fingerprint: string }>();
  readonly #captures: FakeCapture[] = [];

  /** Charges `input` once per `key`. */
  capture(key: string, input: CaptureInput, nowSeconds: number): LedgerResult {
    const fingerprint = fingerprintOf(input);
    const existing = this.#byKey.get(key);
    if (existing !== undefined) {
      return { kind: existing.fingerprint === fingerprint ? 'replayed' : 'mismatch', capture: existing.capture };
    }
    const id = `cap_${String(this.#captures.length + 1).padStart(6, '0')}`;
    const capture: FakeCapture = { id, status: 'captured', idempotency_key: key, created: nowSeconds, ...input };
    this.#byKey.set(key, { capture, fingerprint });
    this.#captures.push(capture);
    return { kind: 'created', capture };
  }

  /** Every capture made, oldest first. */
  list(): readonly FakeCapture[] {
    return [...this.#captures];
  }
}

function fingerprintOf(input: CaptureInput): string {
  const metadata = Object.entries(input.metadata).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([input.amount, input.currency, input.reference, metadata]);
}
