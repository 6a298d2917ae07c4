import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { COMMENT_RULES } from './rules';

/**
 * A signed note of when a reader started a comment form, for a given page.
 * Reader pages are cached, so the token cannot be part of their HTML: the
 * form asks for one when it is first used (JavaScript), and a submission
 * without a valid one gets a fresh token and is asked to send again
 * (docs/decisions/009-comments.md).
 */
function sign(payload: string): string {
  return createHmac('sha256', env.AUTH_SECRET).update(`comment-form:${payload}`).digest('base64url');
}

export function issueFormToken(target: string, now = Date.now()): string {
  const payload = `${now}.${target}`;
  return `${payload}.${sign(payload)}`;
}

export type TokenCheck = 'ok' | 'missing' | 'too-fast' | 'expired';

export function checkFormToken(token: string, target: string, now = Date.now()): TokenCheck {
  const match = /^(\d{10,16})\.(.+)\.([\w-]{43})$/.exec(token);
  if (!match || match[2] !== target) return 'missing';
  const expected = Buffer.from(sign(`${match[1]}.${match[2]}`));
  const given = Buffer.from(match[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'missing';
  const ageSeconds = (now - Number(match[1])) / 1000;
  if (ageSeconds < 0 || ageSeconds > COMMENT_RULES.tokenMaxAgeSeconds) return 'expired';
  if (ageSeconds < COMMENT_RULES.minFillSeconds) return 'too-fast';
  return 'ok';
}

/** What is stored once a token has posted a comment (the token itself is a bearer value, so only its hash). */
export function formTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
