import { describe, expect, it } from 'vitest';
import { takeCommentAttempt } from '@/lib/data/comments';

describe('the comment rate limit', () => {
  it('holds under a burst of parallel submissions: exactly the limit gets through', async () => {
    const key = `email:burst-${Date.now()}@example.com`;
    const results = await Promise.all(Array.from({ length: 12 }, () => takeCommentAttempt([{ key, limit: 4 }])));
    expect(results.filter(Boolean)).toHaveLength(4);
    expect(await takeCommentAttempt([{ key, limit: 4 }])).toBe(false);
  });

  it('counts every key of a submission, and a refused one records nothing', async () => {
    const ip = `ip:burst-${Date.now()}`;
    const email = `email:other-${Date.now()}@example.com`;
    expect(await takeCommentAttempt([{ key: ip, limit: 1 }, { key: email, limit: 5 }])).toBe(true);
    expect(await takeCommentAttempt([{ key: ip, limit: 1 }, { key: email, limit: 5 }])).toBe(false);
    // The refused attempt did not use up the e-mail's allowance.
    for (let i = 0; i < 4; i++) expect(await takeCommentAttempt([{ key: email, limit: 5 }])).toBe(true);
    expect(await takeCommentAttempt([{ key: email, limit: 5 }])).toBe(false);
  });
});
