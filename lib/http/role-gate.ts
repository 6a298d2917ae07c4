import { NextResponse } from 'next/server';
import { rolesForAdminPath } from '@/lib/auth/admin-sections';
import { currentUser, TWO_FACTOR_SETUP_PATH } from '@/lib/auth/guards';
import { STATUS_PAGE_POLICY, statusPage } from '@/lib/server/status-page.mjs';

export const FORBIDDEN_PAGE = statusPage({
  title: 'Not allowed',
  paragraphs: ['Your account does not have access to this page.'],
  link: { href: '/admin', text: 'Back to the dashboard' },
});

/**
 * A signed-in person opening an admin section their role may not see gets a
 * real 403 before any byte of the page. The page itself cannot: admin pages
 * stream their 200 shell before the layout's guard runs (decision 016), so
 * its forbidden() only swaps the content. Sections every staff role may open
 * are left to the page. A session cookie whose session has ended is sent to sign in, and someone
 * who must still set up two-factor sign-in to do so, both with a real 307 rather than a redirect
 * inside a 200 stream (which the browser's router may also remember for the address).
 */
export async function roleRefusal(pathname: string, requestUrl: string): Promise<NextResponse | null> {
  const roles = rolesForAdminPath(pathname);
  const user = await currentUser();
  // A cookie whose session has ended (signed out elsewhere, a new password, a disabled account): sign in again, with a real 307.
  if (!user) return redirectTo(`/login?${new URLSearchParams({ callbackUrl: `${pathname}${new URL(requestUrl).search}` })}`, requestUrl);
  // The site requires two-factor sign-in of them and they have none yet: only its set-up page, with a real redirect.
  if (user.needsTwoFactorSetup && pathname !== '/admin/account') return redirectTo(TWO_FACTOR_SETUP_PATH, requestUrl);
  if (roles.includes(user.role)) return null;
  return new NextResponse(FORBIDDEN_PAGE, {
    status: 403,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': STATUS_PAGE_POLICY,
    },
  });
}

function redirectTo(path: string, requestUrl: string): NextResponse {
  const response = NextResponse.redirect(new URL(path, requestUrl), 307);
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}
