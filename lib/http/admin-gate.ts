/**
 * The admin's answer to a visitor with no session, before any byte of the page: a 307 to the
 * sign-in page, which brings them back afterwards. Without it every admin page answered 200 with
 * a loading shell and redirected only inside the stream, which monitors, crawlers and scanners
 * read as an open admin. This looks at the cookie's presence only; the real check stays in each
 * page and action (lib/auth/guards.ts), which also answer a forged or expired cookie.
 */

/** Auth.js's session cookie, by both its names (https adds `__Secure-`), whole or in chunks. */
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/** Set by proxy.ts on an admin page's request: the path the page was asked for. */
export const REQUEST_PATH_HEADER = 'x-musings-admin-path';

export function isAdminPath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/');
}

/**
 * Where to send a request for an admin page that carries no session cookie, or null to let it
 * through. Only page loads (GET and HEAD): a Server Action POST answers for itself.
 */
export function signInRedirect(method: string, url: URL, cookieNames: Iterable<string>): string | null {
  if ((method !== 'GET' && method !== 'HEAD') || !isAdminPath(url.pathname)) return null;
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return null;
  return `/login?${new URLSearchParams({ callbackUrl: `${url.pathname}${url.search}` })}`;
}
