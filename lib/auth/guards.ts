import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { headers } from 'next/headers';
import { getActiveUser, type ActiveUser, type Role } from '@/lib/data/users';
import { REQUEST_PATH_HEADER } from '@/lib/http/admin-gate';
import { auth } from './config';

/**
 * The signed-in user as the database knows them now, once per request.
 * A session whose user was disabled or deleted, or whose password was reset
 * since it signed in, counts as signed out.
 */
export const currentUser = cache(async (): Promise<ActiveUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  // A session from before session rows (no id) counts as signed out: sign in once more.
  return Number.isInteger(id) && id > 0 && session?.sessionId ? getActiveUser(id, session.sessionId, session.signedInAt) : null;
});

/** Where someone the site requires two-factor sign-in of is sent until they have set it up. */
export const TWO_FACTOR_SETUP_PATH = '/admin/account?two-factor=required#two-factor';

/**
 * For every admin page, Server Action and route handler: each checks for itself. Someone who
 * must still set up two-factor sign-in gets only the pages and actions that do it
 * (`duringTwoFactorSetup`); everything else sends them there.
 */
export async function requireUser(options: { duringTwoFactorSetup?: boolean } = {}): Promise<ActiveUser> {
  const user = await currentUser();
  if (!user) redirect(await signInPathForThisRequest());
  if (user.needsTwoFactorSetup && !options.duringTwoFactorSetup) redirect(TWO_FACTOR_SETUP_PATH);
  return user;
}

export async function requireRole(...roles: Role[]): Promise<ActiveUser> {
  return requireRoleOf(roles);
}

export async function requireRoleOf(roles: readonly Role[], options: { duringTwoFactorSetup?: boolean } = {}): Promise<ActiveUser> {
  const user = await requireUser(options);
  if (!roles.includes(user.role)) forbidden();
  return user;
}

/** Signed in again, back where they were: the page's own address (set by proxy.ts), else where the action was posted from. */
async function signInPathForThisRequest(): Promise<string> {
  // Outside a request (a script, a test calling an action) there is no page to come back to.
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch {
    return '/login';
  }
  const from = requestHeaders.get(REQUEST_PATH_HEADER) ?? pathOf(requestHeaders.get('referer'));
  return from && from.startsWith('/admin') ? `/login?callbackUrl=${encodeURIComponent(from)}` : '/login';
}

function pathOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const { pathname, search } = new URL(url);
    return `${pathname}${search}`;
  } catch {
    return null;
  }
}

export const STAFF: Role[] = ['admin', 'editor', 'author'];
