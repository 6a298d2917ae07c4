import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';

// lib/env validates the environment on import; tickets and sealed secrets are keyed by AUTH_SECRET.
process.env.DATABASE_URL ??= 'postgres://unused/unused';
process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
const { issueTicket, readTicket } = await import('@/lib/auth/sign-in-ticket');
const { seal, unseal } = await import('@/lib/auth/sealed');
const { looksLikeRecoveryCode, newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpCode, totpStepOf } = await import('@/lib/auth/totp');

describe('sign-in tickets', () => {
  it('name their user for their own stage only, until they expire', () => {
    const now = Date.now();
    const ticket = issueTicket(7, 'second-factor', now);
    expect(readTicket(ticket, 'second-factor', now + 1000)).toBe(7);
    expect(readTicket(ticket, 'complete', now + 1000)).toBeNull();
    expect(readTicket(ticket, 'second-factor', now + 5 * 60_000 + 1)).toBeNull();
    expect(readTicket(issueTicket(7, 'complete', now), 'complete', now + 31_000)).toBeNull();
  });

  it('refuse anything altered or made up', () => {
    const [payload, signature] = issueTicket(7, 'complete').split('.');
    const other = Buffer.from(JSON.stringify({ u: 1, s: 'complete', e: Date.now() + 10_000, n: 'x' })).toString('base64url');
    expect(readTicket(`${other}.${signature}`, 'complete')).toBeNull();
    expect(readTicket(`${payload}.`, 'complete')).toBeNull();
    expect(readTicket(payload, 'complete')).toBeNull();
    expect(readTicket(42, 'complete')).toBeNull();
    expect(readTicket('x'.repeat(1000), 'complete')).toBeNull();
  });
});

describe('sealed secrets', () => {
  it('read back only unaltered', () => {
    const sealed = seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(unseal(sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(seal('JBSWY3DPEHPK3PXP')).not.toBe(sealed);
    const parts = sealed.split('.');
    parts[2] = Buffer.from('tampered').toString('base64url');
    expect(unseal(parts.join('.'))).toBeNull();
    expect(unseal('not sealed')).toBeNull();
  });
});

describe('TOTP codes', () => {
  it('match their step and the steps beside it, and nothing further', () => {
    const secret = newTotpSecret();
    const now = 1_800_000_015_000;
    const step = Math.floor(now / 30_000);
    expect(totpStepOf(secret, totpCode(secret, now), now)).toBe(step);
    expect(totpStepOf(secret, totpCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(totpStepOf(secret, totpCode(secret, now + 30_000), now)).toBe(step + 1);
    expect(totpStepOf(secret, totpCode(secret, now - 90_000), now)).toBeNull();
    const spaced = totpCode(secret, now).replace(/^(\d{3})/, '$1 ');
    expect(totpStepOf(secret, spaced, now)).toBe(step);
    expect(totpStepOf(secret, 'abcdef', now)).toBeNull();
  });

  it('matches the RFC 6238 test vector (SHA-1, 8-digit value 94287082 at 59 s ends in 287082)', () => {
    // The RFC's secret is the ASCII "12345678901234567890"; in base32:
    expect(totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000)).toBe('287082');
  });

  it('recovery codes are ten, distinct, and hash the same however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(recoveryCodeHash(codes[0]!)).toBe(recoveryCodeHash(` ${codes[0]!.toUpperCase().replace('-', '')} `));
    expect(looksLikeRecoveryCode(codes[0]!)).toBe(true);
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });
});
