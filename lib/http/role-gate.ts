import { NextResponse } from 'next/server';
import { rolesForAdminPath } from '@/lib/auth/admin-sections';
import { currentUser } from '@/lib/auth/guards';
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
 * are left to the page, as is a missing or invalid session (sign-in).
 */
export async function roleRefusal(pathname: string): Promise<NextResponse | null> {
  const roles = rolesForAdminPath(pathname);
  if (roles.length === 3) return null;
  const user = await currentUser();
  if (!user || roles.includes(user.role)) return null;
  return new NextResponse(FORBIDDEN_PAGE, {
    status: 403,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': STATUS_PAGE_POLICY,
    },
  });
}
