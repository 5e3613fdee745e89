/** A fake payment provider over real HTTP, for tests and demos: deduplicated captures, failure modes, signed webhooks. */
export type { CaptureInput, FakeCapture, LedgerResult } from './CaptureLedger.js';
export { CaptureLedger } from './CaptureLedger.js';
export { type FailureMode, type FakePaymentsMode, NORMAL_MODE } from './FakePaymentsMode.js';
export {
  type FakePayments,
  type FakePaymentsOptions,
  type ReceivedCapture,
  startFakePayments,
} from './startFakePayments.js';
export type { WebhookDelivery } from './WebhookSender.js';
