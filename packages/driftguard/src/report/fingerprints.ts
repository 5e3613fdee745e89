import { createHash } from 'node:crypto';
import type { Finding } from './model.js';

/**
 * A fingerprint per finding, index for index: SHA-256 (hex) of its code, file and message, so it
 * survives line shifts and reruns. Identical findings get distinct fingerprints by their occurrence
 * (the second identical one hashes its ordinal too), so sort the findings first for stability.
 */
export function findingFingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const identity = JSON.stringify([finding.code, finding.file ?? '', finding.message]);
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    const hashed = occurrence === 0 ? identity : `${identity}#${occurrence}`;
    return createHash('sha256').update(hashed).digest('hex');
  });
}
