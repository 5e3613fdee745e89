import { createHash } from 'node:crypto';

/**
 * The store key for `key` sent by `principal` (undefined: the anonymous principal). The principal is
 * hashed into a fixed-length prefix, so no principal or key, whatever separators it holds, can make
 * two principals' keys meet; the client's key stays readable after it for operators.
 */
export function scopeKey(principal: string | undefined, key: string): string {
  const material = JSON.stringify(['driftguard.principal.v1', principal ?? null]);
  return `${createHash('sha256').update(material).digest('base64url')}:${key}`;
}
