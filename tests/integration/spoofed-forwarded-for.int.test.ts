import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { COMMENT_RULES } from '@/lib/comments/rules';
import { QUOTE_RATE_LIMIT } from '@/lib/data/quotes';
import { idleState } from '@/lib/forms/form-state';
import { form } from '../support/action-calls';

// One client, no proxy in front (TRUSTED_PROXY_HOPS=0): it writes a new X-Forwarded-For on every request, and our
// server appends the address it really connects from (lib/server/forwarded-for.mjs), as it does in production.
const PEER = '198.51.100.23';
const request = vi.hoisted(() => ({ spoofed: 0 }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': `203.0.113.${(request.spoofed += 1) % 250}, ${PEER}` }) }));

const { submitQuoteRequest } = await import('@/app/(site)/quote/actions');
const { postComment } = await import('@/app/(site)/_comments/actions');
const { issueFormToken } = await import('@/lib/comments/form-token');
const { authenticate, LIMITS } = await import('@/lib/auth/authenticate');
const { clientIp } = await import('@/lib/client-ip');
const { headers } = await import('next/headers');

beforeEach(async () => {
  await db.execute(sql`truncate comments, quote_requests, rate_limit_attempts, login_attempts restart identity`);
});

describe('a client that rewrites X-Forwarded-For on every request stays one address to the rate limits', () => {
  it('quote requests: only the per-IP limit gets through, whatever the header said', async () => {
    const states = [];
    for (let i = 0; i < QUOTE_RATE_LIMIT.perIp + 3; i++) {
      const fields = { name: 'Scanner', email: `scanner-${i}@example.com`, company: '', message: 'A request that is long enough to pass.' };
      states.push(await submitQuoteRequest(idleState(), form(fields)));
    }
    expect(states.filter((state) => state.status === 'success')).toHaveLength(QUOTE_RATE_LIMIT.perIp);
  });

  it('comments: only the per-IP limit gets through', async () => {
    const slug = 'design-systems-for-small-teams';
    const states = [];
    for (let i = 0; i < COMMENT_RULES.rateLimit.perIp + 3; i++) {
      const token = issueFormToken(`post:${slug}`, Date.now() - 10_000 - i);
      const fields = { kind: 'post', slug, parentId: '', website: '', token, name: 'Scanner', email: `scanner-${i}@example.com`, body: `Comment number ${i}.` };
      states.push(await postComment(idleState(), form(fields)));
    }
    expect(states.filter((state) => state.status === 'success')).toHaveLength(COMMENT_RULES.rateLimit.perIp);
  });

  // Twenty password hashes: in parallel, with room for a loaded machine.
  it('sign-in: the per-IP limit on failed attempts holds across accounts', { timeout: 60_000 }, async () => {
    const attempts = Array.from({ length: LIMITS.perIp + 2 }, async (_, i) => authenticate(`guess-${i}@example.com`, 'wrong password', clientIp(await headers())));
    const results = await Promise.all(attempts);
    expect(results.filter((result) => !result.ok && result.reason === 'rate_limited')).toHaveLength(2);
  });
});
