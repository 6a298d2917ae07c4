import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

/**
 * Signed, short-lived proofs of how far a sign-in has got, so the password never travels twice:
 * - `second-factor`: the password was right; the form carries it while the person types their code;
 * - `complete`: every factor checked; only the server hands it to Auth.js, which opens the session.
 * Auth.js's credentials provider accepts a `complete` ticket and nothing else, so its public
 * callback endpoint cannot be used to sign in with a password alone.
 */
export type TicketStage = 'second-factor' | 'complete';

const LIFETIME_MS: Record<TicketStage, number> = { 'second-factor': 5 * 60_000, complete: 30_000 };

function signature(payload: string): Buffer {
  return createHmac('sha256', env.AUTH_SECRET).update(`sign-in ticket:${payload}`).digest();
}

export function issueTicket(userId: number, stage: TicketStage, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ u: userId, s: stage, e: now + LIFETIME_MS[stage], n: randomBytes(8).toString('base64url') })).toString('base64url');
  return `${payload}.${signature(payload).toString('base64url')}`;
}

/** The user the ticket was issued to, if it is genuine, of this stage and not expired. */
export function readTicket(ticket: unknown, stage: TicketStage, now = Date.now()): number | null {
  if (typeof ticket !== 'string' || ticket.length > 400) return null;
  const [payload, signed] = ticket.split('.');
  if (!payload || !signed) return null;
  const expected = signature(payload);
  const given = Buffer.from(signed, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { u, s, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { u: unknown; s: unknown; e: unknown };
    return s === stage && typeof e === 'number' && e > now && typeof u === 'number' && Number.isInteger(u) && u > 0 ? u : null;
  } catch {
    return null;
  }
}
