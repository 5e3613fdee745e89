/** Payment webhooks: the signature scheme both sides use, the event format, and the receiving route. */
export {
  type PaymentEvent,
  PaymentEventDataSchema,
  PaymentEventSchema,
  SETTLING_EVENTS,
  settlementOf,
} from './paymentEvent.js';
export { registerPaymentWebhookRoutes, type WebhookDeps } from './paymentWebhookRoutes.js';
export {
  DEV_WEBHOOK_SECRET,
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
  type SignatureCheck,
  type SignInput,
  signPayload,
  type VerifyInput,
  verifySignature,
} from './signature.js';
