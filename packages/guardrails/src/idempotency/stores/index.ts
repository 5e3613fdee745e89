/** The store contract every idempotency store implements, and the rules the JavaScript-side stores share. */
export { type Clock, systemClock } from './Clock.js';
export type {
  ClaimRequest,
  ClaimResult,
  CompleteRequest,
  IdempotencyStore,
  ReleaseRequest,
  StoredResponse,
} from './IdempotencyStore.js';
export {
  type ClaimJudgement,
  type IdempotencyRecord,
  judgeClaim,
  judgeCompletion,
  judgeRelease,
  ownsClaim,
} from './recordRules.js';
export { assertTableName } from './tableName.js';
