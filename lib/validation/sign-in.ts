import { z } from 'zod';
import { characterCount, emailAddress } from './text';

export const signInSchema = z.object({
  email: emailAddress(),
  password: z
    .string()
    .min(1, 'Password is required.')
    .refine((value) => characterCount(value) <= 1000, 'Password is too long.'),
});

/** Only same-origin paths: no scheme, no host, no protocol-relative `//`. */
export function safeCallbackPath(value: unknown, fallback = '/admin'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  try {
    const url = new URL(value, 'http://same.origin');
    return url.origin === 'http://same.origin' ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}

/**
 * A callback URL Auth.js may be handed: a path on this site, or an absolute
 * URL of this very origin. Anything else (`\\host`, `//host`, `javascript:`,
 * `data:`, another site) is refused up front, where Auth.js would fail with
 * a 500 or quietly swap it for the home page.
 */
export function isSameSiteCallback(value: string, origin: string): boolean {
  if (value.startsWith('/')) return safeCallbackPath(value, '') !== '';
  try {
    const url = new URL(value);
    return url.origin === origin && safeCallbackPath(`${url.pathname}${url.search}${url.hash}`, '') !== '';
  } catch {
    return false;
  }
}

/** The `callbackUrl` of the sign-in page a form was sent from (its Referer), if it names one. */
export function callbackFromPage(referer: string | null): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).searchParams.get('callbackUrl');
  } catch {
    return null;
  }
}
