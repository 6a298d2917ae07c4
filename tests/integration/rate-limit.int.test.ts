import { describe, expect, it } from 'vitest';
import { takeRateLimitedAttempt } from '@/lib/data/rate-limit';

const WINDOW = 600;

describe('the form rate limit', () => {
  it('holds under a burst of parallel submissions: exactly the limit gets through', async () => {
    const key = `email:burst-${Date.now()}@example.com`;
    const results = await Promise.all(Array.from({ length: 12 }, () => takeRateLimitedAttempt('comment', [{ key, limit: 4 }], WINDOW)));
    expect(results.filter(Boolean)).toHaveLength(4);
    expect(await takeRateLimitedAttempt('comment', [{ key, limit: 4 }], WINDOW)).toBe(false);
  });

  it('counts every key of a submission, and a refused one records nothing', async () => {
    const ip = `ip:burst-${Date.now()}`;
    const email = `email:other-${Date.now()}@example.com`;
    expect(await takeRateLimitedAttempt('comment', [{ key: ip, limit: 1 }, { key: email, limit: 5 }], WINDOW)).toBe(true);
    expect(await takeRateLimitedAttempt('comment', [{ key: ip, limit: 1 }, { key: email, limit: 5 }], WINDOW)).toBe(false);
    // The refused attempt did not use up the e-mail's allowance.
    for (let i = 0; i < 4; i++) expect(await takeRateLimitedAttempt('comment', [{ key: email, limit: 5 }], WINDOW)).toBe(true);
    expect(await takeRateLimitedAttempt('comment', [{ key: email, limit: 5 }], WINDOW)).toBe(false);
  });

  it('keeps separate counts per form: comments do not use up the quote form', async () => {
    const key = `email:both-${Date.now()}@example.com`;
    expect(await takeRateLimitedAttempt('comment', [{ key, limit: 1 }], WINDOW)).toBe(true);
    expect(await takeRateLimitedAttempt('comment', [{ key, limit: 1 }], WINDOW)).toBe(false);
    expect(await takeRateLimitedAttempt('quote', [{ key, limit: 1 }], WINDOW)).toBe(true);
  });
});
