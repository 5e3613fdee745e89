/**
 * The words the generated service is made of: its feature folders, the entities inside them, its
 * `src/lib` areas, and the field and status names its code handles. Changing a word changes the tree.
 */

/** Feature folders under `src/`, each with the noun of its main entity. Order matters: it is the layering. */
export const FEATURES = [
  ['users', 'user'],
  ['tenants', 'tenant'],
  ['auth', 'session'],
  ['accounts', 'account'],
  ['catalog', 'product'],
  ['pricing', 'price'],
  ['inventory', 'stock-level'],
  ['promotions', 'promotion'],
  ['carts', 'cart'],
  ['payments', 'payment'],
  ['billing', 'billing-account'],
  ['invoices', 'invoice'],
  ['orders', 'order'],
  ['checkout', 'checkout'],
  ['refunds', 'refund'],
  ['subscriptions', 'subscription'],
  ['shipping', 'shipment'],
  ['fulfillment', 'fulfillment'],
  ['notifications', 'notification'],
  ['webhooks', 'webhook'],
  ['reviews', 'review'],
  ['search', 'search-query'],
  ['reports', 'report'],
  ['audit', 'audit-entry'],
];

/** Suffixes that make further entities of a feature (`order`, `order-item`, `order-event`, ...). */
export const ENTITY_SUFFIXES = [
  '',
  'item',
  'event',
  'note',
  'status',
  'history',
  'summary',
  'batch',
  'export',
  'policy',
  'rule',
  'setting',
  'attempt',
  'schedule',
  'token',
  'snapshot',
  'draft',
  'adjustment',
  'preference',
  'link',
  'comment',
  'tag',
  'quota',
  'limit',
  'template',
  'reminder',
  'dispute',
  'credit',
  'discount',
  'address',
  'contact',
  'document',
  'approval',
  'escalation',
  'metric',
  'window',
  'segment',
  'channel',
];

/** Verbs of the HTTP handlers an entity gets. */
export const HANDLER_VERBS = ['create', 'get', 'list', 'update', 'delete', 'archive', 'export'];

/**
 * `src/lib` areas, lowest layer first (an area imports only from areas before it), each with the nouns
 * its helpers are about. Helper names are `<verb>-<noun>`.
 */
export const LIB_AREAS = [
  ['errors', ['error', 'problem', 'fault', 'cause']],
  ['strings', ['slug', 'text', 'token-list', 'template']],
  ['collections', ['list', 'map-entry', 'chunk', 'set-entry']],
  ['time', ['instant', 'duration', 'deadline', 'timezone', 'calendar']],
  ['ids', ['uuid', 'ulid', 'short-id', 'prefix']],
  ['money', ['amount', 'currency', 'exchange-rate', 'ledger-line']],
  ['config', ['env-var', 'setting', 'secret', 'profile']],
  ['logging', ['log-line', 'log-field', 'redaction', 'log-level']],
  ['metrics', ['counter', 'histogram', 'gauge', 'label']],
  ['tracing', ['span', 'trace-context', 'baggage', 'sampler']],
  ['crypto', ['digest', 'signature', 'nonce', 'cipher']],
  ['keys', ['key', 'fingerprint', 'scope', 'namespace']],
  ['validation', ['schema', 'constraint', 'violation', 'rule-set']],
  ['serialization', ['payload', 'envelope', 'codec', 'json-value']],
  ['events', ['event', 'topic', 'subscriber', 'outbox-entry']],
  ['db', ['query', 'transaction', 'row', 'migration-step', 'pool']],
  ['cache', ['cache-entry', 'ttl', 'eviction', 'cache-key']],
  ['queue', ['job', 'lease', 'dead-letter', 'visibility']],
  ['retry', ['backoff', 'attempt', 'budget', 'jitter']],
  ['rate-limit', ['bucket', 'window', 'quota', 'burst']],
  ['pagination', ['cursor', 'page', 'page-size', 'sort-key']],
  ['http', ['request', 'response', 'header', 'status-code', 'route']],
  ['feature-flags', ['flag', 'variant', 'rollout', 'targeting']],
  ['tenancy', ['tenant-scope', 'partition', 'isolation', 'tenant-context']],
];

/** Verbs of `src/lib` helpers. */
export const LIB_VERBS = [
  'parse',
  'format',
  'normalize',
  'compare',
  'merge',
  'encode',
  'decode',
  'build',
  'resolve',
  'assert',
  'create',
  'read',
  'write',
  'split',
  'clamp',
  'hash',
  'sign',
  'verify',
  'wrap',
  'measure',
  'load',
  'store',
  'flush',
  'render',
];

/** Sub-folders of a `src/lib` area; `internal` is not re-exported by the area's barrel. */
export const LIB_SUBFOLDERS = ['internal', 'core', 'adapters', 'encoding', 'rules'];

/** Field names the generated code reads and writes. */
export const FIELDS = [
  'id',
  'tenantId',
  'status',
  'amount',
  'currency',
  'createdAt',
  'updatedAt',
  'version',
  'reference',
  'externalId',
  'customerId',
  'attempts',
  'reason',
  'channel',
  'priority',
  'region',
  'expiresAt',
  'metadata',
];

/** Status values the generated code switches on. */
export const STATUSES = ['pending', 'active', 'completed', 'failed', 'cancelled', 'expired', 'on-hold', 'archived'];

/** Node built-ins that some generated modules import (they resolve to no file in the tree). */
export const NODE_BUILTINS = ['node:crypto', 'node:events', 'node:util', 'node:path', 'node:buffer'];
