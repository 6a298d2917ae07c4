import { NextResponse } from 'next/server';
import { rolesForAdminPath } from '@/lib/auth/admin-sections';
import { currentUser } from '@/lib/auth/guards';

export const FORBIDDEN_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Not allowed — Musings admin</title></head>
<body>
<main>
<h1>Not allowed</h1>
<p>Your account does not have access to this page.</p>
<p><a href="/admin">Back to the dashboard</a></p>
</main>
</body>
</html>
`;

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
      // The page loads nothing at all.
      'Content-Security-Policy': "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  });
}
