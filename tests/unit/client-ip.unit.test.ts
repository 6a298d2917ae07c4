import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';

// lib/env validates the environment on import; the IP key signs with AUTH_SECRET.
process.env.DATABASE_URL ??= 'postgres://unused/unused';
process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
const { clientIp } = await import('@/lib/client-ip');

const forwarded = (value: string) => new Headers({ 'x-forwarded-for': value });

describe('clientIp reads X-Forwarded-For from the right end', () => {
  it('with no proxy in front, is the peer our server appended, whatever the client wrote before it', () => {
    expect(clientIp(forwarded('203.0.113.66, 198.51.100.7'), 0)).toBe('198.51.100.7');
    expect(clientIp(forwarded('198.51.100.7'), 0)).toBe('198.51.100.7');
  });

  it('behind one proxy (Varnish), is the address that proxy appended, not the spoofed entries at the left', () => {
    // Client wrote "1.1.1.1, 2.2.2.2"; Varnish appended the client it saw; our server appended Varnish.
    expect(clientIp(forwarded('1.1.1.1, 2.2.2.2, 198.51.100.7, 10.0.0.5'), 1)).toBe('198.51.100.7');
  });

  it('behind two proxies, skips both', () => {
    expect(clientIp(forwarded('6.6.6.6,198.51.100.7 , 10.0.0.9,10.0.0.5'), 2)).toBe('198.51.100.7');
  });

  it('falls back to the farthest entry when fewer hops arrived than configured, and to nothing without the header', () => {
    expect(clientIp(forwarded('198.51.100.7'), 2)).toBe('198.51.100.7');
    expect(clientIp(forwarded(' , '), 0)).toBeNull();
    expect(clientIp(new Headers(), 1)).toBeNull();
  });
});
