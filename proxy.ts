import { NextResponse, type NextRequest } from 'next/server';
import { refuseActionBody } from '@/lib/http/action-body';
import { appPolicy, newNonce, READER_POLICY, runsClientRuntime, strictTransportSecurity } from '@/lib/http/content-security';
import { mayBeServerAction, refuseActionRequest, refuseMethod, type Refusal } from '@/lib/http/request-gate';
import { staleRenderOf } from '@/lib/cache/render-gate.mjs';
import { env } from '@/lib/env';
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
 * 2. Requests Next.js would answer with a 500, or whose error it would cache
 *    as the page (a POST to /feed.xml), are refused with an honest 4xx and
 *    a message: methods a route does not serve, and Server Action requests
 *    that are cross-site, over the body limit, malformed, or aimed at a
 *    "use cache" function (lib/http/request-gate.ts).
 * 3. Every response gets its Content-Security-Policy: the strict one of
 *    reader pages, or the admin's with a fresh nonce, which Next.js reads
 *    from the request to mark its own inline scripts (decision 012).
 * 4. A GET of a page never joins a render that began before the latest
 *    invalidation: it waits for that render to end, then renders afresh
 *    (lib/cache/render-gate.mjs, decision 014). Nothing to wait for: no cost.
 * 5. The search box submits GET /search?q=…; results live at /search/<query>,
 *    a page that is cached per query and rendered whole on the server, so it
 *    reads without JavaScript (a query-string page would stream its results
 *    behind a Suspense boundary, which only JavaScript reveals).
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (request.headers.has('x-middleware-subrequest')) return refused({ status: 403, message: 'Forbidden.' });
  const refusal =
    refuseMethod(request.method, pathname) ??
    (mayBeServerAction(request.method, request.headers) ? (refuseActionRequest(request.headers) ?? (await refuseActionBody(request))) : null);
  if (refusal) return refused(refusal);
  try {
    decodeURIComponent(pathname);
  } catch {
    return refused({ status: 400, message: 'Bad request: the address contains a malformed percent-escape.' });
  }
  if (pathname === '/search') {
    const query = searchParams.get('q')?.trim();
    if (query) return withSecurityHeaders(NextResponse.redirect(new URL(paths.search(query), request.url), 303), READER_POLICY);
  }
  if (request.method === 'GET' || request.method === 'HEAD') await staleRenderOf(pathname);
  if (!runsClientRuntime(pathname, { development })) return withSecurityHeaders(NextResponse.next(), READER_POLICY);
  const policy = appPolicy(newNonce(), { development });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

const hsts = strictTransportSecurity(env.SITE_URL);
const development = env.NODE_ENV === 'development';

function withSecurityHeaders(response: NextResponse, policy: string): NextResponse {
  response.headers.set('Content-Security-Policy', policy);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

function refused({ status, message, headers }: Refusal): NextResponse {
  return new NextResponse(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
}

export const config = {
  // Every route but Next's own build assets, which are files, and the image upload: Next
  // buffers a request body for the proxy, and an upload may be 20 MB. app/api/media/route.ts
  // checks its method, origin, session, role and length itself.
  matcher: ['/((?!_next/static/|_next/image|api/media$).*)'],
};
