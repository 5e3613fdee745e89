import { type PaymentEvent, SIGNATURE_HEADER, signPayload } from '../webhooks/index.js';

/** One attempt to deliver an event: the HTTP status the receiver answered, or the error that stopped it. */
export interface WebhookDelivery {
  readonly eventId: string;
  readonly type: string;
  readonly status: number | null;
  readonly error: string | null;
}

/** Where and how the sender delivers. */
export interface WebhookSenderOptions {
  readonly url: string | null;
  readonly secret: string;
  /** Milliseconds since the epoch, for the signature timestamp. */
  readonly now: () => number;
}

/**
 * Signs and posts provider events to the receiver, like a real provider: in the background, one
 * delivery after another per event, each signed at its own send time. `flush` waits for every
 * delivery started so far, so tests observe them without sleeping.
 */
export class WebhookSender {
  #url: string | null;
  readonly #pending = new Set<Promise<void>>();
  readonly #deliveries: WebhookDelivery[] = [];

  constructor(private readonly options: WebhookSenderOptions) {
    this.#url = options.url;
  }

  /** Where events go; null stops sending. */
  get url(): string | null {
    return this.#url;
  }

  set url(url: string | null) {
    this.#url = url;
  }

  /** Delivers `event` `copies` times (more than once to test the receiver's deduplication). No-op without a URL. */
  send(event: PaymentEvent, copies: number): void {
    const url = this.#url;
    if (url === null) return;
    const delivery = (async () => {
      for (let copy = 0; copy < copies; copy++) await this.#deliver(url, event);
    })();
    this.#pending.add(delivery);
    void delivery.finally(() => this.#pending.delete(delivery));
  }

  /** Resolves once every delivery started so far has been answered or has failed. */
  async flush(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }

  /** Every delivery attempt so far, oldest first. */
  deliveries(): readonly WebhookDelivery[] {
    return [...this.#deliveries];
  }

  async #deliver(url: string, event: PaymentEvent): Promise<void> {
    const body = JSON.stringify(event);
    const timestamp = Math.floor(this.options.now() / 1000);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signPayload({ secret: this.options.secret, timestamp, body }),
        },
        body,
      });
      await response.arrayBuffer();
      this.#deliveries.push({ eventId: event.id, type: event.type, status: response.status, error: null });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.#deliveries.push({ eventId: event.id, type: event.type, status: null, error: message });
    }
  }
}
