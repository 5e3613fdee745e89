import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signPayload, verifySignature } from './signature.js';

const SECRET = 'whsec_test_secret_value';
const BODY = '{"id":"evt_1","type":"payment.captured"}';
const T = 1_735_689_600;
const NOW_MS = T * 1000;

const verify = (header: string | undefined, overrides: { body?: string; nowMs?: number; secret?: string } = {}) =>
  verifySignature({
    header,
    body: Buffer.from(overrides.body ?? BODY),
    secret: overrides.secret ?? SECRET,
    nowMs: overrides.nowMs ?? NOW_MS,
  });

describe('webhook signatures', () => {
  it('sign HMAC-SHA256 over "timestamp.body", as a receiver written from the docs would compute it', () => {
    const expected = createHmac('sha256', SECRET).update(`${T}.${BODY}`).digest('hex');
    expect(signPayload({ secret: SECRET, timestamp: T, body: BODY })).toBe(`t=${T},v1=${expected}`);
  });

  it('accept a fresh signature over the exact body', () => {
    expect(verify(signPayload({ secret: SECRET, timestamp: T, body: BODY }))).toEqual({ ok: true, timestamp: T });
  });

  it('accept any matching v1, so the secret can be rotated', () => {
    const good = signPayload({ secret: SECRET, timestamp: T, body: BODY }).split(',')[1];
    expect(verify(`t=${T},v1=${'0'.repeat(64)},${good}`).ok).toBe(true);
  });

  it('refuse a changed body, another secret, or a moved timestamp', () => {
    const header = signPayload({ secret: SECRET, timestamp: T, body: BODY });
    expect(verify(header, { body: `${BODY} ` })).toMatchObject({ ok: false, code: 'webhook/bad-signature' });
    expect(verify(header, { secret: 'whsec_some_other_secret' })).toMatchObject({ code: 'webhook/bad-signature' });
    expect(verify(header.replace(`t=${T}`, `t=${T + 1}`))).toMatchObject({ code: 'webhook/bad-signature' });
  });

  it('refuse a genuine signature more than five minutes from now, either way', () => {
    const header = signPayload({ secret: SECRET, timestamp: T, body: BODY });
    expect(verify(header, { nowMs: NOW_MS + 300_000 }).ok).toBe(true);
    expect(verify(header, { nowMs: NOW_MS + 301_000 })).toMatchObject({ code: 'webhook/stale-signature' });
    expect(verify(header, { nowMs: NOW_MS - 301_000 })).toMatchObject({ code: 'webhook/stale-signature' });
  });

  it('tell a missing header from a malformed one', () => {
    expect(verify(undefined)).toMatchObject({ code: 'webhook/missing-signature' });
    expect(verify('')).toMatchObject({ code: 'webhook/missing-signature' });
    expect(verify('v1=abc')).toMatchObject({ code: 'webhook/malformed-signature' });
    expect(verify(`t=${T}`)).toMatchObject({ code: 'webhook/malformed-signature' });
    expect(verify(`t=soon,v1=${'0'.repeat(64)}`)).toMatchObject({ code: 'webhook/malformed-signature' });
    expect(verify(`t=${T},v1=zz`)).toMatchObject({ code: 'webhook/bad-signature' });
  });
});
