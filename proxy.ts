import { NextResponse, type NextRequest } from 'next/server';
import { refuseActionBody } from '@/lib/http/action-body';
import { isAdminPath, REQUEST_PATH_HEADER, signInRedirect } from '@/lib/http/admin-gate';
import { roleRefusal } from '@/lib/http/role-gate';
import { appPolicy, newNonce, readerPolicy, runsClientRuntime, strictTransportSecurity } from '@/lib/http/content-security';
import { isApiPath, mayBeServerAction, refuseActionRequest, refuseMethod, type Refusal } from '@/lib/http/request-gate';
import { apiError } from '@/lib/api/respond';
import { currentValidator, noneMatchFails } from '@/lib/cache/route-validators.mjs';
import { cacheKeysFor, mayBeCachedPage, staleRenderOf } from '@/lib/cache/render-gate.mjs';
import { env } from '@/lib/env';
import { databaseIsDown, needsDatabaseFirst, outageResponse } from '@/lib/http/outage-gate';
import { paths } from '@/lib/paths';
import { isPreviewPath, PREVIEW_HEADERS, previewGate } from '@/lib/http/preview-gate';
import { legacyPermalinkRedirect } from '@/lib/http/legacy-permalink-gate';

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
 * 4. An admin page asked for with no session cookie is a 307 to /login, before any byte of
 *    the page (lib/http/admin-gate.ts).
 *    A signed-in person without the section's role gets a 403 there (lib/http/role-gate.ts).
 * 5. Admin pages while the database is unreachable: a 503 with Retry-After
 *    before Next sends their streamed 200 shell (lib/http/outage-gate.ts).
 * 6. The admin, sign-in and Auth.js responses are `private, no-store`: they are
 *    one person's (and carry a per-request nonce), so no shared cache may keep them.
 * 7. A conditional GET of a cached reader page or route handler (feed, sitemap) whose
 *    ETag still matches gets its 304 here (the ETag is hashed once, when the entry is stored).
 * 8. A GET of a page never joins a render that began before the latest
 *    invalidation: it waits for that render to end, then renders afresh
 *    (lib/cache/render-gate.mjs, decision 014). Nothing to wait for: no cost.
 * 9. A preview link that has ended answers 410, one whose post is live a 308
 *    (lib/http/preview-gate.ts); a showing preview is `private, no-store` and
 *    noindex, and runs the client runtime under the admin's nonce policy.
 * 10. The search box submits GET /search?q=…; results live at /search/<query>,
 *    a page that is cached per query and rendered whole on the server, so it
 *    reads without JavaScript (a query-string page would stream its results
 *    behind a Suspense boundary, which only JavaScript reveals).
 * 11. An imported site's old address (/2024/03/hello/, /?p=4) answers 308 to its
 *    new one (lib/http/legacy-permalink-gate.ts, decision 027). Only addresses outside
 *    our routes, or the home page with ?p= and friends, are looked up, in memory.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (request.headers.has('x-middleware-subrequest')) return refused({ status: 403, message: 'Forbidden.' });
  const refusal =
    refuseMethod(request.method, pathname) ??
    (mayBeServerAction(request.method, request.headers) ? (refuseActionRequest(request.headers) ?? (await refuseActionBody(request))) : null);
  if (refusal) return isApiPath(pathname) ? apiRefusal(refusal) : refused(refusal);
  if (needsDatabaseFirst(request.method, pathname) && (await databaseIsDown())) return withSecurityHeaders(outageResponse(), readerPolicy());
  try {
    decodeURIComponent(pathname);
  } catch {
    return refused({ status: 400, message: 'Bad request: the address contains a malformed percent-escape.' });
  }
  const signIn = signInRedirect(request.method, request.nextUrl, request.cookies.getAll().map((cookie) => cookie.name));
  if (signIn) {
    const redirect = NextResponse.redirect(new URL(signIn, request.url), 307);
    redirect.headers.set('Cache-Control', 'no-store');
    return withSecurityHeaders(redirect, readerPolicy());
  }
  if ((request.method === 'GET' || request.method === 'HEAD') && isAdminPath(pathname)) {
    const notYours = await roleRefusal(pathname, request.url);
    if (notYours) return notYours;
  }
  const notModified = notModifiedRoute(request);
  if (notModified) return notModified;
  if (pathname === '/search') {
    const query = searchParams.get('q')?.trim();
    if (query) return withSecurityHeaders(NextResponse.redirect(new URL(paths.search(query), request.url), 303), readerPolicy());
  }
  const moved = await legacyPermalinkRedirect(request);
  if (moved) return withSecurityHeaders(moved, readerPolicy());
  if ((request.method === 'GET' || request.method === 'HEAD') && isPreviewPath(pathname)) {
    const ended = await previewGate(pathname, request.url);
    if (ended) return ended;
  }
  if ((request.method === 'GET' || request.method === 'HEAD') && mayBeCachedPage(pathname)) await staleRenderOf(pathname);
  if (!runsClientRuntime(pathname, { development })) return withSecurityHeaders(NextResponse.next(), readerPolicy());
  const policy = appPolicy(newNonce(), { development });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  // The page's own address, for a sign-in that must bring its visitor back (lib/auth/guards.ts); never the client's say.
  requestHeaders.delete(REQUEST_PATH_HEADER);
  if (isAdminPath(pathname) && (request.method === 'GET' || request.method === 'HEAD')) requestHeaders.set(REQUEST_PATH_HEADER, `${pathname}${request.nextUrl.search}`);
  const response = withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy);
  response.headers.set('Cache-Control', 'private, no-store');
  if (isPreviewPath(pathname)) response.headers.set('X-Robots-Tag', PREVIEW_HEADERS['X-Robots-Tag']);
  return response;
}

const hsts = strictTransportSecurity(env.SITE_URL);
const development = env.NODE_ENV === 'development';

function withSecurityHeaders(response: NextResponse, policy: string): NextResponse {
  response.headers.set('Content-Security-Policy', policy);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

function notModifiedRoute(request: NextRequest): NextResponse | null {
  const ifNoneMatch = request.headers.get('if-none-match');
  if (!ifNoneMatch || (request.method !== 'GET' && request.method !== 'HEAD')) return null;
  // A client navigation's RSC request is another body under the same address: Next answers it.
  if (request.headers.has('rsc') || request.nextUrl.searchParams.has('_rsc')) return null;
  const { pathname } = request.nextUrl;
  const validator = currentValidator(pathname, mayBeCachedPage(pathname) ? cacheKeysFor(pathname) : [pathname]);
  if (!validator || !noneMatchFails(ifNoneMatch, validator.etag)) return null;
  const headers: Record<string, string> = { ETag: validator.etag };
  if (validator.cacheControl) headers['Cache-Control'] = validator.cacheControl;
  return withSecurityHeaders(new NextResponse(null, { status: 304, headers }), readerPolicy());
}

function apiRefusal({ status, message, headers }: Refusal): Response {
  return apiError(status, status === 405 ? 'method_not_allowed' : 'bad_request', message, headers);
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
