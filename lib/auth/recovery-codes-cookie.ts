import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { seal, unseal } from './sealed';

/**
 * New recovery codes are shown once, on the page the set-up form leads to, with or without
 * JavaScript: the action keeps them for five minutes in a sealed, httpOnly cookie of the account
 * page alone, the page shows them, and "I have saved them" forgets them. The server stores only
 * their hashes, never the codes.
 */
const COOKIE = 'musings-recovery-codes';
const PATH = '/admin/account';
const LIFETIME_SECONDS = 5 * 60;

export async function showRecoveryCodesOnce(userId: number, codes: string[]): Promise<void> {
  const sealed = seal(JSON.stringify({ u: userId, codes, e: Date.now() + LIFETIME_SECONDS * 1000 }));
  (await cookies()).set(COOKIE, sealed, { httpOnly: true, sameSite: 'strict', secure: env.SITE_URL.startsWith('https:'), path: PATH, maxAge: LIFETIME_SECONDS });
}

/** The codes to show this person now, if an action just made them. */
export async function recoveryCodesToShow(userId: number): Promise<string[] | null> {
  const sealed = (await cookies()).get(COOKIE)?.value;
  const plain = sealed ? unseal(sealed) : null;
  if (!plain) return null;
  try {
    const { u, codes, e } = JSON.parse(plain) as { u: unknown; codes: unknown; e: unknown };
    const fresh = u === userId && typeof e === 'number' && e > Date.now();
    return fresh && Array.isArray(codes) && codes.every((code) => typeof code === 'string') ? (codes as string[]) : null;
  } catch {
    return null;
  }
}

export async function forgetShownRecoveryCodes(): Promise<void> {
  (await cookies()).delete({ name: COOKIE, path: PATH });
}
