import { createHash } from 'node:crypto';

/** One API key and the tenant it authenticates as. */
export interface ApiKey {
  readonly tenant: string;
  readonly key: string;
}

/** The dev keys used when `API_KEYS` is unset. Never use them outside a laptop. */
export const DEV_API_KEYS = 'tenantA:dev-key-a,tenantB:dev-key-b';

const TENANT = /^[A-Za-z0-9_-]{1,64}$/;
const KEY = /^[\x21-\x7e]{8,256}$/;

/**
 * Parses `tenant:key,tenant:key` (the `API_KEYS` format). Returns the keys, or a sentence saying what
 * is wrong with which entry; a key may belong to one tenant only, and a tenant may have several keys.
 */
export function parseApiKeys(text: string): readonly ApiKey[] | string {
  const keys: ApiKey[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of text.split(',').entries()) {
    const separator = entry.indexOf(':');
    const tenant = entry.slice(0, separator).trim();
    const key = entry.slice(separator + 1).trim();
    if (separator < 0 || !TENANT.test(tenant)) {
      return `entry ${index + 1} must be tenant:key with a tenant of letters, digits, "_" or "-"`;
    }
    if (!KEY.test(key)) return `entry ${index + 1} (${tenant}) needs a key of 8-256 printable characters`;
    if (seen.has(key)) return `entry ${index + 1} (${tenant}) repeats a key already given to a tenant`;
    seen.add(key);
    keys.push({ tenant, key });
  }
  return keys;
}

/** Looks tenants up by API key. Keys are held as SHA-256 digests, so a lookup never compares secrets char by char. */
export class TenantDirectory {
  readonly #tenants = new Map<string, string>();

  constructor(keys: readonly ApiKey[]) {
    for (const { tenant, key } of keys) this.#tenants.set(digest(key), tenant);
  }

  /** The tenant `key` belongs to, or undefined for an unknown key. */
  tenantOf(key: string): string | undefined {
    return this.#tenants.get(digest(key));
  }
}

function digest(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
