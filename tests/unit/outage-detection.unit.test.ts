import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '@/lib/data/pg-errors';
import { appendPeerAddress } from '@/lib/server/forwarded-for.mjs';

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe('isDatabaseUnavailable', () => {
  it('knows a connection that could not be made or was lost, and PostgreSQL saying it cannot serve', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'CONNECTION_ENDED', 'CONNECTION_CLOSED', 'CONNECT_TIMEOUT', '57P01', '57P03', '53300', '08006', '08001']) {
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(true);
    }
  });

  it('looks through Drizzle’s wrapper, Auth.js’s and an AggregateError of every address tried', () => {
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: withCode('ECONNREFUSED') }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('CallbackRouteError'), { cause: { err: new Error('Failed query', { cause: withCode('57P01') }) } }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]))).toBe(true);
  });

  it('leaves real query errors and everything else alone', () => {
    for (const error of [withCode('23505'), withCode('42P01'), withCode('57014'), new Error('boom'), 'ECONNREFUSED', null, undefined, { digest: 'NEXT_REDIRECT;replace;/login;307;' }]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });
});

describe('appendPeerAddress', () => {
  const request = (remoteAddress: string, forwarded?: string) =>
    ({ socket: { remoteAddress }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } }) as unknown as Parameters<typeof appendPeerAddress>[0];

  it('puts the connection’s own address at the right end, after whatever the client or proxies wrote', () => {
    const direct = request('::ffff:198.51.100.7', '203.0.113.66');
    appendPeerAddress(direct);
    expect(direct.headers['x-forwarded-for']).toBe('203.0.113.66, 198.51.100.7');
    const bare = request('2001:db8::1');
    appendPeerAddress(bare);
    expect(bare.headers['x-forwarded-for']).toBe('2001:db8::1');
  });
});
