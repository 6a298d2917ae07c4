import { describe, expect, it, vi } from 'vitest';

// lib/env.ts validates process.env as it loads; give it a valid one, then test parseEnv itself.
vi.stubEnv('DATABASE_URL', 'postgres://localhost/x');
vi.stubEnv('AUTH_SECRET', 'a'.repeat(32));
const { parseEnv } = await import('@/lib/env');

const base = { DATABASE_URL: 'postgres://localhost/x', AUTH_SECRET: 'a'.repeat(32), NODE_ENV: 'test' } as const;

describe('CACHE_MAX_AGE_SECONDS', () => {
  it('defaults to an hour', () => {
    expect(parseEnv(base).CACHE_MAX_AGE_SECONDS).toBe(3600);
  });

  it('takes a whole number of seconds', () => {
    expect(parseEnv({ ...base, CACHE_MAX_AGE_SECONDS: '120' }).CACHE_MAX_AGE_SECONDS).toBe(120);
  });

  it('stops the start with a message naming the variable for anything else', () => {
    for (const value of ['soon', '0', '-5', '1.5', '99999999999']) {
      expect(() => parseEnv({ ...base, CACHE_MAX_AGE_SECONDS: value }), value).toThrow(/CACHE_MAX_AGE_SECONDS: CACHE_MAX_AGE_SECONDS must be/);
    }
  });
});
