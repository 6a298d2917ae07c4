import { NextResponse, type NextRequest } from 'next/server';
import { paths } from '@/lib/paths';

/**
 * Conveniences in front of the routes; none is a security boundary (every
 * admin page, action and route handler checks the session itself).
 *
 * 0. A request carrying `x-middleware-subrequest` (the header behind
 *    CVE-2025-29927's middleware bypass) never comes from a browser: refused.
 * 1. A path with a malformed percent-escape (/blog/%E0%A4%A) makes Next fail
 *    to decode the route parameter with a 500. It is the client's mistake, so
 *    it gets a 400 here instead.
 * 2. The search box submits GET /search?q=…; results live at /search/<query>,
 *    a page that is cached per query and rendered whole on the server, so it
 *    reads without JavaScript (a query-string page would stream its results
 *    behind a Suspense boundary, which only JavaScript reveals).
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (request.headers.has('x-middleware-subrequest')) {
    return new NextResponse('Forbidden.', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse('Bad request: the address contains a malformed percent-escape.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  if (pathname === '/search') {
    const query = searchParams.get('q')?.trim();
    if (query) return NextResponse.redirect(new URL(paths.search(query), request.url), 303);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/admin', '/admin/:path*', '/login', '/api/auth/:path*', '/search', '/search/:path*', '/blog/:path*', '/frameworks/:path*', '/category/:path*', '/archive/:path*', '/page/:path*'],
};
