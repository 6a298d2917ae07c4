import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '@/lib/outbox/private-addresses';
import { DEFAULT_RETRY_DELAYS_MS, MAX_ATTEMPTS, retryDelayAfter } from '@/lib/outbox/retry-schedule';
import { signatureHeader, verifySignature } from '@/lib/outbox/signature';

describe('the webhook signature', () => {
  const body = '{"id":"e1","type":"post.published"}';

  it('is HMAC-SHA256 over "<timestamp>.<body>", as the README tells receivers to compute it', () => {
    const expected = createHmac('sha256', 'secret').update(`1700000000.${body}`).digest('hex');
    expect(signatureHeader('secret', body, 1_700_000_000)).toBe(`t=1700000000,v1=${expected}`);
  });

  it('verifies, and refuses another secret, another body, a bad header and an old timestamp', () => {
    const header = signatureHeader('secret', body, 1_700_000_000);
    const at = { nowSeconds: 1_700_000_100 };
    expect(verifySignature('secret', body, header, at)).toBe(true);
    expect(verifySignature('other', body, header, at)).toBe(false);
    expect(verifySignature('secret', `${body} `, header, at)).toBe(false);
    expect(verifySignature('secret', body, 'v1=abc', at)).toBe(false);
    expect(verifySignature('secret', body, header, { nowSeconds: 1_700_000_301 })).toBe(false);
  });
});

describe('the retry schedule', () => {
  it('doubles from 30 s up to 4 h and gives up after about a day', () => {
    expect(DEFAULT_RETRY_DELAYS_MS.slice(0, 4)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(Math.max(...DEFAULT_RETRY_DELAYS_MS)).toBe(4 * 3_600_000);
    const total = DEFAULT_RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0) / 3_600_000;
    expect(total).toBeGreaterThan(23);
    expect(total).toBeLessThan(25);
    expect(retryDelayAfter(MAX_ATTEMPTS)).toBeNull();
  });
});

describe('private addresses', () => {
  it('covers loopback, private, link-local and mapped forms, and lets public ones through', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(isPrivateAddress(address), address).toBe(false);
  });
});
